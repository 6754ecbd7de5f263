using Distanskontakt.Domain.Vocabulary;

namespace Distanskontakt.Domain.Outcomes;

/// <summary>
/// The registration decided for a complete set of answers (docs/domain.md §4). <c>Trace</c> lists the ids of the rules
/// that produced it, in the order they were applied.
/// </summary>
public sealed record Outcome(
    RuleSetReference RuleSet,
    RegistrationKind Registration,
    ContactType? ContactType,
    IReadOnlyList<Obligation> Obligations,
    IReadOnlyList<Note> Notes,
    IReadOnlyList<SourceReference> Sources,
    IReadOnlyList<string> Trace);
