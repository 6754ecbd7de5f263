using Distanskontakt.Domain.Engine;
using Distanskontakt.Domain.Questions;
using Distanskontakt.Domain.RuleSets;

namespace Distanskontakt.Domain.Vocabulary;

/// <summary>
/// Everything the edges need to know about one input of docs/domain.md §3: its wire name (API field, address parameter,
/// CSV column, rule-set condition), its value type, a short Swedish label, the question with its help and options, and
/// when it is asked. The API, the address form, the log and the pages iterate <see cref="Inputs.All"/> instead of
/// naming inputs one by one; adding a question is one entry there (docs/architecture.md, "How to add a question").
/// </summary>
public sealed class InputDescriptor
{
    internal InputDescriptor(Input input, string name, AnswerType type, string label, string question, string help,
        IReadOnlyList<QuestionOption> options, string? unknownValueText = null)
    {
        Input = input;
        Name = name;
        Type = type;
        Label = label;
        Question = new Question(input, type, question, help, options);
        UnknownValueText = unknownValueText ?? "Okänt värde";
    }

    public Input Input { get; }

    /// <summary>The lower-camel wire name (docs/domain.md §3), as the API, addresses, rule-set files and the CSV export spell it.</summary>
    public string Name { get; }

    public AnswerType Type { get; }

    /// <summary>The short name the trail, the review and the rule-set pages show ("Ersätter besök").</summary>
    public string Label { get; }

    /// <summary>The question as the wizard asks it: text, help and the options (their values are the wire values).</summary>
    public Question Question { get; }

    /// <summary>The start of the API's message for a value that is not one of the options ("Okänd kanal").</summary>
    public string UnknownValueText { get; }

    public IReadOnlyList<QuestionOption> Options => Question.Options;

    /// <summary>
    /// The "asked when" of docs/domain.md §3, three-valued on the answers known so far (null: depends on an unanswered
    /// input). The rule itself lives with the question flow (<c>QuestionPath</c>), which the engine walks.
    /// </summary>
    public bool? IsAsked(AnswerCodes known, IReadOnlyList<RuleSet> sets) => QuestionPath.IsAsked(Input, known, sets);

    /// <summary>
    /// The code of a wire value: the option's index for a choice (options are listed in the vocabulary's order),
    /// 0/1 for "false"/"true". False for the date (it is not coded) and for any other text.
    /// </summary>
    public bool TryParseCode(string? text, out int code)
    {
        code = -1;
        switch (Type)
        {
            case AnswerType.Choice:
                for (var i = 0; i < Options.Count; i++)
                {
                    if (string.Equals(Options[i].Value, text, StringComparison.Ordinal))
                    {
                        code = i;
                        return true;
                    }
                }

                return false;
            case AnswerType.YesNo:
                code = text switch
                {
                    "true" => 1,
                    "false" => 0,
                    _ => -1,
                };
                return code >= 0;
            default:
                return false;
        }
    }

    /// <summary>The wire value of a code (the inverse of <see cref="TryParseCode"/>); null when unanswered.</summary>
    public string? WireValueOf(int code) => code < 0 ? null : Type switch
    {
        AnswerType.Choice => Options[code].Value,
        AnswerType.YesNo => code == 0 ? "false" : "true",
        _ => throw new InvalidOperationException($"{Name} is not coded."),
    };

    /// <summary>The label of a wire value's option ("Telefon", "Nej"), or the value itself (a date).</summary>
    public string AnswerLabel(string value) => Options.FirstOrDefault(o => o.Value == value)?.Label ?? value;

    public override string ToString() => Name;
}
