using System.Security.Claims;
using Distanskontakt.Domain;

namespace Distanskontakt.Web.Security;

/// <summary>
/// What the log needs to know about the user, and no more: their units (from the <c>unit</c> claim), their role,
/// and an opaque id — the SHA-256 (hex) of the name identifier claim, never a name.
/// </summary>
public sealed record SignedInUser(IReadOnlyList<string> Units, string? Role, string UserIdHash)
{
    public static SignedInUser? From(ClaimsPrincipal principal)
    {
        if (principal.Identity?.IsAuthenticated != true || principal.FindFirstValue(ClaimTypes.NameIdentifier) is not { Length: > 0 } id)
        {
            return null;
        }

        var units = principal.FindAll(AppClaims.Unit).Select(c => c.Value).Where(v => v.Length > 0).Distinct(StringComparer.Ordinal).ToArray();
        var role = Roles.All.FirstOrDefault(principal.IsInRole);
        return new SignedInUser(units, role, HashOf(id));
    }

    public static string HashOf(string nameIdentifier) => Sha256Text.Hex(nameIdentifier);
}
