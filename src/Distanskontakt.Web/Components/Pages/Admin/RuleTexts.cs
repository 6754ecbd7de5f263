using Distanskontakt.Domain;
using Distanskontakt.Domain.RuleSets;
using Distanskontakt.Domain.Vocabulary;
using Distanskontakt.Web.Components.Pages.Registrera;

namespace Distanskontakt.Web.Components.Pages.Admin;

/// <summary>
/// A rule of a rule-set file in Swedish, from its own data: when it applies, what it decides, the obligations and
/// notes it adds. Rules carry no prose of their own; their texts are the notes and obligation texts of the file.
/// </summary>
public static class RuleTexts
{
    /// <summary>"Kontaktsätt: Video · Ersätter besök: Nej"; "Alltid" for a rule without conditions.</summary>
    public static string When(Rule rule) => rule.When.Count == 0
        ? "Alltid"
        : string.Join(" · ", rule.When.Select(c => $"{WizardTexts.InputLabel(c.Input)}: {string.Join(" eller ", Allowed(c))}"));

    /// <summary>What a deciding rule decides ("Frivillig: VS Video stand"); null for a rule that only adds to an outcome.</summary>
    public static string? Decision(Rule rule)
    {
        if (rule.Decision is not { } decision)
        {
            return null;
        }

        var type = decision.Name is null ? null : decision.Code is { Length: > 0 } code ? $"{code} {decision.Name}" : decision.Name;
        return type is null ? AdminTexts.Registration(decision.Registration) : $"{AdminTexts.Registration(decision.Registration)}: {type}";
    }

    /// <summary>Each obligation as "Krävs: Journalför kontakten.", the rule's own text or else the set's.</summary>
    public static IEnumerable<string> Obligations(Rule rule, RuleSet set, RuleSet? decidedBy = null) =>
        rule.Obligations.Select(o => $"{WizardTexts.LevelLabel(o.Level)}: {o.Text ?? Text(set, o.Id) ?? (decidedBy is null ? null : Text(decidedBy, o.Id)) ?? WireNames.Of(o.Id)}");

    private static string? Text(RuleSet set, ObligationId id) => set.ObligationTexts.TryGetValue(id, out var text) ? text : null;

    private static IEnumerable<string> Allowed(Condition condition)
    {
        var values = condition.Input switch
        {
            Input.System => Enum.GetValues<RegistrationSystem>().Length,
            Input.Channel => Enum.GetValues<Channel>().Length,
            _ => 2,
        };
        for (var code = 0; code < values; code++)
        {
            if (condition.Allows(code) && condition.Input != Input.ContactDate)
            {
                yield return WizardTexts.AnswerLabel(condition.Input, Answers.Empty.WithCode(condition.Input, code)) ?? code.ToString(System.Globalization.CultureInfo.InvariantCulture);
            }
        }
    }
}
