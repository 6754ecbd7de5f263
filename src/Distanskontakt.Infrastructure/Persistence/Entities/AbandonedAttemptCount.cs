namespace Distanskontakt.Infrastructure.Persistence.Entities;

/// <summary>
/// Wizard attempts left before a result, counted per unit, day and the questions reached. No answers are kept:
/// the path holds question names only.
/// </summary>
public sealed class AbandonedAttemptCount
{
    public string UnitCode { get; set; } = "";

    public DateOnly Day { get; set; }

    public string QuestionPath { get; set; } = "";

    public int Count { get; set; }
}
