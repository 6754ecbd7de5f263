using Distanskontakt.Domain.RuleSets;
using Distanskontakt.Domain.Vocabulary;

namespace Distanskontakt.Domain.Training;

/// <summary>
/// Which scenarios an övning draws from. By default (<see cref="RuleSetId"/> null) only scenarios whose date falls
/// under the rule set in force today, so trainees learn today's names; a trainer may pick an older set, one
/// system, or 1177 direkt only.
/// </summary>
public sealed record QuizSelection(string? RuleSetId = null, RegistrationSystem? System = null, bool Only1177Direkt = false)
{
    public static QuizSelection Default { get; } = new();
}

/// <summary>Draws an övning: the pool that fits a selection, then N of them in random order.</summary>
public static class QuizDraw
{
    /// <summary>The scenarios that fit, in their original order. Dates are matched with the catalog's own choice of set.</summary>
    public static IReadOnlyList<TrainingScenario> Pool(
        IEnumerable<TrainingScenario> scenarios, QuizSelection selection, RuleSetCatalog catalog, string region, DateOnly today)
    {
        var ruleSetId = selection.RuleSetId ?? catalog.Select(region, today)?.Set.Id;
        return
        [
            .. scenarios.Where(s =>
                catalog.Select(region, s.ContactDate)?.Set.Id == ruleSetId
                && (selection.System is null || s.System == selection.System)
                && (!selection.Only1177Direkt || s.Via1177Direkt)),
        ];
    }

    /// <summary><paramref name="count"/> distinct scenarios of the pool (all of them when it is smaller), shuffled.</summary>
    public static IReadOnlyList<TrainingScenario> Draw(IReadOnlyList<TrainingScenario> pool, int count, Random random)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(count);
        var shuffled = pool.ToArray();
        random.Shuffle(shuffled);
        return shuffled.Length <= count ? shuffled : shuffled[..count];
    }
}
