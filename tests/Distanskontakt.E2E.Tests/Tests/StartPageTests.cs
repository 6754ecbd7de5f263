using Deque.AxeCore.Playwright;
using Distanskontakt.E2E.Tests.Pages;

namespace Distanskontakt.E2E.Tests.Tests;

public sealed partial class StartPageTests(BrowserFixture fixture) : BrowserTest(fixture)
{
    [Fact]
    public async Task ShouldShowHeadingAndLinkToTheWizard()
    {
        var start = new StartPage(Page);
        await start.OpenAsync();

        await Expect(Page).ToHaveTitleAsync(new System.Text.RegularExpressions.Regex("Distanskontakt"));
        await Expect(start.Heading).ToHaveTextAsync("Registrera en distanskontakt rätt");
        await Expect(start.StartLink).ToBeVisibleAsync();
        Assert.EndsWith("registrera", await start.StartLink.GetAttributeAsync("href"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task ShouldLoadItsScriptAndStylesWithoutFailedRequests()
    {
        var failed = new List<string>();
        Page.Response += (_, response) =>
        {
            if (response.Status >= 400)
            {
                failed.Add($"{response.Status} {response.Url}");
            }
        };
        Page.RequestFailed += (_, request) => failed.Add($"failed {request.Url}");

        // Fingerprinted: _framework/blazor.web.<hash>.js.
        var blazorScript = Page.WaitForResponseAsync(r => BlazorScript().IsMatch(r.Url));
        await new StartPage(Page).OpenAsync();
        Assert.Equal(200, (await blazorScript).Status); // OpenAsync waited for the circuit: every script has loaded

        Assert.Empty(failed);
        var headerDisplay = await Page.EvaluateAsync<string>("getComputedStyle(document.querySelector('.site-header')).display");
        Assert.Equal("flex", headerDisplay); // the scoped CSS bundle applied
    }

    [Fact]
    public async Task ShouldOpenTheWizardWithOneKeystroke()
    {
        var start = new StartPage(Page);
        await start.OpenAsync();

        await Expect(start.StartLink).ToBeFocusedAsync();
        await Page.Keyboard.PressAsync("Enter");

        await Expect(Page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("/registrera$"));
        await Expect(new WizardPage(Page).FirstStepHeading).ToBeVisibleAsync();
    }

    [Fact]
    public async Task ShouldHaveNoSeriousOrCriticalAccessibilityViolations()
    {
        var start = new StartPage(Page);
        await start.OpenAsync();

        await Accessibility.AssertNoSeriousViolationsAsync(Page);
    }

    [Fact]
    public async Task ShouldSaveAScreenshotForTheReadme()
    {
        var start = new StartPage(Page);
        await start.OpenAsync();

        var path = await Screenshots.SaveAsync(Page, "start.png");

        Assert.True(new FileInfo(path).Length > 1_000, "the screenshot is not empty");
    }

    [System.Text.RegularExpressions.GeneratedRegex(@"/_framework/blazor\.web\.[a-z0-9]+\.js$")]
    private static partial System.Text.RegularExpressions.Regex BlazorScript();
}
