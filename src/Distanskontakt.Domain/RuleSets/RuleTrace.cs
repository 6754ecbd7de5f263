namespace Distanskontakt.Domain.RuleSets;

/// <summary>One rule id of a stored trace, with the rule and the set (or overlay) that holds it; both null when unknown.</summary>
public sealed record TracedRule(string RuleId, RuleSet? Set, Rule? Rule);

/// <summary>
/// A stored trace resolved against a catalog. <see cref="RuleSet"/> is null when the catalog no longer knows the set
/// that decided (e.g. a removed file): the ids are all that is left.
/// </summary>
public sealed record ResolvedTrace(string RuleSetId, RuleSet? RuleSet, IReadOnlyList<TracedRule> Rules)
{
    public bool RuleSetKnown => RuleSet is not null;
}

/// <summary>
/// Looks up the rules of a logged decision's trace (issue 8: the admin row detail shows each rule's content and
/// source even after newer sets took over). The catalog keeps superseded and expired sets, so the lookup is by the
/// logged set id and its overlays, never by the set in force today.
/// </summary>
public static class RuleTrace
{
    public static ResolvedTrace Resolve(RuleSetCatalog catalog, string ruleSetId, IEnumerable<string> trace)
    {
        var decided = catalog.FindRuleSet(ruleSetId);
        var sets = decided is null ? [] : catalog.WithOverlays(decided);
        var rules = trace.Select(id =>
        {
            foreach (var set in sets)
            {
                if (set.Rules.FirstOrDefault(r => r.Id == id) is { } rule)
                {
                    return new TracedRule(id, set, rule);
                }
            }

            return new TracedRule(id, null, null);
        });
        return new ResolvedTrace(ruleSetId, decided, [.. rules]);
    }
}
