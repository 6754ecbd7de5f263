using System.Text.Json.Nodes;
using Distanskontakt.Domain.Halland;
using Distanskontakt.Domain.Sources;
using Distanskontakt.Web.Security;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace Distanskontakt.Web.Api.Halland;

/// <summary>
/// Region Halland's profile over HTTP: is this contact a distanskontakt, with reasons and reminders (docs/domain.md §8).
/// No sign-in; nothing of the request is logged or stored.
/// </summary>
public static class HallandAssessmentApi
{
    /// <summary>The verified profile and its engine; a broken profile file stops the app at start-up.</summary>
    public static IServiceCollection AddHallandProfile(this IServiceCollection services) =>
        services.AddSingleton(sp => new HallandAssessmentEngine(
            HallandProfileVerifier.LoadVerified(sp.GetRequiredService<SourceTextCatalog>())));

    public static RouteGroupBuilder MapHallandAssessmentApi(this IEndpointRouteBuilder app)
    {
        // Fail at start-up, never at the first request, if the shipped profile is broken.
        app.ServiceProvider.GetRequiredService<HallandAssessmentEngine>();

        var assessments = app.MapGroup("/api/v1/halland/assessments").WithTags("Region Halland").DisableAntiforgery()
            .RequireRateLimiting(RateLimiting.PublicApiPolicy)
            .RequireAuthorization(DecisionsAccessRequirement.PolicyName);

        assessments.MapPost("", Assess)
            .WithName("AssessHalland")
            .WithSummary("Är kontakten en distanskontakt enligt Region Halland?")
            .WithDescription("Svaren hittills in (kommunikationssätt, förutsättningarna a–k, byte av kommunikationssätt, barn under 13 år); "
                + "resultatet ut med varje ej uppfyllt villkor och de påminnelser som gäller, annars vad som saknas och nästa fråga. "
                + "Anger ingen kontakttyp i PMO eller PASiS.")
            .AddOpenApiOperationTransformer(DescribeRequestBody)
            .AddOpenApiOperationTransformer(EitherResponse.DescribeAsync<CompleteHallandAssessmentResponse>);
        return assessments;
    }

    private static Results<Ok<CompleteHallandAssessmentResponse>, Ok<IncompleteDecisionResponse>, ValidationProblem> Assess(
        ValidatedBody<HallandAssessmentRequest> body, HallandAssessmentEngine engine)
    {
        if (!body.TryGet(out var request, out var problem))
        {
            return problem;
        }

        var assessment = engine.Assess(request.ToAnswers(engine));
        return assessment.Result is { } result
            ? TypedResults.Ok(ToResponse(assessment, result))
            : TypedResults.Ok(new IncompleteDecisionResponse([.. assessment.Missing], DecisionMapper.ToDto(assessment.NextQuestion!)));
    }

    private static CompleteHallandAssessmentResponse ToResponse(HallandAssessment assessment, HallandResult result) => new(
        HallandWireNames.Of(result.Verdict),
        HallandWireNames.Of(assessment.Answers.Channel!.Value),
        [.. result.FailedConditions.Select(ToDto)],
        [.. result.Notes.Select(ToDto)],
        [.. result.Reminders.Select(ToDto)],
        [.. result.Sources.Select(s => new SourceDto(s.Document, s.Section))]);

    private static HallandStatementDto ToDto(HallandStatement statement) =>
        new(statement.Id, statement.Text, statement.Quote, new SourceDto(statement.Source.Document, statement.Source.Section));

    /// <summary>
    /// The request body's schema, built from the profile (its fields are the profile's questions). No
    /// <c>Accepts</c> metadata: a wrong content type must be a 400 problem, not routing's 415.
    /// </summary>
    private static Task DescribeRequestBody(OpenApiOperation operation, OpenApiOperationTransformerContext context, CancellationToken cancellationToken)
    {
        var engine = context.ApplicationServices.GetRequiredService<HallandAssessmentEngine>();
        var properties = new Dictionary<string, IOpenApiSchema>(StringComparer.Ordinal);
        foreach (var name in engine.QuestionNames)
        {
            var condition = engine.Profile.Condition(name);
            var isChoice = name is HallandWireNames.Channel or HallandWireNames.SwitchedFrom;
            properties[name] = new OpenApiSchema
            {
                Type = (isChoice ? JsonSchemaType.String : JsonSchemaType.Boolean) | JsonSchemaType.Null,
                Enum = isChoice ? [.. engine.ValuesOf(name).Select(v => (JsonNode)JsonValue.Create(v))] : null,
                Description = condition is not null
                    ? $"Villkor {condition.Letter}) i halland-dk ”Förutsättningar”: {condition.Question}"
                    : name switch
                    {
                        HallandWireNames.Channel => HallandQuestions.Channel.Text,
                        HallandWireNames.SwitchedFrom => "Kommunikationssättet kontakten bytts från (none: inget byte); aldrig samma som channel.",
                        _ => HallandQuestions.PatientUnder13.Text,
                    },
            };
        }

        operation.RequestBody = new OpenApiRequestBody
        {
            Required = true,
            Content = new Dictionary<string, OpenApiMediaType>
            {
                ["application/json"] = new() { Schema = new OpenApiSchema { Type = JsonSchemaType.Object, Properties = properties, AdditionalPropertiesAllowed = false } },
            },
        };
        return Task.CompletedTask;
    }
}
