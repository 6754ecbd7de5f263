using Distanskontakt.Domain.Engine;
using Distanskontakt.Domain.Outcomes;
using Distanskontakt.Domain.RuleSets;
using Distanskontakt.Domain.Vocabulary;

namespace Distanskontakt.Domain.Training;

/// <summary>One answer of a demonstrated path: the sections of the applied rules that look at it, and whether it decides.</summary>
public sealed record DemonstrationStep(Input Input, IReadOnlyList<SourceReference> Sources, bool Deciding);

/// <summary>
/// A scenario's wizard path for a demonstration, one answer per step. The deciding answer is the last input the
/// deciding rule looks at; each step cites the sections of the applied rules (the outcome's trace) that test it.
/// </summary>
public static class DemonstrationPath
{
    public static IReadOnlyList<DemonstrationStep> For(FlowResult flow, RuleSetCatalog catalog)
    {
        if (flow.Outcome is not { } outcome)
        {
            return [];
        }

        var rules = catalog.WithOverlays(flow.RuleSet).SelectMany(s => s.Rules)
            .Where(r => outcome.Trace.Contains(r.Id))
            .ToList();
        var deciding = rules.FirstOrDefault(r => r.Decision is not null)?.LastInput;
        return
        [
            .. flow.Answered.Select(input => new DemonstrationStep(
                input,
                [.. rules.Where(r => r.When.Any(c => c.Input == input)).SelectMany(r => r.Sources).Distinct()],
                input == deciding)),
        ];
    }
}
