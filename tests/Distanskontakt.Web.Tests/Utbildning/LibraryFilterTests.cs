using Bunit;
using Distanskontakt.Domain.Training;
using Distanskontakt.Domain.Vocabulary;
using Distanskontakt.TestUtilities;
using Distanskontakt.Web.Components.Pages.Utbildning;
using Distanskontakt.Web.Security;

namespace Distanskontakt.Web.Tests.Utbildning;

public sealed class LibraryFilterTests : TrainingTestContext
{
    private static int ScenarioCount(IRenderedComponent<Bibliotek> page) => page.FindAll("article[data-scenario]").Count;

    private static string CountLine(IRenderedComponent<Bibliotek> page) => page.Find("p.count").TextContent;

    [Fact]
    public void ShouldListEveryShippedScenarioAndPageThem()
    {
        SignIn(Roles.Personal);

        var page = Render<Bibliotek>();

        Assert.StartsWith($"{TrainingScenarios.Shipped.Count} av {TrainingScenarios.Shipped.Count} scenarier", CountLine(page), StringComparison.Ordinal);
        Assert.Equal(25, ScenarioCount(page));
        page.Find("button.more").Click();
        Assert.Equal(50, ScenarioCount(page));
    }

    [Fact]
    public void ShouldFilterBySystemChannelAndRuleSet()
    {
        SignIn(Roles.Personal);
        var page = Render<Bibliotek>();

        page.Find("#system").Change("pasis");
        page.Find("#kontaktsatt").Change("phone");
        page.Find("#regeluppsattning").Change("skane-v4");

        var expected = new ScenarioFilter(System: RegistrationSystem.Pasis, Channel: Channel.Phone, RuleSet: "skane-v4").Apply(TrainingScenarios.Shipped);
        Assert.NotEmpty(expected);
        Assert.StartsWith($"{expected.Count} av ", CountLine(page), StringComparison.Ordinal);
        Assert.Equal(expected.Take(25).Select(s => s.Id), page.FindAll("article[data-scenario]").Select(a => a.GetAttribute("data-scenario")));
    }

    [Fact]
    public void ShouldFilterBySourceSectionAndSearchText()
    {
        SignIn(Roles.Personal);
        var page = Render<Bibliotek>();

        page.Find("#dokument").Change("skane-v4");
        page.Find("#avsnitt").Change("§1.5.1");
        page.Find("#system").Change("pmo");
        page.Find("#sok").Input("formulär");

        var card = Assert.Single(page.FindAll("article[data-scenario]"));
        Assert.Equal("v4-pmo-egen-formular-1177", card.GetAttribute("data-scenario"));
        Assert.Contains("Ingen registrering", card.QuerySelector("section.correct")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("Stämmer med den förväntade registreringen.", card.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ShouldShowTheShareOfRightAnswersToTrainersOnly()
    {
        await Store.RecordAnswerAsync("v4-pmo-egen-formular-1177", right: true, Xunit.TestContext.Current.CancellationToken);
        await Store.RecordAnswerAsync("v4-pmo-egen-formular-1177", right: false, Xunit.TestContext.Current.CancellationToken);
        SignIn(Roles.Utbildare);

        var page = Render<Bibliotek>();
        page.Find("#sok").Input("v4-pmo-egen-formular-1177");

        var share = page.Find("article[data-scenario='v4-pmo-egen-formular-1177'] [data-share]").TextContent;
        Assert.Contains("1 av 2 svar", share, StringComparison.Ordinal);
        Assert.Contains("50", share, StringComparison.Ordinal);
    }

    [Fact]
    public void ShouldNotShowStatisticsToStaff()
    {
        SignIn(Roles.Personal);

        var page = Render<Bibliotek>();

        Assert.Empty(page.FindAll("[data-share]"));
        Assert.Empty(page.FindAll("a.demo-link"));
    }

    [Fact]
    public async Task ShouldFlagATrainersScenarioThatDisagreesWithTheEngineAsStale()
    {
        var draft = new CustomScenarioDraft(
            "Uppföljning per telefon",
            "Läkaren ringer och ändrar behandlingen.",
            new DateOnly(2025, 9, 1),
            new AnswersBuilder().Pasis().Phone().SupportProgram(false).ReplacingVisit().LeadsToVisitSameDay(false).Build(),
            RegistrationKind.Register, "TE", "Telefon stand", new HashSet<ObligationId>());
        var saved = await Store.AddAsync(draft, "skane-v4", Xunit.TestContext.Current.CancellationToken);
        SignIn(Roles.Utbildare);

        var page = Render<Bibliotek>();
        page.Find("#sok").Input(saved.Id);

        var card = page.Find($"article[data-scenario='{saved.Id}']");
        Assert.NotNull(card.QuerySelector("[data-stale]"));
        Assert.Contains("Kontakttyp: förväntad TE Telefon stand, motorn KT Telefon kval", card.TextContent, StringComparison.Ordinal);
        Assert.Contains("varav 1 inaktuella", CountLine(page), StringComparison.Ordinal);
    }
}
