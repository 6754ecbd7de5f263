using System.Net;
using System.Text.RegularExpressions;
using Distanskontakt.Web.Security;
using Distanskontakt.Web.Tests.Operations;

namespace Distanskontakt.Web.Tests.Security;

/// <summary>
/// Every answer, page or API, carries the hardening headers; the page's one inline script (Blazor's import map)
/// carries the nonce its policy names; in Production, HSTS is sent over HTTPS, also when a listed proxy forwarded it.
/// </summary>
public sealed partial class SecurityHeadersTests
{
    private static CancellationToken Token => TestContext.Current.CancellationToken;

    [Fact]
    public async Task ShouldSendTheHardeningHeadersOnAPageWithTheImportMapsNonceInItsPolicy()
    {
        await using var app = new SignInAppFactory();
        using var client = app.CreateBrowserLikeClient();

        using var page = await client.GetAsync("/", Token);
        var html = await page.Content.ReadAsStringAsync(Token);

        AssertHardened(page);
        var policy = page.Headers.GetValues("Content-Security-Policy").Single();
        var nonce = ImportMapNonce().Match(html).Groups[1].Value;
        Assert.NotEmpty(nonce);
        Assert.Contains($"script-src 'self' 'nonce-{nonce}';", policy, StringComparison.Ordinal);
        Assert.DoesNotContain("unsafe-inline", policy, StringComparison.Ordinal);
        Assert.DoesNotContain("unsafe-eval", policy, StringComparison.Ordinal);
        Assert.Contains("frame-ancestors 'none'", policy, StringComparison.Ordinal);

        // A new nonce for every page.
        using var again = await client.GetAsync("/", Token);
        Assert.NotEqual(nonce, ImportMapNonce().Match(await again.Content.ReadAsStringAsync(Token)).Groups[1].Value);
    }

    [Fact]
    public async Task ShouldSendTheHardeningHeadersOnAnApiAnswerWithoutAnyInlineScriptAllowed()
    {
        await using var app = new SignInAppFactory();
        using var client = app.CreateClient();

        using var api = await client.GetAsync("/api/v1/rulesets", Token);

        Assert.Equal(HttpStatusCode.OK, api.StatusCode);
        AssertHardened(api);
        Assert.Contains("script-src 'self';", api.Headers.GetValues("Content-Security-Policy").Single(), StringComparison.Ordinal);
        Assert.False(api.Headers.Contains("Strict-Transport-Security")); // not Production
    }

    [Fact]
    public async Task ShouldSendHstsInProductionOverHttpsAndWhenAListedProxyForwardedHttps()
    {
        await using var app = new PeerAddressApp("Production", new Dictionary<string, string?>
        {
            ["Authentication:Oidc:Authority"] = "https://idp.region.example",
            ["Authentication:Oidc:ClientId"] = "distanskontakt",
            ["Authentication:Oidc:ClientSecret"] = "hemligt",
            ["Http:KnownProxies:0"] = "10.20.30.40",
        });

        using var https = app.ClientFrom("10.20.30.41", "https://distanskontakt.region.example");
        using var direct = await https.GetAsync("/api/v1/rulesets", Token);
        Assert.Equal("max-age=31536000", direct.Headers.GetValues("Strict-Transport-Security").Single());
        AssertHardened(direct);
        Assert.Contains("form-action 'self' https://idp.region.example", direct.Headers.GetValues("Content-Security-Policy").Single(), StringComparison.Ordinal);

        using var stranger = app.ClientFrom("10.20.30.41", "http://distanskontakt.region.example");
        Assert.False((await ForwardedAsync(stranger)).Headers.Contains("Strict-Transport-Security")); // not a listed proxy
        using var proxy = app.ClientFrom("10.20.30.40", "http://distanskontakt.region.example");
        Assert.Equal("max-age=31536000", (await ForwardedAsync(proxy)).Headers.GetValues("Strict-Transport-Security").Single());
    }

    private static Task<HttpResponseMessage> ForwardedAsync(HttpClient client)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, "/api/v1/rulesets");
        request.Headers.Add("X-Forwarded-Proto", "https");
        request.Headers.Add("X-Forwarded-For", "192.0.2.7");
        return client.SendAsync(request, Token);
    }

    private static void AssertHardened(HttpResponseMessage response)
    {
        Assert.StartsWith("default-src 'self'; ", response.Headers.GetValues("Content-Security-Policy").Single(), StringComparison.Ordinal);
        Assert.Equal("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single());
        Assert.Equal("no-referrer", response.Headers.GetValues("Referrer-Policy").Single());
        Assert.Equal(SecurityHeaders.PermissionsPolicy, response.Headers.GetValues("Permissions-Policy").Single());
        Assert.Equal("DENY", response.Headers.GetValues("X-Frame-Options").Single());
    }

    [GeneratedRegex("<script type=\"importmap\" nonce=\"([^\"]+)\"")]
    private static partial Regex ImportMapNonce();
}
