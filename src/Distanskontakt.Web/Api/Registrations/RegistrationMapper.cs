using Distanskontakt.Domain.Questions;
using Distanskontakt.Domain.Vocabulary;
using Distanskontakt.Infrastructure.Log;
using Distanskontakt.Infrastructure.Persistence.Entities;

namespace Distanskontakt.Web.Api.Registrations;

public static class RegistrationMapper
{
    public static LoggedDecisionDto ToDto(LoggedDecision row, DecisionVoid? voided = null) => new(
        row.Id,
        Utc(row.LoggedAtUtc),
        row.ContactDate,
        row.UnitCode,
        row.Role,
        AnswersOf(row),
        row.Comment,
        new LoggedOutcomeDto(
            new LoggedRuleSetDto(row.RuleSetId, WireNames.Of(row.RuleSetStatus)),
            WireNames.Of(row.Registration),
            row.ContactTypeName is { } name ? new ContactTypeDto(WireNames.Of(row.System), row.ContactTypeCode, name) : null,
            [.. row.Obligations.Select(o => o.Split(':', 2)).Select(p => new LoggedObligationDto(p[0], p.Length > 1 ? p[1] : ""))],
            row.NoteKinds,
            row.Trace,
            row.QuestionPath),
        row.SecondsTaken is null && row.AnswersChanged is null && row.StepsBack is null
            ? null
            : new WizardAttemptDto(row.SecondsTaken, row.AnswersChanged, row.StepsBack),
        row.AppVersion,
        voided is not null,
        voided is null ? null : new VoidDto(voided.Reason, Utc(voided.VoidedAtUtc)));

    public static LoggedDecisionDto ToDto(LogRow row) => ToDto(row.Decision, row.Void);

    /// <summary>Every input by wire name: its value as the decision request types it (text, date, boolean), null when unanswered.</summary>
    private static Dictionary<string, object?> AnswersOf(LoggedDecision row)
    {
        var answers = row.GivenAnswers();
        var values = new Dictionary<string, object?>(StringComparer.Ordinal);
        foreach (var input in Inputs.All)
        {
            values[input.Name] = input.Type switch
            {
                AnswerType.Date => answers.ContactDate,
                AnswerType.YesNo => answers.Code(input.Input) is var code and >= 0 ? code == 1 : null,
                _ => answers.WireValue(input.Input),
            };
        }

        return values;
    }

    /// <summary>SQLite gives times back without a kind; they were written as UTC.</summary>
    private static DateTime Utc(DateTime value) => DateTime.SpecifyKind(value, DateTimeKind.Utc);
}
