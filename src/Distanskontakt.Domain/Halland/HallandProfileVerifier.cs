using Distanskontakt.Domain.RuleSets;
using Distanskontakt.Domain.Sources;

namespace Distanskontakt.Domain.Halland;

/// <summary>
/// The exhaustive proof for the Halland profile, like <see cref="RuleSetVerifier"/>: walks every answer path of
/// the flow and checks that each ends in one result whose verdict follows from the answers (distanskontakt exactly
/// when no condition failed, every "no" named), that answers off the path never change it, and that every
/// condition, note, reminder and channel rule is reached. With the source texts it also checks that every cited
/// section exists and that every quote stands word for word in its section.
/// </summary>
public static class HallandProfileVerifier
{
    public static VerificationReport Verify(HallandProfile profile, SourceTextCatalog? sources = null)
    {
        var engine = new HallandAssessmentEngine(profile);
        var problems = new List<string>();
        var reached = new HashSet<string>(StringComparer.Ordinal);
        var paths = 0;
        var variants = 0;

        foreach (var channel in Enum.GetValues<HallandChannel>())
        {
            var hasRule = profile.ChannelRuleFor(channel) is not null;
            var asked = profile.RequirementsFor(channel).Any();
            if (hasRule == asked)
            {
                problems.Add(hasRule
                    ? $"{HallandWireNames.Of(channel)}: avgörs av en kanalregel men har också villkor som då aldrig frågas"
                    : $"{HallandWireNames.Of(channel)}: varken en kanalregel eller något villkor avgör kontakten");
            }
        }

        Walk(engine, HallandAnswers.Empty, problems, reached, ref paths, ref variants);

        var all = profile.ChannelRules.Select(r => r.Statement.Id)
            .Concat(profile.Conditions.Select(c => c.Id))
            .Concat(profile.Reminders.Select(r => r.Id))
            .Append(profile.ConditionsNotMet.Id);
        foreach (var id in all.Where(id => !reached.Contains(id)))
        {
            problems.Add($"{profile.SourceName}: {id} nås inte av någon svarsväg");
        }

        if (sources is not null)
        {
            CheckSources(profile, sources, problems);
        }

        return new VerificationReport(paths, variants, problems);
    }

    private static void Walk(HallandAssessmentEngine engine, HallandAnswers answers, List<string> problems,
        HashSet<string> reached, ref int paths, ref int variants)
    {
        var assessment = engine.Assess(answers);
        if (assessment.Result is not { } result)
        {
            foreach (var option in assessment.NextQuestion!.Options)
            {
                Walk(engine, assessment.Answers.With(assessment.NextQuestion.Name, option.Value), problems, reached, ref paths, ref variants);
            }

            return;
        }

        paths++;
        reached.UnionWith(result.FailedConditions.Concat(result.Notes).Concat(result.Reminders).Select(s => s.Id));
        CheckVerdict(engine.Profile, assessment, result, problems);

        var expected = result.Canonical();
        var answered = assessment.Answered.Select(q => q.Name).ToHashSet(StringComparer.Ordinal);
        foreach (var name in engine.QuestionNames.Where(n => !answered.Contains(n)))
        {
            foreach (var value in engine.ValuesOf(name))
            {
                variants++;
                var offPath = engine.Assess(assessment.Answers.With(name, value)).Result;
                if (offPath is null || offPath.Canonical() != expected)
                {
                    problems.Add($"{assessment.Answers}: svaret {name}={value} utanför vägen ändrar utfallet");
                }
            }
        }
    }

    private static void CheckVerdict(HallandProfile profile, HallandAssessment assessment, HallandResult result, List<string> problems)
    {
        var channel = assessment.Answers.Channel!.Value;
        if (profile.ChannelRuleFor(channel) is { } rule)
        {
            if (result.Verdict != HallandVerdict.InteDistanskontakt || result.FailedConditions.Count != 1 || result.FailedConditions[0] != rule.Statement)
            {
                problems.Add($"{assessment.Answers}: kanalregeln {rule.Statement.Id} ska ensam avgöra");
            }

            return;
        }

        var no = profile.RequirementsFor(channel).Where(c => assessment.Answers.YesNo(c.Id) == false).Select(c => c.Id).ToList();
        var named = result.FailedConditions.Select(f => f.Id).ToList();
        if (!no.SequenceEqual(named))
        {
            problems.Add($"{assessment.Answers}: ej uppfyllda villkor {string.Join(",", no)} men svaret nämner {string.Join(",", named)}");
        }

        var expected = no.Count == 0 ? HallandVerdict.Distanskontakt : HallandVerdict.InteDistanskontakt;
        if (result.Verdict != expected)
        {
            problems.Add($"{assessment.Answers}: {HallandWireNames.Of(result.Verdict)} men {HallandWireNames.Of(expected)} väntades");
        }
    }

    private static void CheckSources(HallandProfile profile, SourceTextCatalog sources, List<string> problems)
    {
        var quoted = profile.ChannelRules.Select(r => (r.Statement.Id, (string?)r.Statement.Quote, r.Statement.Source))
            .Append((profile.ConditionsNotMet.Id, profile.ConditionsNotMet.Quote, profile.ConditionsNotMet.Source))
            .Concat(profile.Conditions.Select(c => (c.Id, (string?)c.Quote, c.Source)))
            .Concat(profile.Reminders.Select(r => (r.Id, r.Quote, r.Source)))
            .Append(("definition", null, profile.Definition));
        foreach (var (id, quote, source) in quoted)
        {
            switch (sources.Check(source.Document, source.Section, quote))
            {
                case QuoteCheck.NoSuchSection:
                    problems.Add($"{id}: källan {source} finns inte bland källtexterna");
                    break;
                case QuoteCheck.NotVerbatim:
                    problems.Add($"{id}: citatet står inte ordagrant i {source}");
                    break;
            }
        }
    }

    /// <summary>Loads the shipped profile and its source texts and proves them; throws with every problem.</summary>
    public static HallandProfile LoadVerified(SourceTextCatalog sources)
    {
        var profile = HallandProfile.LoadEmbedded();
        var report = Verify(profile, sources);
        if (!report.IsValid)
        {
            throw new RuleSetFormatException(profile.SourceName, report.Problems);
        }

        return profile;
    }
}
