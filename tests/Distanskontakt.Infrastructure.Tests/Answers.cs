using Distanskontakt.TestUtilities;

namespace Distanskontakt.Infrastructure.Tests;

/// <summary>Complete answer sets used across the tests (all dated inside skane-v4).</summary>
internal static class CompleteAnswers
{
    public static Domain.Answers PasisPhoneNotReplacing(int day = 2) =>
        new AnswersBuilder().Pasis().On(2026, 5, day).Phone().SupportProgram(false).NotReplacingVisit().LeadsToVisitSameDay(false).Build();

    public static Domain.Answers PasisVideoReplacing(int day = 2) =>
        new AnswersBuilder().Pasis().On(2026, 5, day).Video().SupportProgram(false).ReplacingVisit().Build();

    public static Domain.Answers PmoPhoneReplacing(int day = 2) =>
        new AnswersBuilder().Pmo().On(2026, 5, day).Phone().Ordinary().ReplacingVisit().Build();
}
