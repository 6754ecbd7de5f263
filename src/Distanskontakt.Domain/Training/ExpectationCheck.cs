using Distanskontakt.Domain.Engine;
using Distanskontakt.Domain.Outcomes;
using Distanskontakt.Domain.Vocabulary;

namespace Distanskontakt.Domain.Training;

/// <summary>
/// The engine's outcome for a scenario at the scenario's own date, next to the hand-written expectation. A
/// scenario whose expectation differs is <em>inaktuell</em> (stale): a rule-set update changed what is right, or
/// the scenario was written wrong. Either way the teaching material needs a look.
/// </summary>
public sealed record ExpectationCheck(Outcome? EngineOutcome, IReadOnlyList<string> Differences)
{
    public bool IsStale => Differences.Count > 0;

    public static ExpectationCheck For(TrainingScenario scenario, DecisionEngine engine)
    {
        FlowResult flow;
        try
        {
            flow = engine.Decide(scenario.Answers with { ContactDate = scenario.ContactDate });
        }
        catch (ContactDateInFutureException)
        {
            return new ExpectationCheck(null, ["Scenariots datum ligger i framtiden."]);
        }

        if (flow.Outcome is not { } outcome)
        {
            var missing = string.Join(", ", flow.Missing.Select(WireNames.Of));
            return new ExpectationCheck(null, [$"Svaren räcker inte för ett beslut (saknas: {missing})."]);
        }

        return new ExpectationCheck(outcome, Compare(scenario.Expected, outcome));
    }

    /// <summary>What differs, in Swedish; empty when the engine agrees.</summary>
    public static IReadOnlyList<string> Compare(ExpectedRegistration expected, Outcome outcome)
    {
        var differences = new List<string>();
        if (expected.RuleSet != outcome.RuleSet.Id)
        {
            differences.Add($"Regeluppsättning: förväntad {expected.RuleSet}, motorn {outcome.RuleSet.Id}.");
        }

        if (expected.Registration != outcome.Registration)
        {
            differences.Add($"Registrering: förväntad {TrainingTexts.Registration(expected.Registration)}, motorn {TrainingTexts.Registration(outcome.Registration)}.");
        }

        if (!SameType(expected.ContactType, outcome.ContactType))
        {
            differences.Add($"Kontakttyp: förväntad {TrainingTexts.ContactType(expected.ContactType)}, motorn {TrainingTexts.ContactType(outcome.ContactType)}.");
        }

        var wanted = expected.AllLevels
            ? expected.Obligations.Select(o => (o.Id, o.Level)).ToHashSet()
            : expected.Required.Select(id => (id, ObligationLevel.Required)).ToHashSet();
        var actual = outcome.Obligations
            .Where(o => expected.AllLevels || o.Level == ObligationLevel.Required)
            .Select(o => (o.Id, o.Level))
            .ToHashSet();
        if (!wanted.SetEquals(actual))
        {
            differences.Add($"Skyldigheter: förväntade {Describe(wanted)}, motorn {Describe(actual)}.");
        }

        return differences;
    }

    private static bool SameType(ContactType? expected, ContactType? actual) =>
        expected is null || actual is null
            ? expected is null && actual is null
            : expected.System == actual.System && expected.Code == actual.Code && expected.Name == actual.Name;

    private static string Describe(IEnumerable<(ObligationId Id, ObligationLevel Level)> obligations)
    {
        var list = obligations.OrderBy(o => o.Id).Select(o => $"{WireNames.Of(o.Id)} ({WireNames.Of(o.Level)})").ToList();
        return list.Count == 0 ? "inga" : string.Join(", ", list);
    }
}
