namespace Distanskontakt.Infrastructure.RuleSets;

/// <summary>The <c>Rules</c> section, as far as the registry of uploaded rule sets reads it.</summary>
public sealed class RuleSetRegistryOptions
{
    public const string SectionName = "Rules";

    /// <summary>How often each instance reads the active files again, so that all instances answer alike.</summary>
    public int RefreshSeconds { get; set; } = 30;
}
