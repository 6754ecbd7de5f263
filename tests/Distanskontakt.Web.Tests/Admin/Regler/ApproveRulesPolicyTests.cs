using System.Net;
using System.Security.Claims;
using Distanskontakt.Infrastructure.RuleSets;
using Distanskontakt.Web.Security;
using Distanskontakt.Web.Tests.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Distanskontakt.Web.Tests.Admin.Regler;

/// <summary>
/// <see cref="Policies.ApproveRules"/>: only an <c>Administratör</c> listed in <c>Rules:Approvers</c> may change the
/// region's rule sets; a unit administrator alone gets the no-access page and no link.
/// </summary>
public sealed class ApproveRulesPolicyTests
{
    private const string RulesPage = "/admin/regler";

    [Theory]
    [InlineData("admin", Roles.Administrator, true)]
    [InlineData("enhetschef", Roles.Administrator, false)]
    [InlineData("personal", Roles.Personal, false)]
    public async Task ShouldAllowOnlyAListedAdministrator(string username, string role, bool allowed)
    {
        var (authorization, _) = Policy("demo:admin", "demo:personal");

        var result = await authorization.AuthorizeAsync(Demo(username, role), Policies.ApproveRules);

        Assert.Equal(allowed, result.Succeeded);
    }

    [Fact]
    public async Task ShouldRefuseAnAnonymousUserAndAnIdentifierThatIsOnlySimilar()
    {
        var (authorization, _) = Policy("demo:admin");

        Assert.False((await authorization.AuthorizeAsync(new ClaimsPrincipal(new ClaimsIdentity()), Policies.ApproveRules)).Succeeded);
        var lookalike = new ClaimsPrincipal(new ClaimsIdentity(
            [new Claim(ClaimTypes.NameIdentifier, "demo:Admin"), new Claim(ClaimTypes.Name, "admin"), new Claim(ClaimTypes.Role, Roles.Administrator)],
            AppPrincipal.AuthenticationType, ClaimTypes.Name, ClaimTypes.Role));
        Assert.False((await authorization.AuthorizeAsync(lookalike, Policies.ApproveRules)).Succeeded);
    }

    [Fact]
    public async Task ShouldReadTheApproversAtEachCheck()
    {
        var (authorization, configuration) = Policy("demo:admin");
        var admin = Demo("admin", Roles.Administrator);
        Assert.True((await authorization.AuthorizeAsync(admin, Policies.ApproveRules)).Succeeded);

        configuration["Rules:Approvers:0"] = "demo:annan";
        configuration.Reload();

        Assert.False((await authorization.AuthorizeAsync(admin, Policies.ApproveRules)).Succeeded);
    }

    [Fact]
    public async Task ShouldSendAnUnlistedAdministratorToTheNoAccessPageWithoutALink()
    {
        await using var app = new SignInAppFactory(settings: new Dictionary<string, string?> { ["Rules:Approvers:0"] = "demo:annan" }, services: FakeBackend);
        using var client = await SignedInAdminAsync(app);

        var page = await client.GetAsync(RulesPage, Cancel);

        Assert.Equal(HttpStatusCode.Redirect, page.StatusCode);
        Assert.StartsWith(SignInServices.AccessDeniedPath, SignInAppFactory.Target(page.Headers.Location!), StringComparison.Ordinal);
        Assert.DoesNotContain("href=\"admin/regler\"", await client.GetStringAsync("/", Cancel), StringComparison.Ordinal);
    }

    [Fact]
    public async Task ShouldShowTheRulesPageAndTheLinkToTheListedDemoAdministrator()
    {
        // appsettings.Testing.json lists demo:admin, as the Development settings do for the demo.
        await using var app = new SignInAppFactory(services: FakeBackend);
        using var client = await SignedInAdminAsync(app);

        var page = await client.GetAsync(RulesPage, Cancel);

        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        var html = await page.Content.ReadAsStringAsync(Cancel);
        Assert.Contains("Regeluppsättningar", html, StringComparison.Ordinal);
        Assert.Contains("Levererad med appen", html, StringComparison.Ordinal);
        Assert.Contains("href=\"admin/regler\"", await client.GetStringAsync("/", Cancel), StringComparison.Ordinal);
    }

    [Fact]
    public async Task ShouldSendPersonalToTheNoAccessPage()
    {
        await using var app = new SignInAppFactory(services: FakeBackend);
        using var client = app.CreateBrowserLikeClient();
        await SignInAppFactory.SignInAsync(client, "personal", SignInAppFactory.PersonalPassword);

        var page = await client.GetAsync(RulesPage, Cancel);

        Assert.Equal(HttpStatusCode.Redirect, page.StatusCode);
        Assert.StartsWith(SignInServices.AccessDeniedPath, SignInAppFactory.Target(page.Headers.Location!), StringComparison.Ordinal);
    }

    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    private static (IAuthorizationService Authorization, IConfigurationRoot Configuration) Policy(params string[] approvers)
    {
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(approvers.Select((id, i) => KeyValuePair.Create($"Rules:Approvers:{i}", (string?)id)))
            .Build();
        var services = new ServiceCollection()
            .AddLogging()
            .AddSingleton<IConfiguration>(configuration)
            .AddRuleApprovers()
            .BuildServiceProvider();
        return (services.GetRequiredService<IAuthorizationService>(), configuration);
    }

    private static ClaimsPrincipal Demo(string username, string role) =>
        AppPrincipal.ForDemo(new DemoAccount { Username = username, Role = role, Units = ["VC-LUND-NORR"] });

    /// <summary>The pages' backend is another part's work; a fake keeps this test about access alone.</summary>
    private static void FakeBackend(IServiceCollection services)
    {
        services.RemoveAll<IRuleSetAdministration>();
        services.AddSingleton<IRuleSetAdministration>(new FakeRuleSetAdministration());
    }

    /// <summary>The demo admin, signed in and working for one of their units.</summary>
    private static async Task<HttpClient> SignedInAdminAsync(SignInAppFactory app)
    {
        var client = app.CreateBrowserLikeClient();
        var signIn = await SignInAppFactory.SignInAsync(client, "admin", SignInAppFactory.AdminPassword, RulesPage);
        var choose = SignInAppFactory.Target(signIn.Headers.Location!);
        var chosen = await SignInAppFactory.PostFormAsync(client, choose, "valj-enhet", new() { ["Unit"] = "HUD-SUS-LUND" });
        Assert.Equal(RulesPage, SignInAppFactory.Target(chosen.Headers.Location!));
        return client;
    }
}
