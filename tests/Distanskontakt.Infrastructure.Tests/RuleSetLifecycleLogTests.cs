using Distanskontakt.Domain;
using Distanskontakt.Domain.RuleSets;
using Distanskontakt.Infrastructure.Log;
using Distanskontakt.TestUtilities;

namespace Distanskontakt.Infrastructure.Tests;

/// <summary>
/// Issue 8, "Done when", the log part: the impact of the skane-v5 fixture over seeded rows, previewed with the clock
/// before its validFrom, matches a count made by hand per logged contact type; once the clock has passed validFrom,
/// decisions are logged under skane-v5 from that day on and under skane-v4 before it.
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
        // TE: 2 rows with a same-day visit and 4 without, all changed (v5 adds an interpretation note to TE; since
        // revision 2 skane-v4 asks no same-day question for TE, so that answer is off the path).
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

        Assert.Equal((15, 12, 0), (impact.Decisions, impact.Changed, impact.Undetermined));
        Assert.Equal(
            new Dictionary<string, (int, int)>
            {
                ["VS"] = (3, 3),
                ["TE"] = (6, 6),
                ["VK"] = (2, 0),
                ["Video som inte ersätter besök"] = (3, 3),
                ["Telefonkontakt som ersätter besök"] = (1, 0),
            },
            impact.ByContactType.ToDictionary(t => t.ContactTypeKey!, t => (t.Decisions, t.Changed)));
    }

    [Fact]
    public async Task ShouldLogWithSkaneV5FromItsValidFromOnceTheClockHasPassedIt()
    {
        var token = TestContext.Current.CancellationToken;
        _database.Time.SetUtcNow(new DateTimeOffset(2027, 1, 10, 10, 0, 0, TimeSpan.Zero));
        var engine = new Domain.Engine.DecisionEngine(SkaneV5Fixture.Catalog(), _database.Time);

        foreach (var answers in new[] { Vs(2026, 12, 31), Vs(2027, 1, 1) })
        {
            var result = await _database.Log.AppendAsync(
                new RegistrationDraft(engine.Decide(answers), answers, "VC-A", "Personal", SqliteLogDatabase.HashA, null, null, null), token);
            Assert.Equal(AppendStatus.Created, result.Status);
        }

        using var db = _database.Factory.CreateDbContext();
        var rows = db.LoggedDecisions.OrderBy(r => r.ContactDate).Select(r => new { r.RuleSetId, r.Registration, First = r.Trace[0] }).ToList();
        Assert.Equal(("skane-v4", Domain.Vocabulary.RegistrationKind.Optional, "v4-pasis-vs"), (rows[0].RuleSetId, rows[0].Registration, rows[0].First));
        Assert.Equal(("skane-v5", Domain.Vocabulary.RegistrationKind.Register, "v5-pasis-vs"), (rows[1].RuleSetId, rows[1].Registration, rows[1].First));
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
