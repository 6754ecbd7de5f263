using System.Net;
using Microsoft.AspNetCore.HttpOverrides;
using Microsoft.AspNetCore.HttpsPolicy;

namespace Distanskontakt.Web.Security;

/// <summary>
/// In <c>Production</c> TLS usually ends at the region's load balancer: the app reads the client's address and the
/// original scheme from <c>X-Forwarded-For</c>/<c>X-Forwarded-Proto</c>, but only when they come from a listed proxy
/// (<c>Http:KnownProxies</c> addresses, <c>Http:KnownNetworks</c> CIDR ranges; loopback is always trusted), and
/// tells browsers to use HTTPS only (HSTS).
/// </summary>
public static class ProductionTransport
{
    public const string SectionName = "Http";

    public static IServiceCollection AddProductionTransport(this IServiceCollection services)
    {
        services.AddOptions<ForwardedHeadersOptions>().Configure<IConfiguration>((options, configuration) =>
        {
            var section = configuration.GetSection(SectionName);
            var proxies = section.GetSection("KnownProxies").Get<string[]>() ?? [];
            var networks = section.GetSection("KnownNetworks").Get<string[]>() ?? [];
            options.ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto;
            foreach (var proxy in proxies)
            {
                options.KnownProxies.Add(IPAddress.Parse(proxy));
            }

            foreach (var network in networks)
            {
                options.KnownIPNetworks.Add(System.Net.IPNetwork.Parse(network));
            }
        });
        services.AddOptions<HstsOptions>().Configure<IConfiguration>((options, configuration) =>
        {
            options.MaxAge = TimeSpan.FromDays(configuration.GetSection(SectionName).GetValue("HstsMaxAgeDays", 365));
            options.IncludeSubDomains = false; // the region's other hosts are not the app's to decide
        });
        return services;
    }

    public static IApplicationBuilder UseProductionTransport(this IApplicationBuilder app, IHostEnvironment environment)
    {
        if (environment.IsProduction())
        {
            app.UseForwardedHeaders();
            app.UseHsts();
        }

        return app;
    }
}
