using System.Collections.Concurrent;
using Distanskontakt.Infrastructure.Persistence;
using Distanskontakt.Infrastructure.Persistence.Entities;
using Microsoft.EntityFrameworkCore;

namespace Distanskontakt.Infrastructure.Log;

/// <summary>
/// Group commit of log rows on SQLite. SQLite lets one connection write at a time; with one transaction per request,
/// concurrent requests waited for the file lock inside SQLite's busy handler (sleeping threads, retries) and each paid
/// for its own commit. Here each append is queued; whoever holds the write turn takes everything queued (up to
/// <see cref="MaxBatch"/>), writes it in one transaction and completes every caller only after the commit succeeded.
/// A failed batch fails all its callers (nothing acknowledged that was not committed); a busy database (another
/// process writing) or a key inserted by another process is retried with the whole batch, as single appends were.
/// </summary>
internal sealed class SqliteAppendQueue(IDbContextFactory<DistanskontaktDbContext> factory)
{
    /// <summary>Enough to absorb hundreds of concurrent writers in a few commits; small enough for one short transaction.</summary>
    public const int MaxBatch = 256;

    private readonly ConcurrentQueue<Pending> _queue = new();
    private readonly SemaphoreSlim _writeTurn = new(1, 1);

    public async Task<AppendResult> AppendAsync(LoggedDecision row, CancellationToken cancellationToken)
    {
        var pending = new Pending(row, cancellationToken);
        _queue.Enqueue(pending);
        await _writeTurn.WaitAsync(cancellationToken);
        try
        {
            // A writer before us may have committed our row already; otherwise we write what is queued, ours included.
            while (!pending.Result.Task.IsCompleted)
            {
                await WriteQueuedAsync();
            }
        }
        finally
        {
            _writeTurn.Release();
        }

        return await pending.Result.Task;
    }

    private async Task WriteQueuedAsync()
    {
        var batch = new List<Pending>();
        while (batch.Count < MaxBatch && _queue.TryDequeue(out var next))
        {
            // A caller that gave up before its row was written gets no row (and no answer to miss).
            if (next.CancellationToken.IsCancellationRequested)
            {
                next.Result.TrySetCanceled(next.CancellationToken);
                continue;
            }

            batch.Add(next);
        }

        if (batch.Count == 0)
        {
            return;
        }

        try
        {
            await WriteAsync(batch);
        }
        catch (Exception ex) when (batch.Count > 1 && !RegistrationLog.IsBusy(ex))
        {
            // One row the database refuses must not fail the rows queued with it: write them one by one.
            foreach (var pending in batch)
            {
                await WriteOrFailAsync([pending]);
            }
        }
        catch (Exception ex)
        {
            Fail(batch, ex);
        }
    }

    private static void Fail(List<Pending> batch, Exception ex)
    {
        foreach (var pending in batch)
        {
            pending.Result.TrySetException(ex);
        }
    }

    private async Task WriteOrFailAsync(List<Pending> batch)
    {
        try
        {
            await WriteAsync(batch);
        }
        catch (Exception ex)
        {
            Fail(batch, ex);
        }
    }

    private async Task WriteAsync(List<Pending> batch)
    {
        // The batch is written for many callers: one of them leaving must not cancel the others' rows.
        var results = await RegistrationLog.WithRetryAsync(() => WriteBatchAsync(batch), retryOnUniqueViolation: true, CancellationToken.None);
        for (var i = 0; i < batch.Count; i++)
        {
            batch[i].Result.TrySetResult(results[i]);
        }
    }

    /// <summary>One transaction: look up the batch's idempotency keys, insert the new rows, commit.</summary>
    private async Task<AppendResult[]> WriteBatchAsync(List<Pending> batch)
    {
        await using var db = await factory.CreateDbContextAsync();
        await using var transaction = await db.Database.BeginTransactionAsync();
        var keys = batch.Select(p => p.Row.IdempotencyKey).OfType<string>().Distinct(StringComparer.Ordinal).ToArray();
        var existing = keys.Length == 0
            ? new Dictionary<string, LoggedDecision>(StringComparer.Ordinal)
            : await db.LoggedDecisions.AsNoTracking()
                .Where(r => r.IdempotencyKey != null && keys.Contains(r.IdempotencyKey))
                .ToDictionaryAsync(r => r.IdempotencyKey!, StringComparer.Ordinal);

        var results = new AppendResult[batch.Count];
        for (var i = 0; i < batch.Count; i++)
        {
            var row = batch[i].Row;
            if (row.IdempotencyKey is { } key && existing.TryGetValue(key, out var first))
            {
                // Stored before, or earlier in this batch: the same answer a retry after that commit would get.
                results[i] = RegistrationLog.AnswerForExisting(first, row);
                continue;
            }

            db.LoggedDecisions.Add(row);
            if (row.IdempotencyKey is { } newKey)
            {
                existing[newKey] = row;
            }

            results[i] = new AppendResult(AppendStatus.Created, row);
        }

        await db.SaveChangesAsync();
        await transaction.CommitAsync();
        return results;
    }

    private sealed record Pending(LoggedDecision Row, CancellationToken CancellationToken)
    {
        public TaskCompletionSource<AppendResult> Result { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);
    }
}
