using System.Net;
using System.Net.Http.Headers;
using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace Distanskontakt.Web.Tests.Security;

/// <summary>
/// The JWT bearer handler against a real OpenID Connect issuer: a small one made here on loopback (discovery
/// document and JWKS with an RSA key), whose tokens the app fetches the key for and validates.
/// </summary>
public sealed class TokenIssuerTests
{
    private const string ClientId = "distanskontakt";

    [Fact]
    public async Task ShouldAcceptBearerTokensFromTheConfiguredAuthorityAndMapTheirGroupsToRoles()
    {
        await using var issuer = await TokenIssuer.StartAsync();
        await using var app = new SignInAppFactory(settings: new Dictionary<string, string?>
        {
            ["Authentication:AllowAnonymousDecisions"] = "false",
            ["Authentication:Oidc:Authority"] = issuer.Authority,
            ["Authentication:Oidc:ClientId"] = ClientId,
            ["Authentication:Oidc:ClientSecret"] = "hemligt",
            ["Authentication:Oidc:RequireHttpsMetadata"] = "false",
            ["Authentication:RoleClaim"] = "groups",
            ["Authentication:RoleMap:dk-admins"] = "Administratör",
            ["Authentication:RoleMap:dk-staff"] = "Personal",
            ["Authentication:UnitClaim"] = "hsa_unit",
        });
        using var client = app.CreateBrowserLikeClient();
        var cancel = TestContext.Current.CancellationToken;

        var admin = issuer.Token("admin-1", ["dk-admins"], "VC-LUND-NORR");
        var staff = issuer.Token("staff-1", ["dk-staff", "other-group"], "VC-LUND-NORR");
        var foreign = TokenIssuer.ForeignToken(issuer.Authority, "admin-1");

        Assert.Equal(HttpStatusCode.OK, (await Get(client, "/api/v1/registrations", admin, cancel)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await Get(client, "/api/v1/registrations", staff, cancel)).StatusCode);
        var refused = await Get(client, "/api/v1/registrations", foreign, cancel);
        Assert.Equal(HttpStatusCode.Unauthorized, refused.StatusCode);
        Assert.Equal("application/problem+json", refused.Content.Headers.ContentType?.MediaType);

        using var decision = new HttpRequestMessage(HttpMethod.Post, "/api/v1/decisions")
        {
            Content = new StringContent("""{"system":"pmo","channel":"phone"}""", Encoding.UTF8, "application/json"),
        };
        decision.Headers.Authorization = new AuthenticationHeaderValue("Bearer", staff);
        Assert.Equal(HttpStatusCode.OK, (await client.SendAsync(decision, cancel)).StatusCode);
    }

    private static Task<HttpResponseMessage> Get(HttpClient client, string path, string token, CancellationToken cancel)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, path);
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return client.SendAsync(request, cancel);
    }

    private sealed class TokenIssuer : IAsyncDisposable
    {
        private readonly WebApplication _app;
        private readonly RsaSecurityKey _key;

        private TokenIssuer(WebApplication app, RsaSecurityKey key, string authority)
        {
            _app = app;
            _key = key;
            Authority = authority;
        }

        public string Authority { get; }

        public static async Task<TokenIssuer> StartAsync()
        {
            var key = new RsaSecurityKey(RSA.Create(2048)) { KeyId = "test-key-1" };
            var builder = WebApplication.CreateSlimBuilder();
            builder.WebHost.UseKestrel().UseUrls("http://127.0.0.1:0");
            var app = builder.Build();
            var issuer = new TokenIssuer(app, key, "");
            app.MapGet("/.well-known/openid-configuration", (HttpContext http) =>
            {
                var authority = $"{http.Request.Scheme}://{http.Request.Host}";
                return Results.Text(
                    $$"""
                    {"issuer":"{{authority}}","jwks_uri":"{{authority}}/jwks","authorization_endpoint":"{{authority}}/authorize",
                     "token_endpoint":"{{authority}}/token","id_token_signing_alg_values_supported":["RS256"],
                     "response_types_supported":["code"],"subject_types_supported":["public"]}
                    """, "application/json");
            });
            app.MapGet("/jwks", () =>
            {
                var parameters = key.Rsa.ExportParameters(includePrivateParameters: false);
                return Results.Text(
                    $$"""
                    {"keys":[{"kty":"RSA","use":"sig","alg":"RS256","kid":"{{key.KeyId}}",
                      "n":"{{Base64UrlEncoder.Encode(parameters.Modulus)}}","e":"{{Base64UrlEncoder.Encode(parameters.Exponent)}}"}]}
                    """, "application/json");
            });
            await app.StartAsync();
            var address = app.Urls.Single().TrimEnd('/');
            return new TokenIssuer(app, key, address);
        }

        public string Token(string subject, string[] groups, string unit) => Sign(_key, Authority, subject, groups, unit);

        /// <summary>The same claims signed with a key the authority never published.</summary>
        public static string ForeignToken(string authority, string subject) =>
            Sign(new RsaSecurityKey(RSA.Create(2048)) { KeyId = "test-key-1" }, authority, subject, ["dk-admins"], "VC-LUND-NORR");

        public async ValueTask DisposeAsync()
        {
            await _app.StopAsync();
            await _app.DisposeAsync();
        }

        private static string Sign(RsaSecurityKey key, string authority, string subject, string[] groups, string unit) =>
            new JsonWebTokenHandler().CreateToken(new SecurityTokenDescriptor
            {
                Issuer = authority,
                Audience = ClientId,
                IssuedAt = DateTime.UtcNow,
                NotBefore = DateTime.UtcNow.AddMinutes(-1),
                Expires = DateTime.UtcNow.AddMinutes(10),
                Claims = new Dictionary<string, object>
                {
                    ["sub"] = subject,
                    ["name"] = "Testanvändare " + subject,
                    ["groups"] = groups,
                    ["hsa_unit"] = unit,
                },
                SigningCredentials = new SigningCredentials(key, SecurityAlgorithms.RsaSha256),
            });
    }
}
