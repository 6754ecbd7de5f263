using System.Collections.Concurrent;
using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using Distanskontakt.Infrastructure.Log;
using Distanskontakt.TestUtilities.Hosting;
using Distanskontakt.Web.Api.Registrations;
using Microsoft.Data.Sqlite;

namespace Distanskontakt.Web.Tests.Faults;

/// <summary>
/// Issue 7, faults: the built app, started as a real process in Production (SQLite in a temp folder, bearer tokens
/// from a loopback issuer), is killed with SIGKILL in the middle of a burst of registrations. After a restart on the
/// same file every registration that was acknowledged with 201 is in the database, once. ADR-006 argues what this
/// cannot show (power loss).
/// </summary>
public sealed class KillDuringBurstTests : IAsyncLifetime
{
    private const string Unit = "HUD-SUS-LUND";

    /// <summary>Acknowledged rows to wait for before the kill; the senders keep going until the app is gone.</summary>
    private const int AcknowledgedBeforeKill = 200;

    private const int Senders = 12;

    /// <summary>Only against a hung app: the burst normally reaches the kill within seconds.</summary>
    private static readonly TimeSpan _hangGuard = TimeSpan.FromMinutes(3);

    private const string Body =
        """{"system":"pasis","contactDate":"2026-05-04","channel":"phone","supportProgram":false,"replacesVisit":false,"leadsToVisitSameDaySameUnit":false,"comment":"Burst"}""";

    private readonly string _data = Directory.CreateTempSubdirectory("dk-kill-").FullName;
    private LoopbackTokenIssuer _issuer = null!;

    private static CancellationToken Token => TestContext.Current.CancellationToken;

    public async ValueTask InitializeAsync() => _issuer = await LoopbackTokenIssuer.StartAsync();

    public async ValueTask DisposeAsync()
    {
        await _issuer.DisposeAsync();
        SqliteConnection.ClearAllPools();
        Directory.Delete(_data, recursive: true);
    }

    [Fact]
    public async Task ShouldKeepEveryAcknowledgedRegistrationWhenTheAppIsKilledMidBurst()
    {
        var staff = _issuer.Token("staff-burst", new Dictionary<string, object> { ["groups"] = new[] { "dk-staff" }, ["hsa_unit"] = Unit });
        var acknowledged = new ConcurrentDictionary<string, Guid>(StringComparer.Ordinal);
        var unanswered = 0;

        using (var app = await BuiltAppProcess.StartAsync(Environment(), Token))
        {
            using var client = Client(app, staff);
            using var enough = new SemaphoreSlim(0);
            var senders = Enumerable.Range(0, Senders).Select(sender => Task.Run(async () =>
            {
                for (var i = 0; ; i++)
                {
                    var key = $"burst-{sender:D2}-{i:D5}";
                    try
                    {
                        using var response = await client.SendAsync(Registration(key), Token);
                        var text = await response.Content.ReadAsStringAsync(Token);
                        Assert.True(response.StatusCode == HttpStatusCode.Created, $"{(int)response.StatusCode} {text}");
                        using var json = JsonDocument.Parse(text);
                        acknowledged[key] = json.RootElement.GetProperty("id").GetGuid();
                        if (acknowledged.Count == AcknowledgedBeforeKill)
                        {
                            enough.Release();
                        }
                    }
                    catch (HttpRequestException)
                    {
                        // The app is gone: this request was never acknowledged, and this sender stops.
                        Interlocked.Increment(ref unanswered);
                        return;
                    }
                    catch (IOException)
                    {
                        Interlocked.Increment(ref unanswered);
                        return;
                    }
                }
            }, Token)).ToArray();

            // Kill once enough rows are acknowledged; a sender that failed, or a hang, ends the wait too (and the test).
            await Task.WhenAny(enough.WaitAsync(Token), Task.WhenAny(senders), Task.Delay(_hangGuard, Token));
            await app.KillAsync();
            await Task.WhenAll(senders);

            Assert.True(acknowledged.Count >= AcknowledgedBeforeKill, $"Only {acknowledged.Count} acknowledged before the kill. App output:\n{app.Output}");
            Assert.Equal(137, app.ExitCode); // 128 + SIGKILL: killed, not shut down
        }

        Assert.Equal(Senders, unanswered); // every sender was still sending when the app died

        // The restarted app opens the file the killed one left (with its write-ahead log) and takes requests again.
        using (var app = await BuiltAppProcess.StartAsync(Environment(), Token))
        {
            using var client = Client(app, staff);
            using var after = await client.SendAsync(Registration("after-restart"), Token);
            Assert.Equal(HttpStatusCode.Created, after.StatusCode);

            using var admin = Client(app, _issuer.Token("admin-burst", new Dictionary<string, object> { ["groups"] = new[] { "dk-admins" }, ["hsa_unit"] = Unit }));
            foreach (var id in acknowledged.Values.Take(20))
            {
                using var row = await admin.GetAsync($"/api/v1/registrations/{id}", Token);
                Assert.Equal(HttpStatusCode.OK, row.StatusCode);
            }
        }

        var stored = await StoredAsync();
        var missing = acknowledged.Where(pair => !stored.TryGetValue(StoredIdempotencyKey.Of(pair.Key), out var id) || id != pair.Value).Select(pair => pair.Key).ToArray();
        Assert.True(missing.Length == 0, $"{missing.Length} of {acknowledged.Count} acknowledged registrations lost: {string.Join(", ", missing.Take(10))}");
        Assert.Equal(stored.Count, stored.Values.Distinct().Count());
    }

