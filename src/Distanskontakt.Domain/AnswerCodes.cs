using Distanskontakt.Domain.Vocabulary;

namespace Distanskontakt.Domain;

/// <summary>
/// The coded answers packed into one integer (4 bits per input, 0 = unanswered), so that the question flow and
/// rule matching run without allocating and the packed value can key the outcome cache. The date is not part of it.
/// </summary>
public readonly record struct AnswerCodes(ulong Packed)
{
    private const int BitsPerInput = 4;
    private static readonly Input[] _inputs = Enum.GetValues<Input>();

    public static AnswerCodes Of(Answers answers)
    {
        var codes = default(AnswerCodes);
        foreach (var input in _inputs)
        {
            codes = codes.With(input, answers.Code(input));
        }

        return codes;
    }

    /// <summary>The answer's code, -1 when unanswered.</summary>
    public int this[Input input] => (int)((Packed >> Shift(input)) & 0xF) - 1;

    public bool IsAnswered(Input input) => this[input] >= 0;

    public AnswerCodes With(Input input, int code)
    {
        var shift = Shift(input);
        var cleared = Packed & ~(0xFUL << shift);
        return new AnswerCodes(cleared | ((ulong)(code + 1) << shift));
    }

    public Answers ToAnswers(DateOnly? contactDate) => Answers.From(this, contactDate);

    private static int Shift(Input input) => (int)input * BitsPerInput;
}
