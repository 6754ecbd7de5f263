using Distanskontakt.Domain;
using Distanskontakt.Infrastructure;
using Distanskontakt.Infrastructure.Log;
using Distanskontakt.Infrastructure.Persistence;
using Distanskontakt.TestUtilities;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Time.Testing;

namespace Distanskontakt.Infrastructure.Tests;

/// <summary>
/// A real SQLite file in a temp folder, migrated with the shipped SQLite migrations, in WAL mode as the app runs it.
/// Never the EF InMemory provider.
/// </summary>
public sealed class SqliteLogDatabase : IDisposable
{
    public const string HashA = "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa";
    public const string HashB = "bbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb";

    private readonly string _directory = Path.Combine(Path.GetTempPath(), "dk-infra-" + Guid.NewGuid().ToString("N"));

    public SqliteLogDatabase(FakeTimeProvider? time = null)
    {
        Directory.CreateDirectory(_directory);
        Time = time ?? Clocks.MidV4();
        var settings = new DatabaseOptions { Provider = DatabaseProvider.Sqlite, DataDirectory = _directory };
        var builder = new DbContextOptionsBuilder<DistanskontaktDbContext>();
        Infrastructure.DependencyInjection.Configure(builder, settings, null, _directory);
        Options = builder.Options;
        Factory = new TestContextFactory(Options);

        using (var db = Factory.CreateDbContext())
        {
            db.Database.OpenConnection();
            db.Database.ExecuteSqlRaw("PRAGMA journal_mode = WAL;");
            db.Database.Migrate();
        }

        Log = new RegistrationLog(Factory, Time, new AppVersion("test-1.0"));
        Queries = new RegistrationLogQueries(Factory);
    }

    public string FilePath => Path.Combine(_directory, DatabaseOptions.DefaultFileName);

    public FakeTimeProvider Time { get; }

    public DbContextOptions<DistanskontaktDbContext> Options { get; }

    public IDbContextFactory<DistanskontaktDbContext> Factory { get; }

    public RegistrationLog Log { get; }

    public RegistrationLogQueries Queries { get; }

    public static RegistrationDraft Draft(
        Answers answers,
        string unit = "VC-A",
        string? comment = null,
        string? key = null,
        WizardAttemptFigures? attempt = null,
        string hash = HashA)
    {
        var decision = Clocks.Engine().Decide(answers);
        return new RegistrationDraft(decision, answers, unit, "Personal", hash, comment, key, attempt);
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
            // A file still held open by the OS: the temp folder is cleaned later.
        }
    }

    private sealed class TestContextFactory(DbContextOptions<DistanskontaktDbContext> options) : IDbContextFactory<DistanskontaktDbContext>
    {
        public DistanskontaktDbContext CreateDbContext() => new(options);
    }
}
