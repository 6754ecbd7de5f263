using Distanskontakt.Domain;
using Distanskontakt.Infrastructure.Log;
using Distanskontakt.Infrastructure.Operations;

namespace Distanskontakt.Infrastructure.UseCases.Registrations;

/// <summary>
/// "Log this decision": the answers as given (the contact date of the decision shown included), who logs, and the
/// optional comment, idempotency key and wizard figures. <see cref="Source"/> labels the counters
/// (<see cref="AppMetrics.FromApi"/> or <see cref="AppMetrics.FromWizard"/>).
/// </summary>
public sealed record LogDecisionCommand(
    Answers Answers,
    LoggingUser User,
    string? Comment = null,
    string? IdempotencyKey = null,
    WizardAttemptFigures? Attempt = null,
    string Source = AppMetrics.FromApi);

/// <summary>The signed-in user as the log needs them: role, units (claims), opaque id. Never from a request body.</summary>
public sealed record LoggingUser(string? Role, IReadOnlyList<string> Units, string UserIdHash);
