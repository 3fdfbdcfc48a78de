namespace Yardstick.Web.Features.Organization;

public sealed record ProjectInput(
    string? Name, string? Code, ProjectType? Type, string? Address, string? TimeZone,
    double? Latitude, double? Longitude, int? GeofenceRadiusMeters, bool? IsActive, string? WeComWebhookUrl,
    int? Version = null);

public sealed record ProjectDto(
    int Id, string Name, string Code, ProjectType Type, string Address, string TimeZone,
    double? Latitude, double? Longitude, int GeofenceRadiusMeters, bool IsActive, string? WeComWebhookUrl,
    int Buildings, int Units, int Version)
{
    public static ProjectDto From(Project p, int buildings, int units) => new(
        p.Id, p.Name, p.Code, p.Type, p.Address, p.TimeZone, p.Latitude, p.Longitude, p.GeofenceRadiusMeters,
        p.IsActive, p.WeComWebhookUrl, buildings, units, p.Version);
}

public sealed record BuildingInput(string? Code, string? Name, int? Floors);
public sealed record BuildingDto(int Id, int ProjectId, string Code, string Name, int? Floors, int Units);

public sealed record UnitInput(int? BuildingId, int? Entrance, string? Room, int? Floor, double? FloorArea, bool? IsOccupied);

/// <summary>Generates the units of a building: entrances × floors × units per floor, rooms numbered like 1203.</summary>
public sealed record UnitBatchInput(int? BuildingId, int? Entrances, int? Floors, int? UnitsPerFloor, double? FloorArea);

public sealed record UnitDto(int Id, int ProjectId, int BuildingId, string Label, int Entrance, string Room, int? Floor, double FloorArea, bool IsOccupied);

public sealed record CustomerInput(
    int? ProjectId, string? Name, string? Phone, CustomerType? Type, IReadOnlyList<string>? Tags,
    ContactMethod? PreferredContact, IReadOnlyList<string>? Units);

public sealed record CustomerDto(
    int Id, int ProjectId, string Name, string Phone, CustomerType Type, IReadOnlyList<string> Tags,
    ContactMethod PreferredContact, IReadOnlyList<string> Units, bool IsActive, int Version);

public sealed record StaffInput(int? ProjectId, string? Name, StaffPost? Post, string? Department, string? Phone, int? UserId);

public sealed record StaffDto(int Id, int ProjectId, string Name, StaffPost Post, string Department, string Phone, int? UserId, bool IsActive);

public sealed record CalendarDto(
    string TimeZone, IReadOnlyList<DayOfWeek> WorkingDays, TimeOnly WorkdayStart, TimeOnly WorkdayEnd,
    IReadOnlyList<CalendarDayDto> Days);

public sealed record CalendarDayDto(DateOnly Date, CalendarDayKind Kind, string Name);
