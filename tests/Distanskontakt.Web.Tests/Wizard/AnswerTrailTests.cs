using Bunit;
using Distanskontakt.Domain.Vocabulary;
using Distanskontakt.TestUtilities;
using Distanskontakt.Web.Components.Pages.Registrera.Components;

namespace Distanskontakt.Web.Tests.Wizard;

/// <summary>The trail of answers: each answer can be changed, and answers no longer on the path vanish.</summary>
public sealed class AnswerTrailTests : WizardTestContext
{
    private const string PasisPhoneNotReplacing =
        "/registrera?system=pasis&contactDate=2026-06-01&channel=phone&supportProgram=false&replacesVisit=false";

    [Fact]
    public void ShouldNameEachAnswerWithItsQuestionAndTheChosenOption()
    {
        var flow = Engine.Decide(new AnswersBuilder().Pasis().On(2026, 6, 1).Phone().SupportProgram(false).Build());

        var cut = Render<AnswerTrail>(p => p
            .Add(t => t.Answered, flow.Answered)
            .Add(t => t.Answers, flow.Answers));

        var names = cut.FindAll("button.trail-item").Select(b => string.Join(' ', b.TextContent.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)));
        Assert.Equal(["Ändra System: PASiS", "Ändra Datum: 2026-06-01", "Ändra Kontaktsätt: Telefon", "Ändra Stöd och behandling: Nej"], names);
    }

    [Fact]
    public void ShouldRaiseTheInputWhenAnAnswerIsClicked()
    {
        var flow = Engine.Decide(new AnswersBuilder().Pmo().On(2026, 6, 1).Video().Build());
        Input? changed = null;
        var cut = Render<AnswerTrail>(p => p
            .Add(t => t.Answered, flow.Answered)
            .Add(t => t.Answers, flow.Answers)
            .Add(t => t.OnChange, (Input input) => changed = input));

        cut.Find("button[data-input=channel]").Click();

        Assert.Equal(Input.Channel, changed);
    }

    [Fact]
    public void ShouldDropLaterAnswersWhenAnEarlierAnswerTakesThemOffThePath()
    {
        var cut = Open(PasisPhoneNotReplacing);

        cut.Find("button[data-input=channel]").Click();
        Assert.Equal("true", cut.Find("button[data-option=phone]").GetAttribute("aria-pressed"));
        cut.Find("button[data-option=staffAboutPatient]").Click();

        cut.WaitForAssertion(() => Assert.Equal("/registrera?system=pasis&contactDate=2026-06-01&channel=staffAboutPatient", Address));
        var trail = cut.FindAll("button.trail-item").Select(b => b.GetAttribute("data-input"));
        Assert.Equal(["system", "contactDate", "channel"], trail);
        Assert.Single(cut.FindAll(".result"));
    }

    [Fact]
    public void ShouldKeepLaterAnswersThatAreStillOnThePath()
    {
        var cut = Open(PasisPhoneNotReplacing);

        cut.Find("button[data-input=channel]").Click();
        cut.Find("button[data-option=video]").Click();

        cut.WaitForAssertion(() => Assert.StartsWith(
            "/registrera?system=pasis&contactDate=2026-06-01&channel=video&supportProgram=false&replacesVisit=false", Address, StringComparison.Ordinal));
    }

    [Fact]
    public void ShouldOpenTheFirstStepWhenTheDateIsChanged()
    {
        var cut = Open(PasisPhoneNotReplacing);

        cut.Find("button[data-input=contactDate]").Click();

        Assert.Equal("2026-06-01", cut.Find("input[type=date]").GetAttribute("value"));
        Assert.Equal("true", cut.Find("button[data-option=pasis]").GetAttribute("aria-pressed"));
        Assert.Equal("step", cut.Find("button[data-input=contactDate]").GetAttribute("aria-current"));
    }

    [Fact]
    public void ShouldReturnToTheResultWhenAChangeIsCancelled()
    {
        var cut = Open(PasisPhoneNotReplacing);

        cut.Find("button[data-input=replacesVisit]").Click();
        Assert.Equal("Avbryt ändringen", cut.Find("button[data-wizard-back]").TextContent);
        cut.Find("button[data-wizard-back]").Click();

        cut.WaitForAssertion(() => Assert.Single(cut.FindAll(".result")));
        Assert.Equal(PasisPhoneNotReplacing, Address);
    }
}
