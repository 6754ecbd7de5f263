using Distanskontakt.Domain.Training;
using Distanskontakt.Domain.Vocabulary;
using Distanskontakt.TestUtilities;

namespace Distanskontakt.Domain.Tests.Training;

public sealed class QuizDrawTests
{
    private static readonly DateOnly _midV4 = new(2026, 6, 1);

    private static IReadOnlyList<TrainingScenario> Pool(QuizSelection selection, DateOnly? today = null) =>
        QuizDraw.Pool(TrainingScenarios.Shipped, selection, Clocks.Catalog, "skane", today ?? _midV4);

    [Fact]
    public void ShouldDrawOnlyScenariosUnderTheRuleSetInForceTodayByDefault()
    {
        var pool = Pool(QuizSelection.Default);

        Assert.NotEmpty(pool);
        Assert.All(pool, s => Assert.True(s.ContactDate >= new DateOnly(2025, 1, 1), s.Id));
        Assert.All(pool, s => Assert.Equal("skane-v4", s.Expected.RuleSet));
        Assert.Equal(TrainingScenarios.Shipped.Count(s => s.ContactDate >= new DateOnly(2025, 1, 1)), pool.Count);
    }

    [Fact]
    public void ShouldFollowTheRuleSetInForceOnTheDayTheQuizIsTaken()
    {
        var pool = Pool(QuizSelection.Default, today: new DateOnly(2024, 6, 1));

        Assert.NotEmpty(pool);
        Assert.All(pool, s => Assert.Equal("skane-v3", s.Expected.RuleSet));
    }

    [Fact]
    public void ShouldLetATrainerPickAnOlderSetOneSystemOr1177DirektOnly()
    {
        var olderPasis = Pool(new QuizSelection("skane-v3", RegistrationSystem.Pasis));
        var direkt = Pool(new QuizSelection("skane-v3", Only1177Direkt: true));

        Assert.NotEmpty(olderPasis);
        Assert.All(olderPasis, s => Assert.True(s.Expected.RuleSet == "skane-v3" && s.System == RegistrationSystem.Pasis, s.Id));
        Assert.NotEmpty(direkt);
        Assert.All(direkt, s => Assert.True(s.Via1177Direkt, s.Id));
    }

    [Fact]
    public void ShouldDrawTenDistinctScenariosFromThePool()
    {
        var pool = Pool(QuizSelection.Default);

        var drawn = QuizDraw.Draw(pool, TrainingLimits.DefaultQuizLength, new Random(7));

        Assert.Equal(10, drawn.Count);
        Assert.Equal(10, drawn.Select(s => s.Id).Distinct().Count());
        Assert.All(drawn, s => Assert.Contains(s, pool));
    }

    [Fact]
    public void ShouldDrawTheWholePoolWhenItIsSmallerThanAsked()
    {
        var pool = Pool(new QuizSelection("skane-v4", RegistrationSystem.Pmo)).Take(3).ToList();

        var drawn = QuizDraw.Draw(pool, 10, new Random(1));

        Assert.Equal(pool.Select(s => s.Id).Order(), drawn.Select(s => s.Id).Order());
    }

    [Fact]
    public void ShouldDrawInADifferentOrderWithADifferentSeed()
    {
        var pool = Pool(QuizSelection.Default);

        var first = QuizDraw.Draw(pool, 10, new Random(1)).Select(s => s.Id);
        var second = QuizDraw.Draw(pool, 10, new Random(2)).Select(s => s.Id);

        Assert.NotEqual(first, second);
    }
}
