using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using System.Text.Json;
using Distanskontakt.Domain.Engine;
using Distanskontakt.Domain.Outcomes;
using Distanskontakt.Domain.Questions;
using Distanskontakt.Infrastructure.Operations;
using Distanskontakt.Web.Security;
using FluentValidation;
using Microsoft.AspNetCore.Http.Json;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.Extensions.Options;
using Microsoft.OpenApi;

namespace Distanskontakt.Web.Api;

/// <summary>The public JSON API (no sign-in: the rules are public instructions and no patient data passes).</summary>
public static class DecisionApi
{
    public const string InvalidRequestTitle = "Ogiltig förfrågan";

    public static IEndpointRouteBuilder MapDecisionApi(this IEndpointRouteBuilder app)
    {
        // Other systems call the API without a browser session: no antiforgery token, and every error is a problem body.
        var api = app.MapGroup("/api/v1").WithTags("Beslut").DisableAntiforgery()
            .RequireRateLimiting(RateLimiting.PublicApiPolicy);

        api.MapPost("/decisions", DecideAsync)
            .RequireAuthorization(DecisionsAccessRequirement.PolicyName)
            .WithName("Decide")
            .WithSummary("Hur en distanskontakt ska registreras")
            .WithDescription("Svaren hittills in (spec §3); utfallet ut när alla behövda svar finns, annars vad som saknas och nästa fråga.")
            .AddOpenApiOperationTransformer(DescribeRequestBody)
            .Produces<CompleteDecisionResponse>()
            .Produces<IncompleteDecisionResponse>()
            .ProducesValidationProblem();

        api.MapGet("/rulesets", (DecisionEngine engine) => TypedResults.Ok(engine.ListRuleSets().Select(DecisionMapper.ToDto).ToArray()))
            .WithName("ListRuleSets")
            .WithSummary("Alla regeluppsättningar och tillägg med status i dag");

        return app;
    }

    private static async Task<IResult> DecideAsync(
        HttpContext http, DecisionEngine engine, IValidator<DecisionRequest> validator, AppMetrics metrics, CancellationToken cancellationToken)
    {
        var (request, error) = await DecisionRequestReader.ReadAsync(http.Request, cancellationToken);
        if (request is null)
        {
            return Invalid(new Dictionary<string, string[]> { [DecisionRequestReader.BodyKey] = [error!] });
        }

        var validation = await validator.ValidateAsync(request, cancellationToken);
        if (!validation.IsValid)
        {
            return Invalid(validation);
        }

        var result = engine.Decide(request.ToAnswers());
        if (result.Outcome is { } decided)
        {
            metrics.Decided(decided, AppMetrics.FromApi);
        }

        return result.Outcome is { } outcome
            ? CompleteResponseCache.For(outcome, http)
            : IncompleteResponseCache.For(result, http);
    }

    /// <summary>
    /// The engine caches its outcomes and they are immutable, so the answer for one outcome is always the same
    /// bytes: serialised once per outcome (with the app's JSON options, as <c>TypedResults.Ok</c> would) and
    /// written as they are. Serialising the answer was the largest single cost of a decision after parsing.
    /// </summary>
    private static class CompleteResponseCache
    {
        private const string ContentType = "application/json; charset=utf-8";

        private static readonly ConditionalWeakTable<Outcome, Entry> _entries = [];

        public static IResult For(Outcome outcome, HttpContext http)
        {
            var options = Options(http);
            if (!_entries.TryGetValue(outcome, out var entry) || entry.Options != options)
            {
                entry = new Entry(options, JsonSerializer.SerializeToUtf8Bytes(DecisionMapper.ToResponse(outcome), options));
                _entries.AddOrUpdate(outcome, entry);
            }

            return entry;
        }

        public static JsonSerializerOptions Options(HttpContext http) =>
            http.RequestServices.GetRequiredService<IOptions<JsonOptions>>().Value.SerializerOptions;

        public sealed class Entry(JsonSerializerOptions options, byte[] body) : IResult
        {
            public JsonSerializerOptions Options { get; } = options;

            public Task ExecuteAsync(HttpContext httpContext)
            {
                httpContext.Response.StatusCode = StatusCodes.Status200OK;
                httpContext.Response.ContentType = ContentType;
                return httpContext.Response.Body.WriteAsync(body).AsTask();
            }
        }
    }

    /// <summary>
    /// An incomplete answer is the missing inputs (in asking order, so a set of them) and the next question, an
    /// immutable catalog entry: serialised once per question and set of missing inputs.
    /// </summary>
    private static class IncompleteResponseCache
    {
        private static readonly ConditionalWeakTable<IAskedQuestion, ConcurrentDictionary<int, CompleteResponseCache.Entry>> _entries = [];

        public static IResult For(FlowResult result, HttpContext http)
        {
            var options = CompleteResponseCache.Options(http);
            var question = result.NextQuestion!;
            var missing = 0;
            foreach (var input in result.Missing)
            {
                if ((uint)input >= 31 || missing >> (int)input != 0)
                {
                    return TypedResults.Ok(DecisionMapper.ToResponse(result)); // not in asking order: no set to key by
                }

                missing |= 1 << (int)input;
            }

            var byMissing = _entries.GetOrCreateValue(question);
            if (!byMissing.TryGetValue(missing, out var entry) || entry.Options != options)
            {
                entry = new CompleteResponseCache.Entry(options, JsonSerializer.SerializeToUtf8Bytes(DecisionMapper.ToResponse(result), options));
                byMissing[missing] = entry;
            }

            return entry;
        }
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

    /// <summary>The Swedish 400 problem body, keyed by field name (shared by every endpoint of the API).</summary>
    internal static IResult Invalid(IDictionary<string, string[]> errors) =>
        TypedResults.ValidationProblem(errors, title: InvalidRequestTitle);

    internal static IResult Invalid(FluentValidation.Results.ValidationResult validation) =>
        Invalid(validation.Errors
            .GroupBy(e => e.PropertyName, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Select(e => e.ErrorMessage).Distinct().ToArray(), StringComparer.Ordinal));
}
