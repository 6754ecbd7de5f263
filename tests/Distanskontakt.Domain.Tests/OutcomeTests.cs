using Distanskontakt.Domain.Engine;
using Distanskontakt.Domain.Outcomes;
using Distanskontakt.Domain.Vocabulary;
using Distanskontakt.TestUtilities;

namespace Distanskontakt.Domain.Tests;

/// <summary>The spec's special cases, one behaviour each; the scenario tests cover the tables row by row.</summary>
public sealed class OutcomeTests
{
    [Fact]
    public void ShouldRegisterTelefonsamtalWithTriageWhenPhoneDoesNotReplaceVisitButLeadsToOne()
    {
        var outcome = Clocks.Engine().Decide(new AnswersBuilder().On(2025, 6, 2).Pmo().Phone().Ordinary().NotReplacingVisit().LeadsToVisitSameDay().Build()).Outcome!;

        Assert.Equal("Telefonsamtal", outcome.ContactType!.Name);
        Assert.Null(outcome.ContactType.Code);
        Assert.Contains(outcome.Obligations, o => o is { Id: ObligationId.TriageBeforeOtherVisit, Level: ObligationLevel.Required });
        Assert.Equal(["v4-pmo-telefon-ej-ersatter", "v4-triage-pmo-telefon"], outcome.Trace);
    }

    [Fact]
    public void ShouldKeepV4NamesWith1177DirektAndNoteTheConflictingTriage()
    {
        var outcome = Clocks.Engine().Decide(new AnswersBuilder().On(2025, 6, 2).Pmo().Text().Via1177Direkt().HandedOver(false)
            .SupportProgram(false).NotReplacingVisit().LeadsToVisitSameDay().Build()).Outcome!;

        Assert.Equal("Text/chatt som inte ersätter besök", outcome.ContactType!.Name);
        Assert.Contains(outcome.Notes, n => n.Kind == NoteKind.Conflict);
        Assert.Contains(outcome.Notes, n => n.Kind == NoteKind.Interpretation && n.Text.Contains("Text som inte ersätter besök", StringComparison.Ordinal));
        Assert.Contains(outcome.Notes, n => n.Kind == NoteKind.Expired);
        Assert.Equal(
            [ObligationId.Journal, ObligationId.Diagnosis, ObligationId.Procedure, ObligationId.Attribute1177Direkt, ObligationId.Close1177Case, ObligationId.TriageBeforeOtherVisit],
            outcome.Obligations.Select(o => o.Id));
        Assert.Equal(ObligationLevel.Required, outcome.Obligations.Single(o => o.Id == ObligationId.Journal).Level);
    }

    [Fact]
    public void ShouldNameThePhoneTypesWithout1177DirektInterpretationNote()
    {
        var outcome = Clocks.Engine().Decide(new AnswersBuilder().On(2025, 6, 2).Pmo().Phone().Via1177Direkt().HandedOver(false)
            .SupportProgram(false).ReplacingVisit().Build()).Outcome!;

        Assert.Equal("Telefonkontakt som ersätter besök", outcome.ContactType!.Name);
        Assert.DoesNotContain(outcome.Notes, n => n.Kind == NoteKind.Interpretation);
    }

    [Fact]
    public void ShouldApplyThe1177DirektOverlayBeforeItsStartWithAnInterpretationNote()
    {
        var outcome = Clocks.Engine().Decide(new AnswersBuilder().On(2023, 3, 1).Pmo().Video().Via1177Direkt().HandedOver(false)
            .SupportProgram(false).NotReplacingVisit().Build()).Outcome!;

        Assert.Equal("skane-v3", outcome.RuleSet.Id);
        Assert.Equal("Text som inte ersätter besök", outcome.ContactType!.Name);
        Assert.Contains(outcome.Notes, n => n.Kind == NoteKind.Interpretation && n.Text.Contains("2023-04-11", StringComparison.Ordinal));
    }

    [Fact]
    public void ShouldMarkTheHandoverAsExpiredInstructionAfterTheOverlayEnded()
    {
        var outcome = Clocks.Engine().Decide(new AnswersBuilder().On(2025, 6, 2).Pmo().Text().Via1177Direkt().HandedOver().Build()).Outcome!;

        Assert.Equal(RegistrationKind.None, outcome.Registration);
        Assert.Contains(outcome.Notes, n => n.Kind == NoteKind.Expired);
        Assert.Contains(outcome.Sources, s => s.Document == "skane-1177d" && s.Section == "§3.1.2");
    }

