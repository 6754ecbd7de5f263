using System.Net;
using System.Net.Http.Headers;
using System.Text;
using Distanskontakt.TestUtilities.Hosting;
using Distanskontakt.Web.Security;

namespace Distanskontakt.Web.Tests.Security;

/// <summary>
/// The JWT bearer handler against a real OpenID Connect issuer: a small one on loopback (discovery document and
/// JWKS with an RSA key, <see cref="LoopbackTokenIssuer"/>), whose tokens the app fetches the key for and validates.
/// </summary>
public sealed class TokenIssuerTests
{
    [Fact]
    public async Task ShouldAcceptBearerTokensFromTheConfiguredAuthorityAndMapTheirGroupsToRoles()
    {
        await using var issuer = await LoopbackTokenIssuer.StartAsync();
        await using var stranger = await LoopbackTokenIssuer.StartAsync();
        await using var app = new SignInAppFactory(settings: new Dictionary<string, string?>
        {
            ["Authentication:AllowAnonymousDecisions"] = "false",
            ["Authentication:Oidc:Authority"] = issuer.Authority,
            ["Authentication:Oidc:ClientId"] = LoopbackTokenIssuer.ClientId,
            ["Authentication:Oidc:ClientSecret"] = "hemligt",
            ["Authentication:Oidc:RequireHttpsMetadata"] = "false",
            ["Authentication:RoleClaim"] = "groups",
            ["Authentication:RoleMap:dk-admins"] = "Administratör",
            ["Authentication:RoleMap:dk-staff"] = "Personal",
            ["Authentication:UnitClaim"] = "hsa_unit",
        });
        using var client = app.CreateBrowserLikeClient();
        var cancel = TestContext.Current.CancellationToken;

        var admin = issuer.Token("admin-1", Claims("admin-1", ["dk-admins"]));
        var staff = issuer.Token("staff-1", Claims("staff-1", ["dk-staff", "other-group"]));
        var foreign = stranger.Token("admin-1", Claims("admin-1", ["dk-admins"]), issuer: issuer.Authority); // a key the authority never published

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

    [Fact]
    public async Task ShouldRefuseAWrongAudienceAWrongIssuerAnExpiredTokenAndAMissingRoleWithSwedishReasons()
    {
        await using var issuer = await LoopbackTokenIssuer.StartAsync();
        await using var app = new SignInAppFactory(settings: new Dictionary<string, string?>
        {
            ["Authentication:Oidc:Authority"] = issuer.Authority,
            ["Authentication:Oidc:ClientId"] = LoopbackTokenIssuer.ClientId,
            ["Authentication:Oidc:ClientSecret"] = "hemligt",
            ["Authentication:Oidc:RequireHttpsMetadata"] = "false",
            ["Authentication:UserIdClaim"] = "employeeHsaId",
            ["Authentication:RoleClaim"] = "commissionRight",
            ["Authentication:RoleMap:dk-admin"] = "Administratör",
            ["Authentication:UnitClaim"] = "commissionHsaId",
            ["Units:1:HsaId"] = "SE2321000016-VCLN",
        });
        using var client = app.CreateBrowserLikeClient();
        var cancel = TestContext.Current.CancellationToken;
        Dictionary<string, object> Inera(string? right) => new()
        {
            ["employeeHsaId"] = "SE2321000016-E001",
            ["commissionHsaId"] = "SE2321000016-VCLN",
            ["credentialPersonalIdentityNumber"] = "191212121212",
            ["commissionRight"] = right is null ? Array.Empty<string>() : new[] { right },
        };

        Assert.Equal(HttpStatusCode.OK, (await Get(client, "/api/v1/registrations", issuer.Token("x", Inera("dk-admin")), cancel)).StatusCode);
        await AssertRefusedAsync(await Get(client, "/api/v1/registrations", issuer.Token("x", Inera("dk-admin"), audience: "annan-app"), cancel), TokenRefusals.WrongAudience);
        await AssertRefusedAsync(await Get(client, "/api/v1/registrations", issuer.Token("x", Inera("dk-admin"), issuer: "https://annan.example"), cancel), TokenRefusals.WrongIssuer);
        await AssertRefusedAsync(await Get(client, "/api/v1/registrations", issuer.Token("x", Inera("dk-admin"), expiresIn: TimeSpan.FromMinutes(-10)), cancel), TokenRefusals.Expired);
        await AssertRefusedAsync(await Get(client, "/api/v1/registrations", issuer.Token("x", Inera(null)), cancel), TokenRefusals.MissingRole("commissionRight"));
    }

    private static async Task AssertRefusedAsync(HttpResponseMessage response, string reason)
    {
        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        var body = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        using var json = System.Text.Json.JsonDocument.Parse(body);
        Assert.Equal(reason, json.RootElement.GetProperty("detail").GetString());
        Assert.DoesNotContain("191212121212", body, StringComparison.Ordinal);
    }

    private static Task<HttpResponseMessage> Get(HttpClient client, string path, string token, CancellationToken cancel)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, path);
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return client.SendAsync(request, cancel);
    }

    private static Dictionary<string, object> Claims(string subject, string[] groups) => new()
    {
        ["name"] = "Testanvändare " + subject,
        ["groups"] = groups,
        ["hsa_unit"] = "VC-LUND-NORR",
    };
}
