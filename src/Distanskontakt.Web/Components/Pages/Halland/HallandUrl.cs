using System.Text;
using Distanskontakt.Domain.Halland;
using Distanskontakt.Web.Components.Pages.Registrera;
using Microsoft.AspNetCore.WebUtilities;

namespace Distanskontakt.Web.Components.Pages.Halland;

/// <summary>
/// The Halland wizard's state lives in the address, like the Skåne wizard's: the API's field names and values in
/// asking order (<c>/halland?channel=phone&amp;ersatterBesok=true</c>).
/// </summary>
public static class HallandUrl
{
    public const string Page = "/halland";

    public static string For(HallandAnswers answers, HallandAssessmentEngine engine)
    {
        var url = new StringBuilder(Page);
        var separator = '?';
        foreach (var name in engine.QuestionNames)
        {
            if (answers[name] is not { } value)
            {
                continue;
            }

            url.Append(separator).Append(name).Append('=').Append(Uri.EscapeDataString(value));
            separator = '&';
        }

        return url.ToString();
    }

    /// <summary>Reads the answers; a value a question never takes is left unanswered and reported in Swedish for that question.</summary>
    public static HallandQuery Parse(string uri, HallandAssessmentEngine engine)
    {
        var query = QueryHelpers.ParseQuery(new Uri(uri, UriKind.Absolute).Query);
        var answers = HallandAnswers.Empty;
        var problems = new Dictionary<string, string>(StringComparer.Ordinal);
        var present = false;
        foreach (var name in engine.QuestionNames)
        {
            if (!query.TryGetValue(name, out var values) || string.IsNullOrEmpty(values[0]))
            {
                continue;
            }

            present = true;
            if (!engine.TryWith(answers, name, values[0], out answers))
            {
                problems[name] = WizardUrl.UnknownValue(values[0]!);
            }
        }

        return new HallandQuery(answers, problems, present);
    }
}

/// <summary>What the address said: the valid answers, a problem per question with an invalid value, and whether it had any.</summary>
public sealed record HallandQuery(HallandAnswers Answers, IReadOnlyDictionary<string, string> Problems, bool HasValues);
