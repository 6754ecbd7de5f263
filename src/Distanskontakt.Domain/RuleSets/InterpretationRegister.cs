using Distanskontakt.Domain.Sources;

namespace Distanskontakt.Domain.RuleSets;

/// <summary>One register entry with the places of the set that carry it: rule ids, or the overlay's own notes.</summary>
public sealed record RegisterEntry(Interpretation Interpretation, IReadOnlyList<string> CarriedBy, IReadOnlyList<string> NoteTexts);

/// <summary>
/// The interpretation register of a rule set (docs/domain.md §10.4) as the approver reads it, and the check that every quote
/// stands word for word in the shipped source texts.
/// </summary>
public static class InterpretationRegister
{
    /// <summary>Who carries the engine's note when a newer set's name wins over the overlay's (it has no rule of its own).</summary>
    public const string OverruledNameCarrier = "overruledNameNote";

    /// <summary>Who carries an overlay's note for a contact date before its validity.</summary>
    public const string BeforeValidityCarrier = "noteBeforeValidity";

    /// <summary>Who carries an overlay's note for a contact date after its validity.</summary>
    public const string AfterValidityCarrier = "noteAfterValidity";

    public static IReadOnlyList<RegisterEntry> Entries(RuleSet set)
    {
        ArgumentNullException.ThrowIfNull(set);
        var carriers = Carriers(set).ToLookup(c => c.Id, StringComparer.Ordinal);
        return [.. set.Interpretations.Select(entry => new RegisterEntry(entry,
            [.. carriers[entry.Id].Select(c => c.Carrier).Distinct()],
            [.. carriers[entry.Id].Select(c => c.Text).OfType<string>().Distinct()]))];
    }

    /// <summary>
    /// Every quote that does not stand verbatim in its section (or whose section is unknown), naming the rules that
    /// carry the entry and its id, so an uploader can find it.
    /// </summary>
    public static IReadOnlyList<string> QuoteProblems(RuleSet set, SourceTextCatalog sources)
    {
        ArgumentNullException.ThrowIfNull(set);
        ArgumentNullException.ThrowIfNull(sources);
        var problems = new List<string>();
        foreach (var entry in Entries(set))
        {
            var where = entry.CarriedBy.Count == 0 ? "" : string.Join(", ", entry.CarriedBy) + ": ";
            foreach (var quote in entry.Interpretation.Quotes)
            {
                switch (sources.Check(quote.Document, quote.Section, quote.Text))
                {
                    case QuoteCheck.NoSuchSection:
                        problems.Add($"{where}tolkningen {entry.Interpretation.Id} citerar {quote.Source}, som inte finns bland källtexterna");
                        break;
                    case QuoteCheck.NotVerbatim:
                        problems.Add($"{where}tolkningen {entry.Interpretation.Id}: citatet \"{quote.Text}\" står inte ordagrant i {quote.Source}");
                        break;
                }
            }
        }

        return problems;
    }

    /// <summary>Throws with every quote problem of the set: a shipped set that misquotes its sources must not load.</summary>
    public static RuleSet Verified(RuleSet set, SourceTextCatalog sources)
    {
        var problems = QuoteProblems(set, sources);
        return problems.Count == 0 ? set : throw new RuleSetFormatException(set.SourceName, problems);
    }

    private static IEnumerable<(string Id, string Carrier, string? Text)> Carriers(RuleSet set)
    {
        foreach (var rule in set.Rules)
        {
            foreach (var note in rule.Notes.Where(n => n.Id is not null))
            {
                yield return (note.Id!, rule.Id, note.Text);
            }
        }

        if (set.NoteBeforeValidity is { Id: { } before } beforeNote)
        {
            yield return (before, BeforeValidityCarrier, beforeNote.Text);
        }

        if (set.NoteAfterValidity is { Id: { } after } afterNote)
        {
            yield return (after, AfterValidityCarrier, afterNote.Text);
        }

        if (set.OverruledNameNote is { } overruled)
        {
            yield return (overruled, OverruledNameCarrier, null);
        }
    }
}
