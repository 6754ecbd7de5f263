using Distanskontakt.Domain.Outcomes;
using Distanskontakt.Domain.RuleSets;
using Distanskontakt.Domain.Training;
using Distanskontakt.Domain.Vocabulary;
using Distanskontakt.Infrastructure.Log;
using Distanskontakt.Infrastructure.RuleSets;
using Distanskontakt.Infrastructure.Training;

namespace Distanskontakt.Infrastructure.UseCases.RuleSets;

/// <summary>
/// The preview's insights from the domain: <see cref="PreviewImpact"/> over the log's answer counts and
/// <see cref="StaleTeachingMaterial"/> over the shipped and the trainers' scenarios, both against the page's diff of
/// the candidate with the set it replaces.
/// </summary>
public sealed class RuleSetPreviewInsights(ImpactQueries impact, TrainingStore training, TimeProvider time) : IRuleSetPreviewInsights
{
    private const string NothingRegistered = "Ingen registrering";

    public async Task<PreviewImpact> ImpactAsync(RuleSetPreview preview, RuleSetDiffReport diff, int months, CancellationToken cancellationToken = default)
    {
        var report = await impact.ImpactAsync(preview.Catalog, diff, months, cancellationToken);
        return new PreviewImpact(
            impact.Since(months),
            Domain.Engine.StockholmClock.Today(time),
            report.Decisions,
            [.. report.ByContactType.Select(t => new ContactTypeImpact(t.ContactTypeKey ?? NothingRegistered, t.Decisions, t.Changed, t.Undetermined))]);
    }

    public async Task<IReadOnlyList<StaleScenario>> StaleScenariosAsync(RuleSetPreview preview, RuleSetDiffReport diff, CancellationToken cancellationToken = default)
    {
        var custom = await training.CustomScenariosAsync(cancellationToken);
        var stale = StaleTeachingMaterial.Find(preview.Catalog, diff, [.. TrainingScenarios.Shipped, .. custom]);
        return [.. stale.Select(s => new StaleScenario(
            s.Scenario.Id,
            s.Scenario.Title,
            Line(s.Scenario.Expected),
            s.NewOutcome is { } outcome ? Line(outcome) : string.Join(" ", s.Differences)))];
    }

    private static string Line(ExpectedRegistration expected) =>
        Line(expected.Registration, expected.ContactType, expected.Obligations.Where(o => o.Level == ObligationLevel.Required).Select(o => o.Id));

    private static string Line(Outcome outcome) =>
        Line(outcome.Registration, outcome.ContactType, outcome.Obligations.Where(o => o.Level == ObligationLevel.Required).Select(o => o.Id));

    private static string Line(RegistrationKind registration, ContactType? type, IEnumerable<ObligationId> required)
    {
        var name = type is null ? NothingRegistered : type.Code is null ? type.Name : $"{type.Code} {type.Name}";
        var obligations = string.Join(", ", required.Select(WireNames.Of));
        return $"{WireNames.Of(registration)}: {name}" + (obligations.Length > 0 ? $" (krävs: {obligations})" : "");
    }
}
