using System.Net;
using System.Text;
using System.Text.Json;
using Distanskontakt.Infrastructure.Log;
using Microsoft.Data.Sqlite;

namespace Distanskontakt.Web.Tests.Registrations;

public sealed class RegistrationApiTests(RegistrationApiFactory factory) : IClassFixture<RegistrationApiFactory>
{
    private const string PasisPhoneNotReplacing =
        """{"system":"pasis","contactDate":"2026-05-04","channel":"phone","supportProgram":false,"replacesVisit":false,"leadsToVisitSameDaySameUnit":false,"comment":"Återkommer efter provsvar"}""";

    private static CancellationToken Token => TestContext.Current.CancellationToken;

    [Fact]
    public async Task ShouldAnswer201WithLocationAndTheRowWithTheDecisionNested()
    {
        using var client = factory.ClientAs(RegistrationApiFactory.Personal);

        using var response = await client.PostAsync("/api/v1/registrations", Json(PasisPhoneNotReplacing), Token);

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync(Token));
        var root = json.RootElement;
        var id = root.GetProperty("id").GetGuid();
        Assert.Equal($"/api/v1/registrations/{id}", response.Headers.Location?.OriginalString);
        Assert.Equal(RegistrationApiFactory.PasisUnit, root.GetProperty("unit").GetString());
        Assert.Equal("Personal", root.GetProperty("role").GetString());
        Assert.Equal("2026-05-04", root.GetProperty("contactDate").GetString());
        Assert.Equal("Återkommer efter provsvar", root.GetProperty("comment").GetString());
        Assert.Equal("phone", root.GetProperty("answers").GetProperty("channel").GetString());
        Assert.False(root.GetProperty("answers").GetProperty("replacesVisit").GetBoolean());
        var decision = root.GetProperty("decision");
        Assert.Equal("skane-v4", decision.GetProperty("ruleSet").GetProperty("id").GetString());
        Assert.Equal("optional", decision.GetProperty("registration").GetString());
        Assert.Equal("TE", decision.GetProperty("contactType").GetProperty("code").GetString());
        Assert.NotEmpty(decision.GetProperty("trace").EnumerateArray());
        Assert.False(root.GetProperty("voided").GetBoolean());
        Assert.EndsWith("Z", root.GetProperty("loggedAt").GetString(), StringComparison.Ordinal);
        Assert.False(root.TryGetProperty("userIdHash", out _));
    }

    [Fact]
    public async Task ShouldKeepOneRowWhenTheSameIdempotencyKeyIsSentTwice()
    {
        using var client = factory.ClientAs(RegistrationApiFactory.Personal, RegistrationApiFactory.PmoUnit, user: "idempotent-user");
        var body = """{"system":"pmo","contactDate":"2026-05-05","channel":"video","via1177Direkt":false,"supportProgram":false,"replacesVisit":true}""";

        var ids = new List<Guid>();
        for (var i = 0; i < 2; i++)
        {
            using var request = new HttpRequestMessage(HttpMethod.Post, "/api/v1/registrations") { Content = Json(body) };
            request.Headers.Add("Idempotency-Key", "8f7d2c1e-retry-test");
            using var response = await client.SendAsync(request, Token);
            Assert.Equal(HttpStatusCode.Created, response.StatusCode);
            using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync(Token));
            ids.Add(json.RootElement.GetProperty("id").GetGuid());
        }

        Assert.Equal(ids[0], ids[1]);
        Assert.Equal(1, await CountRowsAsync($"SELECT COUNT(*) FROM LoggedDecisions WHERE IdempotencyKey = '{StoredIdempotencyKey.Of("8f7d2c1e-retry-test")}'"));
    }

    [Fact]
    public async Task ShouldNeverStoreTheIdempotencyKeyAsSentSinceItCouldHoldAPersonnummer()
    {
        using var client = factory.ClientAs(RegistrationApiFactory.Personal, RegistrationApiFactory.PmoUnit, user: "key-user");
        var body = """{"system":"pmo","contactDate":"2026-05-06","channel":"video","via1177Direkt":false,"supportProgram":false,"replacesVisit":true}""";
        const string key = "19121212-1212"; // Skatteverket's test personnummer, sent as a key by a careless client

        var ids = new List<Guid>();
        for (var i = 0; i < 2; i++)
        {
            using var request = new HttpRequestMessage(HttpMethod.Post, "/api/v1/registrations") { Content = Json(body) };
            request.Headers.Add("Idempotency-Key", key);
            using var response = await client.SendAsync(request, Token);
            Assert.Equal(HttpStatusCode.Created, response.StatusCode);
            using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync(Token));
            ids.Add(json.RootElement.GetProperty("id").GetGuid());
        }

        Assert.Equal(ids[0], ids[1]); // still idempotent: the stored hash is compared
        Assert.Equal(0, await CountRowsAsync("SELECT COUNT(*) FROM LoggedDecisions WHERE IdempotencyKey = '" + key + "'"));
        Assert.Equal(1, await CountRowsAsync($"SELECT COUNT(*) FROM LoggedDecisions WHERE IdempotencyKey = '{StoredIdempotencyKey.Of(key)}'"));
    }

    [Fact]
    public async Task ShouldAnswer400ListingTheMissingAnswers()
    {
        using var client = factory.ClientAs(RegistrationApiFactory.Personal);

        using var response = await client.PostAsync("/api/v1/registrations", Json("""{"system":"pasis","channel":"phone"}"""), Token);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync(Token));
        var missing = json.RootElement.GetProperty("missing").EnumerateArray().Select(e => e.GetString()).ToArray();
        Assert.Equal(["supportProgram", "replacesVisit"], missing);
        Assert.True(json.RootElement.GetProperty("errors").TryGetProperty("supportProgram", out _));
        Assert.Equal("Ogiltig förfrågan", json.RootElement.GetProperty("title").GetString());
    }

    [Fact]
    public async Task ShouldAnswer400ForACommentOver200Characters()
    {
        using var client = factory.ClientAs(RegistrationApiFactory.Personal);
        var body = PasisPhoneNotReplacing.Replace("Återkommer efter provsvar", new string('a', 201), StringComparison.Ordinal);

        using var response = await client.PostAsync("/api/v1/registrations", Json(body), Token);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync(Token));
        Assert.Contains("200", json.RootElement.GetProperty("errors").GetProperty("comment")[0].GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task ShouldStillRefuseUnknownFieldsNamingTheAllowedOnes()
    {
        using var client = factory.ClientAs(RegistrationApiFactory.Personal);

        using var response = await client.PostAsync("/api/v1/registrations",
            Json(PasisPhoneNotReplacing.Replace("\"comment\"", "\"note\"", StringComparison.Ordinal)), Token);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync(Token));
        Assert.Contains("comment", json.RootElement.GetProperty("errors").GetProperty("note")[0].GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task ShouldNotAcceptACommentOnTheDecisionApi()
    {
        using var client = factory.ClientAs(null);

        using var response = await client.PostAsync("/api/v1/decisions", Json(PasisPhoneNotReplacing), Token);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Theory]
    [InlineData("POST")]
    [InlineData("GET")]
    public async Task ShouldAnswer401WithAProblemBodyToAnAnonymousCaller(string method)
    {
        using var client = factory.ClientAs(null);

        using var response = await client.SendAsync(new HttpRequestMessage(new HttpMethod(method), "/api/v1/registrations")
        {
            Content = method == "POST" ? Json(PasisPhoneNotReplacing) : null,
        }, Token);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Null(response.Headers.Location);
    }

    [Fact]
    public async Task ShouldAnswer403ToPersonalOnTheAdminList()
    {
        using var client = factory.ClientAs(RegistrationApiFactory.Personal);

        using var response = await client.GetAsync("/api/v1/registrations", Token);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync(Token));
        Assert.Equal("Behörighet saknas", json.RootElement.GetProperty("title").GetString());
    }

    [Fact]
    public async Task ShouldAnswer403ToUtbildareLoggingADecision()
    {
        using var client = factory.ClientAs("Utbildare");

        using var response = await client.PostAsync("/api/v1/registrations", Json(PasisPhoneNotReplacing), Token);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [Fact]
    public async Task ShouldAnswer403WhenTheUnitIsNotAConfiguredUnit()
    {
        using var client = factory.ClientAs(RegistrationApiFactory.Personal, "NO-SUCH-UNIT");

        using var response = await client.PostAsync("/api/v1/registrations", Json(PasisPhoneNotReplacing), Token);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [Fact]
    public async Task ShouldListOnlyTheAdministratorsOwnUnitsPageByPage()
    {
        const string unit = "ORT-SUS-MALMO";
        using var staff = factory.ClientAs(RegistrationApiFactory.Personal, unit, user: "ortoped");
        for (var day = 1; day <= 3; day++)
        {
            var body = PasisPhoneNotReplacing.Replace("2026-05-04", $"2026-04-0{day}", StringComparison.Ordinal);
            using var posted = await staff.PostAsync("/api/v1/registrations", Json(body), Token);
            Assert.Equal(HttpStatusCode.Created, posted.StatusCode);
        }

        using var admin = factory.ClientAs(RegistrationApiFactory.Administrator, unit, user: "admin-1");
        using var page = await admin.GetAsync("/api/v1/registrations?from=2026-04-01&to=2026-04-30&code=TE&channel=phone&system=pasis&registration=optional&page=1&pageSize=2", Token);
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        using var json = JsonDocument.Parse(await page.Content.ReadAsStringAsync(Token));
        Assert.Equal(3, json.RootElement.GetProperty("total").GetInt32());
        Assert.Equal(1, json.RootElement.GetProperty("page").GetInt32());
        Assert.Equal(2, json.RootElement.GetProperty("pageSize").GetInt32());
        var items = json.RootElement.GetProperty("items").EnumerateArray().ToArray();
        Assert.Equal(2, items.Length);
        Assert.All(items, i => Assert.Equal(unit, i.GetProperty("unit").GetString()));
        Assert.Equal("2026-04-03", items[0].GetProperty("contactDate").GetString());

        using var defaults = await admin.GetAsync("/api/v1/registrations", Token);
        using var defaultJson = JsonDocument.Parse(await defaults.Content.ReadAsStringAsync(Token));
        Assert.Equal(50, defaultJson.RootElement.GetProperty("pageSize").GetInt32());
        Assert.All(defaultJson.RootElement.GetProperty("items").EnumerateArray(), i => Assert.Equal(unit, i.GetProperty("unit").GetString()));

        using var foreign = await admin.GetAsync($"/api/v1/registrations?unit={RegistrationApiFactory.PasisUnit}", Token);
        Assert.Equal(HttpStatusCode.Forbidden, foreign.StatusCode);

        using var one = await admin.GetAsync($"/api/v1/registrations/{items[0].GetProperty("id").GetGuid()}", Token);
        Assert.Equal(HttpStatusCode.OK, one.StatusCode);
        using var otherAdmin = factory.ClientAs(RegistrationApiFactory.Administrator, RegistrationApiFactory.PmoUnit, user: "admin-2");
        using var hidden = await otherAdmin.GetAsync($"/api/v1/registrations/{items[0].GetProperty("id").GetGuid()}", Token);
        Assert.Equal(HttpStatusCode.NotFound, hidden.StatusCode);
    }

    [Theory]
    [InlineData("from=2026-13-01", "from")]
    [InlineData("channel=fax", "channel")]
    [InlineData("pageSize=0", "pageSize")]
    [InlineData("sort=secret", "sort")]
    public async Task ShouldAnswer400ForABadListParameter(string query, string key)
    {
        using var admin = factory.ClientAs(RegistrationApiFactory.Administrator);

        using var response = await admin.GetAsync($"/api/v1/registrations?{query}", Token);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync(Token));
        Assert.True(json.RootElement.GetProperty("errors").TryGetProperty(key, out _));
    }

    private static StringContent Json(string body) => new(body, Encoding.UTF8, "application/json");

    private async Task<long> CountRowsAsync(string sql)
    {
        await using var connection = new SqliteConnection($"Data Source={factory.DatabaseFile};Mode=ReadOnly");
        await connection.OpenAsync(Token);
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        return (long)(await command.ExecuteScalarAsync(Token))!;
    }
}
