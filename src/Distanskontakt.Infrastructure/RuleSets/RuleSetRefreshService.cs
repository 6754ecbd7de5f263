using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Distanskontakt.Infrastructure.RuleSets;

/// <summary>
/// Loads the active uploaded rule sets before the app takes requests (hosted services start in order, and this one is
/// registered after the database is migrated), then reads them again every <c>Rules:RefreshSeconds</c>.
/// A failed read is logged and the catalog in force is kept: rule-set files never take the app down.
/// </summary>
internal sealed partial class RuleSetRefreshService(
    RuleSetRegistry registry,
    IOptions<RuleSetRegistryOptions> options,
    ILogger<RuleSetRefreshService> logger) : BackgroundService
{
    public override async Task StartAsync(CancellationToken cancellationToken)
    {
        await RefreshAsync(cancellationToken);
        await base.StartAsync(cancellationToken);
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        // Wall-clock polling, not the app's TimeProvider: test hosts pin that clock and the poll must still run.
        using var timer = new PeriodicTimer(TimeSpan.FromSeconds(Math.Max(1, options.Value.RefreshSeconds)));
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            await RefreshAsync(stoppingToken);
        }
    }

    private async Task RefreshAsync(CancellationToken cancellationToken)
    {
        try
        {
            await registry.RefreshAsync(cancellationToken);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            LogRefreshFailed(logger, e);
        }
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Uppladdade regeluppsättningar kunde inte läsas; regeluppsättningarna i kraft behålls")]
    private static partial void LogRefreshFailed(ILogger logger, Exception exception);
}
