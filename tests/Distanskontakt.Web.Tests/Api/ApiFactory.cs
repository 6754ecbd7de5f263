using Distanskontakt.TestUtilities;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Distanskontakt.Web.Tests.Api;

/// <summary>The real app in memory, with the clock pinned to a day inside skane-v4 (or the one given).</summary>
public sealed class ApiFactory(TimeProvider? time = null) : WebApplicationFactory<Program>
{
    public ApiFactory() : this(null)
    {
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");
        builder.ConfigureServices(services =>
        {
            services.RemoveAll<TimeProvider>();
            services.AddSingleton(time ?? Clocks.MidV4());
        });
    }
}
