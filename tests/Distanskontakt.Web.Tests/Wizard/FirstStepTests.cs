using Bunit;

namespace Distanskontakt.Web.Tests.Wizard;

/// <summary>The first step: the contact date (today by default, never in the future) and the system.</summary>
public sealed class FirstStepTests : WizardTestContext
{
    [Fact]
    public void ShouldOfferTodayAsTheContactDateAndNoLaterDay()
    {
        var cut = Open();

        var date = cut.Find("input[type=date]");
        Assert.Equal("2026-06-01", date.GetAttribute("value"));
        Assert.Equal("2026-06-01", date.GetAttribute("max"));
        Assert.Equal("Vilket datum ägde kontakten rum?", cut.Find("label[for=kontaktdatum]").TextContent);
    }

    [Fact]
    public void ShouldRefuseAFutureContactDate()
    {
        var cut = Open();

        cut.Find("input[type=date]").Change("2026-06-02");

        cut.WaitForAssertion(() => Assert.Contains(
            "Kontaktdatumet 2026-06-02 ligger i framtiden", cut.Find(".problem").TextContent, StringComparison.Ordinal));
        Assert.DoesNotContain("2026-06-02", Address, StringComparison.Ordinal);
        Assert.Equal("true", cut.Find("input[type=date]").GetAttribute("aria-invalid"));
    }

    [Fact]
    public void ShouldUseAnEarlierContactDateForTheWholeContact()
    {
        var cut = Open();

        cut.Find("input[type=date]").Change("2024-05-10");
        cut.WaitForAssertion(() => Assert.Contains("contactDate=2024-05-10", Address, StringComparison.Ordinal));
        cut.Find("button[data-option=pasis]").Click();

        cut.WaitForAssertion(() => Assert.Equal("/registrera?system=pasis&contactDate=2024-05-10", Address));
    }

    [Fact]
    public void ShouldPresetTheSystemRememberedInThisBrowser()
    {
        JSInterop.SetupModule(Module).Setup<string?>("recallSystem").SetResult("pasis");

        var cut = Open();

        cut.WaitForAssertion(() => Assert.Equal("system-senast", cut.Find("button[data-option=pasis]").GetAttribute("aria-describedby")));
        Assert.Null(cut.Find("button[data-option=pmo]").GetAttribute("aria-describedby"));
    }

    [Fact]
    public void ShouldLetTheSystemInTheAddressWinOverTheRememberedOne()
    {
        JSInterop.SetupModule(Module).Setup<string?>("recallSystem").SetResult("pasis");

        var cut = Open("/registrera?system=pmo&contactDate=2026-06-01");

        Assert.Equal("Hur skedde kontakten?", cut.Find("h2.question-text").TextContent);
        Assert.Contains("PMO", cut.Find("button[data-input=system]").TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void ShouldRememberTheChosenSystemInThisBrowser()
    {
        var module = JSInterop.SetupModule(Module);
        var cut = Open();

        cut.Find("button[data-option=pmo]").Click();

        cut.WaitForAssertion(() => Assert.Equal("pmo", module.VerifyInvoke("rememberSystem").Arguments[0]));
    }
}
