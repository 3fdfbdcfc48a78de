using Yardstick.Web.Features.Organization;
using Yardstick.Web.Platform.Bootstrap;
using Yardstick.Web.Platform.Calendar;

namespace Yardstick.Web.Tests.Platform;

/// <summary>The 2025 National Day schedule: 1–8 October off, Sunday 28 September and Saturday 11 October working.</summary>
public class BusinessCalendarTests
{
    internal static readonly BusinessCalendar Calendar = new(
        BusinessCalendar.FindZone("Asia/Shanghai"), WorkWeek.MondayToFriday, new TimeOnly(9, 0), new TimeOnly(18, 0),
        DemoSeeder.Holidays2025().Select(d => (d.Date, d.Kind)));

    /// <summary>Shanghai local time to UTC (UTC+8, no daylight saving).</summary>
    internal static DateTime Local(int month, int day, int hour, int minute = 0) =>
        new DateTime(2025, month, day, hour, minute, 0, DateTimeKind.Utc).AddHours(-8);

    [Theory]
    [InlineData(9, 26, true)]   // Friday
    [InlineData(9, 27, false)]  // Saturday
    [InlineData(9, 28, true)]   // Sunday, make-up working day
    [InlineData(9, 30, true)]   // Tuesday
    [InlineData(10, 1, false)]  // National Day
    [InlineData(10, 6, false)]  // Mid-Autumn, inside the holiday
    [InlineData(10, 8, false)]  // last holiday
    [InlineData(10, 9, true)]   // Thursday, back to work
    [InlineData(10, 11, true)]  // Saturday, make-up working day
    [InlineData(10, 12, false)] // Sunday
    public void Knows_which_days_are_working_days(int month, int day, bool working) =>
        Calendar.IsWorkingDay(new DateOnly(2025, month, day)).ShouldBe(working);

    [Fact]
    public void Working_hours_skip_the_whole_holiday()
    {
        // Tuesday 30 September 17:00 + 2 working hours: 1 h that evening, then 1 h on Thursday 9 October.
        Calendar.AddWorkingHours(Local(9, 30, 17), 2).ShouldBe(Local(10, 9, 10));
    }

    [Fact]
    public void Working_hours_use_the_make_up_Sunday()
    {
        // Saturday 27 September at 10:00 is not working time; the clock starts on Sunday 28 at 09:00.
        Calendar.AddWorkingHours(Local(9, 27, 10), 1).ShouldBe(Local(9, 28, 10));
    }

    [Fact]
    public void Working_hours_started_before_opening_begin_at_opening()
    {
        Calendar.AddWorkingHours(Local(9, 30, 7, 30), 0.5).ShouldBe(Local(9, 30, 9, 30));
    }

    [Fact]
    public void A_24_working_hour_limit_spans_several_days()
    {
        // Friday 26 Sept 15:00: 3 h Friday, 9 h Sunday 28 (make-up), 9 h Monday 29, 3 h Tuesday 30 → Tuesday 12:00.
        Calendar.AddWorkingHours(Local(9, 26, 15), 24).ShouldBe(Local(9, 30, 12));
    }

    [Fact]
    public void Working_days_count_from_the_next_day_and_end_at_closing()
    {
        Calendar.AddWorkingDays(Local(9, 30, 10), 1).ShouldBe(Local(10, 9, 18));
        Calendar.AddWorkingDays(Local(9, 30, 10), 3).ShouldBe(Local(10, 11, 18)); // 9, 10, 11 (make-up Saturday)
        Calendar.AddWorkingDays(Local(10, 10, 16), 1).ShouldBe(Local(10, 11, 18));
        Calendar.AddWorkingDays(Local(10, 11, 16), 1).ShouldBe(Local(10, 13, 18)); // Sunday 12 is off
    }

    [Fact]
    public void Zero_working_days_means_by_closing_time_of_the_next_working_day()
    {
        Calendar.AddWorkingDays(Local(10, 3, 12), 0).ShouldBe(Local(10, 9, 18));
        Calendar.AddWorkingDays(Local(9, 30, 12), 0).ShouldBe(Local(9, 30, 18));
    }

    [Fact]
    public void Calendar_minutes_ignore_holidays()
    {
        Calendar.AddCalendarMinutes(Local(9, 30, 23, 50), 30).ShouldBe(Local(10, 1, 0, 20));
    }

    [Fact]
    public void A_calendar_without_working_days_is_refused_rather_than_looping()
    {
        var none = new BusinessCalendar(BusinessCalendar.FindZone("Asia/Shanghai"), WorkWeek.None, new TimeOnly(9, 0), new TimeOnly(18, 0), []);
        Should.Throw<InvalidOperationException>(() => none.AddWorkingHours(Local(9, 30, 10), 1));
    }

    [Fact]
    public void Negative_amounts_are_refused()
    {
        Should.Throw<ArgumentOutOfRangeException>(() => Calendar.AddWorkingHours(Local(9, 30, 10), -1));
        Should.Throw<ArgumentOutOfRangeException>(() => Calendar.AddWorkingDays(Local(9, 30, 10), -1));
    }
}

public class IcsCalendarReaderTests
{
    private const string Ics = """
        BEGIN:VCALENDAR
        VERSION:2.0
        BEGIN:VEVENT
        DTSTART;VALUE=DATE:20251001
        DTEND;VALUE=DATE:20251009
        SUMMARY:国庆节、中秋节
        END:VEVENT
        BEGIN:VEVENT
        DTSTART;VALUE=DATE:20250928
        DTEND;VALUE=DATE:20250929
        SUMMARY:国庆节补
         班
        END:VEVENT
        BEGIN:VEVENT
        DTSTART;VALUE=DATE:20251011
        SUMMARY:国庆节 上班
        END:VEVENT
        END:VCALENDAR
        """;

    [Fact]
    public void Reads_holidays_with_exclusive_end_and_make_up_days()
    {
        var days = IcsCalendarReader.Read(Ics);
        days.Where(d => d.Kind == CalendarDayKind.Holiday).Select(d => d.Date.Day).ShouldBe([1, 2, 3, 4, 5, 6, 7, 8]);
        days.Where(d => d.Kind == CalendarDayKind.WorkingDay).Select(d => d.Date).ShouldBe([new DateOnly(2025, 9, 28), new DateOnly(2025, 10, 11)]);
        days.First(d => d.Date == new DateOnly(2025, 9, 28)).Name.ShouldBe("国庆节补班"); // folded line joined
    }

    [Fact]
    public void Garbage_gives_no_days() => IcsCalendarReader.Read("hello\nworld").ShouldBeEmpty();
}
