using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using Distanskontakt.TestUtilities;

namespace Distanskontakt.Web.Tests.Api;

public sealed class DecisionApiTests(ApiFactory factory) : IClassFixture<ApiFactory>
{
    private const string PasisPhoneNotReplacing =
        """{"system":"pasis","contactDate":"2025-06-02","channel":"phone","supportProgram":false,"replacesVisit":false,"leadsToVisitSameDaySameUnit":false}""";

    [Fact]
    public async Task ShouldAnswerTelefonStandOptionalUnderV4ForPasisPhoneNotReplacing()
    {
        using var json = await PostOk(PasisPhoneNotReplacing);
        var root = json.RootElement;

        Assert.True(root.GetProperty("complete").GetBoolean());
        Assert.Equal("skane-v4", root.GetProperty("ruleSet").GetProperty("id").GetString());
        Assert.Equal("inForce", root.GetProperty("ruleSet").GetProperty("status").GetString());
        Assert.Equal("optional", root.GetProperty("registration").GetString());
        Assert.Equal("pasis", root.GetProperty("contactType").GetProperty("system").GetString());
        Assert.Equal("TE", root.GetProperty("contactType").GetProperty("code").GetString());
        Assert.Equal("Telefon stand", root.GetProperty("contactType").GetProperty("name").GetString());
        Assert.Contains(root.GetProperty("sources").EnumerateArray(),
            s => s.GetProperty("document").GetString() == "skane-v4" && s.GetProperty("section").GetString() == "§1.7.4");
        Assert.NotEmpty(root.GetProperty("trace").EnumerateArray());
    }

    [Fact]
    public async Task ShouldAnswerTelefonkontaktRegisterUnderV3ForTheSameContactIn2024()
    {
        using var json = await PostOk(PasisPhoneNotReplacing.Replace("2025-06-02", "2024-06-03", StringComparison.Ordinal));
        var root = json.RootElement;

        Assert.Equal("skane-v3", root.GetProperty("ruleSet").GetProperty("id").GetString());
        Assert.Equal(JsonValueKind.Null, root.GetProperty("ruleSet").GetProperty("validFrom").ValueKind);
        Assert.Equal("register", root.GetProperty("registration").GetString());
        Assert.Equal("TE", root.GetProperty("contactType").GetProperty("code").GetString());
        Assert.Equal("Telefonkontakt", root.GetProperty("contactType").GetProperty("name").GetString());
    }

    [Fact]
    public async Task ShouldReportReplacesVisitMissingWhenItIsNotAnswered()
    {
        using var json = await PostOk("""{"system":"pasis","contactDate":"2025-06-02","channel":"phone","supportProgram":false,"leadsToVisitSameDaySameUnit":false}""");
        var root = json.RootElement;

        Assert.False(root.GetProperty("complete").GetBoolean());
        Assert.Equal(["replacesVisit"], root.GetProperty("missing").EnumerateArray().Select(e => e.GetString()));
        Assert.Equal("replacesVisit", root.GetProperty("nextQuestion").GetProperty("id").GetString());
        Assert.False(root.TryGetProperty("contactType", out _));
    }

    [Fact]
    public async Task ShouldListEveryQuestionStillOnThePathAndOfferBooleanOptions()
    {
        using var json = await PostOk("""{"system":"pasis","channel":"phone"}""");
        var root = json.RootElement;

        Assert.Equal(["supportProgram", "replacesVisit"], root.GetProperty("missing").EnumerateArray().Select(e => e.GetString()));
        var question = root.GetProperty("nextQuestion");
        Assert.Equal("Ingår kontakten i ett program i Stöd och behandling?", question.GetProperty("text").GetString());
        var options = question.GetProperty("options").EnumerateArray().ToArray();
        Assert.Equal(JsonValueKind.True, options[0].GetProperty("value").ValueKind);
        Assert.Equal("Ja", options[0].GetProperty("label").GetString());
        Assert.Equal(JsonValueKind.False, options[1].GetProperty("value").ValueKind);
    }

