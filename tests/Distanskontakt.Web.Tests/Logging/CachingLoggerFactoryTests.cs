using Distanskontakt.Web.Logging;
using Distanskontakt.Web.Tests.Security;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Distanskontakt.Web.Tests.Logging;

public sealed class CachingLoggerFactoryTests
{
    [Fact]
    public void ShouldHandOutOneLoggerPerCategoryFromTheFactoryRegisteredBefore()
    {
        var services = new ServiceCollection().AddLogging().CacheLoggersPerCategory();
        using var provider = services.BuildServiceProvider();

        var factory = provider.GetRequiredService<ILoggerFactory>();

        Assert.IsType<CachingLoggerFactory>(factory);
        Assert.Same(factory.CreateLogger("Circuit"), factory.CreateLogger("Circuit"));
        Assert.NotSame(factory.CreateLogger("Circuit"), factory.CreateLogger("Renderer"));
    }

    [Fact]
    public async Task ShouldWrapTheAppsLoggerFactory()
    {
        await using var app = new SignInAppFactory(); // the real app, its database in a temporary folder

        Assert.IsType<CachingLoggerFactory>(app.Services.GetRequiredService<ILoggerFactory>());
    }
}
