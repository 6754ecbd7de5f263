using Distanskontakt.Domain.Vocabulary;
using Distanskontakt.Infrastructure.Log;
using Microsoft.Extensions.Logging;

namespace Distanskontakt.Infrastructure.UseCases.Registrations;

/// <summary>
/// Counts a wizard attempt begun (an answer given) but left before its result: the unit, the day and the question
/// path only, never an answer. A lost count must never break leaving the page, so a failure is logged, not thrown.
/// </summary>
public sealed partial class CountAbandonedAttempt(IAbandonedAttemptCounter counter, ILogger<CountAbandonedAttempt>? logger = null)
{
    public async Task CountAsync(string unit, DateOnly day, IEnumerable<Input> asked, CancellationToken cancellationToken = default)
    {
        try
        {
            await counter.CountAbandonedAsync(unit, day, LoggedDecisionFactory.PathOf(asked), cancellationToken);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            if (logger is not null)
            {
                NotCounted(logger, e);
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Avbrutet försök kunde inte räknas")]
    private static partial void NotCounted(ILogger logger, Exception exception);
}
