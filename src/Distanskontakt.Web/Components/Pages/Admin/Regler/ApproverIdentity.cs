using System.Security.Claims;

namespace Distanskontakt.Web.Components.Pages.Admin.Regler;

/// <summary>
/// Who the audit trail names for an upload or activation: the name identifier, the same value that
/// <c>Rules:Approvers</c> lists, so an entry can be traced to the setting that allowed it.
/// </summary>
public static class ApproverIdentity
{
    public static string Of(ClaimsPrincipal user)
    {
        ArgumentNullException.ThrowIfNull(user);
        return user.FindFirstValue(ClaimTypes.NameIdentifier) ?? user.Identity?.Name ?? "okänd";
    }
}
