using Distanskontakt.TestUtilities;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Serilog.Core;

namespace Distanskontakt.Web.Tests.Registrations;

/// <summary>
/// The real app in memory on its own temp SQLite file, with the clock pinned inside skane-v4, sign-in from test
/// headers (<see cref="TestAuthHandler"/>) and every Serilog event, down to Verbose, captured in <see cref="Log"/>.
/// </summary>
public sealed class RegistrationApiFactory : WebApplicationFactory<Program>
{
    public const string Personal = "Personal";
    public const string Administrator = "Administratör";
    public const string PmoUnit = "VC-KRISTIANSTAD-OST";
    public const string PasisUnit = "HUD-SUS-LUND";

    public string DataDirectory { get; } = Path.Combine(Path.GetTempPath(), "dk-web-" + Guid.NewGuid().ToString("N"));

    public CapturedLog Log { get; } = new();

    public string DatabaseFile => Path.Combine(DataDirectory, "distanskontakt.db");

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        Directory.CreateDirectory(DataDirectory);
        builder.UseEnvironment("Testing");
        builder.UseSetting("Database:DataDirectory", DataDirectory);
        builder.UseSetting("Serilog:MinimumLevel:Default", "Verbose");
        builder.UseSetting("Serilog:MinimumLevel:Override:Microsoft.AspNetCore", "Verbose");
        builder.UseSetting("Serilog:MinimumLevel:Override:Microsoft.EntityFrameworkCore", "Verbose");
        builder.UseSetting("Serilog:WriteTo:0:Args:restrictedToMinimumLevel", "Warning"); // the console stays readable
        builder.ConfigureServices(services =>
        {
            services.RemoveAll<TimeProvider>();
            services.AddSingleton<TimeProvider>(Clocks.MidV4());
            services.AddSingleton<ILogEventSink>(Log);
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

    /// <summary>A client signed in as <paramref name="role"/> at <paramref name="units"/> (comma-separated), or anonymous.</summary>
    public HttpClient ClientAs(string? role, string units = PasisUnit, string user = "user-1")
    {
        var client = CreateClient();
        if (role is not null)
        {
            client.DefaultRequestHeaders.Add(TestAuthHandler.UserHeader, user);
            client.DefaultRequestHeaders.Add(TestAuthHandler.RoleHeader, role);
            client.DefaultRequestHeaders.Add(TestAuthHandler.UnitHeader, units);
        }

        return client;
    }

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        SqliteConnection.ClearAllPools();
        try
        {
            Directory.Delete(DataDirectory, recursive: true);
        }
        catch (IOException)
        {
            // Cleaned with the temp folder.
        }
    }
}
