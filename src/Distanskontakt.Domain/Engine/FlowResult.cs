using Distanskontakt.Domain.Outcomes;
using Distanskontakt.Domain.Questions;
using Distanskontakt.Domain.RuleSets;
using Distanskontakt.Domain.Vocabulary;

namespace Distanskontakt.Domain.Engine;

/// <summary>
/// Where a set of answers stands on the question path: the answers that are on the path (off-path answers
/// dropped), the unanswered questions still on it in asking order, the next one, or the outcome when complete.
/// </summary>
public sealed record FlowResult(
    DateOnly ContactDate,
    RuleSet RuleSet,
    Answers Answers,
    IReadOnlyList<Input> Answered,
    IReadOnlyList<Input> Missing,
    Question? NextQuestion,
    Outcome? Outcome)
{
    public bool Complete => Outcome is not null;
}
