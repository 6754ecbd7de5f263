using Distanskontakt.E2E.Tests.Pages;
using Distanskontakt.E2E.Tests.Scenarios;

namespace Distanskontakt.E2E.Tests.Tests;

/// <summary>Cases from the instructions, clicked through the wizard from the first step to the result card.</summary>
public sealed class WizardScenarioTests(BrowserFixture fixture) : BrowserTest(fixture)
{
    [Theory]
    [MemberData(nameof(SourceScenarios.AllIds), MemberType = typeof(SourceScenarios))]
    public async Task ShouldReachTheInstructionsOutcomeByMouse(string id)
    {
        var scenario = SourceScenarios.ById(id);
        var wizard = new WizardPage(Page);
        await wizard.OpenAsync();

        await wizard.CompleteAsync(scenario);

        await ResultAssertions.ShouldShowAsync(wizard, scenario);
    }
}
