namespace Distanskontakt.E2E.Tests.Infrastructure;

/// <summary>
/// Tells when a Blazor Server page has become interactive. Prerendered HTML looks finished long before the
/// circuit is connected, and clicks or key presses before that are lost. The wizard loads its key listener
/// (wwwroot/js/registrera.js) only after its first interactive render, so the moment that listener is added
/// to the document, the circuit is up and every event handler of the render is attached. This init script
/// (added to every test context) marks that moment on the root element for <see cref="WaitAsync"/>.
/// </summary>
public static class InteractivityProbe
{
    public const string Script = """
        (() => {
          const add = EventTarget.prototype.addEventListener;
          const remove = EventTarget.prototype.removeEventListener;
          const isWizardKeys = (target, type, listener) =>
            target === document && type === "keydown" && typeof listener === "function"
            && String(listener).includes("Backspace");
          EventTarget.prototype.addEventListener = function (type, listener, options) {
            if (isWizardKeys(this, type, listener)) {
              document.documentElement.dataset.e2eWizardKeys = "attached";
            }
            return add.call(this, type, listener, options);
          };
          EventTarget.prototype.removeEventListener = function (type, listener, options) {
            if (isWizardKeys(this, type, listener)) {
              delete document.documentElement.dataset.e2eWizardKeys;
            }
            return remove.call(this, type, listener, options);
          };
        })();
        """;

    /// <summary>Waits until the wizard's circuit is connected and its key listener attached.</summary>
    public static async Task WaitAsync(IPage page)
    {
        await page.WaitForFunctionAsync("() => window.Blazor !== undefined && document.documentElement.dataset.e2eWizardKeys === 'attached'");
    }
}
