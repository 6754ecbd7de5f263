using Bunit;
using Distanskontakt.Domain.Vocabulary;
using Distanskontakt.TestUtilities;
using Distanskontakt.Web.Components.Pages.Registrera;

namespace Distanskontakt.Web.Tests.Wizard;

/// <summary>"Ersätter kontakten ett besök?" shows the source's own examples for the channel and system.</summary>
public sealed class ReplacesVisitExamplesTests : WizardTestContext
{
    public static TheoryData<string, RegistrationSystem, Channel> MappedCases()
    {
        var cases = new TheoryData<string, RegistrationSystem, Channel>();
        foreach (var ruleSet in new[] { "skane-v4", "skane-v3" })
        {
            foreach (var system in Enum.GetValues<RegistrationSystem>())
            {
                foreach (var channel in new[] { Channel.Video, Channel.Phone, Channel.Text })
                {
                    cases.Add(ruleSet, system, channel);
                }
            }
        }

        return cases;
    }

    [Theory]
    [MemberData(nameof(MappedCases))]
    public void ShouldPointEveryMappedSideAtASectionOfTheShippedSources(string ruleSet, RegistrationSystem system, Channel channel)
    {
        var pair = ReplacesVisitExampleSections.For(Clocks.Catalog.All.Single(s => s.Id == ruleSet), system, channel);

        Assert.NotNull(pair);
        Assert.Equal(ruleSet, pair.Document);
        Assert.NotNull(SourceTexts.Section(pair.Document, pair.Replacing!));
        if (pair.NotReplacing is { } notReplacing)
        {
            Assert.NotNull(SourceTexts.Section(pair.Document, notReplacing));
        }
        else
        {
            Assert.Equal((ruleSet, Channel.Video), (pair.Document, channel));
        }
    }

    [Fact]
    public void ShouldQuoteBothSidesVerbatimForPasisPhone()
    {
        var cut = Open("/registrera?system=pasis&contactDate=2026-06-01&channel=phone&supportProgram=false");

        var replacing = cut.Find(".side-ersatter");
        var notReplacing = cut.Find(".side-ersatter-inte");

        Assert.Equal("Exempel som ersätter besök", replacing.QuerySelector("h4")!.TextContent);
        Assert.Contains("§1.7.3", replacing.QuerySelector(".attribution")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(SourceTexts.Section("skane-v4", "§1.7.3")!.Examples, replacing.QuerySelectorAll("li").Select(li => li.TextContent));
        Assert.Equal("Exempel som inte ersätter besök", notReplacing.QuerySelector("h4")!.TextContent);
        Assert.Contains("§1.7.4", notReplacing.QuerySelector(".attribution")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(SourceTexts.Section("skane-v4", "§1.7.4")!.Examples, notReplacing.QuerySelectorAll("li").Select(li => li.TextContent));
    }

    [Fact]
    public void ShouldUseTheOlderInstructionsHeadingsForAnOlderContactDate()
    {
        var cut = Open("/registrera?system=pmo&contactDate=2024-06-03&channel=text&via1177Direkt=false&supportProgram=false");

        Assert.Contains("”PMO Text som ersätter besök”", cut.Find(".side-ersatter .attribution").TextContent, StringComparison.Ordinal);
        Assert.Contains("”PMO - Text som inte ersätter besök”", cut.Find(".side-ersatter-inte .attribution").TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void ShouldSayThatTheOlderInstructionHasNoSectionForVideoThatDoesNotReplaceAVisit()
    {
        var cut = Open("/registrera?system=pmo&contactDate=2024-06-03&channel=video&via1177Direkt=false&supportProgram=false");

        Assert.Contains("har inget avsnitt för video som inte ersätter besök", cut.Find(".side-ersatter-inte .no-section").TextContent, StringComparison.Ordinal);
        Assert.Equal(SourceTexts.Section("skane-v3", "PMO - Distanskontakt realtid bild/ljud/chatt")!.Paragraphs,
            cut.FindAll(".side-ersatter blockquote > p:not(.no-examples)").Select(p => p.TextContent));
    }
}
