using Bunit;
using Distanskontakt.Domain.Questions;
using Distanskontakt.Domain.Vocabulary;
using Distanskontakt.Web.Components.Pages.Registrera.Components;

namespace Distanskontakt.Web.Tests.Wizard;

public sealed class QuestionStepTests : WizardTestContext
{
    [Fact]
    public void ShouldRaiseTheOptionsWireValueWhenItIsClicked()
    {
        string? chosen = null;
        var cut = Render<QuestionStep>(p => p
            .Add(s => s.Question, QuestionCatalog.For(Input.Channel))
            .Add(s => s.OnChosen, (string value) => chosen = value));

        cut.Find("button[data-option=phone]").Click();

        Assert.Equal("phone", chosen);
    }

    [Fact]
    public void ShouldNumberTheOptionsSoThatADigitKeyChoosesThem()
    {
        var cut = Render<QuestionStep>(p => p.Add(s => s.Question, QuestionCatalog.For(Input.Channel)));

        var shortcuts = cut.FindAll("button.option").Select(b => b.GetAttribute("aria-keyshortcuts"));

        Assert.Equal(["1", "2", "3", "4", "5", "6"], shortcuts);
    }

    [Fact]
    public void ShouldAskTheQuestionInAFieldsetWhoseLegendIsTheQuestion()
    {
        var question = QuestionCatalog.For(Input.ReplacesVisit);
        var cut = Render<QuestionStep>(p => p.Add(s => s.Question, question));

        Assert.Equal(question.Text, cut.Find("fieldset > legend h2").TextContent);
        Assert.Equal(["Ja", "Nej"], cut.FindAll("fieldset button .option-label").Select(b => b.TextContent));
    }

    [Fact]
    public void ShouldMarkTheCurrentAnswerWhenAnEarlierAnswerIsBeingChanged()
    {
        var cut = Render<QuestionStep>(p => p
            .Add(s => s.Question, QuestionCatalog.For(Input.Channel))
            .Add(s => s.Selected, "text"));

        Assert.Equal("true", cut.Find("button[data-option=text]").GetAttribute("aria-pressed"));
        Assert.Equal("false", cut.Find("button[data-option=video]").GetAttribute("aria-pressed"));
    }

    [Fact]
    public void ShouldShowAProblemFromTheAddressAtTheQuestion()
    {
        var cut = Render<QuestionStep>(p => p
            .Add(s => s.Question, QuestionCatalog.For(Input.Channel))
            .Add(s => s.Problem, "Adressen innehöll svaret ”fax”."));

        var problem = cut.Find(".problem");
        Assert.Contains("”fax”", problem.TextContent, StringComparison.Ordinal);
        Assert.Contains(problem.Id!, cut.Find("fieldset").GetAttribute("aria-describedby"), StringComparison.Ordinal);
    }
}
