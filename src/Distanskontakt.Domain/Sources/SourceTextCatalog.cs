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

    public static SourceTextCatalog LoadEmbedded()
    {
        var json = RuleSetCatalog.ReadResource(typeof(SourceTextCatalog).Assembly, "sources/source-texts.json");
        var file = JsonSerializer.Deserialize<SourceFile>(json, _json)
            ?? throw new InvalidOperationException("source-texts.json är tom.");
        return new SourceTextCatalog(file.Documents);
    }

    private sealed record SourceFile(IReadOnlyList<SourceDocument> Documents);
}
