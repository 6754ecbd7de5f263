using System.Text.Json;

namespace Distanskontakt.Web.Tests.Api;

/// <summary>
/// The responses the OpenAPI document promises, per operation: they come from the handlers' typed results (and the
/// few statuses no result type can tell, such as 401/403 from authorization), so a changed signature shows here.
/// </summary>
public sealed class OpenApiResponsesTests(ApiFactory factory) : IClassFixture<ApiFactory>
{
    private const string Problem = "application/problem+json";

    /// <summary>
    /// operationId → status → (content type, schema: a component name, "type:…" for an inline schema, "anyOf:A|B" for
    /// a body that is one of two components).
    /// </summary>
    public static TheoryData<string, string, string, string> Responses() => new()
    {
        { "Decide", "200", "application/json", "anyOf:CompleteDecisionResponse|IncompleteDecisionResponse" },
        { "Decide", "400", Problem, "HttpValidationProblemDetails" },
        { "ListRuleSets", "200", "application/json", "type:array" },
        { "ListInterpretations", "200", "application/json", "InterpretationRegisterDto" },
        { "ListInterpretations", "404", Problem, "ProblemDetails" },
        { "AssessHalland", "200", "application/json", "anyOf:CompleteHallandAssessmentResponse|IncompleteDecisionResponse" },
        { "AssessHalland", "400", Problem, "HttpValidationProblemDetails" },
        { "SearchSituations", "200", "application/json", "SituationResponse" },
        { "SearchSituations", "400", Problem, "HttpValidationProblemDetails" },
        { "LogDecision", "201", "application/json", "LoggedDecisionDto" },
        { "LogDecision", "400", Problem, "HttpValidationProblemDetails" },
        { "LogDecision", "401", Problem, "ProblemDetails" },
        { "LogDecision", "403", Problem, "ProblemDetails" },
        { "LogDecision", "409", Problem, "ProblemDetails" },
        { "LogDecision", "503", Problem, "ProblemDetails" },
        { "ListRegistrations", "200", "application/json", "RegistrationPageDto" },
        { "ListRegistrations", "400", Problem, "HttpValidationProblemDetails" },
        { "ListRegistrations", "401", Problem, "ProblemDetails" },
        { "ListRegistrations", "403", Problem, "ProblemDetails" },
        { "GetRegistration", "200", "application/json", "LoggedDecisionDto" },
        { "GetRegistration", "401", Problem, "ProblemDetails" },
        { "GetRegistration", "403", Problem, "ProblemDetails" },
        { "GetRegistration", "404", Problem, "ProblemDetails" },
        { "ExportRegistrations", "200", "text/csv", "type:string" },
        { "ExportRegistrations", "400", Problem, "HttpValidationProblemDetails" },
        { "ExportRegistrations", "401", Problem, "ProblemDetails" },
        { "ExportRegistrations", "403", Problem, "ProblemDetails" },
    };

    [Theory]
    [MemberData(nameof(Responses))]
    public async Task ShouldDescribeEachResponseOfEachOperation(string operationId, string status, string contentType, string schema)
    {
        var operation = (await OperationsAsync())[operationId];

        var content = operation.GetProperty("responses").GetProperty(status).GetProperty("content");
        Assert.Equal(schema, Name(content.GetProperty(contentType).GetProperty("schema")));
    }

    [Theory]
    [InlineData("CompleteDecisionResponse", "contactType")]
    [InlineData("CompleteHallandAssessmentResponse", "failedConditions")]
    public async Task ShouldDescribeTheCompleteAnswerAsAComponent(string component, string property)
    {
        var text = await factory.CreateClient().GetStringAsync(new Uri("/openapi/v1.json", UriKind.Relative), TestContext.Current.CancellationToken);
        using var document = JsonDocument.Parse(text);

        var schema = document.RootElement.GetProperty("components").GetProperty("schemas").GetProperty(component);
        Assert.True(schema.GetProperty("properties").TryGetProperty("complete", out _));
        Assert.True(schema.GetProperty("properties").TryGetProperty(property, out _));
    }

    private static string Name(JsonElement schema) =>
        schema.TryGetProperty("$ref", out var reference) ? reference.GetString()!["#/components/schemas/".Length..]
        : schema.TryGetProperty("anyOf", out var alternatives) ? "anyOf:" + string.Join('|', alternatives.EnumerateArray().Select(Name))
        : "type:" + schema.GetProperty("type").GetString();

    [Fact]
    public async Task ShouldListNoOtherResponses()
    {
        var operations = await OperationsAsync();
        var expected = Responses().Select(row => (row.Data.Item1, row.Data.Item2)).ToHashSet();

        var described = operations.SelectMany(o => o.Value.GetProperty("responses").EnumerateObject().Select(r => (o.Key, r.Name))).ToHashSet();

        Assert.Equal(expected.Order(), described.Order());
    }

    [Theory]
    [InlineData("Decide", "system")]
    [InlineData("AssessHalland", "channel")]
    public async Task ShouldDescribeTheHandReadBodyAndNoParameterForIt(string operationId, string field)
    {
        var operation = (await OperationsAsync())[operationId];

        Assert.False(operation.TryGetProperty("parameters", out _), operation.GetRawText());
        var schema = operation.GetProperty("requestBody").GetProperty("content").GetProperty("application/json").GetProperty("schema");
        Assert.True(schema.GetProperty("properties").TryGetProperty(field, out _));
    }

    [Fact]
    public async Task ShouldDescribeTheRegistrationBodyWithItsCommentAndTheIdempotencyKeyHeader()
    {
        var operation = (await OperationsAsync())["LogDecision"];

        var properties = operation.GetProperty("requestBody").GetProperty("content").GetProperty("application/json")
            .GetProperty("schema").GetProperty("properties");
        Assert.True(properties.TryGetProperty("system", out _));
        Assert.Equal(200, properties.GetProperty("comment").GetProperty("maxLength").GetInt32());
        var header = Assert.Single(operation.GetProperty("parameters").EnumerateArray());
        Assert.Equal("Idempotency-Key", header.GetProperty("name").GetString());
        Assert.Equal("header", header.GetProperty("in").GetString());
    }

    private async Task<Dictionary<string, JsonElement>> OperationsAsync()
    {
        var text = await factory.CreateClient().GetStringAsync(new Uri("/openapi/v1.json", UriKind.Relative), TestContext.Current.CancellationToken);
        using var document = JsonDocument.Parse(text);
        return document.RootElement.GetProperty("paths").EnumerateObject()
            .SelectMany(path => path.Value.EnumerateObject())
            .ToDictionary(operation => operation.Value.GetProperty("operationId").GetString()!, operation => operation.Value.Clone());
    }
}
