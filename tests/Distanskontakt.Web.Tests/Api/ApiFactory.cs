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

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");
        builder.ConfigureServices(services =>
        {
            services.RemoveAll<TimeProvider>();
            services.AddSingleton(Time ?? Clocks.MidV4());
        });
    }
}
