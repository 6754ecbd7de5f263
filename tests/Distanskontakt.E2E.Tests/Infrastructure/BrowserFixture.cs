using Microsoft.Playwright;

namespace Distanskontakt.E2E.Tests.Infrastructure;

/// <summary>
/// One app and one headless Debian Chromium for the whole test assembly; every test gets its own browser
/// context (fresh cookies, storage and page) from <see cref="NewPageAsync"/>.
/// </summary>
public sealed class BrowserFixture : IAsyncLifetime
{
    /// <summary>Debian's package; Playwright's own browser download is never used.</summary>
    public const string ChromiumPath = "/usr/bin/chromium";

    private static readonly string[] _chromiumArgs =
    [
        "--no-sandbox",
        "--disable-gpu",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--no-first-run",
    ];

    private IPlaywright? _playwright;

    public AppServer App { get; } = new();

    public IBrowser Browser { get; private set; } = null!;

    public Uri BaseAddress => App.BaseAddress;

    public async ValueTask InitializeAsync()
    {
        App.Start();
        _playwright = await Playwright.CreateAsync();
        Browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ChromiumPath,
            Headless = true,
            Args = _chromiumArgs,
        });
    }

    /// <summary>
    /// A new context (nothing remembered from other tests) and page on the app, or on <paramref name="baseAddress"/>
    /// when a test class runs its own app (state that must not leak into the shared one).
    /// </summary>
    public async Task<IPage> NewPageAsync(int width = 1280, int height = 900, Uri? baseAddress = null)
    {
        var context = await Browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = (baseAddress ?? BaseAddress).ToString(),
            Locale = "sv-SE",
            TimezoneId = "Europe/Stockholm",
            ViewportSize = new ViewportSize { Width = width, Height = height },
        });
        context.SetDefaultTimeout(15_000);
        return await context.NewPageAsync();
    }

    public async ValueTask DisposeAsync()
    {
        if (Browser is not null)
        {
            await Browser.CloseAsync();
        }

        _playwright?.Dispose();
        await App.DisposeAsync();
    }
}
