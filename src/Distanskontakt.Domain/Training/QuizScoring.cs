using Distanskontakt.Domain.Vocabulary;

namespace Distanskontakt.Domain.Training;

/// <summary>What a trainee picked: one registration choice (a <see cref="QuizChoice.Key"/>) and the obligations ticked as required.</summary>
public sealed record QuizAnswer(string ChoiceKey, IReadOnlySet<ObligationId> Required);

/// <summary>Right or wrong per part, with what was missing or extra among the obligations.</summary>
public sealed record QuizFeedback(
    TrainingScenario Scenario,
    QuizAnswer Answer,
    bool RegistrationRight,
    bool ObligationsRight,
    IReadOnlyList<ObligationId> MissedObligations,
    IReadOnlyList<ObligationId> ExtraObligations)
{
    public bool Right => RegistrationRight && ObligationsRight;
}

/// <summary>Scores one answer against the scenario's hand-written expectation (never against the engine).</summary>
public static class QuizScoring
{
    public static QuizFeedback Score(TrainingScenario scenario, QuizAnswer answer)
    {
        var expected = scenario.Expected;
        var registrationRight = answer.ChoiceKey == QuizChoices.KeyFor(expected.Registration, expected.ContactType)
            || (expected is { Registration: RegistrationKind.Optional, ContactType: { } type }
                && answer.ChoiceKey == QuizChoices.TypeKey(type));
        var missed = expected.Required.Where(id => !answer.Required.Contains(id)).Order().ToList();
        var extra = answer.Required.Where(id => !expected.Required.Contains(id)).Order().ToList();
        return new QuizFeedback(scenario, answer, registrationRight, missed.Count == 0 && extra.Count == 0, missed, extra);
    }
}
