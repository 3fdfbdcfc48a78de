using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Yardstick.Web.Platform.Calendar;
using Yardstick.Web.Platform.Data;
using Yardstick.Web.Platform.Identity;
using Yardstick.Web.Platform.Web;

namespace Yardstick.Web.Features.Organization;

/// <summary>
/// The rules for projects, buildings, units, customers and staff, shared by the pages and the API.
/// Every read goes through the scoped DbContext, so a record outside the caller's scope is simply not found.
/// </summary>
public sealed partial class OrganizationService(AppDbContext db, IStringLocalizer l)
{
    public const int MaxUnitsPerBatch = 5000;

    [GeneratedRegex(@"^1[3-9]\d{9}$")]
    private static partial Regex MobileRegex();

    [GeneratedRegex(@"^0\d{9,11}$")]
    private static partial Regex LandlineRegex();

    [GeneratedRegex(@"^[A-Za-z0-9_-]{2,30}$")]
    private static partial Regex CodeRegex();

    public static bool IsValidPhone(string? phone) =>
        phone is not null && (MobileRegex().IsMatch(phone) || LandlineRegex().IsMatch(phone));

    /// <summary>Phones are stored as digits only: "139-1234-5678" and "021 6438 1234" become 13912345678 and 02164381234.</summary>
    public static string NormalizePhone(string? phone)
    {
        var digits = new string((phone ?? "").Where(char.IsAsciiDigit).ToArray());
        // A mainland number written with the country code.
        return digits.Length == 13 && digits.StartsWith("86", StringComparison.Ordinal) ? digits[2..] : digits;
    }

    // ---------- projects ----------

    public IQueryable<Project> Projects() => db.Projects.AsNoTracking();

    public async Task<List<ProjectDto>> ListProjectsAsync(CancellationToken ct = default)
    {
        var rows = await db.Projects.AsNoTracking().OrderBy(p => p.Code)
            .Select(p => new { P = p, Buildings = db.Buildings.Count(b => b.ProjectId == p.Id), Units = db.Units.Count(u => u.ProjectId == p.Id) })
            .ToListAsync(ct);
        return rows.Select(r => ProjectDto.From(r.P, r.Buildings, r.Units)).ToList();
    }

    public async Task<ProjectDto?> GetProjectAsync(int id, CancellationToken ct = default)
    {
        var p = await db.Projects.AsNoTracking().FirstOrDefaultAsync(x => x.Id == id, ct);
        if (p is null) return null;
        return ProjectDto.From(p, await db.Buildings.CountAsync(b => b.ProjectId == id, ct), await db.Units.CountAsync(u => u.ProjectId == id, ct));
    }

    public async Task<(Project? Project, FieldErrors Errors)> SaveProjectAsync(int? id, ProjectInput input, CancellationToken ct = default)
    {
        var errors = new FieldErrors(l);
        errors.Required("name", input.Name, "Field.ProjectName").MaxLength("name", input.Name, 100, "Field.ProjectName");
        errors.Required("code", input.Code, "Field.ProjectCode");
        if (!string.IsNullOrWhiteSpace(input.Code) && !CodeRegex().IsMatch(input.Code.Trim()))
            errors.Add("code", "Err.ProjectCode");
        if (input.Type is null) errors.Add("type", "Err.Required", l["Field.ProjectType"]);
        errors.MaxLength("address", input.Address, 200, "Field.Address");
        var zone = string.IsNullOrWhiteSpace(input.TimeZone) ? "Asia/Shanghai" : input.TimeZone.Trim();
        if (!TimeZoneInfo.TryFindSystemTimeZoneById(zone, out _)) errors.Add("timeZone", "Err.TimeZone", zone);
        if (input.Latitude is < -90 or > 90) errors.Add("latitude", "Err.Latitude");
        if (input.Longitude is < -180 or > 180) errors.Add("longitude", "Err.Longitude");
        if (input.GeofenceRadiusMeters is < 10 or > 10000) errors.Add("geofenceRadiusMeters", "Err.Geofence");
        var webhook = string.IsNullOrWhiteSpace(input.WeComWebhookUrl) ? null : input.WeComWebhookUrl.Trim();
        if (webhook is not null && !(Uri.TryCreate(webhook, UriKind.Absolute, out var u) && u.Scheme is "http" or "https"))
            errors.Add("weComWebhookUrl", "Err.Url");

        Project? project;
        if (id is null)
            project = new Project();
        else
        {
            project = await db.Projects.FirstOrDefaultAsync(p => p.Id == id, ct);
            if (project is null) return (null, errors);
        }
        var code = input.Code?.Trim() ?? "";
        if (!errors.Any && await db.Projects.IgnoreQueryFilters().AnyAsync(p => p.Code == code && p.Id != project.Id, ct))
            errors.Add("code", "Err.ProjectCodeTaken", code);
        if (errors.Any) return (project, errors);

        project.Name = input.Name!.Trim();
        project.Code = code;
        project.Type = input.Type!.Value;
        project.Address = input.Address?.Trim() ?? "";
        project.TimeZone = zone;
        project.Latitude = input.Latitude;
        project.Longitude = input.Longitude;
        project.GeofenceRadiusMeters = input.GeofenceRadiusMeters ?? 300;
        project.IsActive = input.IsActive ?? true;
        project.WeComWebhookUrl = webhook;
        if (id is null) db.Projects.Add(project);
        else if (input.Version is int version) db.Entry(project).Property(p => p.Version).OriginalValue = version;
        await db.SaveChangesAsync(ct);
        return (project, errors);
    }

