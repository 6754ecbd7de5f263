using System.Data.Common;
using Distanskontakt.Domain.Engine;
using Distanskontakt.Domain.Log;
using Distanskontakt.Domain.Privacy;
using Distanskontakt.Domain.Vocabulary;
using Distanskontakt.Infrastructure.Log;
using Distanskontakt.Infrastructure.Operations;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using Microsoft.Extensions.Logging;

namespace Distanskontakt.Infrastructure.UseCases.Registrations;

/// <summary>
/// Logs a confirmed decision: the one set of checks for the registration API and the wizard's dialog. The user
/// (a role and exactly one configured unit), the idempotency key, the comment (at most 200 characters, no
/// personnummer — the message never repeats it), then the engine decides the answers again and only a complete
/// decision is written. Counts refused personnummer and written rows once, here.
/// </summary>
public sealed partial class LogDecision(
    DecisionEngine engine, RegistrationLog log, IKnownUnits units, AppMetrics? metrics = null, ILogger<LogDecision>? logger = null)
{
    public const string CommentField = "comment";

    /// <summary>The API sends the key as this header, so its problem is keyed by the header's name.</summary>
    public const string IdempotencyKeyField = "Idempotency-Key";

    public const string RoleField = "role";

    public const string UnitField = "unit";

    public const string NoRoleMessage = "Din roll får inte logga beslut.";

    public const string NoUnitMessage = "Ingen känd enhet är vald för din inloggning. Välj enhet och försök igen.";

    public const string IncompleteMessage = "Svar saknas: bara ett fullständigt beslut kan loggas.";

    public const string MissingAnswerMessage = "Svaret behövs för att beslutet ska kunna loggas.";

    public static readonly string CommentTooLongMessage = $"Kommentaren får vara högst {RegistrationLogLimits.CommentMaxLength} tecken.";

    public static readonly string BadKeyMessage = $"Nyckeln får vara högst {RegistrationLogLimits.IdempotencyKeyMaxLength} synliga ASCII-tecken.";

    /// <summary>
    /// The checks that need no answers (the user and the key), so an API can refuse a caller before it reads the body.
    /// <see cref="LogAsync"/> makes them again.
    /// </summary>
    public LogDecisionResult? RefuseCaller(LoggingUser user, string? idempotencyKey)
    {
        if (user.Role is not { Length: > 0 })
        {
            return Forbidden(RoleField, NoRoleMessage);
        }

        if (user.Units is not [var unit] || !units.IsKnown(unit))
        {
            return Forbidden(UnitField, NoUnitMessage);
        }

        return idempotencyKey is { Length: > 0 } key && (key.Length > RegistrationLogLimits.IdempotencyKeyMaxLength || key.Any(c => c is < '!' or > '~'))
            ? new LogDecisionResult(LogDecisionStatus.Refused, Problems: new Dictionary<string, string>(StringComparer.Ordinal) { [IdempotencyKeyField] = BadKeyMessage })
            : null;
    }

    public async Task<LogDecisionResult> LogAsync(LogDecisionCommand command, CancellationToken cancellationToken = default)
    {
        var user = command.User;
        if (RefuseCaller(user, command.IdempotencyKey) is { } refused)
        {
            return refused;
        }

        var role = user.Role!;
        var unit = user.Units[0];
        var problems = new Dictionary<string, string>(StringComparer.Ordinal);
        var key = string.IsNullOrEmpty(command.IdempotencyKey) ? null : command.IdempotencyKey;
        var comment = string.IsNullOrWhiteSpace(command.Comment) ? null : command.Comment.Trim();
        if (comment is { Length: > RegistrationLogLimits.CommentMaxLength })
        {
            problems[CommentField] = CommentTooLongMessage;
        }
        else if (comment is not null && PersonnummerDetector.ContainsPersonnummer(comment))
        {
            problems[CommentField] = PersonnummerDetector.RefusalMessage;
            metrics?.PersonnummerRefused(command.Source);
        }

        FlowResult? decision = null;
        try
        {
            decision = engine.Decide(command.Answers);
        }
        catch (ContactDateInFutureException future)
        {
            // Checked by the callers too; here for a save that crosses midnight the other way (a changed clock).
            problems[WireNames.Of(Input.ContactDate)] = future.Message;
        }

        if (problems.Count > 0 || decision is null)
        {
            return new LogDecisionResult(LogDecisionStatus.Refused, Problems: problems);
        }

        if (!decision.Complete)
        {
            return new LogDecisionResult(
                LogDecisionStatus.Refused,
                Problems: decision.Missing.ToDictionary(WireNames.Of, _ => MissingAnswerMessage, StringComparer.Ordinal),
                Missing: decision.Missing);
        }

        AppendResult appended;
        try
        {
            appended = await log.AppendAsync(
                new RegistrationDraft(decision, command.Answers, unit, role, user.UserIdHash, comment, key, command.Attempt),
                cancellationToken);
        }
        catch (Exception exception) when (exception is DbException or DbUpdateException or RetryLimitExceededException or TimeoutException)
        {
            // Locked past every retry, or unreachable. The same key again never makes a second row.
            if (logger is not null)
            {
                NotSaved(logger, exception.GetType().Name, command.Source);
            }

            return new LogDecisionResult(LogDecisionStatus.Unavailable);
        }

        switch (appended)
        {
            case { Status: AppendStatus.Created, Row: { } created }:
                metrics?.RegistrationWritten(created.Registration);
                return new LogDecisionResult(LogDecisionStatus.Logged, LogEntry.From(new LogRow(created, null)));
            case { Status: AppendStatus.Replayed, Row: { } replayed }:
                return new LogDecisionResult(LogDecisionStatus.Logged, LogEntry.From(new LogRow(replayed, null)), Replayed: true);
            default:
                return new LogDecisionResult(LogDecisionStatus.KeyTaken);
        }
    }

    // The exception's type only: its message could quote the row.
    [LoggerMessage(Level = LogLevel.Warning, Message = "Beslutet kunde inte sparas ({Source}): {Error}")]
    private static partial void NotSaved(ILogger logger, string error, string source);

    private static LogDecisionResult Forbidden(string field, string message) =>
        new(LogDecisionStatus.Forbidden, Problems: new Dictionary<string, string>(StringComparer.Ordinal) { [field] = message });
}
