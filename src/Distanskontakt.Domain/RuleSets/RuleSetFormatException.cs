namespace Distanskontakt.Domain.RuleSets;

/// <summary>A rule-set file that cannot be used; each problem names the file and the place in it.</summary>
public sealed class RuleSetFormatException(string sourceName, IReadOnlyList<string> problems)
    : Exception($"Regeluppsättningen '{sourceName}' kan inte användas: {string.Join("; ", problems)}")
{
    public string SourceName { get; } = sourceName;
    public IReadOnlyList<string> Problems { get; } = problems;
}
