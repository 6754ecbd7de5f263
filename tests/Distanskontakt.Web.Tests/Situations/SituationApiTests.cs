using System.Net;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Distanskontakt.Domain.Situations;
using Distanskontakt.Domain.Vocabulary;
using Distanskontakt.Web.Tests.Api;

namespace Distanskontakt.Web.Tests.Situations;

/// <summary>The public contract of <c>GET /api/v1/situations</c> (issue 13), against the real app in memory.</summary>
public sealed class SituationApiTests(ApiFactory factory) : IClassFixture<ApiFactory>
{
    private static CancellationToken Token => TestContext.Current.CancellationToken;

    [Fact]
    public async Task ShouldPutPhoneNotReplacingFirstForANormalTestResultGivenByPhone()
    {
        using var json = await GetOk("?q=ringde upp och lämnade normalt provsvar&system=pmo");
        var root = json.RootElement;

        Assert.Equal("ringde upp och lämnade normalt provsvar", root.GetProperty("query").GetString());
        var first = root.GetProperty("results")[0];
        Assert.Equal("phone", first.GetProperty("answers").GetProperty("channel").GetString());
        Assert.False(first.GetProperty("answers").GetProperty("replacesVisit").GetBoolean());
        Assert.Equal("skane-v4", first.GetProperty("document").GetString());
        Assert.Equal("§1.6.4", first.GetProperty("section").GetString());
        Assert.Equal("/registrera?system=pmo&channel=phone&replacesVisit=false", first.GetProperty("href").GetString());
    }

