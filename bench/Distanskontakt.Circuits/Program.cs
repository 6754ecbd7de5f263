using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using System.Text;
using Distanskontakt.Circuits;

// Memory per wizard session and server time per answer at N open sessions (issue 7). For each N: a fresh app,
// a warm-up (sessions opened, answered and closed, so one-time caches are not counted per session), a baseline
// with no circuit, N sessions each answering a few questions and then idling at a question, a reading, and
// a reading after all are closed (what was not given back). Usage: see bench/circuits.sh.
var options = BenchOptions.Parse(args);
using var cancel = new CancellationTokenSource();
Console.CancelKeyPress += (_, e) =>
{
    e.Cancel = true;
    cancel.Cancel();
};

var rows = new List<ResultRow>();
foreach (var size in options.Sizes)
{
    Console.WriteLine($"N = {size}: starting the app ({options.AppDll})");
    rows.Add(await Measurement.RunAsync(options, size, cancel.Token));
    Console.WriteLine(rows[^1].ToMarkdownRow());
}

var report = ResultRow.Report(options, rows);
Console.WriteLine();
Console.WriteLine(report);
if (options.Output is { } output)
{
    await File.WriteAllTextAsync(output, report, cancel.Token);
    Console.WriteLine($"Written to {output}");
}

return rows.Any(row => row.Failed > 0) ? 1 : 0;

internal sealed record BenchOptions(
    string AppDll, IReadOnlyList<int> Sizes, int Answers, int Warmup, int Parallel, bool Anonymous, string? Output, int HoldSeconds, string Page)
{
    public static BenchOptions Parse(string[] args)
    {
        // The last occurrence wins, so options given to bench/circuits.sh override its defaults.
        string? Value(string name) => args.Select((arg, i) => arg == name && i + 1 < args.Length ? args[i + 1] : null)
            .LastOrDefault(value => value is not null);
        var app = Value("--app") ?? throw new ArgumentException("--app <path to Distanskontakt.Web.dll> is required.");
        var sizes = (Value("--sizes") ?? "50,200,500").Split(',').Select(s => int.Parse(s, CultureInfo.InvariantCulture)).ToList();
        return new BenchOptions(
            Path.GetFullPath(app),
            sizes,
            int.Parse(Value("--answers") ?? "3", CultureInfo.InvariantCulture),
            int.Parse(Value("--warmup") ?? "10", CultureInfo.InvariantCulture),
            int.Parse(Value("--parallel") ?? "8", CultureInfo.InvariantCulture),
            args.Contains("--anonymous"),
            Value("--out"),
            int.Parse(Value("--hold-seconds") ?? "0", CultureInfo.InvariantCulture),
            Value("--page") ?? WizardSession.WizardPage);
    }
}

internal static class Measurement
{
    private const string AdminPassword = "Distans-Admin-1";
    private const string PersonalPassword = "Distans-Personal-1";

    public static async Task<ResultRow> RunAsync(BenchOptions options, int size, CancellationToken cancellationToken)
    {
        await using var app = await AppProcess.StartAsync(options.AppDll, cancellationToken);
        using var admin = await Identity.SignInAsync(app.BaseAddress, "admin", AdminPassword, cancellationToken);
        using var staff = options.Anonymous
            ? Identity.Anonymous(app.BaseAddress)
            : await Identity.SignInAsync(app.BaseAddress, "personal", PersonalPassword, cancellationToken);

        // Warm-up: JIT, Blazor's per-type caches and the first circuit's one-time costs stay out of the per-session figure.
        var warm = await OpenAsync(app, staff, options.Warmup, options, cancellationToken);
        await CloseAsync(warm.Sessions);
        var baseline = await Diagnostics.WaitForCircuitsAsync(admin, 0, TimeSpan.FromMinutes(1), cancellationToken);
        baseline = await Diagnostics.ReadAsync(admin, null, cancellationToken);
        Console.WriteLine($"  baseline: heap {baseline.HeapBytes / 1024.0 / 1024:F1} MB, circuits {baseline.OpenCircuits}");

        var opened = await OpenAsync(app, staff, size, options, cancellationToken);
        Console.WriteLine($"  opened {opened.Sessions.Count} sessions ({opened.Failed} failed) in {opened.Elapsed.TotalSeconds:F1} s");
        await Task.Delay(TimeSpan.FromSeconds(2), cancellationToken); // let the last acknowledgements and JS calls settle
        var newAnswers = await Diagnostics.ReadAsync(admin, null, cancellationToken);
        var loaded = await Diagnostics.ReadAsync(admin, newAnswers.WizardAnswers.Recorded - baseline.WizardAnswers.Recorded, cancellationToken);

        if (options.HoldSeconds > 0)
        {
            // Time to look inside the server (a heap dump of this process id) with the sessions still open.
            Console.WriteLine($"  holding {opened.Sessions.Count} sessions open for {options.HoldSeconds} s; app process {app.ProcessId}");
            await Task.Delay(TimeSpan.FromSeconds(options.HoldSeconds), cancellationToken);
        }

        await CloseAsync(opened.Sessions);
        var closed = await Diagnostics.WaitForCircuitsAsync(admin, 0, TimeSpan.FromMinutes(2), cancellationToken);
        return new ResultRow(size, opened.Failed, baseline, loaded, closed, opened.ClickToRender, opened.Elapsed, LoadAverage());
    }