    [Fact]
    public async Task ShouldRequireTriageForPmoPhoneThatLeadsToAVisitTheSameDay()
    {
        using var json = await PostOk("""{"system":"pmo","contactDate":"2025-06-02","channel":"phone","via1177Direkt":false,"supportProgram":false,"replacesVisit":false,"leadsToVisitSameDaySameUnit":true}""");
        var root = json.RootElement;

        Assert.Equal("Telefonsamtal", root.GetProperty("contactType").GetProperty("name").GetString());
        Assert.Equal(JsonValueKind.Null, root.GetProperty("contactType").GetProperty("code").ValueKind);
        var triage = root.GetProperty("obligations").EnumerateArray().Single(o => o.GetProperty("id").GetString() == "triageBeforeOtherVisit");
        Assert.Equal("required", triage.GetProperty("level").GetString());
        Assert.Equal("Registrera Triage före annat besök. Anvisningen: ”När samtal leder till besök samma dag på samma enhet registreras Triage före annat besök.”",
            triage.GetProperty("text").GetString());
    }

    [Fact]
    public async Task ShouldUseTodayInStockholmWhenNoContactDateIsGiven()
    {
        using var json = await PostOk("""{"system":"pmo","channel":"noteWithoutContact"}""");

        Assert.Equal("skane-v4", json.RootElement.GetProperty("ruleSet").GetProperty("id").GetString());
        Assert.Equal("Kommentar", json.RootElement.GetProperty("contactType").GetProperty("name").GetString());
    }

    [Fact]
    public async Task ShouldIgnoreAnAnswerOffThePath()
    {
        using var plain = await PostOk("""{"system":"pmo","contactDate":"2025-06-02","channel":"staffAboutPatient"}""");
        using var extra = await PostOk("""{"system":"pmo","contactDate":"2025-06-02","channel":"staffAboutPatient","replacesVisit":true,"handedOverSameUnitSameDay":true}""");

        Assert.Equal(plain.RootElement.GetRawText(), extra.RootElement.GetRawText());
    }

    [Fact]
    public async Task ShouldListRuleSetsWithKindAndStatusToday()
    {
        var response = await factory.CreateClient().GetAsync(new Uri("/api/v1/rulesets", UriKind.Relative), TestContext.Current.CancellationToken);
        response.EnsureSuccessStatusCode();
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));

        var sets = json.RootElement.EnumerateArray().ToDictionary(s => s.GetProperty("id").GetString()!);
        Assert.Equal("inForce", sets["skane-v4"].GetProperty("status").GetString());
        Assert.Equal("superseded", sets["skane-v3"].GetProperty("status").GetString());
        Assert.Equal("overlay", sets["skane-1177d"].GetProperty("kind").GetString());
        Assert.Equal("expired", sets["skane-1177d"].GetProperty("status").GetString());
        Assert.Equal("2026-12-31", sets["skane-v4"].GetProperty("validTo").GetString());
    }

    [Fact]
    public async Task ShouldServeHealthAndAnOpenApiDocumentNamingTheEndpoints()
    {
        var client = factory.CreateClient();
        var health = await client.GetStringAsync(new Uri("/health", UriKind.Relative), TestContext.Current.CancellationToken);
        var openApi = await client.GetStringAsync(new Uri("/openapi/v1.json", UriKind.Relative), TestContext.Current.CancellationToken);

        Assert.Equal("Healthy", health);
        Assert.Contains("/api/v1/decisions", openApi, StringComparison.Ordinal);
        Assert.Contains("/api/v1/rulesets", openApi, StringComparison.Ordinal);
    }

    private async Task<JsonDocument> PostOk(string body)
    {
        var response = await factory.CreateClient().PostAsync(new Uri("/api/v1/decisions", UriKind.Relative),
            new StringContent(body, Encoding.UTF8, "application/json"), TestContext.Current.CancellationToken);
        var text = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"{response.StatusCode}: {text}");
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        return JsonDocument.Parse(text);
    }
}
