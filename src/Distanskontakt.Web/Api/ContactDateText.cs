using System.Globalization;

namespace Distanskontakt.Web.Api;

/// <summary>
/// A contact date as the APIs read it (<c>yyyy-MM-dd</c>, never after today in Europe/Stockholm) and the Swedish
/// messages for a bad one: the decision body, the situation query and the log filters say the same thing.
/// </summary>
public static class ContactDateText
{
    public const string InvalidMessage = "Ogiltigt datum. Ange ett datum som finns, på formen ÅÅÅÅ-MM-DD.";

    public static string FutureMessage(DateOnly today) => string.Create(CultureInfo.InvariantCulture,
        $"Kontaktdatum kan inte ligga i framtiden (dagens datum är {today:yyyy-MM-dd}).");

    /// <summary>The date, or the message that refuses it.</summary>
    public static string? Check(string? text, DateOnly today, out DateOnly date)
    {
        if (!DecisionRequestValidator.TryParseDate(text, out date))
        {
            return InvalidMessage;
        }

        return date > today ? FutureMessage(today) : null;
    }
}
