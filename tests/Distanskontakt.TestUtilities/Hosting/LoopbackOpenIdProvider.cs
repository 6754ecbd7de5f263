using System.Collections.Concurrent;
using System.Security.Claims;
using Microsoft.AspNetCore;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using OpenIddict.Abstractions;
using OpenIddict.Server.AspNetCore;
using static OpenIddict.Abstractions.OpenIddictConstants;

namespace Distanskontakt.TestUtilities.Hosting;

/// <summary>
/// A real OpenID Connect provider on loopback for the sign-in tests: OpenIddict's server (discovery, JWKS,
/// authorization code flow with PKCE S256 required, token endpoint with a client secret, end session), ephemeral
/// keys, a SQLite store in a temp file. Whoever opens its authorization endpoint is signed in at once as
/// <see cref="User"/> (no form): the claims are shaped as Inera IdP's (<see cref="IneraUser"/>).
/// </summary>
public sealed class LoopbackOpenIdProvider : IAsyncDisposable
{
    public const string ClientId = "distanskontakt";

    public const string ClientSecret = "oidc-prov-hemlighet";

    private readonly WebApplication _app;
    private readonly string _database;

    private LoopbackOpenIdProvider(WebApplication app, string database)
    {
        _app = app;
        _database = database;
        // "localhost", as the app in the browser tests: one site, so its cookies flow on the way back from sign-in.
        Authority = new UriBuilder(app.Urls.Single()) { Host = "localhost" }.Uri.ToString().TrimEnd('/');
    }

    public string Authority { get; }

    /// <summary>The claims the next sign-in gets (name → one value or several).</summary>
    public IReadOnlyDictionary<string, string[]> User { get; set; } = IneraUser();

    /// <summary>The <c>code_challenge_method</c> of every authorization request, in order.</summary>
    public ConcurrentQueue<string?> ChallengeMethods { get; } = new();

    /// <summary>How many sessions a client ended at the end-session endpoint (RP-initiated logout).</summary>
    public int EndedSessions => _endedSessions;

    private int _endedSessions;

    /// <summary>
    /// Claims as Inera IdP sends them for a SITHS sign-in: the person's HSA-id, the chosen commission (uppdrag) with its
    /// unit's HSA-id and name, a right, and the personnummer, which the app must neither keep nor log.
    /// </summary>
    public static Dictionary<string, string[]> IneraUser(
        string employeeHsaId = "SE2321000016-E001",
        string commissionHsaId = "SE2321000016-VCLN",
        string commissionName = "Vårdcentralen Lund Norr, distriktssköterska",
        string? right = "dk-personal",
        string name = "Karin Testsson") => new(StringComparer.Ordinal)
    {
        ["employeeHsaId"] = [employeeHsaId],
        ["commissionHsaId"] = [commissionHsaId],
        ["commissionName"] = [commissionName],
        ["commissionRight"] = right is null ? [] : [right],
        ["name"] = [name],
        ["credentialPersonalIdentityNumber"] = ["191212121212"],
    };

