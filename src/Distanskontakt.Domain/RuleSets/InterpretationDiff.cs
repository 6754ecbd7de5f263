namespace Distanskontakt.Domain.RuleSets;

/// <summary>
/// How a new version's interpretation register differs from the one of the set it replaces (docs/domain.md §10.4), by entry
/// id: what the rule owner has to confirm anew. Changed means the same id with another kind, reading or quotes.
/// </summary>
public sealed record InterpretationDiffReport(
    IReadOnlyList<Interpretation> Added,
    IReadOnlyList<(Interpretation Old, Interpretation New)> Changed,
    IReadOnlyList<Interpretation> Dropped)
{
    public bool IsEmpty => Added.Count == 0 && Changed.Count == 0 && Dropped.Count == 0;
}

public static class InterpretationDiff
{
    public static InterpretationDiffReport Compare(RuleSet oldSet, RuleSet newSet)
    {
        ArgumentNullException.ThrowIfNull(oldSet);
        ArgumentNullException.ThrowIfNull(newSet);
        var added = newSet.Interpretations.Where(n => oldSet.Interpretation(n.Id) is null).ToList();
        var dropped = oldSet.Interpretations.Where(o => newSet.Interpretation(o.Id) is null).ToList();
        var changed = newSet.Interpretations
            .Select(n => (Old: oldSet.Interpretation(n.Id), New: n))
            .Where(p => p.Old is not null && !p.Old.SameAs(p.New))
            .Select(p => (p.Old!, p.New))
            .ToList();
        return new InterpretationDiffReport(added, changed, dropped);
    }
}
