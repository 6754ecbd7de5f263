using Distanskontakt.Domain.Vocabulary;

namespace Distanskontakt.Domain.Outcomes;

/// <summary>A note on an outcome; <c>Id</c> names its entry in the rule set's interpretation register, if it has one.</summary>
public sealed record Note(NoteKind Kind, string Text, string? Id = null);
