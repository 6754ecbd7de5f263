using Distanskontakt.Domain;
using Distanskontakt.Domain.Outcomes;
using Distanskontakt.Domain.Vocabulary;
using Distanskontakt.TestUtilities;
using Distanskontakt.Web.Components.Pages.Registrera;

namespace Distanskontakt.Web.Tests.Shell;

/// <summary>The registration wizard's state without Blazor: each step, the address, the outcome (pinned to 2026-06-01).</summary>
public sealed class WizardStateTests
{
    private const string Base = "http://localhost";

    private const string PasisPhoneNotReplacing =
        "/registrera?system=pasis&contactDate=2026-06-01&channel=phone&supportProgram=false&replacesVisit=false";

    private static readonly Distanskontakt.Domain.Engine.DecisionEngine _engine = Clocks.Engine();

    private static WizardState Open(string address = WizardUrl.Page) => WizardState.Open(_engine, Base + address);

    [Fact]
    public void ShouldAskSystemAndDateFirstAndTakeTheSystemByItsWireName()
    {
        var state = Open();
        Assert.True(state.ShowsFirstStep);
        Assert.Equal(Input.System, Assert.IsType<Distanskontakt.Domain.Questions.Question>(state.KeyedQuestion).Id);
        Assert.False(state.CanGoBack);

        Assert.True(state.Answer("system", "pasis"));

        Assert.False(state.ShowsFirstStep);
        Assert.Equal(Input.Channel, state.CurrentQuestion?.Id);
        Assert.Equal("/registrera?system=pasis&contactDate=2026-06-01", state.Url);
        Assert.Equal("Fråga: Hur skedde kontakten?", state.Announcement);
    }

    [Fact]
    public void ShouldRefuseAValueThatIsNotOneOfTheQuestionsValues()
    {
        var state = Open("?system=pasis&contactDate=2026-06-01");

        Assert.False(state.Answer(Input.Channel, "fax"));
        Assert.False(state.Answer("noSuchInput", "true"));

        Assert.Equal(Input.Channel, state.CurrentQuestion?.Id);
        Assert.Null(state.AttemptFigures);
    }

    [Fact]
    public void ShouldAskWhatTheEngineAsksAtEveryStepAndEndOnItsOutcome()
    {
        var state = Open();
        string[] values = ["pasis", "phone", "false", "false"];

        foreach (var value in values)
        {
            var expected = _engine.Decide(state.Flow.Answers).NextQuestion;
            Assert.Equal(expected?.Id, state.KeyedQuestion is Distanskontakt.Domain.Questions.Question q ? q.Id : null);
            Assert.True(state.Answer(state.KeyedQuestion!.Name, value));
        }

        var outcome = Assert.IsType<Outcome>(state.ShownOutcome);
        Assert.Equal(_engine.Decide(state.Flow.Answers).Outcome, outcome);
        Assert.Equal(RegistrationKind.Optional, outcome.Registration);
        Assert.Equal("TE", outcome.ContactType?.Code);
        Assert.Equal(PasisPhoneNotReplacing, state.Url);
        Assert.StartsWith("Resultat: Frivillig registrering: TE Telefon stand.", state.Announcement, StringComparison.Ordinal);
        Assert.False(state.IsAbandoned);
    }

    [Fact]
    public void ShouldRestoreTheSameStateFromItsOwnAddress()
    {
        var state = Open(PasisPhoneNotReplacing);

        var reopened = Open(state.Url);

        Assert.Equal(state.Flow.Answers, reopened.Flow.Answers);
        Assert.Equal(state.Flow.Answered, reopened.Flow.Answered);
        Assert.Equal(state.ShownOutcome, reopened.ShownOutcome);
        Assert.False(reopened.AddressNeedsRewrite);
    }

    [Fact]
    public void ShouldGoBackOneAnswerAndCountTheStepBack()
    {
        var state = Open(PasisPhoneNotReplacing);

        Assert.True(state.Back());

        Assert.Equal(Input.ReplacesVisit, state.CurrentQuestion?.Id);
        Assert.Null(state.ShownOutcome);
        Assert.Equal("/registrera?system=pasis&contactDate=2026-06-01&channel=phone&supportProgram=false", state.Url);
        Assert.Equal(1, state.StepsBack);
    }

    [Fact]
    public void ShouldNotGoBackPastTheSystemAndNeverTakeTheDateAway()
    {
        var state = Open("?system=pmo&contactDate=2025-09-15");

        Assert.True(state.Back());
        Assert.True(state.ShowsFirstStep);
        Assert.Equal(new DateOnly(2025, 9, 15), state.Flow.ContactDate);

        Assert.False(state.CanGoBack);
        Assert.False(state.Back());
    }

    [Fact]
    public void ShouldChangeFromHereKeepingLaterAnswersThatStayOnThePath()
    {
        var state = Open(PasisPhoneNotReplacing);

        state.Change(Input.Channel);
        Assert.Equal(Input.Channel, state.CurrentQuestion?.Id);
        Assert.Null(state.ShownOutcome);
        Assert.Equal(PasisPhoneNotReplacing, state.Url);

        Assert.True(state.Answer(Input.Channel, "video"));

        Assert.Null(state.Editing);
        Assert.StartsWith("/registrera?system=pasis&contactDate=2026-06-01&channel=video&supportProgram=false&replacesVisit=false", state.Url, StringComparison.Ordinal);
        Assert.Equal(1, state.AnswersChanged);
    }

