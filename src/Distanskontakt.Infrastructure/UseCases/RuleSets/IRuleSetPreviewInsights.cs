using Distanskontakt.Domain.RuleSets;
using Distanskontakt.Infrastructure.RuleSets;

namespace Distanskontakt.Infrastructure.UseCases.RuleSets;

/// <summary>
/// What a candidate rule set would change beyond the diff (issue 8): recent practice and the trainer's scenarios.
/// Optional: the preview hides these sections, with a note, when no implementation is registered. Both take the
/// preview page's diff of the candidate with the set it replaces, so every answer path is decided once per preview.
/// </summary>
public interface IRuleSetPreviewInsights
{
    /// <summary>
    /// Logged decisions (not voided, every unit) with a contact date in the last <paramref name="months"/> months,
    /// decided again under <see cref="RuleSetPreview.Candidate"/>: how many would be registered differently, per contact type.
    /// </summary>
    Task<PreviewImpact> ImpactAsync(RuleSetPreview preview, RuleSetDiffReport diff, int months, CancellationToken cancellationToken = default);

    /// <summary>Trainer scenarios whose expected outcome is no longer what the candidate decides.</summary>
    Task<IReadOnlyList<StaleScenario>> StaleScenariosAsync(RuleSetPreview preview, RuleSetDiffReport diff, CancellationToken cancellationToken = default);
}

/// <summary>The decisions checked (contact dates <see cref="From"/>–<see cref="To"/>) and those that would change.</summary>
public sealed record PreviewImpact(DateOnly From, DateOnly To, int DecisionsChecked, IReadOnlyList<ContactTypeImpact> ByContactType)
{
    public int WouldChange => ByContactType.Sum(c => c.WouldChange);

    public int Undetermined => ByContactType.Sum(c => c.Undetermined);
}

/// <summary>
/// One contact type as logged (a PASiS code, a PMO name, or "Ingen registrering"). <see cref="Undetermined"/>:
/// decisions whose answers reach no outcome under one of the sets (the new set asks a question they were never asked).
/// </summary>
public sealed record ContactTypeImpact(string ContactType, int Decisions, int WouldChange, int Undetermined = 0);

/// <summary>A scenario of the trainer's library whose answer key the candidate contradicts; outcomes as one line each.</summary>
public sealed record StaleScenario(string Id, string Title, string Expected, string UnderNewSet);
