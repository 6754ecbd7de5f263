namespace Distanskontakt.Domain.Engine;

/// <summary>A complete answer path that no rule decides: the rule set is broken (the verifier reports it).</summary>
public sealed class RuleSetGapException(string ruleSetId)
    : Exception($"Regeluppsättningen {ruleSetId} saknar utfall för denna svarsväg.")
{
    public string RuleSetId { get; } = ruleSetId;
}
