using Distanskontakt.Domain.Outcomes;
using Distanskontakt.Domain.Vocabulary;

namespace Distanskontakt.Domain.RuleSets;

/// <summary>
/// One row of a rule-set file. A rule with <c>Decision</c> decides the registration; a rule without one
/// modifies a registered outcome (adds obligations, notes, sources). A rule applies when every condition matches.
/// </summary>
public sealed class Rule
{
    public Rule(
        string id,
        IReadOnlyList<Condition> when,
        RuleDecision? decision,
        IReadOnlyList<RuleObligation> obligations,
        IReadOnlyList<Note> notes,
        IReadOnlyList<SourceReference> sources)
    {
        Id = id;
        _when = [.. when];
        When = _when;
        Decision = decision;
        Obligations = obligations;
        Notes = notes;
        Sources = sources;
        LastInput = when.Count == 0 ? Input.System : when.Max(c => c.Input);
        foreach (var obligation in obligations)
        {
            _obligationMask |= 1u << (int)obligation.Id;
        }
    }

    private readonly Condition[] _when;
    private readonly uint _obligationMask;

    public string Id { get; }
    public IReadOnlyList<Condition> When { get; }
    public RuleDecision? Decision { get; }
    public IReadOnlyList<RuleObligation> Obligations { get; }
    public IReadOnlyList<Note> Notes { get; }
    public IReadOnlyList<SourceReference> Sources { get; }

    /// <summary>The latest input (in asking order) the rule looks at; orders modifiers in the trace.</summary>
    public Input LastInput { get; }

    public bool Matches(AnswerCodes answers)
    {
        foreach (var condition in _when)
        {
            if (!condition.Matches(answers))
            {
                return false;
            }
        }

        return true;
    }

    public bool IsConsistentWith(AnswerCodes answers)
    {
        foreach (var condition in _when)
        {
            if (!condition.IsConsistentWith(answers))
            {
                return false;
            }
        }

        return true;
    }

    public bool Adds(ObligationId obligation) => (_obligationMask & (1u << (int)obligation)) != 0;

    public override string ToString() => Id;
}
