using System.Diagnostics;
using System.Net;
using System.Net.Http.Headers;
using System.Text;

namespace Distanskontakt.Load;

/// <summary>One endpoint as the generator calls it: how to build a request and which status counts as success.</summary>
public sealed record LoadTarget(string Name, HttpStatusCode Success, Func<long, HttpRequestMessage> Request);

/// <summary>One measured window: latencies (Stopwatch ticks) of the requests that finished inside it.</summary>
public sealed record RawRun(long[] Latencies, double Seconds, long Errors, long Successes, string? FirstError, double AppCpuSeconds);

/// <summary>What one endpoint did at one concurrency level, over its measured windows.</summary>
public sealed record LevelResult(
    string Target,
    int Concurrency,
    double Seconds,
    long Completed,
    double RequestsPerSecond,
    double P50Ms,
    double P95Ms,
    double P99Ms,
    double MaxMs,
    double AppCpuMicrosecondsPerRequest,
    long Errors,
    long Successes,
    string? FirstError);

/// <summary>
/// Closed loop: <c>concurrency</c> workers each send one request, wait for the whole response, and send the next.
/// Every response during warm-up and measurement is checked (errors = another status or an exception); latencies
/// are recorded for requests that finish inside the measured window and reported from the exact sorted sample.
/// </summary>
public static class LoadRun
{
    /// <param name="appCpuSeconds">The app's CPU time so far (user + system), read around the measured window; 0 if unknown.</param>
    public static async Task<RawRun> RunAsync(HttpClient client, LoadTarget endpoint, int concurrency, TimeSpan warmUp, TimeSpan duration, Func<double> appCpuSeconds)
    {
        var started = Stopwatch.GetTimestamp();
        var measureFrom = started + (long)(warmUp.TotalSeconds * Stopwatch.Frequency);
        var measureTo = measureFrom + (long)(duration.TotalSeconds * Stopwatch.Frequency);
        var workers = new Worker[concurrency];
        for (var i = 0; i < concurrency; i++)
        {
            workers[i] = new Worker();
        }

        var all = Task.WhenAll(workers.Select(worker => Task.Run(() => worker.RunAsync(client, endpoint, measureFrom, measureTo))));
        await Task.Delay(warmUp);
        var cpuFrom = appCpuSeconds();
        await Task.Delay(TimeSpan.FromTicks(Math.Max(0, measureTo - Stopwatch.GetTimestamp()) * TimeSpan.TicksPerSecond / Stopwatch.Frequency));
        var cpuTo = appCpuSeconds();
        await all;
        return new RawRun(
            [.. workers.SelectMany(w => w.Latencies)],
            duration.TotalSeconds,
            workers.Sum(w => w.Errors),
            workers.Sum(w => w.Successes),
            workers.Select(w => w.FirstError).FirstOrDefault(e => e is not null),
            cpuTo - cpuFrom);
    }

    /// <summary>Several runs of one endpoint at one level (interleaved with the other endpoints' runs) as one result.</summary>
    public static LevelResult Combine(string target, int concurrency, IReadOnlyList<RawRun> runs)
    {
        var samples = runs.SelectMany(r => r.Latencies).ToArray();
        Array.Sort(samples);
        var seconds = runs.Sum(r => r.Seconds);
        return new LevelResult(
            target,
            concurrency,
            seconds,
            samples.Length,
            samples.Length / seconds,
            Percentile(samples, 0.50),
            Percentile(samples, 0.95),
            Percentile(samples, 0.99),
            samples.Length == 0 ? 0 : Milliseconds(samples[^1]),
            samples.Length == 0 ? 0 : runs.Sum(r => r.AppCpuSeconds) * 1e6 / samples.Length,
            runs.Sum(r => r.Errors),
            runs.Sum(r => r.Successes),
            runs.Select(r => r.FirstError).FirstOrDefault(e => e is not null));
    }

    /// <summary>Nearest-rank percentile of the sorted sample, in milliseconds.</summary>
    private static double Percentile(long[] sorted, double quantile) =>
        sorted.Length == 0 ? 0 : Milliseconds(sorted[Math.Clamp((int)Math.Ceiling(quantile * sorted.Length) - 1, 0, sorted.Length - 1)]);

    private static double Milliseconds(long ticks) => ticks * 1000.0 / Stopwatch.Frequency;

    private sealed class Worker
    {
        private static long _sequence;

        public List<long> Latencies { get; } = new(16 * 1024);

        public long Errors { get; private set; }

        public long Successes { get; private set; }

        public string? FirstError { get; private set; }

        public async Task RunAsync(HttpClient client, LoadTarget endpoint, long measureFrom, long measureTo)
        {
            while (Stopwatch.GetTimestamp() < measureTo)
            {
                using var request = endpoint.Request(Interlocked.Increment(ref _sequence));
                var begin = Stopwatch.GetTimestamp();
                try
                {
                    using var response = await client.SendAsync(request, HttpCompletionOption.ResponseContentRead);
                    if (response.StatusCode == endpoint.Success)
                    {
                        Successes++;
                    }
                    else
                    {
                        Errors++;
                        FirstError ??= $"{(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}";
                    }
                }
                catch (Exception ex) when (ex is HttpRequestException or TaskCanceledException or IOException)
                {
                    Errors++;
                    FirstError ??= ex.GetType().Name + ": " + ex.Message;
                }

                var end = Stopwatch.GetTimestamp();
                if (end >= measureFrom && end <= measureTo)
                {
                    Latencies.Add(end - begin);
                }
            }
        }
    }
}

