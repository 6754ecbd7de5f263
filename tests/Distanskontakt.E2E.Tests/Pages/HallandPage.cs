using System.Text.RegularExpressions;

namespace Distanskontakt.E2E.Tests.Pages;

/// <summary>
/// The Region Halland wizard at <c>/halland</c>, by role and label: one question at a time as a group of option
/// buttons, the trail of answers ("Dina svar") and the result card ("Resultat").
/// </summary>
public sealed class HallandPage(IPage page)
{
    public const string Path = "halland";

    public IPage Page => page;

    public ILocator Heading => page.GetByRole(AriaRole.Heading, new() { Level = 1, Name = "Region Halland: är kontakten en distanskontakt?" });

    public ILocator NavLink => page.GetByRole(AriaRole.Navigation, new() { Name = "Huvudmeny" }).GetByRole(AriaRole.Link, new() { Name = "Region Halland" });

    public ILocator Trail => page.GetByRole(AriaRole.Navigation, new() { Name = "Dina svar" });

    public ILocator Result => page.GetByRole(AriaRole.Region, new() { Name = "Resultat", Exact = true });

    /// <summary>The verdict as printed large: "Distanskontakt" or "Inte en distanskontakt".</summary>
    public ILocator Verdict => Result.Locator(".verdict-main");

    public ILocator FailedConditions => Result.GetByRole(AriaRole.Region, new() { Name = "Därför inte en distanskontakt" });

    public ILocator Reminders => Result.GetByRole(AriaRole.Region, new() { Name = "Påminnelser om kommunikation" });

    /// <summary>A failed condition's list item by the start of its text ("j) Kontakten varade …").</summary>
    public ILocator FailedCondition(string start) =>
        FailedConditions.GetByRole(AriaRole.Listitem).Filter(new() { HasTextRegex = new Regex("^" + Regex.Escape(start)) });

    public ILocator QuestionHeading(string question) =>
        page.GetByRole(AriaRole.Heading, new() { Level = 2, Name = question, Exact = true });

    public ILocator Option(string question, string label) =>
        page.GetByRole(AriaRole.Group, new() { Name = question, Exact = true })
            .GetByRole(AriaRole.Button, new() { Name = label, Exact = true });

    /// <summary>Opens the wizard (optionally with answers in the address) and waits until it is interactive.</summary>
    public async Task OpenAsync(string query = "")
    {
        await page.GotoAsync(Path + query);
        await Expect(Heading).ToBeVisibleAsync();
        await InteractivityProbe.WaitAsync(page);
    }

    /// <summary>Answers the question shown with the mouse; the address follows.</summary>
    public async Task AnswerAsync(string question, string answer, string parameter, string value)
    {
        await Expect(QuestionHeading(question)).ToBeVisibleAsync();
        await Option(question, answer).ClickAsync();
        await Expect(page).ToHaveURLAsync(WizardPage.QueryHas(parameter, value));
        await Expect(page.Locator("[data-focus-ready]")).ToBeFocusedAsync(); // the next step has focus: settled
    }
}
