using Distanskontakt.Domain.Questions;
using Distanskontakt.Domain.Vocabulary;
using Distanskontakt.Infrastructure.Log;

namespace Distanskontakt.Web.Api.Registrations;

public static class RegistrationMapper
{
    public static LoggedDecisionDto ToDto(LogEntry entry) => new(
        entry.Id,
        entry.LoggedAtUtc,
        entry.ContactDate,
        entry.UnitCode,
        entry.Role,
        AnswersOf(entry.Answers),
        entry.Comment,
        new LoggedOutcomeDto(
            new LoggedRuleSetDto(entry.RuleSetId, WireNames.Of(entry.RuleSetStatus)),
            WireNames.Of(entry.Registration),
            entry.ContactTypeName is { } name ? new ContactTypeDto(WireNames.Of(entry.System), entry.ContactTypeCode, name) : null,
            [.. entry.Obligations.Select(o => o.Split(':', 2)).Select(p => new LoggedObligationDto(p[0], p.Length > 1 ? p[1] : ""))],
            entry.NoteKinds,
            entry.Trace,
            entry.QuestionPath),
        entry.SecondsTaken is null && entry.AnswersChanged is null && entry.StepsBack is null
            ? null
            : new WizardAttemptDto(entry.SecondsTaken, entry.AnswersChanged, entry.StepsBack),
        entry.AppVersion,
        entry.Voided,
        entry.Void is { } voided ? new VoidDto(voided.Reason, voided.VoidedAtUtc) : null);

    /// <summary>Every input by wire name: its value as the decision request types it (text, date, boolean), null when unanswered.</summary>
    private static Dictionary<string, object?> AnswersOf(Domain.Answers answers)
    {
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
}
