using Distanskontakt.Domain.Situations;
using Distanskontakt.Domain.Sources;
using Distanskontakt.TestUtilities;

namespace Distanskontakt.Search.Tests;

/// <summary>The shipped examples in one index, searched under the engine with the clock pinned inside skane-v4.</summary>
public static class SearchFixture
{
    private static readonly Lazy<SituationIndex> _index = new(() =>
        new SituationIndex(SituationExampleCatalog.LoadEmbedded().All, SourceTextCatalog.LoadEmbedded()));

    public static SituationIndex Index => _index.Value;

    public static SituationSearch Search { get; } = new(Index, Clocks.Engine());
}
