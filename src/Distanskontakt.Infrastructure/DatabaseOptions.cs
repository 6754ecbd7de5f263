namespace Distanskontakt.Infrastructure;

/// <summary>The <c>Database</c> section. The connection string is <c>ConnectionStrings:Default</c>.</summary>
public sealed class DatabaseOptions
{
    public const string SectionName = "Database";

    public const string ConnectionStringName = "Default";

    public const string DefaultFileName = "distanskontakt.db";

    /// <summary><c>Sqlite</c> (the embedded default) or <c>SqlServer</c>.</summary>
    public DatabaseProvider Provider { get; set; } = DatabaseProvider.Sqlite;

    /// <summary>Where the SQLite file goes when no connection string is given (default <c>&lt;ContentRoot&gt;/App_Data</c>).</summary>
    public string? DataDirectory { get; set; }

    /// <summary>Apply pending migrations at start-up (SQLite always; SQL Server unless turned off here).</summary>
    public bool MigrateOnStartup { get; set; } = true;

    /// <summary>How long a SQLite writer waits for the lock before the app retries.</summary>
    public int BusyTimeoutMilliseconds { get; set; } = 10_000;

    /// <summary>
    /// SQLite's <c>PRAGMA synchronous</c> on every connection (the file is in WAL mode). <c>Normal</c>: a commit is
    /// safe from a crash of the app, the last commits may be lost on power loss. <c>Full</c>: every commit is synced
    /// to disk before it is acknowledged. Which one production uses is argued in the durability ADR; the cost of each
    /// is measured with bench/load.sh (docs/performance.md).
    /// </summary>
    public SqliteSynchronous SqliteSynchronous { get; set; } = SqliteSynchronous.Normal;
}

public enum SqliteSynchronous
{
    Normal,
    Full,
}

public enum DatabaseProvider
{
    Sqlite,
    SqlServer,
}
