using System.Diagnostics.Metrics;
using Distanskontakt.Domain.Engine;
using Distanskontakt.Infrastructure.Log;
using Distanskontakt.Infrastructure.Operations;
using Distanskontakt.Infrastructure.UseCases.Registrations;
using Distanskontakt.TestUtilities;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Distanskontakt.Infrastructure.Tests.UseCases;

/// <summary>
/// The log's use cases over a real migrated SQLite file (<see cref="SqliteLogDatabase"/>), the engine on the same
/// pinned clock, two configured units, and the app's counters read back through a <see cref="MeterListener"/>.
/// </summary>
public sealed class UseCaseDatabase : IDisposable
{
    public const string UnitA = "VC-A";

    public const string UnitB = "VC-B";

    private readonly ServiceProvider _services;
    private readonly MeterListener _listener = new();
    private readonly Dictionary<string, long> _counts = new(StringComparer.Ordinal);

    public UseCaseDatabase(int retentionMonths = 24)
    {
        _services = new ServiceCollection().AddMetrics().BuildServiceProvider();
        var meters = _services.GetRequiredService<IMeterFactory>();
        Metrics = new AppMetrics(meters);
        _listener.InstrumentPublished = (instrument, listener) =>
        {
            // This database's own counters only: test classes run in parallel, each with an AppMetrics of the same name.
            if (instrument.Meter.Name == AppMetrics.MeterName && ReferenceEquals(instrument.Meter.Scope, meters))
            {
                listener.EnableMeasurementEvents(instrument);
            }
        };
        _listener.SetMeasurementEventCallback<long>((instrument, value, tags, _) =>
        {
            var source = tags.ToArray().FirstOrDefault(t => t.Key == "source").Value;
            var name = source is null ? instrument.Name : $"{instrument.Name}:{source}";
            lock (_counts)
            {
                _counts[name] = _counts.GetValueOrDefault(name) + value;
            }
        });
        _listener.Start();

        Engine = Clocks.Engine(Database.Time);
        LogDecision = new LogDecision(Engine, Database.Log, new Units(UnitA, UnitB), Metrics);
        VoidDecision = new VoidDecision(Database.Log);
        PurgeLog = new PurgeLog(Database.Log, new FixedOptions<RegistrationLogOptions>(new() { RetentionMonths = retentionMonths }));
        Review = new ReviewLog(Database.Queries);
    }

    public SqliteLogDatabase Database { get; } = new();

    public AppMetrics Metrics { get; }

    public DecisionEngine Engine { get; }

    public LogDecision LogDecision { get; }

    public VoidDecision VoidDecision { get; }

    public PurgeLog PurgeLog { get; }

    public ReviewLog Review { get; }

    public static LoggingUser Personal(string unit = UnitA, string hash = SqliteLogDatabase.HashA) => new("Personal", [unit], hash);

    /// <summary>How often a counter was added to (with <c>:source</c> when it carries that label).</summary>
    public long Count(string name)
    {
        _listener.RecordObservableInstruments();
        lock (_counts)
        {
            return _counts.GetValueOrDefault(name);
        }
    }

    public async Task<LogEntry> LogAsync(Domain.Answers answers, string unit = UnitA, string? comment = null)
    {
        var result = await LogDecision.LogAsync(new LogDecisionCommand(answers, Personal(unit), comment), TestContext.Current.CancellationToken);
        Assert.Equal(LogDecisionStatus.Logged, result.Status);
        return result.Entry!;
    }

    public void Dispose()
    {
        _listener.Dispose();
        _services.Dispose();
        Database.Dispose();
    }

    private sealed class Units(params string[] codes) : IKnownUnits
    {
        public bool IsKnown(string unitCode) => codes.Contains(unitCode, StringComparer.Ordinal);
    }

    private sealed class FixedOptions<T>(T value) : IOptionsMonitor<T>
    {
        public T CurrentValue => value;

        public T Get(string? name) => value;

        public IDisposable? OnChange(Action<T, string?> listener) => null;
    }
}
