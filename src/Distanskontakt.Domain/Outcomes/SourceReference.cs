namespace Distanskontakt.Domain.Outcomes;

/// <summary>A cited section: <c>Document</c> is a source id of docs/domain.md §1, <c>Section</c> "§1.7.3" or a heading.</summary>
public sealed record SourceReference(string Document, string Section)
{
    public override string ToString() => $"{Document} {Section}";
}
