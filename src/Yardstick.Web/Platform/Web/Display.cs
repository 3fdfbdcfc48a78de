namespace Yardstick.Web.Platform.Web;

/// <summary>How instants and alert levels are shown on pages: instants in China time unless a project's own zone is at hand.</summary>
public static class Display
{
    private static readonly TimeZoneInfo China = Platform.Calendar.BusinessCalendar.FindZone("Asia/Shanghai");

    public static string Time(DateTime utc, TimeZoneInfo? zone = null) =>
        TimeZoneInfo.ConvertTimeFromUtc(DateTime.SpecifyKind(utc, DateTimeKind.Utc), zone ?? China).ToString("yyyy-MM-dd HH:mm");

    /// <summary>
    /// The badge colour of an emotion alert level (red, yellow, blue, none); no alert is light, as it is most texts and
    /// should not draw the eye from the ones that have one.
    /// </summary>
    public static string AlertBadge(string? level) => level switch
    {
        "red" => "text-bg-danger", "yellow" => "text-bg-warning", "blue" => "text-bg-info", _ => "text-bg-light",
    };
}
