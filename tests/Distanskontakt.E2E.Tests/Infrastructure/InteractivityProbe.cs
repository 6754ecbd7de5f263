namespace Distanskontakt.E2E.Tests.Infrastructure;

/// <summary>
/// Tells when a Blazor Server page has become interactive. Prerendered HTML looks finished long before the
/// circuit is connected, and clicks or key presses before that are lost. The wizard loads its key listener
/// (Components/Shared/WizardKeys.razor.js) only after its first interactive render and then marks the root element with
/// <c>data-wizard-keys="on"</c>: from then on the circuit is up and every event handler is attached.
/// </summary>
public static class InteractivityProbe
{
    /// <summary>Waits until blazor.web.js has started and the wizard's circuit and key listener are live.</summary>
    public static async Task WaitAsync(IPage page)
    {
        await page.WaitForFunctionAsync("() => window.Blazor !== undefined && document.documentElement.dataset.wizardKeys === 'on'");
    }
}
