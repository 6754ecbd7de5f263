using Distanskontakt.Domain.Outcomes;
using Distanskontakt.Domain.Scenarios;
using Distanskontakt.Domain.Vocabulary;

namespace Distanskontakt.Domain.Training;

/// <summary>Turns the shipped scenarios (wire form) and trainers' own into <see cref="TrainingScenario"/>s.</summary>
public static class TrainingScenarios
{
    public const string CustomIdPrefix = "eget-";

    private static readonly Lazy<IReadOnlyList<TrainingScenario>> _shipped =
        new(() => [.. ScenarioCatalog.LoadEmbedded().Select(FromShipped)]);

    /// <summary>Every scenario of <c>Scenarios/scenarios.json</c>, in the file's order.</summary>
    public static IReadOnlyList<TrainingScenario> Shipped => _shipped.Value;

    public static string CustomId(int key) => CustomIdPrefix + key.ToString(System.Globalization.CultureInfo.InvariantCulture);

    public static TrainingScenario FromShipped(Scenario scenario)
    {
        var expected = scenario.Expected;
        var contactType = expected.ContactType is { } type
            ? new ContactType(Parse<RegistrationSystem>(type.System, scenario.Id), type.Code, type.Name)
            : null;
        var obligations = expected.Obligations
            .Select(o => new ExpectedObligation(Parse<ObligationId>(o.Id, scenario.Id), Parse<ObligationLevel>(o.Level, scenario.Id)))
            .ToList();
        return new TrainingScenario(
            scenario.Id,
            scenario.Title,
            scenario.Situation,
            new SourceReference(scenario.Document, scenario.Section),
            scenario.ContactDate,
            ScenarioCatalog.ToAnswers(scenario),
            new ExpectedRegistration(
                expected.RuleSet,
                Parse<RegistrationKind>(expected.Registration, scenario.Id),
                contactType,
                obligations,
                expected.Sources,
                AllLevels: true),
            ScenarioOrigin.Shipped);
    }

    private static T Parse<T>(string wire, string scenarioId) where T : struct, Enum =>
        WireNames.TryParse<T>(wire, out var value)
            ? value
            : throw new InvalidOperationException($"Scenario {scenarioId}: okänt värde '{wire}' för {typeof(T).Name}.");
}
