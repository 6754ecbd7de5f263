using Distanskontakt.Domain.Outcomes;
using Distanskontakt.Domain.Vocabulary;

namespace Distanskontakt.Domain.RuleSets;

/// <summary>
/// One entry of a rule set's interpretation register (docs/domain.md §10.4): where the set reads the instruction rather than
/// repeats it. Notes of kind <c>interpretation</c>, <c>carriedOver</c> and <c>conflict</c> name an entry by its id, so
/// the region's rule owner can confirm the reading, or change it in a new version, against the quoted words.
/// </summary>
public sealed record Interpretation(string Id, NoteKind Kind, IReadOnlyList<SourceQuote> Quotes, string Reading)
{
    /// <summary>The kinds of note that must stand in the register.</summary>
    public static bool IsRegistered(NoteKind kind) => kind is NoteKind.Interpretation or NoteKind.CarriedOver or NoteKind.Conflict;

    /// <summary>Same id, kind, reading and quotes: what the diff of two versions compares.</summary>
    public bool SameAs(Interpretation other) =>
        other.Id == Id && other.Kind == Kind && other.Reading == Reading && other.Quotes.SequenceEqual(Quotes);
}

/// <summary>Words of an instruction, verbatim, and the section they stand in.</summary>
public sealed record SourceQuote(string Document, string Section, string Text)
{
    public SourceReference Source => new(Document, Section);
}
