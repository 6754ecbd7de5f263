using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using Distanskontakt.Web.Tests.Api;

namespace Distanskontakt.Web.Tests.Halland;

/// <summary><c>POST /api/v1/halland/assessments</c>: the question flow and result as JSON, as strict as the decision API.</summary>
public sealed class HallandAssessmentApiTests(ApiFactory factory) : IClassFixture<ApiFactory>
{
    private const string Path = "/api/v1/halland/assessments";

    private const string AllMetPhone =
        "\"ersatterBesok\":true,\"motsvararBesok\":true,\"sammaAvgift\":true,\"registrerasSomBesok\":true,\"journalforsSomBesok\":true," +
        "\"sortering\":true,\"idKontroll\":true,\"merAnParMinuter\":true,\"remissrutiner\":true";

    [Fact]
    public async Task ShouldAskForTheChannelFirst()
    {
        var json = await PostOk("{}");

        Assert.False(json.GetProperty("complete").GetBoolean());
        Assert.Equal(["channel"], json.GetProperty("missing").EnumerateArray().Select(m => m.GetString()));
        var next = json.GetProperty("nextQuestion");
        Assert.Equal("channel", next.GetProperty("id").GetString());
        Assert.Equal("Hur sker kontakten med patienten?", next.GetProperty("text").GetString());
        Assert.Equal(["video", "phone", "text", "letter"], next.GetProperty("options").EnumerateArray().Select(o => o.GetProperty("value").GetString()));
    }

    [Fact]
    public async Task ShouldListEveryMissingConditionOfTheVideoPathWithYesNoOptionsAsBooleans()
    {
        var json = await PostOk("""{"channel":"video","ersatterBesok":true}""");

        Assert.False(json.GetProperty("complete").GetBoolean());
        var missing = json.GetProperty("missing").EnumerateArray().Select(m => m.GetString()).ToList();
        Assert.Equal("motsvararBesok", missing[0]);
        Assert.Contains("realtidLjudOchBild", missing);
        Assert.Equal(["switchedFrom", "patientUnder13"], missing[^2..]);
        Assert.Equal(JsonValueKind.True, json.GetProperty("nextQuestion").GetProperty("options")[0].GetProperty("value").ValueKind);
    }

    [Fact]
    public async Task ShouldAnswerThatALetterIsNotADistanskontakt()
    {
        var json = await PostOk("""{"channel":"letter"}""");

        Assert.True(json.GetProperty("complete").GetBoolean());
        Assert.Equal("inteDistanskontakt", json.GetProperty("result").GetString());
        var failed = Assert.Single(json.GetProperty("failedConditions").EnumerateArray());
        Assert.Equal("brev", failed.GetProperty("id").GetString());
        Assert.Equal("Alla former av brev definieras inte som en distanskontakt.", failed.GetProperty("quote").GetString());
        Assert.Equal("halland-dk", failed.GetProperty("source").GetProperty("document").GetString());
    }

    [Fact]
    public async Task ShouldNameEachFailedConditionAndTheConsentReminderForAChatContinuedOnThePhone()
    {
        var body = "{\"channel\":\"phone\"," + AllMetPhone.Replace("\"sortering\":true", "\"sortering\":false", StringComparison.Ordinal)
            .Replace("\"merAnParMinuter\":true", "\"merAnParMinuter\":false", StringComparison.Ordinal)
            + ",\"switchedFrom\":\"text\",\"patientUnder13\":false}";

        var json = await PostOk(body);

        Assert.True(json.GetProperty("complete").GetBoolean());
        Assert.Equal("inteDistanskontakt", json.GetProperty("result").GetString());
        Assert.Equal(["sortering", "merAnParMinuter"], json.GetProperty("failedConditions").EnumerateArray().Select(f => f.GetProperty("id").GetString()));
        var sortering = json.GetProperty("failedConditions")[0];
        Assert.StartsWith("h) ", sortering.GetProperty("text").GetString(), StringComparison.Ordinal);
        Assert.Equal("Förutsättningar", sortering.GetProperty("source").GetProperty("section").GetString());
        var consent = json.GetProperty("reminders").EnumerateArray().Single(r => r.GetProperty("id").GetString() == "samtyckeDigitaltTillTelefon");
        Assert.Contains("”I samtycke med patient fortsätter samtalet på telefon”", consent.GetProperty("text").GetString(), StringComparison.Ordinal);
        Assert.Equal("halland-dig", consent.GetProperty("source").GetProperty("document").GetString());
        Assert.Contains(json.GetProperty("sources").EnumerateArray(), s => s.GetProperty("section").GetString() == "Byte från digital kommunikation till telefon");
    }

