using System.Security.Cryptography;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace Distanskontakt.Web.Tests.Faults;

/// <summary>
/// A minimal OpenID Connect issuer on loopback (discovery document and JWKS with one RSA key), so that the app
/// started as a real process in Production can sign systems in with bearer tokens as it would in a region.
/// </summary>
public sealed class LoopbackTokenIssuer : IAsyncDisposable
{
    public const string ClientId = "distanskontakt";

    private readonly WebApplication _app;
    private readonly RsaSecurityKey _key;

    private LoopbackTokenIssuer(WebApplication app, RsaSecurityKey key)
    {
        _app = app;
        _key = key;
        Authority = app.Urls.Single().TrimEnd('/');
    }

    public string Authority { get; }

    public static async Task<LoopbackTokenIssuer> StartAsync()
    {
        var key = new RsaSecurityKey(RSA.Create(2048)) { KeyId = "fault-test-key" };
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseKestrel().UseUrls("http://127.0.0.1:0");
        var app = builder.Build();
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
        return new LoopbackTokenIssuer(app, key);
    }

    /// <summary>A token for <paramref name="subject"/> in <paramref name="groups"/> working at <paramref name="unit"/>, valid for an hour.</summary>
    public string Token(string subject, string[] groups, string unit) =>
        new JsonWebTokenHandler().CreateToken(new SecurityTokenDescriptor
        {
            Issuer = Authority,
            Audience = ClientId,
            IssuedAt = DateTime.UtcNow,
            NotBefore = DateTime.UtcNow.AddMinutes(-1),
            Expires = DateTime.UtcNow.AddHours(1),
            Claims = new Dictionary<string, object>
            {
                ["sub"] = subject,
                ["groups"] = groups,
                ["hsa_unit"] = unit,
            },
            SigningCredentials = new SigningCredentials(_key, SecurityAlgorithms.RsaSha256),
        });

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
