using System.Diagnostics.Metrics;
using Distanskontakt.Infrastructure.Operations;

namespace Distanskontakt.Web.Tests.Shell;

/// <summary>
/// Listens to <c>distanskontakt.decisions</c> of one service provider's meters only (tests run in parallel, each
/// with its own meter factory) and sums what the wizard counted.
/// </summary>
public sealed class DecisionCounter : IDisposable
{
    private readonly MeterListener _listener = new();
    private long _fromWizard;

    public DecisionCounter(IMeterFactory meters)
    {
        _listener.InstrumentPublished = (instrument, listener) =>
        {
            if (instrument.Meter.Name == AppMetrics.MeterName && ReferenceEquals(instrument.Meter.Scope, meters)
                && instrument.Name == "distanskontakt.decisions")
            {
                listener.EnableMeasurementEvents(instrument);
            }
        };
        _listener.SetMeasurementEventCallback<long>((_, value, tags, _) =>
        {
            foreach (var tag in tags)
            {
                if (tag is { Key: "source", Value: AppMetrics.FromWizard })
                {
                    Interlocked.Add(ref _fromWizard, value);
                }
            }
        });
        _listener.Start();
    }

    /// <summary>Decisions counted with source "guide".</summary>
    public long FromWizard => Interlocked.Read(ref _fromWizard);

    public void Dispose() => _listener.Dispose();
}
