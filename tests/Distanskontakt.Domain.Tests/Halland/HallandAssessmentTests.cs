using Distanskontakt.Domain.Halland;
using Distanskontakt.Domain.Sources;
using Distanskontakt.TestUtilities;

namespace Distanskontakt.Domain.Tests.Halland;

public sealed class HallandAssessmentTests
{
    private static readonly HallandAssessmentEngine _engine = new(HallandAnswersBuilder.Profile);

    private static HallandResult ResultOf(HallandAnswersBuilder answers) =>
        _engine.Assess(answers.Build()).Result ?? throw new InvalidOperationException("The answers are not complete.");

    [Fact]
    public void ShouldAskTheChannelFirst()
    {
        var assessment = _engine.Assess(HallandAnswers.Empty);

        Assert.False(assessment.Complete);
        Assert.Equal(["channel"], assessment.Missing);
        Assert.Equal("channel", assessment.NextQuestion!.Name);
        Assert.Equal(["video", "phone", "text", "letter"], assessment.NextQuestion.Options.Select(o => o.Value));
    }

    [Fact]
    public void ShouldAskEveryVideoConditionInTheSourcesOrderThenTheReminderQuestions()
    {
        var assessment = _engine.Assess(new HallandAnswersBuilder().Video().Build());

        Assert.Equal(
            ["ersatterBesok", "motsvararBesok", "sammaAvgift", "realtidLjudOchBild", "registrerasSomBesok", "journalforsSomBesok",
             "sortering", "idKontroll", "merAnParMinuter", "remissrutiner", "switchedFrom", "patientUnder13"],
            assessment.Missing);
        Assert.Equal("Ersätter kontakten ett fysiskt besök?", assessment.NextQuestion!.Text);
    }

    [Theory]
    [InlineData(HallandChannel.Phone)]
    [InlineData(HallandChannel.Text)]
    public void ShouldAskTheVideoConditionOnlyForVideo(HallandChannel channel)
    {
        var assessment = _engine.Assess(new HallandAnswersBuilder().Channel(channel).Build());

        Assert.DoesNotContain("realtidLjudOchBild", assessment.Missing);
        Assert.DoesNotContain("videoMedSkrift", assessment.Missing);
        Assert.Equal(11, assessment.Missing.Count);
    }

    [Fact]
    public void ShouldNeverAskThePermissionE()
    {
        Assert.DoesNotContain("videoMedSkrift", _engine.QuestionNames);
    }

