using System.Text.RegularExpressions;
using Distanskontakt.E2E.Tests.Pages;
using Distanskontakt.E2E.Tests.Scenarios;
using static Distanskontakt.E2E.Tests.Scenarios.Questions;

namespace Distanskontakt.E2E.Tests.Tests;

/// <summary>The address is the state: shared links, reloads, changed answers and bad values in the address.</summary>
public sealed class WizardStateTests(BrowserFixture fixture) : BrowserTest(fixture)
{
    [Fact]
    public async Task ShouldShowTheResultOfASharedLinkWithoutAnyClick()
    {
        var scenario = SourceScenarios.IssueExample;
        var wizard = new WizardPage(Page);

        await wizard.OpenAsync("?system=pasis&contactDate=2025-06-02&channel=phone&supportProgram=false&replacesVisit=false");

        await ResultAssertions.ShouldShowAsync(wizard, scenario);
        await Expect(wizard.Result.RuleSet).ToContainTextAsync("skane-v4");
        foreach (var (label, answer) in new[] { ("System", "PASiS"), ("Datum", "2025-06-02"), ("Kontaktsätt", "Telefon"), ("Ersätter besök", "Nej") })
        {
            await Expect(wizard.TrailEntry(label)).ToContainTextAsync(answer);
        }
    }

    [Fact]
    public async Task ShouldAskTheNextQuestionOfAnIncompleteSharedLink()
    {
        var wizard = new WizardPage(Page);

        await wizard.OpenAsync("?system=pmo&contactDate=2025-09-15&channel=phone");

        await Expect(wizard.QuestionHeading(Via1177Direkt)).ToBeVisibleAsync();
        await Expect(wizard.Result.Region).ToHaveCountAsync(0);
        await wizard.AnswerAsync(Via1177(false));
        await wizard.AnswerAsync(Sob(false));
        await wizard.AnswerAsync(Replaces(false));
        await wizard.AnswerAsync(VisitSameDay(true));
        await ResultAssertions.ShouldShowAsync(wizard, SourceScenarios.PmoPhoneTriage);
    }

    [Fact]
    public async Task ShouldResumeFromTheAddressAfterAReloadMidWay()
    {
        var scenario = SourceScenarios.PmoTextNotReplacing;
        var wizard = new WizardPage(Page);
        await wizard.OpenAsync();
        await wizard.SetDateAsync(scenario.ContactDate);
        await wizard.ChooseSystemAsync(scenario.SystemLabel, scenario.System);
        await wizard.AnswerAsync(scenario.Steps[0]);
        await wizard.AnswerAsync(scenario.Steps[1]);
        var before = wizard.Query();

        await wizard.ReloadAsync();

        await Expect(wizard.QuestionHeading(scenario.Steps[2].Question)).ToBeVisibleAsync();
        Assert.Equal(before, wizard.Query());
        await Expect(wizard.TrailEntry("Kontaktsätt")).ToContainTextAsync("Text/chatt");
        await Expect(wizard.TrailEntry("Via 1177 direkt")).ToContainTextAsync("Nej");
        foreach (var step in scenario.Steps.Skip(2))
        {
            await wizard.AnswerAsync(step);
        }

        await ResultAssertions.ShouldShowAsync(wizard, scenario);
    }

