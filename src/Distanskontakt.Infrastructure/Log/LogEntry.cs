using Distanskontakt.Domain;
using Distanskontakt.Domain.Vocabulary;

namespace Distanskontakt.Infrastructure.Log;

/// <summary>
/// One logged decision as the review, the API and the CSV read it: a plain record, so that no page or endpoint holds
/// the EF entity. <see cref="Answers"/> are the answers as given, the contact date included.
/// </summary>
public sealed record LogEntry(
    Guid Id,
    DateTime LoggedAtUtc,
    DateOnly ContactDate,
    string UnitCode,
    string Role,
    Answers Answers,
    RegistrationSystem System,
    Channel Channel,
    string QuestionPath,
    string RuleSetId,
    RuleSetStatus RuleSetStatus,
    RegistrationKind Registration,
    string? ContactTypeCode,
    string? ContactTypeName,
    string? ContactTypeKey,
    IReadOnlyList<string> Obligations,
    IReadOnlyList<string> NoteKinds,
    IReadOnlyList<string> Trace,
    string AppVersion,
    int? SecondsTaken,
    int? AnswersChanged,
    int? StepsBack,
    string? Comment,
    LogEntryVoid? Void)
{
    public bool Voided => Void is not null;

    /// <summary>The row and its void entry as read from the database (times as UTC: SQLite returns them without a kind).</summary>
    public static LogEntry From(LogRow row)
    {
        var d = row.Decision;
        return new LogEntry(
            d.Id,
            Utc(d.LoggedAtUtc),
            d.ContactDate,
            d.UnitCode,
            d.Role,
            d.GivenAnswers(),
            d.System,
            d.Channel,
            d.QuestionPath,
            d.RuleSetId,
            d.RuleSetStatus,
            d.Registration,
            d.ContactTypeCode,
            d.ContactTypeName,
            d.ContactTypeKey,
            d.Obligations,
            d.NoteKinds,
            d.Trace,
            d.AppVersion,
            d.SecondsTaken,
            d.AnswersChanged,
            d.StepsBack,
            d.Comment,
            row.Void is { } entry ? new LogEntryVoid(entry.Reason, Utc(entry.VoidedAtUtc)) : null);
    }

    private static DateTime Utc(DateTime value) => DateTime.SpecifyKind(value, DateTimeKind.Utc);
}

/// <summary>Why and when an administrator voided the row.</summary>
public sealed record LogEntryVoid(string Reason, DateTime VoidedAtUtc);
