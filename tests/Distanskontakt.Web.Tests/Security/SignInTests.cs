using System.Net;
using System.Text;

namespace Distanskontakt.Web.Tests.Security;

public sealed class SignInTests
{
    private const string WizardAddress = "/registrera?system=pmo&contactDate=2026-06-01&channel=phone";

    private static readonly Dictionary<string, string?> _closed = new() { ["Authentication:AllowAnonymousDecisions"] = "false" };

    [Fact]
    public async Task ShouldSendAnAnonymousPageVisitToSignInWithTheWholeAddressAndBackAfterSignIn()
    {
        await using var app = new SignInAppFactory(settings: _closed);
        using var client = app.CreateBrowserLikeClient();

        var visit = await client.GetAsync(WizardAddress, Cancel);
        Assert.Equal(HttpStatusCode.Redirect, visit.StatusCode);
        Assert.Equal("/logga-in?returnUrl=" + Uri.EscapeDataString(WizardAddress), SignInAppFactory.Target(visit.Headers.Location!));

        var signIn = await SignInAppFactory.SignInAsync(client, "personal", SignInAppFactory.PersonalPassword, WizardAddress);
        Assert.Equal(HttpStatusCode.Redirect, signIn.StatusCode);
        Assert.Equal(WizardAddress, SignInAppFactory.Target(signIn.Headers.Location!));

        var back = await client.GetAsync(WizardAddress, Cancel);
        Assert.Equal(HttpStatusCode.OK, back.StatusCode);
        var page = await back.Content.ReadAsStringAsync(Cancel);
        Assert.Contains("Registrera en distanskontakt", page, StringComparison.Ordinal);
        Assert.Contains("Logga ut", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ShouldRefuseADemoSignInWithAWrongPasswordAndSetNoCookie()
    {
        await using var app = new SignInAppFactory(settings: _closed);
        using var client = app.CreateBrowserLikeClient();

        var signIn = await SignInAppFactory.SignInAsync(client, "personal", "Distans-Personal-2", WizardAddress);

        Assert.Equal(HttpStatusCode.BadRequest, signIn.StatusCode);
        Assert.Contains("Fel användarnamn eller lösenord", await signIn.Content.ReadAsStringAsync(Cancel), StringComparison.Ordinal);
        Assert.False(signIn.Headers.TryGetValues("Set-Cookie", out var cookies) && cookies.Any(c => c.StartsWith("Distanskontakt.Inloggning", StringComparison.Ordinal)));
        Assert.Equal(HttpStatusCode.Redirect, (await client.GetAsync(WizardAddress, Cancel)).StatusCode);
    }

    [Fact]
    public async Task ShouldAskAUserWithSeveralUnitsToChooseOneAndThenGoOn()
    {
        await using var app = new SignInAppFactory();
        using var client = app.CreateBrowserLikeClient();

        var signIn = await SignInAppFactory.SignInAsync(client, "admin", SignInAppFactory.AdminPassword, WizardAddress);
        var choose = SignInAppFactory.Target(signIn.Headers.Location!);
        Assert.Equal("/valj-enhet?returnUrl=" + Uri.EscapeDataString(WizardAddress), choose);

        // Any page asks again until a unit is chosen.
        Assert.StartsWith("/valj-enhet", SignInAppFactory.Target((await client.GetAsync("/", Cancel)).Headers.Location!), StringComparison.Ordinal);

        var notAllowed = await SignInAppFactory.PostFormAsync(client, choose, "valj-enhet", new() { ["Unit"] = "ORT-SUS-MALMO" });
        Assert.Equal(HttpStatusCode.BadRequest, notAllowed.StatusCode);

        var chosen = await SignInAppFactory.PostFormAsync(client, choose, "valj-enhet", new() { ["Unit"] = "HUD-SUS-LUND" });
        Assert.Equal(WizardAddress, SignInAppFactory.Target(chosen.Headers.Location!));
        var page = await client.GetStringAsync(WizardAddress, Cancel);
        Assert.Contains("Hudmottagningen SUS Lund", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ShouldNeverRedirectTheApiButAnswer401ForAnonymousAnd403ForPersonal()
    {
        await using var app = new SignInAppFactory();
        using var client = app.CreateBrowserLikeClient();

        var anonymous = await client.GetAsync("/api/v1/registrations", Cancel);
        Assert.Equal(HttpStatusCode.Unauthorized, anonymous.StatusCode);
        Assert.Equal("application/problem+json", anonymous.Content.Headers.ContentType?.MediaType);

        await SignInAppFactory.SignInAsync(client, "personal", SignInAppFactory.PersonalPassword);
        var personal = await client.GetAsync("/api/v1/registrations", Cancel);
        Assert.Equal(HttpStatusCode.Forbidden, personal.StatusCode);
        Assert.Equal("application/problem+json", personal.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task ShouldCloseTheDecisionApisToAnonymousCallersWhenAnonymousDecisionsAreOff()
    {
        await using var closed = new SignInAppFactory(settings: _closed);
        using var client = closed.CreateBrowserLikeClient();

        var decision = await client.PostAsync("/api/v1/decisions", Json("""{"system":"pmo","channel":"phone"}"""), Cancel);
        var halland = await client.PostAsync("/api/v1/halland/assessments", Json("""{"channel":"phone"}"""), Cancel);
        var hallandPage = await client.GetAsync("/halland", Cancel);

        Assert.Equal(HttpStatusCode.Unauthorized, decision.StatusCode);
        Assert.Equal("application/problem+json", decision.Content.Headers.ContentType?.MediaType);
        Assert.Equal(HttpStatusCode.Unauthorized, halland.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, hallandPage.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/api/v1/rulesets", Cancel)).StatusCode);

        await using var open = new SignInAppFactory();
        using var anonymous = open.CreateBrowserLikeClient();
        Assert.Equal(HttpStatusCode.OK, (await anonymous.PostAsync("/api/v1/decisions", Json("""{"system":"pmo","channel":"phone"}"""), Cancel)).StatusCode);
    }

    [Fact]
    public async Task ShouldSignOutWithAFormPostAndForgetTheUser()
    {
        await using var app = new SignInAppFactory(settings: _closed);
        using var client = app.CreateBrowserLikeClient();
        await SignInAppFactory.SignInAsync(client, "personal", SignInAppFactory.PersonalPassword);

        var page = await client.GetStringAsync("/", Cancel);
        var token = System.Text.RegularExpressions.Regex.Match(page, "name=\"__RequestVerificationToken\" value=\"([^\"]+)\"").Groups[1].Value;
        var response = await client.PostAsync("/logga-ut", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = WebUtility.HtmlDecode(token),
        }), Cancel);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await client.GetAsync(WizardAddress, Cancel)).StatusCode);
    }

    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    private static StringContent Json(string body) => new(body, Encoding.UTF8, "application/json");
}
