using Bunit;
using Distanskontakt.TestUtilities;
using Distanskontakt.Web.Components.Pages.Admin.Regler;

namespace Distanskontakt.Web.Tests.Admin.Regler;

/// <summary>Spec §10.4 on the approver's pages: the register of a set, and the register diff in the preview.</summary>
public sealed class InterpretationPagesTests : RuleSetPagesTestContext
{
    [Fact]
    public void ShouldListEveryEntryOfSkaneV4WithItsQuotesReadingAndCarryingRules()
    {
        var cut = RenderPage<Tolkningar>(parameters => parameters.Add(p => p.SetId, "skane-v4"));

        Assert.Equal("Tolkningar i skane-v4", cut.Find("h1").TextContent);
        Assert.Equal(["sob-ersatter-besok", "sob-attribut-fran-v3", "sob-uw040-fran-v3", "triage-utover-kontakttyp", "triage-1177d-konflikt"],
            cut.FindAll("article.entry").Select(a => a.GetAttribute("data-interpretation")));
        var triage = cut.Find("article.entry[data-interpretation='triage-utover-kontakttyp']");
        Assert.Equal(
            ["skane-v4 §1.6.2", "skane-v4 §1.6.4", "skane-v4 §1.6.6"],
            triage.QuerySelectorAll("figcaption").Select(c => c.TextContent));
        Assert.Equal("När kontakt leder till besök samma dag på samma enhet registreras Triage före annat besök.",
            triage.QuerySelectorAll("blockquote")[2].TextContent);
        Assert.StartsWith("Anvisningen säger inte om Triage före annat besök", triage.QuerySelector(".reading")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(["v4-triage-pmo-video", "v4-triage-pmo-telefon", "v4-triage-pmo-text"],
            triage.QuerySelectorAll(".carriers code").Select(c => c.TextContent));
        Assert.Contains("Tolkning", triage.QuerySelector(".kind")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("Konflikt mellan anvisningar", cut.Find("article.entry[data-interpretation='triage-1177d-konflikt'] .kind").TextContent);
        Assert.NotNull(cut.Find("button.print-button"));
    }

    [Fact]
    public void ShouldNameTheOverlaysOwnNotesInWordsAndLinkTheOtherSets()
    {
        var cut = RenderPage<Tolkningar>(parameters => parameters.Add(p => p.SetId, "skane-1177d"));

        var overruled = cut.Find("article.entry[data-interpretation='namn-nyare-anvisning'] .carriers li");
        Assert.Contains("nyare regeluppsättnings namn", overruled.TextContent, StringComparison.Ordinal);
        Assert.Equal(["admin/regler/skane-v3/tolkningar", "admin/regler/skane-v4/tolkningar"],
            cut.FindAll(".other-sets a").Select(a => a.GetAttribute("href")).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void ShouldSayAnUnknownSetDoesNotExist()
    {
        var cut = RenderPage<Tolkningar>(parameters => parameters.Add(p => p.SetId, "skane-v9"));

        Assert.Equal("Regeluppsättningen finns inte", cut.Find("h1").TextContent);
        Assert.Empty(cut.FindAll("article.entry"));
    }

    [Fact]
    public void ShouldLinkEachSetOfTheListToItsRegister()
    {
        var cut = RenderPage<Components.Pages.Admin.Regler.Regler>();

        Assert.Equal("admin/regler/skane-v4/tolkningar", cut.Find("tr[data-set='skane-v4'] a.register-link").GetAttribute("href"));
    }

    [Fact]
    public void ShouldShowTheAddedAndTheDroppedInterpretationInThePreviewOfSkaneV5()
    {
        var id = Guid.NewGuid();
        var v5 = RuleSetFixtures.V5();
        Administration.Add(RuleSetFixtures.PreviewOf(v5, RuleSetFixtures.FileOf(v5, id)));

        var cut = RenderPage<Forhandsgranskning>(parameters => parameters.Add(p => p.Id, id));

        cut.WaitForAssertion(() => Assert.NotEmpty(cut.FindAll(".interpretation-diff")));
        Assert.Equal("Tolkningar mot skane-v4", cut.Find("#interpretation-diff-heading").TextContent);
        var added = Assert.Single(cut.FindAll(".interpretations-added article"));
        Assert.Equal(SkaneV5Fixture.AddedInterpretationId, added.GetAttribute("data-interpretation"));
        Assert.Equal("skane-v4 §1.7.4", added.QuerySelector("figcaption")!.TextContent);
        var dropped = Assert.Single(cut.FindAll(".interpretations-dropped article"));
        Assert.Equal(SkaneV5Fixture.DroppedInterpretationId, dropped.GetAttribute("data-interpretation"));
        Assert.Empty(cut.FindAll(".interpretations-changed"));
        Assert.Contains("nya 1, ändrade 0, borttagna 1", cut.Find(".interpretation-diff .register-diff-summary").TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void ShouldShowAChangedReadingBeforeAndAfterInThePreview()
    {
        var json = SkaneV5Fixture.Json(renameOnly: true);
        json["interpretations"]!.AsArray().Single(e => (string?)e!["id"] == "sob-uw040-fran-v3")!["reading"] = "UW040 registreras bara i PASiS-kontakttyp TE.";
        var v5 = Domain.RuleSets.RuleSetParser.Parse(json.ToJsonString(), "skane-v5.json");
        var id = Guid.NewGuid();
        Administration.Add(RuleSetFixtures.PreviewOf(v5, RuleSetFixtures.FileOf(v5, id)));

        var cut = RenderPage<Forhandsgranskning>(parameters => parameters.Add(p => p.Id, id));

        cut.WaitForAssertion(() => Assert.NotEmpty(cut.FindAll(".interpretations-changed")));
        var pair = cut.Find(".changed-pair[data-interpretation='sob-uw040-fran-v3']");
        var readings = pair.QuerySelectorAll(".reading").Select(r => r.TextContent).ToArray();
        Assert.Contains("UW040 krävs på varje registrerad PASiS-kontakt", readings[0], StringComparison.Ordinal);
        Assert.Contains("UW040 registreras bara i PASiS-kontakttyp TE.", readings[1], StringComparison.Ordinal);
        Assert.Empty(cut.FindAll(".interpretations-added"));
        Assert.Empty(cut.FindAll(".interpretations-dropped"));
    }
}
