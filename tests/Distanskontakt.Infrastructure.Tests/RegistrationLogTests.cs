using Distanskontakt.Domain.Privacy;
using Distanskontakt.Domain.Vocabulary;
using Distanskontakt.Infrastructure.Log;
using Distanskontakt.TestUtilities;
using Microsoft.EntityFrameworkCore;

namespace Distanskontakt.Infrastructure.Tests;

public sealed class RegistrationLogTests : IDisposable
{
    private readonly SqliteLogDatabase _database = new();

    public void Dispose() => _database.Dispose();

    [Fact]
    public async Task ShouldStoreEveryAnswerTheOutcomeAndTheAttemptFiguresOfAConfirmedDecision()
    {
        var result = await _database.Log.AppendAsync(SqliteLogDatabase.Draft(
            CompleteAnswers.PasisPhoneNotReplacing(), comment: "Ring tillbaka i morgon", attempt: new WizardAttemptFigures(42, 1, 2)),
            TestContext.Current.CancellationToken);

        Assert.Equal(AppendStatus.Created, result.Status);
        await using var db = _database.Factory.CreateDbContext();
        var row = await db.LoggedDecisions.SingleAsync(TestContext.Current.CancellationToken);
        Assert.Equal(new DateOnly(2026, 5, 2), row.ContactDate);
        Assert.Equal("VC-A", row.UnitCode);
        Assert.Equal(RegistrationSystem.Pasis, row.System);
        Assert.Equal(Channel.Phone, row.Channel);
        Assert.False(row.ReplacesVisit);
        Assert.False(row.GivenAnswers().LeadsToVisitSameDaySameUnit);
        Assert.Equal("system=pasis&channel=phone&supportProgram=false&replacesVisit=false&leadsToVisitSameDaySameUnit=false", row.Answers);
        Assert.Equal("skane-v4", row.RuleSetId);
        Assert.Equal(RuleSetStatus.InForce, row.RuleSetStatus);
        Assert.Equal(RegistrationKind.Optional, row.Registration);
        Assert.Equal("TE", row.ContactTypeCode);
        Assert.Equal("TE", row.ContactTypeKey);
        Assert.Equal("Telefon stand", row.ContactTypeName);
        Assert.NotEmpty(row.Trace);
        Assert.All(row.Obligations, o => Assert.Contains(':', o));
        Assert.Equal("system>contactDate>channel>supportProgram>replacesVisit", row.QuestionPath); // skane-v4 TE asks no same-day question
        Assert.Equal((42, 1, 2), (row.SecondsTaken!.Value, row.AnswersChanged!.Value, row.StepsBack!.Value));
        Assert.Equal("test-1.0", row.AppVersion);
        Assert.Equal("Ring tillbaka i morgon", row.Comment);
        Assert.Equal(SqliteLogDatabase.HashA, row.UserIdHash);
    }

    [Fact]
    public async Task ShouldReturnTheFirstRowWhenTheSameIdempotencyKeyIsUsedAgainEvenConcurrently()
    {
        var draft = SqliteLogDatabase.Draft(CompleteAnswers.PmoPhoneReplacing(), key: "key-1");
        var results = await Task.WhenAll(Enumerable.Range(0, 20).Select(_ => Task.Run(() => _database.Log.AppendAsync(draft))));

        Assert.Single(results, r => r.Status == AppendStatus.Created);
        Assert.Single(results.Select(r => r.Row!.Id).Distinct());
        await using var db = _database.Factory.CreateDbContext();
        Assert.Equal(1, await db.LoggedDecisions.CountAsync(TestContext.Current.CancellationToken));
    }

    [Fact]
    public async Task ShouldNotShowAnotherUsersRowForAReusedIdempotencyKey()
    {
        await _database.Log.AppendAsync(SqliteLogDatabase.Draft(CompleteAnswers.PmoPhoneReplacing(), key: "shared"), TestContext.Current.CancellationToken);

        var second = await _database.Log.AppendAsync(
            SqliteLogDatabase.Draft(CompleteAnswers.PmoPhoneReplacing(), key: "shared", hash: SqliteLogDatabase.HashB), TestContext.Current.CancellationToken);

        Assert.Equal(AppendStatus.KeyTaken, second.Status);
        Assert.Null(second.Row);
    }

