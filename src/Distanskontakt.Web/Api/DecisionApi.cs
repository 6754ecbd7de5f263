using Distanskontakt.Domain.Engine;
using Distanskontakt.Infrastructure.Operations;
using Distanskontakt.Web.Security;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace Distanskontakt.Web.Api;

/// <summary>
/// <c>POST /api/v1/decisions</c>, the public decision API (no sign-in unless configured: the rules are public
/// instructions and no patient data passes).
/// </summary>
public static class DecisionApi
{
    public static RouteGroupBuilder MapDecisionApi(this IEndpointRouteBuilder app)
    {
        // Other systems call the API without a browser session: no antiforgery token, and every error is a problem body.
        var decisions = app.MapGroup("/api/v1/decisions").WithTags("Beslut").DisableAntiforgery()
            .RequireRateLimiting(RateLimiting.PublicApiPolicy)
            .RequireAuthorization(DecisionsAccessRequirement.PolicyName);

        decisions.MapPost("", Decide)
            .WithName("Decide")
            .WithSummary("Hur en distanskontakt ska registreras")
            .WithDescription("Svaren hittills in; utfallet ut när alla behövda svar finns, annars vad som saknas och nästa fråga.")
            .AddOpenApiOperationTransformer(DescribeRequestBody)
            .AddOpenApiOperationTransformer(EitherResponse.DescribeAsync<CompleteDecisionResponse>);
        return decisions;
    }

    private static Results<SerializedJson<CompleteDecisionResponse>, SerializedJson<IncompleteDecisionResponse>, ValidationProblem> Decide(
        ValidatedBody<DecisionRequest> body, HttpContext http, DecisionEngine engine, AppMetrics metrics)
    {
        if (!body.TryGet(out var request, out var problem))
        {
            return problem;
        }

        var result = engine.Decide(request.ToAnswers());
        if (result.Outcome is not { } outcome)
        {
            return DecisionResponseCache.Incomplete(result, http);
        }

        metrics.Decided(outcome, AppMetrics.FromApi);
        return DecisionResponseCache.Complete(outcome, http);
    }

    /// <summary>
    /// Describes the body for OpenAPI without <c>Accepts</c> metadata, which would make routing answer 415 to a
    /// wrong content type; the contract is a 400 problem for every malformed request.
    /// </summary>
    private static Task DescribeRequestBody(OpenApiOperation operation, OpenApiOperationTransformerContext context, CancellationToken cancellationToken)
    {
        operation.RequestBody = new OpenApiRequestBody
        {
            Required = true,
            Content = new Dictionary<string, OpenApiMediaType> { ["application/json"] = new() { Schema = DecisionRequestSchema.Create() } },
        };
        return Task.CompletedTask;
    }
}
