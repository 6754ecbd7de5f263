using Distanskontakt.Domain.Vocabulary;

namespace Distanskontakt.Domain.Outcomes;

public sealed record Obligation(ObligationId Id, ObligationLevel Level, string Text);
