using Distanskontakt.Domain.Vocabulary;

namespace Distanskontakt.Domain.Situations;

/// <summary>
/// One example bullet of a regional instruction, quoted verbatim, with the answers it implies (docs/domain.md §3 inputs
/// such as <c>channel</c> and <c>replacesVisit</c>) for the systems its section speaks of. The answers hold only
/// what the section decides; the wizard asks the rest.
/// </summary>
public sealed record SituationExample(
    string Id,
    string RuleSet,
    string Document,
    string Section,
    IReadOnlyList<RegistrationSystem> Systems,
    string Text,
    Answers Answers)
{
    /// <summary>The example's answers with the system and date of a contact: what the wizard and the API start from.</summary>
    public Answers For(RegistrationSystem system, DateOnly? contactDate) =>
        Answers with { System = system, ContactDate = contactDate };
}
