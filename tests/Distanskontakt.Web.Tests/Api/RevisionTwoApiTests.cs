using System.Net;
using System.Text;
using System.Text.Json;

namespace Distanskontakt.Web.Tests.Api;

/// <summary>
/// Spec §10.1–10.3 (revision 2) through the API: the three requests of issue 12 answer as written, and the journal
/// question is never listed as missing for a Stöd och behandling contact that replaces a visit.
/// </summary>
public sealed class RevisionTwoApiTests(ApiFactory factory) : IClassFixture<ApiFactory>
{
    [Fact]
    public async Task ShouldRegisterAStodOchBehandlingVideoThatReplacesAVisitWithTheSobAttributeAndAnInterpretation()
    {
        using var json = await PostOk("""{"system":"pmo","contactDate":"2025-05-06","channel":"video","supportProgram":true,"replacesVisit":true}""");
        var root = json.RootElement;

        // via1177Direkt is on the path for PMO video and unanswered: the SoB answers alone do not complete it.
        Assert.Equal(["via1177Direkt"], Strings(root.GetProperty("missing")));

        using var complete = await PostOk("""{"system":"pmo","contactDate":"2025-05-06","channel":"video","via1177Direkt":false,"supportProgram":true,"replacesVisit":true}""");
        root = complete.RootElement;
        Assert.True(root.GetProperty("complete").GetBoolean());
        Assert.Equal("register", root.GetProperty("registration").GetString());
        Assert.Equal("Video som ersätter besök", root.GetProperty("contactType").GetProperty("name").GetString());
        var obligations = root.GetProperty("obligations").EnumerateArray()
            .ToDictionary(o => o.GetProperty("id").GetString()!, o => o.GetProperty("level").GetString());
        Assert.Equal("required", obligations["journal"]);
        Assert.Equal("required", obligations["attributeSob"]);
        var interpretation = Assert.Single(root.GetProperty("notes").EnumerateArray(),
            n => n.GetProperty("kind").GetString() == "interpretation");
        Assert.Equal("sob-ersatter-besok", interpretation.GetProperty("id").GetString()); // its register entry (§10.4)
        Assert.All(root.GetProperty("notes").EnumerateArray().Where(n => n.GetProperty("kind").GetString() == "info"),
            n => Assert.False(n.TryGetProperty("id", out _)));
        var text = interpretation.GetProperty("text").GetString()!;
        Assert.Contains("§1.4", text, StringComparison.Ordinal);
        Assert.Contains("§1.5", text, StringComparison.Ordinal);
        var sections = root.GetProperty("sources").EnumerateArray()
            .Select(s => $"{s.GetProperty("document").GetString()} {s.GetProperty("section").GetString()}").ToArray();
        Assert.Contains("skane-v4 §1.4", sections);
        Assert.Contains("skane-v4 §1.5", sections);
    }

    [Theory]
    [InlineData("""{"system":"pmo","contactDate":"2025-05-06","channel":"video","supportProgram":true}""", "via1177Direkt,replacesVisit")]
    [InlineData("""{"system":"pmo","contactDate":"2025-05-06","channel":"video","via1177Direkt":false,"supportProgram":true}""", "replacesVisit")]
    [InlineData("""{"system":"pasis","contactDate":"2025-05-06","channel":"text","supportProgram":true,"replacesVisit":false}""", "journalDocumented")]
    [InlineData("""{"system":"pasis","contactDate":"2024-05-06","channel":"text","supportProgram":true}""", "replacesVisit")]
    public async Task ShouldAskAboutTheJournalOnlyForAStodOchBehandlingContactThatDoesNotReplaceAVisit(string body, string missing)
    {
        using var json = await PostOk(body);
        var root = json.RootElement;

        Assert.False(root.GetProperty("complete").GetBoolean());
        Assert.Equal(missing.Split(','), Strings(root.GetProperty("missing")));
        Assert.Equal(missing.Split(',')[0], root.GetProperty("nextQuestion").GetProperty("id").GetString());
    }

    [Fact]
    public async Task ShouldCompletePasisTelefonStandWithoutTheSameDayQuestionUnderV4()
    {
        using var json = await PostOk("""{"system":"pasis","contactDate":"2025-06-02","channel":"phone","supportProgram":false,"replacesVisit":false}""");
        var root = json.RootElement;

        Assert.True(root.GetProperty("complete").GetBoolean());
        Assert.False(root.TryGetProperty("missing", out var missing) && missing.GetArrayLength() > 0);
        Assert.Equal("TE", root.GetProperty("contactType").GetProperty("code").GetString());
        Assert.Equal("optional", root.GetProperty("registration").GetString());
        Assert.DoesNotContain(root.GetProperty("obligations").EnumerateArray(), o => o.GetProperty("id").GetString() == "triageBeforeOtherVisit");
    }

    [Fact]
    public async Task ShouldStillAskTheSameDayQuestionForPasisTelefonkontaktUnderV3()
    {
        using var json = await PostOk("""{"system":"pasis","contactDate":"2024-06-03","channel":"phone","supportProgram":false,"replacesVisit":false}""");

        Assert.Equal(["leadsToVisitSameDaySameUnit"], Strings(json.RootElement.GetProperty("missing")));
    }

    [Theory]
    [InlineData("2025-06-02", "phone", "När samtal leder till besök samma dag på samma enhet registreras Triage före annat besök.")]
    [InlineData("2025-06-02", "text", "När kontakt leder till besök samma dag på samma enhet registreras Triage före annat besök.")]
    [InlineData("2024-06-03", "phone", "När samtal leder till besök samma dag på samma enhet registreras Triage före annat besök")]
    public async Task ShouldQuoteTheTriageSentenceAndSayThatTheInstructionLeavesTheReadingOpen(string date, string channel, string sentence)
    {
        using var json = await PostOk($$"""{"system":"pmo","contactDate":"{{date}}","channel":"{{channel}}","via1177Direkt":false,"supportProgram":false,"replacesVisit":false,"leadsToVisitSameDaySameUnit":true}""");
        var root = json.RootElement;

        var triage = Assert.Single(root.GetProperty("obligations").EnumerateArray(), o => o.GetProperty("id").GetString() == "triageBeforeOtherVisit");
        Assert.Equal("required", triage.GetProperty("level").GetString());
        Assert.Contains($"”{sentence}”", triage.GetProperty("text").GetString(), StringComparison.Ordinal);
        Assert.Contains(root.GetProperty("notes").EnumerateArray(), n => n.GetProperty("kind").GetString() == "interpretation"
            && n.GetProperty("text").GetString()!.Contains("i stället för kontakttypen eller utöver den", StringComparison.Ordinal));
        Assert.NotNull(root.GetProperty("contactType").GetProperty("name").GetString());
    }

    private static string?[] Strings(JsonElement array) => [.. array.EnumerateArray().Select(e => e.GetString())];

    private async Task<JsonDocument> PostOk(string body)
    {
        var response = await factory.CreateClient().PostAsync(new Uri("/api/v1/decisions", UriKind.Relative),
            new StringContent(body, Encoding.UTF8, "application/json"), TestContext.Current.CancellationToken);
        var text = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"{response.StatusCode}: {text}");
        return JsonDocument.Parse(text);
    }
}
