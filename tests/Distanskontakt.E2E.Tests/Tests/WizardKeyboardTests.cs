using Distanskontakt.E2E.Tests.Pages;
using Distanskontakt.E2E.Tests.Scenarios;

namespace Distanskontakt.E2E.Tests.Tests;

/// <summary>The wizard without a mouse: number keys, arrows and Enter answer; Backspace goes back; focus follows.</summary>
public sealed class WizardKeyboardTests(BrowserFixture fixture) : BrowserTest(fixture)
{
    [Fact]
    public async Task ShouldDecideTelefonStandForPasisPhoneNotReplacingWithTheKeyboardOnly()
    {
        var wizard = new WizardPage(Page);
        await wizard.OpenAsync();
        await Expect(wizard.FirstStepHeading).ToBeVisibleAsync();
        var keys = 0;

        async Task PressAsync(string key)
        {
            await Page.Keyboard.PressAsync(key);
            keys++;
        }

        // 2 = PASiS; the date stays today's (2026-06-01 on the pinned clock, skane-v4).
        await PressAsync("2");
        await Expect(Page).ToHaveURLAsync(WizardPage.QueryHas("system", "pasis"));
        await Expect(wizard.QuestionHeading(Questions.Channel)).ToBeFocusedAsync();

        // Arrows and Enter: Video, Telefon, choose.
        await PressAsync("ArrowDown");
        await Expect(wizard.Option(Questions.Channel, "Video")).ToBeFocusedAsync();
        await PressAsync("ArrowDown");
        await Expect(wizard.Option(Questions.Channel, "Telefon")).ToBeFocusedAsync();
        await PressAsync("Enter");
        await Expect(Page).ToHaveURLAsync(WizardPage.QueryHas("channel", "phone"));

        // Number keys: 2 = Nej, twice (skane-v4 asks no same-day question for TE).
        foreach (var (question, parameter) in new[]
                 {
                     (Questions.SupportProgram, "supportProgram"),
                     (Questions.ReplacesVisit, "replacesVisit"),
                 })
        {
            await Expect(wizard.QuestionHeading(question)).ToBeFocusedAsync();
            await PressAsync("2");
            await Expect(Page).ToHaveURLAsync(WizardPage.QueryHas(parameter, "false"));
        }

        var result = wizard.Result;
        await Expect(result.Heading).ToBeFocusedAsync();
        await Expect(result.ContactType).ToHaveTextAsync("TE Telefon stand");
        await Expect(result.Verdict("Frivillig registrering")).ToBeVisibleAsync();
        await Expect(wizard.Announcement).ToContainTextAsync("TE Telefon stand");
        Assert.Equal(
            new Dictionary<string, string>
            {
                ["system"] = "pasis", ["contactDate"] = "2026-06-01", ["channel"] = "phone", ["supportProgram"] = "false",
                ["replacesVisit"] = "false",
            },
            wizard.Query());

        // 6 here (two arrows and Enter for the channel); with number keys alone it is one key per question: 4.
        Assert.Equal(6, keys);
        TestContext.Current.TestOutputHelper?.WriteLine($"Keystrokes for PASiS phone not replacing: {keys} (4 with number keys only).");
    }

    [Fact]
    public async Task ShouldNeedOneNumberKeyPerQuestionForPasisPhoneNotReplacing()
    {
        var wizard = new WizardPage(Page);
        await wizard.OpenAsync();
        string[] keys = ["2", "2", "2", "2"]; // PASiS, Telefon, SoB Nej, ersätter Nej

        foreach (var key in keys)
        {
            var before = Page.Url;
            await Page.Keyboard.PressAsync(key);
            await Expect(Page).Not.ToHaveURLAsync(before);
            await Expect(wizard.SettledStep).ToBeFocusedAsync();
        }

        await Expect(wizard.Result.Heading).ToBeFocusedAsync();
        await Expect(wizard.Result.ContactType).ToHaveTextAsync("TE Telefon stand");
        Assert.Equal(4, keys.Length);
    }

    [Fact]
    public async Task ShouldGoBackOneQuestionWithBackspaceButNotWhileTypingInTheDateField()
    {
        var wizard = new WizardPage(Page);
        await wizard.OpenAsync("?system=pmo&contactDate=2025-09-15&channel=phone&via1177Direkt=false");
        await Expect(wizard.QuestionHeading(Questions.SupportProgram)).ToBeVisibleAsync();

        await Page.Keyboard.PressAsync("Backspace");

        await Expect(wizard.QuestionHeading(Questions.Via1177Direkt)).ToBeFocusedAsync();
        await Expect(Page).Not.ToHaveURLAsync(new System.Text.RegularExpressions.Regex("via1177Direkt="));
        await Expect(Page).ToHaveURLAsync(WizardPage.QueryHas("channel", "phone"));

        // In the first step, Backspace in the date field edits the date and never leaves the question.
        // The app moves focus to the chosen system after it has shown the step, in a call of its own that can land
        // well after the date field is visible on a busy machine. Take focus into the date field only once the app
        // has placed it; otherwise that late call takes it back, and Backspace on the system button goes back a step.
        await wizard.TrailEntry("Datum").FocusAsync();
        await Page.Keyboard.PressAsync("Enter");
        await Expect(wizard.SystemOption("PMO")).ToBeFocusedAsync();
        await wizard.DateInput.FocusAsync();
        await Page.Keyboard.PressAsync("Backspace");
        await Expect(wizard.DateInput).ToBeFocusedAsync();
        await Expect(wizard.FirstStepHeading).ToBeVisibleAsync();
        await Expect(Page).ToHaveURLAsync(WizardPage.QueryHas("channel", "phone"));
    }
}
