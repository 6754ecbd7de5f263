using System.Data.Common;
using System.Globalization;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Distanskontakt.Infrastructure.Persistence;

/// <summary>
/// Sets SQLite's busy timeout on every connection, so that concurrent writers wait for the lock instead of failing
/// at once, and the configured <c>synchronous</c> level (a per-connection setting in SQLite).
/// WAL itself is a property of the file, set once at start-up (<see cref="DatabaseInitializer"/>).
/// </summary>
internal sealed class SqliteConnectionInterceptor(int busyTimeoutMilliseconds, SqliteSynchronous synchronous) : DbConnectionInterceptor
{
    private readonly string _pragmas = string.Create(CultureInfo.InvariantCulture,
        $"PRAGMA busy_timeout = {busyTimeoutMilliseconds}; PRAGMA synchronous = {Pragma(synchronous)};");

    private static string Pragma(SqliteSynchronous synchronous) => synchronous switch
    {
        SqliteSynchronous.Normal => "NORMAL",
        SqliteSynchronous.Full => "FULL",
    };

    public override void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData) => Apply(connection);

    public override async Task ConnectionOpenedAsync(DbConnection connection, ConnectionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = _pragmas;
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    private void Apply(DbConnection connection)
    {
        using var command = connection.CreateCommand();
        command.CommandText = _pragmas;
        command.ExecuteNonQuery();
    }
}
