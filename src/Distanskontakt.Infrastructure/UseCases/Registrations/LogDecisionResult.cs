using Distanskontakt.Domain.Vocabulary;
using Distanskontakt.Infrastructure.Log;

namespace Distanskontakt.Infrastructure.UseCases.Registrations;

public enum LogDecisionStatus
{
    /// <summary>Written now, or written before under the same key by the same user (<see cref="LogDecisionResult.Replayed"/>).</summary>
    Logged,

    /// <summary>The user may not log: no role, or not exactly one configured unit. <see cref="LogDecisionResult.Problems"/> says which.</summary>
    Forbidden,

    /// <summary>Something in the command is refused; <see cref="LogDecisionResult.Problems"/> is keyed by field.</summary>
    Refused,

    /// <summary>The idempotency key belongs to another user's row: nothing written, nothing shown.</summary>
    KeyTaken,

    /// <summary>The database could not be reached or stayed locked past every retry: nothing is known to be written.</summary>
    Unavailable,
}

/// <summary>
/// What became of a <see cref="LogDecisionCommand"/>. <see cref="Problems"/> holds one Swedish message per field
/// (<c>comment</c>, <see cref="LogDecision.IdempotencyKeyField"/>, <c>contactDate</c>, each missing input's wire name,
/// <see cref="LogDecision.RoleField"/>, <see cref="LogDecision.UnitField"/>); <see cref="Missing"/> lists the unanswered
/// questions in asking order when the decision is not complete.
/// </summary>
public sealed record LogDecisionResult(
    LogDecisionStatus Status,
    LogEntry? Entry = null,
    bool Replayed = false,
    IReadOnlyDictionary<string, string>? Problems = null,
    IReadOnlyList<Input>? Missing = null)
{
    public IReadOnlyDictionary<string, string> Problems { get; } = Problems ?? new Dictionary<string, string>();

    public IReadOnlyList<Input> Missing { get; } = Missing ?? [];
}
