using Distanskontakt.Infrastructure;
using Distanskontakt.TestUtilities;
using Distanskontakt.Web.Tests.Registrations;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Distanskontakt.Web.Tests.Faults;

/// <summary>
/// The real app in memory on a temp SQLite file whose waits are short: a 200 ms busy timeout and a 1 s command
/// timeout (Microsoft.Data.Sqlite's own busy loop), so a locked database turns into a 503 within seconds, not minutes.
/// The database can be taken away (<see cref="TakeDatabaseAway"/>) and locked by another connection (<see cref="LockAsync"/>).
/// </summary>
public sealed class FaultApiFactory : WebApplicationFactory<Program>
{
    public const string Personal = RegistrationApiFactory.Personal;
    public const string Unit = RegistrationApiFactory.PasisUnit;

    private readonly string _root = Path.Combine(Path.GetTempPath(), "dk-faults-" + Guid.NewGuid().ToString("N"));

    public string DataDirectory => Path.Combine(_root, "data");

    public string DatabaseFile => Path.Combine(DataDirectory, "distanskontakt.db");

    private string AwayDirectory => Path.Combine(_root, "borta");

    private string ConnectionString => $"Data Source={DatabaseFile};Default Timeout=1";

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        Directory.CreateDirectory(DataDirectory);
        builder.UseEnvironment("Testing");
        builder.UseSetting("ConnectionStrings:Default", ConnectionString);
        builder.UseSetting("Database:BusyTimeoutMilliseconds", "200");
        builder.UseSetting("Serilog:MinimumLevel:Default", "Warning");
        builder.UseSetting("Serilog:MinimumLevel:Override:Microsoft.EntityFrameworkCore", "Fatal"); // the failures are the point
        builder.ConfigureServices(services =>
        {
            services.RemoveAll<TimeProvider>();
            services.AddSingleton<TimeProvider>(Clocks.MidV4());
            services.AddAuthentication().AddScheme<AuthenticationSchemeOptions, TestAuthHandler>(TestAuthHandler.SchemeName, null);
            services.PostConfigure<AuthenticationOptions>(options =>
            {
                options.DefaultScheme = TestAuthHandler.SchemeName;
                options.DefaultAuthenticateScheme = TestAuthHandler.SchemeName;
                options.DefaultChallengeScheme = TestAuthHandler.SchemeName;
                options.DefaultForbidScheme = TestAuthHandler.SchemeName;
            });
        });
    }

    public HttpClient Staff(string user = "staff-1")
    {
        var client = CreateClient();
        client.DefaultRequestHeaders.Add(TestAuthHandler.UserHeader, user);
        client.DefaultRequestHeaders.Add(TestAuthHandler.RoleHeader, Personal);
        client.DefaultRequestHeaders.Add(TestAuthHandler.UnitHeader, Unit);
        return client;
    }

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

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        SqliteConnection.ClearAllPools();
        try
        {
            Directory.Delete(_root, recursive: true);
        }
        catch (IOException)
        {
            // Cleaned with the temp folder.
        }
    }
}
