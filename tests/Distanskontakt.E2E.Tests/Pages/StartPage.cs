namespace Distanskontakt.E2E.Tests.Pages;

/// <summary>The start page (<c>/</c>): what the app is for and the way into the wizard.</summary>
public sealed class StartPage(IPage page)
{
    public ILocator Heading => page.GetByRole(AriaRole.Heading, new() { Level = 1 });

    public ILocator StartLink => page.GetByRole(AriaRole.Main).GetByRole(AriaRole.Link, new() { Name = "Börja registrera" });

    public async Task OpenAsync()
    {
        await page.GotoAsync("/");
        await Expect(Heading).ToBeVisibleAsync();

        // A link clicked while blazor.web.js is still starting the circuit can be lost (the page stays on "/").
        await Circuit.UpAsync(page);
    }
}
