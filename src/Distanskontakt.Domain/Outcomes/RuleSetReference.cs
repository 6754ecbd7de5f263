using Distanskontakt.Domain.Vocabulary;

namespace Distanskontakt.Domain.Outcomes;

/// <summary>Which rule set decided, and its status for the contact date (or for a listing day).</summary>
public sealed record RuleSetReference(
    string Id,
    string Title,
    RuleSetKind Kind,
    DateOnly? ValidFrom,
    DateOnly? ValidTo,
    RuleSetStatus Status);
