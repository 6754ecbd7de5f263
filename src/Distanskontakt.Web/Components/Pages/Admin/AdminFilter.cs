using System.Globalization;
using Distanskontakt.Domain.Vocabulary;
using Distanskontakt.Infrastructure.Log;

namespace Distanskontakt.Web.Components.Pages.Admin;

/// <summary>The review's filter form. Units are always limited to the administrator's own.</summary>
public sealed class AdminFilter
{
    public DateOnly? From { get; set; }

    public DateOnly? To { get; set; }

    /// <summary>Empty: all of the administrator's units.</summary>
    public string Unit { get; set; } = "";

    public string System { get; set; } = "";

    public string ContactType { get; set; } = "";

    public string Registration { get; set; } = "";

    public string Channel { get; set; } = "";

    public string? Problem => From is { } from && To is { } to && from > to ? "Slutdatum ligger före startdatum." : null;

    public LogFilter ToLogFilter(IReadOnlyList<string> ownUnits) => new()
    {
        Units = Unit.Length > 0 && ownUnits.Contains(Unit, StringComparer.Ordinal) ? [Unit] : ownUnits,
        From = From,
        To = To,
        System = WireNames.TryParse<RegistrationSystem>(System, out var system) ? system : null,
        ContactType = ContactType.Trim() is { Length: > 0 } type ? type : null,
        Registration = WireNames.TryParse<RegistrationKind>(Registration, out var kind) ? kind : null,
        Channel = WireNames.TryParse<Channel>(Channel, out var channel) ? channel : null,
    };

    /// <summary>The same filter as the registrations API's query (for the CSV export link).</summary>
    public string ToQuery()
    {
        var parts = new List<string>();
        Add("from", From?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        Add("to", To?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        Add("unit", Unit);
        Add("system", System);
        Add("code", ContactType.Trim());
        Add("registration", Registration);
        Add("channel", Channel);
        return string.Join('&', parts);

        void Add(string name, string? value)
        {
            if (!string.IsNullOrEmpty(value))
            {
                parts.Add(name + "=" + Uri.EscapeDataString(value));
            }
        }
    }
}
