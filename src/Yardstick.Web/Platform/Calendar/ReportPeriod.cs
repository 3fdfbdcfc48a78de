namespace Yardstick.Web.Platform.Calendar;

/// <summary>A period of local dates in a project's time zone, as reports and statistics ask for it, and the instants bounding it.</summary>
public sealed record ReportPeriod(TimeZoneInfo Zone, DateOnly From, DateOnly To)
{
    public DateTime StartUtc => Utc(From);
    /// <summary>Exclusive: the first instant after the last day.</summary>
    public DateTime EndUtc => Utc(To.AddDays(1));

    public DateTime Utc(DateOnly day) => TimeZoneInfo.ConvertTimeToUtc(day.ToDateTime(TimeOnly.MinValue), Zone);

    public static DateOnly Today(TimeZoneInfo zone, DateTime nowUtc) => DateOnly.FromDateTime(TimeZoneInfo.ConvertTimeFromUtc(nowUtc, zone));

    /// <summary>The period asked for, this month so far by default; null when it ends before it starts.</summary>
    public static ReportPeriod? Resolve(TimeZoneInfo zone, DateOnly? from, DateOnly? to, DateTime nowUtc)
    {
        var today = Today(zone, nowUtc);
        var period = new ReportPeriod(zone, from ?? new DateOnly(today.Year, today.Month, 1), to ?? today);
        return period.To < period.From ? null : period;
    }
}