    // ---------- buildings and units ----------

    public Task<List<BuildingDto>> ListBuildingsAsync(int projectId, CancellationToken ct = default) =>
        db.Buildings.AsNoTracking().Where(b => b.ProjectId == projectId)
            .OrderBy(b => b.Code.Length).ThenBy(b => b.Code)
            .Select(b => new BuildingDto(b.Id, b.ProjectId, b.Code, b.Name, b.Floors, b.Units.Count))
            .ToListAsync(ct);

    public async Task<(Building? Building, FieldErrors Errors)> AddBuildingAsync(int projectId, BuildingInput input, CancellationToken ct = default)
    {
        var errors = new FieldErrors(l);
        errors.Required("code", input.Code, "Field.BuildingCode").MaxLength("code", input.Code, 20, "Field.BuildingCode");
        if (input.Code is not null && input.Code.Contains('-')) errors.Add("code", "Err.BuildingCodeDash");
        errors.MaxLength("name", input.Name, 50, "Field.BuildingName");
        if (input.Floors is < 1 or > 200) errors.Add("floors", "Err.Floors");
        var code = input.Code?.Trim() ?? "";
        if (!errors.Any && await db.Buildings.AnyAsync(b => b.ProjectId == projectId && b.Code == code, ct))
            errors.Add("code", "Err.BuildingCodeTaken", code);
        if (errors.Any) return (null, errors);
        var building = new Building
        {
            ProjectId = projectId,
            Code = code,
            Name = string.IsNullOrWhiteSpace(input.Name) ? l["Building.DefaultName", code] : input.Name.Trim(),
            Floors = input.Floors,
        };
        db.Buildings.Add(building);
        await db.SaveChangesAsync(ct);
        return (building, errors);
    }

    public async Task<Paged<UnitDto>> ListUnitsAsync(int projectId, int? buildingId, string? q, int? page, int? pageSize, CancellationToken ct = default)
    {
        var (p, size) = Paging.Normalize(page, pageSize);
        var query = db.Units.AsNoTracking().Where(u => u.ProjectId == projectId);
        if (buildingId is not null) query = query.Where(u => u.BuildingId == buildingId);
        if (!string.IsNullOrWhiteSpace(q)) query = query.Where(u => u.Label.StartsWith(q.Trim()));
        var total = await query.CountAsync(ct);
        var items = await query.OrderBy(u => u.BuildingId).ThenBy(u => u.Entrance).ThenBy(u => u.Floor).ThenBy(u => u.Room)
            .Skip((p - 1) * size).Take(size)
            .Select(u => new UnitDto(u.Id, u.ProjectId, u.BuildingId, u.Label, u.Entrance, u.Room, u.Floor, u.FloorArea, u.IsOccupied))
            .ToListAsync(ct);
        return new Paged<UnitDto>(items, total, p, size);
    }

