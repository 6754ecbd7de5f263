namespace Distanskontakt.E2E.Tests.Infrastructure;

/// <summary>
/// The app's own "circuit is up" marker: <c>html[data-circuit=up]</c>, set by the Blazor JS initializer
/// (wwwroot/Distanskontakt.Web.lib.module.js) once the page's circuit has opened and rendered, and cleared while it is
/// down. Prerendered HTML looks finished long before that, and a click on it is lost; waiting for the marker replaces
/// waits shaped by time or by the network going quiet.
/// </summary>
public static class Circuit
{
    public const string Up = "html[data-circuit=up]";

    /// <summary>Waits (the page's own timeout) until the page's circuit is up and its event handlers are attached.</summary>
    public static Task UpAsync(IPage page) => page.Locator(Up).WaitForAsync(new() { State = WaitForSelectorState.Attached });
}
