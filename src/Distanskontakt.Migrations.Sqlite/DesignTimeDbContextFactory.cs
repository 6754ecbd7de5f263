using Distanskontakt.Infrastructure;
using Distanskontakt.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace Distanskontakt.Migrations.Sqlite;

/// <summary>For `dotnet ef` only: the Sqlite model, with this assembly as its migrations assembly. Nothing connects.</summary>
public sealed class DesignTimeDbContextFactory : IDesignTimeDbContextFactory<DistanskontaktDbContext>
{
    public DistanskontaktDbContext CreateDbContext(string[] args)
    {
        var options = new DbContextOptionsBuilder<DistanskontaktDbContext>();
        Infrastructure.DependencyInjection.Configure(
            options,
            new DatabaseOptions { Provider = DatabaseProvider.Sqlite },
            "Data Source=design-time.db",
            AppContext.BaseDirectory);
        return new DistanskontaktDbContext(options.Options);
    }
}
