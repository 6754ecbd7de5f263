namespace Distanskontakt.Web.Tests.Security;

public sealed class ProductionStartTests
{
    [Fact]
    public async Task ShouldRefuseToStartInProductionWithoutOidcSettingsNamingTheMissingKeys()
    {
        await using var app = new SignInAppFactory("Production");

        var failure = Assert.ThrowsAny<Exception>(() => app.CreateClient());

        var message = Messages(failure);
        Assert.Contains("Authentication:Oidc:Authority", message, StringComparison.Ordinal);
        Assert.Contains("Authentication:Oidc:ClientId", message, StringComparison.Ordinal);
        Assert.Contains("Authentication:Oidc:ClientSecret", message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ShouldRefuseDemoAccountsInProduction()
    {
        await using var app = new SignInAppFactory("Production", new Dictionary<string, string?>
        {
            ["Authentication:Oidc:Authority"] = "https://idp.example.org",
            ["Authentication:Oidc:ClientId"] = "distanskontakt",
            ["Authentication:Oidc:ClientSecret"] = "hemligt",
            ["Authentication:DemoAccounts:0:Username"] = "admin",
            ["Authentication:DemoAccounts:0:PasswordHash"] = "AQAAAAIAAYagAAAAEMGuw+rIboIzgAGbB5Mssh+GF5I7NMvBC6w7Xr/8b2lS3S4ocP+fj9zBfY8O0IDF9A==",
            ["Authentication:DemoAccounts:0:Role"] = "Administratör",
            ["Authentication:DemoAccounts:0:Units:0"] = "VC-LUND-NORR",
        });

        var failure = Assert.ThrowsAny<Exception>(() => app.CreateClient());

        var message = Messages(failure);
        Assert.Contains("Authentication:DemoAccounts", message, StringComparison.Ordinal);
        Assert.DoesNotContain("Oidc:Authority", message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ShouldRefuseToStartWithAPersonnummerClaimAsTheUserId()
    {
        await using var app = new SignInAppFactory("Production", new Dictionary<string, string?>
        {
            ["Authentication:Oidc:Authority"] = "https://idp.example.org",
            ["Authentication:Oidc:ClientId"] = "distanskontakt",
            ["Authentication:Oidc:ClientSecret"] = "hemligt",
            ["Authentication:UserIdClaim"] = "credentialPersonalIdentityNumber",
        });

        var failure = Assert.ThrowsAny<Exception>(() => app.CreateClient());

        Assert.Contains("Authentication:UserIdClaim är \"credentialPersonalIdentityNumber\", som bär ett personnummer", Messages(failure), StringComparison.Ordinal);
    }

    private static string Messages(Exception exception)
    {
        var messages = new List<string>();
        for (Exception? current = exception; current is not null; current = current.InnerException)
        {
            messages.Add(current.Message);
        }

        return string.Join(" | ", messages);
    }
}
