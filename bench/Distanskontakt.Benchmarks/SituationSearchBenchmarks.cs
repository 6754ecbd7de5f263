using BenchmarkDotNet.Attributes;
using Distanskontakt.Domain.Engine;
using Distanskontakt.Domain.RuleSets;
using Distanskontakt.Domain.Situations;
using Distanskontakt.Domain.Sources;
using Distanskontakt.Domain.Vocabulary;
using Distanskontakt.Search;

namespace Distanskontakt.Benchmarks;

/// <summary>
/// One situation search as <c>GET /api/v1/situations</c> and the wizard's field make it: analyse the query (stems,
/// compounds, synonyms), search the in-memory index under the set in force, mark the hit words of the top ten.
/// Building the index (once, at start-up) is measured separately.
/// </summary>
[MemoryDiagnoser]
[MedianColumn]
public class SituationSearchBenchmarks
{
    private SituationSearch _search = null!;
    private IReadOnlyList<SituationExample> _examples = null!;
    private SourceTextCatalog _sources = null!;

    [GlobalSetup]
    public void Setup()
    {
        _examples = SituationExampleCatalog.LoadEmbedded().All;
        _sources = SourceTextCatalog.LoadEmbedded();
        var engine = new DecisionEngine(RuleSetCatalog.LoadEmbedded(), new FixedClock(new DateTimeOffset(2026, 6, 1, 10, 0, 0, TimeSpan.Zero)));
        _search = new SituationSearch(new SituationIndex(_examples, _sources), engine);
    }

    [Benchmark]
    public int SearchNormalTestResultByPhone() => _search.Search("ringde upp och lämnade normalt provsvar", RegistrationSystem.Pmo).Count;

    [Benchmark]
    public int SearchCompoundInPasis() => _search.Search("receptförnyelse i 1177 efter bedömning", RegistrationSystem.Pasis).Count;

    [Benchmark]
    public long BuildIndex()
    {
        using var index = new SituationIndex(_examples, _sources);
        return index.TermCount;
    }

    private sealed class FixedClock(DateTimeOffset now) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => now;
    }
}
