using System.Text.Json;
using Distanskontakt.Domain.Vocabulary;
using Distanskontakt.Domain.RuleSets;

namespace Distanskontakt.Domain.Scenarios;

public static class ScenarioCatalog
{
    private static readonly JsonSerializerOptions _json = new(JsonSerializerDefaults.Web);

    public static IReadOnlyList<Scenario> LoadEmbedded()
    {
        var json = RuleSetCatalog.ReadResource(typeof(ScenarioCatalog).Assembly, "scenarios/scenarios.json");
        return JsonSerializer.Deserialize<ScenarioFile>(json, _json)?.Scenarios
            ?? throw new InvalidOperationException("scenarios.json är tom.");
    }

    /// <summary>The scenario's answers as the engine takes them, with its own contact date.</summary>
    public static Answers ToAnswers(Scenario scenario)
    {
        var answers = Answers.Empty with { ContactDate = scenario.ContactDate };
        foreach (var (name, value) in scenario.Answers)
        {
            if (!WireNames.TryParse<Input>(name, out var input)
                || !answers.TryWith(input, value.ValueKind == JsonValueKind.String ? value.GetString() : value.GetRawText(), out answers))
            {
                throw new InvalidOperationException($"Scenario {scenario.Id}: ogiltigt svar {name}={value.GetRawText()}");
            }
        }

        return answers;
    }

    private sealed record ScenarioFile(IReadOnlyList<Scenario> Scenarios);
}
