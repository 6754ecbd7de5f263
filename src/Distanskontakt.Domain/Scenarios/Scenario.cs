namespace Distanskontakt.Domain.Scenarios;

/// <summary>
/// A situation from the instructions with its hand-written correct registration (the rule tables, docs/domain.md
/// §5–§6). Used by the scenario tests and, later, the trainer mode. Answers and expectations stay in wire form.
/// </summary>
public sealed record Scenario(
    string Id,
    string Title,
    string Document,
    string Section,
    string Situation,
    DateOnly ContactDate,
    IReadOnlyDictionary<string, System.Text.Json.JsonElement> Answers,
    ScenarioExpectation Expected);

public sealed record ScenarioExpectation(
    string RuleSet,
    string Registration,
    ScenarioContactType? ContactType,
    IReadOnlyList<ScenarioObligation> Obligations,
    IReadOnlyList<string> NoteKinds,
    IReadOnlyList<Outcomes.SourceReference> Sources);

public sealed record ScenarioContactType(string System, string? Code, string Name);

public sealed record ScenarioObligation(string Id, string Level);
