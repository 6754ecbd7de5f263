using Distanskontakt.Domain.Engine;
using Distanskontakt.Domain.Training;
using Distanskontakt.Domain.Vocabulary;
using Distanskontakt.Infrastructure.Training;

namespace Distanskontakt.Infrastructure.UseCases.Training;

/// <summary>A scenario with the engine's outcome at the scenario's own date and whether the two agree.</summary>
public sealed record LibraryEntry(TrainingScenario Scenario, ExpectationCheck Check);

/// <summary>
/// The training library (a use case, ADR-007) behind trainer mode's pages: the shipped scenarios and the trainers'
/// own (from the database), each checked against the engine at its own date.
/// </summary>
public sealed class TrainingLibrary(DecisionEngine engine, TrainingStore store)
{
    /// <summary>The roles that may teach: write scenarios, see statistics, demonstrate.</summary>
    public const string TrainerRoles = StaffRoles.Utbildare + "," + StaffRoles.Administrator;

    /// <summary>Trainers, and staff for self-study (library and övning).</summary>
    public const string LearnerRoles = StaffRoles.Personal + "," + TrainerRoles;

    public DecisionEngine Engine => engine;

    public TrainingStore Store => store;

    public async Task<IReadOnlyList<LibraryEntry>> EntriesAsync(CancellationToken cancellationToken = default)
    {
        var custom = await store.CustomScenariosAsync(cancellationToken);
        return [.. TrainingScenarios.Shipped.Concat(custom).Select(Entry)];
    }

    public async Task<LibraryEntry?> FindAsync(string id, CancellationToken cancellationToken = default)
    {
        var scenario = TrainingScenarios.Shipped.FirstOrDefault(s => s.Id == id)
            ?? (id.StartsWith(TrainingScenarios.CustomIdPrefix, StringComparison.Ordinal)
                ? (await store.CustomScenariosAsync(cancellationToken)).FirstOrDefault(s => s.Id == id)
                : null);
        return scenario is null ? null : Entry(scenario);
    }

    /// <summary>The rule set's wording of each obligation (with the overlays that can stand under it).</summary>
    public IReadOnlyDictionary<ObligationId, string> ObligationTexts(string ruleSetId) =>
        QuizChoices.ObligationsFor(engine.Catalog, ruleSetId).ToDictionary(o => o.Id, o => o.Text);

    public LibraryEntry Entry(TrainingScenario scenario) => new(scenario, ExpectationCheck.For(scenario, engine));
}
