using Distanskontakt.Domain.Outcomes;
using Distanskontakt.Domain.Vocabulary;

namespace Distanskontakt.Domain.Training;

/// <summary>Where a scenario comes from: the sources as shipped, or a trainer's own, kept in the database.</summary>
public enum ScenarioOrigin
{
    Shipped,
    Custom,
}

/// <summary>
/// A situation to teach with: the text (quoted from the source, or written by a trainer), its date, the wizard
/// answers that describe it and the registration a person wrote down as correct. The engine is compared with
/// <see cref="Expected"/>, never the other way round.
/// </summary>
public sealed record TrainingScenario(
    string Id,
    string Title,
    string Situation,
    SourceReference? Source,
    DateOnly ContactDate,
    Answers Answers,
    ExpectedRegistration Expected,
    ScenarioOrigin Origin)
{
    public RegistrationSystem? System => Answers.System;

    public Channel? Channel => Answers.Channel;

    public bool Via1177Direkt => Answers.Via1177Direkt == true;
}

/// <summary>
/// The hand-written correct registration. <see cref="AllLevels"/> says whether the obligations list every level
/// (the shipped scenarios) or only the required ones (a trainer's own scenario).
/// </summary>
public sealed record ExpectedRegistration(
    string RuleSet,
    RegistrationKind Registration,
    ContactType? ContactType,
    IReadOnlyList<ExpectedObligation> Obligations,
    IReadOnlyList<SourceReference> Sources,
    bool AllLevels)
{
    public IReadOnlySet<ObligationId> Required { get; } =
        Obligations.Where(o => o.Level == ObligationLevel.Required).Select(o => o.Id).ToHashSet();
}

public sealed record ExpectedObligation(ObligationId Id, ObligationLevel Level);
