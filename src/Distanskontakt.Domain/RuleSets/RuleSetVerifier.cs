using System.Globalization;
using Distanskontakt.Domain.Engine;
using Distanskontakt.Domain.Questions;
using Distanskontakt.Domain.Vocabulary;

namespace Distanskontakt.Domain.RuleSets;

/// <summary>
/// The exhaustive proof: walks every answer path of the question flow, for every rule set, both systems and every
/// date window of the overlays, and checks that each path ends in exactly one outcome, that answers off the path
/// never change it, and that every rule is reached by some path.
/// </summary>
public static class RuleSetVerifier
{
    public static VerificationReport Verify(RuleSetCatalog catalog)
    {
        var problems = new List<string>();
        var reached = new HashSet<string>(StringComparer.Ordinal);
        var paths = 0;
        var variants = 0;
        foreach (var set in catalog.All.Where(s => s.Kind == RuleSetKind.RuleSet))
        {
            var dates = RepresentativeDates(catalog, set);
            var latest = dates.Max();
            var engine = new DecisionEngine(catalog,
                new FixedTimeProvider(new DateTimeOffset(latest.ToDateTime(new TimeOnly(12, 0)), TimeSpan.Zero)), set.Region);
            foreach (var date in dates)
            {
                Walk(engine, Answers.Empty with { ContactDate = date }, problems, reached, ref paths, ref variants);
            }
        }

        foreach (var set in catalog.All)
        {
            foreach (var rule in set.Rules.Where(r => !reached.Contains(r.Id)))
            {
                problems.Add($"{set.SourceName}: regeln {rule.Id} nås inte av någon svarsväg");
            }
        }

        return new VerificationReport(paths, variants, problems);
    }

    private static void Walk(DecisionEngine engine, Answers answers, List<string> problems, HashSet<string> reached,
        ref int paths, ref int variants)
    {
        FlowResult result;
        try
        {
            result = engine.Decide(answers);
        }
        catch (Exception e) when (e is RuleSetGapException or RuleSetAmbiguityException)
        {
            paths++;
            problems.Add($"{Describe(answers)}: {e.Message}");
            return;
        }

        if (result.Outcome is { } outcome)
        {
            paths++;
            reached.UnionWith(outcome.Trace);
            var expected = OutcomeText.Canonical(outcome);
            foreach (var input in Enum.GetValues<Input>().Where(i => i != Input.ContactDate && !result.Answered.Contains(i)))
            {
                foreach (var option in QuestionCatalog.For(input).Options)
                {
                    variants++;
                    answers.TryWith(input, option.Value, out var offPath);
                    var actual = engine.Decide(offPath).Outcome;
                    if (actual is null || OutcomeText.Canonical(actual) != expected)
                    {
                        problems.Add($"{Describe(answers)}: svaret {WireNames.Of(input)}={option.Value} utanför vägen ändrar utfallet");
                    }
                }
            }

            return;
        }

        var question = result.NextQuestion!;
        foreach (var option in question.Options)
        {
            result.Answers.TryWith(question.Id, option.Value, out var next);
            Walk(engine, next, problems, reached, ref paths, ref variants);
        }
    }

    /// <summary>
    /// One date per distinct situation of a rule set: its first day, and around each overlay's start and end,
    /// as far as the set is in force then.
    /// </summary>
    private static List<DateOnly> RepresentativeDates(RuleSetCatalog catalog, RuleSet set)
    {
        var candidates = new List<DateOnly>();
        var overlays = catalog.OverlaysFor(set);
        var first = set.ValidFrom ?? overlays.Select(o => o.ValidFrom).Where(d => d is not null).Select(d => d!.Value.AddDays(-30))
            .DefaultIfEmpty(new DateOnly(2020, 1, 1)).Min();
        candidates.Add(first);
        if (catalog.EffectiveEnd(set) is { } end)
        {
            candidates.Add(end);
        }

        foreach (var overlay in overlays)
        {
            if (overlay.ValidFrom is { } from)
            {
                candidates.AddRange([from.AddDays(-1), from]);
            }

            if (overlay.ValidTo is { } to)
            {
                candidates.AddRange([to, to.AddDays(1)]);
            }
        }

        return [.. candidates.Where(d => catalog.IsInForceOn(set, d)).Distinct().Order()];
    }

    private static string Describe(Answers answers) =>
        string.Join(" ", Enum.GetValues<Input>()
            .Where(answers.IsAnswered)
            .Select(i => string.Create(CultureInfo.InvariantCulture, $"{WireNames.Of(i)}={answers.WireValue(i)}")));
}
