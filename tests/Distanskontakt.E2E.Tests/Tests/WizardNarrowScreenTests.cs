using Distanskontakt.E2E.Tests.Pages;
using Distanskontakt.E2E.Tests.Scenarios;

namespace Distanskontakt.E2E.Tests.Tests;

/// <summary>A phone-sized screen on the ward: the whole flow fits the width, nothing scrolls sideways.</summary>
public sealed class WizardNarrowScreenTests(BrowserFixture fixture) : BrowserTest(fixture)
{
    protected override int ViewportWidth => 390;

    [Fact]
    public async Task ShouldFitAPhoneScreenFromFirstStepToResult()
    {
        var scenario = SourceScenarios.PasisPhoneNotReplacing;
        var wizard = new WizardPage(Page);
        await wizard.OpenAsync();
        await AssertNoSidewaysScrollAsync();

        await wizard.CompleteAsync(scenario);

        await ResultAssertions.ShouldShowAsync(wizard, scenario);
        await AssertNoSidewaysScrollAsync();
    }

    [Fact]
    public async Task ShouldRememberTheLastSystemInThisBrowserButLetTheAddressWin()
    {
        var wizard = new WizardPage(Page);
        await wizard.OpenAsync();
        await wizard.ChooseSystemAsync("PASiS", "pasis");
        // The choice is stored in this browser right after the address changes; leave only once it is.
        await Page.WaitForFunctionAsync("() => Object.values(localStorage).includes('pasis')");

        // A new visit in the same browser: PASiS is marked and focused, so Enter confirms it.
        await wizard.OpenAsync();
        var pasis = wizard.SystemOption("PASiS");
        await Expect(pasis).ToBeFocusedAsync();
        await Expect(pasis).ToContainTextAsync("senast valt");
        await Page.Keyboard.PressAsync("Enter");
        await Expect(Page).ToHaveURLAsync(WizardPage.QueryHas("system", "pasis"));

        // A system in the address wins over the remembered one.
        await wizard.OpenAsync("?system=pmo&contactDate=2025-06-02");
        await Expect(wizard.QuestionHeading(Questions.Channel)).ToBeVisibleAsync();
        await Expect(wizard.TrailEntry("System")).ToContainTextAsync("PMO");
    }

    private async Task AssertNoSidewaysScrollAsync()
    {
        var overflow = await Page.EvaluateAsync<int>("document.documentElement.scrollWidth - document.documentElement.clientWidth");
        Assert.True(overflow <= 0, $"the page is {overflow}px wider than a 390px screen");
    }
}