    public static async Task<LoopbackOpenIdProvider> StartAsync()
    {
        var database = Path.Combine(Path.GetTempPath(), "dk-oidc-" + Guid.NewGuid().ToString("N") + ".db");
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseKestrel().UseUrls("http://127.0.0.1:0");
        builder.Services.AddDbContext<ProviderStore>(options => options.UseSqlite($"Data Source={database}").UseOpenIddict());
        builder.Services.AddAuthentication();
        builder.Services.AddOpenIddict()
            .AddCore(core => core.UseEntityFrameworkCore().UseDbContext<ProviderStore>())
            .AddServer(server =>
            {
                server.SetAuthorizationEndpointUris("connect/authorize")
                    .SetTokenEndpointUris("connect/token")
                    .SetEndSessionEndpointUris("connect/logout");
                server.AllowAuthorizationCodeFlow().RequireProofKeyForCodeExchange();
                server.RegisterScopes(Scopes.OpenId, Scopes.Profile);
                server.AddEphemeralEncryptionKey().AddEphemeralSigningKey().DisableAccessTokenEncryption();
                server.UseAspNetCore()
                    .EnableAuthorizationEndpointPassthrough()
                    .EnableTokenEndpointPassthrough()
                    .EnableEndSessionEndpointPassthrough()
                    .DisableTransportSecurityRequirement(); // plain HTTP on loopback only
            });

        var app = builder.Build();
        await using (var scope = app.Services.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<ProviderStore>().Database.EnsureCreatedAsync();
        }

        LoopbackOpenIdProvider? provider = null;
        app.MapMethods("/connect/authorize", ["GET", "POST"], (HttpContext http) =>
        {
            var request = http.GetOpenIddictServerRequest() ?? throw new InvalidOperationException("Ingen OpenID-förfrågan.");
            provider!.ChallengeMethods.Enqueue(request.CodeChallengeMethod);
            var identity = new ClaimsIdentity(OpenIddictServerAspNetCoreDefaults.AuthenticationScheme, Claims.Name, Claims.Role);
            var user = provider.User;
            identity.AddClaim(new Claim(Claims.Subject, user["employeeHsaId"][0]));
            foreach (var (type, values) in user)
            {
                foreach (var value in values)
                {
                    identity.AddClaim(new Claim(type, value));
                }
            }

            var principal = new ClaimsPrincipal(identity);
            principal.SetScopes(request.GetScopes());
            principal.SetDestinations(static _ => [Destinations.IdentityToken, Destinations.AccessToken]);
            return Results.SignIn(principal, authenticationScheme: OpenIddictServerAspNetCoreDefaults.AuthenticationScheme);
        });
        app.MapPost("/connect/token", async (HttpContext http) =>
        {
            // The code was checked by OpenIddict (client secret, redirect URI, PKCE verifier); its principal is reissued.
            var result = await http.AuthenticateAsync(OpenIddictServerAspNetCoreDefaults.AuthenticationScheme);
            var principal = result.Principal ?? throw new InvalidOperationException("Koden gav ingen användare.");
            principal.SetDestinations(static _ => [Destinations.IdentityToken, Destinations.AccessToken]);
            return Results.SignIn(principal, authenticationScheme: OpenIddictServerAspNetCoreDefaults.AuthenticationScheme);
        });
        app.MapMethods("/connect/logout", ["GET", "POST"], () =>
        {
            Interlocked.Increment(ref provider!._endedSessions);
            return Results.SignOut(new AuthenticationProperties { RedirectUri = "/" }, [OpenIddictServerAspNetCoreDefaults.AuthenticationScheme]);
        });
        await app.StartAsync();
        provider = new LoopbackOpenIdProvider(app, database);
        return provider;
    }

    /// <summary>Registers the app as a confidential client (its sign-in and sign-out callbacks under <paramref name="app"/>).</summary>
    public async Task RegisterClientAsync(Uri app)
    {
        await using var scope = _app.Services.CreateAsyncScope();
        var applications = scope.ServiceProvider.GetRequiredService<IOpenIddictApplicationManager>();
        var descriptor = new OpenIddictApplicationDescriptor
        {
            ClientId = ClientId,
            ClientSecret = ClientSecret,
            ClientType = ClientTypes.Confidential,
            DisplayName = "Distanskontakt",
            RedirectUris = { new Uri(app, "signin-oidc") },
            PostLogoutRedirectUris = { new Uri(app, "signout-callback-oidc") },
            Permissions =
            {
                Permissions.Endpoints.Authorization,
                Permissions.Endpoints.Token,
                Permissions.Endpoints.EndSession,
                Permissions.GrantTypes.AuthorizationCode,
                Permissions.ResponseTypes.Code,
                Permissions.Scopes.Profile,
            },
            Requirements = { Requirements.Features.ProofKeyForCodeExchange },
        };
        await applications.CreateAsync(descriptor);
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
        SqliteConnection.ClearAllPools();
        File.Delete(_database);
    }

    private sealed class ProviderStore(DbContextOptions<ProviderStore> options) : DbContext(options);
}
