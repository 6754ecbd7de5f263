namespace Distanskontakt.Domain.Sources;

/// <summary>One section of a regional instruction, quoted verbatim: its paragraphs and its example bullets.</summary>
public sealed record SourceSection(string Section, string Heading, IReadOnlyList<string> Paragraphs, IReadOnlyList<string> Examples);
