namespace Distanskontakt.E2E.Tests.Pages;

/// <summary>The local sign-in page (<c>/logga-in</c>, demo accounts), the unit choice and the header's sign-out.</summary>
public sealed class SignInPage(IPage page)
{
    public const string PersonalPassword = "Distans-Personal-1";

    public const string AdminPassword = "Distans-Admin-1";

    public async Task SignInAsync(string username, string password, string returnUrl)
    {
        await page.GotoAsync("logga-in?returnUrl=" + Uri.EscapeDataString(returnUrl));
        await page.GetByLabel("Användarnamn").FillAsync(username);
        await page.GetByLabel("Lösenord").FillAsync(password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Logga in", Exact = true }).ClickAsync();
    }

    public async Task ChooseUnitAsync(string unitName)
    {
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1, Name = "Välj enhet" })).ToBeVisibleAsync();
        await page.GetByRole(AriaRole.Radio, new() { NameRegex = new System.Text.RegularExpressions.Regex("^" + unitName) }).CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Fortsätt" }).ClickAsync();
    }

    public Task SignOutAsync() => page.GetByRole(AriaRole.Button, new() { Name = "Logga ut" }).ClickAsync();
}
