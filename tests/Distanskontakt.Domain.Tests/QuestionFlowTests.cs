using Distanskontakt.Domain.Engine;
using Distanskontakt.Domain.Vocabulary;
using Distanskontakt.TestUtilities;

namespace Distanskontakt.Domain.Tests;

public sealed class QuestionFlowTests
{
    private readonly DecisionEngine _engine = Clocks.Engine();

    [Fact]
    public void ShouldAskSystemFirstWhenNothingIsAnswered()
    {
        var result = _engine.Decide(Answers.Empty);

        Assert.False(result.Complete);
        Assert.Equal(Input.System, result.NextQuestion!.Id);
        Assert.Equal([Input.System, Input.Channel], result.Missing);
    }

    [Fact]
    public void ShouldAskAbout1177DirektOnlyForPmoConversations()
    {
        var pmo = _engine.Decide(new AnswersBuilder().On(2025, 6, 2).Pmo().Text().Build());
        var pasis = _engine.Decide(new AnswersBuilder().On(2025, 6, 2).Pasis().Text().Build());

        Assert.Equal(Input.Via1177Direkt, pmo.NextQuestion!.Id);
        Assert.DoesNotContain(Input.Via1177Direkt, pasis.Missing);
        Assert.Equal(Input.SupportProgram, pasis.NextQuestion!.Id);
    }

    [Fact]
    public void ShouldStopAtTheHandoverAndNotAskAboutSupportProgram()
    {
        var result = _engine.Decide(new AnswersBuilder().On(2023, 6, 1).Pmo().Text().Via1177Direkt().HandedOver()
            .SupportProgram().JournalDocumented(false).Build());

        Assert.True(result.Complete);
        Assert.Equal(RegistrationKind.None, result.Outcome!.Registration);
        Assert.Equal(["1177d-overlamnat"], result.Outcome.Trace);
        Assert.DoesNotContain(Input.SupportProgram, result.Answered);
        Assert.Null(result.Answers.SupportProgram);
    }

    [Fact]
    public void ShouldNotAskAboutTriageWhereTheRuleSetHasNone()
    {
        var v3Text = _engine.Decide(new AnswersBuilder().On(2024, 6, 3).Pmo().Text().Ordinary().NotReplacingVisit().Build());
        var v4Text = _engine.Decide(new AnswersBuilder().On(2025, 6, 2).Pmo().Text().Ordinary().NotReplacingVisit().Build());
        var pasisVideo = _engine.Decide(new AnswersBuilder().On(2025, 6, 2).Pasis().Video().SupportProgram(false).NotReplacingVisit().Build());

        Assert.True(v3Text.Complete);
        Assert.Equal("Text som inte ersätter besök", v3Text.Outcome!.ContactType!.Name);
        Assert.Equal(Input.LeadsToVisitSameDaySameUnit, v4Text.NextQuestion!.Id);
        Assert.True(pasisVideo.Complete);
        Assert.Equal("VS", pasisVideo.Outcome!.ContactType!.Code);
    }

    [Fact]
    public void ShouldReportAMissingEarlierAnswerEvenWhenLaterOnesAreGiven()
    {
        var result = _engine.Decide(new AnswersBuilder().On(2025, 6, 2).Pasis().Phone().NotReplacingVisit().LeadsToVisitSameDay(false).Build());

        Assert.False(result.Complete);
        Assert.Equal([Input.SupportProgram], result.Missing);
    }

    [Fact]
    public void ShouldDropAnswersThatAreNotOnThePath()
    {
        var result = _engine.Decide(new AnswersBuilder().On(2025, 6, 2).Pasis().NoteWithoutContact().Via1177Direkt().ReplacingVisit().Build());

        Assert.True(result.Complete);
        Assert.Equal(RegistrationKind.NotCovered, result.Outcome!.Registration);
        Assert.Null(result.Outcome.ContactType);
        Assert.Null(result.Answers.Via1177Direkt);
        Assert.Null(result.Answers.ReplacesVisit);
    }

    [Fact]
    public void ShouldRefuseAContactDateAfterTodayInStockholm()
    {
        // 23:30 UTC on 31 May is already 1 June in Stockholm (summer time): 1 June is today, 2 June is not.
        var engine = Clocks.Engine(new Microsoft.Extensions.Time.Testing.FakeTimeProvider(new DateTimeOffset(2026, 5, 31, 23, 30, 0, TimeSpan.Zero)));

        Assert.Equal(new DateOnly(2026, 6, 1), engine.Today);
        engine.Decide(new AnswersBuilder().On(2026, 6, 1).Pmo().NoteWithoutContact().Build());
        Assert.Throws<ContactDateInFutureException>(() => engine.Decide(new AnswersBuilder().On(2026, 6, 2).Pmo().NoteWithoutContact().Build()));
    }

    [Fact]
    public void ShouldUseTodayWhenNoContactDateIsGiven()
    {
        var result = _engine.Decide(new AnswersBuilder().Pmo().NoteWithoutContact().Build());

        Assert.Equal(new DateOnly(2026, 6, 1), result.ContactDate);
        Assert.Equal("skane-v4", result.Outcome!.RuleSet.Id);
    }
}
