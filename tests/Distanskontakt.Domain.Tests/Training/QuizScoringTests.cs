using Distanskontakt.Domain.Training;
using Distanskontakt.Domain.Vocabulary;

namespace Distanskontakt.Domain.Tests.Training;

public sealed class QuizScoringTests
{
    private static TrainingScenario Scenario(string id) => TrainingScenarios.Shipped.Single(s => s.Id == id);

    /// <summary>A registered scenario with required obligations (PMO phone that replaces a visit, skane-v4).</summary>
    private static TrainingScenario Registered() => TrainingScenarios.Shipped.First(s =>
        s.Expected is { Registration: RegistrationKind.Register, RuleSet: "skane-v4" } && s.Expected.Required.Count >= 2);

    private static QuizAnswer Correct(TrainingScenario scenario) =>
        new(QuizChoices.KeyFor(scenario.Expected.Registration, scenario.Expected.ContactType), scenario.Expected.Required);

    [Fact]
    public void ShouldScoreTheRightTypeAndTheRightObligationsAsRight()
    {
        var scenario = Registered();

        var feedback = QuizScoring.Score(scenario, Correct(scenario));

        Assert.True(feedback.Right);
        Assert.True(feedback.RegistrationRight);
        Assert.True(feedback.ObligationsRight);
        Assert.Empty(feedback.MissedObligations);
        Assert.Empty(feedback.ExtraObligations);
    }

    [Fact]
    public void ShouldScoreEachPartOnItsOwnWhenTheTypeIsWrong()
    {
        var scenario = Registered();

        var feedback = QuizScoring.Score(scenario, Correct(scenario) with { ChoiceKey = QuizChoices.NoneKey });

        Assert.False(feedback.Right);
        Assert.False(feedback.RegistrationRight);
        Assert.True(feedback.ObligationsRight);
    }

    [Fact]
    public void ShouldNameTheMissedAndTheExtraObligations()
    {
        var scenario = Registered();
        var missed = scenario.Expected.Required.Order().First();
        var extra = Enum.GetValues<ObligationId>().First(id => !scenario.Expected.Required.Contains(id));
        var ticked = scenario.Expected.Required.Where(id => id != missed).Append(extra).ToHashSet();

        var feedback = QuizScoring.Score(scenario, Correct(scenario) with { Required = ticked });

        Assert.True(feedback.RegistrationRight);
        Assert.False(feedback.ObligationsRight);
        Assert.Equal([missed], feedback.MissedObligations);
        Assert.Equal([extra], feedback.ExtraObligations);
    }

    [Fact]
    public void ShouldAcceptFrivilligOrTheOptionalTypeForAnOptionalRegistration()
    {
        var scenario = TrainingScenarios.Shipped.First(s => s.Expected is { Registration: RegistrationKind.Optional, ContactType: not null });
        var required = scenario.Expected.Required;

        Assert.True(QuizScoring.Score(scenario, new QuizAnswer(QuizChoices.OptionalKey, required)).RegistrationRight);
        Assert.True(QuizScoring.Score(scenario, new QuizAnswer(QuizChoices.TypeKey(scenario.Expected.ContactType!), required)).RegistrationRight);
        Assert.False(QuizScoring.Score(scenario, new QuizAnswer(QuizChoices.NoneKey, required)).RegistrationRight);
    }

    [Fact]
    public void ShouldExpectIngenRegistreringWhenNothingIsRegistered()
    {
        var scenario = Scenario("v4-pmo-egen-formular-1177");

        Assert.True(QuizScoring.Score(scenario, new QuizAnswer(QuizChoices.NoneKey, new HashSet<ObligationId>())).Right);
        Assert.False(QuizScoring.Score(scenario, new QuizAnswer(QuizChoices.OptionalKey, new HashSet<ObligationId>())).Right);
    }

    [Fact]
    public void ShouldEndASessionWithTheScoreAndTheMisses()
    {
        var scenarios = TrainingScenarios.Shipped.Where(s => s.Expected.RuleSet == "skane-v4").Take(4).ToList();
        var session = new QuizSession(scenarios);

        for (var i = 0; i < scenarios.Count; i++)
        {
            var answer = i == 1 ? new QuizAnswer(QuizChoices.NotCoveredKey, new HashSet<ObligationId>()) : Correct(session.Current);
            session.Answer(answer);
            Assert.False(session.IsFinished);
            session.Next();
        }

        Assert.True(session.IsFinished);
        Assert.Equal(3, session.Score);
        Assert.Equal(4, session.Total);
        Assert.Equal([scenarios[1].Id], session.Misses.Select(m => m.Scenario.Id));
    }

    [Fact]
    public void ShouldScoreAScenarioOnceAndNotMoveOnBeforeItIsAnswered()
    {
        var scenario = Registered();
        var session = new QuizSession([scenario, Scenario("v4-pmo-egen-formular-1177")]);

        Assert.Throws<InvalidOperationException>(session.Next);
        var first = session.Answer(Correct(scenario));
        var again = session.Answer(new QuizAnswer(QuizChoices.NoneKey, new HashSet<ObligationId>()));

        Assert.Same(first, again);
        Assert.Equal(1, session.Score);
    }

    [Fact]
    public void ShouldOfferTheRuleSetsOwnTypesAndTheThreeVerdicts()
    {
        var catalog = TestUtilities.Clocks.Catalog;

        var pasisV4 = QuizChoices.For(catalog, "skane-v4", RegistrationSystem.Pasis).Select(c => c.Label).ToList();
        var pmoV3 = QuizChoices.For(catalog, "skane-v3", RegistrationSystem.Pmo).Select(c => c.Label).ToList();
        var pmoV4 = QuizChoices.For(catalog, "skane-v4", RegistrationSystem.Pmo).Select(c => c.Label).ToList();

        Assert.Contains("TE Telefon stand", pasisV4);
        Assert.Contains("KT Telefon kval", pasisV4);
        Assert.DoesNotContain("TE Telefonkontakt", pasisV4); // skane-v3's name
        Assert.Equal(["Frivillig registrering", "Ingen registrering", "Beskrivs inte i anvisningen"], pasisV4[^3..]);
        Assert.Contains("Distanskontakt realtid bild/ljud/chatt", pmoV3);
        Assert.DoesNotContain("Distanskontakt realtid bild/ljud/chatt", pmoV4); // the overlay is older than skane-v4
        Assert.Contains(QuizChoices.ObligationsFor(catalog, "skane-v4"), o => o.Id == ObligationId.Diagnosis);
    }
}
