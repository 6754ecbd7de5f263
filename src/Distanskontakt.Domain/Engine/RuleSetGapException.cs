namespace Distanskontakt.Domain.Engine;

/// <summary>A complete answer path that no rule decides: the rule set is broken (the verifier reports it).</summary>
public sealed class RuleSetGapException(string ruleSetId, string sourceName = "")
    : Exception($"Regeluppsättningen {ruleSetId}{InFile(sourceName)} saknar utfall för denna svarsväg.")
{
    public string RuleSetId { get; } = ruleSetId;

    /// <summary>The file the set came from, so that a start-up refusal names it.</summary>
    public string SourceName { get; } = sourceName;

    internal static string InFile(string sourceName) => sourceName.Length > 0 ? $" (fil {sourceName})" : "";
}
