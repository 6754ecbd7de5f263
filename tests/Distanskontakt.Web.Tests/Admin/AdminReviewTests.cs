using Bunit;
using Distanskontakt.Domain;
using Distanskontakt.Infrastructure.Log;
using Distanskontakt.TestUtilities;
using Distanskontakt.Web.Components.Pages.Admin;
using Distanskontakt.Web.Security;
using Distanskontakt.Web.Tests.RegistreraBeslut;

namespace Distanskontakt.Web.Tests.Admin;

/// <summary>The administrator's review on a real SQLite log: own units only, filters, detail and void.</summary>
public sealed class AdminReviewTests : LogTestContext
{
    [Fact]
    public async Task ShouldListOnlyTheAdministratorsOwnUnitAndFilterByChannel()
    {
        await LogAsync(new AnswersBuilder().Pmo().On(2026, 5, 20).Phone().Ordinary().NotReplacingVisit().LeadsToVisitSameDay(false).Build(), PmoUnit);
        await LogAsync(new AnswersBuilder().Pmo().On(2026, 5, 21).Video().Ordinary().ReplacingVisit().Build(), PmoUnit);
        await LogAsync(new AnswersBuilder().Pasis().On(2026, 5, 22).Phone().SupportProgram(false).NotReplacingVisit().LeadsToVisitSameDay(false).Build(), PasisUnit);
        SignIn("admin", Roles.Administrator, PmoUnit);

        var cut = Render<Components.Pages.Admin.Admin>();

        cut.WaitForAssertion(() => Assert.Equal(2, DataRows(cut).Count));
        Assert.All(DataRows(cut), row => Assert.Contains(PmoUnit, row.TextContent, StringComparison.Ordinal));
        Assert.Contains("2 beslut", cut.Find(".figures").TextContent, StringComparison.Ordinal);

        cut.Find("#filter-channel").Change("video");
        cut.Find("form.filters").Submit();

        cut.WaitForAssertion(() => Assert.Single(DataRows(cut)));
        Assert.Contains("2026-05-21", DataRows(cut)[0].TextContent, StringComparison.Ordinal);
        Assert.Contains("channel=video", cut.Find("a.export").GetAttribute("href"), StringComparison.Ordinal);
        Assert.Contains("1 beslut", cut.Find(".figures").TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ShouldShowTheDetailAndVoidARowWithAReason()
    {
        await LogAsync(new AnswersBuilder().Pmo().On(2026, 5, 20).Phone().Ordinary().NotReplacingVisit().LeadsToVisitSameDay(false).Build(), PmoUnit);
        SignIn("admin", Roles.Administrator, PmoUnit);
        var cut = Render<Components.Pages.Admin.Admin>();
        cut.WaitForAssertion(() => Assert.Single(DataRows(cut)));

        DataRows(cut)[0].QuerySelector("button")!.Click();
        cut.WaitForAssertion(() => Assert.Contains("Regelspår", cut.Find(".detail").TextContent, StringComparison.Ordinal));
        Assert.Contains("Telefon", cut.Find(".detail .answers").TextContent, StringComparison.Ordinal);
        Assert.NotEmpty(cut.FindAll(".detail .trace li"));

        cut.Find(".void-form").Submit();
        Assert.Equal("Ange varför beslutet makuleras.", cut.Find("#void-problem").TextContent);

        cut.Find("#void-reason").Input("Fel enhet vald");
        cut.Find(".void-form").Submit();

        cut.WaitForAssertion(() => Assert.Contains("Makulerad", DataRows(cut)[0].TextContent, StringComparison.Ordinal));
        Assert.Contains("Fel enhet vald", cut.Find(".voided-note").TextContent, StringComparison.Ordinal);
        Assert.Equal("Fel enhet vald", Assert.Single(Rows()).Void?.Reason);
        Assert.Contains("0 beslut", cut.Find(".figures").TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ShouldSortTheGridByTheClickedColumnsKeyOnTheServer()
    {
        // By date the phone call comes first (newest); by channel ascending too, descending the video does.
        await LogAsync(new AnswersBuilder().Pmo().On(2026, 5, 20).Video().Ordinary().ReplacingVisit().Build(), PmoUnit);
        await LogAsync(new AnswersBuilder().Pmo().On(2026, 5, 21).Phone().Ordinary().NotReplacingVisit().LeadsToVisitSameDay(false).Build(), PmoUnit);
        SignIn("admin", Roles.Administrator, PmoUnit);
        var cut = Render<Components.Pages.Admin.Admin>();
        cut.WaitForAssertion(() => Assert.Equal(2, DataRows(cut).Count));
        Assert.Contains("2026-05-21", DataRows(cut)[0].TextContent, StringComparison.Ordinal);

        Header(cut, "Kontaktsätt").Click();
        cut.WaitForAssertion(() => Assert.Contains("Telefon", DataRows(cut)[0].TextContent, StringComparison.Ordinal));

        Header(cut, "Kontaktsätt").Click();
        cut.WaitForAssertion(() => Assert.Contains("2026-05-20", DataRows(cut)[0].TextContent, StringComparison.Ordinal));
        Assert.Contains("Video", DataRows(cut)[0].TextContent, StringComparison.Ordinal);
    }

    private async Task LogAsync(Answers answers, string unit)
    {
        var flow = Engine.Decide(answers);
        Assert.True(flow.Complete);
        var result = await new RegistrationLog(Factory, Clock, new Distanskontakt.Infrastructure.AppVersion("test")).AppendAsync(
            new RegistrationDraft(flow, flow.Answers, unit, Roles.Personal, SignedInUser.HashOf("demo:personal")),
            Xunit.TestContext.Current.CancellationToken);
        Assert.Equal(AppendStatus.Created, result.Status);
    }

    private static AngleSharp.Dom.IElement Header(IRenderedComponent<Components.Pages.Admin.Admin> cut, string title) =>
        cut.FindAll("table.log-grid thead th button").First(button => button.TextContent.Contains(title, StringComparison.Ordinal));

    private static IReadOnlyList<AngleSharp.Dom.IElement> DataRows(IRenderedComponent<Components.Pages.Admin.Admin> cut) =>
        [.. cut.FindAll("table.log-grid tbody tr").Where(row => row.QuerySelector("button") is not null)];
}
