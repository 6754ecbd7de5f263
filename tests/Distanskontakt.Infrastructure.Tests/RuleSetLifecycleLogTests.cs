using Distanskontakt.Domain;
using Distanskontakt.Domain.RuleSets;
using Distanskontakt.Infrastructure.Log;
using Distanskontakt.TestUtilities;

namespace Distanskontakt.Infrastructure.Tests;

/// <summary>
/// Issue 8, "Done when", the log part: the impact of the skane-v5 fixture over seeded rows, previewed with the clock
/// before its validFrom, matches a count made by hand per logged contact type.
/// </summary>
public sealed class RuleSetLifecycleLogTests : IDisposable
{
    private readonly SqliteLogDatabase _database = new();

    public void Dispose() => _database.Dispose();

    [Fact]
    public async Task ShouldCountTheSeededDecisionsSkaneV5WouldRegisterDifferently()
    {
        var token = TestContext.Current.CancellationToken;
        // VS (mandatory in v5): 3 rows, all changed; a 4th is voided and a 5th too old, so neither counts.
        await SeedAsync(3, day => Vs(2026, 5, day));
        var voided = await _database.Log.AppendAsync(SqliteLogDatabase.Draft(Vs(2026, 5, 10)), token);
        await _database.Log.VoidAsync(voided.Row!.Id, "Dubbelregistrerad", SqliteLogDatabase.HashB, ["VC-A"], token);
        await SeedAsync(1, _ => Vs(2025, 4, 1));
        // TE: 2 rows leading to a visit the same day (triage removed: changed), 4 without (unchanged).
        await SeedAsync(2, day => new AnswersBuilder().Pasis().On(2026, 5, day).Phone().SupportProgram(false).NotReplacingVisit().LeadsToVisitSameDay().Build());
        await SeedAsync(4, day => CompleteAnswers.PasisPhoneNotReplacing(day));
        // VK: 2 rows, unchanged.
        await SeedAsync(2, day => CompleteAnswers.PasisVideoReplacing(day));
        // PMO video not replacing (new name in v5): 3 rows at another unit, all changed.
        await SeedAsync(3, day => new AnswersBuilder().Pmo().On(2026, 4, day).Video().Ordinary().NotReplacingVisit().LeadsToVisitSameDay(false).Build(), "VC-B");
        // PMO phone replacing: 1 row, unchanged.
        await SeedAsync(1, day => CompleteAnswers.PmoPhoneReplacing(day), "VC-B");

        // Previewed on 2026-06-01, before skane-v5's validFrom (2027-01-01).
        Assert.True(StockholmToday() < SkaneV5Fixture.ValidFrom);
        var catalog = SkaneV5Fixture.Catalog();
        var diff = RuleSetDiff.Compare(catalog, "skane-v4", SkaneV5Fixture.Id);
        var impact = await new ImpactQueries(_database.Factory, _database.Time).ImpactAsync(catalog, diff, ImpactQueries.DefaultMonths, token);

        Assert.Equal((15, 8, 0), (impact.Decisions, impact.Changed, impact.Undetermined));
        Assert.Equal(
            new Dictionary<string, (int, int)>
            {
                ["VS"] = (3, 3),
                ["TE"] = (6, 2),
                ["VK"] = (2, 0),
                ["Video som inte ersätter besök"] = (3, 3),
                ["Telefonkontakt som ersätter besök"] = (1, 0),
            },
            impact.ByContactType.ToDictionary(t => t.ContactTypeKey!, t => (t.Decisions, t.Changed)));
    }

    private async Task SeedAsync(int count, Func<int, Answers> answersOnDay, string unit = "VC-A")
    {
        for (var day = 1; day <= count; day++)
        {
            var result = await _database.Log.AppendAsync(SqliteLogDatabase.Draft(answersOnDay(day), unit), TestContext.Current.CancellationToken);
            Assert.Equal(AppendStatus.Created, result.Status);
        }
    }

    private DateOnly StockholmToday() => Domain.Engine.StockholmClock.Today(_database.Time);

    private static Answers Vs(int year, int month, int day) =>
        new AnswersBuilder().Pasis().On(year, month, day).Video().SupportProgram(false).NotReplacingVisit().Build();
}
