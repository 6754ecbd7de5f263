using System.Security.Claims;
using Distanskontakt.Domain.Privacy;
using Distanskontakt.Web.Units;

namespace Distanskontakt.Web.Security;

/// <summary>
/// How an identity provider's claims (Inera IdP's <c>employeeHsaId</c>, <c>commissionHsaId</c>, <c>commissionRight</c>,
/// or any other provider's) become the app's user id, name, roles and unit, by the claim names in
/// <c>Authentication</c>. A personnummer never becomes anything: a claim that carries one may not be configured, a
/// value that looks like one is refused, and no other claim is kept.
/// </summary>
public static class IneraClaimMapping
{
    /// <summary>Claims that carry a personnummer at Inera IdP and other Swedish providers (compared ignoring case).</summary>
    public static readonly IReadOnlyList<string> PersonnummerClaims =
    [
        "credentialPersonalIdentityNumber",
        "personalIdentityNumber",
        "personal_identity_number",
        "personnummer",
        "pnr",
        "ssn",
        "http://sambi.se/attributes/1/personalIdentityNumber",
        "urn:oid:1.2.752.29.4.13",
    ];

    public static bool IsPersonnummerClaim(string? claim) =>
        claim is not null && PersonnummerClaims.Contains(claim.Trim(), StringComparer.OrdinalIgnoreCase);

    /// <summary>The user id: the configured claim's value, never one that looks like a personnummer.</summary>
    public static string UserId(ClaimsPrincipal provider, AuthenticationSettings settings)
    {
        var id = provider.FindFirstValue(settings.UserIdClaim);
        if (string.IsNullOrWhiteSpace(id))
        {
            throw new ProviderClaimsException($"Inloggningen saknar användar-id (claim {settings.UserIdClaim}).");
        }

        if (PersonnummerDetector.ContainsPersonnummer(id))
        {
            // The value itself is never repeated.
            throw new ProviderClaimsException($"Claim {settings.UserIdClaim} ser ut som ett personnummer och kan inte vara användar-id.");
        }

        return id.Trim();
    }

    /// <summary>The display name, unless it looks like a personnummer (then the user id is shown).</summary>
    public static string DisplayName(ClaimsPrincipal provider, AuthenticationSettings settings, string userId) =>
        provider.FindFirstValue(settings.NameClaim) is { Length: > 0 } name && !PersonnummerDetector.ContainsPersonnummer(name) ? name : userId;

    /// <summary>
    /// The app's unit code for a provider value: a configured code as is, else the unit whose <c>hsaId</c> it is
    /// (Inera's <c>commissionHsaId</c>); an unknown value gives no unit.
    /// </summary>
    public static string? UnitCode(string providerValue, UnitOptions units)
    {
        var value = providerValue.Trim();
        return units.Find(value)?.Code
            ?? units.Units.FirstOrDefault(unit => string.Equals(unit.HsaId, value, StringComparison.OrdinalIgnoreCase))?.Code;
    }
}

/// <summary>A provider's sign-in or token that the app cannot use; the message is Swedish and carries no claim value.</summary>
public sealed class ProviderClaimsException(string message) : Exception(message);
