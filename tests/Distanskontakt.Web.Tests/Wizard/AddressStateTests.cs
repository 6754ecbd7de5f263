using Bunit;

namespace Distanskontakt.Web.Tests.Wizard;

/// <summary>The address holds the answers: each answer rewrites it, and opening it restores the state.</summary>
public sealed class AddressStateTests : WizardTestContext
{
    private const string PasisPhoneNotReplacing =
        "/registrera?system=pasis&contactDate=2025-06-02&channel=phone&supportProgram=false&replacesVisit=false";

    [Fact]
    public void ShouldWriteEveryAnswerAndTheContactDateToTheAddressInAskingOrder()
    {
        var cut = Open();

        cut.Find("button[data-option=pasis]").Click();
        cut.WaitForElement("button[data-option=phone]").Click();
        cut.WaitForAssertion(() => Assert.Contains("Stöd och behandling", cut.Find("h2.question-text").TextContent, StringComparison.Ordinal));
        cut.Find("button[data-option=false]").Click();
        cut.WaitForAssertion(() => Assert.Equal("Ersätter kontakten ett besök?", cut.Find("h2.question-text").TextContent));
        cut.Find("button[data-option=false]").Click();

        // skane-v4 asks no same-day question for TE (spec §10.2): the answer is complete here.
        cut.WaitForAssertion(() => Assert.Equal(
            "/registrera?system=pasis&contactDate=2026-06-01&channel=phone&supportProgram=false&replacesVisit=false",
            Address));
    }

    [Fact]
    public void ShouldReplaceTheHistoryEntryOnEveryAnswer()
    {
        var cut = Open();

        cut.Find("button[data-option=pmo]").Click();
        cut.WaitForElement("button[data-option=video]").Click();

        cut.WaitForAssertion(() => Assert.Contains("channel=video", Address, StringComparison.Ordinal));
        var entry = Assert.Single(Navigation.History); // the opening entry, replaced by each answer: no history flood
        Assert.True(entry.Options.ReplaceHistoryEntry);
        Assert.EndsWith("/registrera?system=pmo&contactDate=2026-06-01&channel=video", entry.Uri, StringComparison.Ordinal);
    }

    [Fact]
    public void ShouldShowTheResultWhenASharedAddressIsComplete()
    {
        var cut = Open(PasisPhoneNotReplacing);

        Assert.Equal("Frivillig registrering", cut.Find(".verdict-main").TextContent);
        Assert.Contains("TE Telefon stand", cut.Find(".contact-type").TextContent, StringComparison.Ordinal);
        Assert.Equal(PasisPhoneNotReplacing, Address);
    }

    [Fact]
    public void ShouldAskTheNextQuestionWhenASharedAddressIsIncomplete()
    {
        var cut = Open("/registrera?system=pmo&contactDate=2026-06-01&channel=text");

        Assert.Equal("Skedde kontakten via 1177 direkt?", cut.Find("h2.question-text").TextContent);
    }

    [Fact]
    public void ShouldShowASwedishMessageAndAskAgainWhenTheAddressHoldsAnUnknownValue()
    {
        var cut = Open("/registrera?system=pasis&contactDate=2026-06-01&channel=fax");

        Assert.Equal("Hur skedde kontakten?", cut.Find("h2.question-text").TextContent);
        var problem = cut.Find(".problem").TextContent;
        Assert.Contains("”fax”", problem, StringComparison.Ordinal);
        Assert.Contains("inte är ett av svaren", problem, StringComparison.Ordinal);
    }

    [Fact]
    public void ShouldClearTheMessageOnceTheQuestionIsAnswered()
    {
        var cut = Open("/registrera?system=pasis&contactDate=2026-06-01&channel=fax");

        cut.Find("button[data-option=video]").Click();

        cut.WaitForAssertion(() => Assert.Empty(cut.FindAll(".problem")));
        Assert.Equal("/registrera?system=pasis&contactDate=2026-06-01&channel=video", Address);
    }

    [Fact]
    public void ShouldAskForTheDateAgainWhenTheAddressHoldsAMalformedDate()
    {
        var cut = Open("/registrera?system=pmo&contactDate=2026-13-45&channel=phone");

        Assert.Single(cut.FindAll("input[type=date]"));
        Assert.Contains("”2026-13-45” är inte ett giltigt datum", cut.Find(".problem").TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void ShouldAskForTheDateAgainWhenTheAddressHoldsAFutureDate()
    {
        var cut = Open("/registrera?system=pmo&contactDate=2026-06-02&channel=phone");

        Assert.Single(cut.FindAll("input[type=date]"));
        Assert.Contains("ligger i framtiden", cut.Find(".problem").TextContent, StringComparison.Ordinal);
        Assert.Equal("2026-06-01", cut.Find("input[type=date]").GetAttribute("value"));
    }

    [Fact]
    public void ShouldDropAnAnswerThatIsNotOnThePathFromTheAddress()
    {
        var cut = Open("/registrera?system=pasis&contactDate=2026-06-01&channel=patientSelfService&replacesVisit=true&via1177Direkt=true");

        cut.WaitForAssertion(() => Assert.Equal("/registrera?system=pasis&contactDate=2026-06-01&channel=patientSelfService", Address));
        Assert.Equal("Ingen registrering", cut.Find(".verdict-main").TextContent);
    }

    [Fact]
    public void ShouldNotRewriteAnAddressThatIsAlreadyExact()
    {
        Open(PasisPhoneNotReplacing);

        Assert.DoesNotContain(Navigation.History, entry => entry.Options.ReplaceHistoryEntry);
    }
}
