using Distanskontakt.Domain.RuleSets;
using Distanskontakt.Infrastructure.Persistence;
using Distanskontakt.Infrastructure.RuleSets;
using Distanskontakt.TestUtilities;
using Distanskontakt.Web.Tests.Hosting;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Distanskontakt.Web.Tests.RuleSets;

/// <summary>
/// Activated files are in force from the first request after a start (loaded once the database is migrated), and a
/// stored file that fails its checks is quarantined at start-up without stopping the app.
/// </summary>
public sealed class RuleSetStartupTests : IDisposable
{
    private readonly string _dataDirectory = Path.Combine(Path.GetTempPath(), "dk-rulesets-" + Guid.NewGuid().ToString("N"));

    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public async Task ShouldLoadActivatedFilesAtStartAndQuarantineATamperedOneWithoutStopping()
    {
        await using (var first = SharedDatabaseApp())
        {
            using var client = first.CreateClient();
            var administration = first.Services.GetRequiredService<IRuleSetAdministration>();
            var uploaded = await administration.UploadAsync("skane-v5.json", RuleSetRegistryWiringTests.V5(), "anna.admin", Cancel);
            Assert.True((await administration.ActivateAsync(uploaded.Accepted!.Id, "anna.admin", Cancel)).Activated);
        }

        await using (var second = SharedDatabaseApp())
        {
            using var client = second.CreateClient();
            Assert.Contains(second.Services.GetRequiredService<IRuleSetSource>().Current.All, s => s.Id == "skane-v5");

            var factory = second.Services.GetRequiredService<IDbContextFactory<DistanskontaktDbContext>>();
            await using var db = await factory.CreateDbContextAsync(Cancel);
            await db.RuleSetFiles.ExecuteUpdateAsync(s => s.SetProperty(f => f.Content, f => f.Content + " "), Cancel);
        }

        await using var third = SharedDatabaseApp();
        using var thirdClient = third.CreateClient();

        Assert.True((await thirdClient.GetAsync(new Uri("/health", UriKind.Relative), Cancel)).IsSuccessStatusCode);
        Assert.DoesNotContain(third.Services.GetRequiredService<IRuleSetSource>().Current.All, s => s.Id == "skane-v5");
        var file = Assert.Single(await third.Services.GetRequiredService<IRuleSetAdministration>().ListAsync(Cancel));
        Assert.Equal(RuleSetFileState.Quarantined, file.State);
    }

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        try
        {
            Directory.Delete(_dataDirectory, recursive: true);
        }
        catch (IOException)
        {
            // Cleaned with the temp folder.
        }
    }

    /// <summary>The real app on a database folder that several hosts share, one after the other.</summary>
    private TestApp SharedDatabaseApp() => new(new() { DataDirectory = _dataDirectory, Clock = Clocks.At(2027, 1, 15) });
}
