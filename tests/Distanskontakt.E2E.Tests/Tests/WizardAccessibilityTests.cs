using Distanskontakt.E2E.Tests.Pages;
using Distanskontakt.E2E.Tests.Scenarios;

namespace Distanskontakt.E2E.Tests.Tests;

/// <summary>axe-core (WCAG 2.1 AA and best practice) on each kind of wizard page; plus the result card screenshot.</summary>
public sealed class WizardAccessibilityTests(BrowserFixture fixture) : BrowserTest(fixture)
{
    [Fact]
    public async Task ShouldHaveNoSeriousViolationsOnTheFirstStep()
    {
        var wizard = new WizardPage(Page);
        await wizard.OpenAsync();
        await Expect(wizard.FirstStepHeading).ToBeVisibleAsync();

        await Accessibility.AssertNoSeriousViolationsAsync(Page);
    }

    [Fact]
    public async Task ShouldHaveNoSeriousViolationsOnAQuestionWithTheSourcesExamples()
    {
        var wizard = new WizardPage(Page);
        await wizard.OpenAsync("?system=pmo&contactDate=2025-09-15&channel=phone&via1177Direkt=false&supportProgram=false");
        await Expect(wizard.QuestionHeading(Questions.ReplacesVisit)).ToBeVisibleAsync();
        await Expect(Page.GetByRole(AriaRole.Heading, new() { Name = "Exempel som ersätter besök" })).ToBeVisibleAsync();

        await Accessibility.AssertNoSeriousViolationsAsync(Page);
    }

    [Fact]
    public async Task ShouldHaveNoSeriousViolationsOnAResultCardWithNotesAndAnOpenSource()
    {
        // SoB on PASiS video: an obligation carried over from skane-v3, so a note is shown too.
        var wizard = new WizardPage(Page);
        await wizard.OpenAsync("?system=pasis&contactDate=2025-05-15&channel=video&supportProgram=true&replacesVisit=true");
        await Expect(wizard.Result.ContactType).ToHaveTextAsync("VK Video kval");
        var source = wizard.Result.Source("§1.7.1").First;
        await source.Locator("summary").ClickAsync();
        await Expect(source.Locator("blockquote")).ToBeVisibleAsync();

        await Accessibility.AssertNoSeriousViolationsAsync(Page);
    }

    [Fact]
    public async Task ShouldSaveAResultCardScreenshotForTheReadme()
    {
        var wizard = new WizardPage(Page);
        await wizard.OpenAsync("?system=pmo&contactDate=2025-09-15&channel=phone&via1177Direkt=false&supportProgram=false&replacesVisit=false&leadsToVisitSameDaySameUnit=true");
        await ResultAssertions.ShouldShowAsync(wizard, SourceScenarios.PmoPhoneTriage);

        var path = await Screenshots.SaveAsync(Page, "resultat.png");

        Assert.True(new FileInfo(path).Length > 1_000, "the screenshot is not empty");
    }
}
