using System.Text.Json;
using Distanskontakt.E2E.Tests.Scenarios;

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

    /// <summary>The browser scenarios' expectations hold for the engine too (so a wizard failure is the UI's).</summary>
    [Theory]
    [MemberData(nameof(SourceScenarios.AllIds), MemberType = typeof(SourceScenarios))]
    public async Task ShouldAgreeWithTheBrowserScenario(string id)
    {
        var scenario = SourceScenarios.ById(id);
        var body = scenario.Query.ToDictionary(
            kv => kv.Key,
            kv => kv.Value is "true" or "false" ? (object)(kv.Value == "true") : kv.Value,
            StringComparer.Ordinal);

        var response = await Page.APIRequest.PostAsync("api/v1/decisions", new APIRequestContextOptions { DataObject = body });

        Assert.Equal(200, response.Status);
        using var json = JsonDocument.Parse(await response.TextAsync());
        var root = json.RootElement;
        Assert.True(root.GetProperty("complete").GetBoolean());
        var contactType = root.GetProperty("contactType");
        if (scenario.Expected.ContactType == "Ingen registrering")
        {
            Assert.Equal("none", root.GetProperty("registration").GetString());
            Assert.Equal(JsonValueKind.Null, contactType.ValueKind);
        }
        else
        {
            Assert.Equal(scenario.Expected.ContactType, contactType.GetProperty("name").GetString());
            Assert.Equal(scenario.Expected.Code, contactType.GetProperty("code").GetString());
            Assert.Equal(scenario.Expected.Registration is null ? "register" : "optional", root.GetProperty("registration").GetString());
        }

        var obligations = root.GetProperty("obligations").EnumerateArray().Select(o => o.GetProperty("text").GetString()).ToList();
        Assert.Equal(scenario.Expected.Obligations.Order(StringComparer.Ordinal), obligations.Order(StringComparer.Ordinal));
        var sections = root.GetProperty("sources").EnumerateArray().Select(o => o.GetProperty("section").GetString()).ToList();
        Assert.All(scenario.Expected.Sections, section => Assert.Contains(section, sections));
    }
}
