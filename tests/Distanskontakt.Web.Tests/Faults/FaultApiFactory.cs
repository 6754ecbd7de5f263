using Distanskontakt.Infrastructure;
using Distanskontakt.Web.Tests.Hosting;
using Microsoft.Data.Sqlite;

namespace Distanskontakt.Web.Tests.Faults;

/// <summary>
/// The real app in memory (<see cref="TestApp"/>, test-header sign-in) on a temp SQLite file whose waits are short:
/// a 200 ms busy timeout and a 1 s command timeout (Microsoft.Data.Sqlite's own busy loop), so a locked database
/// turns into a 503 within seconds, not minutes.
/// The database can be taken away (<see cref="TakeDatabaseAway"/>) and locked by another connection (<see cref="LockAsync"/>).
/// </summary>
public sealed class FaultApiFactory : TestApp
{
    public const string Unit = PasisUnit;

    public FaultApiFactory()
    {
        Options = Options with
        {
            SignIn = TestSignIn.Headers,
            ConnectionString = ConnectionString,
            Settings = new Dictionary<string, string?>
            {
                ["Database:BusyTimeoutMilliseconds"] = "200",
                ["Serilog:MinimumLevel:Default"] = "Warning",
                ["Serilog:MinimumLevel:Override:Microsoft.EntityFrameworkCore"] = "Fatal", // the failures are the point
            },
        };
    }

    private string AwayDirectory => Path.Combine(Root, "borta");

    private string ConnectionString => $"Data Source={DatabaseFile};Default Timeout=1";

    public HttpClient Staff(string user = "staff-1") => ClientAs(Personal, Unit, user);

    /// <summary>
    /// Moves the database folder away: pooled connections are closed first, so every new one fails to open
    /// (SQLITE_CANTOPEN) as on an unmounted volume. Files move whole, so nothing is lost when they come back.
    /// </summary>
    public void TakeDatabaseAway()
    {
        ClearPool();
        Directory.Move(DataDirectory, AwayDirectory);
    }

    public void BringDatabaseBack()
    {
        ClearPool();
        Directory.Move(AwayDirectory, DataDirectory);
    }

    /// <summary>Closes this app's idle pooled connections only: tests running beside this one keep theirs.</summary>
    private void ClearPool()
    {
        var settings = new DatabaseOptions { BusyTimeoutMilliseconds = 200 };
        using var connection = new SqliteConnection(
            Distanskontakt.Infrastructure.DependencyInjection.SqliteConnectionString(settings, ConnectionString, DataDirectory));
        SqliteConnection.ClearPool(connection);
    }

    /// <summary>Another process's writer: holds an exclusive write transaction until disposed.</summary>
    public async Task<SqliteConnection> LockAsync(CancellationToken cancellationToken)
    {
        var connection = new SqliteConnection($"Data Source={DatabaseFile};Pooling=False");
        await connection.OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = "BEGIN EXCLUSIVE;";
        await command.ExecuteNonQueryAsync(cancellationToken);
        return connection;
    }

    public async Task<long> ScalarAsync(string sql, CancellationToken cancellationToken)
    {
        await using var connection = new SqliteConnection($"Data Source={DatabaseFile};Mode=ReadOnly;Pooling=False");
        await connection.OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        return (long)(await command.ExecuteScalarAsync(cancellationToken))!;
    }

    /// <summary>Changes the database behind the app's back (another process, an older build).</summary>
    public async Task ExecuteAsync(string sql, CancellationToken cancellationToken)
    {
        await using var connection = new SqliteConnection($"Data Source={DatabaseFile};Pooling=False");
        await connection.OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        await command.ExecuteNonQueryAsync(cancellationToken);
    }
}
