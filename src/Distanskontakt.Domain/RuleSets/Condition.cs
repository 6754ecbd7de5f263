using Distanskontakt.Domain.Vocabulary;

namespace Distanskontakt.Domain.RuleSets;

/// <summary>One clause of a rule's <c>when</c>: the input must be answered with one of the allowed values.</summary>
public sealed class Condition(Input input, uint allowedCodes)
{
    public Input Input { get; } = input;

    /// <summary>Bit n set = code n allowed (enum index, or 0/1 for false/true).</summary>
    public uint AllowedCodes { get; } = allowedCodes;

    public bool Allows(int code) => code >= 0 && (AllowedCodes & (1u << code)) != 0;

    public bool Matches(AnswerCodes answers) => Allows(answers[Input]);

    /// <summary>False only when the input is answered with a value the condition excludes.</summary>
    public bool IsConsistentWith(AnswerCodes answers)
    {
        var code = answers[Input];
        return code < 0 || Allows(code);
    }
}
