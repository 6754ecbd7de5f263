using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Runtime.InteropServices;
using Distanskontakt.Load;
using Distanskontakt.TestUtilities.Hosting;
using Microsoft.Data.Sqlite;

// bench/load.sh runs this after a Release build. Options (all optional):
//   --app <Distanskontakt.Web.dll>   the built app to start (default: src/Distanskontakt.Web/bin/Release/net10.0/)
//   --url <http://host:port>         target a running app instead (registrations only with --token)
//   --token <jwt>                    bearer token of a Personal user with one unit, for --url
//   --levels 1,4,16,64,256  --duration 10  --warmup 3  --out <report.md>
//   --targets health,decisions,registrations   a subset (e.g. to profile one endpoint)
//   --rounds 2                       the measured time of each level split into interleaved rounds per endpoint
//   --set Key:Path=value             an app setting for the started app (repeatable), e.g. --set Database:SqliteSynchronous=Full
var options = Options.Parse(args);
var report = new List<string>();
var loadBefore = LoadAverage();

await using var issuer = options.Url is null ? await LoopbackTokenIssuer.StartAsync() : null;
var dataDirectory = Directory.CreateTempSubdirectory("distanskontakt-load-").FullName;
AppProcess? app = null;
try
{
    if (issuer is not null)
    {
        Console.Error.WriteLine($"Startar {options.AppDll} (Production, SQLite i {dataDirectory}) ...");
        app = await AppProcess.StartAsync(options.AppDll, issuer.Authority, dataDirectory, options.Settings);
    }

    var baseUrl = options.Url ?? app!.BaseUrl;
    var token = options.Token ?? issuer?.Token("lastprov-personal", new Dictionary<string, object>
    {
        ["name"] = "Lastprov personal",
        ["roles"] = new[] { "Personal" },
        ["unit"] = new[] { "VC-LUND-NORR" },
    });
    var runId = "load-" + DateTime.UtcNow.ToString("yyyyMMddHHmmss", CultureInfo.InvariantCulture);

    using var handler = new SocketsHttpHandler
    {
        MaxConnectionsPerServer = int.MaxValue,
        PooledConnectionLifetime = Timeout.InfiniteTimeSpan,
        PooledConnectionIdleTimeout = TimeSpan.FromMinutes(5),
        UseCookies = false,
        UseProxy = false,
        AutomaticDecompression = DecompressionMethods.None,
    };
    using var client = new HttpClient(handler) { Timeout = TimeSpan.FromSeconds(60) };

    var endpoints = new List<LoadTarget> { LoadTargets.Health(baseUrl), LoadTargets.Decisions(baseUrl) };
    if (token is not null)
    {
        endpoints.Add(LoadTargets.Registrations(baseUrl, token, runId));
    }

    if (options.Targets is { } only)
    {
        endpoints.RemoveAll(e => !only.Any(name => e.Name.Contains(name, StringComparison.OrdinalIgnoreCase)));
    }

    await PreflightAsync(client, endpoints);

    // Rounds interleave the endpoints within a level (health, decisions, registrations, health, ...), so that a
    // neighbour's burst on a shared machine hits all of them alike and the decisions/health ratio stays fair.
    var results = new List<LevelResult>();
    var roundLength = options.Duration / options.Rounds;
    foreach (var level in options.Levels)
    {
        var runs = endpoints.ToDictionary(e => e.Name, _ => new List<RawRun>());
        for (var round = 0; round < options.Rounds; round++)
        {
            foreach (var endpoint in endpoints)
            {
                runs[endpoint.Name].Add(await LoadRun.RunAsync(
                    client, endpoint, level, round == 0 ? options.WarmUp : options.WarmUp / 3, roundLength, () => app?.CpuSeconds() ?? 0));
            }
        }

        foreach (var endpoint in endpoints)
        {
            var result = LoadRun.Combine(endpoint.Name, level, runs[endpoint.Name]);
            results.Add(result);
            Console.Error.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{endpoint.Name,-28} c={level,3}: {result.RequestsPerSecond,8:F0} req/s  p50 {result.P50Ms:F2} ms  p95 {result.P95Ms:F2} ms  p99 {result.P99Ms:F2} ms  app CPU {result.AppCpuMicrosecondsPerRequest:F0} µs/req  errors {result.Errors}"));
        }
    }

    // Every 201 wrote a row, and only 201s did: count the run's rows in the file after the app has stopped.
    var acknowledged = results.Where(r => r.Target.StartsWith("POST /api/v1/registrations", StringComparison.Ordinal)).Sum(r => r.Successes)
        + Preflight.RegistrationsAcknowledged;
    long? written = null;
    if (app is not null)
    {
        await app.StopAsync();
        written = CountRows(app.DatabaseFile);
    }

    var loadAfter = LoadAverage();
    report.AddRange(Markdown(results, options, acknowledged, written, loadBefore, loadAfter, app));
    var text = string.Join('\n', report) + "\n";
    Console.Write(text);
    if (options.Out is { } file)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(file))!);
        await File.WriteAllTextAsync(file, text);
        Console.Error.WriteLine($"Skrev {file}");
    }

    var failed = results.Sum(r => r.Errors) > 0 || (written is not null && written != acknowledged);
    return failed ? 1 : 0;
}
catch (Exception ex) when (app is not null)
{
    Console.Error.WriteLine(ex);
    Console.Error.WriteLine("Appens sista rader:\n" + app.LastLines());
    return 1;
}
finally
{
    if (app is not null)
    {
        await app.DisposeAsync();
    }

    Directory.Delete(dataDirectory, recursive: true);
}

