using Distanskontakt.Domain.Engine;
using Distanskontakt.Domain.RuleSets;
using Distanskontakt.Domain.Vocabulary;
using Distanskontakt.Infrastructure.RuleSets;

namespace Distanskontakt.Infrastructure.UseCases.RuleSets;

/// <summary>
/// Preview one uploaded file. <see cref="Compare"/>: also decide every answer path under the set it replaces and
/// under the candidate (the interactive render asks for it, the prerender does not).
/// </summary>
public sealed record PreviewRuleSetQuery(Guid FileId, bool Compare = true);

public enum RuleSetPreviewStatus
{
    Found,
    NotFound,

    /// <summary>A stored file that no longer passes (changed text, or it no longer fits the sets in force).</summary>
    Unreadable,
}

/// <summary>
/// The preview: the file and its catalog, the set it would replace (<see cref="OldSet"/>, none for an overlay or a
/// first set) and the candidate (<see cref="NewSet"/>), the path-by-path <see cref="Diff"/> when compared, and
/// <see cref="Problem"/>: why the file cannot be previewed (unreadable) or why there is no diff (Swedish), and the
/// <see cref="Interpretations"/> register diff when the candidate is a rule set that replaces one (cheap: always made).
/// </summary>
public sealed record RuleSetPreviewResult(
    RuleSetPreviewStatus Status,
    RuleSetPreview? Preview = null,
    RuleSet? OldSet = null,
    RuleSetDiffReport? Diff = null,
    string? Problem = null,
    InterpretationDiffReport? Interpretations = null)
{
    public RuleSet? NewSet => Preview?.Candidate;
}

/// <summary>
/// What an approver sees before activating an uploaded rule set: the file, the diff against the set it replaces,
/// where it stands in the catalog once active, and the insights on recent practice and teaching material when the
/// installation has them (<see cref="Insights"/>, optional).
/// </summary>
public sealed class PreviewRuleSet(IRuleSetAdministration administration, DecisionEngine engine, IRuleSetPreviewInsights? insights = null)
{
    /// <summary>Impact on logged decisions and stale scenarios; null when not registered (the page says so).</summary>
    public IRuleSetPreviewInsights? Insights => insights;

    public async Task<RuleSetPreviewResult> PreviewAsync(PreviewRuleSetQuery query, CancellationToken cancellationToken = default)
    {
        RuleSetPreview? preview;
        try
        {
            preview = await administration.PreviewAsync(query.FileId, cancellationToken);
        }
        catch (RuleSetFormatException exception)
        {
            return new RuleSetPreviewResult(RuleSetPreviewStatus.Unreadable, Problem: "Filen kan inte förhandsgranskas: " + string.Join("; ", exception.Problems));
        }

        if (preview is null)
        {
            return new RuleSetPreviewResult(RuleSetPreviewStatus.NotFound);
        }

        var oldSet = preview.ReplacesId is { } replaces ? preview.Catalog.FindRuleSet(replaces) : null;
        var interpretations = oldSet is not null && preview.Candidate.Kind == RuleSetKind.RuleSet
            ? InterpretationDiff.Compare(oldSet, preview.Candidate)
            : null;
        var found = new RuleSetPreviewResult(RuleSetPreviewStatus.Found, preview, oldSet, Interpretations: interpretations);
        if (!query.Compare)
        {
            return found;
        }

        if (preview.Candidate.Kind != RuleSetKind.RuleSet)
        {
            return found with { Problem = "Ett tillägg (overlay) jämförs inte svarsväg för svarsväg; det gäller tillsammans med regeluppsättningen i bruk." };
        }

        if (preview.ReplacesId is not { } replacedId)
        {
            return found with { Problem = "Filen ersätter ingen regeluppsättning i regionen, så det finns inget att jämföra med." };
        }

        try
        {
            // Every answer path is decided twice: off the caller's thread (a Blazor circuit stays responsive).
            var diff = await Task.Run(() => RuleSetDiff.Compare(preview.Catalog, replacedId, preview.Candidate.Id), cancellationToken);
            return found with { Diff = diff };
        }
        catch (ArgumentException exception)
        {
            return found with { Problem = "Jämförelsen kunde inte göras: " + exception.Message.Replace($" (Parameter '{exception.ParamName}')", "", StringComparison.Ordinal) };
        }
    }

    /// <summary>Once activated, where the set stands in the engine's catalog today (scheduled, in force …); else null.</summary>
    public RuleSetStatus? CatalogStatus(RuleSetPreview preview) =>
        preview.File.State == RuleSetFileState.Active
            ? engine.ListRuleSets().FirstOrDefault(s => s.Id == preview.Candidate.Id)?.Status
            : null;
}
