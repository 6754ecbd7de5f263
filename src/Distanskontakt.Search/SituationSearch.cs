using Distanskontakt.Domain.Engine;
using Distanskontakt.Domain.Vocabulary;

namespace Distanskontakt.Search;

/// <summary>
/// Situation search for a contact: the examples of the rule set in force on the contact date (with the region's
/// overlays, as the engine applies them) in the chosen system, best first.
/// </summary>
public sealed class SituationSearch(SituationIndex index, DecisionEngine engine)
{
    public const int MaxResults = 10;

    /// <summary>The longest description searched (the API refuses a longer one).</summary>
    public const int MaxQueryLength = 200;

    public SituationIndex Index { get; } = index;

    /// <summary>Searches under the set that decides for <paramref name="contactDate"/> (default: today).</summary>
    public IReadOnlyList<SituationHit> Search(string query, RegistrationSystem system, DateOnly? contactDate = null)
    {
        var catalog = engine.Catalog;
        if (catalog.Select(engine.Region, contactDate ?? engine.Today) is not { Set: var set })
        {
            return [];
        }

        return Index.Search(query, [.. catalog.WithOverlays(set).Select(s => s.Id)], system, MaxResults);
    }
}
