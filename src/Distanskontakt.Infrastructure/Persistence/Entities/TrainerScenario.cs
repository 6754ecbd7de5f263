using Distanskontakt.Domain.Vocabulary;

namespace Distanskontakt.Infrastructure.Persistence.Entities;

/// <summary>
/// A trainer's own scenario: the situation, its date, the wizard's answers (address form) and the registration the
/// trainer wrote down as right. The text has passed the personnummer check; who wrote it is not kept.
/// </summary>
public sealed class TrainerScenario
{
    public int Id { get; set; }

    public string Title { get; set; } = "";

    public string Situation { get; set; } = "";

    public DateOnly ContactDate { get; set; }

    /// <summary><c>system=pasis&amp;channel=phone&amp;…</c>, without the date.</summary>
    public string Answers { get; set; } = "";

    /// <summary>The rule set that covered the date when the scenario was written.</summary>
    public string RuleSetId { get; set; } = "";

    public RegistrationKind Registration { get; set; }

    public string? ContactTypeCode { get; set; }

    public string? ContactTypeName { get; set; }

    /// <summary>The obligations the trainer holds to be required, as wire names, comma-separated.</summary>
    public string RequiredObligations { get; set; } = "";

    public DateTime CreatedAtUtc { get; set; }
}
