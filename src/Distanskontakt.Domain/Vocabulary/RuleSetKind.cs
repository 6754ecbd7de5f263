namespace Distanskontakt.Domain.Vocabulary;

/// <summary>A rule set decides on its own; an overlay (1177 direkt) adds to the rule set in force.</summary>
public enum RuleSetKind
{
    RuleSet,
    Overlay,
}
