using Distanskontakt.Domain.Outcomes;
using Distanskontakt.Domain.Vocabulary;

namespace Distanskontakt.Domain.RuleSets;

/// <summary>
/// One instruction version as data (a rule-set file). An overlay adds to the rule set in force and carries the
/// notes to attach when it is used outside its own validity.
/// </summary>
public sealed class RuleSet
{
    public required string Id { get; init; }
    public required string Version { get; init; }
    public required string Region { get; init; }
    public required RuleSetKind Kind { get; init; }
    public required string Title { get; init; }
    public DateOnly? ValidFrom { get; init; }
    public DateOnly? ValidTo { get; init; }
    public string? Supersedes { get; init; }
    public required IReadOnlyDictionary<ObligationId, string> ObligationTexts { get; init; }
    public required IReadOnlyList<Rule> Rules { get; init; }

    /// <summary>Overlays only: attached when the contact date lies before <see cref="ValidFrom"/>.</summary>
    public Note? NoteBeforeValidity { get; init; }

    /// <summary>Overlays only: attached when the contact date lies after <see cref="ValidTo"/>.</summary>
    public Note? NoteAfterValidity { get; init; }

    /// <summary>The interpretation register: every reading the set's notes rest on, with its quotes (docs/domain.md §10.4).</summary>
    public IReadOnlyList<Interpretation> Interpretations { get; init; } = [];

    /// <summary>
    /// Overlays only: the register entry of the note the engine writes when a newer set's contact-type name is used
    /// instead of this overlay's (docs/rules-interpretation.md §5).
    /// </summary>
    public string? OverruledNameNote { get; init; }

    public Interpretation? Interpretation(string id) => Interpretations.FirstOrDefault(i => i.Id == id);

    /// <summary>The file the set was read from, for error messages.</summary>
    public string SourceName { get; init; } = "";

    public bool Covers(DateOnly date) =>
        (ValidFrom is null || date >= ValidFrom) && (ValidTo is null || date <= ValidTo);

    /// <summary>True when this set's instruction is newer than <paramref name="other"/>'s (an open start is oldest).</summary>
    public bool IsNewerThan(RuleSet other) =>
        (ValidFrom ?? DateOnly.MinValue) > (other.ValidFrom ?? DateOnly.MinValue);

    /// <summary>
    /// The section that the set's own deciding rule for this system and channel cites first, on the side of
    /// "replaces a visit" given: where the instruction's examples for that side stand. Null when the set does
    /// not register such a contact (e.g. skane-v3 video that does not replace a visit).
    /// </summary>
    public SourceReference? ExampleSection(RegistrationSystem system, Channel channel, bool replacesVisit)
    {
        var answers = default(AnswerCodes)
            .With(Input.System, (int)system)
            .With(Input.Channel, (int)channel)
            .With(Input.ReplacesVisit, replacesVisit ? 1 : 0);
        var rule = Rules.FirstOrDefault(r => r.Decision?.Registration is RegistrationKind.Register or RegistrationKind.Optional
            && r.Matches(answers));
        return rule?.Sources.FirstOrDefault();
    }

    public RuleSetReference Reference(RuleSetStatus status) => new(Id, Title, Kind, ValidFrom, ValidTo, status);

    public override string ToString() => Id;
}
