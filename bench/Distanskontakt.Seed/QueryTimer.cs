using System.Diagnostics;
using System.Globalization;
using Distanskontakt.Infrastructure.Log;
using Distanskontakt.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Distanskontakt.Infrastructure.Seed;

/// <summary>
/// Times issue 5's three review loads through the app's own query service (EF Core, one context per call):
/// page 1 of the last 30 days of one unit; the same for one contact type; the figures of one unit for a year.
/// Prints the first (cold) run and the median and worst of ten warm runs. Then the CSV export (issue 7) through the
/// same code path as <c>GET /api/v1/registrations/export</c>, into a counting stream, with its time and peak memory.
/// Ends with a Markdown table for docs/performance.md.
/// </summary>
public static class QueryTimer
{
    private const int Runs = 10;

    private static readonly List<string> _table = [];

    public static async Task RunAsync(string file)
    {
        var options = new DbContextOptionsBuilder<DistanskontaktDbContext>();
        DependencyInjection.Configure(options, new DatabaseOptions(), $"Data Source={file}", Environment.CurrentDirectory);
        var factory = new Factory(options.Options);
        var queries = new RegistrationLogQueries(factory);

        await using (var db = factory.CreateDbContext())
        {
            var rows = await db.LoggedDecisions.CountAsync();
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{rows:N0} rader, {new FileInfo(file).Length / 1024.0 / 1024.0:F0} MB ({file})"));
        }

        var today = LogSeeder.Today;
        const string unit = "HUD-SUS-LUND";
        var last30Days = new LogFilter { Units = [unit], From = today.AddDays(-29), To = today };
        var oneType = last30Days with { ContactType = "TE" };
        var oneYear = new LogFilter { Units = [unit], From = today.AddYears(-1).AddDays(1), To = today };

        await Time("Page 1, last 30 days, one unit", async () =>
        {
            var page = await queries.PageAsync(last30Days, LogSort.Default, 1, 50);
            return $"{page.Items.Count} of {page.Total:N0}";
        });
        await Time("Page 1, last 30 days, one unit, contact type TE", async () =>
        {
            var page = await queries.PageAsync(oneType, LogSort.Default, 1, 50);
            return $"{page.Items.Count} of {page.Total:N0}";
        });
        await Time("Figures, one unit, one year", async () =>
        {
            var figures = await queries.FiguresAsync(oneYear);
            return $"{figures.Decisions:N0} decisions, {figures.ByContactType.Count} contact types, {figures.Hesitation.Count} question paths";
        });
        await BreakdownAsync(factory, oneYear);

        // The export of an administrator's whole log (all six units, no date range) and of one month of one unit:
        // if the export streams, both peak at about the same memory however many rows they write.
        var everything = new LogFilter { Units = [.. LogSeeder.Units.Select(u => u.Code)] };
        await ExportAsync(queries, "CSV export, one unit, last 30 days", last30Days);
        await ExportAsync(queries, "CSV export, all rows (six units, no date range)", everything);

        Console.WriteLine();
        Console.WriteLine("| admin query (1,000,000-row log) | first ms | median ms | worst ms | result |");
        Console.WriteLine("|---|---:|---:|---:|---|");
        _table.ForEach(Console.WriteLine);
        Console.WriteLine();
        Console.WriteLine("| CSV export (streamed, app's own code path) | rows | MB written | seconds | rows/s | peak working set MB | peak managed heap MB | allocated MB |");
        Console.WriteLine("|---|---:|---:|---:|---:|---:|---:|---:|");
        _exports.ForEach(Console.WriteLine);
    }

    private static readonly List<string> _exports = [];

