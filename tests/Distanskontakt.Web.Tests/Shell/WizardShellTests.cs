using Bunit;
using Distanskontakt.Web.Tests.Wizard;

namespace Distanskontakt.Web.Tests.Shell;

/// <summary>The shell around the wizard: keys attached once interactive, focus moved after a step, the address kept.</summary>
public sealed class WizardShellTests : WizardTestContext
{
    private const string KeysModule = "./Components/Shared/WizardKeys.razor.js";

    [Fact]
    public void ShouldAttachTheKeysAndFocusTheNextStepAfterAnAnswer()
    {
        var keys = JSInterop.SetupModule(KeysModule);
        var cut = Open();
        keys.VerifyInvoke("attachKeys");
        Assert.Empty(keys.Invocations["focusStep"]); // opening the page leaves focus where the browser put it

        cut.Find("button[data-option=pmo]").Click();

        cut.WaitForAssertion(() => keys.VerifyInvoke("focusStep"));
        Assert.NotNull(cut.Find("h2.question-text[data-wizard-focus]"));
    }

    [Fact]
    public void ShouldKeepFocusInTheDateFieldWhenTheDateChanges()
    {
        var keys = JSInterop.SetupModule(KeysModule);
        var cut = Open();

        cut.Find("input[type=date]").Change("2024-05-10");

        cut.WaitForAssertion(() => Assert.Contains("contactDate=2024-05-10", Address, StringComparison.Ordinal));
        Assert.Empty(keys.Invocations["focusStep"]);
    }

    [Fact]
    public void ShouldMarkTheResultHeadingAsTheStepToFocus()
    {
        var cut = Open("/registrera?system=pasis&contactDate=2026-06-01&channel=patientSelfService");

        Assert.Equal("resultat", Assert.Single(cut.FindAll("[data-wizard-focus]")).Id);
    }

    [Fact]
    public void ShouldApplyAnAddressFromOutsideTheWizardAndFocusItsQuestion()
    {
        var keys = JSInterop.SetupModule(KeysModule);
        var cut = Open("/registrera?system=pasis&contactDate=2026-06-01");

        Navigation.NavigateTo("/registrera?system=pasis&contactDate=2026-06-01&channel=phone"); // a search result, a link

        cut.WaitForAssertion(() => Assert.Equal("Ingår kontakten i ett program i Stöd och behandling?", cut.Find("h2.question-text").TextContent));
        cut.WaitForAssertion(() => keys.VerifyInvoke("focusStep"));
    }
}
