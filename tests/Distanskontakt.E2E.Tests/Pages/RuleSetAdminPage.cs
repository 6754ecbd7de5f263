using System.Text;

namespace Distanskontakt.E2E.Tests.Pages;

/// <summary>
/// The rule-set administration (issue 8): the list and upload at <c>/admin/regler</c>, the preview of an uploaded
/// file at <c>/admin/regler/{id}</c> (diff, impact, stale teaching material, print, activation) and the audit trail
/// at <c>/admin/regler/logg</c>. By role and accessible name; the sections are regions named by their headings.
/// </summary>
public sealed class RuleSetAdminPage(IPage page)
{
    public const string ListPath = "admin/regler";

    public ILocator MainMenu => page.GetByRole(AriaRole.Navigation, new() { Name = "Huvudmeny" });

    public ILocator MenuLink => MainMenu.GetByRole(AriaRole.Link, new() { Name = "Regler", Exact = true });

    public ILocator ListHeading => page.GetByRole(AriaRole.Heading, new() { Level = 1, Name = "Regeluppsättningar", Exact = true });

    public ILocator NoAccessHeading => page.GetByRole(AriaRole.Heading, new() { Level = 1, Name = "Behörighet saknas" });

    // ---- Upload -------------------------------------------------------------------------------------------------

    public ILocator Upload => page.GetByRole(AriaRole.Region, new() { Name = "Ladda upp en regelfil" });

    public ILocator FileInput => Upload.GetByLabel("Regelfil", new() { Exact = true });

    /// <summary>The refusal: an alert naming the file and listing each problem.</summary>
    public ILocator Refusal => Upload.GetByRole(AriaRole.Alert).Filter(new() { HasText = "avvisades" });

    public ILocator RefusalProblems => Refusal.GetByRole(AriaRole.Listitem);

    /// <summary>
    /// Waits until the upload's InputFile is wired to the circuit: blazor.web.js marks the element when it attaches
    /// its change listener, and a file set on the prerendered input before that would be lost.
    /// </summary>
    public async Task WaitUntilUploadIsLiveAsync()
    {
        await Expect(FileInput).ToBeEnabledAsync();
        await page.WaitForFunctionAsync("() => document.getElementById('ruleset-file')?._blazorInputFileNextFileId !== undefined");
    }

    /// <summary>Chooses a file in the upload (as if picked in the file dialog); the check starts at once.</summary>
    public async Task UploadAsync(string fileName, string json)
    {
        await WaitUntilUploadIsLiveAsync();
        await FileInput.SetInputFilesAsync(new FilePayload
        {
            Name = fileName,
            MimeType = "application/json",
            Buffer = Encoding.UTF8.GetBytes(json),
        });
    }

    // ---- Preview ------------------------------------------------------------------------------------------------

    public ILocator PreviewHeading(string title) => page.GetByRole(AriaRole.Heading, new() { Level = 1, Name = title, Exact = true });

    public ILocator Diff(string oldId) => page.GetByRole(AriaRole.Region, new() { Name = "Ändringar mot " + oldId, Exact = true });

    public ILocator DiffCounts => page.GetByRole(AriaRole.Table, new() { Name = "Ändrade svarsvägar per slag av ändring" });

    /// <summary>The count cell of one kind of change ("Kontakttyp ändras") in the table of counts.</summary>
    public ILocator DiffCount(string kind) =>
        DiffCounts.GetByRole(AriaRole.Row).Filter(new() { Has = page.GetByRole(AriaRole.Rowheader, new() { Name = kind, Exact = true }) })
            .GetByRole(AriaRole.Cell);

    /// <summary>The group headings of changed paths, e.g. "Kontakttyp ändras (8)".</summary>
    public ILocator DiffGroupHeadings(string oldId) => Diff(oldId).GetByRole(AriaRole.Heading, new() { Level = 3 });

    /// <summary>The distinct answer paths listed in the diff's groups (a path with several kinds of change is in each group).</summary>
    public async Task<int> DistinctChangedPathsAsync(string oldId)
    {
        var paths = await Diff(oldId).GetByRole(AriaRole.Table).GetByRole(AriaRole.Rowheader).AllInnerTextsAsync();
        return paths.Where(p => p.Contains("System:", StringComparison.Ordinal)).Distinct(StringComparer.Ordinal).Count();
    }

    public ILocator Impact => page.GetByRole(AriaRole.Region, new() { Name = "Påverkan på loggade beslut" });

    public ILocator ImpactPeriod => Impact.GetByLabel("Period");

    public ILocator ImpactSummary => Impact.GetByRole(AriaRole.Status).Filter(new() { HasText = "loggade beslut" });

    /// <summary>The impact row of one contact type: [decisions, would change].</summary>
    public ILocator ImpactCells(string contactType) =>
        Impact.GetByRole(AriaRole.Row).Filter(new() { Has = page.GetByRole(AriaRole.Rowheader, new() { Name = contactType, Exact = true }) })
            .GetByRole(AriaRole.Cell);

    public ILocator StaleMaterial => page.GetByRole(AriaRole.Region, new() { Name = "Inaktuellt utbildningsmaterial" });

    /// <summary>A stale scenario's row header ("Title (id)") by its id.</summary>
    public ILocator StaleScenario(string scenarioId) =>
        StaleMaterial.GetByRole(AriaRole.Rowheader, new() { Name = "(" + scenarioId + ")" });

    public ILocator PrintButton => page.GetByRole(AriaRole.Button, new() { Name = "Skriv ut", Exact = true });

    public ILocator AuditTrailLink => page.GetByRole(AriaRole.Main).GetByRole(AriaRole.Link, new() { Name = "Ändringslogg", Exact = true });

    /// <summary>The file header's status ("Uppladdad, inte aktiverad", "Aktiverad, schemalagd från …").</summary>
    public ILocator FileStatus => page.GetByRole(AriaRole.Definition).Filter(new() { HasTextRegex = new System.Text.RegularExpressions.Regex("^(Uppladdad|Aktiverad|I karantän)") });

    public ILocator Activation => page.GetByRole(AriaRole.Region, new() { Name = "Aktivera", Exact = true });

    public ILocator ActivateButton(string setId) => Activation.GetByRole(AriaRole.Button, new() { Name = $"Aktivera {setId} …", Exact = true });

    public ILocator ConfirmButton => Activation.GetByRole(AriaRole.Button, new() { Name = "Ja, aktivera", Exact = true });

    public ILocator ActivatedStatus => Activation.GetByRole(AriaRole.Status);

    // ---- Audit trail --------------------------------------------------------------------------------------------

    public ILocator AuditTrailHeading => page.GetByRole(AriaRole.Heading, new() { Level = 1, Name = "Ändringslogg för regeluppsättningar" });

    /// <summary>The audit rows of one event ("Uppladdad", "Avvisad", "Aktiverad") for the file with this SHA-256.</summary>
    public ILocator AuditRow(string action, string sha256) =>
        page.GetByRole(AriaRole.Row)
            .Filter(new() { Has = page.GetByRole(AriaRole.Cell, new() { Name = action, Exact = true }) })
            .Filter(new() { Has = page.GetByRole(AriaRole.Cell, new() { Name = sha256, Exact = true }) });
}
