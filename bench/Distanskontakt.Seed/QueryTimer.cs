using System.Diagnostics;
using System.Globalization;
using Distanskontakt.Infrastructure.Log;
using Distanskontakt.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Distanskontakt.Infrastructure.Seed;

/// <summary>
/// Times issue 5's three review loads through the app's own query service (EF Core, one context per call):
/// page 1 of the last 30 days of one unit; the same for one contact type; the figures of one unit for a year.
/// Prints the first (cold) run and the median and worst of ten warm runs.
/// </summary>
public static class QueryTimer
{
    private const int Runs = 10;

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

        await Time("Sida 1, senaste 30 dagarna, en enhet", async () =>
        {
            var page = await queries.PageAsync(last30Days, LogSort.Default, 1, 50);
            return $"{page.Items.Count} av {page.Total}";
        });
        await Time("Sida 1, senaste 30 dagarna, en enhet, kontakttyp TE", async () =>
        {
            var page = await queries.PageAsync(oneType, LogSort.Default, 1, 50);
            return $"{page.Items.Count} av {page.Total}";
        });
        await Time("Siffror, en enhet, ett år", async () =>
        {
            var figures = await queries.FiguresAsync(oneYear);
            return $"{figures.Decisions} beslut, {figures.ByContactType.Count} kontakttyper, {figures.Hesitation.Count} frågevägar";
        });
        await BreakdownAsync(factory, oneYear);
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
    }

    private sealed class Factory(DbContextOptions<DistanskontaktDbContext> options) : IDbContextFactory<DistanskontaktDbContext>
    {
        public DistanskontaktDbContext CreateDbContext() => new(options);
    }
}
