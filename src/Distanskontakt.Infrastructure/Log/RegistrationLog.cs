using Distanskontakt.Domain.Log;
using Distanskontakt.Infrastructure.Persistence;
using Distanskontakt.Infrastructure.Persistence.Entities;
using Microsoft.Data.SqlClient;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace Distanskontakt.Infrastructure.Log;

public enum AppendStatus
{
    /// <summary>A new row was written.</summary>
    Created,

    /// <summary>The idempotency key was used before by the same user: the first row, nothing written.</summary>
    Replayed,

    /// <summary>The idempotency key belongs to another user's row: nothing written, nothing shown.</summary>
    KeyTaken,
}

public sealed record AppendResult(AppendStatus Status, LoggedDecision? Row);

public enum VoidStatus
{
    Voided,
    NotFound,
    AlreadyVoided,
}

/// <summary>
/// Writes the registration log: append a confirmed decision, void one, count an abandoned attempt, purge past
/// retention. There is no other way to change a row. One context per operation; on SQLite a writer that finds the
/// database busy waits (busy timeout) and then retries here, so concurrent writers never lose a row.
/// On SQLite, appends are group-committed (<see cref="SqliteAppendQueue"/>): SQLite has one writer at a time anyway,
/// so concurrent requests queue in the process and the next writer commits all of them in one transaction, and
/// every caller is answered only after that commit.
/// </summary>
public sealed class RegistrationLog(
    IDbContextFactory<DistanskontaktDbContext> factory, TimeProvider time, AppVersion version) : IAbandonedAttemptCounter
{
    private const int MaxAttempts = 8;

    private readonly SqliteAppendQueue _sqliteAppends = new(factory);
    private bool? _isSqlite;

    /// <summary>Writes the draft (checks first: see <see cref="LoggedDecisionFactory"/>). Callers go through <c>LogDecision</c>.</summary>
    public async Task<AppendResult> AppendAsync(RegistrationDraft draft, CancellationToken cancellationToken = default)
    {
        var row = LoggedDecisionFactory.Create(draft, time.GetUtcNow().UtcDateTime, version.Value);
        if (_isSqlite ??= await IsSqliteAsync(cancellationToken))
        {
            return await _sqliteAppends.AppendAsync(row, cancellationToken);
        }

        return await WithRetryAsync(async () =>
        {
            await using var db = await factory.CreateDbContextAsync(cancellationToken);
            if (row.IdempotencyKey is { } key)
            {
                var existing = await db.LoggedDecisions.AsNoTracking().FirstOrDefaultAsync(r => r.IdempotencyKey == key, cancellationToken);
                if (existing is not null)
                {
                    return AnswerForExisting(existing, row);
                }
            }

            db.LoggedDecisions.Add(row);
            await db.SaveChangesAsync(cancellationToken);
            return new AppendResult(AppendStatus.Created, row);
        }, retryOnUniqueViolation: row.IdempotencyKey is not null, cancellationToken);
    }

    /// <summary>A key used before: the first row for its own user, nothing for anyone else.</summary>
    internal static AppendResult AnswerForExisting(LoggedDecision existing, LoggedDecision attempted) =>
        existing.UserIdHash == attempted.UserIdHash
            ? new AppendResult(AppendStatus.Replayed, existing)
            : new AppendResult(AppendStatus.KeyTaken, null);

    private async Task<bool> IsSqliteAsync(CancellationToken cancellationToken)
    {
        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        return db.Database.IsSqlite();
    }

    /// <summary>Appends a void entry for the row, if it lies in one of <paramref name="units"/>.</summary>
    public async Task<VoidStatus> VoidAsync(Guid registrationId, string reason, string voidedByHash, IReadOnlyCollection<string> units, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(reason);
        reason = reason.Trim();
        LoggedDecisionFactory.CheckFreeText(reason, RegistrationLogLimits.VoidReasonMaxLength, nameof(reason));
        var voidedAt = time.GetUtcNow().UtcDateTime;
        return await WithRetryAsync(async () =>
        {
            await using var db = await factory.CreateDbContextAsync(cancellationToken);
            if (!await db.LoggedDecisions.AnyAsync(r => r.Id == registrationId && units.Contains(r.UnitCode), cancellationToken))
            {
                return VoidStatus.NotFound;
            }

            if (await db.DecisionVoids.AnyAsync(v => v.RegistrationId == registrationId, cancellationToken))
            {
                return VoidStatus.AlreadyVoided;
            }

            db.DecisionVoids.Add(new DecisionVoid
            {
                RegistrationId = registrationId,
                Reason = reason,
                VoidedByHash = voidedByHash,
                VoidedAtUtc = voidedAt,
            });
            await db.SaveChangesAsync(cancellationToken);
            return VoidStatus.Voided;
        }, retryOnUniqueViolation: true, cancellationToken);
    }

    /// <summary>Counts one wizard attempt left before a result (question names only, never answers).</summary>
    public async Task CountAbandonedAsync(string unitCode, DateOnly day, string questionPath, CancellationToken cancellationToken = default)
    {
        await WithRetryAsync(async () =>
        {
            await using var db = await factory.CreateDbContextAsync(cancellationToken);
            var updated = await db.AbandonedAttempts
                .Where(a => a.UnitCode == unitCode && a.Day == day && a.QuestionPath == questionPath)
                .ExecuteUpdateAsync(s => s.SetProperty(a => a.Count, a => a.Count + 1), cancellationToken);
            if (updated == 0)
            {
                db.AbandonedAttempts.Add(new AbandonedAttemptCount { UnitCode = unitCode, Day = day, QuestionPath = questionPath, Count = 1 });
                await db.SaveChangesAsync(cancellationToken);
            }

            return true;
        }, retryOnUniqueViolation: true, cancellationToken);
    }

    /// <summary>
    /// Removes the rows of <paramref name="units"/> logged more than <paramref name="months"/> months ago (their void
    /// entries with them, and the abandoned-attempt counts before that day) and records who, when, how many.
    /// </summary>
    public async Task<LogPurge> PurgeOlderThanAsync(int months, string purgedByHash, IReadOnlyCollection<string> units, CancellationToken cancellationToken = default)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(months, 1);
        ArgumentOutOfRangeException.ThrowIfZero(units.Count);
        var now = time.GetUtcNow().UtcDateTime;
        var cutoff = now.AddMonths(-months);
        var cutoffDay = DateOnly.FromDateTime(cutoff);
        return await WithRetryAsync(async () =>
        {
            await using var db = await factory.CreateDbContextAsync(cancellationToken);
            var strategy = db.Database.CreateExecutionStrategy();
            return await strategy.ExecuteAsync(async () =>
            {
                await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
                var old = db.LoggedDecisions.Where(r => r.LoggedAtUtc < cutoff && units.Contains(r.UnitCode));
                await db.DecisionVoids.Where(v => old.Any(r => r.Id == v.RegistrationId)).ExecuteDeleteAsync(cancellationToken);
                var removed = await old.ExecuteDeleteAsync(cancellationToken);
                await db.AbandonedAttempts.Where(a => a.Day < cutoffDay && units.Contains(a.UnitCode)).ExecuteDeleteAsync(cancellationToken);
                var purge = new LogPurge
                {
                    PurgedByHash = purgedByHash,
                    PurgedAtUtc = now,
                    CutoffUtc = cutoff,
                    RowsRemoved = removed,
                    UnitCodes = string.Join(',', units.Order(StringComparer.Ordinal)),
                };
                db.LogPurges.Add(purge);
                await db.SaveChangesAsync(cancellationToken);
                await transaction.CommitAsync(cancellationToken);
                return purge;
            });
        }, retryOnUniqueViolation: false, cancellationToken);
    }

    internal static async Task<T> WithRetryAsync<T>(Func<Task<T>> operation, bool retryOnUniqueViolation, CancellationToken cancellationToken)
    {
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                return await operation();
            }
            catch (Exception ex) when (attempt < MaxAttempts && (IsBusy(ex) || (retryOnUniqueViolation && IsUniqueViolation(ex))))
            {
                // Back off with jitter so that writers that collided do not collide again.
                await Task.Delay(TimeSpan.FromMilliseconds((20 * attempt) + Random.Shared.Next(20)), cancellationToken);
            }
        }
    }

    internal static bool IsBusy(Exception ex) => Innermost<SqliteException>(ex) is { SqliteErrorCode: 5 or 6 }; // SQLITE_BUSY, SQLITE_LOCKED

    internal static bool IsUniqueViolation(Exception ex) =>
        Innermost<SqliteException>(ex) is { SqliteErrorCode: 19 } // SQLITE_CONSTRAINT
        || Innermost<SqlException>(ex) is { Number: 2601 or 2627 };

    private static TException? Innermost<TException>(Exception? ex) where TException : Exception
    {
        for (; ex is not null; ex = ex.InnerException)
        {
            if (ex is TException match)
            {
                return match;
            }
        }

        return null;
    }
}
