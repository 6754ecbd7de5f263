using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace Distanskontakt.TestUtilities.Hosting;

/// <summary>
/// A minimal OpenID Connect authority on loopback (discovery document and JWKS with one RSA key) whose RS256 tokens
/// the app's JWT bearer handler validates exactly as it would a region's identity provider's. Used where the built
/// app runs as its own process with its Production sign-in settings: the kill test and the load generator.
/// </summary>
public sealed class LoopbackTokenIssuer : IAsyncDisposable
{
    public const string ClientId = "distanskontakt";

    private const string KeyId = "loopback-key-1";

    private readonly WebApplication _app;
    private readonly RSA _key;

    private LoopbackTokenIssuer(WebApplication app, RSA key)
    {
        _app = app;
        _key = key;
        Authority = app.Urls.Single().TrimEnd('/');
    }

    public string Authority { get; }

    public static async Task<LoopbackTokenIssuer> StartAsync()
    {
        var key = RSA.Create(2048);
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
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
            var parameters = key.ExportParameters(includePrivateParameters: false);
            return Results.Text(
                $$"""
                {"keys":[{"kty":"RSA","use":"sig","alg":"RS256","kid":"{{KeyId}}","n":"{{Base64Url(parameters.Modulus!)}}","e":"{{Base64Url(parameters.Exponent!)}}"}]}
                """, "application/json");
        });
        await app.StartAsync();
        return new LoopbackTokenIssuer(app, key);
    }

    /// <summary>
    /// A token for <paramref name="subject"/> with the given claims (role and unit claims as the app is configured to
    /// read), valid two hours. <paramref name="issuer"/> claims another authority's name: a token signed with a key
    /// that authority never published.
    /// </summary>
    public string Token(
        string subject, IReadOnlyDictionary<string, object> claims, string? issuer = null, string audience = ClientId, TimeSpan? expiresIn = null)
    {
        var now = DateTimeOffset.UtcNow.ToUnixTimeSeconds();
        var header = JsonSerializer.SerializeToUtf8Bytes(new Dictionary<string, object> { ["alg"] = "RS256", ["typ"] = "JWT", ["kid"] = KeyId });
        var payload = new Dictionary<string, object>(claims)
        {
            ["iss"] = issuer ?? Authority,
            ["aud"] = audience,
            ["sub"] = subject,
            ["iat"] = now - 7200,
            ["nbf"] = now - 7200,
            ["exp"] = now + (long)(expiresIn ?? TimeSpan.FromHours(2)).TotalSeconds,
        };
        var signed = Base64Url(header) + "." + Base64Url(JsonSerializer.SerializeToUtf8Bytes(payload));
        var signature = _key.SignData(Encoding.ASCII.GetBytes(signed), HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        return signed + "." + Base64Url(signature);
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
        _key.Dispose();
    }

    private static string Base64Url(byte[] bytes) => Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');
}
