using Distanskontakt.Domain.Engine;
using Distanskontakt.Domain.Situations;
using Distanskontakt.Domain.Vocabulary;
using Distanskontakt.Search;
using Distanskontakt.Web.Components.Pages.Registrera;
using Distanskontakt.Web.Security;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace Distanskontakt.Web.Api.Situations;

/// <summary>
/// <c>GET /api/v1/situations</c>: staff describe a contact in their own words and get the sources' example bullets
/// that match, each with the answers it decides and the wizard's address. Nothing of the query is logged or kept.
/// </summary>
public static class SituationApi
{
    public static RouteGroupBuilder MapSituationApi(this IEndpointRouteBuilder app)
    {
        // The index is built at start-up, not at the first query.
        _ = app.ServiceProvider.GetRequiredService<SituationSearch>();

        var situations = app.MapGroup("/api/v1/situations").WithTags("Situationer").DisableAntiforgery()
            .RequireRateLimiting(RateLimiting.PublicApiPolicy)
            .RequireAuthorization(DecisionsAccessRequirement.PolicyName);

        situations.MapGet("", Search)
            .WithName("SearchSituations")
            .WithSummary("Exempel ur anvisningarna som liknar en kontakt beskriven med egna ord")
            .WithDescription("Högst 10 exempel, bäst först, ur regeluppsättningen som gäller på kontaktdatumet (tillägg som 1177 direkt ingår) för valt system. Varje exempel citeras ordagrant med dokument och avsnitt, de svar det avgör (samma namn som i POST /api/v1/decisions) och adressen till guiden med svaren ifyllda. En text med personnummer avvisas och loggas inte.")
            .AddOpenApiOperationTransformer(DescribeParameters);
        return situations;
    }

    private static Results<Ok<SituationResponse>, ValidationProblem> Search(HttpContext http, SituationSearch search, DecisionEngine engine)
    {
        var (query, errors) = SituationQuery.Read(http.Request.Query, engine.Today);
        if (query is null)
        {
            return ApiProblems.Invalid(errors);
        }

        var hits = search.Search(query.Text, query.System, query.ContactDate);
        return TypedResults.Ok(new SituationResponse(query.Text, [.. hits.Select(hit => ToDto(hit.Example, query))]));
    }

    internal static SituationResultDto ToDto(SituationExample example, SituationQuery query)
    {
        var answers = example.Answers;
        return new SituationResultDto(
            example.Id,
            example.Text,
            example.Document,
            example.Section,
            new SituationAnswersDto(
                answers.Channel is { } channel ? WireNames.Of(channel) : null,
                answers.Via1177Direkt,
                answers.HandedOverSameUnitSameDay,
                answers.SupportProgram,
                answers.ReplacesVisit),
            WizardUrl.For(example.For(query.System, query.ContactDate)));
    }

    private static Task DescribeParameters(OpenApiOperation operation, OpenApiOperationTransformerContext context, CancellationToken cancellationToken)
    {
        operation.Parameters ??= [];
        operation.Parameters.Add(Parameter(SituationQuery.TextKey, required: true,
            $"Kontakten med egna ord, högst {SituationQuery.MaxLength} tecken, utan personnummer.", JsonSchemaType.String, maxLength: SituationQuery.MaxLength));
        operation.Parameters.Add(Parameter(SituationQuery.SystemKey, required: true,
            "Systemet där kontakten registreras.", JsonSchemaType.String, values: WireNames.All<RegistrationSystem>()));
        operation.Parameters.Add(Parameter(SituationQuery.ContactDateKey, required: false,
            "Kontaktdatum (ÅÅÅÅ-MM-DD, inte i framtiden); utan det gäller dagens datum.", JsonSchemaType.String, format: "date"));
        return Task.CompletedTask;
    }

    private static OpenApiParameter Parameter(string name, bool required, string description, JsonSchemaType type,
        int? maxLength = null, IReadOnlyList<string>? values = null, string? format = null) => new()
    {
        Name = name,
        In = ParameterLocation.Query,
        Required = required,
        Description = description,
        Schema = new OpenApiSchema
        {
            Type = type,
            MaxLength = maxLength,
            Format = format,
            Enum = values?.Select(v => (System.Text.Json.Nodes.JsonNode)System.Text.Json.Nodes.JsonValue.Create(v)!).ToList(),
        },
    };
}
