using Distanskontakt.Domain.Engine;
using Distanskontakt.Domain.RuleSets;
using Distanskontakt.Domain.Vocabulary;
using Distanskontakt.TestUtilities;

namespace Distanskontakt.Domain.Tests;

/// <summary>
/// Issue 8, "Done when": skane-v5 (fixture: VS mandatory, a new PMO video name, one interpretation dropped and one
/// added; data only) is previewed with the clock before its validFrom, then decides from its first day on once the
/// clock has passed it. Every expected path and count was listed by hand from the rules of skane-v4 and skane-1177d.
/// The log part (seeded rows in SQLite) is in Infrastructure.Tests/RuleSetLifecycleLogTests.
/// </summary>
public sealed class RuleSetLifecycleTests
{
    [Fact]
    public void ShouldPreviewSkaneV5BeforeItsValidFrom()
    {
        var catalog = SkaneV5Fixture.Catalog();
        var clock = Clocks.At(2026, 11, 20);
        var engine = new DecisionEngine(catalog, clock);

        // Scheduled, not yet deciding: today's decisions still use skane-v4.
        Assert.Equal(RuleSetStatus.Scheduled, engine.ListRuleSets().Single(s => s.Id == SkaneV5Fixture.Id).Status);
        Assert.Equal("skane-v4", engine.Decide(VsAnswers(2026, 11, 20)).Outcome!.RuleSet.Id);
        Assert.Throws<ContactDateInFutureException>(() => engine.Decide(VsAnswers(2027, 1, 1)));

        var diff = RuleSetDiff.Compare(catalog, "skane-v4", SkaneV5Fixture.Id);

        Assert.Equal([.. SkaneV5ChangedPaths.Vs, .. SkaneV5ChangedPaths.Te, .. SkaneV5ChangedPaths.PmoVideo, .. SkaneV5ChangedPaths.SobReplacing], diff.Changes.Select(c => c.Path).ToHashSet());
        Assert.Equal(21, diff.Changes.Count);
        Assert.Equal(SkaneV5ChangedPaths.Vs.ToHashSet(), diff.ByKind[RuleSetChangeKind.Registration].Select(c => c.Path).ToHashSet());
        Assert.Empty(diff.ByKind[RuleSetChangeKind.ObligationRemoved]);
        Assert.Equal(SkaneV5ChangedPaths.PmoVideo.ToHashSet(), diff.ByKind[RuleSetChangeKind.ContactType].Select(c => c.Path).ToHashSet());
        // Notes: the two interpretations, and the engine's 1177 direkt name note on the PMO video paths via 1177 direkt.
        Assert.Equal([.. SkaneV5ChangedPaths.Te, .. SkaneV5ChangedPaths.SobReplacing, .. SkaneV5ChangedPaths.PmoVideo.Where(p => p.Contains("via1177Direkt=true", StringComparison.Ordinal))],
            diff.ByKind[RuleSetChangeKind.Notes].Select(c => c.Path).ToHashSet());
    }

    [Fact]
    public void ShouldMatchTheHandCountOfTheImpactPerContactType()
    {
        var catalog = SkaneV5Fixture.Catalog();
        var diff = RuleSetDiff.Compare(catalog, "skane-v4", SkaneV5Fixture.Id);
        LoggedAnswerCount[] logged =
        [
            new(new AnswersBuilder().Pasis().Video().SupportProgram(false).NotReplacingVisit().Build(), "VS", 4),
            new(new AnswersBuilder().Pasis().Video().SupportProgram().JournalDocumented().NotReplacingVisit().Build(), "VS", 1),
            new(new AnswersBuilder().Pasis().Phone().SupportProgram(false).NotReplacingVisit().LeadsToVisitSameDay().Build(), "TE", 3),
            new(new AnswersBuilder().Pasis().Phone().SupportProgram(false).NotReplacingVisit().LeadsToVisitSameDay(false).Build(), "TE", 5),
            new(new AnswersBuilder().Pasis().Phone().SupportProgram(false).ReplacingVisit().Build(), "KT", 2),
            new(new AnswersBuilder().Pasis().Phone().SupportProgram().ReplacingVisit().Build(), "KT", 3),
            new(new AnswersBuilder().Pmo().Video().Via1177Direkt().HandedOver(false).SupportProgram(false).NotReplacingVisit().LeadsToVisitSameDay().Build(), "Video som inte ersätter besök", 2),
            new(new AnswersBuilder().Pmo().Phone().Ordinary().NotReplacingVisit().LeadsToVisitSameDay().Build(), "Telefonsamtal", 6),
        ];

        var impact = RuleSetImpact.Count(catalog, diff, logged);

        // Changed by hand: VS 4 + 1; TE 3 + 5 (the added note; the same-day answer is off the path since revision 2);
        // KT 3 inside Stöd och behandling (the dropped note), not the 2 outside it; PMO video 2; Telefonsamtal untouched.
        Assert.Equal((26, 18, 0), (impact.Decisions, impact.Changed, impact.Undetermined));
        Assert.Equal(
            new Dictionary<string, (int, int)>
            {
                ["VS"] = (5, 5),
                ["TE"] = (8, 8),
                ["Video som inte ersätter besök"] = (2, 2),
                ["KT"] = (5, 3),
                ["Telefonsamtal"] = (6, 0),
            },
            impact.ByContactType.ToDictionary(t => t.ContactTypeKey!, t => (t.Decisions, t.Changed)));
    }

    [Fact]
    public void ShouldDecideWithSkaneV5FromItsValidFromOnceTheClockHasPassedIt()
    {
        var clock = Clocks.At(2026, 11, 20);
        var engine = new DecisionEngine(SkaneV5Fixture.Catalog(), clock);

        clock.SetUtcNow(new DateTimeOffset(2027, 1, 10, 10, 0, 0, TimeSpan.Zero));
        var before = engine.Decide(VsAnswers(2026, 12, 31)).Outcome!;
        var onFirstDay = engine.Decide(VsAnswers(2027, 1, 1)).Outcome!;
        var after = engine.Decide(VsAnswers(2027, 1, 10)).Outcome!;

        Assert.Equal(("skane-v4", RegistrationKind.Optional), (before.RuleSet.Id, before.Registration));
        Assert.Equal(("skane-v5", RegistrationKind.Register), (onFirstDay.RuleSet.Id, onFirstDay.Registration));
        Assert.Equal(("skane-v5", RuleSetStatus.InForce), (after.RuleSet.Id, after.RuleSet.Status));
        Assert.Equal(RuleSetStatus.Superseded, engine.ListRuleSets().Single(s => s.Id == "skane-v4").Status);
        Assert.Equal(SkaneV5Fixture.NewPmoName, engine.Decide(
            new AnswersBuilder().Pmo().On(2027, 1, 4).Video().Ordinary().NotReplacingVisit().LeadsToVisitSameDay(false).Build()).Outcome!.ContactType!.Name);
    }

    private static Answers VsAnswers(int year, int month, int day) =>
        new AnswersBuilder().Pasis().On(year, month, day).Video().SupportProgram(false).NotReplacingVisit().Build();
}