    [Fact]
    public void ShouldDropLaterAnswersThatAChangeTakesOffThePath()
    {
        var state = Open(PasisPhoneNotReplacing);

        state.Change(Input.Channel);
        state.Answer(Input.Channel, "staffAboutPatient");

        Assert.Equal([Input.System, Input.ContactDate, Input.Channel], state.Flow.Answered);
        Assert.NotNull(state.ShownOutcome);
    }

    [Fact]
    public void ShouldCancelAChangeWithBackAndShowTheResultAgain()
    {
        var state = Open(PasisPhoneNotReplacing);
        state.Change(Input.ReplacesVisit);
        Assert.True(state.IsEditing);

        Assert.True(state.Back());

        Assert.False(state.IsEditing);
        Assert.NotNull(state.ShownOutcome);
        Assert.Equal(PasisPhoneNotReplacing, state.Url);
        Assert.Equal(0, state.StepsBack);
    }

    [Fact]
    public void ShouldShowTheFirstStepWhenTheDateIsChanged()
    {
        var state = Open(PasisPhoneNotReplacing);

        state.Change(Input.ContactDate);

        Assert.True(state.ShowsFirstStep);
        Assert.Null(state.CurrentQuestion);
    }

    [Fact]
    public void ShouldReportAnUnknownValueAndAskForARewriteOfTheAddress()
    {
        var state = Open("?system=pasis&contactDate=2026-06-01&channel=fax");

        Assert.Equal(Input.Channel, state.CurrentQuestion?.Id);
        Assert.Contains("”fax”", state.ProblemFor(Input.Channel), StringComparison.Ordinal);
        Assert.True(state.AddressNeedsRewrite);

        state.Answer(Input.Channel, "video");
        Assert.Null(state.ProblemFor(Input.Channel));
    }

    [Fact]
    public void ShouldAskForARewriteOnlyWhenTheAddressHoldsOffPathValues()
    {
        Assert.True(Open("?system=pasis&contactDate=2026-06-01&channel=patientSelfService&replacesVisit=true").AddressNeedsRewrite);
        Assert.False(Open(PasisPhoneNotReplacing).AddressNeedsRewrite);
        Assert.False(Open("?system=pmo").AddressNeedsRewrite); // the date is written with the next answer
        Assert.False(Open().AddressNeedsRewrite);
    }

    [Fact]
    public void ShouldOpenTheDateForAFutureDateInTheAddress()
    {
        var state = Open("?system=pmo&contactDate=2026-06-02&channel=phone");

        Assert.Equal(Input.ContactDate, state.Editing);
        Assert.True(state.ShowsFirstStep);
        Assert.Contains("ligger i framtiden", state.ProblemFor(Input.ContactDate), StringComparison.Ordinal);
        Assert.Equal(new DateOnly(2026, 6, 1), state.Flow.ContactDate);
    }

    [Theory]
    [InlineData("", "Ange kontaktdatumet.")]
    [InlineData("1 juni", "”1 juni” är inte ett giltigt datum")]
    [InlineData("2026-06-02", "ligger i framtiden")]
    public void ShouldRefuseADateThatCannotBeUsed(string text, string problem)
    {
        var state = Open("?system=pmo&contactDate=2026-06-01");

        Assert.False(state.ChangeDate(text));

        Assert.Contains(problem, state.ProblemFor(Input.ContactDate), StringComparison.Ordinal);
        Assert.Equal(new DateOnly(2026, 6, 1), state.Flow.ContactDate);
    }

    [Fact]
    public void ShouldDecideUnderTheRuleSetOfAnEarlierDate()
    {
        var state = Open("?system=pmo&contactDate=2026-06-01");

        Assert.True(state.ChangeDate("2024-05-10"));

        Assert.Null(state.ProblemFor(Input.ContactDate));
        Assert.Equal("/registrera?system=pmo&contactDate=2024-05-10", state.Url);
        Assert.Equal(_engine.Decide(state.Flow.Answers).RuleSet.Id, state.Flow.RuleSet.Id);
    }

    [Fact]
    public void ShouldStartANewContactWithTheSameSystemAndDateAndANewAttempt()
    {
        var state = Open("?system=pasis&contactDate=2025-06-02");
        state.Answer(Input.Channel, "phone");
        state.Back();
        state.Answer(Input.Channel, "phone");
        Assert.Equal((0, 1), (state.AnswersChanged, state.StepsBack));
        Assert.True(state.IsAbandoned);

        state.NewContact();

        Assert.Equal("/registrera?system=pasis&contactDate=2025-06-02", state.Url);
        Assert.Equal(Input.Channel, state.CurrentQuestion?.Id);
        Assert.Null(state.AttemptFigures);
        Assert.Equal((0, 0), (state.AnswersChanged, state.StepsBack));
    }

    [Fact]
    public void ShouldHandOutEachReachedOutcomeOnceForCounting()
    {
        var state = Open("?system=pasis&contactDate=2026-06-01&channel=phone&supportProgram=false");
        Assert.False(state.TryTakeNewOutcome(out _));

        state.Answer(Input.ReplacesVisit, "false");
        Assert.True(state.TryTakeNewOutcome(out var outcome));
        Assert.Equal("TE", outcome.ContactType?.Code);
        Assert.False(state.TryTakeNewOutcome(out _));

        // The address catching up with the answer, or a change cancelled on the result, is the same result.
        state.Apply(Base + state.Url);
        state.Change(Input.Channel);
        state.Back();
        Assert.False(state.TryTakeNewOutcome(out _));

        state.Change(Input.ReplacesVisit);
        state.Answer(Input.ReplacesVisit, "true");
        Assert.True(state.TryTakeNewOutcome(out var changed));
        Assert.Equal("KT", changed.ContactType?.Code);
    }
}
