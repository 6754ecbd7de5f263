using Distanskontakt.Infrastructure.Log;
using Microsoft.Extensions.Options;

namespace Distanskontakt.Infrastructure.UseCases.Registrations;

/// <summary>An administrator purges (gallrar) their own units' rows past the retention.</summary>
public sealed record PurgeLogCommand(string PurgedByHash, IReadOnlyCollection<string> Units);

/// <summary>How many rows went, and the instant before which rows were removed (UTC).</summary>
public sealed record PurgeLogResult(int RowsRemoved, DateTime CutoffUtc);

/// <summary>
/// Removes the rows of the administrator's units logged more than <see cref="RetentionMonths"/> months ago (a row
/// logged exactly at the cut-off stays), with their void entries and the abandoned-attempt counts before that day,
/// and records who, when and how many. A purge without units removes nothing.
/// </summary>
public sealed class PurgeLog(RegistrationLog log, IOptionsMonitor<RegistrationLogOptions> options)
{
    /// <summary>The retention in force (settings <c>RegistrationLog:RetentionMonths</c>).</summary>
    public int RetentionMonths => Math.Max(1, options.CurrentValue.RetentionMonths);

    public async Task<PurgeLogResult?> PurgeAsync(PurgeLogCommand command, CancellationToken cancellationToken = default)
    {
        if (command.Units.Count == 0)
        {
            return null;
        }

        var purge = await log.PurgeOlderThanAsync(RetentionMonths, command.PurgedByHash, command.Units, cancellationToken);
        return new PurgeLogResult(purge.RowsRemoved, DateTime.SpecifyKind(purge.CutoffUtc, DateTimeKind.Utc));
    }
}
