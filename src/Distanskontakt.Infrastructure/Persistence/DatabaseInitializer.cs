using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Distanskontakt.Infrastructure.Persistence;

/// <summary>
/// Creates and migrates the database before the app takes requests, so <c>dotnet run</c> needs nothing else.
/// SQLite is switched to write-ahead logging (readers never block the writer).
/// </summary>
internal sealed partial class DatabaseInitializer(
    IDbContextFactory<DistanskontaktDbContext> factory,
    IOptions<DatabaseOptions> options,
    ILogger<DatabaseInitializer> logger) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        var settings = options.Value;
        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        if (settings.Provider == DatabaseProvider.Sqlite)
        {
            await EnableWriteAheadLogAsync(db, cancellationToken);
        }
        else if (!settings.MigrateOnStartup)
        {
            LogMigrationSkipped(logger);
            return;
        }

        await db.Database.MigrateAsync(cancellationToken);
        if (settings.Provider == DatabaseProvider.Sqlite)
        {
            // Keeps the query planner's statistics fresh, so the review's filters pick the right index.
            await db.Database.ExecuteSqlRawAsync("PRAGMA optimize;", cancellationToken);
        }

        LogMigrated(logger, settings.Provider);
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    private static async Task EnableWriteAheadLogAsync(DistanskontaktDbContext db, CancellationToken cancellationToken)
    {
        var builder = new SqliteConnectionStringBuilder(db.Database.GetConnectionString());
        if (!builder.DataSource.Equals(":memory:", StringComparison.Ordinal) && builder.Mode != SqliteOpenMode.Memory)
        {
            var directory = Path.GetDirectoryName(Path.GetFullPath(builder.DataSource));
            if (!string.IsNullOrEmpty(directory))
            {
                Directory.CreateDirectory(directory);
            }

            await db.Database.OpenConnectionAsync(cancellationToken);
            try
            {
                await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode = WAL;", cancellationToken);
            }
            finally
            {
                await db.Database.CloseConnectionAsync();
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Databasen ({Provider}) är migrerad")]
    private static partial void LogMigrated(ILogger logger, DatabaseProvider provider);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Database:MigrateOnStartup är av: databasen migreras inte vid start")]
    private static partial void LogMigrationSkipped(ILogger logger);
}
