using Distanskontakt.Domain.Vocabulary;

namespace Distanskontakt.Domain.RuleSets;

/// <summary>What a deciding rule decides: the registration kind and, when registered, the contact type.</summary>
public sealed record RuleDecision(RegistrationKind Registration, RegistrationSystem? System, string? Code, string? Name);
