using System.Net;
using Distanskontakt.Web.Security;
using Distanskontakt.Web.Tests.Security;

namespace Distanskontakt.Web.Tests.Admin.Regler;

/// <summary>The register page is the approvers' (<see cref="Policies.ApproveRules"/>), through the real app's sign-in.</summary>
public sealed class InterpretationPageAccessTests
{
    private const string Page = "/admin/regler/skane-v4/tolkningar";

    [Fact]
    public async Task ShouldSendPersonalToTheNoAccessPage()
    {
        await using var app = new SignInAppFactory();
        using var client = app.CreateBrowserLikeClient();
        await SignInAppFactory.SignInAsync(client, "personal", SignInAppFactory.PersonalPassword);

        var page = await client.GetAsync(Page, Cancel);

        Assert.Equal(HttpStatusCode.Redirect, page.StatusCode);
        Assert.StartsWith(SignInServices.AccessDeniedPath, SignInAppFactory.Target(page.Headers.Location!), StringComparison.Ordinal);
    }

    [Fact]
    public async Task ShouldShowTheRegisterToTheListedDemoAdministrator()
    {
        await using var app = new SignInAppFactory();
        using var client = app.CreateBrowserLikeClient();
        var signIn = await SignInAppFactory.SignInAsync(client, "admin", SignInAppFactory.AdminPassword, Page);
        var chosen = await SignInAppFactory.PostFormAsync(client, SignInAppFactory.Target(signIn.Headers.Location!), "valj-enhet",
            new() { ["Unit"] = "HUD-SUS-LUND" });
        Assert.Equal(Page, SignInAppFactory.Target(chosen.Headers.Location!));

        var page = await client.GetAsync(Page, Cancel);

        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        var html = WebUtility.HtmlDecode(await page.Content.ReadAsStringAsync(Cancel));
        Assert.Contains("Tolkningar i skane-v4", html, StringComparison.Ordinal);
        Assert.Contains("Om registrerad kontakt är en del av Stöd- och behandlingsprogrammet ska KVÅ-kod UW040 registreras.", html, StringComparison.Ordinal);
    }

    private static CancellationToken Cancel => TestContext.Current.CancellationToken;
}
