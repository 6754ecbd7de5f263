using AngleSharp.Dom;
using Bunit;
using Distanskontakt.Domain.Training;
using Distanskontakt.Domain.Vocabulary;
using Distanskontakt.Infrastructure.Persistence;
using Distanskontakt.Web.Components.Pages.Utbildning;
using Distanskontakt.Web.Security;
using Microsoft.EntityFrameworkCore;

namespace Distanskontakt.Web.Tests.Utbildning;

public sealed class QuizFeedbackTests : TrainingTestContext
{
    private static TrainingScenario Shown(IRenderedComponent<Ovning> page) =>
        TrainingScenarios.Shipped.Single(s => s.Id == page.Find("form.quiz-question").GetAttribute("data-scenario"));

    private static string ChoiceId(string key) =>
        "#val-" + string.Concat(key.Select(c => char.IsAsciiLetterOrDigit(c) ? char.ToLowerInvariant(c) : '-'));

    private static void AnswerRight(IRenderedComponent<Ovning> page, TrainingScenario scenario)
    {
        page.Find(ChoiceId(QuizChoices.KeyFor(scenario.Expected.Registration, scenario.Expected.ContactType))).Change(true);
        foreach (var id in scenario.Expected.Required)
        {
            page.Find($"#krav-{WireNames.Of(id)}").Change(true);
        }

        page.Find("form.quiz-question").Submit();
    }

    private static void AnswerWrong(IRenderedComponent<Ovning> page, TrainingScenario scenario)
    {
        var wrong = scenario.Expected.Registration == RegistrationKind.NotCovered ? QuizChoices.NoneKey : QuizChoices.NotCoveredKey;
        page.Find(ChoiceId(wrong)).Change(true);
        page.Find("form.quiz-question").Submit();
    }

    private IRenderedComponent<Ovning> Start(string role = Roles.Personal)
    {
        SignIn(role);
        var page = Render<Ovning>();
        page.Find("form.quiz-setup").Submit();
        return page;
    }

    [Fact]
    public void ShouldShowOnlyTheSituationAndTheRuleSetsChoices()
    {
        var page = Start();
        var scenario = Shown(page);

        Assert.Equal("skane-v4", scenario.Expected.RuleSet); // today's set by default
        Assert.Equal(scenario.Situation, page.Find("blockquote.situation").TextContent);
        Assert.Contains("Scenario 1 av 10", page.Markup, StringComparison.Ordinal);
        Assert.DoesNotContain(scenario.Title, page.Markup, StringComparison.Ordinal);
        var labels = page.FindAll("fieldset.choices label").Select(l => l.TextContent).ToList();
        Assert.Equal(["Frivillig registrering", "Ingen registrering", "Beskrivs inte i anvisningen"], labels[^3..]);
        Assert.NotEmpty(page.FindAll("fieldset.obligations-choice input[type=checkbox]"));
    }

    [Fact]
    public void ShouldSayRightPerPartWithThePathAndTheSource()
    {
        var page = Start();
        var scenario = Shown(page);

        AnswerRight(page, scenario);

        var feedback = page.Find("section.quiz-feedback");
        Assert.Equal("true", feedback.GetAttribute("data-right"));
        Assert.Equal("Rätt!", feedback.QuerySelector("h2")!.TextContent);
        Assert.All(feedback.QuerySelectorAll("li.part"), part => Assert.Equal("true", part.GetAttribute("data-right")));
        Assert.NotEmpty(feedback.QuerySelectorAll("ol.wizard-path li"));
        Assert.Contains(feedback.QuerySelectorAll("details.source"), d => d.GetAttribute("data-section") == scenario.Source!.Section);
    }

    [Fact]
    public void ShouldSayWrongForTheRegistrationAndShowTheCorrectAnswer()
    {
        var page = Start();
        var scenario = Shown(page);

        AnswerWrong(page, scenario);

        var feedback = page.Find("section.quiz-feedback");
        Assert.Equal("false", feedback.GetAttribute("data-right"));
        Assert.Equal("false", feedback.QuerySelector("li[data-part=registrering]")!.GetAttribute("data-right"));
        Assert.Contains(TrainingTexts.Verdict(scenario.Expected.Registration, scenario.Expected.ContactType),
            feedback.QuerySelector(".expected-verdict")!.TextContent, StringComparison.Ordinal);
        if (scenario.Expected.Required.Count > 0)
        {
            Assert.Contains("saknades", feedback.QuerySelector("li[data-part=skyldigheter]")!.TextContent, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void ShouldEndWithTheScoreAndTheMissesAndCountWithoutIdentity()
    {
        var page = Start();
        var answered = new List<(string Id, bool Right)>();
        for (var i = 0; i < 10; i++)
        {
            var scenario = Shown(page);
            var right = i % 3 != 0;
            if (right)
            {
                AnswerRight(page, scenario);
            }
            else
            {
                AnswerWrong(page, scenario);
            }

            answered.Add((scenario.Id, right));
            page.Find("button[data-quiz-next]").Click();
        }

        var score = page.Find("p.score");
        Assert.Equal("6", score.GetAttribute("data-score"));
        Assert.Contains("6 av 10", score.TextContent, StringComparison.Ordinal);
        Assert.Equal(answered.Where(a => !a.Right).Select(a => a.Id), page.FindAll("ol.misses li").Select(li => li.GetAttribute("data-scenario")));

        using var db = Factory.CreateDbContext();
        Assert.Equal(10, db.ScenarioAnswerCounts.Sum(c => c.Attempts));
        Assert.Equal(6, db.ScenarioAnswerCounts.Sum(c => c.Right));
        Assert.Equal(0, db.LoggedDecisions.Count());
    }

    [Fact]
    public void ShouldLetATrainerPickAnOlderRuleSetAndOneSystem()
    {
        SignIn(Roles.Utbildare);
        var page = Render<Ovning>();

        page.Find("#urval-regeluppsattning").Change("skane-v3");
        page.Find("#urval-system").Change("pasis");
        page.Find("form.quiz-setup").Submit();

        var scenario = Shown(page);
        Assert.Equal("skane-v3", scenario.Expected.RuleSet);
        Assert.Equal(RegistrationSystem.Pasis, scenario.System);
    }

    [Fact]
    public void ShouldNotOfferTheSelectionToStaff()
    {
        SignIn(Roles.Personal);

        var page = Render<Ovning>();

        Assert.Empty(page.FindAll("#urval-regeluppsattning"));
    }
}
