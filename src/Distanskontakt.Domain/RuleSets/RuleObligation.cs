using Distanskontakt.Domain.Vocabulary;

namespace Distanskontakt.Domain.RuleSets;

/// <summary>An obligation as a rule states it; <c>Text</c> overrides the rule set's text for the id.</summary>
public sealed record RuleObligation(ObligationId Id, ObligationLevel Level, string? Text);
