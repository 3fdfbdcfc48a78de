namespace Yardstick.Web.Features.Organization;

/// <summary>Marks rows whose create/update/delete the audit log records.</summary>
public interface IAudited;

/// <summary>Rows that carry a version number so that a stale edit answers 409 instead of overwriting.</summary>
public interface IVersioned
{
    int Version { get; set; }
}

/// <summary>
/// Rows that reports count: they are deactivated, never deleted. The DbContext refuses to delete them, so a
/// later module cannot lose history by accident.
/// </summary>
public interface INeverDeleted;

/// <summary>Rows that belong to one project; the DbContext filters them by the caller's scope.</summary>
public interface IProjectOwned
{
    int ProjectId { get; }
}

public enum ProjectType { Residential, Office, Commercial, IndustrialPark }

public class Project : IAudited, IVersioned, INeverDeleted
{
    public int Id { get; set; }
    public string Name { get; set; } = "";
    public string Code { get; set; } = "";
    public ProjectType Type { get; set; }
    public string Address { get; set; } = "";
    public const string DefaultTimeZone = "Asia/Shanghai";
    public string TimeZone { get; set; } = DefaultTimeZone;
    public double? Latitude { get; set; }
    public double? Longitude { get; set; }
    public int GeofenceRadiusMeters { get; set; } = 300;
    public bool IsActive { get; set; } = true;
    /// <summary>企业微信群机器人 webhook; notifications of this project are also posted there.</summary>
    public string? WeComWebhookUrl { get; set; }

    // Business calendar: regular week and hours; exceptions (holidays, 调休) in CalendarDay.
    public WorkWeek WorkingDays { get; set; } = WorkWeek.MondayToFriday;
    public TimeOnly WorkdayStart { get; set; } = new(9, 0);
    public TimeOnly WorkdayEnd { get; set; } = new(18, 0);

    public int Version { get; set; }
    public DateTime CreatedAt { get; set; } = DateTime.UtcNow;
    public List<Building> Buildings { get; set; } = [];
    public List<CalendarDay> CalendarDays { get; set; } = [];
}

[Flags]
public enum WorkWeek
{
    None = 0,
    Sunday = 1, Monday = 2, Tuesday = 4, Wednesday = 8, Thursday = 16, Friday = 32, Saturday = 64,
    MondayToFriday = Monday | Tuesday | Wednesday | Thursday | Friday,
    Everyday = MondayToFriday | Saturday | Sunday,
}

public static class WorkWeekExtensions
{
    public static bool Includes(this WorkWeek week, DayOfWeek day) => (week & (WorkWeek)(1 << (int)day)) != 0;
}

public enum CalendarDayKind { Holiday, WorkingDay }

/// <summary>An exception to the regular week: a public holiday, or a make-up working day (调休上班).</summary>
public class CalendarDay : IAudited, IProjectOwned
{
    public int Id { get; set; }
    public int ProjectId { get; set; }
    public DateOnly Date { get; set; }
    public CalendarDayKind Kind { get; set; }
    public string Name { get; set; } = "";
}

public class Building : IAudited, IProjectOwned, INeverDeleted
{
    public int Id { get; set; }
    public int ProjectId { get; set; }
    /// <summary>The number used in unit labels, e.g. "3" in 3-2-102.</summary>
    public string Code { get; set; } = "";
    public string Name { get; set; } = "";
    public int? Floors { get; set; }
    public DateTime CreatedAt { get; set; } = DateTime.UtcNow;
    public List<Unit> Units { get; set; } = [];
}

public class Unit : IAudited, IProjectOwned, INeverDeleted
{
    public int Id { get; set; }
    public int ProjectId { get; set; }
    public int BuildingId { get; set; }
    public Building? Building { get; set; }
    public int Entrance { get; set; }
    public string Room { get; set; } = "";
    /// <summary>building-entrance-room, e.g. 3-2-102; unique within a project.</summary>
    public string Label { get; set; } = "";
    public int? Floor { get; set; }
    public double FloorArea { get; set; }
    public bool IsOccupied { get; set; }

    public static string MakeLabel(string building, int entrance, string room) => $"{building}-{entrance}-{room}";
}

public enum CustomerType { Owner, Tenant, Resident }

public enum ContactMethod { Phone, Sms, WeChat, Visit, Letter }

public class Customer : IAudited, IVersioned, IProjectOwned, INeverDeleted
{
    public int Id { get; set; }
    public int ProjectId { get; set; }
    public string Name { get; set; } = "";
    public string Phone { get; set; } = "";
    public CustomerType Type { get; set; }
    /// <summary>Comma-separated tags such as 独居老人, 企业租户, VIP, 重点关注.</summary>
    public string Tags { get; set; } = "";
    public ContactMethod PreferredContact { get; set; }
    public bool IsActive { get; set; } = true;
    public int Version { get; set; }
    public DateTime CreatedAt { get; set; } = DateTime.UtcNow;
    public List<CustomerUnit> Units { get; set; } = [];

    public IReadOnlyList<string> TagList => SplitTags(Tags);

    public static IReadOnlyList<string> SplitTags(string? tags) =>
        (tags ?? "").Split([',', '，', ';', '；', '、', '|'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Distinct().ToList();
}

public class CustomerUnit
{
    public int CustomerId { get; set; }
    public int UnitId { get; set; }
    public Unit? Unit { get; set; }
}

public enum StaffPost { Gate, CustomerService, Engineering, Security, Cleaning, Greening, Butler, Supervisor }

public class Staff : IAudited, IVersioned, IProjectOwned, INeverDeleted
{
    public int Id { get; set; }
    public int ProjectId { get; set; }
    public string Name { get; set; } = "";
    public StaffPost Post { get; set; }
    public string Department { get; set; } = "";
    public string Phone { get; set; } = "";
    public int? UserId { get; set; }
    public bool IsActive { get; set; } = true;
    public int Version { get; set; }
    public DateTime CreatedAt { get; set; } = DateTime.UtcNow;
}
