using System.Text.Json.Nodes;
using Distanskontakt.Domain.RuleSets;

namespace Distanskontakt.Domain.Tests.RuleSets;

/// <summary>The parser's part of the register: ids, quotes and readings present, ids unique and used, kinds agree.</summary>
public sealed class InterpretationFormatTests
{
    [Fact]
    public void ShouldRefuseAnInterpretationNoteWithoutIdNamingTheRule()
    {
        var json = InterpretationRegisterTests.ShippedJson("skane-v4");
        Note(json, "v4-sob-pmo").Remove("id");

        var problems = Problems(json);

        Assert.Contains(problems, p => p.StartsWith("$.rules[", StringComparison.Ordinal)
            && p.Contains("(v4-sob-pmo).notes[0].id: en not av typen carriedOver måste ange sin tolkning i tolkningsregistret", StringComparison.Ordinal));
    }

    [Fact]
    public void ShouldRefuseAnEntryWithoutQuotesOrReading()
    {
        var json = InterpretationRegisterTests.ShippedJson("skane-v4");
        var entry = InterpretationRegisterTests.Entry(json, "sob-uw040-fran-v3");
        entry["quotes"] = new JsonArray();
        entry.Remove("reading");

        var problems = Problems(json);

        Assert.Contains(problems, p => p.Contains("(sob-uw040-fran-v3).quotes: minst ett citat ur anvisningen krävs", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.Contains("(sob-uw040-fran-v3).reading: saknas", StringComparison.Ordinal));
    }

    [Fact]
    public void ShouldRefuseAQuoteWithoutText()
    {
        var json = InterpretationRegisterTests.ShippedJson("skane-v4");
        InterpretationRegisterTests.Entry(json, "sob-uw040-fran-v3")["quotes"]![0]!.AsObject().Remove("text");

        Assert.Contains(Problems(json), p => p.Contains("(sob-uw040-fran-v3).quotes[0].text: saknas", StringComparison.Ordinal));
    }

    [Fact]
    public void ShouldRefuseADuplicateEntryId()
    {
        var json = InterpretationRegisterTests.ShippedJson("skane-v4");
        var register = json["interpretations"]!.AsArray();
        register.Add(register[0]!.DeepClone());

        Assert.Contains(Problems(json), p => p.Contains($"({(string)register[0]!["id"]!}): tolknings-id förekommer två gånger", StringComparison.Ordinal));
    }

    [Fact]
    public void ShouldRefuseAnUnknownIdAKindThatDiffersAndAnUnusedEntry()
    {
        var json = InterpretationRegisterTests.ShippedJson("skane-v4");
        Note(json, "v4-sob-pasis")["id"] = "finns-inte";
        Note(json, "v4-sob-ersatter-besok")["id"] = "triage-1177d-konflikt";

        var problems = Problems(json);

        Assert.Contains(problems, p => p.Contains("(v4-sob-pasis).notes[0].id: tolkningen 'finns-inte' finns inte i tolkningsregistret", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.Contains("(v4-sob-ersatter-besok).notes[0].id: tolkningen 'triage-1177d-konflikt' är av typen conflict, noten av typen interpretation", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.Contains("(sob-uw040-fran-v3): används inte av någon not", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.Contains("(sob-ersatter-besok): används inte av någon not", StringComparison.Ordinal));
    }

    [Fact]
    public void ShouldRefuseAnIdOnAnInfoNote()
    {
        var json = InterpretationRegisterTests.ShippedJson("skane-v4");
        Note(json, "v4-egen-hand")["id"] = "sob-ersatter-besok";

        Assert.Contains(Problems(json), p => p.Contains("(v4-egen-hand).notes[0].id: bara noter av typen interpretation, carriedOver och conflict", StringComparison.Ordinal));
    }

    [Fact]
    public void ShouldRequireAnOverlayThatNamesContactTypesToRegisterTheNewerNameNote()
    {
        var json = InterpretationRegisterTests.ShippedJson("skane-1177d");
        json.Remove("overruledNameNote");
        var register = json["interpretations"]!.AsArray();
        register.Remove(InterpretationRegisterTests.Entry(json, "namn-nyare-anvisning"));

        Assert.Contains(Problems(json), p => p.StartsWith("$.overruledNameNote: ett tillägg som anger kontakttyper måste ange tolkningen", StringComparison.Ordinal));
    }

    [Fact]
    public void ShouldReadTheShippedRegisterWithKindsQuotesAndReadings()
    {
        var set = RuleSetParser.Parse(InterpretationRegisterTests.ShippedJson("skane-1177d").ToJsonString(), "skane-1177d.json");

        Assert.Equal("namn-nyare-anvisning", set.OverruledNameNote);
        Assert.Equal("fore-giltighet", set.NoteBeforeValidity!.Id);
        var entry = set.Interpretation("namn-nyare-anvisning")!;
        Assert.Equal(Vocabulary.NoteKind.Interpretation, entry.Kind);
        Assert.Equal(new SourceQuote("skane-1177d", "§4.3", "Text som inte ersätter besök"), entry.Quotes[0]);
        Assert.StartsWith("När regeluppsättningen i bruk är nyare", entry.Reading, StringComparison.Ordinal);
    }

    private static IReadOnlyList<string> Problems(JsonObject json) =>
        Assert.Throws<RuleSetFormatException>(() => RuleSetParser.Parse(json.ToJsonString(), "test.json")).Problems;

    private static JsonObject Note(JsonObject set, string ruleId) =>
        set["rules"]!.AsArray().Select(r => r!.AsObject()).Single(r => (string?)r["id"] == ruleId)["notes"]![0]!.AsObject();
}
