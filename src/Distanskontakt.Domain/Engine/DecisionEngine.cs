using System.Collections.Concurrent;
using Distanskontakt.Domain.Outcomes;
using Distanskontakt.Domain.Questions;
using Distanskontakt.Domain.RuleSets;
using Distanskontakt.Domain.Vocabulary;

namespace Distanskontakt.Domain.Engine;

/// <summary>
/// Answers in, question flow or outcome out. The rule set is chosen by the contact date (default: today in
/// Europe/Stockholm); only answers on the path reach the rules, so an off-path answer cannot change the outcome.
/// Outcomes are immutable and cached per path and date context.
/// </summary>
public sealed class DecisionEngine(IRuleSetSource source, TimeProvider time, string region = DecisionEngine.DefaultRegion)
{
    public const string DefaultRegion = "skane";

    /// <summary>From this many days before the set in force ends, outcomes carry a warning (docs/domain.md §7).</summary>
    public const int EndWarningDays = 60;

    private static readonly Input[] _askingOrder = Enum.GetValues<Input>();
    // Outcomes of one catalog: a newly activated set or overlay changes the catalog and starts a fresh cache.
    private OutcomeCache _cache = new(source.Current);

    public DecisionEngine(RuleSetCatalog catalog, TimeProvider time, string region = DefaultRegion)
        : this(new FixedRuleSetSource(catalog), time, region)
    {
    }

    /// <summary>The catalog in force now; read it once per operation, since activation may swap it.</summary>
    public RuleSetCatalog Catalog => source.Current;

    /// <summary>The region whose rule sets decide (<c>skane</c> unless configured).</summary>
    public string Region { get; } = region;

    public DateOnly Today => StockholmClock.Today(time);

    /// <summary>Runs the question flow. Throws <see cref="ContactDateInFutureException"/> for a date after today.</summary>
    public FlowResult Decide(Answers answers)
    {
        var today = Today;
        var contactDate = answers.ContactDate ?? today;
        if (contactDate > today)
        {
            throw new ContactDateInFutureException(contactDate, today);
        }

        var catalog = Catalog;
        var (ruleSet, status) = catalog.Select(Region, contactDate)
            ?? throw new InvalidOperationException($"Ingen regeluppsättning för {Region} täcker {contactDate:yyyy-MM-dd}.");
        var overlays = catalog.OverlaysFor(ruleSet);
        var sets = catalog.WithOverlays(ruleSet);

        var given = AnswerCodes.Of(answers);
        var known = default(AnswerCodes);
        var answered = new List<Input>(_askingOrder.Length);
        var missing = new List<Input>();
        foreach (var input in _askingOrder)
        {
            if (input == Input.ContactDate)
            {
                answered.Add(input);
                continue;
            }

            if (QuestionPath.IsAsked(input, known, sets) != true)
            {
                continue;
            }

            if (!given.IsAnswered(input))
            {
                missing.Add(input);
                continue;
            }

            known = known.With(input, given[input]);
            answered.Add(input);
            if (DecidesNone(known, sets))
            {
                break; // the first "none" reached wins: nothing after it is asked
            }
        }

        var effective = known.ToAnswers(contactDate);
        if (missing.Count > 0)
        {
            return new FlowResult(contactDate, ruleSet, effective, answered, missing, QuestionCatalog.For(missing[0]), null);
        }

        var outcome = OutcomeFor(catalog, ruleSet, status, overlays, known, contactDate);
        return new FlowResult(contactDate, ruleSet, effective, answered, missing, null, outcome);
    }

    /// <summary>The rule sets and overlays with their status on <paramref name="day"/> (default today).</summary>
    public IReadOnlyList<RuleSetReference> ListRuleSets(DateOnly? day = null)
    {
        var on = day ?? Today;
        var catalog = Catalog;
        return [.. catalog.All.Select(s => s.Reference(catalog.StatusOn(s, on)))];
    }

    /// <summary>The set in force today ends within <see cref="EndWarningDays"/> days (or null if none is).</summary>
    public RuleSet? EndingSoon() => EndingSoon(Catalog);

    private RuleSet? EndingSoon(RuleSetCatalog catalog)
    {
        var today = Today;
        var inForce = catalog.Select(Region, today);
        return inForce is { Status: RuleSetStatus.InForce, Set: var set }
            && catalog.EffectiveEnd(set) is { } end && today >= end.AddDays(-EndWarningDays)
            ? set
            : null;
    }

    private Outcome OutcomeFor(RuleSetCatalog catalog, RuleSet ruleSet, RuleSetStatus status, IReadOnlyList<RuleSet> overlays,
        AnswerCodes known, DateOnly contactDate)
    {
        // A set's end can move when a superseding set is activated, so the warning bit is part of the cache key.
        var endsSoon = status == RuleSetStatus.InForce && EndingSoon(catalog) == ruleSet;
        var context = (int)status | (endsSoon ? 1 << 4 : 0);
        var shift = 5;
        foreach (var overlay in overlays)
        {
            var window = overlay.ValidFrom is { } from && contactDate < from ? 1
                : overlay.ValidTo is { } to && contactDate > to ? 2 : 0;
            context |= window << shift;
            shift += 2;
        }

        // The outcome depends on the date only through the context bits, so any date with the same bits shares it.
        var cache = _cache;
        if (cache.Catalog != catalog)
        {
            cache = _cache = new OutcomeCache(catalog);
        }

        return cache.Outcomes.GetOrAdd(
            (ruleSet, known.Packed, context),
            static (_, state) => OutcomeBuilder.Build(state.ruleSet, state.status, state.overlays, state.known, state.contactDate, state.endsSoon),
            (ruleSet, status, overlays, known, contactDate, endsSoon));
    }

    private static bool DecidesNone(AnswerCodes known, IReadOnlyList<RuleSet> sets)
    {
        foreach (var set in sets)
        {
            foreach (var rule in set.Rules)
            {
                if (rule.Decision?.Registration == RegistrationKind.None && rule.Matches(known))
                {
                    return true;
                }
            }
        }

        return false;
    }

    private sealed class OutcomeCache(RuleSetCatalog catalog)
    {
        public RuleSetCatalog Catalog { get; } = catalog;

        public ConcurrentDictionary<(RuleSet, ulong, int), Outcome> Outcomes { get; } = new();
    }
}
