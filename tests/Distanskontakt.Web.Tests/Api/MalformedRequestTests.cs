using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;

namespace Distanskontakt.Web.Tests.Api;

/// <summary>Every malformed request is a 400 with a Swedish problem body keyed by the input name.</summary>
public sealed class MalformedRequestTests(ApiFactory factory) : IClassFixture<ApiFactory>
{
    public static TheoryData<string, string> FieldErrors() => new()
    {
        { """{"channel":"fax"}""", "channel" },
        { """{"channel":2}""", "channel" },
        { """{"system":"PMO"}""", "system" },
        { """{"system":1}""", "system" },
        { """{"replacesVisit":"yes"}""", "replacesVisit" },
        { """{"supportProgram":1}""", "supportProgram" },
        { """{"contactDate":"2025-02-30"}""", "contactDate" },
        { """{"contactDate":"02/06/2025"}""", "contactDate" },
        { """{"contactDate":20250602}""", "contactDate" },
        { """{"contactDate":"2026-06-02"}""", "contactDate" },
        { """{"Channel":"phone"}""", "Channel" },
        { """{"patientName":"x"}""", "patientName" },
        { """{"channel":"phone","channel":"video"}""", "channel" },
    };

    [Theory]
    [MemberData(nameof(FieldErrors))]
    public async Task ShouldRejectAWrongFieldWithAnErrorKeyedByItsName(string body, string field)
    {
        var errors = await PostExpectingProblem(new StringContent(body, Encoding.UTF8, "application/json"));

        Assert.True(errors.TryGetProperty(field, out var messages), $"no error for {field}: {errors.GetRawText()}");
        Assert.Contains(messages.EnumerateArray(), m => !string.IsNullOrWhiteSpace(m.GetString()));
    }

    [Fact]
    public async Task ShouldNameTheAllowedChannelsInSwedish()
    {
        var errors = await PostExpectingProblem(new StringContent("""{"channel":"fax"}""", Encoding.UTF8, "application/json"));

        Assert.Equal(
            "Okänd kanal. Tillåtna värden: video, phone, text, staffAboutPatient, noteWithoutContact, patientSelfService.",
            errors.GetProperty("channel")[0].GetString());
    }

    [Fact]
    public async Task ShouldRefuseAFutureDateRelativeToTheStockholmDay()
    {
        var errors = await PostExpectingProblem(new StringContent("""{"contactDate":"2026-06-02"}""", Encoding.UTF8, "application/json"));

        Assert.Contains("framtiden", errors.GetProperty("contactDate")[0].GetString(), StringComparison.Ordinal);
    }

    public static TheoryData<string, string?> BodyErrors() => new()
    {
        { "", "application/json" },
        { "{\"system\":", "application/json" },
        { "[1,2]", "application/json" },
        { "\"pmo\"", "application/json" },
        { "null", "application/json" },
        { "system=pmo", "application/x-www-form-urlencoded" },
        { "{\"system\":\"pmo\"}", "text/plain" },
        { "{\"system\":\"pmo\"}", null },
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
    public async Task ShouldRejectABodyOver16KilobytesAsABadRequestNotPayloadTooLarge()
    {
        var body = "{\"system\":\"pmo\",\"pad\":\"" + new string('x', 17 * 1024) + "\"}";

        var errors = await PostExpectingProblem(new StringContent(body, Encoding.UTF8, "application/json"));

        Assert.True(errors.TryGetProperty("body", out _));
    }

    [Fact]
    public async Task ShouldNeverEchoALongOffendingValue()
    {
        var longValue = "telefon" + new string('z', 60);

        var response = await Post(new StringContent($$"""{"channel":"{{longValue}}"}""", Encoding.UTF8, "application/json"));
        var text = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.DoesNotContain(longValue, text, StringComparison.Ordinal);
    }

    private async Task<HttpResponseMessage> Post(HttpContent content) =>
        await factory.CreateClient().PostAsync(new Uri("/api/v1/decisions", UriKind.Relative), content, TestContext.Current.CancellationToken);

    private async Task<JsonElement> PostExpectingProblem(HttpContent content)
    {
        var response = await Post(content);
        var text = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        using var json = JsonDocument.Parse(text);
        Assert.Equal("Ogiltig förfrågan", json.RootElement.GetProperty("title").GetString());
        Assert.Equal(400, json.RootElement.GetProperty("status").GetInt32());
        return json.RootElement.GetProperty("errors").Clone();
    }
}
