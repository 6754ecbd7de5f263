using Distanskontakt.Domain.RuleSets;
using Distanskontakt.TestUtilities;

namespace Distanskontakt.Domain.Tests.RuleSets;

/// <summary>Issue 12, "Done when": the skane-v5 fixture drops one interpretation and adds one.</summary>
public sealed class InterpretationDiffTests
{
    private static RuleSet V4 => Clocks.Catalog.All.Single(s => s.Id == "skane-v4");

    [Fact]
    public void ShouldShowTheOneDroppedAndTheOneAddedInterpretationOfSkaneV5()
    {
        var diff = InterpretationDiff.Compare(V4, SkaneV5Fixture.Parse());

        Assert.Equal(SkaneV5Fixture.AddedInterpretationId, Assert.Single(diff.Added).Id);
        Assert.Equal(SkaneV5Fixture.DroppedInterpretationId, Assert.Single(diff.Dropped).Id);
        Assert.Empty(diff.Changed);
        Assert.False(diff.IsEmpty);
        // The fixture is uploaded in the browser tests: its added quote must pass the check an upload gets.
        Assert.Empty(InterpretationRegister.QuoteProblems(SkaneV5Fixture.Parse(), Sources.SourceTextCatalog.Shipped));
    }

    [Fact]
    public void ShouldShowAChangedReadingAsChangedNotAsAddedAndDropped()
    {
        var json = SkaneV5Fixture.Json();
        InterpretationRegisterTests.Entry(json, "triage-utover-kontakttyp")["reading"] = "Triage före annat besök registreras i stället för kontakttypen.";
        var v5 = RuleSetParser.Parse(json.ToJsonString(), "skane-v5.json");

        var diff = InterpretationDiff.Compare(V4, v5);

        var (old, changed) = Assert.Single(diff.Changed);
        Assert.Equal("triage-utover-kontakttyp", changed.Id);
        Assert.NotEqual(old.Reading, changed.Reading);
        Assert.Single(diff.Added);
        Assert.Single(diff.Dropped);
    }

    [Fact]
    public void ShouldShowNothingForASetThatOnlyRenamesItsRules()
    {
        Assert.True(InterpretationDiff.Compare(V4, SkaneV5Fixture.Parse(renameOnly: true)).IsEmpty);
    }

    [Fact]
    public void ShouldTreatAnotherQuoteAsAChange()
    {
        var json = SkaneV5Fixture.Json(renameOnly: true);
        InterpretationRegisterTests.Entry(json, "sob-uw040-fran-v3")["quotes"]![0]!["section"] = "PASiS – kontakttyp KT";

        var diff = InterpretationDiff.Compare(V4, RuleSetParser.Parse(json.ToJsonString(), "skane-v5.json"));

        Assert.Equal("sob-uw040-fran-v3", Assert.Single(diff.Changed).New.Id);
    }
}
