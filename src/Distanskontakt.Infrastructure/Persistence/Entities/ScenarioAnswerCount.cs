namespace Distanskontakt.Infrastructure.Persistence.Entities;

/// <summary>
/// Quiz answers per scenario over all sessions: how many times it was answered and how many of those were right.
/// A counter only: no session, no person, no answer is kept, and nothing of it reaches the registration log.
/// </summary>
public sealed class ScenarioAnswerCount
{
    public string ScenarioId { get; set; } = "";

    public int Attempts { get; set; }

    public int Right { get; set; }
}
