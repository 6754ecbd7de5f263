using Distanskontakt.Domain.RuleSets;

namespace Distanskontakt.Infrastructure.RuleSets;

/// <summary>
/// The rule sets shipped in the assembly, already through the start-up checks: the base that administrators' files
/// are added to. Its own type, so nobody mistakes it for the catalog in force (<see cref="IRuleSetSource.Current"/>).
/// </summary>
public sealed class ShippedRuleSets(RuleSetCatalog catalog)
{
    public RuleSetCatalog Catalog { get; } = catalog;

    public bool Contains(string setId) => Catalog.All.Any(s => s.Id == setId);
}
