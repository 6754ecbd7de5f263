using Distanskontakt.Domain.Privacy;
using Distanskontakt.Domain.Vocabulary;
using Distanskontakt.Infrastructure.Log;
using Distanskontakt.Infrastructure.Operations;
using Distanskontakt.Infrastructure.Persistence;
using Distanskontakt.Infrastructure.UseCases.Registrations;
using Distanskontakt.TestUtilities;
using Microsoft.EntityFrameworkCore;

namespace Distanskontakt.Infrastructure.Tests.UseCases;

/// <summary>Every check of <see cref="LogDecision"/> on a real SQLite log: each refusal with its Swedish message, and nothing written.</summary>
public sealed class LogDecisionTests : IDisposable
{
    private const string WrittenCounter = "distanskontakt.registrations.written";

    private readonly UseCaseDatabase _host = new();

    public void Dispose() => _host.Dispose();

    [Fact]
    public async Task ShouldLogACompleteDecisionWithTheTrimmedCommentAndCountItOnce()
    {
        var result = await LogAsync(Command(comment: "  Ringde tillbaka  "));

        Assert.Equal(LogDecisionStatus.Logged, result.Status);
        Assert.False(result.Replayed);
        var entry = result.Entry!;
        Assert.Equal("Ringde tillbaka", entry.Comment);
        Assert.Equal(UseCaseDatabase.UnitA, entry.UnitCode);
        Assert.Equal(RegistrationKind.Optional, entry.Registration);
        Assert.Equal("TE", entry.ContactTypeCode);
        Assert.Equal(entry.Id, Assert.Single(await RowsAsync()).Id);
        Assert.Equal(1, _host.Count(WrittenCounter));
    }

    [Fact]
    public async Task ShouldRefuseAUserWithoutARole()
    {
        var result = await LogAsync(Command() with { User = new LoggingUser(null, [UseCaseDatabase.UnitA], SqliteLogDatabase.HashA) });

        Assert.Equal(LogDecisionStatus.Forbidden, result.Status);
        Assert.Equal(LogDecision.NoRoleMessage, result.Problems[LogDecision.RoleField]);
        Assert.Equal("Din roll får inte logga beslut.", LogDecision.NoRoleMessage);
        Assert.Empty(await RowsAsync());
    }

    [Theory]
    [InlineData("")]
    [InlineData(UseCaseDatabase.UnitA + "," + UseCaseDatabase.UnitB)]
    [InlineData("OKAND-ENHET")]
    public async Task ShouldRefuseUnlessExactlyOneConfiguredUnitIsChosen(string units)
    {
        var user = new LoggingUser("Personal", units.Split(',', StringSplitOptions.RemoveEmptyEntries), SqliteLogDatabase.HashA);

        var result = await LogAsync(Command() with { User = user });

        Assert.Equal(LogDecisionStatus.Forbidden, result.Status);
        Assert.Equal("Ingen känd enhet är vald för din inloggning. Välj enhet och försök igen.", result.Problems[LogDecision.UnitField]);
        Assert.Empty(await RowsAsync());
    }

    [Fact]
    public async Task ShouldRefuseACommentOver200CharactersAfterTrimming()
    {
        Assert.Equal(LogDecisionStatus.Logged, (await LogAsync(Command(comment: "  " + new string('a', 200) + "  "))).Status);

        var result = await LogAsync(Command(comment: new string('a', 201)));

        Assert.Equal(LogDecisionStatus.Refused, result.Status);
        Assert.Equal("Kommentaren får vara högst 200 tecken.", Assert.Single(result.Problems).Value);
        Assert.Equal(LogDecision.CommentField, Assert.Single(result.Problems).Key);
        Assert.Single(await RowsAsync());
    }

    [Theory]
    [InlineData(AppMetrics.FromApi)]
    [InlineData(AppMetrics.FromWizard)]
    public async Task ShouldRefuseAPersonnummerInTheCommentWithoutRepeatingItAndCountTheRefusalBySource(string source)
    {
        var result = await LogAsync(Command(comment: "Ring 19121212-1212 i morgon") with { Source = source });

        Assert.Equal(LogDecisionStatus.Refused, result.Status);
        var problem = result.Problems[LogDecision.CommentField];
        Assert.Equal(PersonnummerDetector.RefusalMessage, problem);
        Assert.DoesNotContain("1212", problem, StringComparison.Ordinal);
        Assert.Empty(await RowsAsync());
        Assert.Equal(1, _host.Count("distanskontakt.personnummer.refused:" + source));
        Assert.Equal(0, _host.Count(WrittenCounter));
    }

    [Theory]
    [InlineData("med mellanslag")]
    [InlineData("åäö")]
    public async Task ShouldRefuseAnIdempotencyKeyThatIsNotVisibleAscii(string key)
    {
        var result = await LogAsync(Command(key: key));

        Assert.Equal(LogDecisionStatus.Refused, result.Status);
        Assert.Equal("Nyckeln får vara högst 100 synliga ASCII-tecken.", result.Problems[LogDecision.IdempotencyKeyField]);
        Assert.Empty(await RowsAsync());
    }

