namespace Distanskontakt.Domain.Engine;

/// <summary>"Today" is the calendar date in Europe/Stockholm, whatever the server's own zone.</summary>
public static class StockholmClock
{
    private static readonly TimeZoneInfo _stockholm = TimeZoneInfo.FindSystemTimeZoneById("Europe/Stockholm");

    // Stockholm's offsets are whole hours and its changes happen on the hour, so one UTC hour has one local date:
    // the last hour's answer is kept (the zone conversion was a visible cost of each decision request).
    private static HourDate? _last;

    public static DateOnly Today(TimeProvider time)
    {
        var now = time.GetUtcNow();
        var hour = now.UtcTicks / TimeSpan.TicksPerHour;
        if (_last is { } last && last.Hour == hour)
        {
            return last.Date;
        }

        var local = TimeZoneInfo.ConvertTime(now, _stockholm);
        var date = DateOnly.FromDateTime(local.DateTime);
        if (local.Offset.Ticks % TimeSpan.TicksPerHour == 0)
        {
            _last = new HourDate(hour, date);
        }

        return date;
    }

    private sealed record HourDate(long Hour, DateOnly Date);
}
