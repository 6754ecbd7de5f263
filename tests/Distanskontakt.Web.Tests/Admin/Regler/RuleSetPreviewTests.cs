using Bunit;
using Distanskontakt.Domain.RuleSets;
using Distanskontakt.Infrastructure.RuleSets;
using Distanskontakt.Infrastructure.UseCases.RuleSets;
using Distanskontakt.TestUtilities;
using Distanskontakt.Web.Components.Pages.Admin.Regler;
using Microsoft.Extensions.DependencyInjection;

namespace Distanskontakt.Web.Tests.Admin.Regler;

/// <summary>
/// The preview of skane-v5 against skane-v4 with the clock before its validFrom. Paths counted by hand from the
/// rules (the same count as the CLI's diff tests): 2 VS, 2 TE (an interpretation added), 8 PMO video paths, 9 paths
/// of Stöd och behandling contacts that replace a visit (an interpretation dropped).
/// </summary>
public sealed class RuleSetPreviewTests : RuleSetPagesTestContext
{
    private readonly Guid _id = Guid.NewGuid();

    public RuleSetPreviewTests()
    {
        var v5 = RuleSetFixtures.V5();
        Administration.Add(RuleSetFixtures.PreviewOf(v5, RuleSetFixtures.FileOf(v5, _id)));
    }

    [Fact]
    public void ShouldShowTheCountPerKindOfChangeAndExactlyTheChangedPaths()
    {
        var cut = RenderPreview();

        cut.WaitForAssertion(() => Assert.NotEmpty(cut.FindAll(".diff-counts")), TimeSpan.FromSeconds(30));
        Assert.Equal(RuleSetChangeKind.All, cut.FindAll(".diff-counts tbody tr").Select(row => row.GetAttribute("data-kind")));
        Assert.Equal(["8", "2", "0", "0", "0", "15"], cut.FindAll(".diff-counts td.count").Select(cell => cell.TextContent));
        Assert.Contains("21 får ett annat utfall", cut.Find(".diff-summary").TextContent, StringComparison.Ordinal);

        Assert.Equal(
            [.. SkaneV5ChangedPaths.Vs, .. SkaneV5ChangedPaths.Te, .. SkaneV5ChangedPaths.PmoVideo, .. SkaneV5ChangedPaths.SobReplacing],
            cut.FindAll(".diff-group tr[data-path]").Select(row => row.GetAttribute("data-path")!).ToHashSet());
        Assert.Equal(SkaneV5ChangedPaths.Vs.ToHashSet(), PathsOf(cut, RuleSetChangeKind.Registration));
        Assert.Equal([.. SkaneV5ChangedPaths.PmoVideoWithout1177, .. SkaneV5ChangedPaths.PmoVideoVia1177], PathsOf(cut, RuleSetChangeKind.ContactType));
        Assert.Equal([.. SkaneV5ChangedPaths.PmoVideoVia1177, .. SkaneV5ChangedPaths.Te, .. SkaneV5ChangedPaths.SobReplacing], PathsOf(cut, RuleSetChangeKind.Notes));
        Assert.Empty(cut.FindAll($".diff-group[data-kind='{RuleSetChangeKind.ObligationAdded}']"));
        Assert.Empty(cut.FindAll($".diff-group[data-kind='{RuleSetChangeKind.ObligationRemoved}']"));
        Assert.Equal(["Kontakttyp ändras (8)", "Registreringen ändras (2)", "Anteckningar ändras (15)"],
            cut.FindAll(".diff-group h3").Select(h => h.TextContent));
    }

