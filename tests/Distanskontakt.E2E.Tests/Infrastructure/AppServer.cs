using Distanskontakt.TestUtilities;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Distanskontakt.E2E.Tests.Infrastructure;

/// <summary>
/// The real app (Program, DI, rule sets, Blazor) on Kestrel at a free loopback port, with the clock pinned to
/// 2026-06-01 so that "today" and rule-set warnings never depend on the day the tests run.
/// </summary>
public sealed class AppServer : WebApplicationFactory<Program>
{
    public AppServer()
    {
        UseKestrel(0);
    }

    /// <summary>A fresh SQLite database for this run (registration log, data-protection keys).</summary>
    public string DataDirectory { get; } = Path.Combine(Path.GetTempPath(), "dk-e2e-" + Guid.NewGuid().ToString("N"));

    /// <summary>The app's own "today" (Europe/Stockholm) under the pinned clock.</summary>
    public static DateOnly Today { get; } = new(2026, 6, 1);

    /// <summary>Where the app listens, e.g. <c>http://127.0.0.1:41234/</c>.</summary>
    public Uri BaseAddress { get; private set; } = null!;

    public void Start()
    {
        StartServer();
        var addresses = Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()?.Addresses
            ?? throw new InvalidOperationException("Kestrel reported no address.");
        var address = addresses.First().Replace("[::1]", "127.0.0.1", StringComparison.Ordinal)
            .Replace("localhost", "127.0.0.1", StringComparison.Ordinal);
        BaseAddress = new Uri(address.EndsWith('/') ? address : address + "/");
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        // Production-like error handling; static web assets (blazor.web.js, the scoped CSS bundle) are mapped
        // from the build's manifest, which only Development turns on by itself.
        builder.UseEnvironment("Testing");
        builder.UseSetting("Database:DataDirectory", DataDirectory); // the Testing settings hold the demo accounts
        builder.UseStaticWebAssets();
        builder.ConfigureServices(services =>
        {
            services.RemoveAll<TimeProvider>();
            services.AddSingleton<TimeProvider>(Clocks.MidV4());
        });
    }
}
