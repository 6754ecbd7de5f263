using Distanskontakt.Infrastructure.Log;
using Microsoft.EntityFrameworkCore;

namespace Distanskontakt.Infrastructure.Tests;

/// <summary>
/// Appends on SQLite are group-committed (many callers, one transaction): the answers must stay those of appends
/// made one after the other — one row per key, the first row for a retry, nothing for another user's key.
/// </summary>
public sealed class GroupCommitTests : IDisposable
{
    private readonly SqliteLogDatabase _database = new();

    public void Dispose() => _database.Dispose();

    [Fact]
    public async Task ShouldWriteOneRowPerKeyAndAnswerEveryRetryWithItWhenManyAppendConcurrently()
    {
        const int keys = 100;
        var appends = Enumerable.Range(0, keys * 2)
            .Select(i => Task.Run(() => _database.Log.AppendAsync(SqliteLogDatabase.Draft(CompleteAnswers.PmoPhoneReplacing(), key: $"key-{i % keys}"))))
            .ToArray();

        var results = await Task.WhenAll(appends);

        Assert.Equal(keys, results.Count(r => r.Status == AppendStatus.Created));
        Assert.Equal(keys, results.Count(r => r.Status == AppendStatus.Replayed));
        Assert.All(results.GroupBy(r => r.Row!.IdempotencyKey), pair => Assert.Single(pair.Select(r => r.Row!.Id).Distinct()));
        await using var db = _database.Factory.CreateDbContext();
        Assert.Equal(keys, await db.LoggedDecisions.CountAsync(TestContext.Current.CancellationToken));
    }

    [Fact]
    public async Task ShouldWriteEveryRowWithoutAKeyWhenManyAppendConcurrently()
    {
        var results = await Task.WhenAll(Enumerable.Range(0, 300)
            .Select(_ => Task.Run(() => _database.Log.AppendAsync(SqliteLogDatabase.Draft(CompleteAnswers.PasisVideoReplacing())))));

        Assert.All(results, r => Assert.Equal(AppendStatus.Created, r.Status));
        await using var db = _database.Factory.CreateDbContext();
        Assert.Equal(300, await db.LoggedDecisions.CountAsync(TestContext.Current.CancellationToken));
    }

    [Fact]
    public async Task ShouldGiveAnotherUsersKeyNoRowEvenInTheSameBatch()
    {
        var results = await Task.WhenAll(Enumerable.Range(0, 40).Select(i => Task.Run(() => _database.Log.AppendAsync(
            SqliteLogDatabase.Draft(CompleteAnswers.PmoPhoneReplacing(), key: "shared", hash: i % 2 == 0 ? SqliteLogDatabase.HashA : SqliteLogDatabase.HashB)))));

        var created = Assert.Single(results, r => r.Status == AppendStatus.Created);
        Assert.All(results.Where(r => r.Status == AppendStatus.Replayed), r => Assert.Equal(created.Row!.Id, r.Row!.Id));
        Assert.All(results.Where(r => r.Status == AppendStatus.KeyTaken), r => Assert.Null(r.Row));
        Assert.Equal(20, results.Count(r => r.Status == AppendStatus.KeyTaken));
        await using var db = _database.Factory.CreateDbContext();
        Assert.Equal(1, await db.LoggedDecisions.CountAsync(TestContext.Current.CancellationToken));
    }
}