static async Task PreflightAsync(HttpClient client, IReadOnlyList<LoadTarget> endpoints)
{
    // Every body once, so that a wrong body fails loudly before a run instead of as thousands of errors.
    foreach (var endpoint in endpoints)
    {
        for (var n = 0; n < 16; n++)
        {
            using var request = endpoint.Request(n + 1_000_000_000L);
            using var response = await client.SendAsync(request);
            if (response.StatusCode != endpoint.Success)
            {
                throw new InvalidOperationException($"{endpoint.Name}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
            }

            if (endpoint.Success == HttpStatusCode.Created)
            {
                Preflight.RegistrationsAcknowledged++;
            }
        }
    }
}

// The app was started on a fresh file for this run, so every row in it is this run's. (The log keeps only a hash of
// each idempotency key, so rows cannot be picked by the run's key prefix.)
static long CountRows(string databaseFile)
{
    using var connection = new SqliteConnection($"Data Source={databaseFile};Mode=ReadOnly;Pooling=False");
    connection.Open();
    using var command = connection.CreateCommand();
    command.CommandText = "SELECT COUNT(*) FROM LoggedDecisions";
    return (long)command.ExecuteScalar()!;
}

static string LoadAverage() => File.Exists("/proc/loadavg") ? string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ').Take(3)) : "?";

static IEnumerable<string> Markdown(
    List<LevelResult> results, Options options, long acknowledged, long? written, string loadBefore, string loadAfter, AppProcess? app)
{
    var c = CultureInfo.InvariantCulture;
    yield return "## API load";
    yield return "";
    yield return string.Create(c, $"- When: {DateTime.UtcNow:yyyy-MM-dd HH:mm} UTC; load average (1/5/15 min) before {loadBefore}, after {loadAfter}");
    yield return string.Create(c, $"- Machine: {Environment.ProcessorCount} cores, {RuntimeInformation.OSDescription}, .NET {Environment.Version}; generator and app share the cores");
    yield return string.Create(c, $"- Each endpoint and level: {options.WarmUp.TotalSeconds:F0} s warm-up, then {options.Duration.TotalSeconds:F0} s measured in {options.Rounds} rounds interleaved with the other endpoints; closed loop (each connection sends its next request when the answer is in)");
    yield return app is null ? $"- Target: {options.Url}" : "- Target: the built app started by the generator (Production settings, fresh SQLite file, JWT bearer from a loopback issuer)";
    if (options.Settings.Count > 0)
    {
        yield return "- App settings: " + string.Join(", ", options.Settings.Select(kv => $"`{kv.Key}={kv.Value}`"));
    }

    yield return "";
    yield return "| endpoint | connections | req/s | p50 ms | p95 ms | p99 ms | max ms | app CPU µs/request | errors |";
    yield return "|---|---:|---:|---:|---:|---:|---:|---:|---:|";
    foreach (var r in results)
    {
        yield return string.Create(c,
            $"| {r.Target} | {r.Concurrency} | {r.RequestsPerSecond:F0} | {r.P50Ms:F2} | {r.P95Ms:F2} | {r.P99Ms:F2} | {r.MaxMs:F1} | {(app is null ? "–" : r.AppCpuMicrosecondsPerRequest.ToString("F0", c))} | {r.Errors} |");
    }

    var errors = results.Where(r => r.FirstError is not null).ToList();
    if (errors.Count > 0)
    {
        yield return "";
        foreach (var r in errors)
        {
            yield return $"- first error, {r.Target} at {r.Concurrency}: `{Shorten(r.FirstError!)}`";
        }
    }

    yield return "";
    yield return "| connections | decisions req/s | health req/s | ratio (goal ≥ 0.6) | registrations/s (goal ≥ 1,000) |";
    yield return "|---:|---:|---:|---:|---:|";
    foreach (var level in options.Levels)
    {
        var health = results.SingleOrDefault(r => r.Concurrency == level && r.Target.StartsWith("GET /health", StringComparison.Ordinal));
        var decisions = results.SingleOrDefault(r => r.Concurrency == level && r.Target.StartsWith("POST /api/v1/decisions", StringComparison.Ordinal));
        var registrations = results.SingleOrDefault(r => r.Concurrency == level && r.Target.StartsWith("POST /api/v1/registrations", StringComparison.Ordinal));
        yield return string.Create(c,
            $"| {level} | {Rate(decisions)} | {Rate(health)} | {(decisions is null || health is null ? "–" : (decisions.RequestsPerSecond / health.RequestsPerSecond).ToString("F2", c))} | {Rate(registrations)} |");
    }

    yield return "";
    yield return "| registrations acknowledged (201) | rows in the database after the app stopped | equal |";
    yield return "|---:|---:|---|";
    yield return string.Create(c,
        $"| {acknowledged:N0} | {(written is null ? "not counted (external app)" : written.Value.ToString("N0", c))} | {(written is null ? "–" : written == acknowledged ? "yes" : "**NO**")} |");
}

static string Rate(LevelResult? result) => result is null ? "–" : result.RequestsPerSecond.ToString("F0", CultureInfo.InvariantCulture);

static string Shorten(string text) => (text.Length > 200 ? text[..200] + "…" : text).Replace('\n', ' ').Replace('`', '\'');

internal static class Preflight
{
    public static long RegistrationsAcknowledged { get; set; }
}

internal sealed record Options(
    string AppDll, string? Url, string? Token, int[] Levels, TimeSpan Duration, TimeSpan WarmUp, string? Out, string[]? Targets, int Rounds,
    IReadOnlyDictionary<string, string> Settings)
{
    public static Options Parse(string[] args)
    {
        string? Value(string name) => Array.IndexOf(args, name) is var i and >= 0 && i + 1 < args.Length ? args[i + 1] : null;
        var root = FindRepositoryRoot();
        return new Options(
            Path.GetFullPath(Value("--app") ?? Path.Combine(root, "src/Distanskontakt.Web/bin/Release/net10.0/Distanskontakt.Web.dll")),
            Value("--url")?.TrimEnd('/'),
            Value("--token"),
            (Value("--levels") ?? "1,4,16,64,256").Split(',').Select(l => int.Parse(l, CultureInfo.InvariantCulture)).ToArray(),
            TimeSpan.FromSeconds(double.Parse(Value("--duration") ?? "10", CultureInfo.InvariantCulture)),
            TimeSpan.FromSeconds(double.Parse(Value("--warmup") ?? "3", CultureInfo.InvariantCulture)),
            Value("--out"),
            Value("--targets")?.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries),
            int.Parse(Value("--rounds") ?? "2", CultureInfo.InvariantCulture),
            args.Select((arg, i) => (arg, i)).Where(a => a.arg == "--set" && a.i + 1 < args.Length)
                .Select(a => args[a.i + 1].Split('=', 2)).ToDictionary(kv => kv[0], kv => kv.Length > 1 ? kv[1] : ""));
    }

    private static string FindRepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Distanskontakt.sln")))
            {
                return dir.FullName;
            }
        }

        return Environment.CurrentDirectory;
    }
}
