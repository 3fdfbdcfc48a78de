namespace Yardstick.Web.Features.MysteryShopping;

/// <summary>Why a check-in or a piece of evidence needs the reviewer's eye. Stored as a comma-separated list of these names.</summary>
public enum MsFlag
{
    OutsideGeofence, PoorAccuracy, OutsideWindow, NoLocation,
    EvidenceTimeMismatch, EvidenceFarAway, EvidenceNoMetadata,
    Late, IdentityExposed,
}

/// <summary>The rules of the field visit and of assignment, small and pure so that tests can pin them to the seed's numbers.</summary>
public static class MsRules
{
    public const double MaxAccuracyMeters = 100;
    public static readonly TimeSpan SubmissionDeadline = TimeSpan.FromHours(24);
    public static readonly TimeSpan EvidenceTimeTolerance = TimeSpan.FromHours(2);
    public const int DefaultLockoutDays = 90;
    /// <summary>Earlier visits older than the lockout but within this many days still make a shopper familiar to the staff.</summary>
    public const int RecognitionDays = 365;

    /// <summary>Great-circle distance in metres (haversine; the earth as a sphere is precise enough for a geofence).</summary>
    public static double DistanceMeters(double lat1, double lon1, double lat2, double lon2)
    {
        const double R = 6371008.8;
        static double Rad(double d) => d * Math.PI / 180;
        var dLat = Rad(lat2 - lat1);
        var dLon = Rad(lon2 - lon1);
        var a = Math.Sin(dLat / 2) * Math.Sin(dLat / 2) + Math.Cos(Rad(lat1)) * Math.Cos(Rad(lat2)) * Math.Sin(dLon / 2) * Math.Sin(dLon / 2);
        return 2 * R * Math.Asin(Math.Min(1, Math.Sqrt(a)));
    }

    public sealed record CheckInFacts(double? Latitude, double? Longitude, double? Accuracy, DateTime At,
        double? ProjectLatitude, double? ProjectLongitude, int GeofenceMeters, DateTime WindowStart, DateTime WindowEnd);

    /// <summary>
    /// A check-in is never refused (basements lose GPS); what is unusual is flagged for the reviewer: outside the geofence,
    /// accuracy worse than 100 m, outside the task window, or no location at all.
    /// </summary>
    public static (double? Distance, List<MsFlag> Flags) CheckIn(CheckInFacts f)
    {
        var flags = new List<MsFlag>();
        double? distance = null;
        if (f.Latitude is not double lat || f.Longitude is not double lon)
            flags.Add(MsFlag.NoLocation);
        else
        {
            if (f.ProjectLatitude is double plat && f.ProjectLongitude is double plon)
            {
                distance = Math.Round(DistanceMeters(lat, lon, plat, plon), 1);
                if (distance > f.GeofenceMeters) flags.Add(MsFlag.OutsideGeofence);
            }
            if (f.Accuracy is null or > MaxAccuracyMeters) flags.Add(MsFlag.PoorAccuracy);
        }
        if (f.At < f.WindowStart || f.At > f.WindowEnd) flags.Add(MsFlag.OutsideWindow);
        return (distance, flags);
    }

    /// <summary>Evidence should be taken during the visit (±2 hours of the check-in) and near the project.</summary>
    public static List<MsFlag> Evidence(DateTime? takenAt, double? latitude, double? longitude, DateTime checkedInAt,
        double? projectLatitude, double? projectLongitude, int geofenceMeters, bool isImage)
    {
        var flags = new List<MsFlag>();
        if (takenAt is null && latitude is null)
        {
            // Audio and video carry no EXIF; an image without it was likely edited or forwarded.
            if (isImage) flags.Add(MsFlag.EvidenceNoMetadata);
            return flags;
        }
        if (takenAt is DateTime t && (t - checkedInAt).Duration() > EvidenceTimeTolerance) flags.Add(MsFlag.EvidenceTimeMismatch);
        if (latitude is double lat && longitude is double lon && projectLatitude is double plat && projectLongitude is double plon
            && DistanceMeters(lat, lon, plat, plon) > Math.Max(geofenceMeters, 500))
            flags.Add(MsFlag.EvidenceFarAway);
        return flags;
    }

    public static bool IsLate(DateTime checkedInAt, DateTime submittedAt) => submittedAt - checkedInAt > SubmissionDeadline;

    /// <summary>An earlier task of the shopper, as far as the assignment rules care.</summary>
    public sealed record PastTask(int ProjectId, DateTime WindowStart, string Identity);

    public sealed record AssignmentCheck(bool Allowed, string? BlockReasonKey, IReadOnlyList<PastTask> Recognisable);

    /// <summary>
    /// Never where the shopper declared a conflict (they live or work there); never the same project within the lockout
    /// (either side of the new window); warn when earlier visits to the project, above all under the same identity, may
    /// make the shopper recognisable.
    /// </summary>
    public static AssignmentCheck CheckAssignment(int projectId, DateTime windowStart, string identity, bool conflict,
        IEnumerable<PastTask> history, int lockoutDays = DefaultLockoutDays)
    {
        if (conflict) return new(false, "Ms.Err.Conflict", []);
        var same = history.Where(h => h.ProjectId == projectId).ToList();
        if (same.Any(h => Math.Abs((h.WindowStart - windowStart).TotalDays) < lockoutDays))
            return new(false, "Ms.Err.Lockout", []);
        var recognisable = same.Where(h => (windowStart - h.WindowStart).TotalDays < RecognitionDays)
            .OrderByDescending(h => h.Identity == identity).ThenByDescending(h => h.WindowStart).ToList();
        return new(true, null, recognisable);
    }

    /// <summary>Seed 000: findings state facts, not impressions. Words that judge instead of describe, with what to write instead.</summary>
    public static readonly IReadOnlyList<string> VagueWords =
        ["不错", "一般", "还行", "很差", "态度差", "态度不好", "挺好", "很好", "不太好", "比较差", "差不多", "马马虎虎", "还可以", "服务差"];

    public static IReadOnlyList<string> Lint(string? note) =>
        string.IsNullOrWhiteSpace(note) ? [] : VagueWords.Where(note.Contains).ToList();
}
