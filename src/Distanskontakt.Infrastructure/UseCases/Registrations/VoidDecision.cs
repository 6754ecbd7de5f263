using Distanskontakt.Domain.Log;
using Distanskontakt.Domain.Privacy;
using Distanskontakt.Infrastructure.Log;

namespace Distanskontakt.Infrastructure.UseCases.Registrations;

/// <summary>An administrator voids (makulerar) a logged decision of one of <see cref="Units"/>, with a reason.</summary>
public sealed record VoidDecisionCommand(Guid RegistrationId, string? Reason, string VoidedByHash, IReadOnlyCollection<string> Units);

/// <summary><see cref="Problem"/> is the Swedish message for the reason field when <see cref="Status"/> is <see cref="VoidDecisionStatus.Refused"/>.</summary>
public sealed record VoidDecisionResult(VoidDecisionStatus Status, string? Problem = null);

public enum VoidDecisionStatus
{
    Voided,
    AlreadyVoided,
    NotFound,
    Refused,
}

/// <summary>
/// Voids a row: the reason is required, at most 200 characters and without a personnummer (the message never repeats
/// it); the row stays, a void entry is appended; a second void of the same row changes nothing.
/// </summary>
public sealed class VoidDecision(RegistrationLog log)
{
    public const string ReasonField = "reason";

    public const string ReasonMissingMessage = "Ange varför beslutet makuleras.";

    public const string NotFoundMessage = "Beslutet finns inte bland dina enheters beslut.";

    public static readonly string ReasonTooLongMessage = $"Skälet får vara högst {RegistrationLogLimits.VoidReasonMaxLength} tecken.";

    public async Task<VoidDecisionResult> VoidAsync(VoidDecisionCommand command, CancellationToken cancellationToken = default)
    {
        var reason = command.Reason?.Trim() ?? "";
        var problem = reason.Length == 0 ? ReasonMissingMessage
            : reason.Length > RegistrationLogLimits.VoidReasonMaxLength ? ReasonTooLongMessage
            : PersonnummerDetector.ContainsPersonnummer(reason) ? PersonnummerDetector.RefusalMessage
            : null;
        if (problem is not null)
        {
            return new VoidDecisionResult(VoidDecisionStatus.Refused, problem);
        }

        if (command.Units.Count == 0)
        {
            return new VoidDecisionResult(VoidDecisionStatus.NotFound, NotFoundMessage);
        }

        return await log.VoidAsync(command.RegistrationId, reason, command.VoidedByHash, command.Units, cancellationToken) switch
        {
            VoidStatus.Voided => new VoidDecisionResult(VoidDecisionStatus.Voided),
            VoidStatus.AlreadyVoided => new VoidDecisionResult(VoidDecisionStatus.AlreadyVoided),
            VoidStatus.NotFound => new VoidDecisionResult(VoidDecisionStatus.NotFound, NotFoundMessage),
        };
    }
}
