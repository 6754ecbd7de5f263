using System.Globalization;
using System.Text.RegularExpressions;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;
using NJsonSchema;
using NJsonSchema.Validation;

namespace Distanskontakt.RuleSetFiles;

/// <summary>
/// The published JSON Schema of rule-set files (<c>schemas/ruleset.schema.json</c>, embedded), and its check with
/// NJsonSchema. Each error is one problem in the parser's style: the JSON path (with the rule's id), then what is wrong.
/// </summary>
public static partial class RuleSetSchema
{
    public const string ResourceName = "schemas/ruleset.schema.json";

    private const int ShownValueLength = 60;

    private static readonly Lazy<JsonSchema> _schema = new(Load);

    /// <summary>The schema text as published.</summary>
    public static string Text { get; } = ReadResource();

    public static JsonSchema Schema => _schema.Value;

    /// <summary>Problems of a file against the schema; empty when it conforms. Unreadable JSON is one problem.</summary>
    public static IReadOnlyList<string> Validate(string json)
    {
        ArgumentNullException.ThrowIfNull(json);
        JToken root;
        try
        {
            // Dates stay strings (Json.NET would otherwise turn "2025-01-01" into a date the pattern never sees).
            using var reader = new JsonTextReader(new StringReader(json)) { DateParseHandling = DateParseHandling.None };
            root = JToken.ReadFrom(reader, new JsonLoadSettings { CommentHandling = CommentHandling.Ignore });
        }
        catch (JsonReaderException e)
        {
            return [$"ogiltig JSON ({e.Message})"];
        }

        var problems = new List<string>();
        foreach (var error in Schema.Validate(root))
        {
            Describe(error, root, problems);
        }

        return problems.Distinct(StringComparer.Ordinal).ToList();
    }

    private static void Describe(ValidationError error, JToken root, List<string> problems)
    {
        if (error is ChildSchemaValidationError parent)
        {
            if (error.Kind is ValidationErrorKind.NotOneOf or ValidationErrorKind.NotAnyOf or ValidationErrorKind.NoTypeValidates)
            {
                // "A value or a list of values", "a text or null": explain against the branch of the value's own type.
                var branch = parent.Errors.FirstOrDefault(b => Accepts(b.Key.ActualSchema, error.Token));
                if (branch.Value is { Count: > 0 } inner)
                {
                    foreach (var innerError in inner)
                    {
                        Describe(innerError, root, problems);
                    }

                    return;
                }
            }
            else if (parent.Errors.Values.Any(e => e.Count > 0))
            {
                // An item of a list or a nested object: its own errors say more than "not valid".
                foreach (var innerError in parent.Errors.Values.SelectMany(e => e))
                {
                    Describe(innerError, root, problems);
                }

                return;
            }
        }

        problems.Add($"{DisplayPath(error, root)}: {Message(error)}");
    }

    private static string Message(ValidationError error) => error.Kind switch
    {
        ValidationErrorKind.NoAdditionalPropertiesAllowed => "okänt fält",
        ValidationErrorKind.PropertyRequired => "saknas",
        ValidationErrorKind.NotInEnumeration =>
            $"otillåtet värde {Shown(error.Token)} (tillåtna: {string.Join(", ", error.Schema?.ActualSchema.Enumeration.Select(v => v?.ToString()) ?? [])})",
        ValidationErrorKind.PatternMismatch when error.Schema?.ActualSchema.Pattern?.StartsWith('^') == true =>
            "datum på formen ÅÅÅÅ-MM-DD krävs",
        ValidationErrorKind.PatternMismatch => "får inte vara tom",
        ValidationErrorKind.StringTooLong => string.Create(CultureInfo.InvariantCulture,
            $"för lång (högst {error.Schema?.ActualSchema.MaxLength} tecken)"),
        ValidationErrorKind.TooFewItems => "en tom lista är inte tillåten",
        ValidationErrorKind.StringExpected => $"en text krävs, inte {Shown(error.Token)}",
        ValidationErrorKind.BooleanExpected => $"true eller false krävs, inte {Shown(error.Token)}",
        ValidationErrorKind.ArrayExpected => $"en lista krävs, inte {Shown(error.Token)}",
        ValidationErrorKind.ObjectExpected => $"ett objekt krävs, inte {Shown(error.Token)}",
        ValidationErrorKind.NotOneOf or ValidationErrorKind.NotAnyOf => $"otillåtet värde {Shown(error.Token)}",
        _ => $"följer inte schemat ({error.Kind}) vid värdet {Shown(error.Token)}",
    };

    /// <summary>Whether a oneOf branch is the one meant for a value of this JSON type.</summary>
    private static bool Accepts(JsonSchema branch, JToken? token)
    {
        var type = token?.Type switch
        {
            JTokenType.String => JsonObjectType.String,
            JTokenType.Boolean => JsonObjectType.Boolean,
            JTokenType.Array => JsonObjectType.Array,
            JTokenType.Object => JsonObjectType.Object,
            JTokenType.Integer => JsonObjectType.Integer,
            JTokenType.Float => JsonObjectType.Number,
            JTokenType.Null => JsonObjectType.Null,
            _ => JsonObjectType.None,
        };
        return type != JsonObjectType.None && (branch.Type.HasFlag(type)
            || (branch.Type == JsonObjectType.None && branch.Enumeration.Count > 0 && type == JsonObjectType.String));
    }

    /// <summary><c>#/rules[3].when.channel</c> as <c>$.rules[3] (v4-pasis-vk).when.channel</c>.</summary>
    private static string DisplayPath(ValidationError error, JToken root)
    {
        var path = error.Path ?? "#";
        path = path.StartsWith("#/", StringComparison.Ordinal) ? "$." + path[2..] : "$";
        if (error.Kind == ValidationErrorKind.PropertyRequired && error.Property is { } property
            && !path.EndsWith("." + property, StringComparison.Ordinal))
        {
            path = path == "$" ? $"$.{property}" : $"{path}.{property}";
        }

        return RuleIndex().Replace(path, match =>
        {
            var index = int.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture);
            var rules = root["rules"] as JArray;
            var id = rules is not null && index < rules.Count && rules[index] is JObject rule && rule["id"] is JValue { Type: JTokenType.String } value
                ? (string?)value
                : null;
            return id is null ? match.Value : $"{match.Value} ({id})";
        }, 1);
    }

    private static string Shown(JToken? token)
    {
        var text = token?.ToString(Formatting.None) ?? "null";
        return text.Length <= ShownValueLength ? text : text[..ShownValueLength] + "…";
    }

    private static JsonSchema Load() => JsonSchema.FromJsonAsync(Text).GetAwaiter().GetResult();

    private static string ReadResource()
    {
        using var stream = typeof(RuleSetSchema).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"Resursen '{ResourceName}' saknas.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }

    [GeneratedRegex(@"^\$\.rules\[(\d+)\]")]
    private static partial Regex RuleIndex();
}
