using Distanskontakt.Domain.Vocabulary;

namespace Distanskontakt.Domain.Questions;

/// <summary>A question of the flow: its id is the input's name (docs/domain.md §3).</summary>
public sealed record Question(Input Id, AnswerType Type, string Text, string Help, IReadOnlyList<QuestionOption> Options) : IAskedQuestion
{
    public string Name => WireNames.Of(Id);
}
