using Distanskontakt.Domain.Vocabulary;
using Distanskontakt.Infrastructure.Log;
using Distanskontakt.Infrastructure.UseCases.Registrations;
using Microsoft.EntityFrameworkCore;

namespace Distanskontakt.Infrastructure.Tests.UseCases;

/// <summary><see cref="CountAbandonedAttempt"/> on a real SQLite log: the question path only, and a failing count never throws.</summary>
public sealed class CountAbandonedAttemptTests : IDisposable
{
    private readonly UseCaseDatabase _host = new();

    public void Dispose() => _host.Dispose();

    [Fact]
    public async Task ShouldCountTheAttemptUnderItsUnitDayAndQuestionPath()
    {
        var token = TestContext.Current.CancellationToken;
        var count = new CountAbandonedAttempt(_host.Database.Log);

        await count.CountAsync(UseCaseDatabase.UnitA, new DateOnly(2026, 5, 2), [Input.System, Input.ContactDate, Input.Channel], token);
        await count.CountAsync(UseCaseDatabase.UnitA, new DateOnly(2026, 5, 2), [Input.System, Input.ContactDate, Input.Channel], token);

        await using var db = _host.Database.Factory.CreateDbContext();
        var row = await db.AbandonedAttempts.SingleAsync(token);
        Assert.Equal("system>contactDate>channel", row.QuestionPath);
        Assert.Equal(UseCaseDatabase.UnitA, row.UnitCode);
        Assert.Equal(2, row.Count);
    }

    [Fact]
    public async Task ShouldSwallowAFailedCountSoLeavingThePageNeverBreaks()
    {
        var count = new CountAbandonedAttempt(new BrokenCounter());

        await count.CountAsync(UseCaseDatabase.UnitA, new DateOnly(2026, 5, 2), [Input.System], TestContext.Current.CancellationToken);

        await using var db = _host.Database.Factory.CreateDbContext();
        Assert.Equal(0, await db.AbandonedAttempts.CountAsync(TestContext.Current.CancellationToken));
    }

    private sealed class BrokenCounter : IAbandonedAttemptCounter
    {
        public Task CountAbandonedAsync(string unitCode, DateOnly day, string questionPath, CancellationToken cancellationToken = default) =>
            throw new TimeoutException("database locked");
    }
}
