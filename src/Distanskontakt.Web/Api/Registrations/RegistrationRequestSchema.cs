using Distanskontakt.Domain.Log;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace Distanskontakt.Web.Api.Registrations;

/// <summary>
/// <c>POST /api/v1/registrations</c> as the OpenAPI document describes it: the decision request's fields plus
/// <c>comment</c>, and the optional <c>Idempotency-Key</c> header. The body is read by hand, like the decision's.
/// </summary>
internal static class RegistrationRequestSchema
{
    public static Task Describe(OpenApiOperation operation, OpenApiOperationTransformerContext context, CancellationToken cancellationToken)
    {
        var schema = DecisionRequestSchema.Create();
        schema.Properties![RegistrationRequest.CommentField] = new OpenApiSchema
        {
            Type = JsonSchemaType.String | JsonSchemaType.Null,
            MaxLength = RegistrationLogLimits.CommentMaxLength,
            Description = "Kommentar till beslutet, utan personnummer eller annat som pekar ut patienten.",
        };
        operation.RequestBody = new OpenApiRequestBody
        {
            Required = true,
            Content = new Dictionary<string, OpenApiMediaType> { ["application/json"] = new() { Schema = schema } },
        };

        operation.Parameters ??= [];
        operation.Parameters.Add(new OpenApiParameter
        {
            Name = RegistrationApi.IdempotencyKeyHeader,
            In = ParameterLocation.Header,
            Required = false,
            Description = "Samma nyckel vid ett nytt försök ger samma rad, aldrig en till (synliga ASCII-tecken).",
            Schema = new OpenApiSchema { Type = JsonSchemaType.String, MaxLength = RegistrationLogLimits.IdempotencyKeyMaxLength },
        });
        return Task.CompletedTask;
    }
}
