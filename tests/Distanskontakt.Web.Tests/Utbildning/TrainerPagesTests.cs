using Bunit;
using Distanskontakt.Domain.Privacy;
using Distanskontakt.Web.Components.Pages.Utbildning;
using Distanskontakt.Web.Security;

namespace Distanskontakt.Web.Tests.Utbildning;

public sealed class TrainerPagesTests : TrainingTestContext
{
    [Fact]
    public void ShouldStepThroughAScenarioWithTheChosenAndDecidingAnswerHighlighted()
    {
        SignIn(Roles.Utbildare);
        var page = Render<Demonstration>(p => p.Add(d => d.Id, "v4-pmo-egen-formular-1177"));

        Assert.Contains("Steg 1 av", page.Find(".demo-progress").TextContent, StringComparison.Ordinal);
        Assert.NotNull(page.Find("blockquote.demo-situation"));

        page.InvokeAsync(() => page.Instance.OnStepKeyAsync("next"));
        Assert.Equal("system", page.Find("section.demo-step").GetAttribute("data-input"));
        Assert.Equal("PMO", page.Find(".demo-answer.chosen").TextContent.Trim().Split(' ')[0]);

        page.InvokeAsync(() => page.Instance.OnStepKeyAsync("next"));
        Assert.Equal("contactDate", page.Find("section.demo-step").GetAttribute("data-input"));
        page.InvokeAsync(() => page.Instance.OnStepKeyAsync("next"));
        var channel = page.Find("section.demo-step");
        Assert.Equal("channel", channel.GetAttribute("data-input"));
        Assert.Contains("deciding", channel.ClassList);
        Assert.Contains(channel.QuerySelectorAll("details.source"), d => d.GetAttribute("data-section") == "§1.5.1");

        page.InvokeAsync(() => page.Instance.OnStepKeyAsync("next"));
        Assert.Contains("Ingen registrering", page.Find(".demo-verdict").TextContent, StringComparison.Ordinal);
        page.InvokeAsync(() => page.Instance.OnStepKeyAsync("back"));
        Assert.Equal("channel", page.Find("section.demo-step").GetAttribute("data-input"));
    }

    [Fact]
    public async Task ShouldRefuseAPersonnummerInATrainersScenarioWithoutShowingOrStoringIt()
    {
        SignIn(Roles.Utbildare);
        var page = Render<EgnaScenarier>();

        page.Find("#rubrik").Change("Telefonsamtal");
        page.Find("#situation").Change("Patienten 19811218-9876 ringer om provsvar.");
        page.Find("form.custom-form").Submit();

        Assert.Contains(PersonnummerDetector.RefusalMessage, page.Markup, StringComparison.Ordinal);
        Assert.DoesNotContain("9876", page.Markup, StringComparison.Ordinal);
        Assert.Empty(await Store.CustomScenariosAsync(Xunit.TestContext.Current.CancellationToken));
    }
}