    [Fact]
    public async Task ShouldRefuseAnIdempotencyKeyOver100Characters()
    {
        Assert.Equal(LogDecisionStatus.Logged, (await LogAsync(Command(key: new string('k', 100)))).Status);

        var result = await LogAsync(Command(key: new string('k', 101)));

        Assert.Equal(LogDecision.BadKeyMessage, result.Problems[LogDecision.IdempotencyKeyField]);
        Assert.Single(await RowsAsync());
    }

    [Fact]
    public async Task ShouldRefuseAnIncompleteDecisionListingTheMissingAnswersInAskingOrder()
    {
        var answers = new AnswersBuilder().Pasis().On(2026, 5, 2).Phone().Build();

        var result = await LogAsync(Command(answers));

        Assert.Equal(LogDecisionStatus.Refused, result.Status);
        Assert.Equal([Input.SupportProgram, Input.ReplacesVisit], result.Missing);
        Assert.Equal(["replacesVisit", "supportProgram"], result.Problems.Keys.Order(StringComparer.Ordinal));
        Assert.All(result.Problems.Values, message => Assert.Equal("Svaret behövs för att beslutet ska kunna loggas.", message));
        Assert.Empty(await RowsAsync());
    }

    [Fact]
    public async Task ShouldRefuseAContactDateAfterToday()
    {
        var answers = new AnswersBuilder().Pasis().On(2026, 6, 2).Phone().SupportProgram(false).NotReplacingVisit().LeadsToVisitSameDay(false).Build();

        var result = await LogAsync(Command(answers));

        Assert.Equal(LogDecisionStatus.Refused, result.Status);
        Assert.Contains("2026-06-01", result.Problems["contactDate"], StringComparison.Ordinal);
        Assert.Empty(await RowsAsync());
    }

    [Fact]
    public async Task ShouldGiveTheFirstRowBackForTheSameKeyAndCountOneWrite()
    {
        var first = await LogAsync(Command(key: "nyckel-1"));
        var again = await LogAsync(Command(key: "nyckel-1"));

        Assert.Equal(LogDecisionStatus.Logged, again.Status);
        Assert.True(again.Replayed);
        Assert.Equal(first.Entry!.Id, again.Entry!.Id);
        Assert.Single(await RowsAsync());
        Assert.Equal(1, _host.Count(WrittenCounter));
    }

    [Fact]
    public async Task ShouldRefuseAnotherUsersKeyWithoutShowingTheirRow()
    {
        await LogAsync(Command(key: "nyckel-2"));

        var result = await LogAsync(Command(key: "nyckel-2") with { User = UseCaseDatabase.Personal(hash: SqliteLogDatabase.HashB) });

        Assert.Equal(LogDecisionStatus.KeyTaken, result.Status);
        Assert.Null(result.Entry);
        Assert.Single(await RowsAsync());
    }

    [Fact]
    public async Task ShouldAnswerUnavailableWhenTheDatabaseCannotBeOpened()
    {
        var missing = Path.Combine(Path.GetTempPath(), "dk-saknas-" + Guid.NewGuid().ToString("N"), "saknas");
        var options = new DbContextOptionsBuilder<DistanskontaktDbContext>();
        Infrastructure.DependencyInjection.Configure(
            options, new DatabaseOptions { DataDirectory = missing, BusyTimeoutMilliseconds = 200 }, "Default Timeout=1", missing);
        var log = new RegistrationLog(new Factory(options.Options), _host.Database.Time, new AppVersion("test"));
        var logDecision = new LogDecision(_host.Engine, log, new OneUnit(), _host.Metrics);

        var result = await logDecision.LogAsync(Command(), TestContext.Current.CancellationToken);

        Assert.Equal(LogDecisionStatus.Unavailable, result.Status);
        Assert.Equal(0, _host.Count(WrittenCounter));
    }

    private static LogDecisionCommand Command(Domain.Answers? answers = null, string? comment = null, string? key = null) =>
        new(answers ?? CompleteAnswers.PasisPhoneNotReplacing(), UseCaseDatabase.Personal(), comment, key);

    private Task<LogDecisionResult> LogAsync(LogDecisionCommand command) =>
        _host.LogDecision.LogAsync(command, TestContext.Current.CancellationToken);

    private async Task<List<Persistence.Entities.LoggedDecision>> RowsAsync()
    {
        await using var db = _host.Database.Factory.CreateDbContext();
        return await db.LoggedDecisions.AsNoTracking().ToListAsync(TestContext.Current.CancellationToken);
    }

    private sealed class OneUnit : IKnownUnits
    {
        public bool IsKnown(string unitCode) => unitCode == UseCaseDatabase.UnitA;
    }

    private sealed class Factory(DbContextOptions<DistanskontaktDbContext> options) : IDbContextFactory<DistanskontaktDbContext>
    {
        public DistanskontaktDbContext CreateDbContext() => new(options);
    }
}
