using System.Security.Cryptography;
using System.Text;
using System.Text.RegularExpressions;
using Distanskontakt.E2E.Tests.Pages;
using Distanskontakt.TestUtilities;

namespace Distanskontakt.E2E.Tests.Tests;

/// <summary>
/// The rule-set lifecycle of issue 8 in the browser, against the real app (registry, SQLite, engine, insights):
/// an approver refuses a broken file, previews the skane-v5 fixture (diff, impact, stale teaching material, print,
/// axe), schedules it and finds every step in the audit trail; staff without the approval see no access. The class
/// runs its own app: the scheduled skane-v5 and the logged decision stay out of the shared app's pages and counts.
/// </summary>
public sealed class RuleSetAdminTests(BrowserFixture fixture, OwnAppServer app) : BrowserTest(fixture), IClassFixture<OwnAppServer>
{
    /// <summary>PASiS video that does not replace a visit: VS, optional under skane-v4, mandatory under skane-v5.</summary>
    private const string VsDecision =
        "registrera?system=pasis&contactDate=2026-04-14&channel=video&supportProgram=false&replacesVisit=false";

    protected override Uri? AppAddress => app.BaseAddress;

    [Fact]
    public async Task ShouldRefuseABrokenFileThenPreviewScheduleAndAuditTheSkaneV5Fixture()
    {
        var signIn = new SignInPage(Page);
        var wizard = new WizardPage(Page);
        var rules = new RuleSetAdminPage(Page);
        var v5 = SkaneV5Fixture.Json().ToJsonString();
        var broken = BrokenV5WithoutTheVsRule();

        // A logged decision for the impact: the demo admin logs a VS decision from the result card.
        await signIn.SignInAsync("admin", SignInPage.AdminPassword, "/" + VsDecision);
        await signIn.ChooseUnitAsync("Hudmottagningen SUS Lund");
        await Expect(wizard.Heading).ToBeVisibleAsync();
        await InteractivityProbe.WaitAsync(Page);
        await Expect(wizard.Result.ContactType).ToHaveTextAsync("VS Video stand");
        await wizard.Result.Region.GetByRole(AriaRole.Button, new() { Name = "Registrera beslutet" }).ClickAsync();
        await Page.GetByRole(AriaRole.Button, new() { Name = "Spara", Exact = true }).ClickAsync();
        await Expect(Page.GetByText("Beslutet är sparat")).ToBeVisibleAsync();

        // The menu leads an approver to the rule sets.
        await rules.MenuLink.ClickAsync();
        await Expect(rules.ListHeading).ToBeVisibleAsync();
        await Expect(Page).ToHaveURLAsync(new Regex("/admin/regler$"));

        // A file whose PASiS video paths have no outcome is refused, each problem named by its answer path.
        await rules.UploadAsync("skane-v5-trasig.json", broken);
        await Expect(rules.Refusal).ToContainTextAsync("skane-v5-trasig.json avvisades");
        await Expect(rules.Refusal).ToContainTextAsync("SHA-256: " + Sha256(broken));
        await Expect(rules.RefusalProblems.Filter(new() { HasText = "saknar utfall" }).First).ToBeVisibleAsync();
        foreach (var problem in await rules.RefusalProblems.AllInnerTextsAsync())
        {
            Assert.Matches(@"^system=pasis contactDate=\S+ channel=video .*replacesVisit=false(?: journalDocumented=true)?: Regeluppsättningen skane-v5 \(fil skane-v5-trasig\.json\) saknar utfall", problem);
        }

        // The fixture is accepted and opens its preview.
        await rules.UploadAsync("skane-v5.json", v5);
        await Expect(rules.PreviewHeading("skane-v5 5.0")).ToBeVisibleAsync();
        await Expect(Page).ToHaveURLAsync(new Regex("/admin/regler/[0-9a-f-]{36}$"));
        await Expect(rules.FileStatus).ToHaveTextAsync("Uppladdad, inte aktiverad");
        await Expect(Page.GetByRole(AriaRole.Main)).ToContainTextAsync(Sha256(v5));

        // Diff against skane-v4: a count per kind of change, 21 changed paths grouped by kind.
        var diff = rules.Diff("skane-v4");
        await Expect(diff).ToContainTextAsync("21 får ett annat utfall");
        await Expect(rules.DiffCount("Kontakttyp ändras")).ToHaveTextAsync("8");
        await Expect(rules.DiffCount("Registreringen ändras")).ToHaveTextAsync("2");
        await Expect(rules.DiffCount("Nytt krav")).ToHaveTextAsync("0");
        await Expect(rules.DiffCount("Krav tas bort")).ToHaveTextAsync("0");
        await Expect(rules.DiffCount("Kravnivå ändras")).ToHaveTextAsync("0");
        await Expect(rules.DiffCount("Anteckningar ändras")).ToHaveTextAsync("15");
        await Expect(rules.DiffGroupHeadings("skane-v4")).ToHaveTextAsync(
            ["Kontakttyp ändras (8)", "Registreringen ändras (2)", "Anteckningar ändras (15)"]);
        Assert.Equal(21, await rules.DistinctChangedPathsAsync("skane-v4"));

        // Impact over the last 6 months: the one logged decision, VS, would have been registered differently.
        await Expect(rules.ImpactSummary).ToContainTextAsync("1 loggade beslut med kontaktdatum 2025-12-01 – 2026-06-01");
        await Expect(rules.ImpactSummary).ToContainTextAsync("1 skulle ha registrerats annorlunda");
        await Expect(rules.ImpactCells("VS")).ToHaveTextAsync(["1", "1"]);

        // The period is chosen on the page.
        await rules.ImpactPeriod.SelectOptionAsync(new SelectOptionValue { Label = "Senaste 12 månaderna" });
        await Expect(rules.ImpactSummary).ToContainTextAsync("2025-06-01 – 2026-06-01");

        // Stale teaching material: 13 shipped scenarios get another answer key, among them SoB video with triage.
        await Expect(rules.StaleMaterial).ToContainTextAsync("13 scenarier har ett facit som inte stämmer");
        await Expect(rules.StaleScenario("r2-v4-pmo-video-sob-triage")).ToBeVisibleAsync();

        await Accessibility.AssertNoSeriousViolationsAsync(Page);

        // Printed for unit managers: the diff without the menu, the buttons or the activation.
        await Page.EmulateMediaAsync(new() { Media = Media.Print });
        await Expect(rules.MainMenu).ToBeHiddenAsync();
        await Expect(rules.PrintButton).ToBeHiddenAsync();
        await Expect(rules.AuditTrailLink).ToBeHiddenAsync();
        await Expect(rules.Activation).ToBeHiddenAsync();
        await Expect(rules.DiffCounts).ToBeVisibleAsync();
        await Expect(rules.DiffGroupHeadings("skane-v4").First).ToBeVisibleAsync();
        await Page.EmulateMediaAsync(new() { Media = Media.Screen });
        await Expect(rules.PrintButton).ToBeVisibleAsync();

        // Activation with a confirmation step: validFrom 2027-01-01 lies ahead of the pinned today, so it is scheduled.
        await rules.ActivateButton("skane-v5").ClickAsync();
        await Expect(rules.ConfirmButton).ToBeFocusedAsync();
        await Expect(rules.Activation.GetByRole(AriaRole.Group)).ToContainTextAsync("Den blir schemalagd från 2027-01-01.");
        await rules.ConfirmButton.ClickAsync();
        await Expect(rules.ActivatedStatus).ToHaveTextAsync("skane-v5 är aktiverad: schemalagd från 2027-01-01.");
        await Expect(rules.FileStatus).ToHaveTextAsync("Aktiverad, schemalagd från 2027-01-01");

        // The audit trail: the refusal, the upload and the activation, each with the file's SHA-256.
        await rules.AuditTrailLink.ClickAsync();
        await Expect(rules.AuditTrailHeading).ToBeVisibleAsync();
        await Expect(rules.AuditRow("Avvisad", Sha256(broken))).ToHaveCountAsync(1);
        await Expect(rules.AuditRow("Uppladdad", Sha256(v5))).ToHaveCountAsync(1);
        await Expect(rules.AuditRow("Aktiverad", Sha256(v5))).ToHaveCountAsync(1);
        await Expect(rules.AuditRow("Aktiverad", Sha256(v5))).ToContainTextAsync("demo:admin");
        await Expect(rules.AuditRow("Avvisad", Sha256(broken))).ToContainTextAsync("skane-v5-trasig.json");

        // Back on the list, the set is in the catalog as scheduled.
        await Page.GetByRole(AriaRole.Main).GetByRole(AriaRole.Link, new() { Name = "Till regeluppsättningarna" }).ClickAsync();
        await Expect(rules.ListHeading).ToBeVisibleAsync();
        await Expect(Page.GetByRole(AriaRole.Row).Filter(new() { Has = Page.GetByRole(AriaRole.Cell, new() { Name = "skane-v5", Exact = true }) }))
            .ToContainTextAsync("Schemalagd");
    }

    [Fact]
    public async Task ShouldShowNoAccessToStaffWhoAreNotRuleApprovers()
    {
        var signIn = new SignInPage(Page);
        var rules = new RuleSetAdminPage(Page);

        await signIn.SignInAsync("personal", SignInPage.PersonalPassword, "/" + RuleSetAdminPage.ListPath);

        await Expect(rules.NoAccessHeading).ToBeVisibleAsync();
        await Expect(rules.ListHeading).ToHaveCountAsync(0);
        await Expect(rules.Upload).ToHaveCountAsync(0);
        await Expect(rules.MenuLink).ToHaveCountAsync(0);
    }

    /// <summary>The fixture without the rule that decides VS: PASiS video that does not replace a visit has no outcome.</summary>
    private static string BrokenV5WithoutTheVsRule()
    {
        var set = SkaneV5Fixture.Json();
        var rules = set["rules"]!.AsArray();
        rules.Remove(rules.Single(r => (string?)r!["id"] == "v5-pasis-vs"));
        return set.ToJsonString();
    }

    private static string Sha256(string content) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(content)));
}