    [Fact]
    public void ShouldCarryOverSobAndUW040FromV3()
    {
        var pmo = Clocks.Engine().Decide(new AnswersBuilder().On(2025, 6, 2).Pmo().Video().Via1177Direkt(false).SupportProgram().JournalDocumented().ReplacingVisit().Build()).Outcome!;
        var pasis = Clocks.Engine().Decide(new AnswersBuilder().On(2025, 6, 2).Pasis().Text().SupportProgram().JournalDocumented().NotReplacingVisit().Build()).Outcome!;

        Assert.Contains(pmo.Obligations, o => o is { Id: ObligationId.AttributeSob, Level: ObligationLevel.Required });
        Assert.Contains(pmo.Notes, n => n.Kind == NoteKind.CarriedOver);
        Assert.Equal(RegistrationKind.Optional, pasis.Registration);
        Assert.Contains(pasis.Obligations, o => o is { Id: ObligationId.KvaUW040, Level: ObligationLevel.Required });
    }

    [Fact]
    public void ShouldRegisterNothingForSupportProgramContactThatDoesNotReplaceAVisitWithoutJournal()
    {
        var result = Clocks.Engine().Decide(new AnswersBuilder().On(2025, 6, 2).Pasis().Phone().SupportProgram().NotReplacingVisit().JournalDocumented(false).Build());

        Assert.True(result.Complete);
        Assert.Equal(RegistrationKind.None, result.Outcome!.Registration);
        Assert.Equal(["v4-sob-utan-journal"], result.Outcome.Trace);
    }

    [Fact]
    public void ShouldAskWhetherASupportProgramContactReplacesAVisitBeforeAskingAboutTheJournal()
    {
        var result = Clocks.Engine().Decide(new AnswersBuilder().On(2025, 6, 2).Pasis().Phone().SupportProgram().JournalDocumented(false).Build());

        Assert.False(result.Complete);
        Assert.Equal([Input.ReplacesVisit], result.Missing);
    }

    [Theory]
    [InlineData(2025, 5, 6, "skane-v4", "§1.4", "§1.5")]
    [InlineData(2024, 5, 6, "skane-v3", "Distanskontakter som ersätter besök – övergripande principer för vård och behandling", "Tillägg för Program via Stöd och behandlingsplattformen via 1177")]
    public void ShouldRegisterASupportProgramContactThatReplacesAVisitWithoutAskingAboutTheJournal(int year, int month, int day, string set, string principles, string program)
    {
        var result = Clocks.Engine().Decide(new AnswersBuilder().On(year, month, day).Pmo().Video().Ordinary().SupportProgram().ReplacingVisit().Build());

        Assert.True(result.Complete, $"missing {string.Join(", ", result.Missing)}");
        var outcome = result.Outcome!;
        Assert.Equal(set, outcome.RuleSet.Id);
        Assert.Equal(RegistrationKind.Register, outcome.Registration);
        Assert.Contains(outcome.Obligations, o => o is { Id: ObligationId.Journal, Level: ObligationLevel.Required });
        Assert.Contains(outcome.Obligations, o => o is { Id: ObligationId.AttributeSob, Level: ObligationLevel.Required });
        Assert.Contains(outcome.Notes, n => n.Kind == NoteKind.Interpretation && n.Text.Contains("Görs ingen journaldokumentation görs ingen kontaktregistrering", StringComparison.Ordinal));
        Assert.Contains(new SourceReference(set, principles), outcome.Sources);
        Assert.Contains(new SourceReference(set, program), outcome.Sources);
        Assert.DoesNotContain(Input.JournalDocumented, result.Answered);
    }

    [Fact]
    public void ShouldTellPasisStaffToDocumentStaffContactsInMelior()
    {
        var outcome = Clocks.Engine().Decide(new AnswersBuilder().On(2025, 6, 2).Pasis().StaffAboutPatient().Build()).Outcome!;

        Assert.Equal(RegistrationKind.None, outcome.Registration);
        Assert.Equal([ObligationId.DocumentInMelior], outcome.Obligations.Select(o => o.Id));
    }

    [Fact]
    public void ShouldUseTheLastRuleSetAsExpiredAfterItsEnd()
    {
        var engine = Clocks.Engine(Clocks.At(2027, 2, 1));

        var outcome = engine.Decide(new AnswersBuilder().On(2027, 1, 15).Pmo().NoteWithoutContact().Build()).Outcome!;

        Assert.Equal("skane-v4", outcome.RuleSet.Id);
        Assert.Equal(RuleSetStatus.Expired, outcome.RuleSet.Status);
        Assert.Contains(outcome.Notes, n => n.Kind == NoteKind.Expired && n.Text.StartsWith("skane-v4", StringComparison.Ordinal));
    }
}
