using Distanskontakt.Domain.Vocabulary;
using Distanskontakt.Infrastructure.Persistence;
using Distanskontakt.Infrastructure.Persistence.Entities;
using Microsoft.EntityFrameworkCore;

namespace Distanskontakt.Infrastructure.Log;

/// <summary>
/// Reads the registration log for the review: filtered pages sorted on the server, the figures, and the CSV export.
/// One context per call. The query builders are public so that their SQL can be checked per provider.
/// </summary>
public sealed class RegistrationLogQueries(IDbContextFactory<DistanskontaktDbContext> factory)
{
    public const int MaxPageSize = 500;

    public async Task<LogPage> PageAsync(LogFilter filter, LogSort sort, int page, int pageSize, CancellationToken cancellationToken = default)
    {
        page = Math.Max(1, page);
        pageSize = Math.Clamp(pageSize, 1, MaxPageSize);
        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        var total = await Filtered(db, filter).CountAsync(cancellationToken);
        var rows = await PageQuery(db, filter, sort, page, pageSize).ToListAsync(cancellationToken);
        return new LogPage(rows, total, page, pageSize);
    }

    public async Task<LogRow?> FindAsync(Guid id, IReadOnlyCollection<string> units, CancellationToken cancellationToken = default)
    {
        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        return await db.LoggedDecisions.AsNoTracking()
            .Where(r => r.Id == id && units.Contains(r.UnitCode))
            .Select(r => new LogRow(r, r.Void))
            .FirstOrDefaultAsync(cancellationToken);
    }

    /// <summary>The rows that match the filter, voided ones included (lists mark them).</summary>
    public static IQueryable<LoggedDecision> Filtered(DistanskontaktDbContext db, LogFilter filter)
    {
        if (filter.Units.Count == 0)
        {
            throw new ArgumentException("Minst en enhet.", nameof(filter));
        }

        var query = db.LoggedDecisions.AsNoTracking();
        if (filter.Units.Count == 1)
        {
            var unit = filter.Units.First();
            query = query.Where(r => r.UnitCode == unit);
        }
        else
        {
            var units = filter.Units.ToArray();
            query = query.Where(r => units.Contains(r.UnitCode));
        }

        if (filter.From is { } from)
        {
            query = query.Where(r => r.ContactDate >= from);
        }

        if (filter.To is { } to)
        {
            query = query.Where(r => r.ContactDate <= to);
        }

        if (filter.System is { } system)
        {
            query = query.Where(r => r.System == system);
        }

        if (filter.ContactType is { Length: > 0 } contactType)
        {
            query = query.Where(r => r.ContactTypeKey == contactType);
        }

        if (filter.Registration is { } registration)
        {
            query = query.Where(r => r.Registration == registration);
        }

        if (filter.Channel is { } channel)
        {
            query = query.Where(r => r.Channel == channel);
        }

        return query;
    }

    /// <summary>The rows that count in the figures: filtered, not voided.</summary>
    public static IQueryable<LoggedDecision> Counted(DistanskontaktDbContext db, LogFilter filter) =>
        Filtered(db, filter).Where(r => r.Void == null);

    public static IQueryable<LogRow> PageQuery(DistanskontaktDbContext db, LogFilter filter, LogSort sort, int page, int pageSize) =>
        Sorted(Filtered(db, filter), sort)
            .Skip((page - 1) * pageSize)
            .Take(pageSize)
            .Select(r => new LogRow(r, r.Void));

    /// <summary>
    /// The few columns the figures need, one row per filtered decision (voided ones included), read from the
    /// covering review index in one range scan and summed in memory: no table lookups, no temporary sort.
    /// </summary>
    public static IQueryable<FigureRow> FigureRowsQuery(DistanskontaktDbContext db, LogFilter filter) =>
        Filtered(db, filter).Select(r => new FigureRow(
            r.ContactTypeKey, r.ContactTypeName, r.Channel, r.ReplacesVisit, r.RuleSetStatus, r.QuestionPath, r.SecondsTaken, r.AnswersChanged));

