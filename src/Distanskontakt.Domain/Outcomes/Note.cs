using Distanskontakt.Domain.Vocabulary;

namespace Distanskontakt.Domain.Outcomes;

public sealed record Note(NoteKind Kind, string Text);
