using Distanskontakt.Domain.Vocabulary;

namespace Distanskontakt.Domain.Questions;

/// <summary>The questions of docs/domain.md §3, in asking order: a view of <see cref="Inputs.All"/>, where their wording lives.</summary>
public static class QuestionCatalog
{
    private static readonly Question[] _questions = [.. Inputs.All.Select(d => d.Question)];

    public static IReadOnlyList<Question> All => _questions;

    public static Question For(Input input) => Inputs.Of(input).Question;
}
