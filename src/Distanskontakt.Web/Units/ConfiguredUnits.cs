using Distanskontakt.Infrastructure.UseCases.Registrations;
using Microsoft.Extensions.Options;

namespace Distanskontakt.Web.Units;

/// <summary>The units of the <c>Units</c> settings, for the log's use cases (read through the monitor: bound once).</summary>
public sealed class ConfiguredUnits(IOptionsMonitor<UnitOptions> units) : IKnownUnits
{
    public bool IsKnown(string unitCode) => units.CurrentValue.Find(unitCode) is not null;
}
