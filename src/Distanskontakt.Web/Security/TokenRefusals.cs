using Microsoft.IdentityModel.Tokens;

namespace Distanskontakt.Web.Security;

/// <summary>Why a bearer token was refused, in Swedish, for the 401 problem body (never a claim value).</summary>
public static class TokenRefusals
{
    public const string WrongAudience = "Token är inte utfärdad för Distanskontakt (fel mottagare, aud).";

    public const string WrongIssuer = "Token kommer från en utfärdare som appen inte litar på (iss).";

    public const string Expired = "Token har gått ut. Hämta en ny från organisationens inloggning.";

    public const string NotSigned = "Token är inte signerad av organisationens inloggning.";

    public static string MissingRole(string roleClaim) => $"Inloggningen ger ingen roll i Distanskontakt (claim {roleClaim} saknas eller är okänd).";

    private const string ItemKey = "Distanskontakt.TokenRefusal";

    /// <summary>Keeps why this request's bearer token was refused, for the 401 answer written later.</summary>
    public static void Remember(HttpContext context, Exception failure) => context.Items[ItemKey] = failure;

    public static string? Describe(HttpContext context) => Describe(context.Items[ItemKey] as Exception);

    /// <summary>The reason for an authentication failure, or null when nothing was refused.</summary>
    public static string? Describe(Exception? failure) => failure switch
    {
        null => null,
        SecurityTokenInvalidAudienceException => WrongAudience,
        SecurityTokenInvalidIssuerException => WrongIssuer,
        SecurityTokenExpiredException => Expired,
        SecurityTokenSignatureKeyNotFoundException or SecurityTokenInvalidSignatureException => NotSigned,
        ProviderClaimsException => failure.Message,
        _ => "Token godtas inte.",
    };
}
