using Distanskontakt.E2E.Tests.Pages;
using Distanskontakt.E2E.Tests.Scenarios;

namespace Distanskontakt.E2E.Tests.Tests;

/// <summary>
/// The situation search in the wizard (issue 13), keyboard alone: type the contact in your own words, arrow to an
/// example, Enter, and the wizard continues at the first question the example leaves open.
/// </summary>
public sealed class SituationSearchTests(BrowserFixture fixture) : BrowserTest(fixture)
{
    private ILocator Field => Page.GetByRole(AriaRole.Combobox, new() { Name = "Beskriv kontakten med egna ord" });

    private ILocator Examples => Page.GetByRole(AriaRole.Listbox, new() { Name = "Anvisningens exempel" }).GetByRole(AriaRole.Option);

    [Fact]
    public async Task ShouldFillInTheAnswersOfThePickedExampleAndAskTheNextOpenQuestion()
    {
        var wizard = new WizardPage(Page);
        await wizard.OpenAsync("?system=pmo&contactDate=2026-06-01");
        await Expect(wizard.QuestionHeading(Questions.Channel)).ToBeVisibleAsync();

        await Field.PressSequentiallyAsync("ringde upp och lämnade normalt provsvar");
        await Expect(Examples.First).ToContainTextAsync("Ringer upp patienten och lämnar ett provsvar som är normalt");
        await Expect(Examples.First.Locator("mark")).ToHaveTextAsync(["Ringer", "lämnar", "provsvar", "normalt"]);
        await Expect(Field).ToHaveAttributeAsync("aria-expanded", "true");
        await Accessibility.AssertNoSeriousViolationsAsync(Page);

        await Page.Keyboard.PressAsync("ArrowDown");
        await Expect(Field).ToHaveAttributeAsync("aria-activedescendant", "situationssok-exempel-0");
        await Expect(Examples.First).ToHaveAttributeAsync("aria-selected", "true");
        await Page.Keyboard.PressAsync("Enter");

        await Expect(Page).ToHaveURLAsync(WizardPage.QueryHas("replacesVisit", "false"));
        await Expect(wizard.QuestionHeading(Questions.Via1177Direkt)).ToBeFocusedAsync();
        Assert.Equal(
            new Dictionary<string, string> { ["system"] = "pmo", ["contactDate"] = "2026-06-01", ["channel"] = "phone", ["replacesVisit"] = "false" },
            wizard.Query());
        await Expect(Examples).ToHaveCountAsync(0);
        await Accessibility.AssertNoSeriousViolationsAsync(Page);
    }

    [Fact]
    public async Task ShouldNotLetDigitsOrBackspaceTypedInTheFieldAnswerOrGoBack()
    {
        var wizard = new WizardPage(Page);
        await wizard.OpenAsync("?system=pasis&contactDate=2026-06-01&channel=text");
        await Expect(wizard.QuestionHeading(Questions.SupportProgram)).ToBeVisibleAsync();

        // "1" would answer Ja and Backspace go back, were the wizard's keys listening in the field.
        await Field.PressSequentiallyAsync("1177 recept");
        await Page.Keyboard.PressAsync("Backspace");
        await Expect(Field).ToHaveValueAsync("1177 recep");
        await Expect(Examples.First).ToBeVisibleAsync();

        Assert.Equal(
            new Dictionary<string, string> { ["system"] = "pasis", ["contactDate"] = "2026-06-01", ["channel"] = "text" },
            wizard.Query());
        await Expect(wizard.QuestionHeading(Questions.SupportProgram)).ToBeVisibleAsync();
    }
}
