namespace Distanskontakt.Domain.Questions;

/// <summary>
/// What a UI needs to ask one question: its wire name (the API field and address parameter), answer type, text,
/// help and options. The Skåne questions (<see cref="Question"/>) and the Halland profile's questions both are one.
/// </summary>
public interface IAskedQuestion
{
    string Name { get; }

    AnswerType Type { get; }

    string Text { get; }

    string Help { get; }

    IReadOnlyList<QuestionOption> Options { get; }
}
