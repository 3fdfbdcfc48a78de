using System.Globalization;
using Yardstick.Web.Features.Organization;

namespace Yardstick.Web.Platform.Calendar;

/// <summary>
/// Reads public-holiday calendars in iCalendar (.ics) form, as published for China's 法定节假日: all-day
/// events are holidays, except events whose summary says they are working days (补班, 上班, 调休上班).
/// </summary>
public static class IcsCalendarReader
{
    public sealed record Day(DateOnly Date, CalendarDayKind Kind, string Name);

    private static readonly string[] WorkingMarkers = ["补班", "上班", "班)", "班）", "workday", "working day"];

    public static IReadOnlyList<Day> Read(string text)
    {
        var days = new Dictionary<DateOnly, Day>();
        DateOnly? start = null, end = null;
        string summary = "";
        var inEvent = false;
        foreach (var line in Unfold(text))
        {
            if (line.Equals("BEGIN:VEVENT", StringComparison.OrdinalIgnoreCase))
            {
                inEvent = true; start = end = null; summary = "";
            }
            else if (line.Equals("END:VEVENT", StringComparison.OrdinalIgnoreCase))
            {
                inEvent = false;
                if (start is null) continue;
                // DTEND of an all-day event is exclusive; without it the event is one day.
                var last = end is { } e && e > start ? e.AddDays(-1) : start.Value;
                var kind = WorkingMarkers.Any(m => summary.Contains(m, StringComparison.OrdinalIgnoreCase))
                    ? CalendarDayKind.WorkingDay : CalendarDayKind.Holiday;
                for (var d = start.Value; d <= last && d <= start.Value.AddDays(60); d = d.AddDays(1))
                    days[d] = new Day(d, kind, summary.Length > 50 ? summary[..50] : summary);
            }
            else if (inEvent)
            {
                var colon = line.IndexOf(':');
                if (colon < 0) continue;
                var name = line[..colon].Split(';')[0].ToUpperInvariant();
                var value = line[(colon + 1)..].Trim();
                switch (name)
                {
                    case "DTSTART": start = ParseDate(value); break;
                    case "DTEND": end = ParseDate(value); break;
                    case "SUMMARY": summary = value.Replace("\\,", ",").Replace("\\;", ";").Replace("\\n", " "); break;
                }
            }
        }
        return days.Values.OrderBy(d => d.Date).ToList();
    }

    private static DateOnly? ParseDate(string value) =>
        value.Length >= 8 && DateOnly.TryParseExact(value[..8], "yyyyMMdd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d)
            ? d : null;

    /// <summary>RFC 5545 line folding: a line starting with a space or tab continues the previous one.</summary>
    private static IEnumerable<string> Unfold(string text)
    {
        string? current = null;
        foreach (var raw in text.Replace("\r\n", "\n").Split('\n'))
        {
            if (raw.Length > 0 && (raw[0] == ' ' || raw[0] == '\t') && current is not null)
            {
                current += raw[1..];
                continue;
            }
            if (current is not null) yield return current;
            current = raw;
        }
        if (current is not null) yield return current;
    }
}