    [Fact]
    public void ShouldAskAboutTheVerifiedPhoneNumberOnlyOnThePhone()
    {
        var phone = _engine.QuestionOnPath("idKontroll", HallandChannel.Phone)!;
        var video = _engine.QuestionOnPath("idKontroll", HallandChannel.Video)!;

        Assert.Contains("verifierat telefonnummer", phone.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("telefonnummer", video.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void ShouldAnswerThatALetterIsNeverADistanskontaktWithoutAskingMore()
    {
        var assessment = _engine.Assess(new HallandAnswersBuilder().Letter().Build());

        var result = assessment.Result!;
        Assert.Empty(assessment.Missing);
        Assert.Equal(HallandVerdict.InteDistanskontakt, result.Verdict);
        var failed = Assert.Single(result.FailedConditions);
        Assert.Equal("brev", failed.Id);
        Assert.Equal("Alla former av brev definieras inte som en distanskontakt.", failed.Quote);
        Assert.Equal("halland-dk", failed.Source.Document);
        Assert.Equal("Telefon- brev- och textkontakter som INTE definieras som distanskontakt", failed.Source.Section);
        Assert.Empty(result.Reminders);
    }

    [Fact]
    public void ShouldAnswerDistanskontaktWhenEveryConditionIsMet()
    {
        var result = ResultOf(new HallandAnswersBuilder().Video().AllConditionsMet().NotSwitched().Adult());

        Assert.Equal(HallandVerdict.Distanskontakt, result.Verdict);
        Assert.Empty(result.FailedConditions);
        Assert.Equal(["videoMedSkrift"], result.Notes.Select(n => n.Id));
        Assert.Equal(["godkandaSystemVideo", "eLegitimationFore", "smsEndastAvisering"], result.Reminders.Select(r => r.Id));
        Assert.Equal(("halland-dk", "Förutsättningar"), (result.Sources[0].Document, result.Sources[0].Section));
    }

    [Fact]
    public void ShouldNameEveryFailedConditionInTheSourcesOrderAndCiteIt()
    {
        var result = ResultOf(new HallandAnswersBuilder().Phone().AllConditionsMet().Except("merAnParMinuter", "ersatterBesok", "idKontroll").NotSwitched().Adult());

        Assert.Equal(HallandVerdict.InteDistanskontakt, result.Verdict);
        Assert.Equal(["ersatterBesok", "idKontroll", "merAnParMinuter"], result.FailedConditions.Select(f => f.Id));
        Assert.All(result.FailedConditions, f => Assert.Equal(("halland-dk", "Förutsättningar"), (f.Source.Document, f.Source.Section)));
        Assert.Equal("j) på ett par minuter kan inte anses ersätta ett öppenvårdsbesök.", result.FailedConditions[2].Quote);
        Assert.Equal("ejUppfylldaForutsattningar", result.Notes[0].Id);
    }

    [Fact]
    public void ShouldRemindThatConsentToSwitchFromChatToPhoneIsJournaled()
    {
        var result = ResultOf(new HallandAnswersBuilder().Phone().AllConditionsMet().SwitchedFrom("text").Adult());

        var reminder = Assert.Single(result.Reminders, r => r.Id == "samtyckeDigitaltTillTelefon");
        Assert.Contains("”I samtycke med patient fortsätter samtalet på telefon”", reminder.Text, StringComparison.Ordinal);
        Assert.Contains("samma kontaktväg som patienten först tog kontakt", reminder.Text, StringComparison.Ordinal);
        Assert.Equal("Byte från digital kommunikation till telefon", reminder.Source.Section);
        Assert.Contains(result.Sources, s => s.Section == "Byte från digital kommunikation till telefon");
    }

    [Theory]
    [InlineData(HallandChannel.Text, "phone", "samtyckeTelefonTillDigitalt")]
    [InlineData(HallandChannel.Video, "phone", "samtyckeTelefonTillDigitalt")]
    [InlineData(HallandChannel.Video, "text", "samtyckeMellanDigitala")]
    [InlineData(HallandChannel.Text, "video", "samtyckeMellanDigitala")]
    [InlineData(HallandChannel.Phone, "video", "samtyckeDigitaltTillTelefon")]
    public void ShouldRemindOfTheConsentRuleOfEachSwitch(HallandChannel channel, string from, string reminder)
    {
        var result = ResultOf(new HallandAnswersBuilder().Channel(channel).AllConditionsMet().SwitchedFrom(from).Adult());

        var switchReminders = result.Reminders.Where(r => r.Id.StartsWith("samtycke", StringComparison.Ordinal)).Select(r => r.Id);
        Assert.Equal([reminder], switchReminders);
    }

    [Fact]
    public void ShouldGiveNoConsentReminderWhenTheChannelWasNotSwitched()
    {
        var result = ResultOf(new HallandAnswersBuilder().Phone().AllConditionsMet().NotSwitched().Adult());

        Assert.DoesNotContain(result.Reminders, r => r.Id.StartsWith("samtycke", StringComparison.Ordinal));
    }

    [Fact]
    public void ShouldTreatASwitchFromTheSameChannelAsUnanswered()
    {
        var assessment = _engine.Assess(new HallandAnswersBuilder().Phone().AllConditionsMet().SwitchedFrom("phone").Adult().Build());

        Assert.False(assessment.Complete);
        Assert.Equal(["switchedFrom"], assessment.Missing);
        Assert.DoesNotContain(assessment.NextQuestion!.Options, o => o.Value == "phone");
    }

    [Fact]
    public void ShouldRemindThatAGuardianActsForAChildUnder13()
    {
        var child = ResultOf(new HallandAnswersBuilder().Text().AllConditionsMet().NotSwitched().ChildUnder13());
        var adult = ResultOf(new HallandAnswersBuilder().Text().AllConditionsMet().NotSwitched().Adult());

        Assert.Equal("Barn", Assert.Single(child.Reminders, r => r.Id == "barnUnder13").Source.Section);
        Assert.DoesNotContain(adult.Reminders, r => r.Id == "barnUnder13");
        Assert.Equal(HallandVerdict.Distanskontakt, child.Verdict);
    }

    [Fact]
    public void ShouldRemindThatEmailIsNotSafeForWrittenContacts()
    {
        var result = ResultOf(new HallandAnswersBuilder().Text().AllConditionsMet().NotSwitched().Adult());

        // eLegitimationFore too since revision 2 (spec §10.5): a chat is a digital visit.
        Assert.Equal(["eLegitimationFore", "godkandaSystemText", "svaraISammaKanal", "ingenEpost", "smsEndastAvisering"], result.Reminders.Select(r => r.Id));
    }

    [Fact]
    public void ShouldDropAnswersOffThePath()
    {
        var assessment = _engine.Assess(new HallandAnswersBuilder().Phone().AllConditionsMet().Condition("realtidLjudOchBild", false).NotSwitched().Adult().Build());

        Assert.Equal(HallandVerdict.Distanskontakt, assessment.Result!.Verdict);
        Assert.False(assessment.Answers.IsAnswered("realtidLjudOchBild"));
    }

    [Fact]
    public void ShouldProveTheShippedProfileOverEveryAnswerPath()
    {
        var report = HallandProfileVerifier.Verify(HallandAnswersBuilder.Profile, SourceTextCatalog.LoadEmbedded());

        Assert.True(report.IsValid, string.Join("\n", report.Problems));
        // video: 10 conditions, phone and text: 9 each; 3 switch answers, 2 age answers; letter: 1 path.
        Assert.Equal((1024 + 512 + 512) * 3 * 2 + 1, report.PathsChecked);
        Assert.True(report.OffPathVariantsChecked > 0);
    }

    [Fact]
    public void ShouldQuoteTheConditionsAToKInOrderWordForWord()
    {
        var section = SourceTextCatalog.LoadEmbedded().Section("halland-dk", "Förutsättningar")!;
        var profile = HallandAnswersBuilder.Profile;

        Assert.Equal("abcdefghijk".Select(c => c.ToString()), profile.Conditions.Select(c => c.Letter));
        Assert.All(profile.Conditions, c => Assert.Contains(c.Quote, section.Paragraphs));
    }
}
