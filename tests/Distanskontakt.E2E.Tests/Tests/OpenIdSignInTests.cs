using System.Text.RegularExpressions;
using Distanskontakt.E2E.Tests.Pages;
using Distanskontakt.TestUtilities;
using Distanskontakt.TestUtilities.Hosting;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Authentication.OpenIdConnect;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Distanskontakt.E2E.Tests.Tests;

/// <summary>
/// Chromium signs in through a real OpenID provider (OpenIddict on loopback) with the authorization code flow and
/// PKCE S256, the app in <c>Production</c>: back on the wizard address it asked for, query kept, with the role and
/// the unit mapped from Inera-shaped claims; signing out ends the session at the provider too.
/// </summary>
public sealed class OpenIdSignInTests(BrowserFixture fixture, OpenIdSignInTests.ProviderAndApp hosts)
    : BrowserTest(fixture), IClassFixture<OpenIdSignInTests.ProviderAndApp>
{
    private const string Decision =
        "registrera?system=pmo&contactDate=2026-05-28&channel=phone&via1177Direkt=false&supportProgram=false&replacesVisit=false&leadsToVisitSameDaySameUnit=false";

    protected override Uri? AppAddress => hosts.App.BaseAddress;

    [Fact]
    public async Task ShouldSignInThroughTheProviderLandOnTheAskedAddressAndSignOutThere()
    {
        var wizard = new WizardPage(Page);

        // Three servers' first answers on the way (app, provider, app): a longer wait for that one navigation's load.
        await Page.GotoAsync(Decision, new() { Timeout = 60_000 });

        await Expect(Page).ToHaveURLAsync(new Regex(Regex.Escape(hosts.App.BaseAddress + Decision) + "$"));
        await Expect(wizard.Heading).ToBeVisibleAsync();
        Assert.Equal("S256", Assert.Single(hosts.Provider.ChallengeMethods));
        var status = Page.Locator(".user-status");
        await Expect(status.Locator(".user-name")).ToHaveTextAsync("Karin Testsson");
        await Expect(status.Locator(".user-role")).ToHaveTextAsync("Personal");
        await Expect(status.Locator(".user-unit")).ToHaveTextAsync("Vårdcentralen Lund Norr");
        await InteractivityProbe.WaitAsync(Page);
        await Expect(wizard.Result.Region).ToBeVisibleAsync();

        await new SignInPage(Page).SignOutAsync();

        await Expect(Page.GetByRole(AriaRole.Link, new() { Name = "Logga in" })).ToBeVisibleAsync();
        Assert.Equal(1, hosts.Provider.EndedSessions);
        Assert.DoesNotContain(await Page.Context.CookiesAsync(), cookie => cookie.Name == "Distanskontakt.Inloggning");
    }

    /// <summary>The provider, then the app in Production pointed at it, then the app registered as its client.</summary>
    public sealed class ProviderAndApp : IAsyncLifetime
    {
        public LoopbackOpenIdProvider Provider { get; private set; } = null!;

        public ProductionApp App { get; private set; } = null!;

        public async ValueTask InitializeAsync()
        {
            Provider = await LoopbackOpenIdProvider.StartAsync();
            App = new ProductionApp(Provider.Authority);
            App.Start();
            await Provider.RegisterClientAsync(App.BaseAddress);
            // The app reads the provider's discovery document and keys before the browser's first request (on a busy
            // machine that first round trip would otherwise eat the navigation's time).
            var oidc = App.Services.GetRequiredService<Microsoft.Extensions.Options.IOptionsMonitor<OpenIdConnectOptions>>()
                .Get(OpenIdConnectDefaults.AuthenticationScheme);
            await oidc.ConfigurationManager!.GetConfigurationAsync(CancellationToken.None);
        }

        public async ValueTask DisposeAsync()
        {
            await App.DisposeAsync();
            await Provider.DisposeAsync();
        }
    }

    /// <summary>The real app on Kestrel in Production: OIDC only, Inera claim mapping, wizard closed to anonymous users.</summary>
    public sealed class ProductionApp(string authority) : WebApplicationFactory<Program>
    {
        private readonly string _data = Path.Combine(Path.GetTempPath(), "dk-e2e-oidc-" + Guid.NewGuid().ToString("N"));

        public Uri BaseAddress { get; private set; } = null!;

        public void Start()
        {
            UseKestrel(0);
            StartServer();
            // "localhost", not 127.0.0.1: Chromium keeps Secure cookies (Production's, and the OIDC correlation cookie) on plain
            // HTTP only for localhost.
            var port = new Uri(Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First()).Port;
            BaseAddress = new Uri($"http://localhost:{port}/");
        }

        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            builder.UseEnvironment("Production");
            builder.UseStaticWebAssets();
            foreach (var (key, value) in new Dictionary<string, string>
            {
                ["Database:DataDirectory"] = _data,
                ["Authentication:AllowAnonymousDecisions"] = "false",
                ["Authentication:Oidc:Authority"] = authority,
                ["Authentication:Oidc:ClientId"] = LoopbackOpenIdProvider.ClientId,
                ["Authentication:Oidc:ClientSecret"] = LoopbackOpenIdProvider.ClientSecret,
                ["Authentication:Oidc:RequireHttpsMetadata"] = "false",
                ["Authentication:UserIdClaim"] = "employeeHsaId",
                ["Authentication:NameClaim"] = "name",
                ["Authentication:RoleClaim"] = "commissionRight",
                ["Authentication:RoleMap:dk-personal"] = "Personal",
                ["Authentication:UnitClaim"] = "commissionHsaId",
                ["Units:1:HsaId"] = "SE2321000016-VCLN", // VC-LUND-NORR
            })
            {
                builder.UseSetting(key, value);
            }

            builder.ConfigureServices(services =>
            {
                services.RemoveAll<TimeProvider>();
                services.AddSingleton<TimeProvider>(Clocks.MidV4());
                // The wizard's rules are judged on the pinned day, but the sign-in's cookies go to a real browser: with the
                // pinned clock (months back) the correlation and nonce cookies would be sent already expired, and
                // Chromium drops them at once ("Correlation failed"). Sign-in keeps the real clock, as in a deployment.
                services.PostConfigure<OpenIdConnectOptions>(OpenIdConnectDefaults.AuthenticationScheme, options => options.TimeProvider = TimeProvider.System);
                services.PostConfigure<CookieAuthenticationOptions>(CookieAuthenticationDefaults.AuthenticationScheme, options => options.TimeProvider = TimeProvider.System);
            });
        }
    }
}
