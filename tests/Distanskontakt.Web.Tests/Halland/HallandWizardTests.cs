using Bunit;
using Distanskontakt.Domain.Halland;
using Distanskontakt.Web.Components.Pages.Halland;
using Distanskontakt.Web.Tests.Hosting;
using Microsoft.Extensions.DependencyInjection;

namespace Distanskontakt.Web.Tests.Halland;

/// <summary>The Halland wizard at /halland: one question at a time, the address as state, keys, the result card.</summary>
public sealed class HallandWizardTests : PageTestContext
{
    private const string AllMetPhone =
        "&ersatterBesok=true&motsvararBesok=true&sammaAvgift=true&registrerasSomBesok=true&journalforsSomBesok=true" +
        "&sortering=true&idKontroll=true&merAnParMinuter=true&remissrutiner=true";

    private static readonly HallandAssessmentEngine _engine = new(HallandProfileVerifier.LoadVerified(SourceTexts));

    public HallandWizardTests()
    {
        Services.AddSingleton(_engine);
    }

    private IRenderedComponent<HallandWizard> Open(string address = HallandUrl.Page)
    {
        Navigation.NavigateTo(address);
        return Render<HallandWizard>();
    }

    [Fact]
    public void ShouldAskHowTheContactTakesPlaceFirst()
    {
        var cut = Open();

        Assert.Equal("Hur sker kontakten med patienten?", cut.Find("h2.question-text").TextContent);
        Assert.Equal(["Video", "Telefon", "Skriftligt", "Brev"], cut.FindAll(".option-label").Select(o => o.TextContent));
        Assert.Empty(cut.FindAll("[data-wizard-back]"));
    }

