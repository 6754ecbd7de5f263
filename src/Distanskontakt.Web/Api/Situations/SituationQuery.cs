using Distanskontakt.Domain.Privacy;
using Distanskontakt.Domain.Vocabulary;

namespace Distanskontakt.Web.Api.Situations;

/// <summary>
/// The query string of <c>GET /api/v1/situations</c>, read by hand so that every bad request is a Swedish 400
/// problem keyed by the parameter. The text is never echoed in a problem (it may hold what must not travel).
/// </summary>
public sealed record SituationQuery(string Text, RegistrationSystem System, DateOnly? ContactDate)
{
    public const int MaxLength = Distanskontakt.Search.SituationSearch.MaxQueryLength;

    public const string TextKey = "q";
    public const string SystemKey = "system";
    public const string ContactDateKey = "contactDate";

    private static readonly string[] _allowed = [TextKey, SystemKey, ContactDateKey];

    public static (SituationQuery? Query, Dictionary<string, string[]> Errors) Read(IQueryCollection query, DateOnly today)
    {
        var errors = new Dictionary<string, string[]>(StringComparer.Ordinal);
        foreach (var (name, values) in query)
        {
            if (!_allowed.Contains(name, StringComparer.Ordinal))
            {
                errors[name] = [$"Okänd parameter. Tillåtna parametrar: {string.Join(", ", _allowed)}."];
            }
            else if (values.Count > 1)
            {
                errors[name] = ["Parametern förekommer mer än en gång."];
            }
        }

        var text = query[TextKey].ToString();
        if (!errors.ContainsKey(TextKey))
        {
            if (string.IsNullOrWhiteSpace(text))
            {
                errors[TextKey] = ["Beskriv kontakten med några ord."];
            }
            else if (text.Length > MaxLength)
            {
                errors[TextKey] = [$"Beskrivningen får vara högst {MaxLength} tecken."];
            }
            else if (PersonnummerDetector.ContainsPersonnummer(text))
            {
                errors[TextKey] = [PersonnummerDetector.RefusalMessage];
            }
        }

        var system = default(RegistrationSystem);
        if (!errors.ContainsKey(SystemKey) && !WireNames.TryParse(query[SystemKey].ToString(), out system))
        {
            var allowed = string.Join(", ", WireNames.All<RegistrationSystem>());
            errors[SystemKey] = [query.ContainsKey(SystemKey) ? $"Okänt system. Tillåtna värden: {allowed}." : $"Ange systemet kontakten registreras i: {allowed}."];
        }

        DateOnly? contactDate = null;
        if (!errors.ContainsKey(ContactDateKey) && query.TryGetValue(ContactDateKey, out var dateText))
        {
            if (ContactDateText.Check(dateText.ToString(), today, out var date) is { } error)
            {
                errors[ContactDateKey] = [error];
            }
            else
            {
                contactDate = date;
            }
        }

        return errors.Count > 0 ? (null, errors) : (new SituationQuery(text, system, contactDate), errors);
    }

}
