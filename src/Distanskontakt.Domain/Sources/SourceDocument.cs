namespace Distanskontakt.Domain.Sources;

/// <summary>A regional instruction (docs/domain.md §1) with its sections in the document's order.</summary>
public sealed record SourceDocument(string Id, string Title, string Issuer, string Validity, string File, IReadOnlyList<SourceSection> Sections)
{
    public SourceSection? Find(string section) => Sections.FirstOrDefault(s => s.Section == section);
}
