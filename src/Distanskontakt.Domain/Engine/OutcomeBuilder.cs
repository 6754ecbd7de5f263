using System.Globalization;
using Distanskontakt.Domain.Outcomes;
using Distanskontakt.Domain.RuleSets;
using Distanskontakt.Domain.Vocabulary;

namespace Distanskontakt.Domain.Engine;

/// <summary>
/// Applies the matching rules of a rule set and its overlays to a complete path. One deciding rule decides;
/// when a rule set and an overlay both decide, the newer instruction wins (docs/rules-interpretation.md §5).
/// Modifiers add to registered outcomes only.
/// </summary>
internal static class OutcomeBuilder
{
    public static Outcome Build(RuleSet baseSet, RuleSetStatus status, IReadOnlyList<RuleSet> overlays,
        AnswerCodes answers, DateOnly contactDate, bool endsSoon)
    {
        var decisions = new List<(Rule Rule, RuleSet Set)>();
        var modifiers = new List<(Rule Rule, RuleSet Set)>();
        Collect(baseSet, answers, decisions, modifiers);
        foreach (var overlay in overlays)
        {
            Collect(overlay, answers, decisions, modifiers);
        }

        var notes = new List<Note>();
        var (chosen, others) = Choose(baseSet, decisions, notes);
        var applied = new List<(Rule Rule, RuleSet Set)> { chosen };
        applied.AddRange(others);
        var registers = chosen.Rule.Decision!.Registration is RegistrationKind.Register or RegistrationKind.Optional;
        if (registers)
        {
            applied.AddRange(modifiers.OrderBy(m => m.Rule.LastInput));
        }

        var obligations = new SortedDictionary<ObligationId, Obligation>();
        foreach (var (rule, set) in applied)
        {
            if (rule.Decision is not null && rule != chosen.Rule)
            {
                continue;
            }

            foreach (var stated in rule.Obligations)
            {
                var text = stated.Text ?? TextOf(stated.Id, set, baseSet);
                if (!obligations.TryGetValue(stated.Id, out var existing) || stated.Level < existing.Level)
                {
                    obligations[stated.Id] = new Obligation(stated.Id, stated.Level, text);
                }
            }

            notes.InsertRange(notes.Count, rule.Notes);
        }

        foreach (var overlay in overlays.Where(o => applied.Any(a => a.Set == o)))
        {
            if (overlay.ValidFrom is { } from && contactDate < from && overlay.NoteBeforeValidity is { } before)
            {
                notes.Add(before);
            }

            if (overlay.ValidTo is { } to && contactDate > to && overlay.NoteAfterValidity is { } after)
            {
                notes.Add(after);
            }
        }

        if (status == RuleSetStatus.Expired)
        {
            notes.Add(new Note(NoteKind.Expired, string.Create(CultureInfo.InvariantCulture,
                $"{baseSet.Id} gällde till {baseSet.ValidTo:yyyy-MM-dd} och ingen nyare regeluppsättning är känd. Den senast kända anvisningen används.")));
        }

        if (endsSoon)
        {
            notes.Add(new Note(NoteKind.Info, string.Create(CultureInfo.InvariantCulture,
                $"{baseSet.Id} gäller till {baseSet.ValidTo:yyyy-MM-dd}. Kontrollera om en ny version av anvisningen gäller därefter.")));
        }

        var decision = chosen.Rule.Decision!;
        var contactType = decision.Name is null
            ? null
            : new ContactType(decision.System!.Value, decision.Code, decision.Name);
        var sources = applied.Where(a => a.Rule.Decision is null || a.Rule == chosen.Rule)
            .SelectMany(a => a.Rule.Sources).Distinct().ToArray();

        return new Outcome(
            baseSet.Reference(status),
            decision.Registration,
            contactType,
            [.. obligations.Values],
            [.. notes.Distinct()],
            sources,
            [.. applied.Select(a => a.Rule.Id)]);
    }

    private static void Collect(RuleSet set, AnswerCodes answers, List<(Rule, RuleSet)> decisions, List<(Rule, RuleSet)> modifiers)
    {
        foreach (var rule in set.Rules)
        {
            if (rule.Matches(answers))
            {
                (rule.Decision is null ? modifiers : decisions).Add((rule, set));
            }
        }
    }

    /// <summary>
    /// The first <c>none</c> reached wins over every other decision (docs/domain.md §3): since revision 2 a path can meet
    /// a type first and a <c>none</c> later (Stöd och behandling without journal is asked after "replaces a visit").
    /// Otherwise the newest instruction's decision. Two decisions of one set of the same kind are an ambiguity.
    /// A losing overlay decision with another contact-type name leaves an interpretation note, registered under the
    /// overlay's <see cref="RuleSet.OverruledNameNote"/>.
    /// </summary>
    private static ((Rule Rule, RuleSet Set) Chosen, List<(Rule Rule, RuleSet Set)> Others) Choose(
        RuleSet baseSet, List<(Rule Rule, RuleSet Set)> decisions, List<Note> notes)
    {
        if (decisions.Count == 0)
        {
            throw new RuleSetGapException(baseSet.Id, baseSet.SourceName);
        }

        foreach (var group in decisions.GroupBy(d => (d.Set, d.Rule.Decision!.Registration == RegistrationKind.None)).Where(g => g.Count() > 1))
        {
            throw new RuleSetAmbiguityException(group.Key.Set.Id, [.. group.Select(d => d.Rule.Id)], group.Key.Set.SourceName);
        }

        var none = decisions.Where(d => d.Rule.Decision!.Registration == RegistrationKind.None)
            .OrderBy(d => d.Rule.LastInput).FirstOrDefault();
        if (none.Rule is not null)
        {
            return (none, []); // the decisions it overrides are not applied, so they are not in the trace either
        }

        var chosen = decisions.OrderByDescending(d => d.Set.ValidFrom ?? DateOnly.MinValue).First();
        var others = decisions.Where(d => d.Rule != chosen.Rule).ToList();
        foreach (var (rule, set) in others)
        {
            var name = rule.Decision!.Name;
            if (set.Kind == RuleSetKind.Overlay && name is not null && chosen.Rule.Decision!.Name is { } chosenName && name != chosenName && chosen.Set.IsNewerThan(set))
            {
                var section = rule.Sources.FirstOrDefault()?.Section ?? "";
                notes.Add(new Note(NoteKind.Interpretation,
                    $"{set.Id} {section} kallar kontakten \"{name}\". {chosen.Set.Id} är nyare, så dess namn \"{chosenName}\" används.".Replace("  ", " ", StringComparison.Ordinal),
                    set.OverruledNameNote));
            }
        }

        return (chosen, others);
    }

    private static string TextOf(ObligationId id, RuleSet set, RuleSet baseSet) =>
        set.ObligationTexts.TryGetValue(id, out var text) || baseSet.ObligationTexts.TryGetValue(id, out text)
            ? text
            : WireNames.Of(id);
}
