using Bunit;
using Distanskontakt.Domain;
using Distanskontakt.Domain.Privacy;
using Distanskontakt.Web.Components.Pages.Registrera;
using Distanskontakt.Web.Components.Pages.Registrera.Components;
using Microsoft.AspNetCore.Components.Web;

namespace Distanskontakt.Web.Tests.Wizard;

/// <summary>The search field at the top of the wizard (issue 13): type, arrow, Enter, and the wizard goes on.</summary>
public sealed class SituationSearchTests : WizardTestContext
{
    private const string Start = "/registrera?system=pmo&contactDate=2026-06-01";
    private const string NormalTestResultByPhone = "ringde upp och lämnade normalt provsvar";

    [Fact]
    public void ShouldShowTheMatchingExamplesVerbatimWithTheMatchedWordsMarked()
    {
        var cut = Open(Start);

        Field(cut).Input(NormalTestResultByPhone);

        var first = cut.WaitForElement("[role=listbox] [role=option]");
        Assert.Equal("v4-1.6.4-5", first.GetAttribute("data-situation-result"));
        Assert.Equal(
            "Ringer upp patienten och lämnar ett provsvar som är normalt där man inte gör någon förändring av behandling.",
            first.QuerySelector(".quote")!.TextContent);
        Assert.Equal(["Ringer", "lämnar", "provsvar", "normalt"], first.QuerySelectorAll("mark").Select(m => m.TextContent));
        Assert.Contains("Kontaktsätt: Telefon", first.QuerySelector(".meta")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("true", Field(cut).GetAttribute("aria-expanded"));
        Assert.Matches(@"^\d+ exempel\.", cut.Find("#situationssok-status").TextContent);
    }

    [Fact]
    public void ShouldMoveTheActiveExampleWithTheArrowKeys()
    {
        var cut = Open(Start);
        Field(cut).Input(NormalTestResultByPhone);
        cut.WaitForElement("[role=option]");

        Field(cut).KeyDown(new KeyboardEventArgs { Key = "ArrowDown" });
        Field(cut).KeyDown(new KeyboardEventArgs { Key = "ArrowDown" });
        Field(cut).KeyDown(new KeyboardEventArgs { Key = "ArrowUp" });

        Assert.Equal("situationssok-exempel-0", Field(cut).GetAttribute("aria-activedescendant"));
        Assert.Equal("true", cut.Find("#situationssok-exempel-0").GetAttribute("aria-selected"));
        Assert.Equal("false", cut.Find("#situationssok-exempel-1").GetAttribute("aria-selected"));
    }

    [Fact]
    public void ShouldWriteThePickedExamplesAnswersIntoTheAddressAndAskTheFirstOpenQuestion()
    {
        var cut = Open(Start);
        Field(cut).Input(NormalTestResultByPhone);
        cut.WaitForElement("[role=option]");

        Field(cut).KeyDown(new KeyboardEventArgs { Key = "ArrowDown" });
        Field(cut).KeyDown(new KeyboardEventArgs { Key = "Enter" });

        cut.WaitForAssertion(() => Assert.Equal(Start + "&channel=phone&replacesVisit=false", Address));
        var expected = Engine.Decide(WizardUrl.Parse("http://localhost" + Address, Engine.Today).Answers).NextQuestion!;
        cut.WaitForAssertion(() => Assert.Equal(expected.Text, cut.Find("h2.question-text").TextContent));
        Assert.NotEqual("Hur skedde kontakten?", expected.Text);
        Assert.Empty(cut.FindAll("[role=listbox]"));
    }

    [Fact]
    public void ShouldPickAnExampleByClickToo()
    {
        var cut = Open("/registrera?system=pasis&contactDate=2024-06-03");
        Field(cut).Input("ombud ringer om tolk");

        cut.WaitForElement("[role=option]").Click();

        cut.WaitForAssertion(() => Assert.Equal("/registrera?system=pasis&contactDate=2024-06-03&channel=phone&replacesVisit=false", Address));
    }

    [Fact]
    public void ShouldRefuseAPersonnummerWithoutSearchingOrRepeatingIt()
    {
        var cut = Render<SituationSearch>(p => p.Add(s => s.System, Domain.Vocabulary.RegistrationSystem.Pmo).Add(s => s.ContactDate, new DateOnly(2026, 6, 1)));

        Field(cut).Input("ringde 19121212-1212 om provsvar");

        Assert.Equal(PersonnummerDetector.RefusalMessage, cut.Find("#situationssok-status").TextContent);
        Assert.Empty(cut.FindAll("[role=listbox]"));
        Assert.DoesNotContain("19121212", cut.Markup, StringComparison.Ordinal);
    }

    [Fact]
    public void ShouldSayWhenNoExampleMatchesAndCloseWithEscape()
    {
        var cut = Render<SituationSearch>(p => p.Add(s => s.System, Domain.Vocabulary.RegistrationSystem.Pmo).Add(s => s.ContactDate, new DateOnly(2026, 6, 1)));

        Field(cut).Input("xyzzy");
        Assert.StartsWith("Inget av anvisningens exempel", cut.Find("#situationssok-status").TextContent, StringComparison.Ordinal);
        Assert.Equal("false", Field(cut).GetAttribute("aria-expanded"));
        Assert.Null(Field(cut).GetAttribute("aria-controls"));

        Field(cut).Input("provsvar");
        Assert.NotEmpty(cut.FindAll("[role=option]"));
        Field(cut).KeyDown(new KeyboardEventArgs { Key = "Escape" });
        Assert.Empty(cut.FindAll("[role=option]"));
    }

    [Fact]
    public void ShouldSearchTheOpenListAgainWhenTheContactDateMovesToAnotherRuleSet()
    {
        var cut = Render<SituationSearch>(p => p.Add(s => s.System, Domain.Vocabulary.RegistrationSystem.Pasis).Add(s => s.ContactDate, new DateOnly(2026, 6, 1)));
        Field(cut).Input("ombud ringer om tolk");
        Assert.StartsWith("v4-", cut.Find("[role=option]").GetAttribute("data-situation-result"), StringComparison.Ordinal);

        cut.Render(p => p.Add(s => s.ContactDate, new DateOnly(2024, 6, 3)));

        Assert.StartsWith("v3-", cut.Find("[role=option]").GetAttribute("data-situation-result"), StringComparison.Ordinal);
    }

    [Fact]
    public void ShouldNotOfferTheSearchBeforeTheSystemIsChosen()
    {
        var cut = Open();

        Assert.Empty(cut.FindAll("[data-situation-search]"));
    }

    private static AngleSharp.Dom.IElement Field<T>(IRenderedComponent<T> cut) where T : Microsoft.AspNetCore.Components.IComponent =>
        cut.Find("input[data-situation-search]");
}
