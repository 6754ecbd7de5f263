namespace Distanskontakt.Domain.Training;

/// <summary>
/// One övning: the drawn scenarios in order and the feedback for each answered one. Kept in the trainee's circuit
/// only; nothing here names a person.
/// </summary>
public sealed class QuizSession
{
    private readonly List<QuizFeedback> _feedback = [];

    public QuizSession(IReadOnlyList<TrainingScenario> scenarios)
    {
        if (scenarios.Count == 0)
        {
            throw new ArgumentException("En övning behöver minst ett scenario.", nameof(scenarios));
        }

        Scenarios = scenarios;
    }

    public IReadOnlyList<TrainingScenario> Scenarios { get; }

    public IReadOnlyList<QuizFeedback> Feedback => _feedback;

    /// <summary>The index of the scenario being answered or shown with its feedback.</summary>
    public int Index { get; private set; }

    public TrainingScenario Current => Scenarios[Index];

    /// <summary>The feedback for the current scenario once it is answered, else null.</summary>
    public QuizFeedback? CurrentFeedback => _feedback.Count > Index ? _feedback[Index] : null;

    /// <summary>Every scenario answered and the trainee moved past the last feedback: time for the score.</summary>
    public bool IsFinished { get; private set; }

    public int Score => _feedback.Count(f => f.Right);

    public int Total => Scenarios.Count;

    public IReadOnlyList<QuizFeedback> Misses => [.. _feedback.Where(f => !f.Right)];

    /// <summary>Scores the current scenario; a scenario is answered once.</summary>
    public QuizFeedback Answer(QuizAnswer answer)
    {
        if (CurrentFeedback is { } given)
        {
            return given;
        }

        var feedback = QuizScoring.Score(Current, answer);
        _feedback.Add(feedback);
        return feedback;
    }

    /// <summary>Moves on after the feedback; after the last scenario the session is finished.</summary>
    public void Next()
    {
        if (CurrentFeedback is null)
        {
            throw new InvalidOperationException("Svara på scenariot först.");
        }

        if (Index < Scenarios.Count - 1)
        {
            Index++;
        }
        else
        {
            IsFinished = true;
        }
    }
}
