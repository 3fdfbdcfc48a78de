using Yardstick.Web.Features.Organization;

namespace Yardstick.Web.Platform.Calendar;

/// <summary>
/// A project's working time: regular working days and hours, plus exceptions (public holidays and 调休
/// make-up working days). Every "within N working hours/days" rule in Yardstick goes through this.
/// Instants in and out are UTC; the arithmetic happens in the project's time zone.
/// </summary>
public sealed class BusinessCalendar
{
    private readonly WorkWeek _week;
    private readonly Dictionary<DateOnly, CalendarDayKind> _exceptions;

    public BusinessCalendar(TimeZoneInfo zone, WorkWeek week, TimeOnly dayStart, TimeOnly dayEnd,
        IEnumerable<(DateOnly Date, CalendarDayKind Kind)> exceptions)
    {
        if (dayEnd <= dayStart) throw new ArgumentException("The working day must end after it starts.");
        Zone = zone;
        _week = week;
        DayStart = dayStart;
        DayEnd = dayEnd;
        _exceptions = exceptions.ToDictionary(e => e.Date, e => e.Kind);
    }

    public static BusinessCalendar For(Project project, IEnumerable<CalendarDay> days) =>
        new(FindZone(project.TimeZone), project.WorkingDays, project.WorkdayStart, project.WorkdayEnd,
            days.Select(d => (d.Date, d.Kind)));

    public static TimeZoneInfo FindZone(string id) =>
        TimeZoneInfo.TryFindSystemTimeZoneById(id, out var zone) ? zone : TimeZoneInfo.FindSystemTimeZoneById("Asia/Shanghai");

    public TimeZoneInfo Zone { get; }
    public TimeOnly DayStart { get; }
    public TimeOnly DayEnd { get; }

    public bool IsWorkingDay(DateOnly date) =>
        _exceptions.TryGetValue(date, out var kind) ? kind == CalendarDayKind.WorkingDay : _week.Includes(date.DayOfWeek);

    public DateTime AddCalendarMinutes(DateTime utc, int minutes) => EnsureUtc(utc).AddMinutes(minutes);

    /// <summary>Adds working time: the clock runs only inside working hours of working days.</summary>
    public DateTime AddWorkingTime(DateTime utc, TimeSpan amount)
    {
        if (amount < TimeSpan.Zero) throw new ArgumentOutOfRangeException(nameof(amount));
        var local = ToLocal(utc);
        var remaining = amount;
        while (true)
        {
            var date = DateOnly.FromDateTime(local);
            var time = TimeOnly.FromDateTime(local);
            if (!IsWorkingDay(date) || time >= DayEnd)
            {
                local = NextWorkingDay(date).ToDateTime(DayStart);
                continue;
            }
            if (time < DayStart)
                local = date.ToDateTime(DayStart);
            var leftToday = date.ToDateTime(DayEnd) - local;
            if (remaining <= leftToday)
                return ToUtc(local + remaining);
            remaining -= leftToday;
            local = NextWorkingDay(date).ToDateTime(DayStart);
        }
    }

    /// <summary>The working time that lies between two instants (zero when <paramref name="toUtc"/> is not later).</summary>
    public TimeSpan WorkingTimeBetween(DateTime fromUtc, DateTime toUtc)
    {
        var from = ToLocal(fromUtc);
        var to = ToLocal(toUtc);
        var total = TimeSpan.Zero;
        for (var date = DateOnly.FromDateTime(from); date.ToDateTime(TimeOnly.MinValue) < to; date = date.AddDays(1))
        {
            if (!IsWorkingDay(date)) continue;
            var start = Max(date.ToDateTime(DayStart), from);
            var end = Min(date.ToDateTime(DayEnd), to);
            if (end > start) total += end - start;
        }
        return total;
    }

    private static DateTime Max(DateTime a, DateTime b) => a > b ? a : b;
    private static DateTime Min(DateTime a, DateTime b) => a < b ? a : b;

    public DateTime AddWorkingHours(DateTime utc, double hours) => AddWorkingTime(utc, TimeSpan.FromHours(hours));

    /// <summary>
    /// "Within N working days": the end of the working day of the Nth working day after the day the clock
    /// starts (the starting day itself does not count, whatever the hour).
    /// </summary>
    public DateTime AddWorkingDays(DateTime utc, int days)
    {
        if (days < 0) throw new ArgumentOutOfRangeException(nameof(days));
        var local = ToLocal(utc);
        var date = DateOnly.FromDateTime(local);
        // "The same day": today if the working day has not ended yet, otherwise the next working day.
        if (days == 0)
            return ToUtc((IsWorkingDay(date) && TimeOnly.FromDateTime(local) < DayEnd ? date : NextWorkingDay(date)).ToDateTime(DayEnd));
        for (var i = 0; i < days; i++) date = NextWorkingDay(date);
        return ToUtc(date.ToDateTime(DayEnd));
    }

    public DateOnly NextWorkingDay(DateOnly date)
    {
        // A year without a single working day is a configuration error, not a reason to loop forever.
        for (var i = 1; i <= 366; i++)
            if (IsWorkingDay(date.AddDays(i))) return date.AddDays(i);
        throw new InvalidOperationException("The business calendar has no working day within a year.");
    }

    public DateTime ToLocal(DateTime utc) => TimeZoneInfo.ConvertTimeFromUtc(EnsureUtc(utc), Zone);

    public DateTime ToUtc(DateTime local) =>
        TimeZoneInfo.ConvertTimeToUtc(DateTime.SpecifyKind(local, DateTimeKind.Unspecified), Zone);

    private static DateTime EnsureUtc(DateTime t) => t.Kind switch
    {
        DateTimeKind.Utc => t,
        DateTimeKind.Local => t.ToUniversalTime(),
        _ => DateTime.SpecifyKind(t, DateTimeKind.Utc),
    };
}
