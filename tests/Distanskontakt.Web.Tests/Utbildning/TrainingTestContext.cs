using Distanskontakt.Infrastructure.Persistence;
using Distanskontakt.Infrastructure.Training;
using Distanskontakt.Infrastructure.UseCases.Training;
using Distanskontakt.Web.Components.Pages.Utbildning;
using Distanskontakt.Web.Tests.Hosting;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Distanskontakt.Web.Tests.Utbildning;

/// <summary>
/// A bUnit context for trainer mode (<see cref="PageTestContext"/>): the training store on a real, migrated SQLite
/// file in a temp folder. <see cref="SignIn"/> gives a role.
/// </summary>
public abstract class TrainingTestContext : PageTestContext
{
    protected TrainingTestContext()
    {
        Factory = new ContextFactory(SqliteOptions(TempDirectory));
        Migrate(Factory);
        Store = new TrainingStore(Factory, Clock);
        Library = new TrainingLibrary(Engine, Store);
        Services.AddSingleton(Store);
        Services.AddSingleton(Library);
    }

    protected IDbContextFactory<DistanskontaktDbContext> Factory { get; }

    protected TrainingStore Store { get; }

    protected TrainingLibrary Library { get; }

    protected void SignIn(string role)
    {
        var authorization = AddAuthorization();
        authorization.SetAuthorized("demo-" + role);
        authorization.SetRoles(role);
    }

    private sealed class ContextFactory(DbContextOptions<DistanskontaktDbContext> options) : IDbContextFactory<DistanskontaktDbContext>
    {
        public DistanskontaktDbContext CreateDbContext() => new(options);
    }
}
