namespace Distanskontakt.E2E.Tests.Infrastructure;

/// <summary>
/// Base for browser tests: a fresh context and page per test, closed afterwards. When a test fails, a
/// screenshot of the page is kept under <c>TestResults/e2e-failures/</c> to show what the browser saw.
/// </summary>
public abstract class BrowserTest(BrowserFixture fixture) : IAsyncLifetime
{
    protected BrowserFixture Fixture { get; } = fixture;

    protected IPage Page { get; private set; } = null!;

    /// <summary>Viewport width; a test class can ask for a narrow (ward tablet or phone) screen.</summary>
    protected virtual int ViewportWidth => 1280;

    /// <summary>The app the page opens; null for the assembly's shared app, else a test class's own.</summary>
    protected virtual Uri? AppAddress => null;

    public virtual async ValueTask InitializeAsync()
    {
        Page = await Fixture.NewPageAsync(ViewportWidth, baseAddress: AppAddress);
    }

    public virtual async ValueTask DisposeAsync()
    {
        if (TestContext.Current.TestState?.Result == TestResult.Failed)
        {
            await SaveFailureScreenshotAsync();
        }

        await Page.Context.CloseAsync();
        GC.SuppressFinalize(this);
    }

    private async Task SaveFailureScreenshotAsync()
    {
        try
        {
            var name = string.Concat((TestContext.Current.Test?.TestDisplayName ?? "test").Split(Path.GetInvalidFileNameChars()));
            var path = Path.Combine(Screenshots.RepositoryRoot(), "TestResults", "e2e-failures", (name.Length > 120 ? name[..120] : name) + ".png");
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            await Page.ScreenshotAsync(new PageScreenshotOptions { Path = path, FullPage = true });
        }
        catch (PlaywrightException)
        {
            // The page may already be gone; the failure itself is what matters.
        }
    }
}
