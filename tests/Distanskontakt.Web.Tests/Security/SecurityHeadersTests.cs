using System.Net;
using System.Text.RegularExpressions;
using Distanskontakt.Web.Security;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;

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
        await using var app = new ProxiedApp(new Dictionary<string, string?>
        {
            ["Authentication:Oidc:Authority"] = "https://idp.region.example",
            ["Authentication:Oidc:ClientId"] = "distanskontakt",
            ["Authentication:Oidc:ClientSecret"] = "hemligt",
            ["Http:KnownProxies:0"] = "10.20.30.40",
        });

        using var https = app.CreateClient(new WebApplicationFactoryClientOptions { BaseAddress = new Uri("https://distanskontakt.region.example") });
        using var direct = await https.GetAsync("/api/v1/rulesets", Token);
        Assert.Equal("max-age=31536000", direct.Headers.GetValues("Strict-Transport-Security").Single());
        AssertHardened(direct);
        Assert.Contains("form-action 'self' https://idp.region.example", direct.Headers.GetValues("Content-Security-Policy").Single(), StringComparison.Ordinal);

        using var http = app.CreateClient(new WebApplicationFactoryClientOptions { BaseAddress = new Uri("http://distanskontakt.region.example") });
        Assert.False((await ForwardedAsync(http, from: "10.20.30.41")).Headers.Contains("Strict-Transport-Security")); // not a listed proxy
        Assert.Equal("max-age=31536000", (await ForwardedAsync(http, from: "10.20.30.40")).Headers.GetValues("Strict-Transport-Security").Single());
    }

    private static Task<HttpResponseMessage> ForwardedAsync(HttpClient client, string from)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, "/api/v1/rulesets");
        request.Headers.Add(ProxiedApp.PeerHeader, from);
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

    /// <summary>
    /// The app in Production behind a proxy: the test server has no peer address, so a startup filter takes the
    /// connection's address from a test header before the app's own pipeline (and the forwarded-headers check) runs.
    /// </summary>
    private sealed class ProxiedApp(IReadOnlyDictionary<string, string?> settings) : WebApplicationFactory<Program>
    {
        public const string PeerHeader = "X-Test-Peer";

        private readonly string _data = Path.Combine(Path.GetTempPath(), "dk-proxied-" + Guid.NewGuid().ToString("N"));

        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            builder.UseEnvironment("Production");
            builder.UseSetting("Database:DataDirectory", _data);
            foreach (var (key, value) in settings)
            {
                builder.UseSetting(key, value);
            }

            builder.ConfigureServices(services => services.AddSingleton<IStartupFilter, PeerAddressFilter>());
        }

        public override async ValueTask DisposeAsync()
        {
            await base.DisposeAsync();
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            try
            {
                Directory.Delete(_data, recursive: true);
            }
            catch (IOException)
            {
                // Cleaned with the temp folder.
            }
        }

        private sealed class PeerAddressFilter : IStartupFilter
        {
            public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
            {
                app.Use((context, nextMiddleware) =>
                {
                    if (context.Request.Headers.TryGetValue(PeerHeader, out var peer))
                    {
                        context.Connection.RemoteIpAddress = IPAddress.Parse(peer.ToString());
                    }

                    return nextMiddleware(context);
                });
                next(app);
            };
        }
    }
}