    private Dictionary<string, string> Environment() => new(StringComparer.Ordinal)
    {
        ["ASPNETCORE_ENVIRONMENT"] = "Production",
        ["Database__DataDirectory"] = _data,
        ["Authentication__Oidc__Authority"] = _issuer.Authority,
        ["Authentication__Oidc__ClientId"] = LoopbackTokenIssuer.ClientId,
        ["Authentication__Oidc__ClientSecret"] = "hemligt",
        ["Authentication__Oidc__RequireHttpsMetadata"] = "false",
        ["Authentication__RoleClaim"] = "groups",
        ["Authentication__RoleMap__dk-staff"] = "Personal",
        ["Authentication__RoleMap__dk-admins"] = "Administratör",
        ["Authentication__UnitClaim"] = "hsa_unit",
        ["Serilog__MinimumLevel__Default"] = "Warning",
        ["Serilog__MinimumLevel__Override__Microsoft.Hosting.Lifetime"] = "Information", // "Now listening on"
    };

    private static HttpClient Client(BuiltAppProcess app, string token)
    {
        var client = new HttpClient { BaseAddress = app.Address };
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return client;
    }

    private static HttpRequestMessage Registration(string key)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, "/api/v1/registrations")
        {
            Content = new StringContent(Body, Encoding.UTF8, "application/json"),
        };
        request.Headers.Add(RegistrationApi.IdempotencyKeyHeader, key);
        return request;
    }

    /// <summary>Stored (hashed) idempotency key → id of every row in the file, read after the app has stopped.</summary>
    private async Task<Dictionary<string, Guid>> StoredAsync()
    {
        await using var connection = new SqliteConnection($"Data Source={Path.Combine(_data, "distanskontakt.db")};Pooling=False");
        await connection.OpenAsync(Token);
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT IdempotencyKey, Id FROM LoggedDecisions WHERE IdempotencyKey IS NOT NULL";
        var rows = new Dictionary<string, Guid>(StringComparer.Ordinal);
        await using var reader = await command.ExecuteReaderAsync(Token);
        while (await reader.ReadAsync(Token))
        {
            rows.Add(reader.GetString(0), reader.GetGuid(1));
        }

        return rows;
    }
}
