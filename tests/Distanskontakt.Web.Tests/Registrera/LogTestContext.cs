using System.Security.Claims;
using Bunit;
using Distanskontakt.Infrastructure;
using Distanskontakt.Infrastructure.Log;
using Distanskontakt.Infrastructure.Persistence;
using Distanskontakt.Web.Security;
using Distanskontakt.Web.Tests.Hosting;
using Distanskontakt.Web.Tests.Situations;
using Distanskontakt.Web.Units;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Distanskontakt.Web.Tests.RegistreraBeslut;

/// <summary>
/// A bUnit context (<see cref="PageTestContext"/>) with the registration log on a real SQLite file in a temp folder
/// (migrated, short waits), the Units settings, and a signed-in user. <see cref="DatabaseDown"/> makes every new
/// context open a file in a folder that does not exist, so SQLite itself fails as an unreachable database does.
/// </summary>
public abstract class LogTestContext : PageTestContext
{
    public const string PmoUnit = "VC-LUND-NORR";

    public const string PasisUnit = "HUD-SUS-LUND";

    protected LogTestContext()
    {
        Factory = new SwitchableFactory(
            SqliteOptions(TempDirectory, shortWaits: true), SqliteOptions(Path.Combine(TempDirectory, "saknas", "saknas"), shortWaits: true));
        Migrate(Factory);
        Services.AddSingleton<IDbContextFactory<DistanskontaktDbContext>>(Factory);
        Services.AddSingleton(new AppVersion("test"));
        Services.AddSingleton<RegistrationLog>();
        Services.AddSingleton<IAbandonedAttemptCounter>(sp => sp.GetRequiredService<RegistrationLog>());
        Services.AddSingleton<RegistrationLogQueries>();
        Services.AddUseCases();
        Services.AddSingleton<Distanskontakt.Infrastructure.UseCases.Registrations.IKnownUnits, Distanskontakt.Web.Units.ConfiguredUnits>();
        Services.AddSingleton(new Distanskontakt.Web.Components.Pages.Registrera.WizardTimings());
        Services.AddSituationSearch(Engine);
        Services.AddOptions<UnitOptions>().Configure(options => options.Units.AddRange(
        [
            new UnitDefinition { Code = PmoUnit, Name = "Vårdcentralen Lund Norr", System = "pmo", Region = "skane" },
            new UnitDefinition { Code = PasisUnit, Name = "Hudmottagningen SUS Lund", System = "pasis", Region = "skane" },
        ]));
        Services.AddOptions<RegistrationLogOptions>();
    }

    protected SwitchableFactory Factory { get; }

    /// <summary>The SQLite file the log writes to (for a second connection that locks it).</summary>
    protected string DatabaseFile => Path.Combine(TempDirectory, DatabaseOptions.DefaultFileName);

    /// <summary>While true, the database cannot be opened.</summary>
    protected bool DatabaseDown
    {
        get => Factory.Down;
        set => Factory.Down = value;
    }

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

    protected sealed class SwitchableFactory(DbContextOptions<DistanskontaktDbContext> up, DbContextOptions<DistanskontaktDbContext> down)
        : IDbContextFactory<DistanskontaktDbContext>
    {
        public bool Down { get; set; }

        public DistanskontaktDbContext CreateDbContext() => new(Down ? down : up);
    }
}
