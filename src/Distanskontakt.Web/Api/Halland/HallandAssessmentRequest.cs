using System.Text.Json;
using Distanskontakt.Domain.Halland;

namespace Distanskontakt.Web.Api.Halland;

/// <summary>
/// A Halland assessment request as received: each field of the JSON object by its exact name, kept raw so that the
/// validator can name every wrong type or value. The fields are the profile's questions (<c>channel</c>, the
/// condition ids, <c>switchedFrom</c>, <c>patientUnder13</c>); null or an omitted field means "not answered".
/// </summary>
public sealed class HallandAssessmentRequest(IReadOnlyDictionary<string, JsonElement> fields, IReadOnlyList<string> duplicateFields)
    : IJsonObjectRequest<HallandAssessmentRequest>
{
    public IReadOnlyDictionary<string, JsonElement> Fields { get; } = fields;

    public IReadOnlyList<string> DuplicateFields { get; } = duplicateFields;

    static HallandAssessmentRequest IJsonObjectRequest<HallandAssessmentRequest>.FromFields(
        IReadOnlyDictionary<string, JsonElement> fields, IReadOnlyList<string> duplicateFields) => new(fields, duplicateFields);

    /// <summary>The field's value, or null when it is omitted or JSON null ("not answered").</summary>
    public JsonElement? Field(string name) =>
        Fields.TryGetValue(name, out var value) && value.ValueKind != JsonValueKind.Null ? value : null;

    /// <summary>The answers; runs after validation, so every value is one the question takes.</summary>
    public HallandAnswers ToAnswers(HallandAssessmentEngine engine)
    {
        var answers = HallandAnswers.Empty;
        foreach (var name in engine.QuestionNames)
        {
            if (Field(name) is not { } value)
            {
                continue;
            }

            var text = value.ValueKind == JsonValueKind.String ? value.GetString() : value.GetRawText();
            if (!engine.TryWith(answers, name, text, out answers))
            {
                throw new InvalidOperationException($"Field {name} was not validated.");
            }
        }

        return answers;
    }
}
