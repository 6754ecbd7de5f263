using System.Security.Claims;
using Bunit;
using Distanskontakt.Domain.Engine;
using Distanskontakt.Domain.Sources;
using Distanskontakt.Infrastructure;
using Distanskontakt.Infrastructure.Log;
using Distanskontakt.Infrastructure.Persistence;
using Distanskontakt.TestUtilities;
using Distanskontakt.Web.Security;
using Distanskontakt.Web.Units;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;

using Distanskontakt.Web.Tests.Situations;

namespace Distanskontakt.Web.Tests.RegistreraBeslut;

/// <summary>
/// A bUnit context with the registration log on a real SQLite file in a temp folder (migrated), the engine on a
/// pinned clock, the Units settings, and a signed-in user. <see cref="DatabaseDown"/> makes every new context
/// open a file in a folder that does not exist, so SQLite itself fails as an unreachable database does.
/// </summary>
public abstract class LogTestContext : BunitContext
{
    public const string PmoUnit = "VC-LUND-NORR";

    public const string PasisUnit = "HUD-SUS-LUND";

    private readonly string _directory = Path.Combine(Path.GetTempPath(), "dk-bunit-" + Guid.NewGuid().ToString("N"));

    protected LogTestContext()
    {
        Directory.CreateDirectory(_directory);
        Factory = new SwitchableFactory(Options(_directory), Options(Path.Combine(_directory, "saknas", "saknas")));
        using (var db = Factory.CreateDbContext())
        {
            db.Database.Migrate();
        }

        Services.AddSingleton<IDbContextFactory<DistanskontaktDbContext>>(Factory);
        Services.AddSingleton<TimeProvider>(Clock);
        Services.AddSingleton(new AppVersion("test"));
        Services.AddMetrics();
        Services.AddSingleton<Distanskontakt.Infrastructure.Operations.AppMetrics>();
        Services.AddSingleton<RegistrationLog>();
        Services.AddSingleton<IAbandonedAttemptCounter>(sp => sp.GetRequiredService<RegistrationLog>());
        Services.AddSingleton<RegistrationLogQueries>();
        Services.AddUseCases();
        Services.AddSingleton<Distanskontakt.Infrastructure.UseCases.Registrations.IKnownUnits, Distanskontakt.Web.Units.ConfiguredUnits>();
        Services.AddSingleton(new Distanskontakt.Web.Components.Pages.Registrera.WizardTimings());
        Services.AddSingleton(Engine);
        Services.AddSituationSearch(Engine);
        Services.AddSingleton(SourceTextCatalog.LoadEmbedded());
        Services.AddSingleton<ILoggerFactory>(NullLoggerFactory.Instance);
        Services.AddSingleton(typeof(ILogger<>), typeof(NullLogger<>));
        Services.AddOptions<UnitOptions>().Configure(options => options.Units.AddRange(
        [
            new UnitDefinition { Code = PmoUnit, Name = "Vårdcentralen Lund Norr", System = "pmo", Region = "skane" },
            new UnitDefinition { Code = PasisUnit, Name = "Hudmottagningen SUS Lund", System = "pasis", Region = "skane" },
        ]));
        Services.AddOptions<RegistrationLogOptions>();
        JSInterop.Mode = JSRuntimeMode.Loose;
    }

    protected FakeTimeProvider Clock { get; } = Clocks.MidV4();

    protected DecisionEngine Engine => _engine ??= Clocks.Engine(Clock);

    protected SwitchableFactory Factory { get; }

    /// <summary>The SQLite file the log writes to (for a second connection that locks it).</summary>
    protected string DatabaseFile => Path.Combine(_directory, DatabaseOptions.DefaultFileName);

    /// <summary>While true, the database cannot be opened.</summary>
    protected bool DatabaseDown
    {
        get => Factory.Down;
        set => Factory.Down = value;
    }

    private DecisionEngine? _engine;

    /// <summary>Signs in a user with a role and a unit (as the sign-in would: name identifier, role, unit claims).</summary>
    protected void SignIn(string name, string role, params string[] units)
    {
        var authorization = AddAuthorization();
        authorization.SetAuthorized(name);
        authorization.SetRoles(role);
        authorization.SetClaims([new Claim(ClaimTypes.NameIdentifier, "demo:" + name), .. units.Select(unit => new Claim(AppClaims.Unit, unit))]);
        if (role == Roles.Administrator)
        {
            authorization.SetPolicies(Policies.Administer, Policies.LogDecisions);
        }
        else if (role == Roles.Personal)
        {
            authorization.SetPolicies(Policies.LogDecisions);
        }
    }

    protected List<Distanskontakt.Infrastructure.Persistence.Entities.LoggedDecision> Rows()
    {
        using var db = Factory.CreateDbContext();
        return [.. db.LoggedDecisions.AsNoTracking().Include(r => r.Void)];
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

    private static DbContextOptions<DistanskontaktDbContext> Options(string directory)
    {
        var builder = new DbContextOptionsBuilder<DistanskontaktDbContext>();
        // A 1 s command timeout bounds Microsoft.Data.Sqlite's own busy loop, so a locked file fails within seconds.
        Distanskontakt.Infrastructure.DependencyInjection.Configure(
            builder, new DatabaseOptions { Provider = DatabaseProvider.Sqlite, DataDirectory = directory, BusyTimeoutMilliseconds = 200 }, "Default Timeout=1", directory);
        return builder.Options;
    }

    protected sealed class SwitchableFactory(DbContextOptions<DistanskontaktDbContext> up, DbContextOptions<DistanskontaktDbContext> down)
        : IDbContextFactory<DistanskontaktDbContext>
    {
        public bool Down { get; set; }

        public DistanskontaktDbContext CreateDbContext() => new(Down ? down : up);
    }
}
