using System.Globalization;
using System.Text.RegularExpressions;
using Distanskontakt.E2E.Tests.Scenarios;

namespace Distanskontakt.E2E.Tests.Pages;

/// <summary>
/// The wizard at <c>/registrera</c>, by role and label: the first step (contact date and system), one question
/// at a time as a group of option buttons, the trail of answers ("Dina svar") and the result card.
/// </summary>
public sealed partial class WizardPage(IPage page)
{
    public const string Path = "registrera";

    public IPage Page => page;

    public ILocator Heading => page.GetByRole(AriaRole.Heading, new() { Level = 1, Name = "Registrera en distanskontakt" });

    public ILocator FirstStepHeading => page.GetByRole(AriaRole.Heading, new() { Level = 2, Name = "Kontaktdatum och system" });

    public ILocator DateInput => page.GetByLabel(Questions.ContactDate);

    public ILocator SystemGroup => page.GetByRole(AriaRole.Group, new() { Name = Questions.System });

    public ILocator Trail => page.GetByRole(AriaRole.Navigation, new() { Name = "Dina svar" });

    public ILocator BackButton => page.GetByRole(AriaRole.Button, new() { Name = "Tillbaka", Exact = true });

    /// <summary>The screen reader's live region that announces each new question and the result.</summary>
    public ILocator Announcement => page.Locator("[role=status][aria-live=polite]").First;

    public ResultCard Result => new(page);

    /// <summary>
    /// The element the wizard focused after its latest step, marked <c>data-focus-ready</c> once focus is on it:
    /// a step is settled when this is focused (wait on it, never on time).
    /// </summary>
    public ILocator SettledStep => page.Locator("[data-focus-ready]");

    /// <summary>The current question's heading (an h2 with the question's text).</summary>
    public ILocator QuestionHeading(string question) =>
        page.GetByRole(AriaRole.Heading, new() { Level = 2, Name = question, Exact = true });

    /// <summary>The option buttons of a question: a fieldset (group) named by its question.</summary>
    public ILocator Option(string question, string label) =>
        page.GetByRole(AriaRole.Group, new() { Name = question, Exact = true })
            .GetByRole(AriaRole.Button, new() { Name = label, Exact = true });

    public ILocator SystemOption(string label) => SystemGroup.GetByRole(AriaRole.Button, new() { Name = label, Exact = true });

    /// <summary>A trail entry ("Ändra Kontaktsätt: Telefon") by its short input label ("Kontaktsätt").</summary>
    public ILocator TrailEntry(string inputLabel) =>
        Trail.GetByRole(AriaRole.Button, new() { NameRegex = new Regex("^Ändra " + Regex.Escape(inputLabel) + ":") });

    /// <summary>Opens the wizard (optionally with answers in the address) and waits until it is interactive.</summary>
    public async Task OpenAsync(string query = "")
    {
        await page.GotoAsync(Path + query);
        await Expect(Heading).ToBeVisibleAsync();
        await InteractivityProbe.WaitAsync(page);
    }

    /// <summary>Reloads the page (a sleeping tablet, F5) and waits for the new circuit.</summary>
    public async Task ReloadAsync()
    {
        await page.ReloadAsync();
        await Expect(Heading).ToBeVisibleAsync();
        await InteractivityProbe.WaitAsync(page);
    }

    /// <summary>Sets the contact date in the first step's date field and waits until the address has it.</summary>
    public async Task SetDateAsync(DateOnly date)
    {
        var text = date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        await Expect(DateInput).ToBeVisibleAsync();
        await DateInput.FillAsync(text);
        await Expect(page).ToHaveURLAsync(QueryHas("contactDate", text));
    }

    public async Task ChooseSystemAsync(string label, string value)
    {
        await SystemOption(label).ClickAsync();
        await Expect(page).ToHaveURLAsync(QueryHas("system", value));
        await Expect(SettledStep).ToBeFocusedAsync();
    }

    /// <summary>Answers one question with the mouse: the question must be the one shown, and the address follows.</summary>
    public async Task AnswerAsync(Step step)
    {
        await Expect(QuestionHeading(step.Question)).ToBeVisibleAsync();
        await Option(step.Question, step.Answer).ClickAsync();
        await Expect(page).ToHaveURLAsync(QueryHas(step.Parameter, step.Value));
        await Expect(SettledStep).ToBeFocusedAsync();
    }

    /// <summary>Clicks through a whole scenario from an empty wizard: date, system, then every question.</summary>
    public async Task CompleteAsync(WizardScenario scenario)
    {
        await Expect(FirstStepHeading).ToBeVisibleAsync();
        await SetDateAsync(scenario.ContactDate);
        await ChooseSystemAsync(scenario.SystemLabel, scenario.System);
        foreach (var step in scenario.Steps)
        {
            await AnswerAsync(step);
        }
    }

    /// <summary>The answers in the address, by name.</summary>
    public IReadOnlyDictionary<string, string> Query()
    {
        var query = new Uri(page.Url).Query.TrimStart('?');
        return query.Split('&', StringSplitOptions.RemoveEmptyEntries)
            .Select(pair => pair.Split('=', 2))
            .ToDictionary(p => Uri.UnescapeDataString(p[0]), p => p.Length > 1 ? Uri.UnescapeDataString(p[1]) : "", StringComparer.Ordinal);
    }

    /// <summary>An address whose query holds <c>name=value</c> as one whole parameter.</summary>
    public static Regex QueryHas(string name, string value) =>
        new($"[?&]{Regex.Escape(name)}={Regex.Escape(Uri.EscapeDataString(value))}(&|$)");
}
