using Distanskontakt.Web.Tests.Registrations;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Serilog.Core;

namespace Distanskontakt.Web.Tests.Hosting;

/// <summary>
/// The real app in memory, set up by <see cref="TestAppOptions"/>: its SQLite database in a temp folder of its
/// own (or a shared one), the clock pinned, the settings given, and the app's sign-in or test headers. The one
/// test host: the named factories (<see cref="Api.ApiFactory"/>, <see cref="RegistrationApiFactory"/> …) are
/// configurations of it.
/// </summary>
public class TestApp(TestAppOptions? options = null) : WebApplicationFactory<Program>
{
    public const string Personal = "Personal";
    public const string Administrator = "Administratör";
    public const string PmoUnit = "VC-KRISTIANSTAD-OST";
    public const string PasisUnit = "HUD-SUS-LUND";

    /// <summary>Read when the host starts (the first client or <c>Services</c>), so subclasses may still change it in their initializers.</summary>
    protected TestAppOptions Options { get; set; } = options ?? new();

    /// <summary>This host's own temp folder; removed with it.</summary>
    protected string Root { get; } = Path.Combine(Path.GetTempPath(), "dk-app-" + Guid.NewGuid().ToString("N"));

    public string DataDirectory => Options.DataDirectory ?? Path.Combine(Root, "data");

    public string DatabaseFile => Path.Combine(DataDirectory, "distanskontakt.db");

    /// <summary>The captured Serilog events when <see cref="TestAppOptions.CaptureLog"/> is set.</summary>
    public CapturedLog Log { get; } = new();

    /// <summary>
    /// A client signed in from test headers as <paramref name="role"/> at <paramref name="units"/> (comma-separated),
    /// or anonymous when <paramref name="role"/> is null. Needs <see cref="TestSignIn.Headers"/>.
    /// </summary>
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

    /// <summary>A client that keeps cookies and never follows redirects, so each step can be checked.</summary>
    public HttpClient CreateBrowserLikeClient() =>
        CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true });

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        var options = Options;
        Directory.CreateDirectory(DataDirectory);
        builder.UseEnvironment(options.Environment);
        // No file watcher per host: many hosts at once (parallel test classes, several test runs on one machine)
        // would use up the user's inotify instances (128 by default) and fail to start. Tests never edit the files.
        builder.UseSetting("hostBuilder:reloadConfigOnChange", "false");
        if (options.ConnectionString is { } connectionString)
        {
            builder.UseSetting("ConnectionStrings:Default", connectionString);
        }
        else
        {
            builder.UseSetting("Database:DataDirectory", DataDirectory);
        }

        if (options.CaptureLog)
        {
            builder.UseSetting("Serilog:MinimumLevel:Default", "Verbose");
            builder.UseSetting("Serilog:MinimumLevel:Override:Microsoft.AspNetCore", "Verbose");
            builder.UseSetting("Serilog:MinimumLevel:Override:Microsoft.EntityFrameworkCore", "Verbose");
            builder.UseSetting("Serilog:WriteTo:0:Args:restrictedToMinimumLevel", "Warning"); // the console stays readable
        }

        foreach (var (key, value) in options.Settings)
        {
            builder.UseSetting(key, value);
        }

        builder.ConfigureServices(services =>
        {
            services.RemoveAll<TimeProvider>();
            services.AddSingleton(options.Clock);
            if (options.CaptureLog)
            {
                services.AddSingleton<ILogEventSink>(Log);
            }

            if (options.SignIn == TestSignIn.Headers)
            {
                AddHeaderSignIn(services);
            }
        });

        if (options.Services is { } replace)
        {
            builder.ConfigureTestServices(replace);
        }
    }

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        SqliteConnection.ClearAllPools();
        try
        {
            if (Directory.Exists(Root))
            {
                Directory.Delete(Root, recursive: true);
            }
        }
        catch (IOException)
        {
            // A file still open on a slow machine: cleaned with the temp folder.
        }
    }

    private static void AddHeaderSignIn(IServiceCollection services)
    {
        services.AddAuthentication().AddScheme<AuthenticationSchemeOptions, TestAuthHandler>(TestAuthHandler.SchemeName, null);
        services.PostConfigure<AuthenticationOptions>(authentication =>
        {
            authentication.DefaultScheme = TestAuthHandler.SchemeName;
            authentication.DefaultAuthenticateScheme = TestAuthHandler.SchemeName;
            authentication.DefaultChallengeScheme = TestAuthHandler.SchemeName;
            authentication.DefaultForbidScheme = TestAuthHandler.SchemeName;
        });
    }
}
