using Microsoft.AspNetCore.Authorization;
using Microsoft.Extensions.Options;

namespace Distanskontakt.Web.Security;

/// <summary>
/// The wizard and the decision APIs: open to everyone while <c>Authentication:AllowAnonymousDecisions</c> is
/// <c>true</c> (the default), else to signed-in users only. Read at each request, so a changed setting applies.
/// </summary>
public sealed class DecisionsAccessRequirement : IAuthorizationRequirement
{
    public const string PolicyName = "Decisions";
}

public sealed class DecisionsAccessHandler(IOptionsMonitor<AuthenticationSettings> settings)
    : AuthorizationHandler<DecisionsAccessRequirement>
{
    protected override Task HandleRequirementAsync(AuthorizationHandlerContext context, DecisionsAccessRequirement requirement)
    {
        if (settings.CurrentValue.AllowAnonymousDecisions || context.User.Identity?.IsAuthenticated == true)
        {
            context.Succeed(requirement);
        }

        return Task.CompletedTask;
    }
}
