using Distanskontakt.Infrastructure.UseCases.Registrations;
using Microsoft.EntityFrameworkCore;

namespace Distanskontakt.Infrastructure.Tests.UseCases;

/// <summary><see cref="PurgeLog"/>'s boundaries on a real SQLite log: strictly older than the retention, own units only.</summary>
public sealed class PurgeLogTests : IDisposable
{
    private readonly UseCaseDatabase _host = new(retentionMonths: 24);

    public void Dispose() => _host.Dispose();

    [Fact]
    public async Task ShouldRemoveRowsLoggedBeforeTheCutOffAndKeepTheOneLoggedExactlyAtIt()
    {
        var older = await _host.LogAsync(CompleteAnswers.PasisPhoneNotReplacing());
        _host.Database.Time.Advance(TimeSpan.FromSeconds(1));
        var atCutOff = await _host.LogAsync(CompleteAnswers.PasisVideoReplacing());
        var otherUnit = await _host.LogAsync(CompleteAnswers.PasisPhoneNotReplacing(), UseCaseDatabase.UnitB);
        await _host.VoidDecision.VoidAsync(new VoidDecisionCommand(older.Id, "Fel enhet", SqliteLogDatabase.HashB, [UseCaseDatabase.UnitA]), TestContext.Current.CancellationToken);

        // 24 months after the second row: the cut-off falls exactly on it.
        _host.Database.Time.SetUtcNow(new DateTimeOffset(atCutOff.LoggedAtUtc, TimeSpan.Zero).AddMonths(24));
        var result = await PurgeAsync([UseCaseDatabase.UnitA]);

        Assert.Equal(1, result!.RowsRemoved);
        Assert.Equal(atCutOff.LoggedAtUtc, result.CutoffUtc);
        await using var db = _host.Database.Factory.CreateDbContext();
        Assert.Equal(new[] { atCutOff.Id, otherUnit.Id }.Order(), (await db.LoggedDecisions.Select(r => r.Id).ToListAsync(TestContext.Current.CancellationToken)).Order());
        Assert.Empty(await db.DecisionVoids.ToListAsync(TestContext.Current.CancellationToken));
        var record = await db.LogPurges.SingleAsync(TestContext.Current.CancellationToken);
        Assert.Equal((SqliteLogDatabase.HashA, 1, UseCaseDatabase.UnitA), (record.PurgedByHash, record.RowsRemoved, record.UnitCodes));
    }

    [Fact]
    public async Task ShouldRemoveNothingBeforeTheRetentionHasPassed()
    {
        var entry = await _host.LogAsync(CompleteAnswers.PasisPhoneNotReplacing());
        _host.Database.Time.SetUtcNow(new DateTimeOffset(entry.LoggedAtUtc, TimeSpan.Zero).AddMonths(24).AddTicks(-1));

        var result = await PurgeAsync([UseCaseDatabase.UnitA]);

        Assert.Equal(0, result!.RowsRemoved);
        Assert.NotNull(await _host.Review.FindAsync(entry.Id, [UseCaseDatabase.UnitA], TestContext.Current.CancellationToken));
        Assert.Equal(24, _host.PurgeLog.RetentionMonths);
    }

    [Fact]
    public async Task ShouldPurgeNothingAndRecordNothingWithoutUnits()
    {
        await _host.LogAsync(CompleteAnswers.PasisPhoneNotReplacing());
        _host.Database.Time.Advance(TimeSpan.FromDays(3 * 365));

        Assert.Null(await PurgeAsync([]));

        await using var db = _host.Database.Factory.CreateDbContext();
        Assert.Single(await db.LoggedDecisions.ToListAsync(TestContext.Current.CancellationToken));
        Assert.Empty(await db.LogPurges.ToListAsync(TestContext.Current.CancellationToken));
    }

    private Task<PurgeLogResult?> PurgeAsync(string[] units) =>
        _host.PurgeLog.PurgeAsync(new PurgeLogCommand(SqliteLogDatabase.HashA, units), TestContext.Current.CancellationToken);
}
