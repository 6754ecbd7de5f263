using Distanskontakt.Domain.Engine;
using Distanskontakt.Domain.Outcomes;
using Distanskontakt.Domain.Scenarios;
using Distanskontakt.Domain.Vocabulary;
using Distanskontakt.TestUtilities;

namespace Distanskontakt.Domain.Tests;

/// <summary>
/// Every example of the sources, with its expected registration written by hand from the spec's tables
/// (Scenarios/scenarios.json): the engine is compared with the instruction, never with itself.
/// </summary>
public sealed class ScenarioTests
{
    private static readonly IReadOnlyList<Scenario> _scenarios = ScenarioCatalog.LoadEmbedded();

    public static TheoryData<string> ScenarioIds() => [.. _scenarios.Select(s => s.Id)];

    [Fact]
    public void ShouldShipAtLeastEightyScenariosWithUniqueIds()
    {
        Assert.True(_scenarios.Count >= 80, $"{_scenarios.Count} scenarios");
        Assert.Equal(_scenarios.Count, _scenarios.Select(s => s.Id).Distinct().Count());
        Console.WriteLine($"Scenarios: {_scenarios.Count}");
    }

    [Theory]
    [MemberData(nameof(ScenarioIds))]
    public void ShouldRegisterTheScenarioAsTheInstructionSays(string id)
    {
        var scenario = _scenarios.Single(s => s.Id == id);
        var engine = Clocks.Engine(Clocks.MidV4());

        var result = engine.Decide(ScenarioCatalog.ToAnswers(scenario));

        Assert.True(result.Complete, $"incomplete, missing {string.Join(", ", result.Missing)}");
        var outcome = result.Outcome!;
        var expected = scenario.Expected;
        Assert.Equal(expected.RuleSet, outcome.RuleSet.Id);
        Assert.Equal(expected.Registration, WireNames.Of(outcome.Registration));
        Assert.Equal(
            expected.ContactType is null ? null : $"{expected.ContactType.System}|{expected.ContactType.Code}|{expected.ContactType.Name}",
            outcome.ContactType is null ? null : $"{WireNames.Of(outcome.ContactType.System)}|{outcome.ContactType.Code}|{outcome.ContactType.Name}");
        Assert.Equal(
            expected.Obligations.Select(o => $"{o.Id}:{o.Level}").Order(StringComparer.Ordinal),
            outcome.Obligations.Select(o => $"{WireNames.Of(o.Id)}:{WireNames.Of(o.Level)}").Order(StringComparer.Ordinal));
        Assert.Equal(
            expected.NoteKinds.Order(StringComparer.Ordinal),
            outcome.Notes.Where(n => n.Kind != NoteKind.Info).Select(n => WireNames.Of(n.Kind)).Order(StringComparer.Ordinal));
        foreach (var source in expected.Sources)
        {
            Assert.True(Cites(outcome, source), $"{source} not cited; cited: {string.Join(", ", outcome.Sources)}");
        }
    }

    /// <summary>A section is cited when it or a parent section is (§3.1 covers §3.1.2).</summary>
    private static bool Cites(Outcome outcome, SourceReference expected) =>
        outcome.Sources.Any(s => s.Document == expected.Document
            && (s.Section == expected.Section || expected.Section.StartsWith(s.Section + ".", StringComparison.Ordinal)));
}
