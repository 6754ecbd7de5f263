using System.Diagnostics.Metrics;
using Bunit;
using Distanskontakt.Web.Tests.Api;
using Distanskontakt.Web.Tests.Wizard;
using Microsoft.Extensions.DependencyInjection;

namespace Distanskontakt.Web.Tests.Shell;

/// <summary><c>AppMetrics.Decided</c> from the wizard: once per result reached, never for the prerendered page.</summary>
public sealed class DecisionMetricTests : WizardTestContext
{
    private const string PasisPhoneNotReplacing =
        "/registrera?system=pasis&contactDate=2026-06-01&channel=phone&supportProgram=false&replacesVisit=false";

    [Fact]
    public void ShouldCountAResultOpenedFromAnAddressOnceThoughTheAddressCatchesUpAndAChangeIsCancelled()
    {
        using var counter = new DecisionCounter(Services.GetRequiredService<IMeterFactory>());
        var cut = Open(PasisPhoneNotReplacing);
        Assert.Equal(1, counter.FromWizard);

        Navigation.NavigateTo(PasisPhoneNotReplacing); // the same result again, from outside the wizard
        cut.Find("button[data-input=replacesVisit]").Click();
        cut.Find("button[data-wizard-back]").Click();

        cut.WaitForAssertion(() => Assert.Single(cut.FindAll(".result")));
        Assert.Equal(1, counter.FromWizard);
    }

    [Fact]
    public async Task ShouldCountEachResultReachedByAnswering()
    {
        using var counter = new DecisionCounter(Services.GetRequiredService<IMeterFactory>());
        var cut = Open("/registrera?system=pasis&contactDate=2026-06-01&channel=phone&supportProgram=false");
        Assert.Equal(0, counter.FromWizard);

        await cut.InvokeAsync(() => cut.Instance.OnKeyAsync("2"));
        cut.WaitForAssertion(() => Assert.Equal(1, counter.FromWizard));
        await cut.InvokeAsync(() => cut.Instance.OnKeyAsync("Backspace"));
        await cut.InvokeAsync(() => cut.Instance.OnKeyAsync("1"));

        cut.WaitForAssertion(() => Assert.Contains("KT Telefon kval", cut.Find(".contact-type").TextContent, StringComparison.Ordinal));
        Assert.Equal(2, counter.FromWizard);
    }

    [Fact]
    public async Task ShouldNotCountTheResultOfAPrerenderedPage()
    {
        await using var app = new ApiFactory();
        using var counter = new DecisionCounter(app.Services.GetRequiredService<IMeterFactory>());
        using var client = app.CreateClient();

        var html = await client.GetStringAsync(PasisPhoneNotReplacing, Xunit.TestContext.Current.CancellationToken);

        Assert.Contains("Telefon stand", html, StringComparison.Ordinal); // the result was rendered …
        Assert.Equal(0, counter.FromWizard); // … and is counted by the interactive page that follows, not here
    }
}