    [Fact]
    public async Task ShouldAnswerDistanskontaktWithoutAnyRegistrationTypeWhenEveryConditionIsMet()
    {
        var json = await PostOk("{\"channel\":\"phone\"," + AllMetPhone + ",\"switchedFrom\":\"none\",\"patientUnder13\":true}");

        Assert.Equal("distanskontakt", json.GetProperty("result").GetString());
        Assert.Equal(0, json.GetProperty("failedConditions").GetArrayLength());
        Assert.Contains(json.GetProperty("reminders").EnumerateArray(), r => r.GetProperty("id").GetString() == "barnUnder13");
        var text = json.GetRawText();
        Assert.DoesNotContain("contactType", text, StringComparison.Ordinal);
        Assert.DoesNotContain("PASiS", text, StringComparison.Ordinal);
        Assert.DoesNotContain("PMO", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ShouldIgnoreAnAnswerOffThePath()
    {
        var json = await PostOk("{\"channel\":\"phone\"," + AllMetPhone + ",\"realtidLjudOchBild\":false,\"switchedFrom\":\"none\",\"patientUnder13\":false}");

        Assert.Equal("distanskontakt", json.GetProperty("result").GetString());
    }

    public static TheoryData<string, string> FieldErrors() => new()
    {
        { """{"channel":"fax"}""", "channel" },
        { """{"channel":1}""", "channel" },
        { """{"channel":"Video"}""", "channel" },
        { """{"sortering":"yes"}""", "sortering" },
        { """{"sortering":1}""", "sortering" },
        { """{"patientUnder13":"false"}""", "patientUnder13" },
        { """{"switchedFrom":"email"}""", "switchedFrom" },
        { """{"switchedFrom":true}""", "switchedFrom" },
        { """{"channel":"phone","switchedFrom":"phone"}""", "switchedFrom" },
        { """{"videoMedSkrift":true}""", "videoMedSkrift" },
        { """{"system":"pmo"}""", "system" },
        { """{"personnummer":"191212121212"}""", "personnummer" },
        { """{"channel":"phone","channel":"video"}""", "channel" },
    };

    [Theory]
    [MemberData(nameof(FieldErrors))]
    public async Task ShouldRejectAWrongFieldWithASwedishErrorKeyedByItsName(string body, string field)
    {
        var errors = await PostExpectingProblem(new StringContent(body, Encoding.UTF8, "application/json"));

        Assert.True(errors.TryGetProperty(field, out var messages), $"no error for {field}: {errors.GetRawText()}");
        Assert.Contains(messages.EnumerateArray(), m => !string.IsNullOrWhiteSpace(m.GetString()));
    }

    [Fact]
    public async Task ShouldNameTheAllowedChannelsInSwedish()
    {
        var errors = await PostExpectingProblem(new StringContent("""{"channel":"fax"}""", Encoding.UTF8, "application/json"));

        Assert.Equal("Okänt kommunikationssätt. Tillåtna värden: video, phone, text, letter.", errors.GetProperty("channel")[0].GetString());
    }

    public static TheoryData<string, string?> BodyErrors() => new()
    {
        { "", "application/json" },
        { "{\"channel\":", "application/json" },
        { "[1,2]", "application/json" },
        { "null", "application/json" },
        { "channel=video", "application/x-www-form-urlencoded" },
        { "{\"channel\":\"video\"}", "text/plain" },
        { "{\"channel\":\"video\"}", null },
        { "{\"channel\":\"video\",\"pad\":\"" + new string('x', 17 * 1024) + "\"}", "application/json" },
    };

    [Theory]
    [MemberData(nameof(BodyErrors))]
    public async Task ShouldRejectAMalformedBodyAsABadRequest(string body, string? contentType)
    {
        var content = new ByteArrayContent(Encoding.UTF8.GetBytes(body));
        if (contentType is not null)
        {
            content.Headers.ContentType = new MediaTypeHeaderValue(contentType);
        }

        var errors = await PostExpectingProblem(content);

        Assert.True(errors.TryGetProperty("body", out _), errors.GetRawText());
    }

    [Fact]
    public async Task ShouldDescribeTheEndpointAndEveryConditionFieldInTheOpenApiDocument()
    {
        var text = await factory.CreateClient().GetStringAsync(new Uri("/openapi/v1.json", UriKind.Relative), TestContext.Current.CancellationToken);
        using var document = JsonDocument.Parse(text);

        var post = document.RootElement.GetProperty("paths").GetProperty(Path).GetProperty("post");
        var properties = post.GetProperty("requestBody").GetProperty("content").GetProperty("application/json").GetProperty("schema").GetProperty("properties");
        Assert.True(properties.TryGetProperty("channel", out _));
        Assert.True(properties.TryGetProperty("remissrutiner", out _));
        Assert.True(properties.TryGetProperty("switchedFrom", out _));
        Assert.True(properties.TryGetProperty("patientUnder13", out _));
        Assert.True(post.GetProperty("responses").TryGetProperty("400", out _));
    }

    private async Task<HttpResponseMessage> Post(HttpContent content) =>
        await factory.CreateClient().PostAsync(new Uri(Path, UriKind.Relative), content, TestContext.Current.CancellationToken);

    private async Task<JsonElement> PostOk(string body)
    {
        var response = await Post(new StringContent(body, Encoding.UTF8, "application/json"));
        var text = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);

        Assert.True(response.StatusCode == HttpStatusCode.OK, text);
        using var json = JsonDocument.Parse(text);
        return json.RootElement.Clone();
    }

    private async Task<JsonElement> PostExpectingProblem(HttpContent content)
    {
        var response = await Post(content);
        var text = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        using var json = JsonDocument.Parse(text);
        Assert.Equal("Ogiltig förfrågan", json.RootElement.GetProperty("title").GetString());
        return json.RootElement.GetProperty("errors").Clone();
    }
}
