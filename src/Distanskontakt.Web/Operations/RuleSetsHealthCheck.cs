using Distanskontakt.Domain.RuleSets;
using Distanskontakt.Infrastructure.RuleSets;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Distanskontakt.Web.Operations;

/// <summary>
/// Ready when the shipped rule sets passed the start-up proof (<see cref="ShippedRuleSets"/> exists only then) and
/// the catalog in force holds at least those sets (uploaded files join it only after their own proof).
/// </summary>
internal sealed class RuleSetsHealthCheck(ShippedRuleSets shipped, IRuleSetSource source) : IHealthCheck
{
    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        var current = source.Current.All;
        var missing = shipped.Catalog.All.Where(set => !current.Any(inForce => inForce.Id == set.Id)).Select(set => set.Id).ToArray();
        return Task.FromResult(current.Count > 0 && missing.Length == 0
            ? HealthCheckResult.Healthy($"{current.Count} regeluppsättningar kontrollerade")
            : HealthCheckResult.Unhealthy("Regeluppsättningar saknas: " + string.Join(", ", missing)));
    }
}
