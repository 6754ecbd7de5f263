using System.Text.Json.Nodes;
using Distanskontakt.Domain.Questions;
using Distanskontakt.Domain.Vocabulary;
using Microsoft.OpenApi;

namespace Distanskontakt.Web.Api;

/// <summary>
/// The decision request as the OpenAPI document describes it (docs/domain.md §3), built from <see cref="Inputs.All"/>: one
/// property per input, null or omitted meaning "not answered". The endpoint reads the body by hand
/// (<see cref="DecisionRequestReader"/>).
/// </summary>
public static class DecisionRequestSchema
{
    public static OpenApiSchema Create()
    {
        var properties = new Dictionary<string, IOpenApiSchema>(StringComparer.Ordinal);
        foreach (var input in Inputs.All)
        {
            properties[input.Name] = input.Type switch
            {
                AnswerType.Choice => new OpenApiSchema
                {
                    Type = JsonSchemaType.String | JsonSchemaType.Null,
                    Enum = [.. input.Options.Select(o => (JsonNode)JsonValue.Create(o.Value))],
                    Description = input.Question.Text,
                },
                AnswerType.Date => new OpenApiSchema
                {
                    Type = JsonSchemaType.String | JsonSchemaType.Null,
                    Format = "date",
                    Description = input.Question.Text,
                },
                _ => new OpenApiSchema { Type = JsonSchemaType.Boolean | JsonSchemaType.Null, Description = input.Question.Text },
            };
        }

        return new OpenApiSchema { Type = JsonSchemaType.Object, Properties = properties, AdditionalPropertiesAllowed = false };
    }
}
