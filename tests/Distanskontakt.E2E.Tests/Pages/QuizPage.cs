using Distanskontakt.Domain.Training;

namespace Distanskontakt.E2E.Tests.Pages;

/// <summary>
/// The övning at <c>/utbildning/ovning</c>, by role and label: the setup form, one situation at a time with the
/// registration as radio buttons and the required obligations as checkboxes, the feedback and the score.
/// </summary>
public sealed class QuizPage(IPage page)
{
    public const string Path = "utbildning/ovning";

    public const string ChoicesGroup = "Hur registreras kontakten?";

    public const string ObligationsGroup = "Vad krävs mer? Kryssa i det som krävs.";

    public ILocator Heading => page.GetByRole(AriaRole.Heading, new() { Level = 1, Name = "Övning" });

    public ILocator Start => page.GetByRole(AriaRole.Button, new() { Name = "Starta övningen" });

    public ILocator Question => page.Locator("form.quiz-question");

    public ILocator Feedback => page.GetByRole(AriaRole.Region, new() { Name = "Rätt!" })
        .Or(page.GetByRole(AriaRole.Region, new() { Name = "Inte helt rätt" }));

    public ILocator Result => page.GetByRole(AriaRole.Region, new() { Name = "Resultat" });

    public ILocator Score => Result.Locator("p.score");

    public ILocator Misses => Result.GetByRole(AriaRole.Listitem);

    /// <summary>Waits until the setup form is live (the circuit is up), then starts an övning of the default length.</summary>
    public async Task StartAsync()
    {
        await Expect(Heading).ToBeVisibleAsync();
        await Expect(page.Locator("form.quiz-setup[data-interactive=on]")).ToBeVisibleAsync();
        await Start.ClickAsync();
        await Expect(Question).ToBeVisibleAsync();
    }

    /// <summary>The scenario shown now, by its id on the form.</summary>
    public async Task<TrainingScenario> ShownAsync()
    {
        var id = await Question.GetAttributeAsync("data-scenario");
        return TrainingScenarios.Shipped.Single(s => s.Id == id);
    }

    /// <summary>Picks a registration by its label, ticks obligations by their text and answers with the mouse.</summary>
    public async Task AnswerAsync(string choice, IEnumerable<string> required)
    {
        await page.GetByRole(AriaRole.Group, new() { Name = ChoicesGroup }).GetByRole(AriaRole.Radio, new() { Name = choice, Exact = true }).CheckAsync();
        foreach (var text in required)
        {
            await page.GetByRole(AriaRole.Group, new() { Name = ObligationsGroup }).GetByRole(AriaRole.Checkbox, new() { Name = text, Exact = true }).CheckAsync();
        }

        await page.GetByRole(AriaRole.Button, new() { Name = "Svara" }).ClickAsync();
        await Expect(Feedback).ToBeVisibleAsync();
    }

    public async Task NextAsync(bool last)
    {
        await page.GetByRole(AriaRole.Button, new() { Name = last ? "Visa resultatet" : "Nästa scenario" }).ClickAsync();
    }
}
