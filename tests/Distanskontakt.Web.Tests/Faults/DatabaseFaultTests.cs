using System.Collections.Concurrent;
using System.Net;
using System.Text;
using System.Text.Json;
using Distanskontakt.Web.Api.Registrations;

namespace Distanskontakt.Web.Tests.Faults;

/// <summary>
/// Issue 7, faults: while the database is locked by another writer past every wait, or not there at all, decisions
/// are still answered; logging answers 503 with a Swedish problem body and Retry-After; a retry with the same
/// Idempotency-Key once the database is back gives 201, and the log holds each decision exactly once.
/// </summary>
public sealed class DatabaseFaultTests : IAsyncLifetime
{
    private const string Decision =
        """{"system":"pasis","contactDate":"2026-05-04","channel":"phone","supportProgram":false,"replacesVisit":false,"leadsToVisitSameDaySameUnit":false}""";

    private const string Registration =
        """{"system":"pasis","contactDate":"2026-05-04","channel":"phone","supportProgram":false,"replacesVisit":false,"leadsToVisitSameDaySameUnit":false,"comment":"Återkommer efter provsvar"}""";

    private readonly FaultApiFactory _factory = new();

    private static CancellationToken Token => TestContext.Current.CancellationToken;

    public ValueTask InitializeAsync() => ValueTask.CompletedTask;

    public async ValueTask DisposeAsync() => await _factory.DisposeAsync();

    [Fact]
    public async Task ShouldAnswerDecisionsAndRefuseToLogWith503WhileTheDatabaseIsLockedThenLogOnceOnRetry()
    {
        using var client = _factory.Staff();
        await AssertDecisionAnsweredAsync(client); // also starts the host and migrates

        await using (await _factory.LockAsync(Token))
        {
            await AssertDecisionAnsweredAsync(client);
            await AssertNotSavedAsync(await PostAsync(client, "lock-1"));
        }

        var first = await CreatedIdAsync(await PostAsync(client, "lock-1"));
        var again = await CreatedIdAsync(await PostAsync(client, "lock-1"));

        Assert.Equal(first, again);
        Assert.Equal(1, await _factory.ScalarAsync("SELECT COUNT(*) FROM LoggedDecisions", Token));
    }

    [Fact]
    public async Task ShouldLoseNoneAndDuplicateNoneOf50RegistrationsRetriedAfterTheDatabaseWasAwayAndLocked()
    {
        const int batch = 50;
        const int savedBefore = 10;
        var keys = Enumerable.Range(0, batch).Select(i => $"batch-{i:D2}").ToArray();
        using var client = _factory.Staff();
        await AssertDecisionAnsweredAsync(client);

        // Some decisions are logged before the fault; their senders never heard back and send them again later.
        var firstIds = new Dictionary<string, Guid>(StringComparer.Ordinal);
        foreach (var key in keys[..savedBefore])
        {
            firstIds[key] = await CreatedIdAsync(await PostAsync(client, key));
        }

        _factory.TakeDatabaseAway();
        try
        {
            await AssertDecisionAnsweredAsync(client);
            await ForEachAsync(keys, async key => await AssertNotSavedAsync(await PostAsync(client, key)));
        }
        finally
        {
            _factory.BringDatabaseBack();
        }

        await using (await _factory.LockAsync(Token))
        {
            await AssertDecisionAnsweredAsync(client);
            await ForEachAsync(keys[savedBefore..(savedBefore + 3)], async key => await AssertNotSavedAsync(await PostAsync(client, key)));
        }

        var ids = new ConcurrentDictionary<string, Guid>(StringComparer.Ordinal);
        await ForEachAsync(keys, async key => ids[key] = await CreatedIdAsync(await PostAsync(client, key)));
        await ForEachAsync(keys, async key => Assert.Equal(ids[key], await CreatedIdAsync(await PostAsync(client, key))));

        Assert.All(firstIds, pair => Assert.Equal(pair.Value, ids[pair.Key]));
        Assert.Equal(batch, ids.Values.Distinct().Count());
        Assert.Equal(batch, await _factory.ScalarAsync("SELECT COUNT(*) FROM LoggedDecisions", Token));
        Assert.Equal(batch, await _factory.ScalarAsync("SELECT COUNT(DISTINCT IdempotencyKey) FROM LoggedDecisions WHERE IdempotencyKey IS NOT NULL", Token));
    }

    private static async Task AssertDecisionAnsweredAsync(HttpClient client)
    {
        using var response = await client.PostAsync("/api/v1/decisions", new StringContent(Decision, Encoding.UTF8, "application/json"), Token);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    private static async Task AssertNotSavedAsync(HttpResponseMessage response)
    {
        using (response)
        {
            Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
            Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
            Assert.Equal(TimeSpan.FromSeconds(int.Parse(RegistrationApi.RetryAfterSeconds, System.Globalization.CultureInfo.InvariantCulture)),
                response.Headers.RetryAfter?.Delta);
            using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync(Token));
            Assert.Equal(RegistrationApi.NotSavedTitle, json.RootElement.GetProperty("title").GetString());
            Assert.Equal("Databasen är inte tillgänglig just nu. Beslutet gäller ändå.", json.RootElement.GetProperty("detail").GetString());
        }
    }

    private static async Task<Guid> CreatedIdAsync(HttpResponseMessage response)
    {
        using (response)
        {
            var body = await response.Content.ReadAsStringAsync(Token);
            Assert.True(response.StatusCode == HttpStatusCode.Created, $"{(int)response.StatusCode} {body}");
            using var json = JsonDocument.Parse(body);
            return json.RootElement.GetProperty("id").GetGuid();
        }
    }

    private static Task<HttpResponseMessage> PostAsync(HttpClient client, string key)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, "/api/v1/registrations")
        {
            Content = new StringContent(Registration, Encoding.UTF8, "application/json"),
        };
        request.Headers.Add(RegistrationApi.IdempotencyKeyHeader, key);
        return client.SendAsync(request, Token);
    }

    /// <summary>A few senders at once, as staff on one unit would be.</summary>
    private static Task ForEachAsync(IEnumerable<string> keys, Func<string, Task> send) =>
        Parallel.ForEachAsync(keys, new ParallelOptions { MaxDegreeOfParallelism = 8, CancellationToken = Token }, async (key, _) => await send(key));
}
