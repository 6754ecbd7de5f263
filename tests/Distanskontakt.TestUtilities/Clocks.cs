using Distanskontakt.Domain.Engine;
using Distanskontakt.Domain.RuleSets;
using Microsoft.Extensions.Time.Testing;

namespace Distanskontakt.TestUtilities;

/// <summary>Pinned clocks: no test reads the real date (skane-v4 ends 2026-12-31).</summary>
public static class Clocks
{
    /// <summary>Noon in Stockholm on the given day.</summary>
    public static FakeTimeProvider At(int year, int month, int day) =>
        new(new DateTimeOffset(year, month, day, 10, 0, 0, TimeSpan.Zero));

    /// <summary>A day well inside skane-v4, far from its end: no end warning.</summary>
    public static FakeTimeProvider MidV4() => At(2026, 6, 1);

    private static readonly Lazy<RuleSetCatalog> _catalog = new(RuleSetCatalog.LoadEmbedded);

    public static RuleSetCatalog Catalog => _catalog.Value;

    public static DecisionEngine Engine(TimeProvider? time = null) => new(Catalog, time ?? MidV4());
}
