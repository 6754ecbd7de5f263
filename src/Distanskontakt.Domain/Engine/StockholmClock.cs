namespace Distanskontakt.Domain.Engine;

/// <summary>"Today" is the calendar date in Europe/Stockholm, whatever the server's own zone.</summary>
public static class StockholmClock
{
    private static readonly TimeZoneInfo _stockholm = TimeZoneInfo.FindSystemTimeZoneById("Europe/Stockholm");

    public static DateOnly Today(TimeProvider time) =>
        DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(time.GetUtcNow(), _stockholm).DateTime);
}
