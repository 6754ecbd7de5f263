using Distanskontakt.Domain;
using Distanskontakt.Domain.Log;
using Distanskontakt.Domain.Privacy;
using Distanskontakt.Domain.Vocabulary;
using Distanskontakt.Infrastructure.Persistence.Entities;

namespace Distanskontakt.Infrastructure.Log;

/// <summary>A confirmed decision as a log row. Refuses what must never be stored.</summary>
public static class LoggedDecisionFactory
{
    public static LoggedDecision Create(RegistrationDraft draft, DateTime loggedAtUtc, string appVersion)
    {
        var outcome = draft.Decision.Outcome
            ?? throw new ArgumentException("Bara ett fullständigt beslut kan loggas.", nameof(draft));
        var answers = draft.GivenAnswers;
        if (answers.System is not { } system || answers.Channel is not { } channel)
        {
            throw new ArgumentException("System och kanal måste vara besvarade.", nameof(draft));
        }

        var comment = string.IsNullOrWhiteSpace(draft.Comment) ? null : draft.Comment.Trim();
        CheckFreeText(comment, RegistrationLogLimits.CommentMaxLength, nameof(draft));
        ArgumentOutOfRangeException.ThrowIfGreaterThan(draft.UnitCode.Length, RegistrationLogLimits.UnitCodeMaxLength, nameof(draft));
        if (draft.UserIdHash.Length != RegistrationLogLimits.UserIdHashLength)
        {
            throw new ArgumentException("Användar-id ska vara en SHA-256 i hex.", nameof(draft));
        }

        return new LoggedDecision
        {
            Id = Guid.CreateVersion7(new DateTimeOffset(loggedAtUtc, TimeSpan.Zero)),
            LoggedAtUtc = loggedAtUtc,
            ContactDate = draft.Decision.ContactDate,
            UnitCode = draft.UnitCode,
            Role = draft.Role,
            UserIdHash = draft.UserIdHash,
            Answers = AnswerAddress.Format(answers),
            System = system,
            Channel = channel,
            ReplacesVisit = answers.ReplacesVisit,
            QuestionPath = PathOf(draft.Decision.Answered),
            RuleSetId = outcome.RuleSet.Id,
            RuleSetStatus = outcome.RuleSet.Status,
            Registration = outcome.Registration,
            ContactTypeCode = outcome.ContactType?.Code,
            ContactTypeName = outcome.ContactType?.Name,
            ContactTypeKey = outcome.ContactType is { } type ? type.Code ?? type.Name : null,
            Obligations = [.. outcome.Obligations.Select(o => $"{WireNames.Of(o.Id)}:{WireNames.Of(o.Level)}")],
            NoteKinds = [.. outcome.Notes.Select(n => WireNames.Of(n.Kind))],
            Trace = [.. outcome.Trace],
            AppVersion = appVersion,
            SecondsTaken = draft.Attempt?.SecondsTaken,
            AnswersChanged = draft.Attempt?.AnswersChanged,
            StepsBack = draft.Attempt?.StepsBack,
            Comment = comment,
            IdempotencyKey = draft.IdempotencyKey is { } key ? StoredIdempotencyKey.Of(key) : null,
        };
    }

    /// <summary>The questions asked, in asking order, as wire names joined by <c>&gt;</c>.</summary>
    public static string PathOf(IEnumerable<Input> asked) => string.Join('>', asked.Select(WireNames.Of));

    /// <summary>Free text the log keeps: at most <paramref name="maxLength"/> characters and no personnummer.</summary>
    public static void CheckFreeText(string? text, int maxLength, string parameterName)
    {
        if (text is null)
        {
            return;
        }

        if (text.Length > maxLength)
        {
            throw new ArgumentException($"Texten får vara högst {maxLength} tecken.", parameterName);
        }

        if (PersonnummerDetector.ContainsPersonnummer(text))
        {
            // The message never repeats the text.
            throw new ArgumentException(PersonnummerDetector.RefusalMessage, parameterName);
        }
    }
}
