using System.Net.Http.Json;
using System.Text.Json;

namespace Distanskontakt.Circuits;

/// <summary>Reads the server's <c>GET /diagnostics/memory</c> (forced full GC inside the server) as the administrator.</summary>
internal static class Diagnostics
{
    private static readonly JsonSerializerOptions _json = new(JsonSerializerDefaults.Web);

    public static async Task<MemoryReading> ReadAsync(Identity admin, long? lastAnswers, CancellationToken cancellationToken)
    {
        var path = lastAnswers is > 0 ? $"diagnostics/memory?lastAnswers={lastAnswers}" : "diagnostics/memory";
        using var response = await admin.Http.GetAsync(path, cancellationToken);
        if (!response.IsSuccessStatusCode)
        {
            throw new InvalidOperationException($"{path} answered {(int)response.StatusCode}: is Diagnostics:Enabled set and the admin signed in?");
        }

        return await response.Content.ReadFromJsonAsync<MemoryReading>(_json, cancellationToken)
            ?? throw new InvalidOperationException($"{path} answered no body.");
    }

    /// <summary>Waits (polling once a second) until the server has <paramref name="open"/> circuits, and reads.</summary>
    public static async Task<MemoryReading> WaitForCircuitsAsync(Identity admin, int open, TimeSpan timeout, CancellationToken cancellationToken)
    {
        var deadline = DateTime.UtcNow + timeout;
        while (true)
        {
            var reading = await ReadAsync(admin, null, cancellationToken);
            if (reading.OpenCircuits == open || DateTime.UtcNow > deadline)
            {
                return reading;
            }

            await Task.Delay(TimeSpan.FromSeconds(1), cancellationToken);
        }
    }
}

internal sealed record MemoryReading(long HeapBytes, long GcHeapSizeBytes, long WorkingSetBytes, int OpenCircuits, AnswerTimes WizardAnswers);

internal sealed record AnswerTimes(long Recorded, int Sampled, double? P50Ms, double? P95Ms);
