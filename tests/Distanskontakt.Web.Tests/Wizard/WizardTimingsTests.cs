using Distanskontakt.Web.Components.Pages.Registrera;

namespace Distanskontakt.Web.Tests.Wizard;

public sealed class WizardTimingsTests
{
    [Fact]
    public void ShouldReportNoPercentileBeforeAnyAnswer()
    {
        var timings = new WizardTimings();

        Assert.Null(timings.P50);
        Assert.Null(timings.P95);
    }

    [Fact]
    public void ShouldReportNearestRankPercentilesOfTheAnswersHeld()
    {
        var timings = new WizardTimings();
        for (var ms = 1; ms <= 100; ms++)
        {
            timings.Record(TimeSpan.FromMilliseconds(ms));
        }

        Assert.Equal((50d, 95d), (timings.P50, timings.P95));
    }

    [Fact]
    public void ShouldCountEveryAnswerRecordedBeyondThoseHeld()
    {
        var timings = new WizardTimings();
        for (var i = 0; i < WizardTimings.Capacity + 10; i++)
        {
            timings.Record(TimeSpan.FromMilliseconds(1));
        }

        Assert.Equal((WizardTimings.Capacity + 10L, WizardTimings.Capacity), (timings.Recorded, timings.Count));
    }

    [Fact]
    public void ShouldKeepOnlyTheLatestAnswersWhenFull()
    {
        var timings = new WizardTimings();
        for (var i = 0; i < WizardTimings.Capacity + 10; i++)
        {
            timings.Record(TimeSpan.FromMilliseconds(i));
        }

        var held = timings.Snapshot();
        Assert.Equal(WizardTimings.Capacity, held.Count);
        Assert.Equal(10d, held[0]);
        Assert.Equal(WizardTimings.Capacity + 9d, held[^1]);
    }
}
