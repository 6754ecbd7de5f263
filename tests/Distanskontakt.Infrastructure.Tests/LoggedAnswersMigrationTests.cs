using Distanskontakt.Domain.Vocabulary;
using Distanskontakt.Infrastructure.Persistence;
using Distanskontakt.TestUtilities;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Distanskontakt.Infrastructure.Tests;

/// <summary>
/// The migration that moved the answers into one address-form column keeps every existing row's answers, and
/// migrating back restores the old columns (a real SQLite file, the shipped migrations).
/// </summary>
public sealed class LoggedAnswersMigrationTests : IDisposable
{
    private const string Before = "20261124111517_RuleSetLifecycle";

    private readonly string _directory = Path.Combine(Path.GetTempPath(), "dk-migrate-" + Guid.NewGuid().ToString("N"));

    [Fact]
    public async Task ShouldMoveTheAnswersOfExistingRowsIntoTheAddressFormAndBack()
    {
        var cancellationToken = TestContext.Current.CancellationToken;
        await using var db = Context();
        var migrator = db.GetService<IMigrator>();
        await migrator.MigrateAsync(Before, cancellationToken);
        await InsertOldRowAsync(db, "11111111-1111-1111-1111-111111111111", "pmo", "text", "1", "0", "0", "1", "0", "NULL");
        await InsertOldRowAsync(db, "22222222-2222-2222-2222-222222222222", "pasis", "staffAboutPatient", "NULL", "NULL", "NULL", "NULL", "NULL", "NULL");

        await migrator.MigrateAsync(null, cancellationToken);

        var rows = await db.LoggedDecisions.AsNoTracking().OrderBy(r => r.UnitCode).ToListAsync(cancellationToken);
        Assert.Equal(
            ["system=pmo&channel=text&via1177Direkt=true&handedOverSameUnitSameDay=false&supportProgram=false&replacesVisit=false&journalDocumented=true",
             "system=pasis&channel=staffAboutPatient"],
            rows.Select(r => r.Answers));
        var first = rows[0].GivenAnswers();
        Assert.Equal((RegistrationSystem.Pmo, Channel.Text, true, false, false, true, false, (bool?)null),
            (first.System!.Value, first.Channel!.Value, first.Via1177Direkt!.Value, first.HandedOverSameUnitSameDay!.Value,
             first.SupportProgram!.Value, first.JournalDocumented!.Value, first.ReplacesVisit!.Value, first.LeadsToVisitSameDaySameUnit));
        Assert.Equal(new DateOnly(2026, 5, 2), first.ContactDate);

        await migrator.MigrateAsync(Before, cancellationToken);

        var back = await ReadOldColumnsAsync(db, "11111111-1111-1111-1111-111111111111");
        Assert.Equal("1|0|0|1|0|", back);
        Assert.Equal("||||", await ReadOldColumnsAsync(db, "22222222-2222-2222-2222-222222222222", withReplacesVisit: false));
    }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        try
        {
            Directory.Delete(_directory, recursive: true);
        }
        catch (IOException)
        {
            // Cleaned with the temp folder later.
        }
    }

    private DistanskontaktDbContext Context()
    {
        Directory.CreateDirectory(_directory);
        var builder = new DbContextOptionsBuilder<DistanskontaktDbContext>();
        DependencyInjection.Configure(builder, new DatabaseOptions { Provider = DatabaseProvider.Sqlite, DataDirectory = _directory }, null, _directory);
        return new DistanskontaktDbContext(builder.Options);
    }

    /// <summary>A row as the columns were before the migration (test values only, so the text is built directly).</summary>
    private static Task InsertOldRowAsync(DistanskontaktDbContext db, string id, string system, string channel,
        string via, string handed, string support, string journal, string replaces, string leads)
    {
        var sql = $"""
            INSERT INTO LoggedDecisions (Id, LoggedAtUtc, ContactDate, UnitCode, Role, UserIdHash, System, Channel, Via1177Direkt,
              HandedOverSameUnitSameDay, SupportProgram, JournalDocumented, ReplacesVisit, LeadsToVisitSameDaySameUnit, QuestionPath,
              RuleSetId, RuleSetStatus, Registration, Obligations, NoteKinds, Trace, AppVersion)
            VALUES ('{id}', '2026-05-02 08:00:00', '2026-05-02', 'VC-{id[0]}', 'Personal', '{SqliteLogDatabase.HashA}', '{system}', '{channel}',
              {via}, {handed}, {support}, {journal}, {replaces}, {leads}, 'system>contactDate>channel', 'skane-v4', 'inForce', 'register',
              '[]', '[]', '[]', 'test')
            """;
        return db.Database.ExecuteSqlRawAsync(sql, TestContext.Current.CancellationToken);
    }

    private static async Task<string> ReadOldColumnsAsync(DistanskontaktDbContext db, string id, bool withReplacesVisit = true)
    {
        var connection = db.Database.GetDbConnection();
        await db.Database.OpenConnectionAsync(TestContext.Current.CancellationToken);
        await using var command = connection.CreateCommand();
        var columns = withReplacesVisit
            ? "Via1177Direkt, HandedOverSameUnitSameDay, SupportProgram, JournalDocumented, ReplacesVisit, LeadsToVisitSameDaySameUnit"
            : "Via1177Direkt, HandedOverSameUnitSameDay, SupportProgram, JournalDocumented, LeadsToVisitSameDaySameUnit";
        command.CommandText = $"SELECT {columns} FROM LoggedDecisions WHERE Id = '{id}'";
        await using var reader = await command.ExecuteReaderAsync(TestContext.Current.CancellationToken);
        Assert.True(await reader.ReadAsync(TestContext.Current.CancellationToken));
        return string.Join('|', Enumerable.Range(0, reader.FieldCount).Select(i => reader.IsDBNull(i) ? "" : reader.GetInt64(i).ToString(System.Globalization.CultureInfo.InvariantCulture)));
    }
}
