using Distanskontakt.Domain.Engine;
using Distanskontakt.Domain.Outcomes;
using Distanskontakt.Domain.Questions;
using Distanskontakt.Domain.Vocabulary;

namespace Distanskontakt.Web.Api;

/// <summary>Domain results to the API's wire shapes (docs/domain.md §4 names, lower-camel strings, never numbers).</summary>
public static class DecisionMapper
{
    /// <summary>What is still unanswered on the path and the next question (a result without an outcome).</summary>
    public static IncompleteDecisionResponse ToIncompleteResponse(FlowResult result) =>
        new([.. result.Missing.Select(WireNames.Of)], ToDto(result.NextQuestion!));

    public static CompleteDecisionResponse ToResponse(Outcome outcome) => new(
        new RuleSetDto(outcome.RuleSet.Id, outcome.RuleSet.Title, outcome.RuleSet.ValidFrom, outcome.RuleSet.ValidTo,
            WireNames.Of(outcome.RuleSet.Status)),
        WireNames.Of(outcome.Registration),
        outcome.ContactType is { } type ? new ContactTypeDto(WireNames.Of(type.System), type.Code, type.Name) : null,
        [.. outcome.Obligations.Select(o => new ObligationDto(WireNames.Of(o.Id), WireNames.Of(o.Level), o.Text))],
        [.. outcome.Notes.Select(n => new NoteDto(WireNames.Of(n.Kind), n.Text, n.Id))],
        [.. outcome.Sources.Select(s => new SourceDto(s.Document, s.Section))],
        outcome.Trace);

    public static QuestionDto ToDto(IAskedQuestion question) => new(
        question.Name,
        question.Text,
        question.Help,
        [.. question.Options.Select(o => new OptionDto(
            question.Type == AnswerType.YesNo ? o.Value == "true" : o.Value,
            o.Label))]);

    public static RuleSetListItemDto ToDto(RuleSetReference set) =>
        new(set.Id, set.Title, WireNames.Of(set.Kind), set.ValidFrom, set.ValidTo, WireNames.Of(set.Status));
}
