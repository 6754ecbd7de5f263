using System.Security.Claims;
using Microsoft.AspNetCore.Authorization;
using Microsoft.Extensions.Options;

namespace Distanskontakt.Web.Security;

/// <summary>
/// <c>Rules:Approvers</c>: the name identifiers (the <c>sub</c> of the organisation's sign-in; <c>demo:&lt;username&gt;</c>
/// for a demo account) of the administrators who may put a rule set in force for the whole region (issue 8).
/// </summary>
public sealed class RuleApproverOptions
{
    public const string SectionName = "Rules";

    public List<string> Approvers { get; set; } = [];
}

/// <summary>The user's name identifier is listed in <c>Rules:Approvers</c>.</summary>
public sealed class RuleApproverRequirement : IAuthorizationRequirement;

/// <summary>Reads the list at each check, so adding or removing an approver applies without a restart.</summary>
public sealed class RuleApproverHandler(IOptionsMonitor<RuleApproverOptions> options) : AuthorizationHandler<RuleApproverRequirement>
{
    protected override Task HandleRequirementAsync(AuthorizationHandlerContext context, RuleApproverRequirement requirement)
    {
        if (context.User.FindFirstValue(ClaimTypes.NameIdentifier) is { Length: > 0 } id
            && options.CurrentValue.Approvers.Any(approver => string.Equals(approver?.Trim(), id, StringComparison.Ordinal)))
        {
            context.Succeed(requirement);
        }

        return Task.CompletedTask;
    }
}

public static class RuleApprovers
{
    /// <summary>The <see cref="Policies.ApproveRules"/> policy: role <c>Administratör</c> and listed as an approver.</summary>
    public static IServiceCollection AddRuleApprovers(this IServiceCollection services)
    {
        services.AddOptions<RuleApproverOptions>().BindConfiguration(RuleApproverOptions.SectionName);
        services.AddSingleton<IAuthorizationHandler, RuleApproverHandler>();
        services.AddAuthorizationBuilder()
            .AddPolicy(Policies.ApproveRules, policy => policy
                .RequireAuthenticatedUser()
                .RequireRole(Roles.Administrator)
                .AddRequirements(new RuleApproverRequirement()));
        return services;
    }
}
