using System.Text.Json.Nodes;

namespace Distanskontakt.RuleSetFiles.Tests;

/// <summary>An uploaded set's interpretation register is checked like a shipped one's, with Swedish problems.</summary>
public sealed class InterpretationAcceptanceTests
{
    [Fact]
    public void ShouldRefuseAQuoteThatIsNotVerbatimNamingTheRuleAndTheNoteId()
    {
        var set = ShippedFiles.V5();
        var quote = Entry(set, "sob-uw040-fran-v3")["quotes"]![0]!;
        quote["text"] = "Om registrerad kontakt är en del av Stöd- och behandlingsprogrammet bör KVÅ-kod UW040 registreras.";

        var result = RuleSetAcceptance.Check("skane-v5.json", set.ToJsonString(), ShippedFiles.Catalog);

        Assert.False(result.IsAccepted);
        var problem = Assert.Single(result.Problems);
        Assert.StartsWith("v5-sob-pasis: tolkningen sob-uw040-fran-v3: citatet ", problem, StringComparison.Ordinal);
        Assert.EndsWith("står inte ordagrant i skane-v3 PASiS – kontakttyp TE", problem, StringComparison.Ordinal);
        Assert.Null(result.Catalog);
    }

    [Fact]
    public void ShouldRefuseANoteWithoutIdAnEntryWithoutReadingAndADuplicateId()
    {
        var set = ShippedFiles.V5();
        ShippedFiles.Rule(set, "v5-sob-pmo")["notes"]![0]!.AsObject().Remove("id");
        Entry(set, "triage-1177d-konflikt").Remove("reading");
        var register = set["interpretations"]!.AsArray();
        register.Add(Entry(set, "sob-ersatter-besok").DeepClone());

        var result = RuleSetAcceptance.Check("skane-v5.json", set.ToJsonString(), ShippedFiles.Catalog);

        Assert.False(result.IsAccepted);
        // The schema stage finds the missing reading first; with it, the parser finds the rest.
        Assert.Contains(result.Problems, p => p.StartsWith("$.interpretations[", StringComparison.Ordinal) && p.EndsWith("].reading: saknas", StringComparison.Ordinal));
        var parsed = RuleSetAcceptance.Check("skane-v5.json", WithReading(set).ToJsonString(), ShippedFiles.Catalog);
        Assert.Contains(parsed.Problems, p => p.Contains("(v5-sob-pmo).notes[0].id: en not av typen carriedOver måste ange sin tolkning", StringComparison.Ordinal));
        Assert.Contains(parsed.Problems, p => p.Contains("(sob-ersatter-besok): tolknings-id förekommer två gånger", StringComparison.Ordinal));
    }

    [Fact]
    public void ShouldAcceptAQuoteOfAnotherSectionWhenItStandsThereWordForWord()
    {
        var set = ShippedFiles.V5();
        Entry(set, "sob-uw040-fran-v3")["quotes"]![0]!["section"] = "PASiS – kontakttyp KB";

        var result = RuleSetAcceptance.Check("skane-v5.json", set.ToJsonString(), ShippedFiles.Catalog);

        Assert.Empty(result.Problems);
        Assert.Equal("PASiS – kontakttyp KB", result.Candidate!.Interpretation("sob-uw040-fran-v3")!.Quotes[0].Section);
    }

    private static JsonObject WithReading(JsonObject set)
    {
        var copy = set.DeepClone().AsObject();
        Entry(copy, "triage-1177d-konflikt")["reading"] = "Triage registreras.";
        return copy;
    }

    private static JsonObject Entry(JsonObject set, string id) =>
        set["interpretations"]!.AsArray().Select(e => e!.AsObject()).First(e => (string?)e["id"] == id);
}
