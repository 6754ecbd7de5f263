using System.Globalization;
using Distanskontakt.Domain.Engine;
using Distanskontakt.Domain.Outcomes;
using Distanskontakt.Domain.Vocabulary;

namespace Distanskontakt.Domain.RuleSets;

/// <summary>What changed on one answer path between two rule sets (wire names, stable for JSON output).</summary>
public static class RuleSetChangeKind
{
    public const string ContactType = "contactType";
    public const string Registration = "registration";
    public const string ObligationAdded = "obligationAdded";
    public const string ObligationRemoved = "obligationRemoved";
    public const string ObligationLevel = "obligationLevel";
    public const string Notes = "notes";

    public static IReadOnlyList<string> All { get; } =
        [ContactType, Registration, ObligationAdded, ObligationRemoved, ObligationLevel, Notes];
}

/// <summary>The comparable part of an outcome: what a user registers, not which set or rule said so.</summary>
public sealed record DiffOutcome(
    string Registration,
    string? ContactTypeCode,
    string? ContactTypeName,
    IReadOnlyList<string> Obligations,
    IReadOnlyList<string> Notes)
{
    public override string ToString()
    {
        var type = ContactTypeName is null ? "-" : ContactTypeCode is null ? ContactTypeName : $"{ContactTypeCode} {ContactTypeName}";
        var obligations = Obligations.Count == 0 ? "-" : string.Join(", ", Obligations);
        return $"{Registration} | {type} | {obligations}";
    }
}

/// <summary>One answer path (answers without the contact date) whose outcome differs between the sets.</summary>
public sealed record RuleSetPathChange(
    string Path,
    IReadOnlyList<string> Kinds,
    DiffOutcome Old,
    DiffOutcome New);

/// <summary>The diff of two rule sets: the changed paths, grouped by kind, with a count per kind.</summary>
public sealed record RuleSetDiffReport(
    string OldId,
    string NewId,
    DateOnly OldDate,
    DateOnly NewDate,
    int PathsCompared,
    IReadOnlyList<RuleSetPathChange> Changes)
{
    /// <summary>Changed paths per kind (a path with several kinds of change is in each of its groups).</summary>
    public IReadOnlyDictionary<string, IReadOnlyList<RuleSetPathChange>> ByKind =>
        RuleSetChangeKind.All.ToDictionary(k => k, k => (IReadOnlyList<RuleSetPathChange>)[.. Changes.Where(c => c.Kinds.Contains(k))]);

    public IReadOnlyDictionary<string, int> Counts => ByKind.ToDictionary(p => p.Key, p => p.Value.Count);
}

/// <summary>
/// Compares an old and a new rule set of one catalog path by path (issue 8, "Preview and activate").
/// <para>
/// Every answer path of the question flow is walked under each set, the old one from a contact date inside the old
/// set (its first day) and the new one from a date inside the new set (its first day), with one engine whose clock
/// stands on the later of the two dates. Paths are keyed by their answers without the contact date; the union of
/// both walks is compared. A path that one set asks more finely than the other is decided under the coarser set
/// by dropping the extra answers (the engine ignores off-path answers), so every situation is compared on the
/// finest split; the coarser key itself, which cannot be completed under the finer set, is covered by its finer
/// paths and not listed.
/// </para>
/// <para>
/// Compared: registration kind, contact type (code and name), obligations (id and level; texts are not compared)
/// and notes. Notes that come only from the contact date are removed before comparing, since the two sides are
/// necessarily decided on different dates: the overlays' <c>noteBeforeValidity</c>/<c>noteAfterValidity</c>
/// (overlay used outside its window), notes of kind <c>expired</c> (the set's expired status), and the
/// end-warning info note ("&lt;id&gt; gäller till …"). In the engine's overlay interpretation note ("… skane-v4 är
/// nyare, så dess namn …") the deciding set's own id is replaced by <c>{set}</c>, so that the new id alone is no
/// change; note texts from the files are compared as written. The rule set reference, sources and trace always differ and are not compared.
/// </para>
/// </summary>
public static class RuleSetDiff
{
    public static RuleSetDiffReport Compare(RuleSetCatalog catalog, string oldId, string newId)
    {
        var oldSet = Find(catalog, oldId);
        var newSet = Find(catalog, newId);
        if (oldSet.Region != newSet.Region)
        {
            throw new ArgumentException($"{oldId} och {newId} gäller olika regioner.", nameof(newId));
        }

        var oldDate = DateInside(catalog, oldSet);
        var newDate = DateInside(catalog, newSet);
        var today = oldDate > newDate ? oldDate : newDate;
        var engine = new DecisionEngine(catalog,
            new FixedTimeProvider(new DateTimeOffset(today.ToDateTime(new TimeOnly(12, 0)), TimeSpan.Zero)), oldSet.Region);
        CheckSelected(engine, oldSet, oldDate);
        CheckSelected(engine, newSet, newDate);

        var keys = new SortedDictionary<string, Answers>(StringComparer.Ordinal);
        Walk(engine, Answers.Empty with { ContactDate = oldDate }, keys);
        Walk(engine, Answers.Empty with { ContactDate = newDate }, keys);

        var filtered = DateNotes(catalog, oldSet, newSet);
        var changes = new List<RuleSetPathChange>();
        var compared = 0;
        foreach (var (key, answers) in keys)
        {
            var oldOutcome = engine.Decide(answers with { ContactDate = oldDate }).Outcome;
            var newOutcome = engine.Decide(answers with { ContactDate = newDate }).Outcome;
            if (oldOutcome is null || newOutcome is null)
            {
                continue; // asked more finely by the other set: covered by the finer paths
            }

            compared++;
            var (o, n) = (Comparable(oldOutcome, filtered), Comparable(newOutcome, filtered));
            var kinds = KindsOf(o, n, oldOutcome, newOutcome);
            if (kinds.Count > 0)
            {
                changes.Add(new RuleSetPathChange(key, kinds, o, n));
            }
        }

        return new RuleSetDiffReport(oldSet.Id, newSet.Id, oldDate, newDate, compared, changes);
    }

