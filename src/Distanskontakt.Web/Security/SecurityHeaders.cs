using System.Security.Cryptography;
using Microsoft.Extensions.Options;

namespace Distanskontakt.Web.Security;

/// <summary>
/// The headers every answer carries: a Content-Security-Policy that lets only the app's own files run (the one inline
/// script, Blazor's import map, carries this request's nonce), no MIME sniffing, no referrer (the wizard's address is
/// its state and must not leak to other sites), and no access to the device's sensors.
/// </summary>
public static class SecurityHeaders
{
    public const string PermissionsPolicy =
        "accelerometer=(), camera=(), display-capture=(), geolocation=(), gyroscope=(), magnetometer=(), microphone=(), payment=(), usb=()";

    private const string NonceKey = "Distanskontakt.CspNonce";

    public static IApplicationBuilder UseSecurityHeaders(this IApplicationBuilder app)
    {
        var authority = app.ApplicationServices.GetRequiredService<IOptions<AuthenticationSettings>>().Value.Oidc.Authority;
        // Signing out posts a form that the app redirects on to the provider; form-action covers that redirect.
        var formTargets = Uri.TryCreate(authority, UriKind.Absolute, out var provider) ? "'self' " + provider.GetLeftPart(UriPartial.Authority) : "'self'";
        return app.Use((context, next) =>
        {
            context.Response.OnStarting(() =>
            {
                var headers = context.Response.Headers;
                headers.ContentSecurityPolicy = ContentSecurityPolicy(context.Items[NonceKey] as string, formTargets);
                headers.XContentTypeOptions = "nosniff";
                headers["Referrer-Policy"] = "no-referrer";
                headers["Permissions-Policy"] = PermissionsPolicy;
                headers.XFrameOptions = "DENY";
                return Task.CompletedTask;
            });
            return next(context);
        });
    }

    /// <summary>This request's nonce for an inline script the app itself writes (made on first use).</summary>
    public static string Nonce(HttpContext context)
    {
        if (context.Items[NonceKey] is not string nonce)
        {
            // Hex: valid in a CSP nonce and never HTML-encoded in the attribute (Base64's '+' would be).
            nonce = Convert.ToHexString(RandomNumberGenerator.GetBytes(16));
            context.Items[NonceKey] = nonce;
        }

        return nonce;
    }

    /// <summary>
    /// Only the app's origin for scripts, styles, images, fonts and the circuit's WebSocket; no plugins, no framing,
    /// forms only to the app (and the provider, see above).
    /// </summary>
    public static string ContentSecurityPolicy(string? nonce, string formTargets) =>
        "default-src 'self'; "
        + (nonce is null ? "script-src 'self'; " : $"script-src 'self' 'nonce-{nonce}'; ")
        + "style-src 'self'; img-src 'self' data:; font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'self'; "
        + $"frame-ancestors 'none'; form-action {formTargets}";
}