    [Fact]
    public void ShouldShowTheOldAndTheNewOutcomeSideBySide()
    {
        var cut = RenderPreview();
        cut.WaitForAssertion(() => Assert.NotEmpty(cut.FindAll(".diff-group")), TimeSpan.FromSeconds(30));

        var vs = cut.Find($".diff-group[data-kind='{RuleSetChangeKind.Registration}'] tr[data-path='{SkaneV5ChangedPaths.Vs[0]}']");
        var sides = vs.QuerySelectorAll("td");
        Assert.Equal(2, sides.Length);
        Assert.Contains("Frivillig", sides[0].TextContent, StringComparison.Ordinal);
        Assert.Contains("Registreras", sides[1].TextContent, StringComparison.Ordinal);
        Assert.Equal("Registreras", sides[1].QuerySelector("dd.changed")!.TextContent);
        Assert.All(sides, side => Assert.Contains("VS Video stand", side.TextContent, StringComparison.Ordinal));
        Assert.Contains("System: PASiS · Kontaktsätt: Video", vs.QuerySelector("th")!.TextContent, StringComparison.Ordinal);

        var pmo = cut.Find($".diff-group[data-kind='{RuleSetChangeKind.ContactType}'] tr[data-path='{SkaneV5ChangedPaths.PmoVideoWithout1177[0]}']");
        Assert.Equal(RuleSetFixtures.NewPmoName, pmo.QuerySelectorAll("td")[1].QuerySelector("dd.changed")!.TextContent);

        // The diff's neutral {set} in the overlay's interpretation note is each side's own id again.
        var via1177 = cut.Find($".diff-group[data-kind='{RuleSetChangeKind.Notes}'] tr[data-path='{SkaneV5ChangedPaths.PmoVideoVia1177[0]}']").QuerySelectorAll("td");
        Assert.Contains("skane-v4 är nyare, så dess namn \"Video som inte ersätter besök\"", via1177[0].TextContent, StringComparison.Ordinal);
        Assert.Contains($"skane-v5 är nyare, så dess namn \"{RuleSetFixtures.NewPmoName}\"", via1177[1].TextContent, StringComparison.Ordinal);
        Assert.DoesNotContain("{set}", cut.Markup, StringComparison.Ordinal);

        var te = cut.Find($".diff-group[data-kind='{RuleSetChangeKind.Notes}'] tr[data-path='{SkaneV5ChangedPaths.Te[0]}']").QuerySelectorAll("td");
        Assert.DoesNotContain(SkaneV5Fixture.AddedTeText, te[0].TextContent, StringComparison.Ordinal);
        Assert.Contains(SkaneV5Fixture.AddedTeText, te[1].TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void ShouldShowTheFileHeaderWithItsFullHash()
    {
        var cut = RenderPreview();

        cut.WaitForAssertion(() => Assert.Equal("skane-v5 5.0", cut.Find("h1").TextContent));
        var header = cut.Find(".file-header").TextContent;
        Assert.Contains(RuleSetFixtures.V5Sha256, header, StringComparison.Ordinal);
        Assert.Contains("2027-01-01", header, StringComparison.Ordinal);
        Assert.Contains("skane-v4", header, StringComparison.Ordinal);
        Assert.Contains("Uppladdad, inte aktiverad", cut.Find(".file-state").TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void ShouldHideImpactAndStaleMaterialWithANoteWhenNoInsightsAreRegistered()
    {
        var cut = RenderPreview();

        cut.WaitForAssertion(() => Assert.NotEmpty(cut.FindAll(".insights-missing")));
        Assert.Empty(cut.FindAll(".impact"));
        Assert.Empty(cut.FindAll(".stale"));
    }

    [Fact]
    public void ShouldShowImpactPerContactTypeAndStaleScenariosWhenInsightsAreRegistered()
    {
        var insights = new FakePreviewInsights();
        Services.AddSingleton<IRuleSetPreviewInsights>(insights);
        var cut = RenderPreview();

        cut.WaitForAssertion(() => Assert.Equal(3, cut.FindAll(".impact-table tbody tr").Count));
        Assert.Contains("40 loggade beslut", cut.Find(".impact-summary").TextContent, StringComparison.Ordinal);
        Assert.Contains("13 skulle ha registrerats annorlunda", cut.Find(".impact-summary").TextContent, StringComparison.Ordinal);
        Assert.Equal([6], insights.MonthsAsked);
        Assert.Equal("Videouppföljning i PASiS (pasis-video-uppfoljning)", cut.Find(".stale-table tbody th").TextContent);
        Assert.Empty(cut.FindAll(".insights-missing"));

        cut.Find("#impact-months").Change("12");

        cut.WaitForAssertion(() => Assert.Equal([6, 12], insights.MonthsAsked));
        Assert.Contains("2025-06-01 – 2026-06-01", cut.Find(".impact-summary").TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void ShouldActivateAfterConfirmationAndShowTheSetAsScheduled()
    {
        var cut = RenderSettledPreview();
        Assert.Contains("gäller från 2027-01-01 och visas som schemalagd", cut.Find(".activate").TextContent, StringComparison.Ordinal);

        cut.Find(".activate-start").Click();
        Assert.Contains("Den blir schemalagd från 2027-01-01.", cut.WaitForElement(".confirm-box").TextContent, StringComparison.Ordinal);
        Assert.Empty(Administration.Activations);
        cut.WaitForAssertion(() => Assert.Contains(JSInterop.Invocations, call => call.Identifier.EndsWith(".focus", StringComparison.Ordinal)));
        cut.Find(".confirm-activate").Click();

        cut.WaitForAssertion(() => Assert.Equal("skane-v5 är aktiverad: schemalagd från 2027-01-01.", cut.Find(".activated").TextContent));
        Assert.Equal((_id, "demo:admin"), Assert.Single(Administration.Activations));
        cut.WaitForAssertion(() => Assert.Equal("Aktiverad", cut.Find(".file-state").TextContent));
        Assert.Empty(cut.FindAll(".activate-start"));
    }

    [Fact]
    public void ShouldListTheProblemsWhenActivationIsRefused()
    {
        Administration.ActivationResult = new RuleSetActivation(false, ["skane-v5 och skane-v6 gäller båda 2027-01-01 utan att den ena ersätter den andra."]);
        var cut = RenderSettledPreview();

        cut.Find(".activate-start").Click();
        cut.WaitForElement(".confirm-activate").Click();

        cut.WaitForAssertion(() => Assert.Equal(
            ["skane-v5 och skane-v6 gäller båda 2027-01-01 utan att den ena ersätter den andra."],
            cut.FindAll(".activation-problems li").Select(li => li.TextContent)));
        Assert.Empty(cut.FindAll(".activated"));
        Assert.Equal("Uppladdad, inte aktiverad", cut.Find(".file-state").TextContent);
    }

    [Fact]
    public void ShouldPrintThroughTheBrowser()
    {
        var cut = RenderSettledPreview();

        cut.Find(".print-button").Click();

        cut.WaitForAssertion(() => Assert.Single(JSInterop.Invocations, invocation => invocation.Identifier == "print"));
    }

    [Fact]
    public void ShouldLeaveTheDiffAndTheInsightsToTheInteractiveRender()
    {
        var insights = new FakePreviewInsights();
        Services.AddSingleton<IRuleSetPreviewInsights>(insights);
        var cut = RenderPage<Forhandsgranskning>(parameters => parameters.Add(p => p.Id, _id), interactive: false);

        cut.WaitForAssertion(() => Assert.Equal("skane-v5 5.0", cut.Find("h1").TextContent));
        Assert.Contains("Jämför svarsvägarna", cut.Markup, StringComparison.Ordinal);
        Assert.Empty(cut.FindAll(".diff-counts"));
        Assert.Empty(insights.MonthsAsked);
    }

    [Fact]
    public void ShouldSayThereIsNothingToCompareWhenTheFileReplacesNoSet()
    {
        var v5 = RuleSetFixtures.V5();
        var id = Guid.NewGuid();
        Administration.Add(RuleSetFixtures.PreviewOf(v5, RuleSetFixtures.FileOf(v5, id), replacesId: null));

        var cut = RenderPage<Forhandsgranskning>(parameters => parameters.Add(p => p.Id, id));

        cut.WaitForAssertion(() => Assert.Contains("inget att jämföra med", cut.Find(".diff .note").TextContent, StringComparison.Ordinal));
        Assert.Empty(cut.FindAll(".diff-counts"));
    }

    [Fact]
    public void ShouldSayAnUnknownFileDoesNotExist()
    {
        var cut = RenderPage<Forhandsgranskning>(parameters => parameters.Add(p => p.Id, Guid.NewGuid()));

        cut.WaitForAssertion(() => Assert.Equal("Filen finns inte", cut.Find("h1").TextContent));
        Assert.Empty(cut.FindAll(".activate"));
    }

    private IRenderedComponent<Forhandsgranskning> RenderPreview() =>
        RenderPage<Forhandsgranskning>(parameters => parameters.Add(p => p.Id, _id));

    /// <summary>The preview once the diff is in: clicks go to the page's final markup, not to one about to be replaced.</summary>
    private IRenderedComponent<Forhandsgranskning> RenderSettledPreview()
    {
        var cut = RenderPreview();
        cut.WaitForAssertion(() => Assert.NotEmpty(cut.FindAll(".diff-counts")), TimeSpan.FromSeconds(30));
        return cut;
    }

    private static HashSet<string> PathsOf(IRenderedComponent<Forhandsgranskning> cut, string kind) =>
        [.. cut.FindAll($".diff-group[data-kind='{kind}'] tr[data-path]").Select(row => row.GetAttribute("data-path")!)];

}
