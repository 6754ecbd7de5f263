using Distanskontakt.Domain.Engine;
using Distanskontakt.Domain.Vocabulary;

namespace Distanskontakt.Domain.RuleSets;

/// <summary>
/// Logged decisions with the same answers (contact date left out) and the same logged contact type, counted.
/// <see cref="ContactTypeKey"/> is as the log groups it: the code for PASiS, the name for PMO, null when nothing
/// was registered.
/// </summary>
public sealed record LoggedAnswerCount(Answers Answers, string? ContactTypeKey, int Count);

/// <summary>The impact on the decisions logged with one contact type.</summary>
public sealed record ContactTypeImpact(string? ContactTypeKey, int Decisions, int Changed, int Undetermined);

/// <summary>
/// How many logged decisions would be registered differently under the new set (<see cref="Changed"/>) out of
/// those looked at (<see cref="Decisions"/>). <see cref="Undetermined"/> counts decisions whose answers do not
/// reach an outcome under one of the sets (e.g. the new set asks a question these rows were never asked).
/// </summary>
public sealed record RuleSetImpactReport(
    string OldId,
    string NewId,
    int Decisions,
    int Changed,
    int Undetermined,
    IReadOnlyList<ContactTypeImpact> ByContactType);

/// <summary>
/// Issue 8, "Impact on recent practice": the diff applied to the log. Each logged answer set is keyed the way
/// <see cref="RuleSetDiff"/> keys its paths (only the answers on the path count: the row is run through the question
/// flow under the old and the new set, and the answers either flow asks make up the key); a decision is changed when
/// its key is one of the diff's changed paths. The decision is judged by its situation, not by which set logged it.
/// </summary>
public static class RuleSetImpact
{
    public static RuleSetImpactReport Count(RuleSetCatalog catalog, RuleSetDiffReport diff, IEnumerable<LoggedAnswerCount> logged)
    {
        var engine = EngineFor(catalog, diff);
        var changedPaths = diff.Changes.Select(c => c.Path).ToHashSet(StringComparer.Ordinal);
        var byType = new Dictionary<string, (string? Key, int Decisions, int Changed, int Undetermined)>(StringComparer.Ordinal);
        foreach (var group in logged)
        {
            var key = PathKey(engine, diff, group.Answers);
            var slot = group.ContactTypeKey ?? "";
            var (_, decisions, changed, undetermined) = byType.GetValueOrDefault(slot, (group.ContactTypeKey, 0, 0, 0));
            byType[slot] = (
                group.ContactTypeKey,
                decisions + group.Count,
                changed + (key is not null && changedPaths.Contains(key) ? group.Count : 0),
                undetermined + (key is null ? group.Count : 0));
        }

        var impacts = byType.Values
            .Select(t => new ContactTypeImpact(t.Key, t.Decisions, t.Changed, t.Undetermined))
            .OrderByDescending(t => t.Changed).ThenByDescending(t => t.Decisions).ThenBy(t => t.ContactTypeKey, StringComparer.Ordinal)
            .ToList();
        return new RuleSetImpactReport(
            diff.OldId,
            diff.NewId,
            impacts.Sum(t => t.Decisions),
            impacts.Sum(t => t.Changed),
            impacts.Sum(t => t.Undetermined),
            impacts);
    }

    /// <summary>
    /// The diff's path key for a set of answers (date ignored), or null when the answers reach no outcome under one
    /// of the sets, or when the two sets ask such different questions that the diff compared no such path.
    /// </summary>
    public static string? PathKey(RuleSetCatalog catalog, RuleSetDiffReport diff, Answers answers) =>
        PathKey(EngineFor(catalog, diff), diff, answers);

    private static string? PathKey(DecisionEngine engine, RuleSetDiffReport diff, Answers answers)
    {
        var old = engine.Decide(answers with { ContactDate = diff.OldDate });
        var @new = engine.Decide(answers with { ContactDate = diff.NewDate });
        if (!old.Complete || !@new.Complete)
        {
            return null;
        }

        // The diff keys a path by the finer of the two flows; where one asks more, its answers are the key.
        var union = old.Answers with { ContactDate = null };
        foreach (var input in Enum.GetValues<Input>())
        {
            if (input != Input.ContactDate && !union.IsAnswered(input) && @new.Answers.IsAnswered(input))
            {
                union = union.WithCode(input, @new.Answers.Code(input));
            }
        }

        var key = RuleSetDiff.Key(union);
        // Neither flow's own path: each set asks something the other does not, and the diff compared neither.
        return key == RuleSetDiff.Key(old.Answers) || key == RuleSetDiff.Key(@new.Answers) ? key : null;
    }

    /// <summary>An engine on the later of the two comparison dates, as the diff decides both sides.</summary>
    private static DecisionEngine EngineFor(RuleSetCatalog catalog, RuleSetDiffReport diff)
    {
        var region = catalog.Find(diff.OldId)?.Region
            ?? throw new ArgumentException($"Regeluppsättningen '{diff.OldId}' finns inte i katalogen.", nameof(diff));
        var today = diff.OldDate > diff.NewDate ? diff.OldDate : diff.NewDate;
        return new DecisionEngine(catalog, new FixedTimeProvider(new DateTimeOffset(today.ToDateTime(new TimeOnly(12, 0)), TimeSpan.Zero)), region);
    }
}
