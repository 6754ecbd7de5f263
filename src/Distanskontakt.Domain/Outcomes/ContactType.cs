using Distanskontakt.Domain.Vocabulary;

namespace Distanskontakt.Domain.Outcomes;

/// <summary>The vårdkontakt (PMO: <c>Code</c> is null) or the PASiS kontakttyp. Names are rule-set data.</summary>
public sealed record ContactType(RegistrationSystem System, string? Code, string Name);
