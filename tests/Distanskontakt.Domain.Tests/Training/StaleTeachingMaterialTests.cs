using Distanskontakt.Domain.RuleSets;
using Distanskontakt.Domain.Training;
using Distanskontakt.Domain.Vocabulary;
using Distanskontakt.TestUtilities;

namespace Distanskontakt.Domain.Tests.Training;

/// <summary>Which teaching scenarios skane-v5 (fixture) makes stale; the expected ids picked by hand from scenarios.json.</summary>
public sealed class StaleTeachingMaterialTests
{
    private static readonly RuleSetCatalog _catalog = SkaneV5Fixture.Catalog();
    private static readonly RuleSetDiffReport _diff = RuleSetDiff.Compare(_catalog, "skane-v4", SkaneV5Fixture.Id);

    // PMO video that does not replace a visit (the new vårdkontakt name), every skane-v4 scenario on that path.
    private static readonly string[] _pmoVideo =
    [
        "v4-pmo-video-information-forberedelse",
        "v4-pmo-video-utbildning-tillstand",
        "v4-pmo-video-egenvard",
        "v4-pmo-video-uppfoljning-utan-andring",
        "v4-pmo-video-vardplan-fortsatter",
        "v4-pmo-video-sob-ej-ersatter",
        "v4-pmo-video-information-forberedelse-triage",
        "r2-v4-pmo-video-sob-triage",
    ];

    // VS: optional becomes register.
    private static readonly string[] _vs =
    [
        "v4-pasis-vs-information-utbildning",
        "v4-pasis-vs-egenvard",
        "v4-pasis-vs-uppfoljning-utan-andring",
        "v4-pasis-vs-vardplan-fortsatter",
        "v4-pasis-vs-sob",
    ];

    // The fixture's dropped and added interpretations change notes only, which a teaching expectation does not hold:
    // no TE scenario and no Stöd och behandling scenario that replaces a visit becomes stale.
    [Fact]
    public void ShouldListExactlyTheShippedScenariosWhoseExpectationChanges()
    {
        var stale = StaleTeachingMaterial.Find(_catalog, _diff, TrainingScenarios.Shipped);

        Assert.Equal([.. _pmoVideo, .. _vs], stale.Select(s => s.Scenario.Id).ToHashSet());
        Assert.All(stale, s => Assert.False(s.AlreadyStale));
        var vs = stale.Single(s => s.Scenario.Id == "v4-pasis-vs-egenvard");
        Assert.StartsWith("Registrering:", Assert.Single(vs.Differences), StringComparison.Ordinal);
        Assert.Equal(RegistrationKind.Register, vs.NewOutcome!.Registration);
        Assert.StartsWith("Kontakttyp:", Assert.Single(stale.Single(s => s.Scenario.Id == "v4-pmo-video-egenvard").Differences), StringComparison.Ordinal);
    }

    [Fact]
    public void ShouldFindNothingWhenOnlyTheIdChanges()
    {
        var catalog = SkaneV5Fixture.Catalog(renameOnly: true);

        Assert.Empty(StaleTeachingMaterial.Find(catalog, RuleSetDiff.Compare(catalog, "skane-v4", SkaneV5Fixture.Id), TrainingScenarios.Shipped));
    }

    [Fact]
    public void ShouldCheckATrainersOwnScenarioOfTheReplacedSetOnly()
    {
        var vsOptional = Custom(1, "skane-v4", new AnswersBuilder().Pasis().Video().SupportProgram(false).NotReplacingVisit().Build(), RegistrationKind.Optional, "VS", "Video stand");
        var vkRegister = Custom(2, "skane-v4", new AnswersBuilder().Pasis().Video().SupportProgram(false).ReplacingVisit().Build(), RegistrationKind.Register, "VK", "Video kval", ObligationId.Journal, ObligationId.Diagnosis);
        var olderSet = Custom(3, "skane-v3", new AnswersBuilder().Pasis().Phone().SupportProgram(false).NotReplacingVisit().LeadsToVisitSameDay().Build(), RegistrationKind.Register, "TE", "Telefonkontakt", ObligationId.TriageBeforeOtherVisit);

        var stale = StaleTeachingMaterial.Find(_catalog, _diff, [vsOptional, vkRegister, olderSet]);

        Assert.Equal(TrainingScenarios.CustomId(1), Assert.Single(stale).Scenario.Id);
    }

    private static TrainingScenario Custom(int key, string ruleSet, Answers answers, RegistrationKind registration, string code, string name, params ObligationId[] required) =>
        CustomScenarios.ToScenario(key, "Egen", "Ett eget fall.", new DateOnly(2025, 9, 1), CustomScenarioDraft.AnswersText(answers), ruleSet,
            registration, code, name, CustomScenarios.RequiredText(required));
}
