using System.Net;
using Distanskontakt.Web.Operations;
using Distanskontakt.Web.Tests.Faults;

namespace Distanskontakt.Web.Tests.Operations;

/// <summary>
/// Liveness looks at the process only, readiness at the database and the rule sets: with the database folder gone
/// (an unmounted volume) the app is no longer ready, yet alive, and ready again once the folder is back.
/// </summary>
public sealed class HealthTests : IAsyncLifetime
{
    private readonly FaultApiFactory _factory = new();

    private static CancellationToken Token => TestContext.Current.CancellationToken;

    public ValueTask InitializeAsync() => ValueTask.CompletedTask;

    public async ValueTask DisposeAsync() => await _factory.DisposeAsync();

    [Fact]
    public async Task ShouldStayLiveButStopBeingReadyWhileTheDatabaseIsUnreachable()
    {
        using var client = _factory.CreateClient();
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync(HealthEndpoints.ReadyPath, Token)).StatusCode);

        _factory.TakeDatabaseAway();
        try
        {
            using var ready = await client.GetAsync(HealthEndpoints.ReadyPath, Token);
            using var live = await client.GetAsync(HealthEndpoints.LivePath, Token);
            using var legacy = await client.GetAsync("/health", Token);

            Assert.Equal(HttpStatusCode.ServiceUnavailable, ready.StatusCode);
            Assert.Equal("Unhealthy", await ready.Content.ReadAsStringAsync(Token));
            Assert.Equal(HttpStatusCode.OK, live.StatusCode);
            Assert.Equal("Healthy", await live.Content.ReadAsStringAsync(Token));
            Assert.Equal(HttpStatusCode.OK, legacy.StatusCode);
        }
        finally
        {
            _factory.BringDatabaseBack();
        }

        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync(HealthEndpoints.ReadyPath, Token)).StatusCode);
    }

    [Fact]
    public async Task ShouldNotBeReadyWhileAMigrationIsMissing()
    {
        using var client = _factory.CreateClient();
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync(HealthEndpoints.ReadyPath, Token)).StatusCode);

        // As if an older build had migrated the database: the newest migration is not in the history.
        await _factory.ExecuteAsync(
            "DELETE FROM __EFMigrationsHistory WHERE MigrationId = (SELECT MAX(MigrationId) FROM __EFMigrationsHistory)", Token);

        using var ready = await client.GetAsync(HealthEndpoints.ReadyPath, Token);
        Assert.Equal(HttpStatusCode.ServiceUnavailable, ready.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync(HealthEndpoints.LivePath, Token)).StatusCode);
    }
}
