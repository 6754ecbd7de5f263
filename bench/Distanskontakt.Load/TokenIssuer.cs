using System.Security.Cryptography;
using System.Text;
using System.Text.Json;

namespace Distanskontakt.Load;

/// <summary>
/// A minimal OpenID Connect authority on loopback (discovery document and JWKS with one RSA key) whose RS256 tokens
/// the app's JWT bearer handler validates exactly as it would a real identity provider's: the app runs with its
/// Production sign-in settings, no test-only authentication path.
/// </summary>
public sealed class TokenIssuer : IAsyncDisposable
{
    public const string ClientId = "distanskontakt";

    private readonly WebApplication _app;
    private readonly RSA _key;

    private TokenIssuer(WebApplication app, RSA key, string authority)
    {
        _app = app;
        _key = key;
        Authority = authority;
    }

    public string Authority { get; }

    private const string KeyId = "load-key-1";

    public static async Task<TokenIssuer> StartAsync()
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
        return new TokenIssuer(app, key, app.Urls.Single().TrimEnd('/'));
    }

    /// <summary>A token valid for two hours: subject, one role (the app's exact role string) and the unit claims.</summary>
    public string Token(string subject, string role, params string[] units)
    {
        var now = DateTimeOffset.UtcNow.ToUnixTimeSeconds();
        var header = JsonSerializer.SerializeToUtf8Bytes(new Dictionary<string, object> { ["alg"] = "RS256", ["typ"] = "JWT", ["kid"] = KeyId });
        var payload = JsonSerializer.SerializeToUtf8Bytes(new Dictionary<string, object>
        {
            ["iss"] = Authority,
            ["aud"] = ClientId,
            ["sub"] = subject,
            ["name"] = "Lastprov " + subject,
            ["roles"] = new[] { role },
            ["unit"] = units,
            ["iat"] = now,
            ["nbf"] = now - 60,
            ["exp"] = now + 7200,
        });
        var signed = Base64Url(header) + "." + Base64Url(payload);
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
