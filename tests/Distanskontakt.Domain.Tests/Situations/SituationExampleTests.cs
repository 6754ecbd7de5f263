using Distanskontakt.Domain.Engine;
using Distanskontakt.Domain.RuleSets;
using Distanskontakt.Domain.Situations;
using Distanskontakt.Domain.Sources;
using Distanskontakt.Domain.Vocabulary;
using Distanskontakt.TestUtilities;

namespace Distanskontakt.Domain.Tests.Situations;

/// <summary>
/// The example index (RuleSets/examples/*.examples.json): every text is the source's own words, every cited
/// section's bullets are there, and every example's answers lead the engine to the example's own section.
/// </summary>
public sealed class SituationExampleTests
{
    private static readonly SituationExampleCatalog _examples = SituationExampleCatalog.LoadEmbedded();
    private static readonly SourceTextCatalog _sources = SourceTextCatalog.LoadEmbedded();

    public static TheoryData<string> ExampleIds() => [.. _examples.All.Select(e => e.Id)];

    [Fact]
    public void ShouldShipOneExampleFilePerShippedRuleSet()
    {
        var files = SituationExampleCatalog.EmbeddedFileTexts().Select(f => f.Name).ToArray();

        Assert.Equal(
            Clocks.Catalog.All.Select(s => $"{s.Id}.examples.json").Order(StringComparer.Ordinal),
            files);
        foreach (var set in Clocks.Catalog.All)
        {
            Console.WriteLine($"{set.Id}: {_examples.Of(set.Id).Count} exempel");
            Assert.NotEmpty(_examples.Of(set.Id));
            Assert.All(_examples.Of(set.Id), e => Assert.Equal(set.Id, e.RuleSet));
        }
    }

    [Theory]
    [MemberData(nameof(ExampleIds))]
    public void ShouldQuoteTheSourceWordForWord(string id)
    {
        var example = _examples.All.Single(e => e.Id == id);

        var section = _sources.Section(example.Document, example.Section);

        Assert.NotNull(section);
        Assert.True(section.Examples.Contains(example.Text, StringComparer.Ordinal) || section.Paragraphs.Contains(example.Text, StringComparer.Ordinal),
            $"{id}: the text is not a bullet or paragraph of {example.Document} {example.Section}");
    }

    [Fact]
    public void ShouldCoverEveryBulletOfEverySectionARuleCites()
    {
        var cited = Clocks.Catalog.All.SelectMany(set => set.Rules).SelectMany(rule => rule.Sources)
            .Select(s => (s.Document, s.Section)).Distinct().ToArray();
        var missing = new List<string>();
        foreach (var (document, sectionId) in cited)
        {
            var section = _sources.Section(document, sectionId)!;
            foreach (var bullet in section.Examples)
            {
                if (!_examples.All.Any(e => e.Document == document && e.Section == sectionId && e.Text == bullet))
                {
                    missing.Add($"{document} {sectionId}: {bullet}");
                }
            }
        }

        Assert.True(missing.Count == 0, string.Join(Environment.NewLine, missing));
        Assert.Contains(cited, c => _sources.Section(c.Document, c.Section)!.Examples.Count > 0);
    }

    [Fact]
    public void ShouldDescribeEveryScenarioOfThe1177DirektApplication()
    {
        // §3.1 has no bullets of its own: its scenarios are the headed paragraphs of §3.1.1–§3.1.4.
        foreach (var section in _sources.Document("skane-1177d")!.Sections.Where(s => s.Section.StartsWith("§3.1.", StringComparison.Ordinal)))
        {
            Assert.Contains(_examples.Of("skane-1177d"), e => e.Section == section.Section);
        }
    }

    [Theory]
    [MemberData(nameof(ExampleIds))]
    public void ShouldLeadTheEngineToTheExamplesOwnSection(string id)
    {
        var example = _examples.All.Single(e => e.Id == id);
        var engine = Clocks.Engine();
        var set = Clocks.Catalog.All.Single(s => s.Id == example.RuleSet);
        var date = DayInside(set);

        foreach (var system in example.Systems)
        {
            var result = Complete(engine, example.For(system, date));

            Assert.Contains(set, Clocks.Catalog.WithOverlays(result.RuleSet));
            foreach (var input in SituationExampleParser.DecidableInputs.Where(example.Answers.IsAnswered))
            {
                Assert.Equal(example.Answers.WireValue(input), result.Answers.WireValue(input));
            }

            var outcome = result.Outcome!;
            Assert.True(
                outcome.Sources.Any(s => s.Document == example.Document
                    && (s.Section == example.Section || example.Section.StartsWith(s.Section + ".", StringComparison.Ordinal))),
                $"{id} ({WireNames.Of(system)}): {example.Section} not cited; cited {string.Join(", ", outcome.Sources)}");
        }
    }

    [Fact]
    public void ShouldRefuseAnAnswerAnExampleCannotDecide()
    {
        const string json = """
            {"ruleSet": "x", "examples": [
              {"id": "a", "document": "d", "section": "s", "systems": ["pmo"], "text": "t", "answers": {"leadsToVisitSameDaySameUnit": true}},
              {"id": "a", "document": "d", "section": "s", "systems": ["sdv"], "text": "t", "answers": {"replacesVisit": "ja"}}
            ]}
            """;

        var error = Assert.Throws<RuleSetFormatException>(() => SituationExampleParser.Parse(json, "x.examples.json"));

        Assert.Contains(error.Problems, p => p.StartsWith("$.examples[0].answers.leadsToVisitSameDaySameUnit", StringComparison.Ordinal));
        Assert.Contains(error.Problems, p => p.StartsWith("$.examples[1].answers.replacesVisit", StringComparison.Ordinal));
        Assert.Contains(error.Problems, p => p.StartsWith("$.examples[1].systems", StringComparison.Ordinal));
        Assert.Contains(error.Problems, p => p.StartsWith("$.examples[1].id", StringComparison.Ordinal));
    }

    /// <summary>A day inside the set's own validity (an overlay's too), on or before the pinned today.</summary>
    private static DateOnly DayInside(RuleSet set)
    {
        var end = Clocks.Catalog.EffectiveEnd(set) ?? new DateOnly(2026, 6, 1);
        var last = end < new DateOnly(2026, 6, 1) ? end : new DateOnly(2026, 6, 1);
        return set.ValidFrom is { } from ? from.AddDays((last.DayNumber - from.DayNumber) / 2) : last.AddDays(-30);
    }

    /// <summary>
    /// Answers the questions the example leaves open, the way least likely to stop the walk early (documented in the
    /// journal, not via 1177 direkt unless the example says so, not replacing, no visit the same day).
    /// </summary>
    private static FlowResult Complete(DecisionEngine engine, Answers answers)
    {
        var result = engine.Decide(answers);
        for (var step = 0; !result.Complete && step < 10; step++)
        {
            var input = result.NextQuestion!.Id;
            Assert.False(answers.IsAnswered(input), $"{WireNames.Of(input)} is given but asked again");
            Assert.True(answers.TryWith(input, input == Input.JournalDocumented ? "true" : "false", out answers));
            result = engine.Decide(answers);
        }

        Assert.True(result.Complete, "the walk did not end");
        return result;
    }
}
