using Distanskontakt.Domain.Outcomes;
using Distanskontakt.Domain.RuleSets;
using Distanskontakt.Domain.Vocabulary;

namespace Distanskontakt.Domain.Training;

/// <summary>One answer a trainee can pick for "how is this registered?".</summary>
public sealed record QuizChoice(string Key, string Label, RegistrationKind Registration, ContactType? ContactType);

/// <summary>An obligation a trainee can tick as required, with the rule set's own wording.</summary>
public sealed record QuizObligationChoice(ObligationId Id, string Text);

/// <summary>
/// What a trainee picks from: the contact types the rule set (and the overlays it does not override) names for
/// the system, then "Frivillig registrering", "Ingen registrering" and "Beskrivs inte i anvisningen"; and every
/// obligation the rule set has a text for.
/// </summary>
public static class QuizChoices
{
    public const string OptionalKey = "frivillig";
    public const string NoneKey = "ingen";
    public const string NotCoveredKey = "beskrivs-inte";

    public static string TypeKey(ContactType type) => "typ:" + (type.Code is { Length: > 0 } code ? code : type.Name);

    /// <summary>The key of the right pick for a registration; an optional one with a type also accepts the type.</summary>
    public static string KeyFor(RegistrationKind registration, ContactType? type) => registration switch
    {
        RegistrationKind.Register => type is null ? NoneKey : TypeKey(type),
        RegistrationKind.Optional => OptionalKey,
        RegistrationKind.None => NoneKey,
        RegistrationKind.NotCovered => NotCoveredKey,
    };

    public static IReadOnlyList<QuizChoice> For(RuleSetCatalog catalog, string ruleSetId, RegistrationSystem system)
    {
        var choices = new List<QuizChoice>();
        var keys = new HashSet<string>(StringComparer.Ordinal);
        foreach (var set in SetsFor(catalog, ruleSetId))
        {
            foreach (var rule in set.Rules)
            {
                if (rule.Decision is { Registration: RegistrationKind.Register or RegistrationKind.Optional, Name: { } name } decision
                    && decision.System == system)
                {
                    var type = new ContactType(system, decision.Code, name);
                    if (keys.Add(TypeKey(type)))
                    {
                        choices.Add(new QuizChoice(TypeKey(type), TrainingTexts.ContactType(type), RegistrationKind.Register, type));
                    }
                }
            }
        }

        choices.Sort((a, b) => string.Compare(a.Label, b.Label, StringComparison.Ordinal));
        choices.Add(new QuizChoice(OptionalKey, "Frivillig registrering", RegistrationKind.Optional, null));
        choices.Add(new QuizChoice(NoneKey, "Ingen registrering", RegistrationKind.None, null));
        choices.Add(new QuizChoice(NotCoveredKey, "Beskrivs inte i anvisningen", RegistrationKind.NotCovered, null));
        return choices;
    }

    public static IReadOnlyList<QuizObligationChoice> ObligationsFor(RuleSetCatalog catalog, string ruleSetId)
    {
        var texts = new Dictionary<ObligationId, string>();
        foreach (var set in SetsFor(catalog, ruleSetId))
        {
            foreach (var (id, text) in set.ObligationTexts)
            {
                texts.TryAdd(id, text);
            }
        }

        return [.. Enum.GetValues<ObligationId>().Where(texts.ContainsKey).Select(id => new QuizObligationChoice(id, texts[id]))];
    }

    /// <summary>The set and the overlays whose names can stand under it (an overlay newer than the set, ADR-004).</summary>
    private static IEnumerable<RuleSet> SetsFor(RuleSetCatalog catalog, string ruleSetId)
    {
        var set = catalog.Find(ruleSetId);
        if (set is null)
        {
            yield break;
        }

        yield return set;
        foreach (var overlay in catalog.OverlaysFor(set).Where(o => o.IsNewerThan(set)))
        {
            yield return overlay;
        }
    }
}