    /// <summary>The same columns for the voided rows of the filter (few), to take out of the figures.</summary>
    public static IQueryable<FigureRow> VoidedFigureRowsQuery(DistanskontaktDbContext db, LogFilter filter) =>
        db.DecisionVoids.AsNoTracking()
            .Join(Filtered(db, filter), v => v.RegistrationId, r => r.Id, (v, r) => r)
            .Select(r => new FigureRow(
                r.ContactTypeKey, r.ContactTypeName, r.Channel, r.ReplacesVisit, r.RuleSetStatus, r.QuestionPath, r.SecondsTaken, r.AnswersChanged));

    public static IQueryable<PathCount> AbandonedQuery(DistanskontaktDbContext db, LogFilter filter)
    {
        var units = filter.Units.ToArray();
        var query = db.AbandonedAttempts.AsNoTracking().Where(a => units.Contains(a.UnitCode));
        if (filter.From is { } from)
        {
            query = query.Where(a => a.Day >= from);
        }

        if (filter.To is { } to)
        {
            query = query.Where(a => a.Day <= to);
        }

        return query.GroupBy(a => a.QuestionPath).Select(g => new PathCount(g.Key, g.Sum(a => a.Count)));
    }

    public async Task<LogFigures> FiguresAsync(LogFilter filter, CancellationToken cancellationToken = default)
    {
        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        var rows = await FigureRowsQuery(db, filter).ToListAsync(cancellationToken);
        var voided = await VoidedFigureRowsQuery(db, filter).ToListAsync(cancellationToken);

        // Abandoned attempts carry no answers, so only the unit and date filters apply to them.
        var onlyUnitAndDate = filter.System is null && filter.ContactType is null && filter.Registration is null && filter.Channel is null;
        var abandoned = onlyUnitAndDate
            ? (await AbandonedQuery(db, filter).ToListAsync(cancellationToken)).ToDictionary(p => p.QuestionPath, p => p.Count, StringComparer.Ordinal)
            : new Dictionary<string, int>(StringComparer.Ordinal);
        return Summarise(Without(rows, voided), abandoned);
    }

    /// <summary>The rows less one equal row for each voided one (records compare by value).</summary>
    internal static List<FigureRow> Without(List<FigureRow> rows, IReadOnlyList<FigureRow> voided)
    {
        if (voided.Count == 0)
        {
            return rows;
        }

        var toRemove = voided.CountBy(r => r).ToDictionary(p => p.Key, p => p.Value);
        var kept = new List<FigureRow>(rows.Count - voided.Count);
        foreach (var row in rows)
        {
            if (toRemove.TryGetValue(row, out var left) && left > 0)
            {
                toRemove[row] = left - 1;
                continue;
            }

            kept.Add(row);
        }

        return kept;
    }

    internal static LogFigures Summarise(IReadOnlyList<FigureRow> rows, IReadOnlyDictionary<string, int> abandoned)
    {
        var byContactType = rows
            .Where(r => r.ContactTypeKey is not null)
            .GroupBy(r => r.ContactTypeKey!, StringComparer.Ordinal)
            .Select(g => new CountByKey(g.Key, Label(g.Key, g.First().ContactTypeName), g.Count()))
            .OrderByDescending(c => c.Count).ThenBy(c => c.Key, StringComparer.Ordinal)
            .ToArray();
        var byChannel = rows
            .GroupBy(r => r.Channel)
            .Select(g => new CountByKey(WireNames.Of(g.Key), WireNames.Of(g.Key), g.Count()))
            .OrderByDescending(c => c.Count).ThenBy(c => c.Key, StringComparer.Ordinal)
            .ToArray();

        var byPath = rows.GroupBy(r => r.QuestionPath, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.ToArray(), StringComparer.Ordinal);
        var hesitation = byPath.Keys.Concat(abandoned.Keys).Distinct(StringComparer.Ordinal)
            .Select(path =>
            {
                var onPath = byPath.GetValueOrDefault(path) ?? [];
                var seconds = onPath.Where(r => r.SecondsTaken is not null).Select(r => r.SecondsTaken!.Value).Order().ToArray();
                var changed = onPath.Count(r => r.SecondsTaken is not null && r.AnswersChanged > 0);
                return new PathHesitation(
                    path,
                    onPath.Length,
                    seconds.Length,
                    Median(seconds),
                    seconds.Length == 0 ? null : (double)changed / seconds.Length,
                    abandoned.GetValueOrDefault(path));
            })
            .OrderByDescending(h => h.Decisions + h.Abandoned).ThenBy(h => h.QuestionPath, StringComparer.Ordinal)
            .ToArray();

        return new LogFigures(
            rows.Count,
            byContactType,
            byChannel,
            rows.Count(r => r.ReplacesVisit is not null),
            rows.Count(r => r.ReplacesVisit == true),
            rows.Count(r => r.RuleSetStatus == RuleSetStatus.Expired),
            hesitation);
    }

