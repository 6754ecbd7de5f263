namespace Distanskontakt.Web.Components.Pages.Registrera;

/// <summary>
/// Server-side time per answer in the wizard (question flow + render, measured inside the circuit), kept in a
/// ring buffer of the latest <see cref="Capacity"/> answers so that p50/p95 can be reported. Thread-safe singleton.
/// </summary>
public sealed class WizardTimings
{
    public const int Capacity = 1024;

    private readonly double[] _milliseconds = new double[Capacity];
    private readonly Lock _lock = new();
    private int _next;
    private int _count;
    private long _recorded;

    /// <summary>How many answers are held (at most <see cref="Capacity"/>).</summary>
    public int Count
    {
        get
        {
            lock (_lock)
            {
                return _count;
            }
        }
    }

    /// <summary>How many answers were ever recorded, so that a reader can tell which of those held are new.</summary>
    public long Recorded
    {
        get
        {
            lock (_lock)
            {
                return _recorded;
            }
        }
    }

    public double? P50 => Percentile(50);

    public double? P95 => Percentile(95);

    public void Record(TimeSpan elapsed)
    {
        lock (_lock)
        {
            _milliseconds[_next] = elapsed.TotalMilliseconds;
            _next = (_next + 1) % Capacity;
            _count = Math.Min(_count + 1, Capacity);
            _recorded++;
        }
    }

    /// <summary>The nearest-rank percentile in milliseconds of the answers held, or null when none is.</summary>
    public double? Percentile(double percent)
    {
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(percent, 0);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(percent, 100);
        var sorted = Snapshot().Order().ToArray();
        if (sorted.Length == 0)
        {
            return null;
        }

        var rank = (int)Math.Ceiling(percent / 100 * sorted.Length);
        return sorted[Math.Clamp(rank, 1, sorted.Length) - 1];
    }

    /// <summary>The figures held, oldest first.</summary>
    public IReadOnlyList<double> Snapshot()
    {
        lock (_lock)
        {
            var start = _count < Capacity ? 0 : _next;
            return [.. Enumerable.Range(0, _count).Select(i => _milliseconds[(start + i) % Capacity])];
        }
    }
}
