using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Configuration.Json;
using Microsoft.Extensions.DependencyInjection;

namespace Distanskontakt.Web.Tests.Hosting;

/// <summary>The test host itself: what every test relies on without saying so.</summary>
public sealed class TestAppTests
{
    [Fact]
    public async Task ShouldReadTheSettingsFilesWithoutWatchingThem()
    {
        await using var app = new TestApp();

        var configuration = (IConfigurationRoot)app.Services.GetRequiredService<IConfiguration>();

        var files = configuration.Providers.OfType<JsonConfigurationProvider>().Select(p => p.Source).ToList();
        Assert.Contains(files, f => f.Path == "appsettings.Testing.json");
        Assert.All(files, f => Assert.False(f.ReloadOnChange, f.Path));
    }

    [Fact]
    public async Task ShouldKeepItsDatabaseInItsOwnFolderAndRemoveIt()
    {
        string folder;
        await using (var app = new TestApp())
        {
            using var client = app.CreateClient();
            Assert.True((await client.GetAsync(new Uri("/health", UriKind.Relative), TestContext.Current.CancellationToken)).IsSuccessStatusCode);
            Assert.True(File.Exists(app.DatabaseFile));
            folder = app.DataDirectory;
        }

        Assert.False(Directory.Exists(folder));
    }
}
