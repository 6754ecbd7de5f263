using System.Text.Json;
using Distanskontakt.Domain.RuleSets;
using Distanskontakt.Domain.Vocabulary;
using static Distanskontakt.Domain.JsonFileReading;

namespace Distanskontakt.Domain.Situations;

/// <summary>
/// Reads a rule set's example file (<c>RuleSets/examples/&lt;id&gt;.examples.json</c>). Strict like
/// <see cref="RuleSetParser"/>: every problem is reported with its JSON path, all at once.
/// </summary>
public static class SituationExampleParser
{
    /// <summary>The inputs an example may decide. System and date belong to the contact; the rest is asked.</summary>
    public static IReadOnlyList<Input> DecidableInputs { get; } =
        [Input.Channel, Input.Via1177Direkt, Input.HandedOverSameUnitSameDay, Input.SupportProgram, Input.ReplacesVisit];

    private static readonly string[] _topFields = ["ruleSet", "examples"];
    private static readonly string[] _exampleFields = ["id", "document", "section", "systems", "text", "answers"];

    public static IReadOnlyList<SituationExample> Parse(string json, string sourceName)
    {
        using var document = OpenObject(json, sourceName);
        var root = document.RootElement;
        var problems = new List<string>();
        CheckFields(root, _topFields, "$", problems);
        var ruleSet = RequiredString(root, "ruleSet", "$", problems);
        var examples = new List<SituationExample>();
        if (!root.TryGetProperty("examples", out var list) || list.ValueKind != JsonValueKind.Array)
        {
            problems.Add("$.examples: en lista krävs");
        }
        else
        {
            var ids = new HashSet<string>(StringComparer.Ordinal);
            var index = 0;
            foreach (var element in list.EnumerateArray())
            {
                var path = $"$.examples[{index++}]";
                if (element.ValueKind != JsonValueKind.Object)
                {
                    problems.Add($"{path}: ett objekt krävs");
                    continue;
                }

                var example = Example(element, ruleSet, path, problems);
                if (!ids.Add(example.Id))
                {
                    problems.Add($"{path}.id: '{example.Id}' förekommer flera gånger");
                }

                examples.Add(example);
            }
        }

        if (problems.Count > 0)
        {
            throw new RuleSetFormatException(sourceName, problems);
        }

        return examples;
    }

    private static SituationExample Example(JsonElement element, string ruleSet, string path, List<string> problems)
    {
        CheckFields(element, _exampleFields, path, problems);
        return new SituationExample(
            RequiredString(element, "id", path, problems),
            ruleSet,
            RequiredString(element, "document", path, problems),
            RequiredString(element, "section", path, problems),
            Systems(element, path, problems),
            RequiredString(element, "text", path, problems),
            ReadAnswers(element, path, problems));
    }

    private static RegistrationSystem[] Systems(JsonElement element, string path, List<string> problems)
    {
        if (!element.TryGetProperty("systems", out var list) || list.ValueKind != JsonValueKind.Array || list.GetArrayLength() == 0)
        {
            problems.Add($"{path}.systems: en lista med minst ett system krävs");
            return [];
        }

        var systems = new List<RegistrationSystem>();
        foreach (var item in list.EnumerateArray())
        {
            if (item.ValueKind == JsonValueKind.String && WireNames.TryParse<RegistrationSystem>(item.GetString(), out var system))
            {
                systems.Add(system);
            }
            else
            {
                problems.Add($"{path}.systems: okänt system (tillåtna: {string.Join(", ", WireNames.All<RegistrationSystem>())})");
            }
        }

        return [.. systems.Distinct()];
    }

    private static Answers ReadAnswers(JsonElement element, string path, List<string> problems)
    {
        var answers = Answers.Empty;
        if (!element.TryGetProperty("answers", out var given) || given.ValueKind != JsonValueKind.Object)
        {
            problems.Add($"{path}.answers: ett objekt krävs");
            return answers;
        }

        foreach (var property in given.EnumerateObject())
        {
            var input = DecidableInputs.Cast<Input?>().FirstOrDefault(i => WireNames.Of(i!.Value) == property.Name);
            if (input is null)
            {
                problems.Add($"{path}.answers.{property.Name}: ett exempel kan bara avgöra {string.Join(", ", DecidableInputs.Select(WireNames.Of))}");
                continue;
            }

            var wire = property.Value.ValueKind switch
            {
                JsonValueKind.String => property.Value.GetString(),
                JsonValueKind.True => "true",
                JsonValueKind.False => "false",
                _ => null,
            };
            if (input != Input.Channel && property.Value.ValueKind == JsonValueKind.String)
            {
                wire = null; // yes/no answers are JSON booleans, as in the API
            }

            if (!answers.TryWith(input.Value, wire, out answers))
            {
                problems.Add($"{path}.answers.{property.Name}: ogiltigt värde");
            }
        }

        return answers;
    }
}