    public async Task<(Unit? Unit, FieldErrors Errors)> AddUnitAsync(int projectId, UnitInput input, CancellationToken ct = default)
    {
        var errors = new FieldErrors(l);
        var building = input.BuildingId is int bid ? await db.Buildings.FirstOrDefaultAsync(b => b.Id == bid && b.ProjectId == projectId, ct) : null;
        if (building is null) errors.Add("buildingId", "Err.BuildingNotFound");
        if (input.Entrance is null or < 1 or > 50) errors.Add("entrance", "Err.Entrance");
        errors.Required("room", input.Room, "Field.Room").MaxLength("room", input.Room, 20, "Field.Room");
        if (input.Room is not null && input.Room.Contains('-')) errors.Add("room", "Err.RoomDash");
        if (input.FloorArea is < 0 or > 100000) errors.Add("floorArea", "Err.FloorArea");
        if (errors.Any) return (null, errors);
        var label = Unit.MakeLabel(building!.Code, input.Entrance!.Value, input.Room!.Trim());
        if (await db.Units.AnyAsync(u => u.ProjectId == projectId && u.Label == label, ct))
            return (null, errors.Add("room", "Err.UnitTaken", label));
        var unit = new Unit
        {
            ProjectId = projectId, BuildingId = building.Id, Entrance = input.Entrance.Value, Room = input.Room.Trim(),
            Label = label, Floor = input.Floor, FloorArea = input.FloorArea ?? 0, IsOccupied = input.IsOccupied ?? false,
        };
        db.Units.Add(unit);
        await db.SaveChangesAsync(ct);
        return (unit, errors);
    }

    public async Task<(int Created, FieldErrors Errors)> GenerateUnitsAsync(int projectId, UnitBatchInput input, CancellationToken ct = default)
    {
        var errors = new FieldErrors(l);
        var building = input.BuildingId is int bid ? await db.Buildings.FirstOrDefaultAsync(b => b.Id == bid && b.ProjectId == projectId, ct) : null;
        if (building is null) errors.Add("buildingId", "Err.BuildingNotFound");
        if (input.Entrances is null or < 1 or > 20) errors.Add("entrances", "Err.Entrances");
        if (input.Floors is null or < 1 or > 200) errors.Add("floors", "Err.Floors");
        if (input.UnitsPerFloor is null or < 1 or > 20) errors.Add("unitsPerFloor", "Err.UnitsPerFloor");
        if (input.FloorArea is < 0 or > 100000) errors.Add("floorArea", "Err.FloorArea");
        if (errors.Any) return (0, errors);
        var total = input.Entrances!.Value * input.Floors!.Value * input.UnitsPerFloor!.Value;
        if (total > MaxUnitsPerBatch) return (0, errors.Add("floors", "Err.TooManyUnits", MaxUnitsPerBatch));

        var existing = (await db.Units.Where(u => u.BuildingId == building!.Id).Select(u => u.Label).ToListAsync(ct)).ToHashSet();
        var created = 0;
        foreach (var unit in PlanUnits(building!, input.Entrances.Value, input.Floors.Value, input.UnitsPerFloor.Value, input.FloorArea ?? 0))
        {
            if (existing.Contains(unit.Label)) continue;
            db.Units.Add(unit);
            created++;
        }
        await db.SaveChangesAsync(ct);
        return (created, errors);
    }

    /// <summary>Room numbers are floor × 100 + position (1203 = 12th floor, 3rd door), as Chinese residences number them.</summary>
    public static IEnumerable<Unit> PlanUnits(Building building, int entrances, int floors, int perFloor, double area)
    {
        for (var e = 1; e <= entrances; e++)
            for (var f = 1; f <= floors; f++)
                for (var n = 1; n <= perFloor; n++)
                {
                    var room = (f * 100 + n).ToString(System.Globalization.CultureInfo.InvariantCulture);
                    yield return new Unit
                    {
                        ProjectId = building.ProjectId, BuildingId = building.Id, Entrance = e, Room = room, Floor = f,
                        Label = Unit.MakeLabel(building.Code, e, room), FloorArea = area,
                    };
                }
    }

