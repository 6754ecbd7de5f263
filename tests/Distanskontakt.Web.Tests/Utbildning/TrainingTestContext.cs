using Bunit;
using Distanskontakt.Domain.Engine;
using Distanskontakt.Domain.Sources;
using Distanskontakt.Infrastructure;
using Distanskontakt.Infrastructure.Persistence;
using Distanskontakt.Infrastructure.Training;
using Distanskontakt.Infrastructure.UseCases.Training;
using Distanskontakt.TestUtilities;
using Distanskontakt.Web.Components.Pages.Utbildning;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;

namespace Distanskontakt.Web.Tests.Utbildning;

/// <summary>
/// A bUnit context for trainer mode: the engine on a pinned clock (mid skane-v4), the source texts, and the
/// training store on a real, migrated SQLite file in a temp folder. <see cref="SignIn"/> gives a role.
/// </summary>
public abstract class TrainingTestContext : BunitContext
{
    private readonly string _directory = Path.Combine(Path.GetTempPath(), "dk-training-" + Guid.NewGuid().ToString("N"));

    protected TrainingTestContext()
    {
        Directory.CreateDirectory(_directory);
        var builder = new DbContextOptionsBuilder<DistanskontaktDbContext>();
        Infrastructure.DependencyInjection.Configure(builder,
            new DatabaseOptions { Provider = DatabaseProvider.Sqlite, DataDirectory = _directory }, null, _directory);
        Factory = new ContextFactory(builder.Options);
        using (var db = Factory.CreateDbContext())
        {
            db.Database.Migrate();
        }

        Store = new TrainingStore(Factory, Clock);
        Library = new TrainingLibrary(Engine, Store);
        Services.AddSingleton(Engine);
        Services.AddSingleton(Store);
        Services.AddSingleton(Library);
        Services.AddSingleton(SourceTextCatalog.LoadEmbedded());
        Services.AddSingleton<ILoggerFactory>(NullLoggerFactory.Instance);
        Services.AddSingleton(typeof(ILogger<>), typeof(NullLogger<>));
        JSInterop.Mode = JSRuntimeMode.Loose;
    }

    protected FakeTimeProvider Clock { get; } = Clocks.MidV4();

    protected DecisionEngine Engine => _engine ??= Clocks.Engine(Clock);

    protected IDbContextFactory<DistanskontaktDbContext> Factory { get; }

    protected TrainingStore Store { get; }

    protected TrainingLibrary Library { get; }

    private DecisionEngine? _engine;

    protected void SignIn(string role)
    {
        var authorization = AddAuthorization();
        authorization.SetAuthorized("demo-" + role);
        authorization.SetRoles(role);
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
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

    private sealed class ContextFactory(DbContextOptions<DistanskontaktDbContext> options) : IDbContextFactory<DistanskontaktDbContext>
    {
        public DistanskontaktDbContext CreateDbContext() => new(options);
    }
}
