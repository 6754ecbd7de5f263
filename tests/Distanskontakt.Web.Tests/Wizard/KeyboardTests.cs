using Bunit;

namespace Distanskontakt.Web.Tests.Wizard;

/// <summary>The page's key handling, as the key listener in registrera.js calls it.</summary>
public sealed class KeyboardTests : WizardTestContext
{
    [Fact]
    public async Task ShouldChooseTheSecondOptionWhenTwoIsPressed()
    {
        var cut = Open("/registrera?system=pasis&contactDate=2026-06-01");

        await cut.InvokeAsync(() => cut.Instance.OnKeyAsync("2"));

        cut.WaitForAssertion(() => Assert.Equal("/registrera?system=pasis&contactDate=2026-06-01&channel=phone", Address));
        Assert.Equal("Ingår kontakten i ett program i Stöd och behandling?", cut.Find("h2.question-text").TextContent);
    }

    [Fact]
    public async Task ShouldChooseTheSystemByNumberInTheFirstStep()
    {
        var cut = Open();

        await cut.InvokeAsync(() => cut.Instance.OnKeyAsync("1"));

        cut.WaitForAssertion(() => Assert.Equal("/registrera?system=pmo&contactDate=2026-06-01", Address));
        Assert.Equal("Hur skedde kontakten?", cut.Find("h2.question-text").TextContent);
    }

    [Fact]
    public async Task ShouldIgnoreANumberBeyondTheOptions()
    {
        var cut = Open("/registrera?system=pasis&contactDate=2026-06-01&channel=phone");

        await cut.InvokeAsync(() => cut.Instance.OnKeyAsync("3"));

        Assert.Equal("/registrera?system=pasis&contactDate=2026-06-01&channel=phone", Address);
        Assert.Equal("Ingår kontakten i ett program i Stöd och behandling?", cut.Find("h2.question-text").TextContent);
    }

    [Fact]
    public async Task ShouldGoBackOneQuestionWhenBackspaceIsPressed()
    {
        var cut = Open("/registrera?system=pasis&contactDate=2026-06-01&channel=phone&supportProgram=false");

        await cut.InvokeAsync(() => cut.Instance.OnKeyAsync("Backspace"));

        cut.WaitForAssertion(() => Assert.Equal("/registrera?system=pasis&contactDate=2026-06-01&channel=phone", Address));
        Assert.Equal("Ingår kontakten i ett program i Stöd och behandling?", cut.Find("h2.question-text").TextContent);
    }

    [Fact]
    public async Task ShouldGoBackFromTheResultToItsLastQuestion()
    {
        var cut = Open("/registrera?system=pasis&contactDate=2026-06-01&channel=patientSelfService");
        Assert.Equal("Ingen registrering", cut.Find(".verdict-main").TextContent);

        await cut.InvokeAsync(() => cut.Instance.OnKeyAsync("Backspace"));

        cut.WaitForAssertion(() => Assert.Equal("Hur skedde kontakten?", cut.Find("h2.question-text").TextContent));
    }

    [Fact]
    public async Task ShouldAnswerAWholePathByNumberKeys()
    {
        var cut = Open();

        foreach (var key in new[] { "2", "2", "2", "2" })
        {
            await cut.InvokeAsync(() => cut.Instance.OnKeyAsync(key));
        }

        cut.WaitForAssertion(() => Assert.Equal(
            "/registrera?system=pasis&contactDate=2026-06-01&channel=phone&supportProgram=false&replacesVisit=false",
            Address));
        Assert.Contains("TE Telefon stand", cut.Find(".contact-type").TextContent, StringComparison.Ordinal);
    }
}
