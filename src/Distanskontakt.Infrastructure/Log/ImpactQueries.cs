using Distanskontakt.Domain;
using Distanskontakt.Domain.Engine;
using Distanskontakt.Domain.RuleSets;
using Distanskontakt.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Distanskontakt.Infrastructure.Log;

/// <summary>
/// Reads the log for a rule-set preview's impact (issue 8): the non-voided decisions of the last N months, all
/// units (rule sets are the region's), counted per answer set (the address-form column) and logged contact type in one GROUP BY, so that the
/// engine runs once per distinct situation rather than once per row.
/// </summary>
public sealed class ImpactQueries(IDbContextFactory<DistanskontaktDbContext> factory, TimeProvider time)
{
    /// <summary>How far back the preview looks unless the administrator chooses otherwise.</summary>
    public const int DefaultMonths = 12;

    /// <summary>The first contact date counted when looking back <paramref name="months"/> from today (Stockholm).</summary>
    public DateOnly Since(int months) => StockholmClock.Today(time).AddMonths(-Math.Max(0, months));

    public async Task<IReadOnlyList<LoggedAnswerCount>> AnswerCountsAsync(int months, CancellationToken cancellationToken = default)
    {
        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        var groups = await AnswerCountsQuery(db, Since(months)).ToListAsync(cancellationToken);
        return [.. groups.Select(g => new LoggedAnswerCount(g.ToAnswers(), g.ContactTypeKey, g.Count))];
    }

    /// <summary>The impact of <paramref name="diff"/> over the last <paramref name="months"/> months of the log.</summary>
    public async Task<RuleSetImpactReport> ImpactAsync(RuleSetCatalog catalog, RuleSetDiffReport diff, int months, CancellationToken cancellationToken = default) =>
        RuleSetImpact.Count(catalog, diff, await AnswerCountsAsync(months, cancellationToken));

    /// <summary>Non-voided rows with a contact date on or after <paramref name="since"/>, counted per answers and contact type.</summary>
    public static IQueryable<AnswerGroupCount> AnswerCountsQuery(DistanskontaktDbContext db, DateOnly since) =>
        db.LoggedDecisions.AsNoTracking()
            .Where(r => r.ContactDate >= since && r.Void == null)
            .GroupBy(r => new { r.Answers, r.ContactTypeKey })
            .Select(g => new AnswerGroupCount(g.Key.Answers, g.Key.ContactTypeKey, g.Count()));
}

/// <summary>One group of the impact query: the answers as logged (address form), the logged contact type, and how many rows.</summary>
public sealed record AnswerGroupCount(string Answers, string? ContactTypeKey, int Count)
{
    public Answers ToAnswers() => AnswerAddress.Parse(Answers);
}
