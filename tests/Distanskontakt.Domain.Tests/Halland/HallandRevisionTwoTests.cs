using Distanskontakt.Domain.Halland;
using Distanskontakt.Domain.Sources;
using Distanskontakt.TestUtilities;

namespace Distanskontakt.Domain.Tests.Halland;

/// <summary>Spec §10.5: the e-legitimation reminder covers every booked digital visit; the under-13 reminder is whole.</summary>
public sealed class HallandRevisionTwoTests
{
    private static readonly HallandAssessmentEngine _engine = new(HallandAnswersBuilder.Profile);
    private static readonly SourceTextCatalog _sources = SourceTextCatalog.LoadEmbedded();

    private static IReadOnlyList<HallandStatement> RemindersOf(HallandAnswersBuilder answers) =>
        (_engine.Assess(answers.Build()).Result ?? throw new InvalidOperationException("The answers are not complete.")).Reminders;

    [Theory]
    [InlineData(HallandChannel.Video, true)]
    [InlineData(HallandChannel.Text, true)]
    [InlineData(HallandChannel.Phone, false)]
    public void ShouldRemindOfTheELegitimationBeforeEveryDigitalVisitIsBooked(HallandChannel channel, bool reminded)
    {
        var reminders = RemindersOf(new HallandAnswersBuilder().Channel(channel).AllConditionsMet().NotSwitched().Adult());

        Assert.Equal(reminded, reminders.Any(r => r.Id == "eLegitimationFore"));
        if (reminded)
        {
            var reminder = reminders.Single(r => r.Id == "eLegitimationFore");
            Assert.Contains("innan besök via video eller annat digitalt besök bokas", reminder.Quote, StringComparison.Ordinal);
            Assert.Contains(reminder.Quote!, _sources.Section(reminder.Source.Document, reminder.Source.Section)!.Paragraphs.Single(p => p.Contains("e-legitimation innan", StringComparison.Ordinal)), StringComparison.Ordinal);
        }
    }

    [Fact]
    public void ShouldQuoteTheWholeUnder13SentenceIncludingSharingInformationWithTheCare()
    {
        var reminder = RemindersOf(new HallandAnswersBuilder().Video().AllConditionsMet().NotSwitched().ChildUnder13()).Single(r => r.Id == "barnUnder13");

        Assert.EndsWith("eller dela information med vården för sitt barn.", reminder.Quote, StringComparison.Ordinal);
        Assert.Contains("dela information med vården", reminder.Text, StringComparison.Ordinal);
        Assert.Contains(reminder.Quote!, _sources.Section("halland-dig", "Barn")!.Paragraphs);
    }
}
