using System.Net;
using System.Text.RegularExpressions;

namespace Distanskontakt.Circuits;

/// <summary>A signed-in (or anonymous) browser identity: a cookie jar and an HTTP client that uses it.</summary>
internal sealed partial class Identity : IDisposable
{
    private Identity(Uri baseAddress)
    {
        Handler = new SocketsHttpHandler { CookieContainer = Cookies, AllowAutoRedirect = false, MaxConnectionsPerServer = 64 };
        Http = new HttpClient(Handler) { BaseAddress = baseAddress, Timeout = TimeSpan.FromMinutes(2) };
    }

    public CookieContainer Cookies { get; } = new();

    public HttpClient Http { get; }

    private SocketsHttpHandler Handler { get; }

    public static Identity Anonymous(Uri baseAddress) => new(baseAddress);

    /// <summary>Signs in on /logga-in with a demo account, as the form posts it (antiforgery token included).</summary>
    public static async Task<Identity> SignInAsync(Uri baseAddress, string username, string password, CancellationToken cancellationToken)
    {
        var identity = new Identity(baseAddress);
        var form = await identity.Http.GetStringAsync("logga-in", cancellationToken);
        var token = AntiforgeryToken().Match(form);
        if (!token.Success)
        {
            throw new InvalidOperationException("The sign-in page has no form (no demo accounts in this environment?).");
        }

        using var content = new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["_handler"] = "logga-in",
            ["__RequestVerificationToken"] = WebUtility.HtmlDecode(token.Groups[1].Value),
            ["Input.Username"] = username,
            ["Input.Password"] = password,
        });
        using var response = await identity.Http.PostAsync("logga-in", content, cancellationToken);
        if (identity.Cookies.GetCookies(baseAddress)["Distanskontakt.Inloggning"] is null)
        {
            throw new InvalidOperationException($"Sign-in as {username} failed ({(int)response.StatusCode}).");
        }

        return identity;
    }

    public void Dispose()
    {
        Http.Dispose();
        Handler.Dispose();
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" value=\"([^\"]+)\"")]
    private static partial Regex AntiforgeryToken();
}
