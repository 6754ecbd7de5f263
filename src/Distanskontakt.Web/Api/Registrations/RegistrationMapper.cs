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
        new Dictionary<string, object?>(StringComparer.Ordinal)
        {
            [WireNames.Of(Input.System)] = WireNames.Of(row.System),
            [WireNames.Of(Input.ContactDate)] = row.ContactDate,
            [WireNames.Of(Input.Channel)] = WireNames.Of(row.Channel),
            [WireNames.Of(Input.Via1177Direkt)] = row.Via1177Direkt,
            [WireNames.Of(Input.HandedOverSameUnitSameDay)] = row.HandedOverSameUnitSameDay,
            [WireNames.Of(Input.SupportProgram)] = row.SupportProgram,
            [WireNames.Of(Input.JournalDocumented)] = row.JournalDocumented,
            [WireNames.Of(Input.ReplacesVisit)] = row.ReplacesVisit,
            [WireNames.Of(Input.LeadsToVisitSameDaySameUnit)] = row.LeadsToVisitSameDaySameUnit,
        },
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

    /// <summary>SQLite gives times back without a kind; they were written as UTC.</summary>
    private static DateTime Utc(DateTime value) => DateTime.SpecifyKind(value, DateTimeKind.Utc);
}
