namespace Distanskontakt.Domain.Engine;

/// <summary>Two deciding rules of one file match one path: the rule set is broken (the verifier reports it).</summary>
public sealed class RuleSetAmbiguityException(string ruleSetId, IReadOnlyList<string> ruleIds, string sourceName = "")
    : Exception($"Regeluppsättningen {ruleSetId}{RuleSetGapException.InFile(sourceName)} har flera utfall för samma svarsväg: {string.Join(", ", ruleIds)}.")
{
    public string RuleSetId { get; } = ruleSetId;
    public IReadOnlyList<string> RuleIds { get; } = ruleIds;

    /// <summary>The file the set came from, so that a start-up refusal names it.</summary>
    public string SourceName { get; } = sourceName;
}
