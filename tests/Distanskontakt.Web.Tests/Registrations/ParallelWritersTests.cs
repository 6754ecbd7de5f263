using System.Net;
using System.Text;
using Microsoft.Data.Sqlite;

namespace Distanskontakt.Web.Tests.Registrations;

/// <summary>Issue 5: 50 parallel writers × 200 rows through the API on SQLite → exactly 10,000 rows, 0 errors.</summary>
public sealed class ParallelWritersTests : IAsyncLifetime
{
    private readonly RegistrationApiFactory _factory = new();

    public ValueTask InitializeAsync() => ValueTask.CompletedTask;

    public async ValueTask DisposeAsync() => await _factory.DisposeAsync();

    [Fact]
    public async Task ShouldKeepExactly10000RowsFrom50WritersOf200()
    {
        const int writers = 50;
        const int rowsEach = 200;
        var token = TestContext.Current.CancellationToken;
        string[] bodies =
        [
            """{"system":"pasis","contactDate":"2026-05-04","channel":"phone","supportProgram":false,"replacesVisit":false,"leadsToVisitSameDaySameUnit":false}""",
            """{"system":"pasis","contactDate":"2026-05-05","channel":"video","supportProgram":false,"replacesVisit":true,"comment":"Uppföljning"}""",
            """{"system":"pasis","contactDate":"2026-05-06","channel":"text","supportProgram":true,"journalDocumented":true,"replacesVisit":true}""",
        ];
        var failures = new List<string>();
        using var start = new SemaphoreSlim(0);
        var tasks = Enumerable.Range(0, writers).Select(writer => Task.Run(async () =>
        {
            using var client = _factory.ClientAs(RegistrationApiFactory.Personal, user: $"writer-{writer}");
            await start.WaitAsync(token);
            for (var i = 0; i < rowsEach; i++)
            {
                using var request = new HttpRequestMessage(HttpMethod.Post, "/api/v1/registrations")
                {
                    Content = new StringContent(bodies[(writer + i) % bodies.Length], Encoding.UTF8, "application/json"),
                };
                request.Headers.Add("Idempotency-Key", $"writer-{writer}-row-{i}");
                using var response = await client.SendAsync(request, token);
                if (response.StatusCode != HttpStatusCode.Created)
                {
                    var failure = $"{(int)response.StatusCode} {await response.Content.ReadAsStringAsync(token)}";
                    lock (failures)
                    {
                        failures.Add(failure);
                    }
                }
            }
        }, token)).ToArray();
        start.Release(writers);
        await Task.WhenAll(tasks);

        Assert.Empty(failures);
        await using var connection = new SqliteConnection($"Data Source={_factory.DatabaseFile};Mode=ReadOnly");
        await connection.OpenAsync(token);
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT COUNT(*) FROM LoggedDecisions";
        Assert.Equal(writers * rowsEach, (long)(await command.ExecuteScalarAsync(token))!);
    }
}
