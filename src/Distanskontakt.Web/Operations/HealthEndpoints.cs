using Distanskontakt.Infrastructure.Persistence;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Distanskontakt.Web.Operations;

/// <summary>
/// Probes for the platform: <c>/health/live</c> says only that the process answers (restart it when not);
/// <c>/health/ready</c> also needs the database reachable and fully migrated and the rule sets loaded and proven
/// (send it no traffic when not). <c>/health</c> stays the liveness answer it always was, for existing probes.
/// </summary>
public static class HealthEndpoints
{
    public const string Path = "/health";

    public const string LivePath = Path + "/live";

    public const string ReadyPath = Path + "/ready";

    /// <summary>Checks that decide readiness; liveness runs none.</summary>
    public const string ReadyTag = "ready";

    public static IServiceCollection AddHealthEndpoints(this IServiceCollection services)
    {
        services.AddHealthChecks()
            .AddDbContextCheck<DistanskontaktDbContext>(
                "databas",
                failureStatus: HealthStatus.Unhealthy,
                tags: [ReadyTag],
                customTestQuery: IsReachableAndMigratedAsync)
            .AddCheck<RuleSetsHealthCheck>("regeluppsattningar", HealthStatus.Unhealthy, [ReadyTag]);
        return services;
    }

    /// <summary>
    /// The probes' group: open to anyone and never rate limited (a refused probe would restart a healthy app), no
    /// antiforgery (GET only); not in the OpenAPI document, which describes the API.
    /// </summary>
    public static RouteGroupBuilder MapHealthEndpoints(this IEndpointRouteBuilder app)
    {
        var health = app.MapGroup(Path);
        var live = new HealthCheckOptions { Predicate = _ => false };
        health.MapHealthChecks("", live);
        health.MapHealthChecks(LivePath[Path.Length..], live);
        health.MapHealthChecks(ReadyPath[Path.Length..], new HealthCheckOptions { Predicate = check => check.Tags.Contains(ReadyTag) });
        return health;
    }

    // CanConnect first: for SQLite it only looks for the file, so a missing volume never makes an empty database.
    private static async Task<bool> IsReachableAndMigratedAsync(DistanskontaktDbContext db, CancellationToken cancellationToken) =>
        await db.Database.CanConnectAsync(cancellationToken)
        && !(await db.Database.GetPendingMigrationsAsync(cancellationToken)).Any();
}
