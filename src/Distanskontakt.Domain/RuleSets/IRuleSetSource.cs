namespace Distanskontakt.Domain.RuleSets;

/// <summary>
/// Where the engine reads the rule sets from. The shipped files never change, but sets that administrators
/// activate at run time do: the source hands out a new immutable catalog, and each decision reads it once.
/// </summary>
public interface IRuleSetSource
{
    RuleSetCatalog Current { get; }
}

/// <summary>A source that never changes (tests, the command line, the shipped files alone).</summary>
public sealed class FixedRuleSetSource(RuleSetCatalog catalog) : IRuleSetSource
{
    public RuleSetCatalog Current { get; } = catalog;
}
