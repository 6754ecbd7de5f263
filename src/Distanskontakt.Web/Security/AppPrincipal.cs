using System.Security.Claims;
using Distanskontakt.Web.Units;

namespace Distanskontakt.Web.Security;

/// <summary>
/// The app's own principal: name identifier, display name, the exact role strings and the unit — built from a
/// demo account or from an identity provider's claims (role values through <c>RoleMap</c>, the unit from
/// <c>UnitClaim</c>). Nothing else from the provider is kept.
/// </summary>
public static class AppPrincipal
{
    /// <summary>The authentication type of identities the app built (cookie and bearer alike).</summary>
    public const string AuthenticationType = "Distanskontakt";

    /// <summary>A unit the user may choose (demo accounts list them); none means any configured unit.</summary>
    public const string AllowedUnitClaim = "allowed_unit";

    /// <summary>Where the identity came from: <see cref="DemoSource"/> or <see cref="ProviderSource"/>.</summary>
    public const string SourceClaim = "signin_source";

    public const string DemoSource = "demo";

    public const string ProviderSource = "oidc";

    public static ClaimsPrincipal ForDemo(DemoAccount account)
    {
        var claims = new List<Claim>
        {
            new(ClaimTypes.NameIdentifier, "demo:" + account.Username),
            new(ClaimTypes.Name, account.Username),
            new(ClaimTypes.Role, account.Role),
            new(SourceClaim, DemoSource),
        };
        claims.AddRange(account.Units.Distinct(StringComparer.Ordinal).Select(unit => new Claim(AllowedUnitClaim, unit)));
        if (account.Units.Distinct(StringComparer.Ordinal).ToArray() is [var only])
        {
            claims.Add(new Claim(AppClaims.Unit, only));
        }

        return Build(claims);
    }

    /// <summary>
    /// Maps a validated OpenID Connect or bearer principal (raw claim names) to the app's principal by the claim
    /// names in <paramref name="settings"/> (<see cref="IneraClaimMapping"/>); unit values may be HSA-ids of <paramref name="units"/>.
    /// </summary>
    public static ClaimsPrincipal FromProvider(ClaimsPrincipal provider, AuthenticationSettings settings, UnitOptions units)
    {
        var userId = IneraClaimMapping.UserId(provider, settings);
        var claims = new List<Claim>
        {
            new(ClaimTypes.NameIdentifier, userId),
            new(ClaimTypes.Name, IneraClaimMapping.DisplayName(provider, settings, userId)),
            new(SourceClaim, ProviderSource),
        };
        claims.AddRange(provider.FindAll(settings.RoleClaim)
            .Select(claim => settings.RoleFor(claim.Value))
            .OfType<string>()
            .Distinct(StringComparer.Ordinal)
            .Select(role => new Claim(ClaimTypes.Role, role)));
        claims.AddRange(provider.FindAll(settings.UnitClaim)
            .Select(claim => IneraClaimMapping.UnitCode(claim.Value, units))
            .OfType<string>()
            .Distinct(StringComparer.Ordinal)
            .Select(unit => new Claim(AppClaims.Unit, unit)));
        return Build(claims);
    }

    /// <summary>The same user working for <paramref name="unit"/> (any earlier unit replaced).</summary>
    public static ClaimsPrincipal WithUnit(ClaimsPrincipal user, string unit) =>
        Build(user.Claims.Where(claim => claim.Type != AppClaims.Unit).Select(claim => new Claim(claim.Type, claim.Value))
            .Append(new Claim(AppClaims.Unit, unit)));

    /// <summary>Units the user may choose from: those listed for them, else every configured unit.</summary>
    public static IReadOnlyList<string> AllowedUnits(ClaimsPrincipal user, IEnumerable<string> configured)
    {
        var listed = user.FindAll(AllowedUnitClaim).Select(claim => claim.Value).ToHashSet(StringComparer.Ordinal);
        return [.. configured.Where(code => listed.Count == 0 || listed.Contains(code))];
    }

    private static ClaimsPrincipal Build(IEnumerable<Claim> claims) =>
        new(new ClaimsIdentity(claims, AuthenticationType, ClaimTypes.Name, ClaimTypes.Role));
}
