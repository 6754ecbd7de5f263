namespace Distanskontakt.Infrastructure.Log;

/// <summary>Counts wizard attempts left before a result, per unit, day and question path (no answers, no identity).</summary>
public interface IAbandonedAttemptCounter
{
    Task CountAbandonedAsync(string unitCode, DateOnly day, string questionPath, CancellationToken cancellationToken = default);
}
