using Distanskontakt.Domain.Training;
using Distanskontakt.Infrastructure.Persistence;
using Distanskontakt.Infrastructure.Persistence.Entities;
using Microsoft.Data.SqlClient;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace Distanskontakt.Infrastructure.Training;

/// <summary>Right answers out of all answers for one scenario, over every quiz session.</summary>
public sealed record ScenarioAnswerShare(int Attempts, int Right)
{
    public double Share => Attempts == 0 ? 0 : (double)Right / Attempts;
}

/// <summary>
/// Trainer mode's storage: trainers' own scenarios and the anonymous per-scenario quiz counters. It never touches
/// the registration log. One context per operation.
/// </summary>
public sealed class TrainingStore(IDbContextFactory<DistanskontaktDbContext> factory, TimeProvider time)
{
    private const int MaxAttempts = 8;

    public async Task<IReadOnlyList<TrainingScenario>> CustomScenariosAsync(CancellationToken cancellationToken = default)
    {
        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        var rows = await db.TrainerScenarios.AsNoTracking().OrderBy(s => s.Id).ToListAsync(cancellationToken);
        return [.. rows.Select(ToScenario)];
    }

    /// <summary>Stores a draft that has passed <see cref="CustomScenarioDraft.Validate"/>; returns its library id.</summary>
    public async Task<TrainingScenario> AddAsync(CustomScenarioDraft draft, string ruleSetId, CancellationToken cancellationToken = default)
    {
        var expected = draft.Expected(ruleSetId);
        var row = new TrainerScenario
        {
            Title = draft.Title.Trim(),
            Situation = draft.Situation.Trim(),
            ContactDate = draft.ContactDate,
            Answers = CustomScenarioDraft.AnswersText(draft.Answers),
            RuleSetId = ruleSetId,
            Registration = draft.Registration,
            ContactTypeCode = expected.ContactType?.Code,
            ContactTypeName = expected.ContactType?.Name,
            RequiredObligations = CustomScenarios.RequiredText(draft.Required),
            CreatedAtUtc = time.GetUtcNow().UtcDateTime,
        };
        await WithRetryAsync(async () =>
        {
            await using var db = await factory.CreateDbContextAsync(cancellationToken);
            db.TrainerScenarios.Add(row);
            await db.SaveChangesAsync(cancellationToken);
            return row.Id;
        }, cancellationToken);
        return ToScenario(row);
    }

    /// <summary>Removes a trainer's scenario and its counter. False when there was none.</summary>
    public async Task<bool> DeleteAsync(string scenarioId, CancellationToken cancellationToken = default)
    {
        if (!TryKey(scenarioId, out var key))
        {
            return false;
        }

        return await WithRetryAsync(async () =>
        {
            await using var db = await factory.CreateDbContextAsync(cancellationToken);
            var removed = await db.TrainerScenarios.Where(s => s.Id == key).ExecuteDeleteAsync(cancellationToken);
            await db.ScenarioAnswerCounts.Where(c => c.ScenarioId == scenarioId).ExecuteDeleteAsync(cancellationToken);
            return removed > 0;
        }, cancellationToken);
    }

    /// <summary>Counts one quiz answer for a scenario: one more attempt, and one more right when it was right.</summary>
    public Task RecordAnswerAsync(string scenarioId, bool right, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(scenarioId);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(scenarioId.Length, TrainingLimits.ScenarioIdMaxLength);
        var add = right ? 1 : 0;
        return WithRetryAsync(async () =>
        {
            await using var db = await factory.CreateDbContextAsync(cancellationToken);
            var updated = await db.ScenarioAnswerCounts.Where(c => c.ScenarioId == scenarioId)
                .ExecuteUpdateAsync(s => s
                    .SetProperty(c => c.Attempts, c => c.Attempts + 1)
                    .SetProperty(c => c.Right, c => c.Right + add), cancellationToken);
            if (updated == 0)
            {
                db.ScenarioAnswerCounts.Add(new ScenarioAnswerCount { ScenarioId = scenarioId, Attempts = 1, Right = add });
                await db.SaveChangesAsync(cancellationToken);
            }

            return true;
        }, cancellationToken);
    }

    /// <summary>The counters of every scenario answered at least once, by scenario id.</summary>
    public async Task<IReadOnlyDictionary<string, ScenarioAnswerShare>> AnswerSharesAsync(CancellationToken cancellationToken = default)
    {
        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        return await db.ScenarioAnswerCounts.AsNoTracking()
            .ToDictionaryAsync(c => c.ScenarioId, c => new ScenarioAnswerShare(c.Attempts, c.Right), StringComparer.Ordinal, cancellationToken);
    }

    private static TrainingScenario ToScenario(TrainerScenario row) => CustomScenarios.ToScenario(
        row.Id, row.Title, row.Situation, row.ContactDate, row.Answers, row.RuleSetId, row.Registration,
        row.ContactTypeCode, row.ContactTypeName, row.RequiredObligations);

    private static bool TryKey(string scenarioId, out int key)
    {
        key = 0;
        return scenarioId.StartsWith(TrainingScenarios.CustomIdPrefix, StringComparison.Ordinal)
            && int.TryParse(scenarioId.AsSpan(TrainingScenarios.CustomIdPrefix.Length), System.Globalization.NumberStyles.None,
                System.Globalization.CultureInfo.InvariantCulture, out key);
    }

    /// <summary>A busy SQLite database, or two first answers racing to insert the same counter: try again.</summary>
    private static async Task<T> WithRetryAsync<T>(Func<Task<T>> operation, CancellationToken cancellationToken)
    {
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                return await operation();
            }
            catch (Exception ex) when (attempt < MaxAttempts && IsTransient(ex))
            {
                await Task.Delay(TimeSpan.FromMilliseconds((15 * attempt) + Random.Shared.Next(15)), cancellationToken);
            }
        }
    }

    private static bool IsTransient(Exception? ex)
    {
        for (; ex is not null; ex = ex.InnerException)
        {
            if (ex is SqliteException { SqliteErrorCode: 5 or 6 or 19 } or SqlException { Number: 2601 or 2627 })
            {
                return true;
            }
        }

        return false;
    }
}