    [Fact]
    public async Task ShouldAnswerExactlyTheContractsFieldsWithAtMostTenResults()
    {
        using var json = await GetOk("?q=patient&system=pasis");
        var root = json.RootElement;

        Assert.Equal(["query", "results"], root.EnumerateObject().Select(p => p.Name));
        var results = root.GetProperty("results").EnumerateArray().ToArray();
        Assert.Equal(10, results.Length);
        var wireNames = SituationExampleParser.DecidableInputs.Select(WireNames.Of).ToArray();
        foreach (var result in results)
        {
            Assert.Equal(["id", "text", "document", "section", "answers", "href"], result.EnumerateObject().Select(p => p.Name));
            Assert.NotEmpty(result.GetProperty("answers").EnumerateObject());
            Assert.All(result.GetProperty("answers").EnumerateObject(), a => Assert.Contains(a.Name, wireNames));
            Assert.StartsWith("/registrera?system=pasis&", result.GetProperty("href").GetString(), StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task ShouldSearchTheRuleSetInForceOnTheContactDateAndKeepTheDateInTheAddress()
    {
        using var json = await GetOk("?q=ringer och ber om förnyelse av recept&system=pasis&contactDate=2024-06-03");
        var first = json.RootElement.GetProperty("results")[0];

        Assert.Equal("skane-v3", first.GetProperty("document").GetString());
        Assert.StartsWith("/registrera?system=pasis&contactDate=2024-06-03&channel=phone", first.GetProperty("href").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task ShouldAnswerAnEmptyListWhenNothingMatches()
    {
        using var json = await GetOk("?q=xyzzy&system=pmo");

        Assert.Empty(json.RootElement.GetProperty("results").EnumerateArray());
    }

    [Theory]
    [InlineData("?system=pmo", "q")]
    [InlineData("?q=&system=pmo", "q")]
    [InlineData("?q=%20%20%09&system=pmo", "q")]
    [InlineData("?q=ringde", "system")]
    [InlineData("?q=ringde&system=sdv", "system")]
    [InlineData("?q=ringde&system=PMO", "system")]
    [InlineData("?q=ringde&system=pmo&contactDate=2025-13-01", "contactDate")]
    [InlineData("?q=ringde&system=pmo&contactDate=2025-6-1", "contactDate")]
    [InlineData("?q=ringde&system=pmo&contactDate=2027-01-01", "contactDate")]
    [InlineData("?q=ringde&q=chatt&system=pmo", "q")]
    [InlineData("?q=ringde&system=pmo&channel=phone", "channel")]
    public async Task ShouldRefuseABadParameterWithASwedishProblemKeyedByIt(string query, string key)
    {
        using var json = await GetProblem(query);

        var errors = json.RootElement.GetProperty("errors");
        Assert.Equal([key], errors.EnumerateObject().Select(p => p.Name));
        Assert.NotEmpty(errors.GetProperty(key)[0].GetString()!);
        Assert.Equal("Ogiltig förfrågan", json.RootElement.GetProperty("title").GetString());
    }

    [Fact]
    public async Task ShouldRefuseADescriptionOverTwoHundredCharacters()
    {
        var exactly = new string('a', 199) + "x";
        using (await GetOk($"?q={exactly}&system=pmo"))
        {
        }

        using var json = await GetProblem($"?q={exactly}b&system=pmo");
        Assert.Equal("Beskrivningen får vara högst 200 tecken.", json.RootElement.GetProperty("errors").GetProperty("q")[0].GetString());
    }

    /// <summary>The contract: every example's answers, posted with its system, are accepted by the decision API.</summary>
    [Fact]
    public async Task ShouldHaveTheDecisionApiAcceptEveryExamplesAnswers()
    {
        var client = factory.CreateClient();
        var checkedCount = 0;
        foreach (var example in SituationExampleCatalog.LoadEmbedded().All)
        {
            foreach (var system in example.Systems)
            {
                var body = new JsonObject { ["system"] = WireNames.Of(system) };
                var dto = Web.Api.Situations.SituationApi.ToDto(example, new Web.Api.Situations.SituationQuery("x", system, null));
                foreach (var answer in JsonSerializer.SerializeToNode(dto.Answers, JsonSerializerOptions.Web)!.AsObject())
                {
                    body[answer.Key] = answer.Value?.DeepClone();
                }

                using var response = await client.PostAsync(new Uri("/api/v1/decisions", UriKind.Relative),
                    new StringContent(body.ToJsonString(), Encoding.UTF8, "application/json"), Token);
                Assert.True(response.StatusCode == HttpStatusCode.OK, $"{example.Id}: {response.StatusCode} {await response.Content.ReadAsStringAsync(Token)}");
                checkedCount++;
            }
        }

        Assert.True(checkedCount > 150, $"{checkedCount} posted");
    }

    [Fact]
    public async Task ShouldDescribeTheEndpointAndItsParametersInTheOpenApiDocument()
    {
        var text = await factory.CreateClient().GetStringAsync(new Uri("/openapi/v1.json", UriKind.Relative), Token);
        using var json = JsonDocument.Parse(text);

        var get = json.RootElement.GetProperty("paths").GetProperty("/api/v1/situations").GetProperty("get");
        Assert.Equal(["q", "system", "contactDate"], get.GetProperty("parameters").EnumerateArray().Select(p => p.GetProperty("name").GetString()));
        Assert.True(get.GetProperty("responses").TryGetProperty("200", out _));
        Assert.True(get.GetProperty("responses").TryGetProperty("400", out _));
    }

    private async Task<JsonDocument> GetOk(string query)
    {
        using var response = await factory.CreateClient().GetAsync(new Uri("/api/v1/situations" + query, UriKind.Relative), Token);
        var text = await response.Content.ReadAsStringAsync(Token);
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"{response.StatusCode}: {text}");
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        return JsonDocument.Parse(text);
    }

    private async Task<JsonDocument> GetProblem(string query)
    {
        using var response = await factory.CreateClient().GetAsync(new Uri("/api/v1/situations" + query, UriKind.Relative), Token);
        var text = await response.Content.ReadAsStringAsync(Token);
        Assert.True(response.StatusCode == HttpStatusCode.BadRequest, $"{response.StatusCode}: {text}");
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        return JsonDocument.Parse(text);
    }
}
