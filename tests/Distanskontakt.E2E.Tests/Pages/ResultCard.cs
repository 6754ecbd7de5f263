namespace Distanskontakt.E2E.Tests.Pages;

/// <summary>The result card: a region named "Resultat" with the verdict, the checklist, notes and sources.</summary>
public sealed class ResultCard(IPage page)
{
    public ILocator Region => page.GetByRole(AriaRole.Region, new() { Name = "Resultat", Exact = true });

    public ILocator Heading => Region.GetByRole(AriaRole.Heading, new() { Level = 2, Name = "Resultat" });

    /// <summary>The contact type as printed large: "TE Telefon stand" or "Telefonsamtal".</summary>
    public ILocator ContactType => Region.Locator(".contact-type");

    /// <summary>The verdict ("Frivillig registrering", "Ingen registrering", …) as a paragraph of its own.</summary>
    public ILocator Verdict(string text) => Region.GetByText(text, new() { Exact = true });

    public ILocator Checklist => Region.GetByRole(AriaRole.Region, new() { Name = "Att registrera och göra" });

    /// <summary>An obligation as a checkbox labelled with its plain-Swedish text.</summary>
    public ILocator Obligation(string text) => Checklist.GetByRole(AriaRole.Checkbox, new() { Name = text, Exact = true });

    public ILocator Obligations => Checklist.GetByRole(AriaRole.Checkbox);

    public ILocator Sources => Region.GetByRole(AriaRole.Region, new() { Name = "Källor" });

    /// <summary>A cited section's disclosure (a details/summary, role group) by the start of its title ("§1.7.4").</summary>
    public ILocator Source(string section) => Sources.Locator("details").Filter(new() { Has = page.Locator("summary", new() { HasTextString = section }) });

    public ILocator RuleSet => Region.GetByRole(AriaRole.Region, new() { Name = "Regeluppsättning" });

    public ILocator CopyButton => Region.GetByRole(AriaRole.Button, new() { Name = "Kopiera", Exact = true });

    public ILocator NewContactButton => Region.GetByRole(AriaRole.Button, new() { Name = "Ny kontakt", Exact = true });
}