    /// <summary>
    /// Runs the export into a stream that only counts, sampling the process every 10 ms: peak working set (resident
    /// memory: managed heap, SQLite's page cache, everything), peak managed heap (<c>GC.GetTotalMemory(false)</c>),
    /// and bytes allocated during the export (<c>GC.GetTotalAllocatedBytes</c>, garbage included).
    /// </summary>
    public static async Task ExportAsync(RegistrationLogQueries queries, string name, LogFilter filter)
    {
        GC.Collect();
        GC.WaitForPendingFinalizers();
        GC.Collect();
        using var process = System.Diagnostics.Process.GetCurrentProcess();
        process.Refresh();
        var workingSetBefore = process.WorkingSet64;
        var heapBefore = GC.GetTotalMemory(false);
        long peakWorkingSet = workingSetBefore, peakHeap = heapBefore;
        var allocatedBefore = GC.GetTotalAllocatedBytes(precise: true);
        using var sampling = new CancellationTokenSource();
        var sampler = Task.Run(async () =>
        {
            while (!sampling.IsCancellationRequested)
            {
                peakWorkingSet = Math.Max(peakWorkingSet, Environment.WorkingSet);
                peakHeap = Math.Max(peakHeap, GC.GetTotalMemory(false));
                try
                {
                    await Task.Delay(10, sampling.Token);
                }
                catch (OperationCanceledException)
                {
                }
            }
        });

        var output = new CountingStream();
        var watch = Stopwatch.StartNew();
        await queries.WriteCsvAsync(filter, output);
        var seconds = watch.Elapsed.TotalSeconds;
        await sampling.CancelAsync();
        await sampler;
        peakWorkingSet = Math.Max(peakWorkingSet, Environment.WorkingSet);
        var allocated = GC.GetTotalAllocatedBytes(precise: true) - allocatedBefore;
        var rows = output.Lines - 1;
        const double mb = 1024 * 1024;
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{name}: {rows:N0} rader, {output.Length / mb:F0} MB på {seconds:F1} s; arbetsminne före {workingSetBefore / mb:F0} MB, topp {peakWorkingSet / mb:F0} MB; hanterad heap före {heapBefore / mb:F0} MB, topp {peakHeap / mb:F0} MB; allokerat {allocated / mb:F0} MB"));
        _exports.Add(string.Create(CultureInfo.InvariantCulture,
            $"| {name} | {rows:N0} | {output.Length / mb:F0} | {seconds:F1} | {rows / seconds:N0} | {peakWorkingSet / mb:F0} (before {workingSetBefore / mb:F0}) | {peakHeap / mb:F0} (before {heapBefore / mb:F0}) | {allocated / mb:F0} |"));
    }

    /// <summary>A write-only stream that keeps nothing: counts bytes and line ends.</summary>
    private sealed class CountingStream : Stream
    {
        private long _length;

        public long Lines { get; private set; }

        public override bool CanRead => false;

        public override bool CanSeek => false;

        public override bool CanWrite => true;

        public override long Length => _length;

        public override long Position { get => _length; set => throw new NotSupportedException(); }

        public override void Write(byte[] buffer, int offset, int count) => Write(buffer.AsSpan(offset, count));

        public override void Write(ReadOnlySpan<byte> buffer)
        {
            _length += buffer.Length;
            Lines += buffer.Count((byte)'\n');
        }

        public override ValueTask WriteAsync(ReadOnlyMemory<byte> buffer, CancellationToken cancellationToken = default)
        {
            Write(buffer.Span);
            return ValueTask.CompletedTask;
        }

        public override Task WriteAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken)
        {
            Write(buffer.AsSpan(offset, count));
            return Task.CompletedTask;
        }

        public override void Flush()
        {
        }

        public override Task FlushAsync(CancellationToken cancellationToken) => Task.CompletedTask;

        public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();
    }

    /// <summary>The figures' three reads one by one, to see where the time goes.</summary>
    public static async Task BreakdownAsync(IDbContextFactory<DistanskontaktDbContext> factory, LogFilter filter)
    {
        foreach (var (name, read) in new (string, Func<DistanskontaktDbContext, Task<int>>)[]
        {
            ("  rader", async db => (await RegistrationLogQueries.FigureRowsQuery(db, filter).ToListAsync()).Count),
            ("  makulerade", async db => (await RegistrationLogQueries.VoidedFigureRowsQuery(db, filter).ToListAsync()).Count),
            ("  avbrutna", async db => (await RegistrationLogQueries.AbandonedQuery(db, filter).ToListAsync()).Count),
        })
        {
            var times = new List<double>();
            for (var i = 0; i < 5; i++)
            {
                await using var db = factory.CreateDbContext();
                var watch = Stopwatch.StartNew();
                await read(db);
                times.Add(watch.Elapsed.TotalMilliseconds);
            }

            times.Sort();
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{name}: median {times[2]:F0} ms"));
        }
    }

    private static async Task Time(string name, Func<Task<string>> query)
    {
        var watch = Stopwatch.StartNew();
        var result = await query();
        var cold = watch.Elapsed.TotalMilliseconds;
        var warm = new List<double>();
        for (var i = 0; i < Runs; i++)
        {
            watch.Restart();
            await query();
            warm.Add(watch.Elapsed.TotalMilliseconds);
        }

        warm.Sort();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{name}: första {cold:F0} ms, median {warm[Runs / 2]:F0} ms, sämsta {warm[^1]:F0} ms ({result})"));
        _table.Add(string.Create(CultureInfo.InvariantCulture, $"| {name} | {cold:F0} | {warm[Runs / 2]:F0} | {warm[^1]:F0} | {result} |"));
    }

    private sealed class Factory(DbContextOptions<DistanskontaktDbContext> options) : IDbContextFactory<DistanskontaktDbContext>
    {
        public DistanskontaktDbContext CreateDbContext() => new(options);
    }
}
