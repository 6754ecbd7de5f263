using Microsoft.JSInterop;

namespace Distanskontakt.Web.Components.Pages.Registrera;

/// <summary>
/// The registration wizard's own browser module (wwwroot/js/registrera.js: the remembered system, the clipboard).
/// A failed or disconnected call is logged and answered with the default: the wizard works without its script.
/// </summary>
public static class WizardScript
{
    public const string ModulePath = "./js/registrera.js";

    public static async Task<IJSObjectReference?> ImportAsync(IJSRuntime js, ILogger logger)
    {
        ArgumentNullException.ThrowIfNull(js);
        try
        {
            return await js.InvokeAsync<IJSObjectReference>("import", ModulePath);
        }
        catch (JSException exception)
        {
            logger.LogWarning(exception, "Guidens skript kunde inte laddas");
        }
        catch (JSDisconnectedException)
        {
            // The circuit closed while starting.
        }

        return null;
    }

    public static async Task<T?> CallAsync<T>(IJSObjectReference? module, ILogger logger, string identifier, params object?[] args)
    {
        if (module is null)
        {
            return default;
        }

        try
        {
            return await module.InvokeAsync<T>(identifier, args);
        }
        catch (JSException exception)
        {
            logger.LogWarning(exception, "Anrop till guidens skript misslyckades: {Function}", identifier);
        }
        catch (JSDisconnectedException)
        {
            // The circuit closed.
        }

        return default;
    }

    public static async Task CallVoidAsync(IJSObjectReference? module, ILogger logger, string identifier, params object?[] args)
    {
        if (module is null)
        {
            return;
        }

        try
        {
            await module.InvokeVoidAsync(identifier, args);
        }
        catch (JSException exception)
        {
            logger.LogWarning(exception, "Anrop till guidens skript misslyckades: {Function}", identifier);
        }
        catch (JSDisconnectedException)
        {
            // The circuit closed.
        }
    }

    public static async ValueTask DisposeAsync(IJSObjectReference? module)
    {
        if (module is null)
        {
            return;
        }

        try
        {
            await module.DisposeAsync();
        }
        catch (JSDisconnectedException)
        {
            // The circuit is gone, and the page with it.
        }
    }
}