    // ---------- customers ----------

    public async Task<Paged<CustomerDto>> ListCustomersAsync(int? projectId, string? q, int? page, int? pageSize, bool showPhones, CancellationToken ct = default)
    {
        var (p, size) = Paging.Normalize(page, pageSize);
        var query = db.Customers.AsNoTracking().Where(c => c.IsActive);
        if (projectId is not null) query = query.Where(c => c.ProjectId == projectId);
        if (!string.IsNullOrWhiteSpace(q))
        {
            // One search box, three meanings, so each search touches one column: digits are a phone number
            // (its start, or the last digits owners quote as 尾号), digits with '-' a unit, anything else a name.
            var term = q.Trim();
            if (term.All(char.IsAsciiDigit))
                query = query.Where(c => c.Phone.StartsWith(term) || c.Phone.EndsWith(term));
            else if (term.Contains('-') && term.All(ch => char.IsAsciiLetterOrDigit(ch) || ch == '-'))
                query = query.Where(c => c.Units.Any(u => u.Unit!.Label.StartsWith(term)));
            else
                query = query.Where(c => c.Name.Contains(term));
        }
        var total = await query.CountAsync(ct);
        var customers = await query.OrderBy(c => c.Id).Skip((p - 1) * size).Take(size).ToListAsync(ct);
        // The page's unit labels in a second query: projecting the collection in the first makes SQLite join
        // every customer-unit row before it limits to the page.
        var ids = customers.Select(c => c.Id).ToList();
        var labels = (await db.CustomerUnits.AsNoTracking().Where(cu => ids.Contains(cu.CustomerId))
                .Select(cu => new { cu.CustomerId, cu.Unit!.Label }).ToListAsync(ct))
            .ToLookup(x => x.CustomerId, x => x.Label);
        var items = customers.Select(c => ToDto(c, labels[c.Id].Order().ToList(), showPhones)).ToList();
        return new Paged<CustomerDto>(items, total, p, size);
    }

    public async Task<CustomerDto?> GetCustomerAsync(int id, bool showPhones, CancellationToken ct = default)
    {
        var row = await db.Customers.AsNoTracking().Where(c => c.Id == id)
            .Select(c => new { C = c, Units = c.Units.Select(u => u.Unit!.Label).ToList() }).FirstOrDefaultAsync(ct);
        return row is null ? null : ToDto(row.C, row.Units, showPhones);
    }

    public static CustomerDto ToDto(Customer c, IReadOnlyList<string> units, bool showPhones) => new(
        c.Id, c.ProjectId, c.Name, showPhones ? c.Phone : PhoneMask.Mask(c.Phone), c.Type, c.TagList,
        c.PreferredContact, units, c.IsActive, c.Version);

    public async Task<(Customer? Customer, FieldErrors Errors)> AddCustomerAsync(CustomerInput input, CancellationToken ct = default)
    {
        var errors = new FieldErrors(l);
        if (input.ProjectId is null || !await db.Projects.AnyAsync(p => p.Id == input.ProjectId, ct))
            errors.Add("projectId", "Err.ProjectNotFound");
        errors.Required("name", input.Name, "Field.CustomerName").MaxLength("name", input.Name, 50, "Field.CustomerName");
        var phone = NormalizePhone(input.Phone);
        if (string.IsNullOrEmpty(phone)) errors.Add("phone", "Err.Required", l["Field.Phone"]);
        else if (!IsValidPhone(phone)) errors.Add("phone", "Err.Phone", input.Phone!);
        if (input.Type is null) errors.Add("type", "Err.Required", l["Field.CustomerType"]);
        var tags = Customer.SplitTags(string.Join(",", input.Tags ?? []));
        if (string.Join(",", tags).Length > 200) errors.Add("tags", "Err.MaxLength", l["Field.Tags"], 200);
        if (errors.Any) return (null, errors);

        var labels = (input.Units ?? []).Select(u => u.Trim()).Where(u => u.Length > 0).Distinct().ToList();
        var units = await db.Units.Where(u => u.ProjectId == input.ProjectId && labels.Contains(u.Label)).ToListAsync(ct);
        foreach (var missing in labels.Except(units.Select(u => u.Label)))
            errors.Add("units", "Err.UnitNotFound", missing);
        if (errors.Any) return (null, errors);

        var customer = new Customer
        {
            ProjectId = input.ProjectId!.Value, Name = input.Name!.Trim(), Phone = phone, Type = input.Type!.Value,
            Tags = string.Join(",", tags), PreferredContact = input.PreferredContact ?? ContactMethod.Phone,
            Units = units.Select(u => new CustomerUnit { UnitId = u.Id }).ToList(),
        };
        db.Customers.Add(customer);
        foreach (var u in units.Where(u => !u.IsOccupied)) u.IsOccupied = true;
        await db.SaveChangesAsync(ct);
        return (customer, errors);
    }

