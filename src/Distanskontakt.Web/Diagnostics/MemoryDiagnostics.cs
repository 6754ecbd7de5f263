using System.Diagnostics;
using System.Runtime;
using Distanskontakt.Web.Components.Pages.Registrera;
using Distanskontakt.Web.Security;
using Microsoft.AspNetCore.Components.Server.Circuits;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Distanskontakt.Web.Diagnostics;

/// <summary>
/// <c>GET /diagnostics/memory</c>: the managed heap after a forced full collection, the open circuits and the
/// wizard's server time per answer, read inside the server for the circuit load measurement
/// (<c>bench/circuits.sh</c>, issue 7). Mapped only when <c>Diagnostics:Enabled</c> is <c>true</c>, and then for
/// administrators only.
/// </summary>
public static class MemoryDiagnostics
{
    public const string Path = "/diagnostics/memory";

    public static IServiceCollection AddDiagnostics(this IServiceCollection services)
    {
        // The counter is cheap and always on, so that turning the endpoint on needs no other change.
        services.AddSingleton<OpenCircuitCounter>();
        services.AddSingleton<CircuitHandler>(sp => sp.GetRequiredService<OpenCircuitCounter>());
        return services;
    }

    public static IEndpointRouteBuilder MapDiagnostics(this IEndpointRouteBuilder app)
    {
        var options = app.ServiceProvider.GetRequiredService<IConfiguration>()
            .GetSection(DiagnosticsOptions.SectionName).Get<DiagnosticsOptions>() ?? new DiagnosticsOptions();
        if (!options.Enabled)
        {
            return app;
        }

        app.ServiceProvider.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(MemoryDiagnostics))
            .LogWarning("Diagnostics:Enabled: {Path} is on (forces full garbage collections; for load measurements only)", Path);
        app.MapGet(Path, Read)
            .RequireAuthorization(Policies.Administer)
            .ExcludeFromDescription();
        return app;
    }

    private static Ok<MemoryReport> Read(int? lastAnswers, OpenCircuitCounter circuits, WizardTimings timings) =>
        TypedResults.Ok(Measure(circuits, timings, lastAnswers));

    /// <summary>
    /// Collects everything collectable (twice, with finalizers run between, so objects they free go too) and
    /// reads the heap. <paramref name="lastAnswers"/> limits the percentiles to the latest answers.
    /// </summary>
    public static MemoryReport Measure(OpenCircuitCounter circuits, WizardTimings timings, int? lastAnswers = null)
    {
        GCSettings.LargeObjectHeapCompactionMode = GCLargeObjectHeapCompactionMode.CompactOnce;
        GC.Collect(GC.MaxGeneration, GCCollectionMode.Forced, blocking: true, compacting: true);
        GC.WaitForPendingFinalizers();
        GC.Collect(GC.MaxGeneration, GCCollectionMode.Forced, blocking: true, compacting: true);
        var heapBytes = GC.GetTotalMemory(forceFullCollection: false);
        var info = GC.GetGCMemoryInfo(GCKind.FullBlocking);
        using var process = Process.GetCurrentProcess();

        var held = timings.Snapshot();
        var latest = lastAnswers is > 0 && lastAnswers < held.Count ? held.Skip(held.Count - lastAnswers.Value) : held;
        var sorted = latest.Order().ToArray();
        return new MemoryReport(
            heapBytes,
            info.HeapSizeBytes,
            process.WorkingSet64,
            circuits.Open,
            new AnswerTimes(timings.Recorded, sorted.Length, Rank(sorted, 50), Rank(sorted, 95)));
    }

    /// <summary>The nearest-rank percentile, or null without samples.</summary>
    private static double? Rank(double[] sorted, double percent) => sorted.Length == 0
        ? null
        : sorted[Math.Clamp((int)Math.Ceiling(percent / 100 * sorted.Length), 1, sorted.Length) - 1];
}

/// <param name="HeapBytes">Managed bytes in use after the forced collections (<see cref="GC.GetTotalMemory"/>).</param>
/// <param name="GcHeapSizeBytes">The GC heap's size at that collection, fragmentation included.</param>
/// <param name="WorkingSetBytes">The process's working set (native memory, code, stacks too).</param>
/// <param name="OpenCircuits">Circuits opened and not yet closed (<see cref="OpenCircuitCounter"/>).</param>
public sealed record MemoryReport(long HeapBytes, long GcHeapSizeBytes, long WorkingSetBytes, int OpenCircuits, AnswerTimes WizardAnswers);

/// <param name="Recorded">Answers ever timed; a reader compares two readings to know how many are new.</param>
/// <param name="Sampled">How many answers the percentiles are taken over.</param>
public sealed record AnswerTimes(long Recorded, int Sampled, double? P50Ms, double? P95Ms);
