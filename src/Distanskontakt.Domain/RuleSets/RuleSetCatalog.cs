using System.Reflection;
using Distanskontakt.Domain.Sources;
using Distanskontakt.Domain.Vocabulary;

namespace Distanskontakt.Domain.RuleSets;

/// <summary>
/// The known rule sets and overlays, and which one is in force on a day. A set that another set
/// <c>supersedes</c> ends the day before its successor starts.
/// </summary>
public sealed class RuleSetCatalog
{
    private readonly RuleSet[] _sets;
    private readonly Dictionary<RuleSet, RuleSet[]> _overlays = [];
    private readonly Dictionary<RuleSet, RuleSet[]> _withOverlays = [];

    public RuleSetCatalog(IEnumerable<RuleSet> sets)
    {
        _sets = [.. sets];
        var problems = new List<string>();
        foreach (var duplicate in _sets.GroupBy(s => s.Id, StringComparer.Ordinal).Where(g => g.Count() > 1))
        {
            problems.Add($"id '{duplicate.Key}' förekommer i flera filer");
        }

        foreach (var set in _sets.Where(s => s.Supersedes is not null))
        {
            if (!_sets.Any(s => s.Id == set.Supersedes))
            {
                problems.Add($"{set.Id}: supersedes '{set.Supersedes}' är okänd");
            }
        }

        var ruleSets = _sets.Where(s => s.Kind == RuleSetKind.RuleSet).ToArray();
        for (var i = 0; i < ruleSets.Length; i++)
        {
            for (var j = i + 1; j < ruleSets.Length; j++)
            {
                var (a, b) = (ruleSets[i], ruleSets[j]);
                if (a.Region == b.Region && a.Supersedes != b.Id && b.Supersedes != a.Id && Overlap(a, b))
                {
                    problems.Add($"{a.Id} och {b.Id} gäller samtidigt för {a.Region} utan att den ena ersätter den andra");
                }
            }
        }

        if (problems.Count > 0)
        {
            throw new RuleSetFormatException("katalogen", problems);
        }

        // Looked up on every decision: computed once.
        foreach (var set in _sets)
        {
            _overlays[set] = [.. _sets.Where(s => s.Kind == RuleSetKind.Overlay && s.Region == set.Region)
                .OrderBy(s => s.ValidFrom ?? DateOnly.MinValue)];
            _withOverlays[set] = [set, .. _overlays[set]];
        }
    }

    public IReadOnlyList<RuleSet> All => _sets;

    /// <summary>The set or overlay with this id (ids are unique in a catalog), or null.</summary>
    public RuleSet? Find(string id) => Array.Find(_sets, s => s.Id == id);

    /// <summary>The rule set (not an overlay) with this id, or null.</summary>
    public RuleSet? FindRuleSet(string id) => Find(id) is { Kind: RuleSetKind.RuleSet } set ? set : null;

    /// <summary>The rule sets (not overlays) in the Skåne region's files, and the rest, as shipped in the assembly.</summary>
    public static RuleSetCatalog LoadEmbedded() => new(LoadEmbeddedFiles());

    /// <summary>The shipped sets, each read and its interpretation register checked word for word against the sources.</summary>
    public static IEnumerable<RuleSet> LoadEmbeddedFiles() =>
        EmbeddedFileTexts().Select(file => InterpretationRegister.Verified(RuleSetParser.Parse(file.Text, file.Name), SourceTextCatalog.Shipped));

    /// <summary>The shipped files as written (file name and text), in name order: for checks that read the text itself.</summary>
    public static IEnumerable<(string Name, string Text)> EmbeddedFileTexts()
    {
        var assembly = typeof(RuleSetCatalog).Assembly;
        foreach (var name in assembly.GetManifestResourceNames().Where(n => n.StartsWith(ResourcePrefix, StringComparison.Ordinal)).Order(StringComparer.Ordinal))
        {
            yield return (name[ResourcePrefix.Length..], ReadResource(assembly, name));
        }
    }

    /// <summary>The text of the shipped file of <paramref name="id"/>, or null when no such file is shipped.</summary>
    public static string? EmbeddedFileText(string id) =>
        typeof(RuleSetCatalog).Assembly.GetManifestResourceInfo($"{ResourcePrefix}{id}.json") is null
            ? null
            : ReadResource(typeof(RuleSetCatalog).Assembly, $"{ResourcePrefix}{id}.json");

    private const string ResourcePrefix = "rulesets/";

    /// <summary>The last day the set is in force: its own end, or the day before a superseding set starts.</summary>
    public DateOnly? EffectiveEnd(RuleSet set)
    {
        var end = set.ValidTo;
        foreach (var successor in _sets)
        {
            if (successor.Supersedes == set.Id && successor.ValidFrom is { } start)
            {
                var dayBefore = start.AddDays(-1);
                end = end is null || dayBefore < end ? dayBefore : end;
            }
        }

        return end;
    }

    public bool IsInForceOn(RuleSet set, DateOnly day) =>
        (set.ValidFrom is null || day >= set.ValidFrom) && (EffectiveEnd(set) is not { } end || day <= end);

    /// <summary>
    /// The rule set that decides for a contact date in a region: the one in force, else the newest that ended
    /// before the date (status <c>expired</c>). Null when the region has no set that started by then.
    /// </summary>
    public (RuleSet Set, RuleSetStatus Status)? Select(string region, DateOnly date)
    {
        RuleSet? latestEnded = null;
        foreach (var set in _sets)
        {
            if (set.Kind != RuleSetKind.RuleSet || set.Region != region)
            {
                continue;
            }

            if (IsInForceOn(set, date))
            {
                return (set, RuleSetStatus.InForce);
            }

            if (EffectiveEnd(set) is { } end && end < date
                && (latestEnded is null || end > EffectiveEnd(latestEnded)))
            {
                latestEnded = set;
            }
        }

        return latestEnded is null ? null : (latestEnded, RuleSetStatus.Expired);
    }

    /// <summary>The overlays that add to <paramref name="set"/> (same region), oldest first.</summary>
    public IReadOnlyList<RuleSet> OverlaysFor(RuleSet set) => _overlays[set];

    /// <summary>The set followed by its overlays: everything whose rules apply to a decision under it.</summary>
    public IReadOnlyList<RuleSet> WithOverlays(RuleSet set) => _withOverlays[set];

    /// <summary>Status of a set on a listing day (docs/domain.md §4): in force, scheduled, superseded by a newer set, or expired.</summary>
    public RuleSetStatus StatusOn(RuleSet set, DateOnly day)
    {
        if (set.ValidFrom is { } from && day < from)
        {
            return RuleSetStatus.Scheduled;
        }

        if (IsInForceOn(set, day))
        {
            return RuleSetStatus.InForce;
        }

        var end = EffectiveEnd(set)!.Value;
        var succeeded = _sets.Any(s => s.Kind == set.Kind && s.Region == set.Region && s != set
            && s.ValidFrom is { } start && start > end);
        return succeeded ? RuleSetStatus.Superseded : RuleSetStatus.Expired;
    }

    private static bool Overlap(RuleSet a, RuleSet b) =>
        (a.ValidFrom ?? DateOnly.MinValue) <= (b.ValidTo ?? DateOnly.MaxValue)
        && (b.ValidFrom ?? DateOnly.MinValue) <= (a.ValidTo ?? DateOnly.MaxValue);

    internal static string ReadResource(Assembly assembly, string name)
    {
        using var stream = assembly.GetManifestResourceStream(name)
            ?? throw new InvalidOperationException($"Resursen '{name}' saknas.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