    // ---------- staff ----------

    public async Task<Paged<StaffDto>> ListStaffAsync(int? projectId, StaffPost? post, string? q, int? page, int? pageSize, bool showPhones, CancellationToken ct = default)
    {
        var (p, size) = Paging.Normalize(page, pageSize);
        var query = db.Staff.AsNoTracking().Where(s => s.IsActive);
        if (projectId is not null) query = query.Where(s => s.ProjectId == projectId);
        if (post is not null) query = query.Where(s => s.Post == post);
        if (!string.IsNullOrWhiteSpace(q)) query = query.Where(s => s.Name.Contains(q.Trim()) || s.Department.Contains(q.Trim()));
        var total = await query.CountAsync(ct);
        var items = await query.OrderBy(s => s.ProjectId).ThenBy(s => s.Post).ThenBy(s => s.Id).Skip((p - 1) * size).Take(size).ToListAsync(ct);
        return new Paged<StaffDto>(items.Select(s => new StaffDto(s.Id, s.ProjectId, s.Name, s.Post, s.Department,
            showPhones ? s.Phone : PhoneMask.Mask(s.Phone), s.UserId, s.IsActive)).ToList(), total, p, size);
    }

    public async Task<(Staff? Staff, FieldErrors Errors)> AddStaffAsync(StaffInput input, CancellationToken ct = default)
    {
        var errors = new FieldErrors(l);
        if (input.ProjectId is null || !await db.Projects.AnyAsync(p => p.Id == input.ProjectId, ct))
            errors.Add("projectId", "Err.ProjectNotFound");
        errors.Required("name", input.Name, "Field.StaffName").MaxLength("name", input.Name, 50, "Field.StaffName");
        if (input.Post is null) errors.Add("post", "Err.Required", l["Field.Post"]);
        errors.MaxLength("department", input.Department, 50, "Field.Department");
        var phone = NormalizePhone(input.Phone);
        if (phone.Length > 0 && !IsValidPhone(phone)) errors.Add("phone", "Err.Phone", input.Phone!);
        if (input.UserId is int uid && !await db.Users.AnyAsync(u => u.Id == uid, ct)) errors.Add("userId", "Err.UserNotFound");
        if (errors.Any) return (null, errors);
        var staff = new Staff
        {
            ProjectId = input.ProjectId!.Value, Name = input.Name!.Trim(), Post = input.Post!.Value,
            Department = input.Department?.Trim() ?? "", Phone = phone, UserId = input.UserId,
        };
        db.Staff.Add(staff);
        await db.SaveChangesAsync(ct);
        return (staff, errors);
    }

    // ---------- business calendar ----------

    public async Task<CalendarDto?> GetCalendarAsync(int projectId, CancellationToken ct = default)
    {
        var p = await db.Projects.AsNoTracking().FirstOrDefaultAsync(x => x.Id == projectId, ct);
        if (p is null) return null;
        var days = await db.CalendarDays.AsNoTracking().Where(d => d.ProjectId == projectId).OrderBy(d => d.Date)
            .Select(d => new CalendarDayDto(d.Date, d.Kind, d.Name)).ToListAsync(ct);
        return new CalendarDto(p.TimeZone, Enum.GetValues<DayOfWeek>().Where(d => p.WorkingDays.Includes(d)).ToList(),
            p.WorkdayStart, p.WorkdayEnd, days);
    }

