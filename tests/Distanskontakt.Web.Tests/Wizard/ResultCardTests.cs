using Bunit;
using Distanskontakt.Domain.Outcomes;
using Distanskontakt.Domain.Vocabulary;
using Distanskontakt.TestUtilities;
using Distanskontakt.Web.Components.Pages.Registrera.Components;

namespace Distanskontakt.Web.Tests.Wizard;

public sealed class ResultCardTests : WizardTestContext
{
    private static readonly DateOnly _midV4 = new(2026, 6, 1);

    private IRenderedComponent<ResultCard> RenderCard(Outcome outcome, DateOnly? today = null) =>
        Render<ResultCard>(p => p
            .Add(c => c.Outcome, outcome)
            .Add(c => c.ContactDate, _midV4)
            .Add(c => c.Today, today ?? _midV4)
            .Add(c => c.RuleSetEnd, outcome.RuleSet.ValidTo));

    private static string Squeezed(string text) =>
        string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));

    [Fact]
    public void ShouldShowThePasisCodeAndNameAsTheTypeToRegister()
    {
        var cut = RenderCard(OutcomeFor(new AnswersBuilder().Pasis().On(2026, 6, 1).Phone().SupportProgram(false).ReplacingVisit().Build()));

        Assert.Equal("Registrera som", cut.Find(".verdict-lead").TextContent);
        Assert.Equal("KT Telefon kval", Squeezed(cut.Find(".contact-type").TextContent));
    }

    [Fact]
    public void ShouldShowThePmoVardkontaktNameAsTheTypeToRegister()
    {
        var cut = RenderCard(OutcomeFor(new AnswersBuilder().Pmo().On(2026, 6, 1).Phone().Ordinary().ReplacingVisit().Build()));

        Assert.Equal("Telefonkontakt som ersätter besök", Squeezed(cut.Find(".contact-type").TextContent));
    }

    [Fact]
    public void ShouldMarkAVoluntaryRegistrationAsVoluntaryAndStillNameTheType()
    {
        var cut = RenderCard(OutcomeFor(new AnswersBuilder().Pasis().On(2026, 6, 1).Phone().SupportProgram(false)
            .NotReplacingVisit().LeadsToVisitSameDay(false).Build()));

        Assert.Equal("Frivillig registrering", cut.Find(".verdict-main").TextContent);
        Assert.Equal("frivilligt", cut.Find(".verdict .badge").TextContent);
        Assert.Equal("TE Telefon stand", Squeezed(cut.Find(".contact-type").TextContent));
    }

    [Fact]
    public void ShouldSayClearlyWhenNothingIsRegistered()
    {
        var cut = RenderCard(OutcomeFor(new AnswersBuilder().Pasis().On(2026, 6, 1).PatientSelfService().Build()));

        Assert.Equal("Ingen registrering", cut.Find(".verdict-main").TextContent);
        Assert.Empty(cut.FindAll(".contact-type"));
        Assert.Contains("result-none", cut.Find("section.result").ClassName, StringComparison.Ordinal);
    }

    [Fact]
    public void ShouldSayWhenTheInstructionDoesNotDescribeTheCase()
    {
        // skane-v3 has no section for PMO video that does not replace a visit (without 1177 direkt).
        var outcome = OutcomeFor(new AnswersBuilder().Pmo().On(2024, 6, 3).Video().Ordinary().NotReplacingVisit().Build());
        Assert.Equal(RegistrationKind.NotCovered, outcome.Registration);

        var cut = RenderCard(outcome);

        Assert.Equal("Anvisningen beskriver inte detta fall", cut.Find(".verdict-main").TextContent);
        Assert.Empty(cut.FindAll(".contact-type"));
    }

    [Fact]
    public void ShouldGroupObligationsByLevelAsAChecklist()
    {
        var cut = RenderCard(OutcomeFor(new AnswersBuilder().Pmo().On(2026, 6, 1).Video().Ordinary().ReplacingVisit().Build()));

        Assert.Equal(["Krävs", "Vid behov"], cut.FindAll(".obligations h4").Select(h => h.TextContent));
        Assert.Equal(["Journalför kontakten.", "Registrera diagnos."],
            cut.FindAll("[data-level=required] label").Select(l => l.TextContent));
        Assert.Equal(["Registrera KVÅ-kod för utförd åtgärd."],
            cut.FindAll("[data-level=ifApplicable] label").Select(l => l.TextContent));
        Assert.Equal(3, cut.FindAll(".obligations input[type=checkbox]").Count);
    }

    [Fact]
    public void ShouldShowEveryNoteWithItsKindVisiblyNamed()
    {
        var outcome = OutcomeFor(new AnswersBuilder().Pmo().On(2026, 6, 1).Video().Ordinary().ReplacingVisit().Build()) with
        {
            Notes =
            [
                new Note(NoteKind.Info, "En upplysning."),
                new Note(NoteKind.Interpretation, "En tolkning."),
                new Note(NoteKind.CarriedOver, "Från version 3."),
                new Note(NoteKind.Conflict, "Anvisningarna säger olika."),
                new Note(NoteKind.Expired, "Anvisningen har upphört."),
            ],
        };

        var cut = RenderCard(outcome);

        var notes = cut.FindAll(".notes li").Select(li => (
            Kind: li.QuerySelector(".note-kind")!.TextContent,
            Text: li.QuerySelector(".note-text")!.TextContent)).ToList();
        Assert.Equal(
            [
                ("Konflikt mellan anvisningar", "Anvisningarna säger olika."),
                ("Upphörd anvisning", "Anvisningen har upphört."),
                ("Överfört från äldre version", "Från version 3."),
                ("Tolkning", "En tolkning."),
                ("Information", "En upplysning."),
            ],
            notes);
    }

    [Fact]
    public void ShouldExpandEachSourceToTheInstructionsOwnText()
    {
        var cut = RenderCard(OutcomeFor(new AnswersBuilder().Pasis().On(2026, 6, 1).Phone().SupportProgram(false).ReplacingVisit().Build()));
        var section = SourceTexts.Section("skane-v4", "§1.7.3")!;

        var details = cut.Find("details.source[data-section='§1.7.3']");

        Assert.False(details.HasAttribute("open"));
        Assert.Contains("§1.7.3 PASiS – kontakttyp KT", details.QuerySelector("summary")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(section.Paragraphs, details.QuerySelectorAll("blockquote > p").Select(p => p.TextContent));
        Assert.Equal(section.Examples, details.QuerySelectorAll("blockquote li").Select(li => li.TextContent));
        Assert.Contains("Registreringsanvisningar distanskontakter i Region Skåne, version 4.0",
            details.QuerySelector(".attribution cite")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void ShouldQuoteAnUnnumberedOlderSectionByItsHeading()
    {
        var cut = RenderCard(OutcomeFor(new AnswersBuilder().Pasis().On(2024, 6, 3).Phone().SupportProgram(false).ReplacingVisit().Build()));

        var summary = cut.Find("details.source[data-section='PASiS – kontakttyp KT'] summary").TextContent;

        Assert.Contains("PASiS – kontakttyp KT (Telefon-ersätter besök)", summary, StringComparison.Ordinal);
    }

    [Fact]
    public void ShouldNameTheRuleSetThatDecidedWithItsValidity()
    {
        var cut = RenderCard(OutcomeFor(new AnswersBuilder().Pasis().On(2026, 6, 1).Phone().SupportProgram(false).ReplacingVisit().Build()));

        var ruleSet = Squeezed(cut.Find(".rule-set p").TextContent);

        Assert.Contains("skane-v4", ruleSet, StringComparison.Ordinal);
        Assert.Contains("Giltighet 2025-01-01 – 2026-12-31", ruleSet, StringComparison.Ordinal);
        Assert.Empty(cut.FindAll(".warning"));
    }

    [Fact]
    public void ShouldWarnWhenTheRuleSetEndsWithinSixtyDays()
    {
        var outcome = OutcomeFor(new AnswersBuilder().Pasis().On(2026, 6, 1).Phone().SupportProgram(false).ReplacingVisit().Build());

        var cut = RenderCard(outcome, today: new DateOnly(2026, 11, 24));

        Assert.Contains("upphör 2026-12-31 (om 37 dagar)", cut.Find(".warning").TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void ShouldWarnWhenTheRuleSetHasExpired()
    {
        var outcome = OutcomeFor(new AnswersBuilder().Pasis().On(2026, 6, 1).Phone().SupportProgram(false).ReplacingVisit().Build());
        outcome = outcome with { RuleSet = outcome.RuleSet with { Status = RuleSetStatus.Expired } };

        var cut = RenderCard(outcome, today: new DateOnly(2027, 2, 1));

        Assert.Contains("har upphört", cut.Find(".warning").TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void ShouldRaiseCopyAndNewContactFromTheirButtons()
    {
        var outcome = OutcomeFor(new AnswersBuilder().Pasis().On(2026, 6, 1).PatientSelfService().Build());
        var copied = 0;
        var restarted = 0;
        var cut = Render<ResultCard>(p => p
            .Add(c => c.Outcome, outcome)
            .Add(c => c.ContactDate, _midV4)
            .Add(c => c.Today, _midV4)
            .Add(c => c.OnCopy, () => copied++)
            .Add(c => c.OnNewContact, () => restarted++));

        cut.FindAll("button").Single(b => b.TextContent == "Kopiera").Click();
        cut.FindAll("button").Single(b => b.TextContent == "Ny kontakt").Click();

        Assert.Equal((1, 1), (copied, restarted));
    }
}
