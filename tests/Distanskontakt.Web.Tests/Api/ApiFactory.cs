using Distanskontakt.TestUtilities;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Distanskontakt.Web.Tests.Api;

/// <summary>The real app in memory, with the clock pinned to a day inside skane-v4 (or the one given).</summary>
public sealed class ApiFactory : WebApplicationFactory<Program>
{
    /// <summary>Set before the first client is created to pin another day.</summary>
    public TimeProvider? Time { get; init; }

    /// <summary>Each factory keeps its registration log in a temp folder of its own.</summary>
    private readonly string _dataDirectory = Path.Combine(Path.GetTempPath(), "dk-api-" + Guid.NewGuid().ToString("N"));

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");
        builder.UseSetting("Database:DataDirectory", _dataDirectory);
        builder.ConfigureServices(services =>
        {
            services.RemoveAll<TimeProvider>();
            services.AddSingleton(Time ?? Clocks.MidV4());
        });
    }

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        if (Directory.Exists(_dataDirectory))
        {
            try
            {
                Directory.Delete(_dataDirectory, recursive: true);
            }
            catch (IOException)
            {
                // Cleaned with the temp folder.
            }
        }
    }
}
