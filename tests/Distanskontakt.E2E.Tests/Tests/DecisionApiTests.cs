using System.Text.Json;

namespace Distanskontakt.E2E.Tests.Tests;

/// <summary>The public API over the real Kestrel host, called through the browser context's request client.</summary>
public sealed class DecisionApiTests(BrowserFixture fixture) : BrowserTest(fixture)
{
    [Fact]
    public async Task ShouldDecideTelefonStandForPasisPhoneNotReplacingVisitIn2025()
    {
        var response = await Page.APIRequest.PostAsync("api/v1/decisions", new APIRequestContextOptions
        {
            DataObject = new
            {
                system = "pasis",
                contactDate = "2025-06-02",
                channel = "phone",
                supportProgram = false,
                replacesVisit = false,
                leadsToVisitSameDaySameUnit = false,
            },
        });

        Assert.Equal(200, response.Status);
        using var body = JsonDocument.Parse(await response.TextAsync());
        var root = body.RootElement;
        Assert.True(root.GetProperty("complete").GetBoolean());
        Assert.Equal("optional", root.GetProperty("registration").GetString());
        Assert.Equal("skane-v4", root.GetProperty("ruleSet").GetProperty("id").GetString());
        var contactType = root.GetProperty("contactType");
        Assert.Equal("pasis", contactType.GetProperty("system").GetString());
        Assert.Equal("TE", contactType.GetProperty("code").GetString());
        Assert.Equal("Telefon stand", contactType.GetProperty("name").GetString());
    }

    [Fact]
    public async Task ShouldAskForTheChannelWhenOnlySystemAndDateAreGiven()
    {
        var response = await Page.APIRequest.PostAsync("api/v1/decisions", new APIRequestContextOptions
        {
            DataObject = new { system = "pmo", contactDate = "2026-06-01" },
        });

        Assert.Equal(200, response.Status);
        using var body = JsonDocument.Parse(await response.TextAsync());
        Assert.False(body.RootElement.GetProperty("complete").GetBoolean());
        Assert.Equal("channel", body.RootElement.GetProperty("nextQuestion").GetProperty("id").GetString());
    }
}
