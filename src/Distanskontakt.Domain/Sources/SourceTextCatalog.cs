using System.Text.Json;
using Distanskontakt.Domain.RuleSets;

namespace Distanskontakt.Domain.Sources;

/// <summary>The instructions' own words, shipped as data, so staff can verify every cited section in place.</summary>
public sealed class SourceTextCatalog(IReadOnlyList<SourceDocument> documents)
{
    private static readonly JsonSerializerOptions _json = new(JsonSerializerDefaults.Web);

    public IReadOnlyList<SourceDocument> Documents { get; } = documents;

    public SourceDocument? Document(string id) => Documents.FirstOrDefault(d => d.Id == id);

    public SourceSection? Section(string document, string section) => Document(document)?.Find(section);

    /// <summary>
    /// Whether <paramref name="quote"/> stands word for word (ordinal, no normalising) in one paragraph or example of
    /// the section: the one check behind every quote the app shows as the instruction's own words. Without a quote
    /// only the section is looked up.
    /// </summary>
    public QuoteCheck Check(string document, string section, string? quote) =>
        Section(document, section) is not { } found ? QuoteCheck.NoSuchSection
        : quote is null || found.Paragraphs.Concat(found.Examples).Any(p => p.Contains(quote, StringComparison.Ordinal)) ? QuoteCheck.Verbatim
        : QuoteCheck.NotVerbatim;

    /// <summary>The shipped texts, read once (the checks of the shipped and uploaded rule sets use them).</summary>
    public static SourceTextCatalog Shipped => _shipped.Value;

    private static readonly Lazy<SourceTextCatalog> _shipped = new(LoadEmbedded);

    public static SourceTextCatalog LoadEmbedded()
    {
        var json = RuleSetCatalog.ReadResource(typeof(SourceTextCatalog).Assembly, "sources/source-texts.json");
        var file = JsonSerializer.Deserialize<SourceFile>(json, _json)
            ?? throw new InvalidOperationException("source-texts.json är tom.");
        return new SourceTextCatalog(file.Documents);
    }

    private sealed record SourceFile(IReadOnlyList<SourceDocument> Documents);
}