    internal static double? Median(IReadOnlyList<int> sorted) => sorted.Count switch
    {
        0 => null,
        var n when n % 2 == 1 => sorted[n / 2],
        var n => (sorted[(n / 2) - 1] + sorted[n / 2]) / 2.0,
    };

    private static string Label(string key, string? name) => name is null || name == key ? key : $"{key} {name}";

    internal static IQueryable<LoggedDecision> Sorted(IQueryable<LoggedDecision> query, LogSort sort) => (sort.Column, sort.Descending) switch
    {
        (LogSortColumn.ContactDate, true) => query.OrderByDescending(r => r.ContactDate).ThenByDescending(r => r.LoggedAtUtc),
        (LogSortColumn.ContactDate, false) => query.OrderBy(r => r.ContactDate).ThenBy(r => r.LoggedAtUtc),
        (LogSortColumn.LoggedAt, true) => query.OrderByDescending(r => r.LoggedAtUtc),
        (LogSortColumn.LoggedAt, false) => query.OrderBy(r => r.LoggedAtUtc),
        (LogSortColumn.Unit, true) => query.OrderByDescending(r => r.UnitCode).ThenByDescending(r => r.ContactDate).ThenByDescending(r => r.LoggedAtUtc),
        (LogSortColumn.Unit, false) => query.OrderBy(r => r.UnitCode).ThenByDescending(r => r.ContactDate).ThenByDescending(r => r.LoggedAtUtc),
        (LogSortColumn.ContactType, true) => query.OrderByDescending(r => r.ContactTypeKey).ThenByDescending(r => r.ContactDate).ThenByDescending(r => r.LoggedAtUtc),
        (LogSortColumn.ContactType, false) => query.OrderBy(r => r.ContactTypeKey).ThenByDescending(r => r.ContactDate).ThenByDescending(r => r.LoggedAtUtc),
        (LogSortColumn.Channel, true) => query.OrderByDescending(r => r.Channel).ThenByDescending(r => r.ContactDate).ThenByDescending(r => r.LoggedAtUtc),
        (LogSortColumn.Channel, false) => query.OrderBy(r => r.Channel).ThenByDescending(r => r.ContactDate).ThenByDescending(r => r.LoggedAtUtc),
        (LogSortColumn.Registration, true) => query.OrderByDescending(r => r.Registration).ThenByDescending(r => r.ContactDate).ThenByDescending(r => r.LoggedAtUtc),
        (LogSortColumn.Registration, false) => query.OrderBy(r => r.Registration).ThenByDescending(r => r.ContactDate).ThenByDescending(r => r.LoggedAtUtc),
    };

    /// <summary>
    /// Writes the filtered rows as CSV (UTF-8 with BOM, <c>;</c>, spreadsheet-safe cells), streaming them from the
    /// database without holding the result in memory.
    /// </summary>
    public async Task WriteCsvAsync(LogFilter filter, Stream output, CancellationToken cancellationToken = default)
    {
        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        var rows = Sorted(Filtered(db, filter), new LogSort(LogSortColumn.ContactDate, Descending: false))
            .Select(r => new LogRow(r, r.Void))
            .AsAsyncEnumerable();
        await LogCsv.WriteAsync(rows, output, cancellationToken);
    }
}

/// <summary>What the figures read of one decision.</summary>
public sealed record FigureRow(
    string? ContactTypeKey,
    string? ContactTypeName,
    Channel Channel,
    bool? ReplacesVisit,
    RuleSetStatus RuleSetStatus,
    string QuestionPath,
    int? SecondsTaken,
    int? AnswersChanged);

public sealed record PathCount(string QuestionPath, int Count);
