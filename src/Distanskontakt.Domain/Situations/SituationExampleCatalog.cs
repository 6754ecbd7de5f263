using Distanskontakt.Domain.RuleSets;
using Distanskontakt.Domain.Vocabulary;

namespace Distanskontakt.Domain.Situations;

/// <summary>
/// The example bullets of every shipped rule set, one embedded file per set (<c>examples/&lt;id&gt;.examples.json</c>):
/// a new rule-set version brings its own file and nothing else changes.
/// </summary>
public sealed class SituationExampleCatalog
{
    private const string ResourcePrefix = "examples/";
    private const string FileSuffix = ".examples.json";

    private readonly Dictionary<string, SituationExample[]> _byRuleSet;

    public SituationExampleCatalog(IEnumerable<SituationExample> examples)
    {
        All = [.. examples];
        var duplicate = All.GroupBy(e => e.Id, StringComparer.Ordinal).FirstOrDefault(g => g.Count() > 1);
        if (duplicate is not null)
        {
            throw new RuleSetFormatException("exempelfilerna", [$"id '{duplicate.Key}' förekommer i flera filer"]);
        }

        _byRuleSet = All.GroupBy(e => e.RuleSet, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.ToArray(), StringComparer.Ordinal);
    }

    public IReadOnlyList<SituationExample> All { get; }

    /// <summary>The examples of one rule set or overlay (none when it ships no example file).</summary>
    public IReadOnlyList<SituationExample> Of(string ruleSet) => _byRuleSet.GetValueOrDefault(ruleSet) ?? [];

    /// <summary>The examples that apply to a decision under <paramref name="sets"/> (a set and its overlays) in one system.</summary>
    public IEnumerable<SituationExample> For(IEnumerable<RuleSet> sets, RegistrationSystem system) =>
        sets.SelectMany(set => Of(set.Id)).Where(e => e.Systems.Contains(system));

    public static SituationExampleCatalog LoadEmbedded() => new(EmbeddedFileTexts().SelectMany(file => SituationExampleParser.Parse(file.Text, file.Name)));

    /// <summary>The shipped example files (name and text), in name order.</summary>
    public static IEnumerable<(string Name, string Text)> EmbeddedFileTexts()
    {
        var assembly = typeof(SituationExampleCatalog).Assembly;
        foreach (var name in assembly.GetManifestResourceNames()
            .Where(n => n.StartsWith(ResourcePrefix, StringComparison.Ordinal) && n.EndsWith(FileSuffix, StringComparison.Ordinal))
            .Order(StringComparer.Ordinal))
        {
            yield return (name[ResourcePrefix.Length..], RuleSetCatalog.ReadResource(assembly, name));
        }
    }
}
