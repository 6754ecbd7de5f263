using Bunit;
using Bunit.TestDoubles;
using Distanskontakt.Domain.Engine;
using Distanskontakt.Domain.Sources;
using Distanskontakt.Infrastructure;
using Distanskontakt.Infrastructure.Persistence;
using Distanskontakt.TestUtilities;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;

namespace Distanskontakt.Web.Tests.Hosting;

/// <summary>
/// The one bUnit base: what every page needs (the engine on a pinned clock, mid skane-v4 unless told, the shipped
/// source texts, metrics, silent logging, loose JS interop so a page's module answers with defaults), the address
/// helpers, and a real migrated SQLite file in a temp folder for the pages that read or write the database.
/// Per-area contexts add their own services on top.
/// </summary>
public abstract class PageTestContext : BunitContext
{
    private string? _directory;
    private DecisionEngine? _engine;

    protected PageTestContext(FakeTimeProvider? clock = null)
    {
        Clock = clock ?? Clocks.MidV4();
        // Read when first asked for, so a context may replace the engine (another catalog) before any render.
        Services.AddSingleton(_ => Engine);
        Services.AddSingleton<TimeProvider>(Clock);
        Services.AddSingleton(SourceTexts);
        Services.AddMetrics();
        Services.AddSingleton<Distanskontakt.Infrastructure.Operations.AppMetrics>();
        Services.AddOptions();
        Services.AddSingleton<ILoggerFactory>(NullLoggerFactory.Instance);
        Services.AddSingleton(typeof(ILogger<>), typeof(NullLogger<>));
        JSInterop.Mode = JSRuntimeMode.Loose;
    }

    public static SourceTextCatalog SourceTexts { get; } = SourceTextCatalog.LoadEmbedded();

    protected FakeTimeProvider Clock { get; }

    protected DecisionEngine Engine => _engine ??= Clocks.Engine(Clock);

    protected BunitNavigationManager Navigation => Services.GetRequiredService<BunitNavigationManager>();

    /// <summary>The address as the page left it, relative to the base ("/registrera?system=…").</summary>
    protected string Address => "/" + Navigation.ToBaseRelativePath(Navigation.Uri);

    /// <summary>This context's temp folder (made on first use, removed with the context).</summary>
    protected string TempDirectory => _directory ??= Directory.CreateDirectory(
        Path.Combine(Path.GetTempPath(), "dk-bunit-" + Guid.NewGuid().ToString("N"))).FullName;

    /// <summary>
    /// The app's SQLite options for a database file in <paramref name="directory"/>; <paramref name="shortWaits"/>
    /// gives a 200 ms busy timeout and a 1 s command timeout (bounding Microsoft.Data.Sqlite's own busy loop), so a
    /// locked file fails within seconds.
    /// </summary>
    protected static DbContextOptions<DistanskontaktDbContext> SqliteOptions(string directory, bool shortWaits = false)
    {
        var builder = new DbContextOptionsBuilder<DistanskontaktDbContext>();
        var settings = new DatabaseOptions { Provider = DatabaseProvider.Sqlite, DataDirectory = directory };
        if (shortWaits)
        {
            settings.BusyTimeoutMilliseconds = 200;
        }

        Distanskontakt.Infrastructure.DependencyInjection.Configure(builder, settings, shortWaits ? "Default Timeout=1" : null, directory);
        return builder.Options;
    }

    /// <summary>Creates the schema as the app's start does.</summary>
    protected static void Migrate(IDbContextFactory<DistanskontaktDbContext> factory)
    {
        using var db = factory.CreateDbContext();
        db.Database.Migrate();
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (_directory is null)
        {
            return;
        }

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
}
