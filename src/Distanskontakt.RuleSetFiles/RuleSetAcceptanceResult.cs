using Distanskontakt.Domain.RuleSets;

namespace Distanskontakt.RuleSetFiles;

/// <summary>
/// The verdict on a rule-set file. <see cref="Candidate"/> is the parsed set once it parsed (also when a later check
/// refused it), <see cref="Report"/> the exhaustive proof once it ran, <see cref="Catalog"/> the catalog it joined
/// once the date check passed. Each problem names the JSON path, rule id or answer path.
/// </summary>
public sealed record RuleSetAcceptanceResult(
    string Sha256,
    RuleSet? Candidate,
    RuleSetCatalog? Catalog,
    VerificationReport? Report,
    IReadOnlyList<string> Problems)
{
    public bool IsAccepted => Candidate is not null && Catalog is not null && Problems.Count == 0;
}
