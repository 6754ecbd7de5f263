using Distanskontakt.Infrastructure;
using Distanskontakt.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace Distanskontakt.Migrations.SqlServer;

/// <summary>For `dotnet ef` only: the SqlServer model, with this assembly as its migrations assembly. Nothing connects.</summary>
public sealed class DesignTimeDbContextFactory : IDesignTimeDbContextFactory<DistanskontaktDbContext>
{
    public DistanskontaktDbContext CreateDbContext(string[] args)
    {
        var options = new DbContextOptionsBuilder<DistanskontaktDbContext>();
        Infrastructure.DependencyInjection.Configure(
            options,
            new DatabaseOptions { Provider = DatabaseProvider.SqlServer },
            "Server=localhost;Database=Distanskontakt;Trusted_Connection=True;TrustServerCertificate=True",
            AppContext.BaseDirectory);
        return new DistanskontaktDbContext(options.Options);
    }
}
