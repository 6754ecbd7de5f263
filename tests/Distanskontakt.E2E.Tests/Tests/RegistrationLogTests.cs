using System.Text.RegularExpressions;
using Distanskontakt.E2E.Tests.Pages;

namespace Distanskontakt.E2E.Tests.Tests;

/// <summary>Staff log a decision from the result card; an administrator finds it on /admin and voids it.</summary>
public sealed class RegistrationLogTests(BrowserFixture fixture) : BrowserTest(fixture)
{
    private const string Decision =
        "registrera?system=pmo&contactDate=2026-05-28&channel=phone&via1177Direkt=false&supportProgram=false&replacesVisit=false&leadsToVisitSameDaySameUnit=false";

    [Fact]
    public async Task ShouldLogADecisionAsPersonalAndLetTheAdministratorSeeAndVoidIt()
    {
        var signIn = new SignInPage(Page);
        var wizard = new WizardPage(Page);
        var comment = "E2E " + Guid.NewGuid().ToString("N")[..8];

        // Personal works for one unit: straight back to the decision after sign-in.
        await signIn.SignInAsync("personal", SignInPage.PersonalPassword, "/" + Decision);
        await Expect(Page).ToHaveURLAsync(new Regex(Regex.Escape(Decision) + "$"));
        await Expect(wizard.Heading).ToBeVisibleAsync();
        await InteractivityProbe.WaitAsync(Page);
        await Expect(wizard.Result.Region).ToBeVisibleAsync();

        await wizard.Result.Region.GetByRole(AriaRole.Button, new() { Name = "Registrera beslutet" }).ClickAsync();
        await Page.GetByLabel("Kommentar (frivillig)").FillAsync(comment);
        await Page.GetByRole(AriaRole.Button, new() { Name = "Spara", Exact = true }).ClickAsync();
        await Expect(Page.GetByText("Beslutet är sparat")).ToBeVisibleAsync();

        await signIn.SignOutAsync();
        await Expect(Page.GetByRole(AriaRole.Link, new() { Name = "Logga in" })).ToBeVisibleAsync();
        await Expect(Page.GetByRole(AriaRole.Link, new() { Name = "Granskning" })).ToHaveCountAsync(0);

        // The administrator has two units and chooses the one the decision was logged for.
        await signIn.SignInAsync("admin", SignInPage.AdminPassword, "/admin");
        await signIn.ChooseUnitAsync("Vårdcentralen Lund Norr");
        await Expect(Page.GetByRole(AriaRole.Heading, new() { Level = 1, Name = "Granska loggade beslut" })).ToBeVisibleAsync();
        await Expect(Page.GetByRole(AriaRole.Navigation, new() { Name = "Huvudmeny" })
            .GetByRole(AriaRole.Link, new() { Name = "Granskning" })).ToBeVisibleAsync();

        var row = Page.GetByRole(AriaRole.Row).Filter(new() { HasText = "2026-05-28" });
        await Expect(row).ToHaveCountAsync(1);
        var detail = Page.GetByRole(AriaRole.Region, new() { Name = "Beslut 2026-05-28, VC-LUND-NORR" });
        await Circuit.UpAsync(Page); // a click on the prerendered row would be lost
        await row.GetByRole(AriaRole.Button).ClickAsync();
        await Expect(detail).ToBeVisibleAsync();
        await Expect(detail).ToContainTextAsync(comment);

        await detail.GetByLabel(new Regex("^Skäl att makulera")).FillAsync("Loggat för fel patientbesök");
        await detail.GetByRole(AriaRole.Button, new() { Name = "Makulera beslutet" }).ClickAsync();

        await Expect(row).ToContainTextAsync("Makulerad");
        await Expect(detail).ToContainTextAsync("Loggat för fel patientbesök");
    }
}
