using Distanskontakt.Infrastructure.Log;
using Distanskontakt.TestUtilities;

namespace Distanskontakt.Infrastructure.Tests;

/// <summary>The impact query on a real SQLite log: one group per answer set and contact type, voided and old rows left out.</summary>
public sealed class ImpactQueriesTests : IDisposable
{
    private readonly SqliteLogDatabase _database = new();

    public void Dispose() => _database.Dispose();

    [Fact]
    public async Task ShouldCountTheNonVoidedRowsOfTheLastMonthsPerAnswersAndContactType()
    {
        var token = TestContext.Current.CancellationToken;
        for (var day = 1; day <= 4; day++)
        {
            await _database.Log.AppendAsync(SqliteLogDatabase.Draft(CompleteAnswers.PasisPhoneNotReplacing(day)), token);
        }

        await _database.Log.AppendAsync(SqliteLogDatabase.Draft(CompleteAnswers.PmoPhoneReplacing(3), unit: "VC-B"), token);
        var voided = await _database.Log.AppendAsync(SqliteLogDatabase.Draft(CompleteAnswers.PasisVideoReplacing(5)), token);
        await _database.Log.VoidAsync(voided.Row!.Id, "Fel kontaktsätt", SqliteLogDatabase.HashB, ["VC-A"], token);
        // Before the window: 2026-06-01 less 12 months is 2025-06-01.
        await _database.Log.AppendAsync(SqliteLogDatabase.Draft(
            new AnswersBuilder().Pasis().On(2025, 5, 31).Video().SupportProgram(false).ReplacingVisit().Build()), token);
        await _database.Log.AppendAsync(SqliteLogDatabase.Draft(
            new AnswersBuilder().Pasis().On(2025, 6, 1).Video().SupportProgram(false).ReplacingVisit().Build()), token);
        var queries = new ImpactQueries(_database.Factory, _database.Time);

        var groups = await queries.AnswerCountsAsync(12, token);

        Assert.Equal(new DateOnly(2025, 6, 1), queries.Since(12));
        Assert.Equal(3, groups.Count);
        var te = groups.Single(g => g.ContactTypeKey == "TE");
        Assert.Equal(4, te.Count);
        Assert.Equal(CompleteAnswers.PasisPhoneNotReplacing() with { ContactDate = null }, te.Answers);
        Assert.Equal(1, groups.Single(g => g.ContactTypeKey == "VK").Count);
        Assert.Equal(1, groups.Single(g => g.ContactTypeKey == "Telefonkontakt som ersätter besök").Count);
    }
}
