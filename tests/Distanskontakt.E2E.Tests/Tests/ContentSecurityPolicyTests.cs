using System.Text.RegularExpressions;
using Distanskontakt.E2E.Tests.Pages;
using Distanskontakt.E2E.Tests.Scenarios;

namespace Distanskontakt.E2E.Tests.Tests;

/// <summary>
/// The app works in Chromium under its own Content-Security-Policy: sign-in, the wizard clicked through to a result,
/// logging the decision (the dialog's script), the start page and sign-out — with not one violation reported, neither
/// as a <c>securitypolicyviolation</c> event nor as a console message. Its own app: the test logs a decision.
/// </summary>
public sealed class ContentSecurityPolicyTests(BrowserFixture fixture, OwnAppServer app) : BrowserTest(fixture), IClassFixture<OwnAppServer>
{
    protected override Uri? AppAddress => app.BaseAddress;

    [Fact]
    public async Task ShouldCompleteTheWizardAndLogTheDecisionWithoutAnyPolicyViolation()
    {
        var console = new List<string>();
        Page.Console += (_, message) => console.Add(message.Type + ": " + message.Text);
        // Runs before the page's own scripts in every document, so no violation can pass unseen.
        await Page.Context.AddInitScriptAsync(
            """
            window.__cspViolations = [];
            document.addEventListener('securitypolicyviolation', e =>
              window.__cspViolations.push(e.violatedDirective + ' ' + e.blockedURI + ' ' + (e.sample || '')));
            """);
        var signIn = new SignInPage(Page);
        var wizard = new WizardPage(Page);

        var page = await Page.GotoAsync("/");
        Assert.Contains("script-src 'self' 'nonce-", (await page!.AllHeadersAsync())["content-security-policy"], StringComparison.Ordinal);
        await signIn.SignInAsync("personal", SignInPage.PersonalPassword, "/" + WizardPage.Path);
        await Expect(wizard.Heading).ToBeVisibleAsync();
        await InteractivityProbe.WaitAsync(Page);
        await wizard.CompleteAsync(SourceScenarios.PmoVideoReplacing);
        await Expect(wizard.Result.ContactType).ToHaveTextAsync("Video som ersätter besök");
        await AssertNoViolationsAsync(console);

        await wizard.Result.Region.GetByRole(AriaRole.Button, new() { Name = "Registrera beslutet" }).ClickAsync();
        await Page.GetByLabel("Kommentar (frivillig)").FillAsync("CSP-prov");
        await Page.GetByRole(AriaRole.Button, new() { Name = "Spara", Exact = true }).ClickAsync();
        await Expect(Page.GetByText("Beslutet är sparat")).ToBeVisibleAsync();

        // Enhanced navigation to the start page, then a full sign-out round trip.
        await Page.GetByRole(AriaRole.Link, new() { Name = "Distanskontakt", Exact = true }).First.ClickAsync();
        await Expect(Page).ToHaveURLAsync(new Regex(Regex.Escape(app.BaseAddress.ToString()) + "$"));
        await AssertNoViolationsAsync(console); // the sign-out loads a new document, which starts a new list
        await signIn.SignOutAsync();
        await Expect(Page.GetByRole(AriaRole.Link, new() { Name = "Logga in" })).ToBeVisibleAsync();

        await AssertNoViolationsAsync(console);
    }

    private async Task AssertNoViolationsAsync(List<string> console)
    {
        var violations = await Page.EvaluateAsync<string[]>("() => window.__cspViolations");
        Assert.Empty(violations);
        Assert.DoesNotContain(console, line => line.Contains("Content Security Policy", StringComparison.OrdinalIgnoreCase));
    }
}
