namespace Yardstick.Web.Platform.Web;

/// <summary>How instants are shown on pages: in China time unless a project's own zone is at hand.</summary>
public static class Display
{
    private static readonly TimeZoneInfo China = Platform.Calendar.BusinessCalendar.FindZone("Asia/Shanghai");

    public static string Time(DateTime utc, TimeZoneInfo? zone = null) =>
        TimeZoneInfo.ConvertTimeFromUtc(DateTime.SpecifyKind(utc, DateTimeKind.Utc), zone ?? China).ToString("yyyy-MM-dd HH:mm");
}
