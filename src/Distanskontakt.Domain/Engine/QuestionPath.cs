using Distanskontakt.Domain.RuleSets;
using Distanskontakt.Domain.Vocabulary;

namespace Distanskontakt.Domain.Engine;

/// <summary>
/// The "asked when" column of docs/domain.md §3, evaluated on the answers known so far. A condition that depends on an
/// unanswered input is <c>null</c> (unknown): such a question is neither asked nor missing yet.
/// </summary>
internal static class QuestionPath
{
    private const uint Conversations = (1u << (int)Channel.Video) | (1u << (int)Channel.Phone) | (1u << (int)Channel.Text);

    public static bool? IsAsked(Input input, AnswerCodes known, IReadOnlyList<RuleSet> sets) => input switch
    {
        Input.System or Input.ContactDate or Input.Channel => true,
        Input.Via1177Direkt => And(Is(known, Input.System, (int)RegistrationSystem.Pmo), IsConversation(known)),
        Input.HandedOverSameUnitSameDay => Is(known, Input.Via1177Direkt, 1),
        Input.SupportProgram => IsConversation(known),
        Input.ReplacesVisit => IsConversation(known),
        // A visit-replacing contact is journaled like a physical visit (skane-v4 §1.4), so only a Stöd och
        // behandling contact that does not replace a visit can go unjournaled (docs/domain.md §10.1).
        Input.JournalDocumented => And(Is(known, Input.SupportProgram, 1), Is(known, Input.ReplacesVisit, 0)),
        Input.LeadsToVisitSameDaySameUnit => And(Is(known, Input.ReplacesVisit, 0), HasTriage(known, sets)),
    };

    private static bool? IsConversation(AnswerCodes known) =>
        known[Input.Channel] is var code && code < 0 ? null : (Conversations & (1u << code)) != 0;

    private static bool? Is(AnswerCodes known, Input input, int code) =>
        known[input] is var actual && actual < 0 ? null : actual == code;

    /// <summary>The rule set has triage for this type when a rule still consistent with the answers adds it.</summary>
    private static bool HasTriage(AnswerCodes known, IReadOnlyList<RuleSet> sets)
    {
        foreach (var set in sets)
        {
            foreach (var rule in set.Rules)
            {
                if (rule.Adds(ObligationId.TriageBeforeOtherVisit) && rule.IsConsistentWith(known))
                {
                    return true;
                }
            }
        }

        return false;
    }

    private static bool? And(bool? left, bool? right) =>
        left == false || right == false ? false : left is null || right is null ? null : true;
}