    private static async Task<OpenedSessions> OpenAsync(AppProcess app, Identity staff, int count, BenchOptions options, CancellationToken cancellationToken)
    {
        var sessions = new ConcurrentBag<WizardSession>();
        var clickToRender = new ConcurrentBag<double>();
        var failed = 0;
        var timer = Stopwatch.StartNew();
        await Parallel.ForAsync(0, count, new ParallelOptions { MaxDegreeOfParallelism = options.Parallel, CancellationToken = cancellationToken },
            async (_, token) =>
            {
                var session = new WizardSession(app.BaseAddress, staff.Cookies, staff.Http, options.Page);
                try
                {
                    await session.OpenAsync(token);
                    for (var answer = 0; options.Page == WizardSession.WizardPage && answer < options.Answers; answer++)
                    {
                        // The second option each time (PASiS, Telefon, Nej, …): a path that stays at a question.
                        clickToRender.Add((await session.AnswerAsync(1, token)).TotalMilliseconds);
                    }

                    sessions.Add(session);
                }
                catch (Exception e) when (e is InvalidOperationException or TimeoutException or HttpRequestException)
                {
                    if (Interlocked.Increment(ref failed) <= 3)
                    {
                        Console.Error.WriteLine($"  session failed: {e.Message}");
                    }

                    await session.DisposeAsync();
                }
            });
        return new OpenedSessions([.. sessions], failed, timer.Elapsed, [.. clickToRender.Order()]);
    }

    private static async Task CloseAsync(IReadOnlyList<WizardSession> sessions) =>
        await Parallel.ForEachAsync(sessions, new ParallelOptions { MaxDegreeOfParallelism = 16 }, (session, _) => session.DisposeAsync());

    private static string LoadAverage()
    {
        try
        {
            return string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ').Take(3));
        }
        catch (IOException)
        {
            return "?";
        }
    }

    private sealed record OpenedSessions(IReadOnlyList<WizardSession> Sessions, int Failed, TimeSpan Elapsed, double[] ClickToRender);
}

internal sealed record ResultRow(
    int Size, int Failed, MemoryReading Baseline, MemoryReading Loaded, MemoryReading Closed, double[] ClickToRender, TimeSpan OpenTime, string LoadAverage)
{
    public int Open => Loaded.OpenCircuits - Baseline.OpenCircuits;

    public long HeapDelta => Loaded.HeapBytes - Baseline.HeapBytes;

    public double PerSessionKb => Open == 0 ? double.NaN : HeapDelta / (double)Open / 1024;

    public string ToMarkdownRow() => string.Create(CultureInfo.InvariantCulture,
        $"| {Size} | {Open} | {Failed} | {OpenTime.TotalSeconds:F1} | {Mb(Baseline.HeapBytes)} | {Mb(Loaded.HeapBytes)} | {Mb(HeapDelta)} | **{PerSessionKb:F1}** | {Mb(Baseline.WorkingSetBytes)} → {Mb(Loaded.WorkingSetBytes)} | "
        + $"{Loaded.WizardAnswers.Sampled} | {Ms(Loaded.WizardAnswers.P50Ms)} / {Ms(Loaded.WizardAnswers.P95Ms)} | "
        + $"{Ms(Rank(50))} / {Ms(Rank(95))} | {Mb(Closed.HeapBytes - Baseline.HeapBytes)} | {LoadAverage} |");

    public static string Report(BenchOptions options, IReadOnlyList<ResultRow> rows)
    {
        var text = new StringBuilder();
        text.AppendLine(CultureInfo.InvariantCulture, $"# Blazor circuits: memory per wizard session, server time per answer");
        text.AppendLine();
        text.AppendLine(CultureInfo.InvariantCulture, $"Measured {DateTime.UtcNow:yyyy-MM-dd HH:mm} UTC on {Environment.ProcessorCount} cores, .NET {Environment.Version}; "
            + $"client: SignalR circuit protocol (blazorpack), no browser; page /{options.Page.TrimStart('/')}; sessions {(options.Anonymous ? "anonymous" : "signed in as a Personal demo user")}, "
            + $"{options.Answers} answers each (click events), then idle at a question; warm-up {options.Warmup} sessions; {options.Parallel} opened at a time.");
        text.AppendLine("Heap = managed bytes after forced full compacting GCs, read inside the server (`/diagnostics/memory`); one fresh app per N. "
            + "Server ms per answer: the wizard's own timing (question flow + render, `WizardTimings`) over this N's answers, the latest 1,024 at most; "
            + "client ms: from the click event sent to the next step's render batch received.");
        text.AppendLine();
        text.AppendLine("| N | open circuits | failed | time to open and answer all (s) | heap, none (MB) | heap, N open (MB) | delta (MB) | per session (KB) | working set, none → N open (MB) | answers timed | server ms per answer p50 / p95 | client click→render ms p50 / p95 | heap after close − none (MB) | load avg (1/5/15 min) |");
        text.AppendLine("|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---|---|---:|---|");
        foreach (var row in rows)
        {
            text.AppendLine(row.ToMarkdownRow());
        }

        return text.ToString();
    }

    private double? Rank(double percent) => ClickToRender.Length == 0
        ? null
        : ClickToRender[Math.Clamp((int)Math.Ceiling(percent / 100 * ClickToRender.Length), 1, ClickToRender.Length) - 1];

    private static string Mb(long bytes) => (bytes / 1024.0 / 1024).ToString("F1", CultureInfo.InvariantCulture);

    private static string Ms(double? ms) => ms is { } value ? value.ToString("F2", CultureInfo.InvariantCulture) : "–";
}