/// <summary>The three endpoints with realistic bodies: the wizard's partial answers as well as complete decisions.</summary>
public static class LoadTargets
{
    private static readonly MediaTypeHeaderValue _json = new("application/json") { CharSet = "utf-8" };

    public static LoadTarget Health(string baseUrl) =>
        new("GET /health", HttpStatusCode.OK, _ => new HttpRequestMessage(HttpMethod.Get, baseUrl + "/health"));

    public static LoadTarget Decisions(string baseUrl)
    {
        var bodies = DecisionBodies().Select(Encoding.UTF8.GetBytes).ToArray();
        return new("POST /api/v1/decisions", HttpStatusCode.OK, n => Post(baseUrl + "/api/v1/decisions", bodies[n % bodies.Length]));
    }

    /// <summary>Complete decisions with an occasional comment, each under a new idempotency key.</summary>
    public static LoadTarget Registrations(string baseUrl, string bearerToken, string runId)
    {
        var bodies = RegistrationBodies().Select(Encoding.UTF8.GetBytes).ToArray();
        var authorization = new AuthenticationHeaderValue("Bearer", bearerToken);
        return new("POST /api/v1/registrations", HttpStatusCode.Created, n =>
        {
            var request = Post(baseUrl + "/api/v1/registrations", bodies[n % bodies.Length]);
            request.Headers.Authorization = authorization;
            request.Headers.Add("Idempotency-Key", $"{runId}-{n}");
            return request;
        });
    }

    /// <summary>As the wizard sends them while staff answer: first a few answers (incomplete), then the complete set.</summary>
    public static IReadOnlyList<string> DecisionBodies()
    {
        var day = Day(3);
        return
        [
            """{"system":"pmo","channel":"phone"}""",
            $$"""{"system":"pmo","contactDate":"{{day}}","channel":"phone","via1177Direkt":false,"supportProgram":false,"replacesVisit":true,"leadsToVisitSameDaySameUnit":false}""",
            $$"""{"system":"pasis","contactDate":"{{day}}","channel":"phone","supportProgram":false,"replacesVisit":false,"leadsToVisitSameDaySameUnit":false}""",
            $$"""{"system":"pmo","contactDate":"{{day}}","channel":"video","via1177Direkt":true,"supportProgram":false,"replacesVisit":true}""",
            """{"system":"pasis","channel":"text"}""",
            $$"""{"system":"pmo","contactDate":"{{day}}","channel":"staffAboutPatient","replacesVisit":false,"handedOverSameUnitSameDay":true}""",
            $$"""{"system":"pmo","contactDate":"{{day}}","channel":"noteWithoutContact"}""",
            $$"""{"system":"pasis","contactDate":"{{day}}","channel":"video","supportProgram":true,"replacesVisit":true,"leadsToVisitSameDaySameUnit":false}""",
        ];
    }

    /// <summary>Complete answers for a PMO unit (the token's unit is a PMO one).</summary>
    public static IReadOnlyList<string> RegistrationBodies()
    {
        var day = Day(1);
        return
        [
            Complete(day, "phone", via1177Direkt: false, replacesVisit: true, comment: null),
            Complete(day, "video", via1177Direkt: true, replacesVisit: true, comment: "Uppföljning bokad"),
            Complete(day, "text", via1177Direkt: true, replacesVisit: false, comment: null),
            Complete(day, "staffAboutPatient", via1177Direkt: false, replacesVisit: false, comment: null),
            Complete(day, "noteWithoutContact", via1177Direkt: false, replacesVisit: false, comment: null),
        ];

        // Every answer given, as the wizard holds them at the end; the engine uses those on the channel's path.
        static string Complete(string day, string channel, bool via1177Direkt, bool replacesVisit, string? comment) =>
            $$"""{"system":"pmo","contactDate":"{{day}}","channel":"{{channel}}","via1177Direkt":{{Json(via1177Direkt)}},"handedOverSameUnitSameDay":false,"supportProgram":false,"journalDocumented":true,"replacesVisit":{{Json(replacesVisit)}},"leadsToVisitSameDaySameUnit":false{{(comment is null ? "" : $",\"comment\":\"{comment}\"")}}}""";

        static string Json(bool value) => value ? "true" : "false";
    }

    private static string Day(int daysAgo) =>
        DateOnly.FromDateTime(DateTime.UtcNow).AddDays(-daysAgo).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

    private static HttpRequestMessage Post(string url, byte[] body)
    {
        var content = new ByteArrayContent(body);
        content.Headers.ContentType = _json;
        return new HttpRequestMessage(HttpMethod.Post, url) { Content = content };
    }
}