    [Fact]
    public async Task ShouldRefuseAPersonnummerInTheCommentWithoutRepeatingIt()
    {
        var error = await Assert.ThrowsAsync<ArgumentException>(() => _database.Log.AppendAsync(
            SqliteLogDatabase.Draft(CompleteAnswers.PmoPhoneReplacing(), comment: "Gäller 19121212-1212"), TestContext.Current.CancellationToken));

        Assert.StartsWith(PersonnummerDetector.RefusalMessage, error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("1212", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ShouldRefuseACommentLongerThan200Characters() =>
        await Assert.ThrowsAsync<ArgumentException>(() => _database.Log.AppendAsync(
            SqliteLogDatabase.Draft(CompleteAnswers.PmoPhoneReplacing(), comment: new string('x', 201)), TestContext.Current.CancellationToken));

    [Fact]
    public async Task ShouldKeepEveryRowWhen50WritersAppend200RowsEachAtOnce()
    {
        var drafts = new[]
        {
            SqliteLogDatabase.Draft(CompleteAnswers.PmoPhoneReplacing()),
            SqliteLogDatabase.Draft(CompleteAnswers.PasisPhoneNotReplacing()),
            SqliteLogDatabase.Draft(CompleteAnswers.PasisVideoReplacing()),
        };
        var errors = 0;
        using var start = new ManualResetEventSlim();
        var writers = Enumerable.Range(0, 50).Select(writer => Task.Run(async () =>
        {
            start.Wait(TestContext.Current.CancellationToken);
            for (var i = 0; i < 200; i++)
            {
                try
                {
                    var result = await _database.Log.AppendAsync(drafts[(writer + i) % drafts.Length] with { IdempotencyKey = $"w{writer}-{i}" });
                    if (result.Status != AppendStatus.Created)
                    {
                        Interlocked.Increment(ref errors);
                    }
                }
                catch (Exception)
                {
                    Interlocked.Increment(ref errors);
                }
            }
        })).ToArray();
        start.Set();
        await Task.WhenAll(writers);

        Assert.Equal(0, errors);
        await using var db = _database.Factory.CreateDbContext();
        Assert.Equal(10_000, await db.LoggedDecisions.CountAsync(TestContext.Current.CancellationToken));
    }

    [Fact]
    public async Task ShouldMarkAVoidedRowAndLeaveItOutOfTheFigures()
    {
        var kept = await _database.Log.AppendAsync(SqliteLogDatabase.Draft(CompleteAnswers.PmoPhoneReplacing()), TestContext.Current.CancellationToken);
        var mistaken = await _database.Log.AppendAsync(SqliteLogDatabase.Draft(CompleteAnswers.PasisPhoneNotReplacing()), TestContext.Current.CancellationToken);

        var status = await _database.Log.VoidAsync(mistaken.Row!.Id, "Fel enhet vald", SqliteLogDatabase.HashB, ["VC-A"], TestContext.Current.CancellationToken);
        var again = await _database.Log.VoidAsync(mistaken.Row!.Id, "Igen", SqliteLogDatabase.HashB, ["VC-A"], TestContext.Current.CancellationToken);
        var foreign = await _database.Log.VoidAsync(kept.Row!.Id, "Inte min enhet", SqliteLogDatabase.HashB, ["VC-B"], TestContext.Current.CancellationToken);

        Assert.Equal(VoidStatus.Voided, status);
        Assert.Equal(VoidStatus.AlreadyVoided, again);
        Assert.Equal(VoidStatus.NotFound, foreign);
        var filter = new LogFilter { Units = ["VC-A"] };
        var page = await _database.Queries.PageAsync(filter, LogSort.Default, 1, 50, TestContext.Current.CancellationToken);
        Assert.Equal(2, page.Total);
        var voided = Assert.Single(page.Items, r => r.Voided);
        Assert.Equal(mistaken.Row.Id, voided.Decision.Id);
        Assert.Equal("Fel enhet vald", voided.Void!.Reason);
        Assert.Equal(SqliteLogDatabase.HashB, voided.Void.VoidedByHash);

        var figures = await _database.Queries.FiguresAsync(filter, TestContext.Current.CancellationToken);
        Assert.Equal(1, figures.Decisions);
        Assert.DoesNotContain(figures.ByContactType, c => c.Key == "TE");
    }

    [Fact]
    public async Task ShouldRefuseAVoidReasonWithAPersonnummer()
    {
        var row = await _database.Log.AppendAsync(SqliteLogDatabase.Draft(CompleteAnswers.PmoPhoneReplacing()), TestContext.Current.CancellationToken);

        await Assert.ThrowsAsync<ArgumentException>(() =>
            _database.Log.VoidAsync(row.Row!.Id, "Patient 191212121212", SqliteLogDatabase.HashB, ["VC-A"], TestContext.Current.CancellationToken));
    }

    [Fact]
    public async Task ShouldPurgeRowsOlderThanTheRetentionAndRecordWhoWhenAndHowMany()
    {
        var token = TestContext.Current.CancellationToken;
        using var database = new SqliteLogDatabase(Clocks.At(2024, 1, 10));
        var old = await database.Log.AppendAsync(SqliteLogDatabase.Draft(CompleteAnswers.PmoPhoneReplacing()), token);
        await database.Log.AppendAsync(SqliteLogDatabase.Draft(CompleteAnswers.PmoPhoneReplacing()), token);
        await database.Log.AppendAsync(SqliteLogDatabase.Draft(CompleteAnswers.PmoPhoneReplacing(), unit: "VC-B"), token);
        await database.Log.VoidAsync(old.Row!.Id, "Fel", SqliteLogDatabase.HashB, ["VC-A"], token);
        await database.Log.CountAbandonedAsync("VC-A", new DateOnly(2024, 1, 10), "system>contactDate>channel", token);
        database.Time.SetUtcNow(new DateTimeOffset(2026, 6, 1, 10, 0, 0, TimeSpan.Zero));
        await database.Log.AppendAsync(SqliteLogDatabase.Draft(CompleteAnswers.PmoPhoneReplacing()), token);

        var purge = await database.Log.PurgeOlderThanAsync(24, SqliteLogDatabase.HashB, ["VC-A"], token);

        Assert.Equal(2, purge.RowsRemoved);
        Assert.Equal(SqliteLogDatabase.HashB, purge.PurgedByHash);
        Assert.Equal(new DateTime(2026, 6, 1, 10, 0, 0), purge.PurgedAtUtc);
        Assert.Equal(new DateTime(2024, 6, 1, 10, 0, 0), purge.CutoffUtc);
        Assert.Equal("VC-A", purge.UnitCodes);
        await using var db = database.Factory.CreateDbContext();
        Assert.Equal(2, await db.LoggedDecisions.CountAsync(token)); // the new VC-A row and the other unit's old row
        Assert.Equal(0, await db.DecisionVoids.CountAsync(token));
        Assert.Equal(0, await db.AbandonedAttempts.CountAsync(token));
        var recorded = await db.LogPurges.SingleAsync(token);
        Assert.Equal(2, recorded.RowsRemoved);
    }

    [Fact]
    public async Task ShouldCountAbandonedAttemptsPerUnitDayAndPath()
    {
        var token = TestContext.Current.CancellationToken;
        var day = new DateOnly(2026, 5, 2);
        await Task.WhenAll(Enumerable.Range(0, 10).Select(_ => _database.Log.CountAbandonedAsync("VC-A", day, "system>contactDate>channel", token)));
        await _database.Log.CountAbandonedAsync("VC-A", day, "system>contactDate>channel>replacesVisit", token);

        await using var db = _database.Factory.CreateDbContext();
        var counts = await db.AbandonedAttempts.OrderBy(a => a.QuestionPath).Select(a => a.Count).ToListAsync(token);
        Assert.Equal([10, 1], counts);
    }
}
