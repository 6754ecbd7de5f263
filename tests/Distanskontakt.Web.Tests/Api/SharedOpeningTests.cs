using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using Distanskontakt.Domain.Privacy;
using Distanskontakt.Web.Tests.Registrations;

namespace Distanskontakt.Web.Tests.Api;

/// <summary>
/// The opening the three body-taking endpoints share (read the body by hand, then validate it): the same Swedish 400
/// for the same fault on each, keyed <c>body</c> or by the field, and free text with a personnummer never echoed.
/// </summary>
public sealed class SharedOpeningTests(RegistrationApiFactory factory) : IClassFixture<RegistrationApiFactory>
{
    private const string Planted = "19121212-1212";

    private const string CompleteRegistration =
        """{"system":"pasis","contactDate":"2026-05-04","channel":"phone","supportProgram":false,"replacesVisit":false,"leadsToVisitSameDaySameUnit":false}""";

    private static CancellationToken Token => TestContext.Current.CancellationToken;

    public static TheoryData<string> Endpoints() => ["/api/v1/decisions", "/api/v1/halland/assessments", "/api/v1/registrations"];

    public static TheoryData<string, string, string?, string> BodyFaults()
    {
        var data = new TheoryData<string, string, string?, string>();
        foreach (var path in Endpoints())
        {
            data.Add(path, """{"channel":"phone"}""", "text/plain", "Innehållet måste vara JSON (Content-Type: application/json).");
            data.Add(path, """{"channel":"phone"}""", null, "Innehållet måste vara JSON (Content-Type: application/json).");
            data.Add(path, "", "application/json", "Förfrågan saknar innehåll. Skicka ett JSON-objekt med svaren.");
            data.Add(path, """{"channel":""", "application/json", "Förfrågan är inte giltig JSON.");
            data.Add(path, """["channel","phone"]""", "application/json", "Förfrågan måste vara ett JSON-objekt.");
            data.Add(path, "{\"pad\":\"" + new string('x', 17 * 1024) + "\"}", "application/json", "Förfrågan är större än 16 kB.");
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(BodyFaults))]
    public async Task ShouldRefuseAMalformedBodyWithTheSameMessageOnEveryEndpoint(string path, string body, string? contentType, string message)
    {
        var content = new ByteArrayContent(Encoding.UTF8.GetBytes(body));
        if (contentType is not null)
        {
            content.Headers.ContentType = new MediaTypeHeaderValue(contentType);
        }

        var (errors, _) = await PostExpectingProblem(path, content);

        Assert.Equal(["body"], errors.EnumerateObject().Select(e => e.Name));
        Assert.Equal([message], errors.GetProperty("body").EnumerateArray().Select(m => m.GetString()));
    }

    [Theory]
    [MemberData(nameof(Endpoints))]
    public async Task ShouldRefuseAFieldGivenTwiceKeyedByItsName(string path)
    {
        var (errors, _) = await PostExpectingProblem(path, Json("""{"channel":"phone","channel":"video"}"""));

        Assert.Contains("Fältet förekommer mer än en gång.", errors.GetProperty("channel").EnumerateArray().Select(m => m.GetString()));
    }

    [Theory]
    [MemberData(nameof(Endpoints))]
    public async Task ShouldRefuseAnUnknownFieldHoldingAPersonnummerWithoutEchoingIt(string path)
    {
        var (errors, text) = await PostExpectingProblem(path, Json($$"""{"channel":"phone","patientId":"{{Planted}}"}"""));

        Assert.StartsWith("Okänt fält. Tillåtna fält: ", errors.GetProperty("patientId")[0].GetString(), StringComparison.Ordinal);
        Assert.DoesNotContain("1212-1212", text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/api/v1/decisions", """{"channel":"phone","comment":"Patient 19121212-1212 ringde"}""", "Okänt fält. Tillåtna fält: ")]
    [InlineData("/api/v1/halland/assessments", """{"channel":"phone","comment":"Patient 19121212-1212 ringde"}""", "Okänt fält. Tillåtna fält: ")]
    [InlineData("/api/v1/registrations", "", PersonnummerDetector.RefusalMessage)]
    public async Task ShouldRefuseAPersonnummerInFreeTextWithoutEchoingIt(string path, string body, string message)
    {
        // Only the registrations take free text (the comment); the other two refuse the field itself.
        if (body.Length == 0)
        {
            body = CompleteRegistration.Replace("}", $$""","comment":"Patient {{Planted}} ringde"}""", StringComparison.Ordinal);
        }

        var (errors, text) = await PostExpectingProblem(path, Json(body));

        Assert.StartsWith(message, errors.GetProperty("comment")[0].GetString(), StringComparison.Ordinal);
        Assert.DoesNotContain("1212-1212", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ShouldAnswerABadIdempotencyKeyBeforeLookingAtTheRegistrationBody()
    {
        using var client = factory.ClientAs(RegistrationApiFactory.Personal, user: "opening-key");
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/v1/registrations") { Content = Json("""{"channel":""") };
        request.Headers.TryAddWithoutValidation("Idempotency-Key", "inte en nyckel");

        using var response = await client.SendAsync(request, Token);
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync(Token));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(["Idempotency-Key"], json.RootElement.GetProperty("errors").EnumerateObject().Select(e => e.Name));
    }

    [Fact]
    public async Task ShouldRefuseAnUnknownUnitBeforeLookingAtTheRegistrationBody()
    {
        using var client = factory.ClientAs(RegistrationApiFactory.Personal, "NO-SUCH-UNIT", user: "opening-unit");

        using var response = await client.PostAsync("/api/v1/registrations", Json("""{"channel":"""), Token);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    private static StringContent Json(string body) => new(body, Encoding.UTF8, "application/json");

    private async Task<(JsonElement Errors, string Text)> PostExpectingProblem(string path, HttpContent content)
    {
        using var client = factory.ClientAs(RegistrationApiFactory.Personal, user: "opening-user");
        using var response = await client.PostAsync(path, content, Token);
        var text = await response.Content.ReadAsStringAsync(Token);

        Assert.True(response.StatusCode == HttpStatusCode.BadRequest, $"{response.StatusCode}: {text}");
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        using var json = JsonDocument.Parse(text);
        Assert.Equal("Ogiltig förfrågan", json.RootElement.GetProperty("title").GetString());
        Assert.Equal(400, json.RootElement.GetProperty("status").GetInt32());
        return (json.RootElement.GetProperty("errors").Clone(), text);
    }
}
