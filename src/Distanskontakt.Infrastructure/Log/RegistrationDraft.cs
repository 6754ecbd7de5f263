using Distanskontakt.Domain;
using Distanskontakt.Domain.Engine;

namespace Distanskontakt.Infrastructure.Log;

/// <summary>
/// What the caller knows when staff confirm a decision: the complete flow result, the answers as given, who and
/// where (unit, role, opaque user hash — never a name), and optionally the comment, the idempotency key and the
/// wizard attempt's figures.
/// </summary>
public sealed record RegistrationDraft(
    FlowResult Decision,
    Answers GivenAnswers,
    string UnitCode,
    string Role,
    string UserIdHash,
    string? Comment = null,
    string? IdempotencyKey = null,
    WizardAttemptFigures? Attempt = null);

/// <summary>How the wizard attempt went (no identity): seconds to the result, answers changed, steps back.</summary>
public sealed record WizardAttemptFigures(int SecondsTaken, int AnswersChanged, int StepsBack);
