using System.Globalization;
using Distanskontakt.Domain;
using Distanskontakt.Domain.Vocabulary;
using Microsoft.AspNetCore.WebUtilities;

namespace Distanskontakt.Web.Components.Pages.Registrera;

/// <summary>
/// The wizard's state lives in the address: docs/domain.md §3 input names with the API's values, in asking order
/// (<c>/registrera?system=pasis&amp;contactDate=2025-06-02&amp;channel=phone</c>).
/// </summary>
public static class WizardUrl
{
    public const string Page = "/registrera";

    private const int MaxEchoedLength = 40;

    /// <summary>The address for a set of answers; every answer given is written, the contact date included.</summary>
    public static string For(Answers answers)
    {
        var address = AnswerAddress.Format(answers, withDate: true);
        return address.Length == 0 ? Page : $"{Page}?{address}";
    }

    /// <summary>
    /// Reads the answers from an address. A value that is not one of the input's values, a malformed date or a
    /// date after <paramref name="today"/> is left unanswered and reported, in Swedish, for that input.
    /// </summary>
    public static WizardQuery Parse(string uri, DateOnly today)
    {
        var query = QueryHelpers.ParseQuery(new Uri(uri, UriKind.Absolute).Query);
        var answers = Answers.Empty;
        var problems = new Dictionary<Input, string>();
        var present = false;
        foreach (var descriptor in Inputs.All)
        {
            var input = descriptor.Input;
            if (!query.TryGetValue(descriptor.Name, out var values) || string.IsNullOrEmpty(values[0]))
            {
                continue;
            }

            present = true;
            var raw = values[0]!;
            if (!answers.TryWith(input, raw, out var next))
            {
                problems[input] = input == Input.ContactDate ? BadDate(raw) : UnknownValue(raw);
            }
            else if (input == Input.ContactDate && next.ContactDate > today)
            {
                problems[input] = FutureDate(next.ContactDate.Value, today);
            }
            else
            {
                answers = next;
            }
        }

        return new WizardQuery(answers, problems, present);
    }

    public static string UnknownValue(string raw) =>
        $"Adressen innehöll svaret ”{Echo(raw)}”, som inte är ett av svaren på den här frågan. Välj ett svar.";

    public static string BadDate(string raw) =>
        $"”{Echo(raw)}” är inte ett giltigt datum. Ange datumet som ÅÅÅÅ-MM-DD.";

    public static string FutureDate(DateOnly date, DateOnly today) =>
        string.Create(CultureInfo.InvariantCulture,
            $"Kontaktdatumet {date:yyyy-MM-dd} ligger i framtiden. Ange ett datum till och med i dag ({today:yyyy-MM-dd}).");

    private static string Echo(string raw) => raw.Length <= MaxEchoedLength ? raw : raw[..MaxEchoedLength] + "…";
}

/// <summary>
/// The answers read from an address, the problems found (by input) and whether the address held any wizard value.
/// </summary>
public sealed record WizardQuery(Answers Answers, IReadOnlyDictionary<Input, string> Problems, bool HasValues);
