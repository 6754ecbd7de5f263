namespace Distanskontakt.Domain.Engine;

public sealed class ContactDateInFutureException(DateOnly contactDate, DateOnly today)
    : Exception($"Kontaktdatumet {contactDate:yyyy-MM-dd} ligger efter dagens datum {today:yyyy-MM-dd}.")
{
    public DateOnly ContactDate { get; } = contactDate;
    public DateOnly Today { get; } = today;
}
