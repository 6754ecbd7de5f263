using Distanskontakt.Domain.Engine;
using Distanskontakt.Web.Security;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Distanskontakt.Web.Api.RuleSets;

/// <summary><c>/api/v1/rulesets</c>: the rule sets and overlays the engine knows, open to anyone like the rules themselves.</summary>
public static class RuleSetApi
{
    /// <summary>Maps the list and returns the group, so that other rule-set endpoints join it with its settings.</summary>
    public static RouteGroupBuilder MapRuleSetApi(this IEndpointRouteBuilder app)
    {
        // The tag stays "Beslut": the list has been documented next to the decision endpoint since the first version.
        var ruleSets = app.MapGroup("/api/v1/rulesets").WithTags("Beslut").DisableAntiforgery()
            .RequireRateLimiting(RateLimiting.PublicApiPolicy);

        ruleSets.MapGet("", List)
            .WithName("ListRuleSets")
            .WithSummary("Alla regeluppsättningar och tillägg med status i dag");
        return ruleSets;
    }

    private static Ok<RuleSetListItemDto[]> List(DecisionEngine engine) =>
        TypedResults.Ok(engine.ListRuleSets().Select(DecisionMapper.ToDto).ToArray());
}
