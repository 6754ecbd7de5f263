using Bunit;

namespace Distanskontakt.Web.Tests.Wizard;

/// <summary>"Kopiera" and "Ny kontakt" on the page, and the timing of each answer.</summary>
public sealed class ResultActionsTests : WizardTestContext
{
    private const string PasisPhoneReplacing =
        "/registrera?system=pasis&contactDate=2025-06-02&channel=phone&supportProgram=false&replacesVisit=true";

    [Fact]
    public void ShouldKeepSystemAndDateWhenStartingANewContact()
    {
        var cut = Open(PasisPhoneReplacing);

        cut.FindAll("button").Single(b => b.TextContent == "Ny kontakt").Click();

        cut.WaitForAssertion(() => Assert.Equal("/registrera?system=pasis&contactDate=2025-06-02", Address));
        Assert.Equal("Hur skedde kontakten?", cut.Find("h2.question-text").TextContent);
    }

    [Fact]
    public void ShouldCopyTheTypeAndTheRequiredObligationsOnOneLine()
    {
        var module = JSInterop.SetupModule(Module);
        module.Setup<bool>("copyText", _ => true).SetResult(true);
        var cut = Open(PasisPhoneReplacing);

        cut.FindAll("button").Single(b => b.TextContent == "Kopiera").Click();

        cut.WaitForAssertion(() => Assert.Equal("Kopierat", cut.Find(".copy-status").TextContent));
        var copied = (string)module.VerifyInvoke("copyText").Arguments[0]!;
        Assert.StartsWith("KT Telefon kval. Krävs: ", copied, StringComparison.Ordinal);
        Assert.Contains("Registrera diagnos.", copied, StringComparison.Ordinal);
        Assert.DoesNotContain('\n', copied);
    }

    [Fact]
    public void ShouldSayWhenCopyingFailed()
    {
        JSInterop.SetupModule(Module).Setup<bool>("copyText", _ => true).SetResult(false);
        var cut = Open(PasisPhoneReplacing);

        cut.FindAll("button").Single(b => b.TextContent == "Kopiera").Click();

        cut.WaitForAssertion(() => Assert.StartsWith("Kunde inte kopiera", cut.Find(".copy-status").TextContent, StringComparison.Ordinal));
    }

    [Fact]
    public void ShouldAnnounceTheResultInALiveRegion()
    {
        var cut = Open(PasisPhoneReplacing);

        var live = cut.Find("[aria-live=polite]");

        Assert.StartsWith("Resultat: KT Telefon kval.", live.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void ShouldRecordTheServerSideTimeOfEachAnswer()
    {
        var cut = Open();

        cut.Find("button[data-option=pasis]").Click();
        cut.WaitForElement("button[data-option=phone]").Click();

        cut.WaitForAssertion(() => Assert.Equal(2, Timings.Count));
        Assert.NotNull(Timings.P95);
    }
}
