using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;
using Yardstick.Insight;
using Yardstick.Web.Features.Organization;
using Yardstick.Web.Features.ServiceDesk;
using Yardstick.Web.Platform.Calendar;
using Yardstick.Web.Platform.Data;
using Yardstick.Web.Platform.Files;
using Yardstick.Web.Platform.Identity;
using Yardstick.Web.Platform.Localization;
using Yardstick.Web.Platform.Notifications;
using Yardstick.Web.Platform.Web;

namespace Yardstick.Web.Features.ReturnVisits;

/// <summary>
/// Visit tasks: the lists, the visit itself, the supervisor's decision after an unsatisfied one, open letters,
/// the monthly spot-check sample and the rates. Orders change only through <see cref="ServiceDeskService"/>.
/// </summary>
public sealed class ReturnVisitService(AppDbContext db, ServiceDeskService desk, OrganizationService org, FileStore files, ICurrentUser me,
    NotificationService notes, Insight.InsightService insight, TimeProvider clock, IOptions<ReturnVisitOptions> options, IStringLocalizer l)
{
    public const int MaxSignatureBytes = 512 * 1024;
    private DateTime Now => clock.GetUtcNow().UtcDateTime;

    // ---------- who does what ----------

    /// <summary>The visitors a role stands for: General complaints are visited by the department's supervisor with customer service.</summary>
    public static IReadOnlyList<Visitor> VisitorsFor(ICurrentUser user)
    {
        var list = new List<Visitor>();
        if (user.IsInRole(Roles.Admin) || user.IsInRole(Roles.ProjectManager)) list.AddRange(Enum.GetValues<Visitor>());
        if (user.IsInRole(Roles.ServiceSupervisor)) list.AddRange([Visitor.DepartmentSupervisor, Visitor.SpotCheck, Visitor.Agent]);
        if (user.IsInRole(Roles.ServiceAgent)) list.AddRange([Visitor.DepartmentSupervisor, Visitor.Agent]);
        return list.Distinct().ToList();
    }

    public static bool MayVisit(ReturnVisit v, ICurrentUser user) => v.AssigneeId == user.UserId || VisitorsFor(user).Contains(v.Visitor);

    public static bool MayDecide(VisitDecision decision, ICurrentUser user) =>
        user.IsInRole(Roles.Admin) || user.IsInRole(Roles.ProjectManager)
        || (decision != VisitDecision.CloseByManager && user.IsInRole(Roles.ServiceSupervisor));

    private static bool MayAssign(ICurrentUser user) =>
        user.IsInRole(Roles.Admin) || user.IsInRole(Roles.ProjectManager) || user.IsInRole(Roles.ServiceSupervisor);

    // ---------- reading ----------

    public async Task<Paged<VisitListItem>> ListAsync(VisitFilter f, CancellationToken ct = default)
    {
        var (page, size) = Paging.Normalize(f.Page, f.PageSize);
        var now = Now;
        var query = db.ReturnVisits.AsNoTracking();
        if (f.ProjectId is int pid) query = query.Where(v => v.ProjectId == pid);
        if (f.WorkOrderId is long oid) query = query.Where(v => v.WorkOrderId == oid);
        if (f.Reason is { } reason) query = query.Where(v => v.Reason == reason);
        if (f.NeedsDecision == true) query = query.Where(ReturnVisitRules.AwaitsDecision);
        if (f.Mine == true)
        {
            var uid = me.UserId;
            var visitors = VisitorsFor(me);
            query = query.Where(v => v.AssigneeId == uid || (v.AssigneeId == null && visitors.Contains(v.Visitor)));
        }
        query = f.Status switch
        {
            VisitStatus.Pending => query.Where(v => v.DoneAt == null && v.CancelledAt == null && v.OpensAt > now),
            VisitStatus.Due => query.Where(v => v.DoneAt == null && v.CancelledAt == null && v.OpensAt <= now && v.OverdueAt >= now),
            VisitStatus.Overdue => query.Where(v => v.DoneAt == null && v.CancelledAt == null && v.OverdueAt < now),
            VisitStatus.Done => query.Where(v => v.DoneAt != null),
            VisitStatus.Cancelled => query.Where(v => v.CancelledAt != null),
            _ => query,
        };
        var ordered = f.Status == VisitStatus.Done ? query.OrderByDescending(v => v.DoneAt) : query.OrderBy(v => v.DueAt);
        var total = await query.CountAsync(ct);
        var rows = await (from v in ordered.ThenBy(v => v.Id).Skip((page - 1) * size).Take(size)
                          join o in db.WorkOrders.AsNoTracking() on v.WorkOrderId equals o.Id
                          select new { V = v, o.Number, o.Type, o.Category, o.CustomerName, o.Location }).ToListAsync(ct);
        var names = await UserNamesAsync(rows.Select(r => r.V.AssigneeId), ct);
        return new Paged<VisitListItem>(rows.Select(r => new VisitListItem(r.V.Id, r.V.WorkOrderId, r.Number, r.V.ProjectId, r.Type, r.Category,
            r.CustomerName, r.Location, r.V.Reason, r.V.Visitor, r.V.Department, r.V.AssigneeId,
            r.V.AssigneeId is int a ? names.GetValueOrDefault(a) : null, r.V.OpensAt, r.V.DueAt, r.V.OverdueAt,
            ReturnVisitRules.Status(r.V, now), r.V.DoneAt, r.V.Method, r.V.Outcome, ReturnVisitRules.NeedsDecision(r.V), r.V.RedRemark)).ToList(), total, page, size);
    }

    public async Task<VisitDto?> GetAsync(long id, CancellationToken ct = default)
    {
        var v = await db.ReturnVisits.AsNoTracking().FirstOrDefaultAsync(x => x.Id == id, ct);
        if (v is null) return null;
        var o = await db.WorkOrders.AsNoTracking().FirstAsync(x => x.Id == v.WorkOrderId, ct);
        var project = await db.Projects.AsNoTracking().Where(p => p.Id == v.ProjectId).Select(p => p.Name).FirstAsync(ct);
        var names = await UserNamesAsync([v.AssigneeId, v.VisitedById], ct);
        var letter = v.LetterId is long lid ? await db.OpenLetters.AsNoTracking().Where(x => x.Id == lid).Select(x => x.Title).FirstOrDefaultAsync(ct) : null;
        var now = Now;
        var status = ReturnVisitRules.Status(v, now);
        var actions = new List<string>();
        if (status is VisitStatus.Due or VisitStatus.Overdue && MayVisit(v, me)) actions.Add("complete");
        if (ReturnVisitRules.NeedsDecision(v))
            actions.AddRange(Enum.GetValues<VisitDecision>().Where(d => MayDecide(d, me)).Select(d => "decide:" + d));
        if (v.DoneAt is null && v.CancelledAt is null && MayAssign(me)) actions.Add("assign");
        return new VisitDto(v.Id, o.Id, o.Number, v.ProjectId, project, o.Type, o.Category, o.Status, o.Description, o.Resolution,
            o.CustomerName, me.CanSeeFullPhones() ? o.CustomerPhone : PhoneMask.Mask(o.CustomerPhone), o.Location,
            v.Reason, v.Visitor, v.Department, v.AssigneeId, v.AssigneeId is int a ? names.GetValueOrDefault(a) : null,
            v.CreatedAt, v.OpensAt, v.DueAt, v.OverdueAt, status, v.DoneAt, v.Method, v.Outcome, v.QualityScore, v.TimelinessScore, v.AttitudeScore,
            v.Comment, v.RedRemark, v.SignatureFileId, v.LetterId, letter, v.VisitedById is int by ? names.GetValueOrDefault(by) : null,
            v.Decision, v.DecisionNote, v.DecidedAt, v.NewWorkOrderId, v.PreviousVisitId, ReturnVisitRules.NeedsDecision(v), actions, v.Version);
    }

    private Task<Dictionary<int, string>> UserNamesAsync(IEnumerable<int?> ids, CancellationToken ct) => ServiceDeskService.UserNamesAsync(db, ids, ct);

    // ---------- the visit ----------

    public async Task<DeskResult> CompleteAsync(long id, CompleteVisitInput input, CancellationToken ct = default)
    {
        var v = await db.ReturnVisits.FirstOrDefaultAsync(x => x.Id == id, ct);
        if (v is null) return DeskResult.NotFound;
        if (!MayVisit(v, me)) return DeskResult.Forbidden;
        if (Stale(v, input.Version) is { } stale) return stale;
        var now = Now;
        var status = ReturnVisitRules.Status(v, now);
        if (status is VisitStatus.Done or VisitStatus.Cancelled) return new DeskResult(DeskOutcome.Conflict, l["Err.VisitClosed"]);
        if (status == VisitStatus.Pending) return new DeskResult(DeskOutcome.Conflict, l["Err.VisitNotOpen", Display.Time(v.OpensAt)]);

        var errors = new FieldErrors(l);
        ValidateOutcome(errors, input.Method, input.Outcome, input.Comment);
        if (input.Method != VisitMethod.Letter)
        {
            foreach (var (field, score) in new[] { ("qualityScore", input.QualityScore), ("timelinessScore", input.TimelinessScore), ("attitudeScore", input.AttitudeScore) })
                if (score is not (>= 1 and <= 5)) errors.Add(field, "Err.VisitScore");
        }
        byte[]? signature = null;
        if (input.Method == VisitMethod.Home)
        {
            signature = DecodeSignature(input.Signature);
            if (signature is null) errors.Add("signature", "Err.SignatureRequired");
        }
        if (input.Method == VisitMethod.Letter)
        {
            if (input.LetterId is not long lid || !await db.OpenLetters.AnyAsync(x => x.Id == lid && x.ProjectId == v.ProjectId, ct))
                errors.Add("letterId", "Err.NotFound", l["Field.Letter"]);
        }
        var at = input.At?.ToUniversalTime() ?? now;
        if (at > now.AddMinutes(5)) errors.Add("at", "Err.FutureTime");
        if (at < v.CreatedAt) errors.Add("at", "Err.BeforeCreated");
        if (errors.Any) return new DeskResult(DeskOutcome.Invalid, Errors: errors);

        await using var tx = await db.Database.BeginTransactionAsync(ct);
        if (signature is not null)
        {
            var (file, fileErrors) = await files.SaveAsync(new MemoryStream(signature), $"signature-{v.Id}.png", v.ProjectId, ct);
            if (file is null || file.ContentType != "image/png")
                return new DeskResult(DeskOutcome.Invalid, Errors: fileErrors.Any ? fileErrors : errors.Add("signature", "Err.SignatureRequired"));
            v.SignatureFileId = file.Id;
        }
        Record(v, input.Method!.Value, input.Outcome!.Value, input.Comment, at);
        if (input.Method != VisitMethod.Letter)
        {
            v.QualityScore = input.QualityScore;
            v.TimelinessScore = input.TimelinessScore;
            v.AttitudeScore = input.AttitudeScore;
        }
        else v.LetterId = input.LetterId;
        var result = await AfterVisitAsync(v, ct);
        if (result.Outcome != DeskOutcome.Ok) return result;
        await tx.CommitAsync(ct);
        return DeskResult.Ok;
    }

    private void ValidateOutcome(FieldErrors errors, VisitMethod? method, VisitOutcome? outcome, string? comment)
    {
        if (method is null) errors.Add("method", "Err.Required", l["Field.VisitMethod"]);
        if (outcome is null) errors.Add("outcome", "Err.Required", l["Field.VisitOutcome"]);
        errors.MaxLength("comment", comment, 500, "Field.Comment");
        // An unsatisfied customer's words are what the supervisor decides on.
        if (outcome == VisitOutcome.Unsatisfied && string.IsNullOrWhiteSpace(comment)) errors.Add("comment", "Err.UnsatisfiedComment");
    }

    private void Record(ReturnVisit v, VisitMethod method, VisitOutcome outcome, string? comment, DateTime at)
    {
        v.Method = method;
        v.Outcome = outcome;
        v.Comment = comment?.Trim() ?? "";
        v.DoneAt = at;
        v.VisitedById = me.UserId;
    }

    /// <summary>PNG bytes of a data URL, or null when it is missing or not a PNG.</summary>
    public static byte[]? DecodeSignature(string? dataUrl)
    {
        const string prefix = "data:image/png;base64,";
        if (string.IsNullOrEmpty(dataUrl) || !dataUrl.StartsWith(prefix, StringComparison.Ordinal)) return null;
        if ((dataUrl.Length - prefix.Length) / 4 * 3 > MaxSignatureBytes) return null;
        try
        {
            var bytes = Convert.FromBase64String(dataUrl[prefix.Length..]);
            return bytes.Length > 100 && bytes.AsSpan().StartsWith((byte[])[0x89, 0x50, 0x4E, 0x47]) ? bytes : null;
        }
        catch (FormatException)
        {
            return null;
        }
    }

    /// <summary>
    /// Saves the visit, writes it on the order's timeline, and then: a satisfied customer closes a resolved order once
    /// none of its visits is outstanding (the visit is the reply when none was recorded); an unsatisfied one goes to
    /// the supervisor.
    /// </summary>
    private async Task<DeskResult> AfterVisitAsync(ReturnVisit v, CancellationToken ct)
    {
        var o = await db.WorkOrders.FirstAsync(x => x.Id == v.WorkOrderId, ct);
        db.WorkOrderEvents.Add(new WorkOrderEvent
        {
            WorkOrderId = o.Id, ProjectId = o.ProjectId, At = Now, UserId = me.UserId, UserName = me.UserName ?? "system",
            Kind = WorkOrderEventKind.Visit, Text = LocalText.Of(() => $"{l[$"VisitMethod.{v.Method}"]} · {l[$"VisitOutcome.{v.Outcome}"]} {v.Comment}".Trim()),
        });
        // The customer's own words at the visit are read like any owner's text (an open letter is the company's words).
        // A red remark has notified the supervisor already; the order waits for their decision as after an unsatisfied visit.
        if (v.Method != VisitMethod.Letter && v.Comment.Length > 0)
        {
            var read = await insight.RecordAsync(Insight.TextInsight.VisitSource, v.Id, o.ProjectId, o.BuildingId, v.Comment, Link(v), o.Number, ct);
            v.RedRemark = read.Alert.Level == InsightLabels.Red;
        }
        await db.SaveChangesAsync(ct);
        if (v.Outcome == VisitOutcome.Unsatisfied)
        {
            var supervisors = await ServiceDeskService.UsersInRoleAsync(db, Roles.ServiceSupervisor, o.ProjectId, ct);
            if (supervisors.Count > 0)
                await notes.AddAsync(supervisors, o.ProjectId, LocalText.Of(() => l["Notify.VisitUnsatisfied", o.Number]), v.Comment, Link(v), ct);
            await db.SaveChangesAsync(ct);
            return DeskResult.Ok;
        }
        if (v.RedRemark) return DeskResult.Ok;
        if (v.Reason == VisitReason.Sample) return DeskResult.Ok;
        return await CloseIfDoneAsync(o, v, l["Desk.ClosedByVisit"], ct);
    }

    private async Task<DeskResult> CloseIfDoneAsync(WorkOrder o, ReturnVisit v, string note, CancellationToken ct)
    {
        if (o.Status != WorkOrderStatus.Resolved) return DeskResult.Ok;
        var outstanding = await db.ReturnVisits.AnyAsync(x => x.WorkOrderId == o.Id && x.Id != v.Id && x.DoneAt == null && x.CancelledAt == null
                                                              && x.Reason != VisitReason.Sample, ct);
        if (outstanding) return DeskResult.Ok;
        var result = await EnsureReplyAsync(o, v, ct);
        if (result.Outcome != DeskOutcome.Ok) return result;
        return await desk.ActAsync(o.Id, WorkOrderAction.Close, new WorkOrderActionInput(Note: note), ct);
    }

    /// <summary>首问负责制: an order closes only with a reply after its resolution; a visit that reached the customer is one.</summary>
    private async Task<DeskResult> EnsureReplyAsync(WorkOrder o, ReturnVisit v, CancellationToken ct)
    {
        if (o.ReplyAt is not null && o.ResolvedAt is not null && o.ReplyAt >= o.ResolvedAt) return DeskResult.Ok;
        var method = v.Method switch { VisitMethod.Phone => ContactMethod.Phone, VisitMethod.Letter => ContactMethod.Letter, _ => ContactMethod.Visit };
        var at = v.DoneAt is DateTime done && o.ResolvedAt is DateTime resolved && done >= resolved ? done : Now;
        return await desk.ReplyAsync(o.Id, new ReplyInput(null, method, l["Desk.ReplyByVisit", l[$"VisitOutcome.{v.Outcome}"]], at), ct);
    }

    public static string Link(ReturnVisit v) => $"/return-visits/{v.Id}";

    private DeskResult? Stale(ReturnVisit v, int? version)
    {
        if (version is null) return null;
        if (version != v.Version) return new DeskResult(DeskOutcome.Conflict, l["Err.Concurrency"]);
        db.Entry(v).Property(x => x.Version).OriginalValue = version.Value;
        return null;
    }

    // ---------- after an unsatisfied visit ----------

    public async Task<DeskResult> DecideAsync(long id, DecideVisitInput input, CancellationToken ct = default)
    {
        var v = await db.ReturnVisits.FirstOrDefaultAsync(x => x.Id == id, ct);
        if (v is null) return DeskResult.NotFound;
        var errors = new FieldErrors(l);
        if (input.Decision is null) errors.Add("decision", "Err.Required", l["Field.Decision"]);
        var note = input.Note?.Trim() ?? "";
        errors.Required("note", note, "Field.Reason").MaxLength("note", note, 500, "Field.Reason");
        if (input.Decision is { } d0 && !MayDecide(d0, me)) return DeskResult.Forbidden;
        if (Stale(v, input.Version) is { } stale) return stale;
        if (!ReturnVisitRules.NeedsDecision(v)) return new DeskResult(DeskOutcome.Conflict, l["Err.VisitNoDecision"]);
        if (errors.Any) return new DeskResult(DeskOutcome.Invalid, Errors: errors);
        var decision = input.Decision!.Value;

        await using var tx = await db.Database.BeginTransactionAsync(ct);
        v.Decision = decision;
        v.DecisionNote = note;
        v.DecidedAt = Now;
        v.DecidedById = me.UserId;
        await db.SaveChangesAsync(ct);
        var o = await db.WorkOrders.FirstAsync(x => x.Id == v.WorkOrderId, ct);
        DeskResult result;
        switch (decision)
        {
            case VisitDecision.Reopen:
                if (o.Status is not (WorkOrderStatus.Resolved or WorkOrderStatus.Closed))
                    return new DeskResult(DeskOutcome.Conflict, l["Err.IllegalTransition", l["Action.Reopen"], l[$"Status.{o.Status}"]]);
                result = await desk.ActAsync(o.Id, WorkOrderAction.Reopen, new WorkOrderActionInput(Note: l["Desk.ReopenedByVisit", note]), ct);
                break;
            case VisitDecision.NewComplaint:
                var (created, createErrors) = await desk.CreateAsync(new WorkOrderInput(o.ProjectId, WorkOrderType.Complaint,
                    v.Method switch { VisitMethod.Phone => Channel.Phone, VisitMethod.Letter => Channel.Letter, _ => Channel.WalkIn },
                    o.Category, o.Priority, l["Desk.NewComplaintFromVisit", o.Number, v.Comment, note].Value,
                    UnitId: o.UnitId, Location: o.Location, CustomerId: o.CustomerId, CustomerName: o.CustomerId is null ? o.CustomerName : null,
                    CustomerPhone: o.CustomerId is null ? o.CustomerPhone : null,
                    Nature: ComplaintNature.Valid, Severity: Severity.General, AccusedDepartment: o.AccusedDepartment), ct);
                if (created is null) return new DeskResult(DeskOutcome.Invalid, Errors: createErrors);
                v.NewWorkOrderId = created.Id;
                await db.SaveChangesAsync(ct);
                result = await CloseIfDoneAsync(o, v, l["Desk.ClosedNewComplaint", created.Number], ct);
                break;
            default:
                result = await CloseIfDoneAsync(o, v, l["Desk.ClosedByManager", note], ct);
                break;
        }
        if (result.Outcome != DeskOutcome.Ok) return result;
        await tx.CommitAsync(ct);
        return DeskResult.Ok;
    }

    public async Task<DeskResult> AssignAsync(long id, AssignVisitInput input, CancellationToken ct = default)
    {
        var v = await db.ReturnVisits.FirstOrDefaultAsync(x => x.Id == id, ct);
        if (v is null) return DeskResult.NotFound;
        if (!MayAssign(me)) return DeskResult.Forbidden;
        if (Stale(v, input.Version) is { } stale) return stale;
        if (v.DoneAt is not null || v.CancelledAt is not null) return new DeskResult(DeskOutcome.Conflict, l["Err.VisitClosed"]);
        var errors = new FieldErrors(l);
        var user = input.AssigneeId is int uid ? await db.Users.FirstOrDefaultAsync(u => u.Id == uid && u.IsActive, ct) : null;
        if (user is null || !(user.AllProjects || await db.UserProjects.AnyAsync(p => p.UserId == user.Id && p.ProjectId == v.ProjectId, ct)))
            return new DeskResult(DeskOutcome.Invalid, Errors: errors.Add("assigneeId", "Err.AssigneeScope"));
        v.AssigneeId = user.Id;
        if (user.Id != me.UserId)
        {
            var number = await db.WorkOrders.Where(o => o.Id == v.WorkOrderId).Select(o => o.Number).FirstAsync(ct);
            await notes.AddAsync([user.Id], v.ProjectId, LocalText.Of(() => l["Notify.VisitAssigned", number]), "", Link(v), ct);
        }
        await db.SaveChangesAsync(ct);
        return DeskResult.Ok;
    }

    // ---------- open letters ----------

    public async Task<(OpenLetter? Letter, FieldErrors Errors)> SendLetterAsync(OpenLetterInput input, CancellationToken ct = default)
    {
        var errors = new FieldErrors(l);
        var title = input.Title?.Trim() ?? "";
        var body = input.Body?.Trim() ?? "";
        if (input.ProjectId is null) errors.Add("projectId", "Err.Required", l["Field.Project"]);
        errors.Required("title", title, "Field.Title").MaxLength("title", title, 100, "Field.Title");
        errors.Required("body", body, "Field.LetterBody").MaxLength("body", body, 5000, "Field.LetterBody");
        ValidateOutcome(errors, VisitMethod.Letter, input.Outcome, input.Outcome == VisitOutcome.Unsatisfied ? body : null);
        var ids = input.VisitIds?.Distinct().ToList() ?? [];
        if (ids.Count == 0) errors.Add("visitIds", "Err.Required", l["Field.Visits"]);
        if (errors.Any) return (null, errors);
        var now = Now;
        var visits = await db.ReturnVisits.Where(v => ids.Contains(v.Id)).ToListAsync(ct);
        if (visits.Count != ids.Count || visits.Any(v => v.ProjectId != input.ProjectId))
            return (null, errors.Add("visitIds", "Err.LetterVisits"));
        if (visits.Any(v => ReturnVisitRules.Status(v, now) is not (VisitStatus.Due or VisitStatus.Overdue) || !MayVisit(v, me)))
            return (null, errors.Add("visitIds", "Err.LetterVisitsOpen"));

        await using var tx = await db.Database.BeginTransactionAsync(ct);
        var letter = new OpenLetter { ProjectId = input.ProjectId!.Value, Title = title, Body = body, CreatedAt = now, CreatedById = me.UserId };
        db.OpenLetters.Add(letter);
        await db.SaveChangesAsync(ct);
        foreach (var v in visits)
        {
            Record(v, VisitMethod.Letter, input.Outcome!.Value, title, now);
            v.LetterId = letter.Id;
            var result = await AfterVisitAsync(v, ct);
            if (result.Outcome != DeskOutcome.Ok) return (null, errors.Add("visitIds", "Err.LetterVisitsOpen"));
        }
        await tx.CommitAsync(ct);
        return (letter, errors);
    }

    // ---------- the monthly spot-check ----------

    /// <summary>
    /// Samples 5 % of a month's completed repair orders for a phone spot-check by the supervisors (seed 003). Asking
    /// again for the same project and month answers the sample already drawn.
    /// </summary>
    public async Task<(SampleResult? Result, FieldErrors Errors)> SampleAsync(SampleInput input, CancellationToken ct = default)
    {
        var errors = new FieldErrors(l);
        if (input.ProjectId is null) errors.Add("projectId", "Err.Required", l["Field.Project"]);
        if (!DateOnly.TryParseExact(input.Month + "-01", "yyyy-MM-dd", out var first)) errors.Add("month", "Err.Month");
        if (errors.Any) return (null, errors);
        var projectId = input.ProjectId!.Value;
        var calendar = await org.LoadCalendarAsync(projectId, ct);
        if (calendar is null) return (null, errors.Add("projectId", "Err.NotFound", l["Field.Project"]));
        var now = Now;
        var start = calendar.ToUtc(first.ToDateTime(TimeOnly.MinValue));
        var end = calendar.ToUtc(first.AddMonths(1).ToDateTime(TimeOnly.MinValue));
        if (end > now) return (null, errors.Add("month", "Err.MonthNotOver"));
        return (await DrawSampleAsync(db, projectId, first, start, end, now, options.Value, ct), errors);
    }

    /// <summary>Shared with the sweeper, which draws last month's sample on the first of each month as the system user.</summary>
    public static async Task<SampleResult> DrawSampleAsync(AppDbContext db, int projectId, DateOnly first, DateTime startUtc, DateTime endUtc,
        DateTime now, ReturnVisitOptions opt, CancellationToken ct)
    {
        var month = first.Year * 100 + first.Month;
        var repairs = await db.WorkOrders.AsNoTracking()
            .Where(o => o.ProjectId == projectId && o.Type == WorkOrderType.Repair && o.MasterId == null
                        && o.ResolvedAt >= startUtc && o.ResolvedAt < endUtc && o.Status != WorkOrderStatus.Cancelled)
            .Select(o => o.Id).ToListAsync(ct);
        var households = await db.Units.CountAsync(u => u.ProjectId == projectId, ct);
        var size = ReturnVisitRules.SampleSize(repairs.Count, households, opt.SampleShare);
        var existing = await db.ReturnVisits.Where(v => v.ProjectId == projectId && v.SampleMonth == month).Select(v => v.Id).ToListAsync(ct);
        if (existing.Count > 0) return new SampleResult(projectId, month, repairs.Count, households, existing.Count, existing, true);
        var picked = ReturnVisitRules.Pick(repairs, size, projectId, month);
        var visits = picked.Select(id => new ReturnVisit
        {
            ProjectId = projectId, WorkOrderId = id, Reason = VisitReason.Sample, Visitor = Visitor.SpotCheck, SampleMonth = month,
            CreatedAt = now, OpensAt = now, DueAt = now.AddDays(opt.SampleDueDays), OverdueAt = now.AddDays(opt.SampleDueDays),
        }).ToList();
        db.ReturnVisits.AddRange(visits);
        await db.SaveChangesAsync(ct);
        return new SampleResult(projectId, month, repairs.Count, households, visits.Count, visits.Select(v => v.Id).ToList(), false);
    }

    // ---------- rates ----------

    public async Task<(VisitStatsDto? Stats, FieldErrors Errors)> StatsAsync(int? projectId, DateOnly? from, DateOnly? to, CancellationToken ct = default)
    {
        var errors = new FieldErrors(l);
        if (await org.ZoneOfAsync(projectId, ct) is not { } zone) return (null, errors.Add("projectId", "Err.NotFound", l["Field.Project"]));
        var now = Now;
        if (ReportPeriod.Resolve(zone, from, to, now) is not { } p) return (null, errors.Add("to", "Err.PeriodOrder"));
        var (f, t) = (p.From, p.To);
        var (start, end, yearStart) = (p.StartUtc, p.EndUtc, p.Utc(new DateOnly(t.Year, 1, 1)));
        var query = db.ReturnVisits.AsNoTracking();
        if (projectId is int pid) query = query.Where(v => v.ProjectId == pid);
        var period = await Rows(query.Where(v => v.DueAt >= start && v.DueAt < end), ct);
        // The year's share of methods needs two counts, not the year's rows.
        var year = await query.Where(v => v.DoneAt >= yearStart && v.DoneAt < end && v.CancelledAt == null)
            .GroupBy(v => v.Method == VisitMethod.Phone || v.Method == VisitMethod.Letter)
            .Select(g => new { PhoneOrLetter = g.Key, Count = g.Count() }).ToListAsync(ct);
        return (VisitRates.Compute(projectId, f, t, period, year.Sum(y => y.Count), year.Where(y => y.PhoneOrLetter).Sum(y => y.Count), now), errors);
    }

    private static Task<List<VisitRow>> Rows(IQueryable<ReturnVisit> q, CancellationToken ct) =>
        q.Select(v => new VisitRow(v.Reason, v.OpensAt, v.DueAt, v.OverdueAt, v.DoneAt, v.CancelledAt, v.Method, v.SignatureFileId != null,
            v.Outcome, v.QualityScore, v.TimelinessScore, v.AttitudeScore)).ToListAsync(ct);
}
