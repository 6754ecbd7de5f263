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
    /// <summary>The sections for the rule set that decides, or null when it has none for this channel.</summary>
    public static ReplacesVisitExamplePair? For(string ruleSetId, RegistrationSystem system, Channel channel) =>
        (ruleSetId, system, channel) switch
        {
            ("skane-v4", RegistrationSystem.Pmo, Channel.Video) => new("skane-v4", "§1.6.1", "§1.6.2"),
            ("skane-v4", RegistrationSystem.Pmo, Channel.Phone) => new("skane-v4", "§1.6.3", "§1.6.4"),
            ("skane-v4", RegistrationSystem.Pmo, Channel.Text) => new("skane-v4", "§1.6.5", "§1.6.6"),
            ("skane-v4", RegistrationSystem.Pasis, Channel.Video) => new("skane-v4", "§1.7.1", "§1.7.2"),
            ("skane-v4", RegistrationSystem.Pasis, Channel.Phone) => new("skane-v4", "§1.7.3", "§1.7.4"),
            ("skane-v4", RegistrationSystem.Pasis, Channel.Text) => new("skane-v4", "§1.7.5", "§1.7.6"),
            ("skane-v3", RegistrationSystem.Pmo, Channel.Video) => new("skane-v3", "PMO - Distanskontakt realtid bild/ljud/chatt", null),
            ("skane-v3", RegistrationSystem.Pmo, Channel.Phone) => new("skane-v3", "PMO - Telefonkontakt som ersätter besök", "PMO - Telefonsamtal"),
            ("skane-v3", RegistrationSystem.Pmo, Channel.Text) => new("skane-v3", "PMO Text som ersätter besök", "PMO - Text som inte ersätter besök"),
            ("skane-v3", RegistrationSystem.Pasis, Channel.Video) => new("skane-v3", "PASiS – kontakttyp VK", null),
            ("skane-v3", RegistrationSystem.Pasis, Channel.Phone) => new("skane-v3", "PASiS – kontakttyp KT", "PASiS – kontakttyp TE"),
            ("skane-v3", RegistrationSystem.Pasis, Channel.Text) => new("skane-v3", "PASiS – kontakttyp KB", "PASiS – kontakttyp BR"),
            _ => null,
        };
}