    /// <summary>A project's time zone, or the company's default for "all projects"; null when the project is not in scope.</summary>
    public async Task<TimeZoneInfo?> ZoneOfAsync(int? projectId, CancellationToken ct = default)
    {
        if (projectId is not int pid) return BusinessCalendar.FindZone(Project.DefaultTimeZone);
        var zone = await db.Projects.Where(p => p.Id == pid).Select(p => p.TimeZone).FirstOrDefaultAsync(ct);
        return zone is null ? null : BusinessCalendar.FindZone(zone);
    }

    public async Task<BusinessCalendar?> LoadCalendarAsync(int projectId, CancellationToken ct = default)
    {
        var p = await db.Projects.AsNoTracking().FirstOrDefaultAsync(x => x.Id == projectId, ct);
        if (p is null) return null;
        var days = await db.CalendarDays.AsNoTracking().Where(d => d.ProjectId == projectId).ToListAsync(ct);
        return BusinessCalendar.For(p, days);
    }

    /// <summary>Sets the regular week and hours, and replaces the exception days with <paramref name="days"/>.</summary>
    public async Task<FieldErrors> SaveCalendarAsync(int projectId, IReadOnlyList<DayOfWeek>? workingDays, TimeOnly? start, TimeOnly? end,
        IReadOnlyList<CalendarDayDto>? days, CancellationToken ct = default)
    {
        var errors = new FieldErrors(l);
        var project = await db.Projects.FirstAsync(p => p.Id == projectId, ct);
        if (start is null || end is null || end <= start) errors.Add("workdayEnd", "Err.WorkHours");
        if (workingDays is null || workingDays.Count == 0) errors.Add("workingDays", "Err.NoWorkingDays");
        var dupes = (days ?? []).GroupBy(d => d.Date).Where(g => g.Count() > 1).Select(g => g.Key).ToList();
        foreach (var d in dupes) errors.Add("days", "Err.DuplicateDate", d.ToString("yyyy-MM-dd"));
        foreach (var d in days ?? []) if ((d.Name ?? "").Length > 50) errors.Add("days", "Err.MaxLength", l["Field.HolidayName"], 50);
        if (errors.Any) return errors;

        project.WorkingDays = workingDays!.Aggregate(WorkWeek.None, (w, d) => w | (WorkWeek)(1 << (int)d));
        project.WorkdayStart = start!.Value;
        project.WorkdayEnd = end!.Value;
        var existing = await db.CalendarDays.Where(d => d.ProjectId == projectId).ToListAsync(ct);
        var wanted = (days ?? []).ToDictionary(d => d.Date);
        foreach (var old in existing.Where(e => !wanted.ContainsKey(e.Date))) db.CalendarDays.Remove(old);
        foreach (var (date, d) in wanted)
        {
            var row = existing.FirstOrDefault(e => e.Date == date);
            if (row is null) db.CalendarDays.Add(row = new CalendarDay { ProjectId = projectId, Date = date });
            row.Kind = d.Kind;
            row.Name = d.Name?.Trim() ?? "";
        }
        await db.SaveChangesAsync(ct);
        return errors;
    }

    /// <summary>Merges the days of an .ics file into the project's calendar; returns how many days it set.</summary>
    public async Task<(int Days, FieldErrors Errors)> ImportIcsAsync(int projectId, string icsText, CancellationToken ct = default)
    {
        var errors = new FieldErrors(l);
        var days = IcsCalendarReader.Read(icsText);
        if (days.Count == 0) return (0, errors.Add("file", "Err.IcsEmpty"));
        var existing = await db.CalendarDays.Where(d => d.ProjectId == projectId).ToDictionaryAsync(d => d.Date, ct);
        foreach (var d in days)
        {
            if (!existing.TryGetValue(d.Date, out var row))
                db.CalendarDays.Add(row = new CalendarDay { ProjectId = projectId, Date = d.Date });
            row.Kind = d.Kind;
            row.Name = d.Name;
        }
        await db.SaveChangesAsync(ct);
        return (days.Count, errors);
    }
}
