using Distanskontakt.Domain.RuleSets;
using Distanskontakt.Domain.Vocabulary;

namespace Distanskontakt.Web.Components.Pages.Registrera;

/// <summary>
/// Which source sections hold the examples on both sides of "Ersätter kontakten ett besök?" for a channel and
/// system under a rule set. A side is null when the instruction has no section for it (skane-v3 has no
/// "video that does not replace a visit" for either system).
/// </summary>
public sealed record ReplacesVisitExamplePair(string Document, string? Replacing, string? NotReplacing);

public static class ReplacesVisitExampleSections
{
    /// <summary>
    /// The sections cited by the rule set's own deciding rules (data, so a new version needs no code change),
    /// or null when the set registers neither side for this channel.
    /// </summary>
    public static ReplacesVisitExamplePair? For(RuleSet ruleSet, RegistrationSystem system, Channel channel)
    {
        var replacing = ruleSet.ExampleSection(system, channel, replacesVisit: true);
        var notReplacing = ruleSet.ExampleSection(system, channel, replacesVisit: false);
        var document = (replacing ?? notReplacing)?.Document;
        return document is null ? null : new(document, replacing?.Section, notReplacing?.Section);
    }
}