    [Fact]
    public async Task ShouldChangeAnEarlierAnswerFromTheTrailAndDropQuestionsOffThePath()
    {
        var wizard = new WizardPage(Page);
        await wizard.OpenAsync();
        await wizard.CompleteAsync(SourceScenarios.PmoVideoReplacing);
        await Expect(wizard.Result.ContactType).ToHaveTextAsync("Video som ersätter besök");

        // Video → Telefon: the later answers are still on the path, so the result follows at once.
        await wizard.TrailEntry("Kontaktsätt").ClickAsync();
        await Expect(wizard.QuestionHeading(Channel)).ToBeFocusedAsync();
        await Expect(wizard.Option(Channel, "Video")).ToHaveAttributeAsync("aria-pressed", "true");
        await wizard.Option(Channel, "Telefon").ClickAsync();
        await Expect(wizard.Result.ContactType).ToHaveTextAsync("Telefonkontakt som ersätter besök");
        await Expect(Page).ToHaveURLAsync(WizardPage.QueryHas("channel", "phone"));
        await Expect(Page).ToHaveURLAsync(WizardPage.QueryHas("replacesVisit", "true"));

        // Via 1177 direkt → Ja, handed over the same day: "no registration", and SoB / replaces leave the path.
        await wizard.TrailEntry("Via 1177 direkt").ClickAsync();
        await wizard.AnswerAsync(Via1177(true));
        await wizard.AnswerAsync(HandedOverSameDay(true));
        await Expect(wizard.Result.Verdict(ResultAssertions.NoRegistration)).ToBeVisibleAsync();
        await Expect(wizard.TrailEntry("Stöd och behandling")).ToHaveCountAsync(0);
        await Expect(wizard.TrailEntry("Ersätter besök")).ToHaveCountAsync(0);
        await Expect(Page).Not.ToHaveURLAsync(new Regex("supportProgram=|replacesVisit="));
        Assert.Equal(
            new Dictionary<string, string>
            {
                ["system"] = "pmo", ["contactDate"] = "2025-01-20", ["channel"] = "phone",
                ["via1177Direkt"] = "true", ["handedOverSameUnitSameDay"] = "true",
            },
            wizard.Query());
    }

    [Fact]
    public async Task ShouldRejectAFutureDateInTheAddressInSwedishAndAskForTheDateAgain()
    {
        var wizard = new WizardPage(Page);

        await wizard.OpenAsync("?system=pmo&contactDate=2026-07-01&channel=phone");

        // "Today" is the app's pinned clock (2026-06-01), not the machine's.
        await Expect(Page.GetByText("Kontaktdatumet 2026-07-01 ligger i framtiden. Ange ett datum till och med i dag (2026-06-01).")).ToBeVisibleAsync();
        await Expect(wizard.DateInput).ToHaveAttributeAsync("max", "2026-06-01");
        await Expect(wizard.DateInput).ToHaveAttributeAsync("aria-invalid", "true");
        await Expect(Page).Not.ToHaveURLAsync(new Regex("contactDate=2026-07-01"));
    }

    [Fact]
    public async Task ShouldIgnoreAnUnknownValueInTheAddressAndAskThatQuestionAgain()
    {
        var wizard = new WizardPage(Page);

        await wizard.OpenAsync("?system=pasis&contactDate=2025-06-02&channel=fax");

        await Expect(wizard.QuestionHeading(Channel)).ToBeVisibleAsync();
        await Expect(Page.GetByText("Adressen innehöll svaret ”fax”, som inte är ett av svaren på den här frågan. Välj ett svar.")).ToBeVisibleAsync();
        await Expect(Page).Not.ToHaveURLAsync(new Regex("channel="));
        await wizard.AnswerAsync(Phone);
        await Expect(wizard.QuestionHeading(SupportProgram)).ToBeVisibleAsync();
    }

    [Fact]
    public async Task ShouldStartANewContactKeepingSystemAndDate()
    {
        var wizard = new WizardPage(Page);
        await wizard.OpenAsync("?system=pasis&contactDate=2025-01-23&channel=text&supportProgram=false&replacesVisit=true");
        await Expect(wizard.Result.ContactType).ToHaveTextAsync("KB Text/chatt kval");

        await wizard.Result.NewContactButton.ClickAsync();

        await Expect(wizard.QuestionHeading(Channel)).ToBeVisibleAsync();
        await Expect(Page).ToHaveURLAsync(new Regex(@"registrera\?system=pasis&contactDate=2025-01-23$"));
    }

    [Fact]
    public async Task ShouldCopyTheOneLineSummaryForTheJournalSystem()
    {
        await Page.Context.GrantPermissionsAsync(["clipboard-read", "clipboard-write"]);
        var wizard = new WizardPage(Page);
        await wizard.OpenAsync("?system=pmo&contactDate=2025-01-20&channel=video&via1177Direkt=false&supportProgram=false&replacesVisit=true");
        await Expect(wizard.Result.ContactType).ToHaveTextAsync("Video som ersätter besök");

        await wizard.Result.CopyButton.ClickAsync();

        await Expect(wizard.Result.Region.GetByText("Kopierat", new() { Exact = true })).ToBeVisibleAsync();
        var copied = await Page.EvaluateAsync<string>("navigator.clipboard.readText()");
        Assert.Equal("Video som ersätter besök. Krävs: Journalför kontakten. Registrera diagnos.", copied);
    }
}
