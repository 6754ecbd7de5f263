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

    /// <summary>One grouped pass over the counted rows; the figures are summed from these groups.</summary>
    public static IQueryable<FigureGroup> FigureGroupsQuery(DistanskontaktDbContext db, LogFilter filter) =>
        Counted(db, filter)
            .GroupBy(r => new { r.ContactTypeKey, r.ContactTypeName, r.Channel, r.ReplacesVisit, r.RuleSetStatus, r.QuestionPath })
            .Select(g => new FigureGroup(
                g.Key.ContactTypeKey,
                g.Key.ContactTypeName,
                g.Key.Channel,
                g.Key.ReplacesVisit,
                g.Key.RuleSetStatus,
                g.Key.QuestionPath,
                g.Count(),
                g.Count(r => r.SecondsTaken != null),
                g.Count(r => r.AnswersChanged > 0)));

    /// <summary>The seconds of the wizard attempts, per path, for the medians.</summary>
    public static IQueryable<PathSeconds> SecondsQuery(DistanskontaktDbContext db, LogFilter filter) =>
        Counted(db, filter)
            .Where(r => r.SecondsTaken != null)
            .Select(r => new PathSeconds(r.QuestionPath, r.SecondsTaken!.Value));

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
        var groups = await FigureGroupsQuery(db, filter).ToListAsync(cancellationToken);
        var seconds = await SecondsQuery(db, filter).ToListAsync(cancellationToken);

        // Abandoned attempts carry no answers, so only the unit and date filters apply to them.
        var onlyUnitAndDate = filter.System is null && filter.ContactType is null && filter.Registration is null && filter.Channel is null;
        var abandoned = onlyUnitAndDate
            ? (await AbandonedQuery(db, filter).ToListAsync(cancellationToken)).ToDictionary(p => p.QuestionPath, p => p.Count, StringComparer.Ordinal)
            : new Dictionary<string, int>(StringComparer.Ordinal);
        return Summarise(groups, seconds, abandoned);
    }

    internal static LogFigures Summarise(IReadOnlyList<FigureGroup> groups, IReadOnlyList<PathSeconds> seconds, IReadOnlyDictionary<string, int> abandoned)
    {
        var byContactType = groups
            .Where(g => g.ContactTypeKey is not null)
            .GroupBy(g => g.ContactTypeKey!, StringComparer.Ordinal)
            .Select(g => new CountByKey(g.Key, Label(g.Key, g.First().ContactTypeName), g.Sum(x => x.Count)))
            .OrderByDescending(c => c.Count).ThenBy(c => c.Key, StringComparer.Ordinal)
            .ToArray();
        var byChannel = groups
            .GroupBy(g => g.Channel)
            .Select(g => new CountByKey(WireNames.Of(g.Key), WireNames.Of(g.Key), g.Sum(x => x.Count)))
            .OrderByDescending(c => c.Count).ThenBy(c => c.Key, StringComparer.Ordinal)
            .ToArray();

        var secondsByPath = seconds.GroupBy(s => s.QuestionPath, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Select(s => s.Seconds).Order().ToArray(), StringComparer.Ordinal);
        var paths = groups.Select(g => g.QuestionPath).Concat(abandoned.Keys).Distinct(StringComparer.Ordinal);
        var hesitation = paths
            .Select(path =>
            {
                var onPath = groups.Where(g => g.QuestionPath == path).ToArray();
                var withFigures = onPath.Sum(g => g.WithFigures);
                var changed = onPath.Sum(g => g.WithChangedAnswers);
                return new PathHesitation(
                    path,
                    onPath.Sum(g => g.Count),
                    withFigures,
                    secondsByPath.TryGetValue(path, out var sorted) ? Median(sorted) : null,
                    withFigures == 0 ? null : (double)changed / withFigures,
                    abandoned.GetValueOrDefault(path));
            })
            .OrderByDescending(h => h.Decisions + h.Abandoned).ThenBy(h => h.QuestionPath, StringComparer.Ordinal)
            .ToArray();

        return new LogFigures(
            groups.Sum(g => g.Count),
            byContactType,
            byChannel,
            groups.Where(g => g.ReplacesVisit is not null).Sum(g => g.Count),
            groups.Where(g => g.ReplacesVisit == true).Sum(g => g.Count),
            groups.Where(g => g.RuleSetStatus == RuleSetStatus.Expired).Sum(g => g.Count),
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

public sealed record FigureGroup(
    string? ContactTypeKey,
    string? ContactTypeName,
    Channel Channel,
    bool? ReplacesVisit,
    RuleSetStatus RuleSetStatus,
    string QuestionPath,
    int Count,
    int WithFigures,
    int WithChangedAnswers);

public sealed record PathSeconds(string QuestionPath, int Seconds);

public sealed record PathCount(string QuestionPath, int Count);
