using System.Net;
using Distanskontakt.Infrastructure.Operations;
using OpenTelemetry.Metrics;

namespace Distanskontakt.Web.Operations;

/// <summary>
/// OpenTelemetry metrics in Prometheus' text format at <c>/metrics</c>, off unless <c>Metrics:Enabled</c>: the
/// framework's request, Kestrel and Blazor meters (routes, events, circuits) and the app's own (<see cref="AppMetrics"/>).
/// Only clients in <c>Metrics:AllowedNetworks</c> (CIDR; default loopback) are answered; others get the app's 404.
/// Every 503 the app sends is counted by route.
/// </summary>
public static class MetricsExport
{
    public const string SectionName = "Metrics";

    public const string Path = "/metrics";

    private static readonly string[] _frameworkMeters =
    [
        "Microsoft.AspNetCore.Components",
        "Microsoft.AspNetCore.Components.Lifecycle",
        "Microsoft.AspNetCore.Components.Server.Circuits",
        "Microsoft.AspNetCore.Server.Kestrel",
        "Microsoft.AspNetCore.Http.Connections",
        "Microsoft.AspNetCore.RateLimiting",
    ];

    public static IServiceCollection AddMetricsExport(this IServiceCollection services, IConfiguration configuration)
    {
        if (configuration.GetSection(SectionName).GetValue<bool>("Enabled"))
        {
            services.AddOpenTelemetry().WithMetrics(metrics => metrics
                .AddAspNetCoreInstrumentation()
                .AddMeter(_frameworkMeters)
                .AddMeter(AppMetrics.MeterName)
                // Each scrape reads the counters afresh: a scraper polls every few seconds anyway.
                .AddPrometheusExporter(options => options.ScrapeResponseCacheDurationMilliseconds = 0));
        }

        return services;
    }

    public static IApplicationBuilder UseMetricsExport(this IApplicationBuilder app, IConfiguration configuration)
    {
        var section = configuration.GetSection(SectionName);
        if (section.GetValue<bool>("Enabled"))
        {
            var allowed = (section.GetSection("AllowedNetworks").Get<string[]>() is { Length: > 0 } listed ? listed : ["127.0.0.0/8", "::1/128"])
                .Select(network => IPNetwork.Parse(network))
                .ToArray();
            app.UseOpenTelemetryPrometheusScrapingEndpoint(context =>
                context.Request.Path == Path && context.Connection.RemoteIpAddress is { } client && IsIn(Unmapped(client), allowed));
        }

        var metrics = app.ApplicationServices.GetRequiredService<AppMetrics>();
        return app.Use(async (context, next) =>
        {
            await next(context);
            if (context.Response.StatusCode == StatusCodes.Status503ServiceUnavailable)
            {
                metrics.Unavailable((context.GetEndpoint() as RouteEndpoint)?.RoutePattern.RawText ?? "okänd");
            }
        });
    }

    private static IPAddress Unmapped(IPAddress address) => address.IsIPv4MappedToIPv6 ? address.MapToIPv4() : address;

    private static bool IsIn(IPAddress client, IPNetwork[] networks) => networks.Any(network => network.Contains(client));
}
