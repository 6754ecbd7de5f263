using System.Net;
using System.Text.Json;

namespace Distanskontakt.Web.Tests.Api;

/// <summary>Spec §10.4 through the API: the register of a set in the catalog in force, 404 for an unknown id.</summary>
public sealed class InterpretationApiTests(ApiFactory factory) : IClassFixture<ApiFactory>
{
    [Fact]
    public async Task ShouldListTheRegisterOfSkaneV4WithQuotesReadingsAndCarryingRules()
    {
        var response = await factory.CreateClient().GetAsync(new Uri("/api/v1/rulesets/skane-v4/interpretations", UriKind.Relative), TestContext.Current.CancellationToken);
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
        var root = json.RootElement;

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("skane-v4", root.GetProperty("ruleSetId").GetString());
        var entries = root.GetProperty("interpretations").EnumerateArray().ToDictionary(e => e.GetProperty("id").GetString()!);
        Assert.Equal(["sob-ersatter-besok", "sob-attribut-fran-v3", "sob-uw040-fran-v3", "triage-utover-kontakttyp", "triage-1177d-konflikt"], entries.Keys);
        var triage = entries["triage-utover-kontakttyp"];
        Assert.Equal("interpretation", triage.GetProperty("kind").GetString());
        Assert.Equal(["v4-triage-pmo-video", "v4-triage-pmo-telefon", "v4-triage-pmo-text"],
            triage.GetProperty("carriedBy").EnumerateArray().Select(c => c.GetString()).ToArray());
        var quote = triage.GetProperty("quotes")[1];
        Assert.Equal("skane-v4", quote.GetProperty("document").GetString());
        Assert.Equal("§1.6.4", quote.GetProperty("section").GetString());
        Assert.Equal("När samtal leder till besök samma dag på samma enhet registreras Triage före annat besök.", quote.GetProperty("text").GetString());
        Assert.StartsWith("Anvisningen säger inte om Triage före annat besök", triage.GetProperty("reading").GetString(), StringComparison.Ordinal);
        Assert.Equal("carriedOver", entries["sob-attribut-fran-v3"].GetProperty("kind").GetString());
        Assert.Equal("conflict", entries["triage-1177d-konflikt"].GetProperty("kind").GetString());
    }

    [Fact]
    public async Task ShouldListTheOverlaysEngineNoteUnderItsOwnEntry()
    {
        using var json = JsonDocument.Parse(await factory.CreateClient().GetStringAsync(
            new Uri("/api/v1/rulesets/skane-1177d/interpretations", UriKind.Relative), TestContext.Current.CancellationToken));

        var overruled = Assert.Single(json.RootElement.GetProperty("interpretations").EnumerateArray(), e => e.GetProperty("id").GetString() == "namn-nyare-anvisning");
        Assert.Equal("overruledNameNote", Assert.Single(overruled.GetProperty("carriedBy").EnumerateArray()).GetString());
    }

    [Fact]
    public async Task ShouldAnswer404WithASwedishProblemForAnUnknownSet()
    {
        var response = await factory.CreateClient().GetAsync(new Uri("/api/v1/rulesets/skane-v9/interpretations", UriKind.Relative), TestContext.Current.CancellationToken);
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("Regeluppsättningen finns inte", json.RootElement.GetProperty("title").GetString());
        Assert.Equal(404, json.RootElement.GetProperty("status").GetInt32());
        Assert.Contains("id:t", json.RootElement.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task ShouldDescribeTheEndpointInTheOpenApiDocument()
    {
        using var json = JsonDocument.Parse(await factory.CreateClient().GetStringAsync(new Uri("/openapi/v1.json", UriKind.Relative), TestContext.Current.CancellationToken));

        var get = json.RootElement.GetProperty("paths").GetProperty("/api/v1/rulesets/{id}/interpretations").GetProperty("get");
        Assert.Equal("ListInterpretations", get.GetProperty("operationId").GetString());
        Assert.True(get.GetProperty("responses").TryGetProperty("200", out _));
        Assert.True(get.GetProperty("responses").TryGetProperty("404", out _));
    }
}
