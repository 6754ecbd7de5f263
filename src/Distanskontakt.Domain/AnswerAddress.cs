using System.Text;
using Distanskontakt.Domain.Vocabulary;

namespace Distanskontakt.Domain;

/// <summary>
/// The answers in address form, <c>system=pmo&amp;channel=phone&amp;replacesVisit=false</c>: wire names and values in
/// asking order, as the wizard's address, the trainers' stored scenarios and the log's answers column hold them.
/// </summary>
public static class AnswerAddress
{
    /// <summary>Every answer given, in asking order; the date only when <paramref name="withDate"/>.</summary>
    public static string Format(Answers answers, bool withDate = false)
    {
        var text = new StringBuilder();
        foreach (var input in Inputs.All)
        {
            if ((withDate || input.Type != Questions.AnswerType.Date) && answers.WireValue(input.Input) is { } value)
            {
                text.Append(text.Length == 0 ? "" : "&").Append(input.Name).Append('=').Append(Uri.EscapeDataString(value));
            }
        }

        return text.ToString();
    }

    /// <summary>Reads <see cref="Format"/> back; unknown names and values, and the date, are dropped.</summary>
    public static Answers Parse(string? text)
    {
        var answers = Answers.Empty;
        foreach (var pair in (text ?? "").Split('&', StringSplitOptions.RemoveEmptyEntries))
        {
            var parts = pair.Split('=', 2);
            if (parts.Length == 2 && Inputs.Named(parts[0]) is { Type: not Questions.AnswerType.Date } input
                && answers.TryWith(input.Input, Uri.UnescapeDataString(parts[1]), out var next))
            {
                answers = next;
            }
        }

        return answers;
    }
}
