using System.Net;
using System.Text;
using Distanskontakt.Web.Operations;
using Distanskontakt.Web.Tests.Security;

namespace Distanskontakt.Web.Tests.Operations;

/// <summary>
/// <c>/metrics</c> in Prometheus' text format, only for allowed client networks, with the app's counters labelled
/// by registration kind and rule set, and never a personnummer in it; off unless configured.
/// </summary>
public sealed class MetricsTests
{
    private const string Monitoring = "192.0.2.10";

    private const string Personnummer = "19121212-1212";

    private static CancellationToken Token => TestContext.Current.CancellationToken;

    [Fact]
    public async Task ShouldExportTheAppsCountersWithTheirLabelsToAnAllowedScraperOnly()
    {
        await using var app = new PeerAddressApp("Testing", new Dictionary<string, string?>
        {
            ["Metrics:Enabled"] = "true",
            ["Metrics:AllowedNetworks:0"] = "192.0.2.0/24",
            ["Metrics:AllowedNetworks:1"] = "198.51.100.0/24",
        });
        using var client = app.ClientFrom(Monitoring);

        using var decision = await PostAsync(client, "/api/v1/decisions",
            """{"system":"pasis","contactDate":"2025-06-02","channel":"phone","supportProgram":false,"replacesVisit":false,"leadsToVisitSameDaySameUnit":false}""");
        Assert.Equal(HttpStatusCode.OK, decision.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await SignInAppFactory.SignInAsync(client, "personal", SignInAppFactory.PersonalPassword)).StatusCode);
        const string Registration =
            """{"system":"pmo","contactDate":"2026-05-28","channel":"phone","via1177Direkt":false,"supportProgram":false,"replacesVisit":false,"leadsToVisitSameDaySameUnit":false""";
        Assert.Equal(HttpStatusCode.Created, (await PostAsync(client, "/api/v1/registrations", Registration + "}")).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest,
            (await PostAsync(client, "/api/v1/registrations", Registration + $$""","comment":"Gäller {{Personnummer}}"}""")).StatusCode);

        using var scrape = await client.GetAsync(MetricsExport.Path, Token);
        var text = await scrape.Content.ReadAsStringAsync(Token);

        Assert.Equal(HttpStatusCode.OK, scrape.StatusCode);
        Assert.Contains(Line(text, "distanskontakt_decisions_total{"), line =>
            line.Contains("registration=\"optional\"", StringComparison.Ordinal)
            && line.Contains("rule_set=\"skane-v4\"", StringComparison.Ordinal)
            && line.Contains("source=\"api\"", StringComparison.Ordinal)
            && Value(line) >= 1);
        Assert.Contains(Line(text, "distanskontakt_registrations_written_total{"), line => Value(line) >= 1);
        Assert.Contains(Line(text, "distanskontakt_personnummer_refused_total{"), line =>
            line.Contains("source=\"api\"", StringComparison.Ordinal) && Value(line) >= 1);
        Assert.Contains("http_server_request_duration_seconds_bucket{", text, StringComparison.Ordinal);
        Assert.DoesNotContain("19121212", text, StringComparison.Ordinal);
        Assert.DoesNotContain("1212-1212", text, StringComparison.Ordinal);

        using var outsider = app.ClientFrom("203.0.113.5");
        Assert.Equal(HttpStatusCode.NotFound, (await outsider.GetAsync(MetricsExport.Path, Token)).StatusCode);
    }

    [Fact]
    public async Task ShouldNotServeMetricsUnlessTurnedOn()
    {
        await using var app = new PeerAddressApp("Testing", new Dictionary<string, string?>());
        using var client = app.ClientFrom("127.0.0.1");

        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync(MetricsExport.Path, Token)).StatusCode);
    }

    private static Task<HttpResponseMessage> PostAsync(HttpClient client, string path, string json) =>
        client.PostAsync(path, new StringContent(json, Encoding.UTF8, "application/json"), Token);

    private static IEnumerable<string> Line(string text, string prefix) =>
        text.Split('\n').Where(line => line.StartsWith(prefix, StringComparison.Ordinal));

    // "name{labels} value [timestamp]"
    private static double Value(string line) =>
        double.Parse(line[(line.LastIndexOf('}') + 1)..].Trim().Split(' ')[0], System.Globalization.CultureInfo.InvariantCulture);
}
