using Distanskontakt.E2E.Tests.Pages;

namespace Distanskontakt.E2E.Tests.Tests;

/// <summary>A whole Region Halland assessment in Chromium, from the menu to the reasoned answer, with axe on the result.</summary>
public sealed class HallandAssessmentTests(BrowserFixture fixture) : BrowserTest(fixture)
{
    [Fact]
    public async Task ShouldAnswerNotADistanskontaktForAShortChatContinuedOnThePhoneWithTheReasonAndTheConsentReminder()
    {
        // From the start page through the menu, as staff would.
        var start = new StartPage(Page);
        await start.OpenAsync();
        var halland = new HallandPage(Page);
        await halland.NavLink.ClickAsync();
        await Expect(halland.Heading).ToBeVisibleAsync();
        await InteractivityProbe.WaitAsync(Page);

        // A chat that was continued on the phone and took only a couple of minutes (hand-written from halland-dk and halland-dig).
        await halland.AnswerAsync("Hur sker kontakten med patienten?", "Telefon", "channel", "phone");
        foreach (var (question, parameter) in new[]
                 {
                     ("Ersätter kontakten ett fysiskt besök?", "ersatterBesok"),
                     ("Motsvarar kontakten innehållsmässigt ett öppenvårdsbesök?", "motsvararBesok"),
                     ("Har kontakten samma patientavgift som ett fysiskt besök, och är patienten informerad om det?", "sammaAvgift"),
                     ("Registreras och inrapporteras kontakten likvärdigt med ett fysiskt besök?", "registrerasSomBesok"),
                     ("Journaldokumenteras kontakten likvärdigt med ett fysiskt besök, i den avtalsansvarige vårdgivarens system?", "journalforsSomBesok"),
                     ("Föregicks kontakten av en sortering?", "sortering"),
                     ("Föregicks kontakten av id-kontroll, med legitimation, stark autentisering eller ett verifierat telefonnummer?", "idKontroll"),
                 })
        {
            await halland.AnswerAsync(question, "Ja", parameter, "true");
        }

        await halland.AnswerAsync("Varade kontakten längre än ett par minuter?", "Nej", "merAnParMinuter", "false");

        // The last questions by keyboard: 1 = Ja (referral routines), 3 = from chat, 2 = not a child under 13.
        await Expect(halland.QuestionHeading("Har vårdgivaren rutiner för remiss när provtagning eller annan medicinsk service behövs?")).ToBeFocusedAsync();
        await Page.Keyboard.PressAsync("1");
        await Expect(Page).ToHaveURLAsync(WizardPage.QueryHas("remissrutiner", "true"));
        await Expect(halland.QuestionHeading("Började kontakten på ett annat sätt och byttes sedan?")).ToBeFocusedAsync();
        await Page.Keyboard.PressAsync("3");
        await Expect(Page).ToHaveURLAsync(WizardPage.QueryHas("switchedFrom", "text"));
        await Page.Keyboard.PressAsync("2");
        await Expect(Page).ToHaveURLAsync(WizardPage.QueryHas("patientUnder13", "false"));

        await Expect(halland.Verdict).ToHaveTextAsync("Inte en distanskontakt");
        await Expect(halland.FailedConditions.GetByRole(AriaRole.Listitem)).ToHaveCountAsync(1);
        var shortContact = halland.FailedCondition("j) Kontakten varade bara ett par minuter");
        await Expect(shortContact.Locator("blockquote.failed-quote")).ToHaveTextAsync("j) på ett par minuter kan inte anses ersätta ett öppenvårdsbesök.");
        await Expect(halland.Reminders).ToContainTextAsync("”I samtycke med patient fortsätter samtalet på telefon”");

        // The source opens to the instruction's own words.
        var source = shortContact.Locator("details");
        await source.Locator("summary").ClickAsync();
        await Expect(source.Locator("blockquote")).ToContainTextAsync("k) kräver att vårdgivaren har rutiner för remiss");

        await Accessibility.AssertNoSeriousViolationsAsync(Page);
    }
}
