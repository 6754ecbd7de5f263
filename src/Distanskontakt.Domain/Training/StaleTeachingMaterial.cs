using Distanskontakt.Domain.Engine;
using Distanskontakt.Domain.Outcomes;
using Distanskontakt.Domain.RuleSets;
using Distanskontakt.Domain.Vocabulary;

namespace Distanskontakt.Domain.Training;

/// <summary>
/// A scenario whose hand-written expectation no longer holds under the new set. <see cref="NewOutcome"/> is the
/// engine's outcome under it (null when the answers do not suffice there); <see cref="Differences"/> say what
/// differs, in Swedish, as <see cref="ExpectationCheck"/> words it. <see cref="AlreadyStale"/>: the expectation
/// differed from the set it was written for already.
/// </summary>
public sealed record StaleScenario(TrainingScenario Scenario, Outcome? NewOutcome, IReadOnlyList<string> Differences, bool AlreadyStale);

/// <summary>
/// Issue 8, "Stale teaching material": the scenarios written for the set being replaced (their expected rule set
/// is the diff's old set), shipped or a trainer's own, whose expectation would change under the new set. Each is
/// decided on the first day of the new set (the diff's new date) and compared with its expectation the way
/// <see cref="ExpectationCheck"/> compares, the rule set's id aside (it differs by design). Scenarios of other sets
/// teach those sets and are left alone.
/// </summary>
public static class StaleTeachingMaterial
{
    public static IReadOnlyList<StaleScenario> Find(RuleSetCatalog catalog, RuleSetDiffReport diff, IEnumerable<TrainingScenario> scenarios)
    {
        var region = catalog.Find(diff.NewId)?.Region
            ?? throw new ArgumentException($"Regeluppsättningen '{diff.NewId}' finns inte i katalogen.", nameof(diff));
        var today = diff.OldDate > diff.NewDate ? diff.OldDate : diff.NewDate;
        var engine = new DecisionEngine(catalog, new FixedTimeProvider(new DateTimeOffset(today.ToDateTime(new TimeOnly(12, 0)), TimeSpan.Zero)), region);

        var stale = new List<StaleScenario>();
        foreach (var scenario in scenarios.Where(s => s.Expected.RuleSet == diff.OldId))
        {
            var flow = engine.Decide(scenario.Answers with { ContactDate = diff.NewDate });
            IReadOnlyList<string> differences = flow.Outcome is { } outcome
                ? ExpectationCheck.Compare(scenario.Expected with { RuleSet = diff.NewId }, outcome)
                : [$"Svaren räcker inte för ett beslut enligt {diff.NewId} (saknas: {string.Join(", ", flow.Missing.Select(WireNames.Of))})."];
            if (differences.Count > 0)
            {
                var already = ExpectationCheck.For(scenario, engine).IsStale;
                stale.Add(new StaleScenario(scenario, flow.Outcome, differences, already));
            }
        }

        return stale;
    }
}
