using Distanskontakt.Domain.Training;
using Distanskontakt.Domain.Vocabulary;
using Distanskontakt.Infrastructure.Training;
using Distanskontakt.TestUtilities;
using Microsoft.EntityFrameworkCore;

namespace Distanskontakt.Infrastructure.Tests;

/// <summary>Trainer mode's storage on a real, migrated SQLite file.</summary>
public sealed class TrainingStoreTests : IDisposable
{
    private readonly SqliteLogDatabase _database = new();

    private TrainingStore Store => new(_database.Factory, _database.Time);

    private static CustomScenarioDraft Draft(string code = "KT", string name = "Telefon kval") => new(
        "Uppföljning per telefon",
        "Läkaren ringer patienten och ändrar behandlingen efter provsvaren.",
        new DateOnly(2025, 9, 1),
        new AnswersBuilder().Pasis().Phone().SupportProgram(false).ReplacingVisit().LeadsToVisitSameDay(false).Build(),
        RegistrationKind.Register,
        code,
        name,
        new HashSet<ObligationId> { ObligationId.Journal, ObligationId.Diagnosis });

    [Fact]
    public async Task ShouldKeepATrainersScenarioAndReadItBackAsTheLibraryShowsIt()
    {
        var added = await Store.AddAsync(Draft(), "skane-v4", TestContext.Current.CancellationToken);

        var read = Assert.Single(await Store.CustomScenariosAsync(TestContext.Current.CancellationToken));

        Assert.Equal(added.Id, read.Id);
        Assert.StartsWith(TrainingScenarios.CustomIdPrefix, read.Id, StringComparison.Ordinal);
        Assert.Equal(ScenarioOrigin.Custom, read.Origin);
        Assert.Equal(Draft().Answers with { ContactDate = new DateOnly(2025, 9, 1) }, read.Answers);
        Assert.Equal("KT", read.Expected.ContactType!.Code);
        Assert.Equal([ObligationId.Journal, ObligationId.Diagnosis], read.Expected.Required.Order());
    }

    [Fact]
    public async Task ShouldFlagAStoredScenarioStaleWhenItsExpectationDisagreesWithTheEngine()
    {
        await Store.AddAsync(Draft("TE", "Telefon stand"), "skane-v4", TestContext.Current.CancellationToken);

        var read = Assert.Single(await Store.CustomScenariosAsync(TestContext.Current.CancellationToken));
        var check = ExpectationCheck.For(read, Clocks.Engine(_database.Time));

        Assert.True(check.IsStale);
    }

    [Fact]
    public async Task ShouldCountAttemptsAndRightAnswersPerScenarioWithoutAnythingElse()
    {
        var cancel = TestContext.Current.CancellationToken;
        await Task.WhenAll(Enumerable.Range(0, 20).Select(i => Store.RecordAnswerAsync("v4-pmo-egen-formular-1177", right: i % 4 == 0, cancel)));
        await Store.RecordAnswerAsync("v3-annat", right: true, cancel);

        var shares = await Store.AnswerSharesAsync(cancel);

        Assert.Equal(new ScenarioAnswerShare(20, 5), shares["v4-pmo-egen-formular-1177"]);
        Assert.Equal(0.25, shares["v4-pmo-egen-formular-1177"].Share);
        Assert.Equal(new ScenarioAnswerShare(1, 1), shares["v3-annat"]);
        await using var db = await _database.Factory.CreateDbContextAsync(cancel);
        Assert.Equal(0, await db.LoggedDecisions.CountAsync(cancel)); // quiz answers never reach the registration log
    }

    [Fact]
    public async Task ShouldDeleteATrainersScenarioWithItsCounter()
    {
        var cancel = TestContext.Current.CancellationToken;
        var added = await Store.AddAsync(Draft(), "skane-v4", cancel);
        await Store.RecordAnswerAsync(added.Id, right: false, cancel);

        Assert.True(await Store.DeleteAsync(added.Id, cancel));
        Assert.False(await Store.DeleteAsync(added.Id, cancel));
        Assert.False(await Store.DeleteAsync("v4-pmo-egen-formular-1177", cancel));
        Assert.Empty(await Store.CustomScenariosAsync(cancel));
        Assert.False((await Store.AnswerSharesAsync(cancel)).ContainsKey(added.Id));
    }

    public void Dispose() => _database.Dispose();
}
