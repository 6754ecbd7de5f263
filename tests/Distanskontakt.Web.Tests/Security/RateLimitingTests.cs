using System.Net;
using System.Text.Json;
using Distanskontakt.Web.Security;

namespace Distanskontakt.Web.Tests.Security;

/// <summary>
/// Past its limit a client gets 429 with a Swedish problem body and Retry-After: on the public API, and on the local
/// sign-in's form posts (viewing the sign-in page is never counted).
/// </summary>
public sealed class RateLimitingTests
{
    private static CancellationToken Token => TestContext.Current.CancellationToken;

    [Fact]
    public async Task ShouldRefuseThePublicApiPastItsLimitWithASwedishProblemAndRetryAfter()
    {
        await using var app = new SignInAppFactory(settings: new Dictionary<string, string?>
        {
            ["RateLimiting:Enabled"] = "true",
            ["RateLimiting:PublicApi:PermitLimit"] = "3",
            ["RateLimiting:PublicApi:WindowSeconds"] = "3600",
        });
        using var client = app.CreateClient();

        for (var i = 0; i < 3; i++)
        {
            Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/api/v1/rulesets", Token)).StatusCode);
        }

        using var refused = await client.GetAsync("/api/v1/rulesets", Token);

        await AssertRefusedAsync(refused, maxRetryAfterSeconds: 3600);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/health", Token)).StatusCode); // not limited
    }

    [Fact]
    public async Task ShouldRefuseSignInAttemptsPastTheLimitButKeepShowingTheSignInPage()
    {
        await using var app = new SignInAppFactory(settings: new Dictionary<string, string?>
        {
            ["RateLimiting:Enabled"] = "true",
            ["RateLimiting:SignIn:PermitLimit"] = "2",
            ["RateLimiting:SignIn:WindowSeconds"] = "600",
        });
        using var client = app.CreateBrowserLikeClient();

        Assert.Equal(HttpStatusCode.BadRequest, (await SignInAppFactory.SignInAsync(client, "personal", "fel-1")).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await SignInAppFactory.SignInAsync(client, "personal", "fel-2")).StatusCode);

        // The third attempt, even with the right password, waits: SignInAsync loads the page (not counted) first.
        using var refused = await SignInAppFactory.SignInAsync(client, "personal", SignInAppFactory.PersonalPassword);

        await AssertRefusedAsync(refused, maxRetryAfterSeconds: 600);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/logga-in", Token)).StatusCode);
    }

    [Fact]
    public async Task ShouldNotLimitTestHostsWhereTheSettingsTurnItOff()
    {
        await using var app = new SignInAppFactory(settings: new Dictionary<string, string?>
        {
            ["RateLimiting:PublicApi:PermitLimit"] = "1", // the Testing settings turn limiting off
        });
        using var client = app.CreateClient();

        for (var i = 0; i < 5; i++)
        {
            Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/api/v1/rulesets", Token)).StatusCode);
        }
    }

    private static async Task AssertRefusedAsync(HttpResponseMessage refused, int maxRetryAfterSeconds)
    {
        Assert.Equal(HttpStatusCode.TooManyRequests, refused.StatusCode);
        Assert.Equal("application/problem+json", refused.Content.Headers.ContentType?.MediaType);
        var retryAfter = refused.Headers.RetryAfter?.Delta;
        Assert.NotNull(retryAfter);
        Assert.InRange(retryAfter.Value.TotalSeconds, 1, maxRetryAfterSeconds);
        using var json = JsonDocument.Parse(await refused.Content.ReadAsStringAsync(Token));
        Assert.Equal(RateLimiting.RejectedTitle, json.RootElement.GetProperty("title").GetString());
        Assert.Equal(429, json.RootElement.GetProperty("status").GetInt32());
        Assert.Contains("försök igen", json.RootElement.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }
}
