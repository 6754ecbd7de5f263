using System.Text.Json;
using Distanskontakt.Domain.RuleSets;

namespace Distanskontakt.Domain;

/// <summary>
/// The strict reading shared by the data-file parsers (rule sets, the Halland profile): every problem is added
/// to the list with its JSON path, so a file reports all its problems at once.
/// </summary>
internal static class JsonFileReading
{
    /// <summary>Parses a data file whose root must be an object; anything else is refused naming the file.</summary>
    public static JsonDocument OpenObject(string json, string sourceName)
    {
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(json, new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip });
        }
        catch (JsonException e)
        {
            throw new RuleSetFormatException(sourceName, [$"ogiltig JSON ({e.Message})"]);
        }

        if (document.RootElement.ValueKind != JsonValueKind.Object)
        {
            document.Dispose();
            throw new RuleSetFormatException(sourceName, ["$: ett JSON-objekt krävs"]);
        }

        return document;
    }

    public static void CheckFields(JsonElement element, string[] allowed, string path, List<string> problems)
    {
        foreach (var property in element.EnumerateObject())
        {
            if (!allowed.Contains(property.Name, StringComparer.Ordinal))
            {
                problems.Add($"{path}.{property.Name}: okänt fält");
            }
        }
    }

    public static string RequiredString(JsonElement owner, string name, string path, List<string> problems)
    {
        if (owner.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String
            && !string.IsNullOrWhiteSpace(value.GetString()))
        {
            return value.GetString()!;
        }

        problems.Add($"{path}.{name}: saknas eller är inte en text");
        return "";
    }

    public static string? OptionalString(JsonElement owner, string name, string path, List<string> problems)
    {
        if (!owner.TryGetProperty(name, out var value) || value.ValueKind == JsonValueKind.Null)
        {
            return null;
        }

        if (value.ValueKind == JsonValueKind.String)
        {
            return value.GetString();
        }

        problems.Add($"{path}.{name}: en text krävs");
        return null;
    }
}
