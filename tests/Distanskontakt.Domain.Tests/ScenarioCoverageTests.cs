using System.Globalization;
using Distanskontakt.Domain.RuleSets;
using Distanskontakt.Domain.Scenarios;
using Distanskontakt.TestUtilities;

namespace Distanskontakt.Domain.Tests;

/// <summary>
/// Issue 8, coverage: the share of each shipped rule set's rules that the hand-written scenarios exercise. A rule
/// is exercised when it is in the trace of the engine's outcome for a scenario at the scenario's own date. A rule
/// without a scenario fails the test: close the gap with a scenario written from the spec, never from the engine.
/// </summary>
public sealed class ScenarioCoverageTests(ITestOutputHelper output)
{
    public static TheoryData<string> ShippedSets() => [.. Clocks.Catalog.All.Select(s => s.Id)];

    private static readonly Lazy<HashSet<string>> _exercised = new(() =>
    {
        var engine = Clocks.Engine(Clocks.MidV4());
        return [.. ScenarioCatalog.LoadEmbedded()
            .Select(scenario => engine.Decide(ScenarioCatalog.ToAnswers(scenario)).Outcome)
            .OfType<Outcomes.Outcome>()
            .SelectMany(outcome => outcome.Trace)];
    });

    [Fact]
    public void ShouldCoverEveryShippedSet()
    {
        Assert.Equal(["skane-1177d", "skane-v3", "skane-v4"], Clocks.Catalog.All.Select(s => s.Id).Order(StringComparer.Ordinal));
    }

    [Theory]
    [MemberData(nameof(ShippedSets))]
    public void EveryRuleShouldBeExercisedByAHandWrittenScenario(string setId)
    {
        var set = Clocks.Catalog.All.Single(s => s.Id == setId);
        var uncovered = set.Rules.Select(r => r.Id).Where(id => !_exercised.Value.Contains(id)).ToList();
        var covered = set.Rules.Count - uncovered.Count;

        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{set.Id}: {covered}/{set.Rules.Count} regler täckta av scenarier ({100.0 * covered / set.Rules.Count:0.0} %)"));
        Assert.True(uncovered.Count == 0, $"{set.Id}: regler utan scenario: {string.Join(", ", uncovered)}");
    }
}
