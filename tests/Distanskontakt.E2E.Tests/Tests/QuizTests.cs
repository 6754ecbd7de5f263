using Distanskontakt.Domain.Training;
using Distanskontakt.Domain.Vocabulary;
using Distanskontakt.E2E.Tests.Pages;
using Distanskontakt.TestUtilities;

namespace Distanskontakt.E2E.Tests.Tests;

/// <summary>A trainer runs a 10-question övning in Chromium, signed in as the demo Utbildare, and sees the score.</summary>
public sealed class QuizTests(BrowserFixture fixture) : BrowserTest(fixture)
{
    /// <summary>The demo trainer of the Testing settings (README): two units, chosen after sign-in.</summary>
    private const string UtbildarePassword = "Distans-Utbildare-1";

    [Fact]
    public async Task ShouldRunATenQuestionOvningEndToEndAndShowTheScoreAndTheMisses()
    {
        var signIn = new SignInPage(Page);
        await signIn.SignInAsync("utbildare", UtbildarePassword, "/" + QuizPage.Path);
        await signIn.ChooseUnitAsync("Vårdcentralen Lund Norr");
        var quiz = new QuizPage(Page);
        await Expect(Page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("/utbildning/ovning$"));
        await quiz.StartAsync();

        var misses = new List<string>();
        for (var i = 0; i < TrainingLimits.DefaultQuizLength; i++)
        {
            await Expect(Page.GetByText($"Scenario {i + 1} av 10")).ToBeVisibleAsync();
            var scenario = await quiz.ShownAsync();
            Assert.Equal("skane-v4", scenario.Expected.RuleSet); // today's rule set (the pinned clock: 2026-06-01)
            var choices = QuizChoices.For(Clocks.Catalog, scenario.Expected.RuleSet, scenario.System!.Value);
            var obligations = QuizChoices.ObligationsFor(Clocks.Catalog, scenario.Expected.RuleSet).ToDictionary(o => o.Id, o => o.Text);
            var rightKey = QuizChoices.KeyFor(scenario.Expected.Registration, scenario.Expected.ContactType);
            if (i % 2 == 0)
            {
                // Right: the expected registration and exactly the required obligations.
                await quiz.AnswerAsync(choices.Single(c => c.Key == rightKey).Label, scenario.Expected.Required.Select(id => obligations[id]));
                await Expect(quiz.Feedback).ToHaveAttributeAsync("data-right", "true");
            }
            else
            {
                var wrong = choices.First(c => c.Key != rightKey && !(scenario.Expected is { Registration: RegistrationKind.Optional, ContactType: { } type } && c.Key == QuizChoices.TypeKey(type)));
                await quiz.AnswerAsync(wrong.Label, []);
                await Expect(quiz.Feedback).ToHaveAttributeAsync("data-right", "false");
                misses.Add(scenario.Id);
            }

            await Expect(quiz.Feedback.Locator("ol.wizard-path li").First).ToBeVisibleAsync();
            await quiz.NextAsync(last: i == TrainingLimits.DefaultQuizLength - 1);
        }

        await Expect(quiz.Score).ToHaveTextAsync("Du fick 5 av 10 rätt.");
        await Expect(quiz.Misses).ToHaveCountAsync(5);
        for (var i = 0; i < misses.Count; i++)
        {
            await Expect(quiz.Misses.Nth(i)).ToHaveAttributeAsync("data-scenario", misses[i]);
        }
    }
}
