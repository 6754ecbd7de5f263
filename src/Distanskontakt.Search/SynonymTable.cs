using System.Text.Json;

namespace Distanskontakt.Search;

/// <summary>
/// The domain's words for the same thing (<c>situation-synonyms.json</c>): ringde ↔ telefon, chatt ↔ meddelande ↔
/// 1177. Kept as stems, so the table is looked up with the terms of an analysed query.
/// </summary>
internal sealed class SynonymTable
{
    private readonly Dictionary<string, string[]> _byStem;

    public SynonymTable(IEnumerable<IReadOnlyList<string>> groups, Func<string, string?> stem)
    {
        var byStem = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);
        foreach (var group in groups)
        {
            var stems = group.Select(stem).OfType<string>().Distinct(StringComparer.Ordinal).ToArray();
            foreach (var member in stems)
            {
                if (!byStem.TryGetValue(member, out var others))
                {
                    byStem[member] = others = new HashSet<string>(StringComparer.Ordinal);
                }

                others.UnionWith(stems.Where(s => s != member));
            }
        }

        _byStem = byStem.ToDictionary(p => p.Key, p => p.Value.Order(StringComparer.Ordinal).ToArray(), StringComparer.Ordinal);
        Words = [.. groups.SelectMany(g => g)];
    }

    /// <summary>Every word of the list as written (they join the index's vocabulary for compound splitting).</summary>
    public IReadOnlyList<string> Words { get; }

    public IReadOnlyList<string> Of(string stem) => _byStem.GetValueOrDefault(stem) ?? [];

    public static IReadOnlyList<IReadOnlyList<string>> LoadEmbeddedGroups()
    {
        using var stream = typeof(SynonymTable).Assembly.GetManifestResourceStream("situation-synonyms.json")
            ?? throw new InvalidOperationException("Resursen 'situation-synonyms.json' saknas.");
        var file = JsonSerializer.Deserialize<SynonymFile>(stream, new JsonSerializerOptions(JsonSerializerDefaults.Web))
            ?? throw new InvalidOperationException("situation-synonyms.json är tom.");
        return file.Groups;
    }

    private sealed record SynonymFile(string? Comment, IReadOnlyList<IReadOnlyList<string>> Groups);
}
