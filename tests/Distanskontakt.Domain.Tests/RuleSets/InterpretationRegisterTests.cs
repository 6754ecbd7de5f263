using System.Text.Json.Nodes;
using Distanskontakt.Domain.Engine;
using Distanskontakt.Domain.Outcomes;
using Distanskontakt.Domain.RuleSets;
using Distanskontakt.Domain.Sources;
using Distanskontakt.TestUtilities;

namespace Distanskontakt.Domain.Tests.RuleSets;

/// <summary>Issue 12 item 4 (spec §10.4): every reading of every shipped set is in its register, quoted verbatim.</summary>
public sealed class InterpretationRegisterTests
{
    public static TheoryData<string> ShippedIds => ["skane-v4", "skane-v3", "skane-1177d"];

    [Theory]
    [MemberData(nameof(ShippedIds))]
    public void ShouldRegisterEveryInterpretationCarriedOverAndConflictNoteOfAShippedSet(string id)
    {
        var set = Shipped(id);
        var notes = set.Rules.SelectMany(r => r.Notes)
            .Concat(new[] { set.NoteBeforeValidity, set.NoteAfterValidity }.OfType<Note>())
            .Where(n => Interpretation.IsRegistered(n.Kind))
            .ToList();

        Assert.NotEmpty(notes);
        Assert.All(notes, note =>
        {
            Assert.NotNull(note.Id);
            var entry = set.Interpretation(note.Id);
            Assert.NotNull(entry);
            Assert.Equal(note.Kind, entry.Kind);
        });
        Assert.All(set.Interpretations, entry =>
        {
            Assert.NotEmpty(entry.Quotes);
            Assert.False(string.IsNullOrWhiteSpace(entry.Reading));
            Assert.All(entry.Quotes, q => Assert.False(string.IsNullOrWhiteSpace(q.Text)));
        });
        Assert.Equal(set.Interpretations.Count, set.Interpretations.Select(i => i.Id).Distinct(StringComparer.Ordinal).Count());
        Assert.All(InterpretationRegister.Entries(set), entry => Assert.NotEmpty(entry.CarriedBy));
    }

    [Theory]
    [MemberData(nameof(ShippedIds))]
    public void ShouldFindEveryQuoteOfAShippedSetWordForWordInItsSection(string id)
    {
        var set = Shipped(id);

        Assert.Empty(InterpretationRegister.QuoteProblems(set, SourceTextCatalog.Shipped));
        Assert.All(set.Interpretations.SelectMany(i => i.Quotes), q =>
            Assert.Equal(QuoteCheck.Verbatim, SourceTextCatalog.Shipped.Check(q.Document, q.Section, q.Text)));
    }

    [Fact]
    public void ShouldCatchAQuoteWithOneChangedWordNamingTheRulesAndTheEntry()
    {
        var json = ShippedJson("skane-v4");
        var quote = Entry(json, "triage-utover-kontakttyp")["quotes"]![1]!;
        quote["text"] = ((string)quote["text"]!).Replace("samma enhet", "samma mottagning", StringComparison.Ordinal);
        var set = RuleSetParser.Parse(json.ToJsonString(), "skane-v4.json");

        var problem = Assert.Single(InterpretationRegister.QuoteProblems(set, SourceTextCatalog.Shipped));

        Assert.Contains("v4-triage-pmo-video, v4-triage-pmo-telefon, v4-triage-pmo-text", problem, StringComparison.Ordinal);
        Assert.Contains("triage-utover-kontakttyp", problem, StringComparison.Ordinal);
        Assert.Contains("står inte ordagrant i skane-v4 §1.6.4", problem, StringComparison.Ordinal);
        var error = Assert.Throws<RuleSetFormatException>(() => InterpretationRegister.Verified(set, SourceTextCatalog.Shipped));
        Assert.Equal(problem, Assert.Single(error.Problems));
    }

    [Fact]
    public void ShouldCatchAQuoteOfASectionThatIsNotInTheSourceTexts()
    {
        var json = ShippedJson("skane-v3");
        Entry(json, "ersatter-diagnos")["quotes"]![0]!["section"] = "PMO - Fax";
        var set = RuleSetParser.Parse(json.ToJsonString(), "skane-v3.json");

        var problem = Assert.Single(InterpretationRegister.QuoteProblems(set, SourceTextCatalog.Shipped));

        Assert.StartsWith("v3-ersatter-diagnos: tolkningen ersatter-diagnos citerar skane-v3 PMO - Fax", problem, StringComparison.Ordinal);
    }

    [Fact]
    public void ShouldPutTheEnginesNewerNameNoteOnEveryPathInTheRegisterOfTheOverlay()
    {
        var catalog = Clocks.Catalog;
        var seen = new List<Note>();
        var engine = Clocks.Engine();
        // skane-v3 before, inside and after skane-1177d's validity; skane-v4 after it.
        foreach (var date in new DateOnly[] { new(2023, 1, 2), new(2023, 6, 1), new(2024, 6, 1), new(2025, 6, 1) })
        {
            Walk(engine, Answers.Empty with { ContactDate = date }, outcome =>
            {
                var sets = catalog.WithOverlays(catalog.All.Single(s => s.Id == outcome.RuleSet.Id));
                foreach (var note in outcome.Notes.Where(n => Interpretation.IsRegistered(n.Kind)))
                {
                    seen.Add(note);
                    Assert.NotNull(note.Id);
                    Assert.Contains(sets, s => s.Interpretation(note.Id) is { } entry && entry.Kind == note.Kind);
                }
            });
        }

        // Not vacuous: the engine's own note (a newer set's name wins over skane-1177d's) is among them.
        Assert.Contains(seen, n => n.Id == "namn-nyare-anvisning" && n.Text.Contains("kallar kontakten", StringComparison.Ordinal));
        Assert.Contains(seen, n => n.Id == "fore-giltighet");
    }

    [Fact]
    public void ShouldListTheRulesThatCarryEachEntry()
    {
        var entries = InterpretationRegister.Entries(Shipped("skane-1177d")).ToDictionary(e => e.Interpretation.Id);

        Assert.Equal(["noteBeforeValidity"], entries["fore-giltighet"].CarriedBy);
        Assert.Equal([InterpretationRegister.OverruledNameCarrier], entries["namn-nyare-anvisning"].CarriedBy);
        var triage = Assert.Single(InterpretationRegister.Entries(Shipped("skane-v3")), e => e.Interpretation.Id == "triage-utover-kontakttyp");
        Assert.Equal(["v3-triage-pmo", "v3-triage-pasis"], triage.CarriedBy);
        Assert.Single(triage.NoteTexts);
    }

    private static void Walk(DecisionEngine engine, Answers answers, Action<Outcome> check)
    {
        var result = engine.Decide(answers);
        if (result.Outcome is { } outcome)
        {
            check(outcome);
            return;
        }

        foreach (var option in result.NextQuestion!.Options)
        {
            result.Answers.TryWith(result.NextQuestion.Id, option.Value, out var next);
            Walk(engine, next, check);
        }
    }

    private static RuleSet Shipped(string id) => Clocks.Catalog.All.Single(s => s.Id == id);

    internal static JsonObject ShippedJson(string id) => JsonNode.Parse(RuleSetCatalog.EmbeddedFileText(id)!)!.AsObject();

    internal static JsonObject Entry(JsonObject set, string id) =>
        set["interpretations"]!.AsArray().Select(e => e!.AsObject()).Single(e => (string?)e["id"] == id);
}
