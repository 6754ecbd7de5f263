using System.Text.Json;
using Distanskontakt.Domain;
using Distanskontakt.Domain.Vocabulary;

namespace Distanskontakt.Web.Api;

/// <summary>
/// A decision request as received: each field of the JSON object by its exact (case-sensitive) name. Kept raw
/// so that the validator can name every wrong type or value; <see cref="ToAnswers"/> runs after validation.
/// </summary>
public class DecisionRequest : IJsonObjectRequest<DecisionRequest>
{
    /// <summary>The request fields in docs/domain.md §3 order, as the API spells them.</summary>
    public static readonly IReadOnlyList<string> FieldNames = [.. Inputs.All.Select(i => i.Name)];

    private static readonly HashSet<string> _fieldNameSet = new(FieldNames, StringComparer.Ordinal);

    public DecisionRequest(IReadOnlyDictionary<string, JsonElement> fields, IReadOnlyList<string> duplicateFields)
        : this(fields, duplicateFields, [])
    {
    }

    static DecisionRequest IJsonObjectRequest<DecisionRequest>.FromFields(
        IReadOnlyDictionary<string, JsonElement> fields, IReadOnlyList<string> duplicateFields) => new(fields, duplicateFields);

    /// <summary>A request that may also carry <paramref name="extraFields"/> (the registrations API's <c>comment</c>).</summary>
    protected DecisionRequest(IReadOnlyDictionary<string, JsonElement> fields, IReadOnlyList<string> duplicateFields, IReadOnlyList<string> extraFields)
    {
        Fields = fields;
        DuplicateFields = duplicateFields;
        AllowedFields = extraFields.Count == 0 ? FieldNames : [.. FieldNames, .. extraFields];
    }

    public IReadOnlyDictionary<string, JsonElement> Fields { get; }

    public IReadOnlyList<string> DuplicateFields { get; }

    /// <summary>The fields this request may carry: the answers, and any extra fields of the endpoint.</summary>
    public IReadOnlyList<string> AllowedFields { get; }

    public IEnumerable<string> UnknownFields => Fields.Keys.Where(k => !IsAllowed(k));

    private bool IsAllowed(string name) =>
        _fieldNameSet.Contains(name) || (!ReferenceEquals(AllowedFields, FieldNames) && AllowedFields.Contains(name, StringComparer.Ordinal));

    /// <summary>The field's value, or null when it is omitted or JSON null ("not answered").</summary>
    public JsonElement? Field(string name) =>
        Fields.TryGetValue(name, out var value) && value.ValueKind != JsonValueKind.Null ? value : null;

    public Answers ToAnswers()
    {
        var answers = Answers.Empty;
        foreach (var input in Inputs.All)
        {
            var name = input.Name;
            if (Field(name) is not { } value)
            {
                continue;
            }

            var text = value.ValueKind == JsonValueKind.String ? value.GetString() : value.GetRawText();
            if (!answers.TryWith(input.Input, text, out answers))
            {
                throw new InvalidOperationException($"Field {name} was not validated.");
            }
        }

        return answers;
    }
}