    /// <summary>The answers of a path as one line, "system=pasis channel=video …", without the contact date.</summary>
    public static string Key(Answers answers) =>
        string.Join(" ", Enum.GetValues<Input>()
            .Where(i => i != Input.ContactDate && answers.IsAnswered(i))
            .Select(i => string.Create(CultureInfo.InvariantCulture, $"{WireNames.Of(i)}={answers.WireValue(i)}")));

    private static RuleSet Find(RuleSetCatalog catalog, string id) =>
        catalog.FindRuleSet(id)
        ?? throw new ArgumentException($"Regeluppsättningen '{id}' finns inte i katalogen.", nameof(id));

    private static DateOnly DateInside(RuleSetCatalog catalog, RuleSet set) =>
        set.ValidFrom ?? catalog.EffectiveEnd(set) ?? new DateOnly(2020, 1, 1);

    private static void CheckSelected(DecisionEngine engine, RuleSet set, DateOnly date)
    {
        if (engine.Catalog.Select(engine.Region, date) is not { Set: var selected } || selected != set)
        {
            throw new ArgumentException($"{set.Id} gäller inte {date:yyyy-MM-dd}: den kan inte jämföras.", nameof(set));
        }
    }

    private static void Walk(DecisionEngine engine, Answers answers, SortedDictionary<string, Answers> keys)
    {
        var result = engine.Decide(answers);
        if (result.Outcome is not null)
        {
            var key = Key(result.Answers);
            keys.TryAdd(key, result.Answers with { ContactDate = null });
            return;
        }

        var question = result.NextQuestion!;
        foreach (var option in question.Options)
        {
            result.Answers.TryWith(question.Id, option.Value, out var next);
            Walk(engine, next, keys);
        }
    }

    private static HashSet<Note> DateNotes(RuleSetCatalog catalog, params RuleSet[] sets)
    {
        var notes = new HashSet<Note>();
        foreach (var overlay in sets.SelectMany(catalog.OverlaysFor))
        {
            if (overlay.NoteBeforeValidity is { } before)
            {
                notes.Add(before);
            }

            if (overlay.NoteAfterValidity is { } after)
            {
                notes.Add(after);
            }
        }

        return notes;
    }

    private static bool IsDateNote(Note note, HashSet<Note> dateNotes, string setId) =>
        note.Kind == NoteKind.Expired
        || dateNotes.Contains(note)
        || (note.Kind == NoteKind.Info && note.Text.StartsWith($"{setId} gäller till ", StringComparison.Ordinal));

    private static DiffOutcome Comparable(Outcome outcome, HashSet<Note> dateNotes) => new(
        WireNames.Of(outcome.Registration),
        outcome.ContactType?.Code,
        outcome.ContactType?.Name,
        [.. outcome.Obligations.Select(o => $"{WireNames.Of(o.Id)}:{WireNames.Of(o.Level)}")],
        [.. outcome.Notes.Where(n => !IsDateNote(n, dateNotes, outcome.RuleSet.Id))
            .Select(n => $"{WireNames.Of(n.Kind)}: {n.Text.Replace($"{outcome.RuleSet.Id} är nyare, så dess namn", "{set} är nyare, så dess namn", StringComparison.Ordinal)}")]);

    private static List<string> KindsOf(DiffOutcome o, DiffOutcome n, Outcome oldOutcome, Outcome newOutcome)
    {
        var kinds = new List<string>();
        if (o.ContactTypeCode != n.ContactTypeCode || o.ContactTypeName != n.ContactTypeName)
        {
            kinds.Add(RuleSetChangeKind.ContactType);
        }

        if (o.Registration != n.Registration)
        {
            kinds.Add(RuleSetChangeKind.Registration);
        }

        var oldLevels = oldOutcome.Obligations.ToDictionary(x => x.Id, x => x.Level);
        var newLevels = newOutcome.Obligations.ToDictionary(x => x.Id, x => x.Level);
        if (newLevels.Keys.Any(id => !oldLevels.ContainsKey(id)))
        {
            kinds.Add(RuleSetChangeKind.ObligationAdded);
        }

        if (oldLevels.Keys.Any(id => !newLevels.ContainsKey(id)))
        {
            kinds.Add(RuleSetChangeKind.ObligationRemoved);
        }

        if (oldLevels.Any(p => newLevels.TryGetValue(p.Key, out var level) && level != p.Value))
        {
            kinds.Add(RuleSetChangeKind.ObligationLevel);
        }

        if (!o.Notes.SequenceEqual(n.Notes, StringComparer.Ordinal))
        {
            kinds.Add(RuleSetChangeKind.Notes);
        }

        return kinds;
    }
}