    [Fact]
    public void ShouldAskTheFirstConditionAfterTheChannelAndWriteTheAnswerToTheAddress()
    {
        var cut = Open();

        cut.Find("button[data-option=video]").Click();

        Assert.Equal("/halland?channel=video", Address);
        Assert.Equal("Ersätter kontakten ett fysiskt besök?", cut.Find("h2.question-text").TextContent);
        Assert.Contains("Video", cut.Find("nav[aria-label='Dina svar']").TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void ShouldAskTheVideoConditionAfterTheContentAndFeeConditionsOnVideo()
    {
        var cut = Open("/halland?channel=video&ersatterBesok=true&motsvararBesok=true&sammaAvgift=true");

        Assert.Equal("Överförs digitalt ljud och bild i realtid under videokontakten?", cut.Find("h2.question-text").TextContent);
    }

    [Fact]
    public void ShouldAskAboutTheVerifiedPhoneNumberOnThePhone()
    {
        var cut = Open("/halland?channel=phone&ersatterBesok=true&motsvararBesok=true&sammaAvgift=true&registrerasSomBesok=true&journalforsSomBesok=true&sortering=true");

        Assert.Contains("verifierat telefonnummer", cut.Find("h2.question-text").TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ShouldAnswerByNumberKeyAndGoBackWithBackspace()
    {
        var cut = Open("/halland?channel=text");

        await cut.InvokeAsync(() => cut.Instance.OnKeyAsync("2"));
        cut.WaitForAssertion(() => Assert.Equal("/halland?channel=text&ersatterBesok=false", Address));
        Assert.Equal("Motsvarar kontakten innehållsmässigt ett öppenvårdsbesök?", cut.Find("h2.question-text").TextContent);

        await cut.InvokeAsync(() => cut.Instance.OnKeyAsync("Backspace"));
        cut.WaitForAssertion(() => Assert.Equal("/halland?channel=text", Address));
        Assert.Equal("Ersätter kontakten ett fysiskt besök?", cut.Find("h2.question-text").TextContent);
    }

    [Fact]
    public void ShouldShowThatALetterIsNotADistanskontaktWithTheSourcesWords()
    {
        var cut = Open("/halland?channel=letter");

        Assert.Equal("Inte en distanskontakt", cut.Find(".verdict-main").TextContent);
        var failed = cut.Find("[data-condition=brev]");
        Assert.Equal("Alla former av brev definieras inte som en distanskontakt.", failed.QuerySelector("blockquote.failed-quote")!.TextContent);
        Assert.NotNull(failed.QuerySelector("details.source[data-document=halland-dk]"));
    }

    [Fact]
    public void ShouldNameEachFailedConditionWithItsQuoteAndAnExpandableSource()
    {
        var cut = Open("/halland?channel=phone" + AllMetPhone.Replace("sortering=true", "sortering=false", StringComparison.Ordinal)
            .Replace("merAnParMinuter=true", "merAnParMinuter=false", StringComparison.Ordinal) + "&switchedFrom=none&patientUnder13=false");

        Assert.Equal("Inte en distanskontakt", cut.Find(".verdict-main").TextContent);
        var failed = cut.FindAll(".failed li[data-condition]");
        Assert.Equal(["sortering", "merAnParMinuter"], failed.Select(f => f.GetAttribute("data-condition")));
        Assert.StartsWith("h) ska föregås av en ”sortering”", failed[0].QuerySelector("blockquote.failed-quote")!.TextContent, StringComparison.Ordinal);
        var source = failed[1].QuerySelector("details.source")!;
        Assert.Equal("Förutsättningar", source.GetAttribute("data-section"));
        Assert.Contains("j) på ett par minuter kan inte anses ersätta ett öppenvårdsbesök.", source.QuerySelector("blockquote")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void ShouldShowDistanskontaktAndTheConsentReminderForAChatContinuedOnThePhone()
    {
        var cut = Open("/halland?channel=phone" + AllMetPhone + "&switchedFrom=text&patientUnder13=true");

        Assert.Equal("Distanskontakt", cut.Find(".verdict-main").TextContent);
        Assert.Empty(cut.FindAll(".failed"));
        var consent = cut.Find("[data-reminder=samtyckeDigitaltTillTelefon]");
        Assert.Contains("”I samtycke med patient fortsätter samtalet på telefon”", consent.TextContent, StringComparison.Ordinal);
        Assert.NotNull(cut.Find("[data-reminder=barnUnder13]"));
        Assert.DoesNotContain("PASiS (kontakttyp)", cut.Markup, StringComparison.Ordinal);
    }

    [Fact]
    public void ShouldNotOfferTheContactsOwnChannelAsTheOneItWasSwitchedFrom()
    {
        var cut = Open("/halland?channel=phone" + AllMetPhone);

        Assert.Equal("Började kontakten på ett annat sätt och byttes sedan?", cut.Find("h2.question-text").TextContent);
        Assert.Equal(["none", "video", "text"], cut.FindAll("button[data-option]").Select(b => b.GetAttribute("data-option")));
    }

    [Fact]
    public void ShouldReportAnUnknownValueInTheAddressAtItsQuestion()
    {
        var cut = Open("/halland?channel=fax");

        Assert.Equal("Hur sker kontakten med patienten?", cut.Find("h2.question-text").TextContent);
        Assert.Contains("fax", cut.Find(".problem").TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void ShouldChangeAnEarlierAnswerFromTheTrail()
    {
        var cut = Open("/halland?channel=letter");

        cut.Find("nav[aria-label='Dina svar'] button.trail-change").Click();
        Assert.Equal("true", cut.Find("button[data-option=letter]").GetAttribute("aria-pressed"));
        cut.Find("button[data-option=text]").Click();

        Assert.Equal("/halland?channel=text", Address);
        Assert.Equal("Ersätter kontakten ett fysiskt besök?", cut.Find("h2.question-text").TextContent);
    }

    [Fact]
    public void ShouldStartANewAssessmentFromTheResult()
    {
        var cut = Open("/halland?channel=letter");

        cut.FindAll("button.action").Single(b => b.TextContent == "Ny bedömning").Click();

        Assert.Equal("/halland", Address);
        Assert.Equal("Hur sker kontakten med patienten?", cut.Find("h2.question-text").TextContent);
    }
}
