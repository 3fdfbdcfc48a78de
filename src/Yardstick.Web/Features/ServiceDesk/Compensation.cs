using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Yardstick.Web.Platform.Data;
using Yardstick.Web.Platform.Identity;
using Yardstick.Web.Platform.Localization;
using Yardstick.Web.Platform.Notifications;
using Yardstick.Web.Platform.Web;

namespace Yardstick.Web.Features.ServiceDesk;

public sealed record OptionInput(string? Name, string? Description, decimal? Value, bool? IsActive = null);
public sealed record OptionDto(int Id, string Name, string Description, decimal Value, bool IsActive, string ApproverRole);
public sealed record CompensationInput(int? OptionId, string? Reason);
public sealed record CompensationDecisionInput(string? Note);
public sealed record CompensationDto(long Id, long WorkOrderId, string OrderNumber, int ProjectId, int OptionId, string OptionName, decimal Value,
    string Reason, CompensationStatus Status, string ApproverRole, string RequestedBy, DateTime RequestedAt, string? DecidedBy, DateTime? DecidedAt,
    string DecisionNote, bool MayDecide);

/// <summary>
/// The compensation library (补偿方案库, seed 004) and its approvals: an option applied to a complaint waits for a
/// ServiceSupervisor, or a ProjectManager when its value is above <c>ServiceDesk:CompensationManagerAbove</c> yuan.
/// </summary>
public sealed class CompensationService(AppDbContext db, ServiceDeskService desk, ICurrentUser me, NotificationService notes, TimeProvider clock,
    IConfiguration config, IStringLocalizer l)
{
    public decimal ManagerAbove => config.GetValue("ServiceDesk:CompensationManagerAbove", 500m);

    public string ApproverFor(decimal value) => value > ManagerAbove ? Roles.ProjectManager : Roles.ServiceSupervisor;

    /// <summary>A project manager may approve what a supervisor may; an admin anything.</summary>
    public static bool MayApprove(string approverRole, ICurrentUser user) =>
        user.IsInRole(Roles.Admin) || user.IsInRole(Roles.ProjectManager) || (approverRole == Roles.ServiceSupervisor && user.IsInRole(Roles.ServiceSupervisor));

    public async Task<List<OptionDto>> OptionsAsync(bool includeInactive, CancellationToken ct = default) =>
        (await db.CompensationOptions.AsNoTracking().Where(o => includeInactive || o.IsActive).OrderBy(o => o.Value).ThenBy(o => o.Id).ToListAsync(ct))
        .Select(ToDto).ToList();

    private OptionDto ToDto(CompensationOption o) => new(o.Id, o.Name, o.Description, o.Value, o.IsActive, ApproverFor(o.Value));

    public async Task<(OptionDto? Option, FieldErrors Errors, bool NotFound)> SaveOptionAsync(int? id, OptionInput input, CancellationToken ct = default)
    {
        var errors = new FieldErrors(l);
        var name = input.Name?.Trim() ?? "";
        errors.Required("name", name, "Field.Name").MaxLength("name", name, 50, "Field.Name");
        errors.MaxLength("description", input.Description?.Trim(), 500, "Field.Description");
        if (input.Value is not (>= 0 and <= 100000)) errors.Add("value", "Err.CompensationValue");
        if (!errors.Any && await db.CompensationOptions.AnyAsync(o => o.Name == name && o.Id != id, ct)) errors.Add("name", "Err.Duplicate", l["Field.Name"]);
        if (errors.Any) return (null, errors, false);
        var option = id is int existing ? await db.CompensationOptions.FirstOrDefaultAsync(o => o.Id == existing, ct) : null;
        if (id is not null && option is null) return (null, errors, true);
        if (option is null) db.CompensationOptions.Add(option = new CompensationOption());
        option.Name = name;
        option.Description = input.Description?.Trim() ?? "";
        option.Value = Math.Round(input.Value!.Value, 2);
        option.IsActive = input.IsActive ?? option.IsActive;
        await db.SaveChangesAsync(ct);
        return (ToDto(option), errors, false);
    }

    public async Task<Paged<CompensationDto>> ListAsync(int? projectId, long? workOrderId, CompensationStatus? status, int? page, int? pageSize, CancellationToken ct = default)
    {
        var (p, size) = Paging.Normalize(page, pageSize);
        var query = db.CompensationRequests.AsNoTracking();
        if (projectId is int pid) query = query.Where(r => r.ProjectId == pid);
        if (workOrderId is long oid) query = query.Where(r => r.WorkOrderId == oid);
        if (status is { } s) query = query.Where(r => r.Status == s);
        var total = await query.CountAsync(ct);
        var rows = await (from r in query.OrderByDescending(r => r.RequestedAt).ThenByDescending(r => r.Id).Skip((p - 1) * size).Take(size)
                          join o in desk.Orders() on r.WorkOrderId equals o.Id
                          select new { R = r, o.Number }).ToListAsync(ct);
        var names = await ServiceDeskService.UserNamesAsync(db, rows.SelectMany(r => new int?[] { r.R.RequestedById, r.R.DecidedById }), ct);
        return new Paged<CompensationDto>(rows.Select(x => new CompensationDto(x.R.Id, x.R.WorkOrderId, x.Number, x.R.ProjectId, x.R.OptionId, x.R.OptionName,
            x.R.Value, x.R.Reason, x.R.Status, x.R.ApproverRole, names.GetValueOrDefault(x.R.RequestedById, ""), x.R.RequestedAt,
            x.R.DecidedById is int d ? names.GetValueOrDefault(d) : null, x.R.DecidedAt, x.R.DecisionNote,
            x.R.Status == CompensationStatus.Pending && MayApprove(x.R.ApproverRole, me))).ToList(), total, p, size);
    }

    public async Task<CompensationDto?> GetAsync(long id, CancellationToken ct = default)
    {
        var workOrderId = await db.CompensationRequests.AsNoTracking().Where(r => r.Id == id).Select(r => (long?)r.WorkOrderId).FirstOrDefaultAsync(ct);
        return workOrderId is null ? null : (await ListAsync(null, workOrderId, null, 1, Paging.MaxSize, ct)).Items.FirstOrDefault(r => r.Id == id);
    }

    /// <summary>Applies an option to a complaint; the approvers of the project are notified.</summary>
    public async Task<(CompensationRequest? Request, DeskResult Result)> RequestAsync(long orderId, CompensationInput input, CancellationToken ct = default)
    {
        var o = await desk.Orders().FirstOrDefaultAsync(x => x.Id == orderId, ct);
        if (o is null) return (null, DeskResult.NotFound);
        if (!Lifecycle.IsDesk(me)) return (null, DeskResult.Forbidden);
        if (o.Type != WorkOrderType.Complaint || o.Status == WorkOrderStatus.Cancelled || o.MasterId is not null)
            return (null, new DeskResult(DeskOutcome.Conflict, l["Err.CompensationComplaint"]));
        var errors = new FieldErrors(l);
        var option = input.OptionId is int id ? await db.CompensationOptions.FirstOrDefaultAsync(x => x.Id == id && x.IsActive, ct) : null;
        if (option is null) errors.Add("optionId", "Err.NotFound", l["Field.CompensationOption"]);
        var reason = input.Reason?.Trim() ?? "";
        errors.Required("reason", reason, "Field.Reason").MaxLength("reason", reason, 500, "Field.Reason");
        if (errors.Any) return (null, new DeskResult(DeskOutcome.Invalid, Errors: errors));
        var request = new CompensationRequest
        {
            ProjectId = o.ProjectId, WorkOrderId = o.Id, OptionId = option!.Id, OptionName = option.Name, Value = option.Value, Reason = reason,
            Status = CompensationStatus.Pending, ApproverRole = ApproverFor(option.Value), RequestedById = me.UserId!.Value,
            RequestedAt = clock.GetUtcNow().UtcDateTime,
        };
        db.CompensationRequests.Add(request);
        AddEvent(o, LocalText.Of(() => l["Desk.CompensationRequested", option.Name, option.Value, l[$"Role.{request.ApproverRole}"]]));
        var approvers = (await ServiceDeskService.UsersInRoleAsync(db, request.ApproverRole, o.ProjectId, ct)).Where(u => u != me.UserId).ToList();
        if (approvers.Count > 0)
            await notes.AddAsync(approvers, o.ProjectId, LocalText.Of(() => l["Notify.CompensationRequested", o.Number, option.Name]), reason, "/compensation", ct);
        await db.SaveChangesAsync(ct);
        return (request, DeskResult.Ok);
    }

    public async Task<DeskResult> DecideAsync(long id, bool approve, CompensationDecisionInput input, CancellationToken ct = default)
    {
        var r = await db.CompensationRequests.FirstOrDefaultAsync(x => x.Id == id, ct);
        var o = r is null ? null : await desk.Orders().FirstOrDefaultAsync(x => x.Id == r.WorkOrderId, ct);
        if (r is null || o is null) return DeskResult.NotFound;
        if (!MayApprove(r.ApproverRole, me)) return DeskResult.Forbidden;
        if (r.Status != CompensationStatus.Pending) return new DeskResult(DeskOutcome.Conflict, l["Err.CompensationDecided"]);
        var note = input.Note?.Trim() ?? "";
        var errors = new FieldErrors(l).MaxLength("note", note, 500, "Field.Note");
        if (!approve) errors.Required("note", note, "Field.Reason");
        if (errors.Any) return new DeskResult(DeskOutcome.Invalid, Errors: errors);
        r.Status = approve ? CompensationStatus.Approved : CompensationStatus.Rejected;
        r.DecidedById = me.UserId;
        r.DecidedAt = clock.GetUtcNow().UtcDateTime;
        r.DecisionNote = note;
        AddEvent(o, LocalText.Of(() => l[approve ? "Desk.CompensationApproved" : "Desk.CompensationRejected", r.OptionName, note]));
        if (r.RequestedById != me.UserId)
            await notes.AddAsync([r.RequestedById], o.ProjectId, LocalText.Of(() => l[approve ? "Notify.CompensationApproved" : "Notify.CompensationRejected", o.Number, r.OptionName]),
                note, ServiceDeskService.Link(o), ct);
        await db.SaveChangesAsync(ct);
        return DeskResult.Ok;
    }

    private void AddEvent(WorkOrder o, LocalText note) => db.WorkOrderEvents.Add(new WorkOrderEvent
    {
        WorkOrderId = o.Id, ProjectId = o.ProjectId, At = clock.GetUtcNow().UtcDateTime, UserId = me.UserId, UserName = me.UserName ?? "system",
        Kind = WorkOrderEventKind.Compensation, Text = note,
    });
}
