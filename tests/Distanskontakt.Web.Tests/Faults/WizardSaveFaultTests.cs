using System.Data.Common;
using Bunit;
using Distanskontakt.Infrastructure;
using Distanskontakt.Infrastructure.Log;
using Distanskontakt.Infrastructure.Persistence;
using Distanskontakt.TestUtilities;
using Distanskontakt.Web.Components.Pages.Registrera.Components;
using Distanskontakt.Web.Security;
using Distanskontakt.Web.Tests.RegistreraBeslut;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;

namespace Distanskontakt.Web.Tests.Faults;

/// <summary>
/// Issue 7, faults in the wizard's log step: a database locked by another writer past every wait makes the save
/// fail visibly in Swedish with a retry button, while the decision stays on the card; the retry saves once. A save
/// that reached the database but reported failure is retried with the same idempotency key: still one row.
/// </summary>
public sealed class WizardSaveFaultTests : LogTestContext
{
    private const string NotSaved = "Beslutet är inte sparat — försök igen";

    /// <summary>Upper bound for a save against a locked file (eight attempts of about a second): never a measured time.</summary>
    private static readonly TimeSpan _lockedSave = TimeSpan.FromSeconds(60);

    [Fact]
    public async Task ShouldSayTheDecisionIsNotSavedWhileTheDatabaseIsLockedAndSaveOnceOnRetry()
    {
        SignIn("personal", Roles.Personal, PmoUnit);
        var cut = RenderDialog();
        Click(cut, "Registrera beslutet");
        cut.Find("textarea").Input("Ringde tillbaka");

        await using (var locker = new SqliteConnection($"Data Source={DatabaseFile};Pooling=False"))
        {
            await locker.OpenAsync(Xunit.TestContext.Current.CancellationToken);
            await using var command = locker.CreateCommand();
            command.CommandText = "BEGIN EXCLUSIVE;";
            await command.ExecuteNonQueryAsync(Xunit.TestContext.Current.CancellationToken);

            Click(cut, "Spara");
            cut.WaitForAssertion(() => Assert.Contains(NotSaved, cut.Find(".register-failed").TextContent, StringComparison.Ordinal), _lockedSave);
            Assert.Equal("Ringde tillbaka", cut.Find("textarea").GetAttribute("value"));
            Assert.Empty(Rows());
        }

        Click(cut, "Försök igen");
        cut.WaitForAssertion(() => Assert.Equal("Beslutet är sparat", cut.Find(".register-saved").TextContent), _lockedSave);
        var row = Assert.Single(Rows());
        Assert.Equal("Ringde tillbaka", row.Comment);
    }

    [Fact]
    public void ShouldRetryWithTheSameKeyWhenASaveReachedTheDatabaseButReportedFailure()
    {
        var lostAnswer = new LostAnswerInterceptor();
        var options = new DbContextOptionsBuilder<DistanskontaktDbContext>();
        var directory = Path.GetDirectoryName(DatabaseFile)!;
        Distanskontakt.Infrastructure.DependencyInjection.Configure(
            options, new DatabaseOptions { DataDirectory = directory, BusyTimeoutMilliseconds = 200 }, "Default Timeout=1", directory);
        options.AddInterceptors(lostAnswer);
        Services.AddMetrics();
        Services.AddSingleton<Distanskontakt.Infrastructure.Operations.AppMetrics>();
        Services.AddSingleton<IDbContextFactory<DistanskontaktDbContext>>(new OptionsFactory(options.Options));
        SignIn("personal", Roles.Personal, PmoUnit);
        var cut = RenderDialog();
        Click(cut, "Registrera beslutet");

        Click(cut, "Spara");
        cut.WaitForAssertion(() => Assert.Contains(NotSaved, cut.Find(".register-failed").TextContent, StringComparison.Ordinal));
        var written = Assert.Single(Rows());

        Click(cut, "Försök igen");
        cut.WaitForAssertion(() => Assert.Equal("Beslutet är sparat", cut.Find(".register-saved").TextContent));
        Assert.Equal(written.Id, Assert.Single(Rows()).Id);
        Assert.Equal(1, lostAnswer.Thrown);
    }

    private IRenderedComponent<RegisterDecision> RenderDialog()
    {
        // The engine answers without the database: the card's decision is there whatever the log's state.
        var flow = Engine.Decide(new AnswersBuilder().Pmo().On(2026, 6, 1).Phone().Ordinary().NotReplacingVisit().LeadsToVisitSameDay(false).Build());
        Assert.True(flow.Complete);
        return Render<RegisterDecision>(parameters => parameters
            .Add(p => p.Decision, flow)
            .Add(p => p.GivenAnswers, flow.Answers)
            .Add(p => p.Attempt, new WizardAttemptFigures(12, 1, 0))
            .Add(p => p.DraftKey, "/registrera?system=pmo"));
    }

    private static void Click(IRenderedComponent<RegisterDecision> cut, string text) =>
        cut.FindAll("button").Single(button => button.TextContent.Trim() == text).Click();

    /// <summary>
    /// The first save is committed, then the answer is lost on the way back (as when a connection drops). Thrown
    /// after the commit, not after SaveChanges: the log commits its rows in its own transaction (group commit).
    /// </summary>
    private sealed class LostAnswerInterceptor : DbTransactionInterceptor
    {
        public int Thrown { get; private set; }

        public override Task TransactionCommittedAsync(DbTransaction transaction, TransactionEndEventData eventData, CancellationToken cancellationToken = default)
        {
            if (Thrown == 0 && eventData.Context is DistanskontaktDbContext db && db.ChangeTracker.Entries<Distanskontakt.Infrastructure.Persistence.Entities.LoggedDecision>().Any())
            {
                Thrown++;
                throw new SqliteException("disk I/O error", 10);
            }

            return Task.CompletedTask;
        }
    }

    private sealed class OptionsFactory(DbContextOptions<DistanskontaktDbContext> options) : IDbContextFactory<DistanskontaktDbContext>
    {
        public DistanskontaktDbContext CreateDbContext() => new(options);
    }
}
