using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Yardstick.Web.Features.Organization;
using Yardstick.Web.Platform.Calendar;
using Yardstick.Web.Platform.Data;
using Yardstick.Web.Platform.Identity;
using Yardstick.Web.Platform.Localization;
using Yardstick.Web.Platform.Notifications;
using Yardstick.Web.Platform.Web;

namespace Yardstick.Web.Features.ServiceDesk;

/// <summary>
/// Work orders from intake to closure: the rules shared by the pages and the API. Reads go through the scoped
/// DbContext (an order outside the caller's projects is not found); a Technician sees only orders assigned to them.
/// </summary>
public sealed class ServiceDeskService(AppDbContext db, OrganizationService org, ICurrentUser me, NotificationService notes, TimeProvider clock,
    IStringLocalizer l, IEnumerable<IWorkOrderObserver> observers)
{
    public const int DuplicateWindowDays = 30;

    private DateTime Now => clock.GetUtcNow().UtcDateTime;

    /// <summary>Orders the caller may see: their projects (the query filter) and, for a Technician only, their own.</summary>
    public IQueryable<WorkOrder> Orders()
    {
        var query = db.WorkOrders.AsQueryable();
        if (!SeesAllOrders(me))
        {
            var id = me.UserId;
            query = query.Where(o => o.AssigneeId == id);
        }
        return query;
    }

    public static bool SeesAllOrders(ICurrentUser user) =>
        Policies.RolesByPolicy[Policies.ServiceDeskRead].Where(r => r != Roles.Technician).Any(user.IsInRole);

    // ---------- intake ----------

    /// <param name="receiverId">Who answers for an order the system raises on someone's behalf (a survey follow-up); otherwise the caller.</param>
    public async Task<(WorkOrder? Order, FieldErrors Errors)> CreateAsync(WorkOrderInput input, CancellationToken ct = default, int? receiverId = null)
    {
        var errors = new FieldErrors(l);
        if (input.ProjectId is null) errors.Add("projectId", "Err.Required", l["Field.Project"]);
        if (input.Type is null) errors.Add("type", "Err.Required", l["Field.OrderType"]);
        if (input.Channel is null) errors.Add("channel", "Err.Required", l["Field.Channel"]);
        if (input.Category is null) errors.Add("category", "Err.Required", l["Field.Category"]);
        errors.Required("description", input.Description, "Field.Description").MaxLength("description", input.Description, 2000, "Field.Description");
        errors.MaxLength("location", input.Location, 100, "Field.Location");
        errors.MaxLength("customerName", input.CustomerName, 50, "Field.CustomerName");
        errors.MaxLength("demand", input.Demand, 500, "Field.Demand");
        errors.MaxLength("accusedDepartment", input.AccusedDepartment, 50, "Field.AccusedDepartment");
        var phone = OrganizationService.NormalizePhone(input.CustomerPhone);
        if (phone.Length > 0 && !OrganizationService.IsValidPhone(phone)) errors.Add("customerPhone", "Err.Phone");
        if (input.Type == WorkOrderType.Repair && input.RepairScope is null) errors.Add("repairScope", "Err.Required", l["Field.RepairScope"]);
        if (input.Type == WorkOrderType.Complaint)
        {
            if (input.Nature is null) errors.Add("nature", "Err.Required", l["Field.Nature"]);
            if (input.Severity is null) errors.Add("severity", "Err.Required", l["Field.Severity"]);
            if (input.Nature == ComplaintNature.Communicative && input.CommunicativeKind is null)
                errors.Add("communicativeKind", "Err.Required", l["Field.CommunicativeKind"]);
        }
        if (input.Type == WorkOrderType.SpecialService)
        {
            if (input.ContractStart is null) errors.Add("contractStart", "Err.Required", l["Field.ContractStart"]);
            if (input.ContractEnd is null) errors.Add("contractEnd", "Err.Required", l["Field.ContractEnd"]);
            if (input.ContractStart > input.ContractEnd) errors.Add("contractEnd", "Err.ContractEnd");
        }
        var answeredNow = string.IsNullOrWhiteSpace(input.AnsweredNow) ? null : input.AnsweredNow.Trim();
        if (answeredNow is not null && input.Type != WorkOrderType.Inquiry) errors.Add("answeredNow", "Err.AnsweredNowInquiry");
        errors.MaxLength("answeredNow", answeredNow, 2000, "Field.Resolution");
        if (errors.Any) return (null, errors);

        var projectId = input.ProjectId!.Value;
        if (!await db.Projects.AnyAsync(p => p.Id == projectId, ct))
            return (null, errors.Add("projectId", "Err.NotFound", l["Field.Project"]));

        // Where: a unit (by id or label) fixes the building; otherwise the location text is all there is.
        Unit? unit = null;
        if (input.UnitId is int unitId)
            unit = await db.Units.AsNoTracking().FirstOrDefaultAsync(u => u.Id == unitId && u.ProjectId == projectId, ct);
        else if (!string.IsNullOrWhiteSpace(input.UnitLabel))
            unit = await db.Units.AsNoTracking().FirstOrDefaultAsync(u => u.Label == input.UnitLabel.Trim() && u.ProjectId == projectId, ct);
        if ((input.UnitId is not null || !string.IsNullOrWhiteSpace(input.UnitLabel)) && unit is null)
            errors.Add("unitId", "Err.UnitNotInProject", input.UnitLabel ?? input.UnitId.ToString()!);

        Customer? customer = null;
        if (input.CustomerId is int customerId)
        {
            customer = await db.Customers.AsNoTracking().FirstOrDefaultAsync(c => c.Id == customerId && c.ProjectId == projectId, ct);
            if (customer is null) errors.Add("customerId", "Err.NotFound", l["Field.Customer"]);
        }
        if (input.AccusedStaffId is int staffId && !await db.Staff.AnyAsync(s => s.Id == staffId && s.ProjectId == projectId, ct))
            errors.Add("accusedStaffId", "Err.NotFound", l["Field.AccusedStaff"]);
        var photos = input.PhotoIds?.Distinct().ToList() ?? [];
        if (photos.Count > 0 && await db.Files.CountAsync(f => photos.Contains(f.Id), ct) != photos.Count)
            errors.Add("photoIds", "Err.NotFound", l["Field.Photos"]);
        var article = await FindArticleAsync(input.ArticleId, errors, ct);
        if (errors.Any) return (null, errors);

        var now = Now;
        var order = new WorkOrder
        {
            ProjectId = projectId,
            UnitId = unit?.Id,
            BuildingId = unit?.BuildingId,
            Location = input.Location?.Trim() is { Length: > 0 } loc ? loc : unit?.Label ?? "",
            CustomerId = customer?.Id,
            CustomerName = customer?.Name ?? input.CustomerName?.Trim() ?? "",
            CustomerPhone = customer?.Phone ?? phone,
            Channel = input.Channel!.Value,
            Type = input.Type!.Value,
            RepairScope = input.Type == WorkOrderType.Repair ? input.RepairScope : null,
            Category = input.Category!.Value,
            Priority = input.Priority ?? Priority.Routine,
            Description = input.Description!.Trim(),
            AppointmentAt = input.AppointmentAt,
            ContractStart = input.Type == WorkOrderType.SpecialService ? input.ContractStart : null,
            ContractEnd = input.Type == WorkOrderType.SpecialService ? input.ContractEnd : null,
            Nature = input.Type == WorkOrderType.Complaint ? input.Nature : null,
            CommunicativeKind = input.Nature == ComplaintNature.Communicative ? input.CommunicativeKind : null,
            Severity = input.Type == WorkOrderType.Complaint ? input.Severity : null,
            AccusedDepartment = input.AccusedDepartment?.Trim() ?? "",
            AccusedStaffId = input.AccusedStaffId,
            Demand = input.Demand?.Trim() ?? "",
            ReceiverId = receiverId ?? me.UserId ?? throw new InvalidOperationException("Only a signed-in user receives work orders."),
            CreatedAt = now,
            Photos = photos.Select(id => new WorkOrderPhoto { FileId = id }).ToList(),
            ArticleId = article?.Id,
        };
        if (article is not null) article.UseCount++;
        if (order.Type == WorkOrderType.Complaint)
            order.RepeatOfId = await FindRepeatOfAsync(order, ct);

        var calendar = (await org.LoadCalendarAsync(projectId, ct))!;
        var rules = await RulesForAsync(projectId, ct);
        foreach (var (target, rule) in SlaPolicy.Match(rules, order.Type, order.Priority, order.Severity, order.Channel))
            order.Deadlines.Add(NewClock(order, target, rule, calendar, now));

        await using var tx = await db.Database.BeginOrJoinTransactionAsync(ct);
        var local = calendar.ToLocal(now);
        var day = local.ToString("yyyyMMdd");
        order.Number = $"GD{day}{await Counters.NextAsync(db, "work-order:" + day, ct):D4}";
        db.WorkOrders.Add(order);
        await db.SaveChangesAsync(ct);
        AddEvent(order, WorkOrderEventKind.Created, null, WorkOrderStatus.Received, order.Description.Length > 200 ? order.Description[..200] : order.Description);
        if (answeredNow is not null)
        {
            order.FirstContactResolution = true;
            Move(order, WorkOrderStatus.Resolved, answeredNow, now);
            order.Resolution = answeredNow;
            order.ReplyAt = now;
            order.ReplyById = me.UserId;
            order.ReplyMethod = ReplyMethodFor(order.Channel);
            order.ReplyNote = answeredNow;
        }
        if (order.Severity == Severity.Major)
            await NotifyRoleAsync(order, Roles.ProjectManager, LocalText.Of(() => l["Notify.MajorComplaint", order.Number]), ct);
        foreach (var observer in observers) await observer.OnCreatedAsync(order, ct);
        await db.SaveChangesAsync(ct);
        await tx.CommitAsync(ct);
        return (order, errors);
    }

    /// <summary>The handbook article an inquiry was answered with; only active articles can be linked.</summary>
    private async Task<KnowledgeArticle?> FindArticleAsync(int? id, FieldErrors errors, CancellationToken ct)
    {
        if (id is null) return null;
        var article = await db.KnowledgeArticles.FirstOrDefaultAsync(a => a.Id == id && a.IsActive, ct);
        if (article is null) errors.Add("articleId", "Err.NotFound", l["Field.Article"]);
        return article;
    }

    private static ContactMethod ReplyMethodFor(Channel channel) => channel switch
    {
        Channel.WalkIn => ContactMethod.Visit,
        Channel.WeChat or Channel.Online => ContactMethod.WeChat,
        _ => ContactMethod.Phone,
    };

    private static WorkOrderDeadline NewClock(WorkOrder order, SlaTarget target, SlaRule rule, BusinessCalendar calendar, DateTime start)
    {
        var clock = new WorkOrderDeadline
        {
            ProjectId = order.ProjectId,
            Target = target,
            Amount = rule.Amount,
            Unit = rule.Unit,
            StartAt = start,
            DueAt = SlaPolicy.Due(calendar, start, rule.Amount, rule.Unit),
        };
        clock.NextCheckAt = SlaPolicy.NextCheck(clock);
        return clock;
    }

    /// <summary>
    /// A complaint is a repeat (重复投诉) when the same unit or customer complained in the same category and that
    /// complaint was resolved within the 30 days before this one.
    /// </summary>
    private async Task<long?> FindRepeatOfAsync(WorkOrder order, CancellationToken ct)
    {
        if (order.UnitId is null && order.CustomerId is null) return null;
        var since = order.CreatedAt.AddDays(-DuplicateWindowDays);
        return await db.WorkOrders.AsNoTracking()
            .Where(o => o.ProjectId == order.ProjectId && o.Type == WorkOrderType.Complaint && o.Category == order.Category && o.MasterId == null
                        && ((order.UnitId != null && o.UnitId == order.UnitId) || (order.CustomerId != null && o.CustomerId == order.CustomerId))
                        && o.ResolvedAt != null && o.ResolvedAt >= since && o.ResolvedAt <= order.CreatedAt)
            .OrderByDescending(o => o.ResolvedAt).Select(o => (long?)o.Id).FirstOrDefaultAsync(ct);
    }

    /// <summary>
    /// Possible duplicates (疑似重复): same project and category, same unit, customer or phone, still open or
    /// created within the last 30 days. Shown at intake and on the order.
    /// </summary>
    public async Task<List<DuplicateDto>> FindDuplicatesAsync(int projectId, Category? category, int? unitId, int? customerId, string? phone,
        long? exceptId = null, CancellationToken ct = default)
    {
        var digits = OrganizationService.NormalizePhone(phone);
        if (unitId is null && customerId is null && digits.Length < 7) return [];
        var since = Now.AddDays(-DuplicateWindowDays);
        var query = Orders().AsNoTracking().Where(o => o.ProjectId == projectId && o.Id != exceptId && o.MasterId == null && o.Status != WorkOrderStatus.Cancelled
            && ((unitId != null && o.UnitId == unitId) || (customerId != null && o.CustomerId == customerId) || (digits.Length >= 7 && o.CustomerPhone == digits))
            && (o.CreatedAt >= since || (o.Status != WorkOrderStatus.Resolved && o.Status != WorkOrderStatus.Closed)));
        if (category is not null) query = query.Where(o => o.Category == category);
        var rows = await query.OrderByDescending(o => o.CreatedAt).Take(10)
            .Select(o => new { o.Id, o.Number, o.Type, o.Category, o.Status, o.CreatedAt, o.Location, o.CustomerName, o.Description })
            .ToListAsync(ct);
        return rows.Select(o => new DuplicateDto(o.Id, o.Number, o.Type, o.Category, o.Status, o.CreatedAt, o.Location, o.CustomerName, Summary(o.Description))).ToList();
    }

    public async Task<List<DuplicateDto>?> DuplicatesOfAsync(long id, CancellationToken ct = default)
    {
        var o = await Orders().AsNoTracking().FirstOrDefaultAsync(x => x.Id == id, ct);
        return o is null ? null : await FindDuplicatesAsync(o.ProjectId, o.Category, o.UnitId, o.CustomerId, o.CustomerPhone, o.Id, ct);
    }

    private static string Summary(string text) => text.Length > 60 ? text[..60] + "…" : text;

    // ---------- reading ----------

    public async Task<Paged<WorkOrderListItem>> ListAsync(WorkOrderFilter f, CancellationToken ct = default)
    {
        var (page, size) = Paging.Normalize(f.Page, f.PageSize);
        var now = Now;
        var query = Orders().AsNoTracking();
        if (f.ProjectId is int pid) query = query.Where(o => o.ProjectId == pid);
        if (f.Type is { } type) query = query.Where(o => o.Type == type);
        if (f.Status is { } status) query = query.Where(o => o.Status == status);
        if (f.Category is { } category) query = query.Where(o => o.Category == category);
        if (f.Priority is { } priority) query = query.Where(o => o.Priority == priority);
        if (f.Open == true) query = query.Where(o => EF.Constant(WorkOrder.OpenStatuses).Contains(o.Status));
        if (f.Mine == true)
        {
            var uid = me.UserId;
            query = query.Where(o => o.AssigneeId == uid || o.ReceiverId == uid);
        }
        if (f.Overdue is bool overdue)
            query = overdue ? query.Where(IsOverdue(now)) : query.Where(Not(IsOverdue(now)));
        if (!string.IsNullOrWhiteSpace(f.Q))
        {
            var q = f.Q.Trim();
            var digits = OrganizationService.NormalizePhone(q);
            query = query.Where(o => o.Number == q || o.Description.Contains(q) || o.CustomerName.Contains(q) || o.Location.Contains(q)
                                     || (digits.Length >= 4 && o.CustomerPhone.Contains(digits)));
        }
        var total = await query.CountAsync(ct);
        var rows = await query.OrderByDescending(o => o.CreatedAt).ThenByDescending(o => o.Id).Skip((page - 1) * size).Take(size)
            .Select(o => new
            {
                O = new { o.Id, o.Number, o.ProjectId, o.Type, o.Category, o.Priority, o.Severity, o.Status, o.Location, o.CustomerName, o.Description, o.CreatedAt, o.AssigneeId, o.Department, o.RepeatOfId, o.MasterId },
                NextDue = o.Deadlines.Where(d => d.MetAt == null).Min(d => (DateTime?)d.DueAt),
            })
            .ToListAsync(ct);
        var names = await UserNamesAsync(rows.Select(r => r.O.AssigneeId), ct);
        var items = rows.Select(r => new WorkOrderListItem(r.O.Id, r.O.Number, r.O.ProjectId, r.O.Type, r.O.Category, r.O.Priority, r.O.Severity, r.O.Status,
            r.O.Location, r.O.CustomerName, Summary(r.O.Description), r.O.CreatedAt, r.O.AssigneeId,
            r.O.AssigneeId is int a ? names.GetValueOrDefault(a) : null, r.O.Department, r.NextDue,
            r.NextDue < now && r.O.Status is not (WorkOrderStatus.OnHold or WorkOrderStatus.Cancelled or WorkOrderStatus.Closed or WorkOrderStatus.Resolved),
            r.O.RepeatOfId is not null, r.O.MasterId)).ToList();
        return new Paged<WorkOrderListItem>(items, total, page, size);
    }

    /// <summary>An open order (not on hold) with a clock past its due time and not met.</summary>
    public static System.Linq.Expressions.Expression<Func<WorkOrder, bool>> IsOverdue(DateTime now) => o =>
        EF.Constant(WorkOrder.RunningStatuses).Contains(o.Status) && o.Deadlines.Any(d => d.MetAt == null && d.DueAt < now);

    private static System.Linq.Expressions.Expression<Func<T, bool>> Not<T>(System.Linq.Expressions.Expression<Func<T, bool>> e) =>
        System.Linq.Expressions.Expression.Lambda<Func<T, bool>>(System.Linq.Expressions.Expression.Not(e.Body), e.Parameters);

    private Task<Dictionary<int, string>> UserNamesAsync(IEnumerable<int?> ids, CancellationToken ct) => UserNamesAsync(db, ids, ct);

    /// <summary>Display names (or login names) of users, for lists and timelines.</summary>
    public static async Task<Dictionary<int, string>> UserNamesAsync(AppDbContext db, IEnumerable<int?> ids, CancellationToken ct)
    {
        var list = ids.OfType<int>().Distinct().ToList();
        if (list.Count == 0) return [];
        return await db.Users.AsNoTracking().Where(u => list.Contains(u.Id))
            .ToDictionaryAsync(u => u.Id, u => string.IsNullOrEmpty(u.DisplayName) ? u.UserName! : u.DisplayName, ct);
    }

    public async Task<WorkOrderDto?> GetAsync(long id, CancellationToken ct = default)
    {
        var o = await Orders().AsNoTracking().Include(x => x.Deadlines).Include(x => x.Photos).AsSplitQuery().FirstOrDefaultAsync(x => x.Id == id, ct);
        if (o is null) return null;
        var now = Now;
        var project = await db.Projects.AsNoTracking().Where(p => p.Id == o.ProjectId).Select(p => p.Name).FirstAsync(ct);
        var events = await db.WorkOrderEvents.AsNoTracking().Where(e => e.WorkOrderId == id).OrderBy(e => e.At).ThenBy(e => e.Id).ToListAsync(ct);
        var names = await UserNamesAsync([o.ReceiverId, o.AssigneeId, o.ReplyById], ct);
        var linked = await db.WorkOrders.AsNoTracking().Where(x => x.Id == o.MasterId || x.Id == o.RepeatOfId).ToDictionaryAsync(x => x.Id, x => x.Number, ct);
        var phone = me.CanSeeFullPhones() ? o.CustomerPhone : PhoneMask.Mask(o.CustomerPhone);
        var article = o.ArticleId is int aid ? await db.KnowledgeArticles.AsNoTracking().Where(a => a.Id == aid).Select(a => a.Question).FirstOrDefaultAsync(ct) : null;
        var sla = o.Deadlines.OrderBy(d => d.Target).Select(d => new SlaClockDto(d.Target, d.Amount, d.Unit, d.StartAt, d.DueAt, d.MetAt,
            d.MetAt is not null && d.MetAt <= d.DueAt,
            (d.MetAt ?? (o.IsOpen && o.Status != WorkOrderStatus.OnHold ? now : d.DueAt)) > d.DueAt,
            d.EscalationLevel)).ToList();
        return new WorkOrderDto(o.Id, o.Number, o.ProjectId, project, o.Type, o.RepairScope, o.Channel, o.Category, o.Priority, o.Description,
            o.UnitId, o.Location, o.CustomerId, o.CustomerName, phone, o.AppointmentAt, o.ContractStart, o.ContractEnd,
            o.Nature, o.CommunicativeKind, o.Severity, o.AccusedDepartment, o.AccusedStaffId, o.Demand,
            o.Status, o.ReceiverId, names.GetValueOrDefault(o.ReceiverId, ""), o.Department, o.AssigneeId,
            o.AssigneeId is int a ? names.GetValueOrDefault(a) : null,
            o.CreatedAt, o.DispatchedAt, o.AcceptedAt, o.StartedAt, o.ResolvedAt, o.ClosedAt, o.Resolution, o.FirstContactResolution,
            o.ReplyAt, o.ReplyMethod, o.ReplyNote, o.ReplyById is int r ? names.GetValueOrDefault(r) : null,
            o.ArticleId, article, o.Rating, o.RatingComment, o.ReopenCount, o.MasterId, o.MasterId is long m ? linked.GetValueOrDefault(m) : null,
            o.RepeatOfId, o.RepeatOfId is long rp ? linked.GetValueOrDefault(rp) : null,
            o.Photos.Select(p => p.FileId).ToList(), sla,
            events.Select(e => new TimelineDto(e.At, e.UserName, e.Kind, e.From, e.To, e.Text.ToString())).ToList(),
            Lifecycle.Available(o, me).Select(Lifecycle.Route).ToList(), o.Version);
    }

    /// <summary>
    /// The overdue / escalated board: clocks of open orders that are past due or past their warning point, most
    /// urgent first.
    /// </summary>
    public async Task<List<BoardRow>> BoardAsync(int? projectId, CancellationToken ct = default)
    {
        var now = Now;
        var orders = Orders().Where(o => EF.Constant(WorkOrder.RunningStatuses).Contains(o.Status));
        if (projectId is int pid) orders = orders.Where(o => o.ProjectId == pid);
        var rows = await (from d in db.WorkOrderDeadlines.AsNoTracking()
                          join o in orders.AsNoTracking() on d.WorkOrderId equals o.Id
                          where d.MetAt == null && (d.WarnedAt != null || d.DueAt < now)
                          orderby d.DueAt
                          select new { o.Id, o.Number, o.ProjectId, o.Type, o.Priority, o.Severity, o.Status, o.Location, o.Description, o.AssigneeId, o.Department, d.Target, d.DueAt, d.EscalationLevel })
            .Take(300).ToListAsync(ct);
        var names = await UserNamesAsync(rows.Select(r => r.AssigneeId), ct);
        return rows.Select(r => new BoardRow(r.Id, r.Number, r.ProjectId, r.Type, r.Priority, r.Severity, r.Status, r.Location, Summary(r.Description),
            r.AssigneeId is int a ? names.GetValueOrDefault(a) : null, r.Department, r.Target, r.DueAt, r.EscalationLevel, r.DueAt < now)).ToList();
    }

    // ---------- actions ----------

    public async Task<DeskResult> ActAsync(long id, WorkOrderAction action, WorkOrderActionInput input, CancellationToken ct = default)
    {
        var o = await Orders().Include(x => x.Deadlines).FirstOrDefaultAsync(x => x.Id == id, ct);
        if (o is null) return DeskResult.NotFound;
        if (!Lifecycle.MayRun(action, o, me)) return DeskResult.Forbidden;
        if (Stale(o, input.Version) is { } stale) return stale;
        if (!Lifecycle.IsAllowed(action, o.Status))
            return new DeskResult(DeskOutcome.Conflict, l["Err.IllegalTransition", l[$"Action.{action}"], l[$"Status.{o.Status}"]]);

        var errors = new FieldErrors(l);
        var note = input.Note?.Trim() ?? "";
        errors.MaxLength("note", note, 1000, "Field.Note");
        if (Lifecycle.NeedReason.Contains(action) && note.Length == 0) errors.Add("note", "Err.Required", l["Field.Reason"]);
        AppUser? assignee = null;
        if (action == WorkOrderAction.Dispatch)
        {
            var department = input.Department?.Trim() ?? "";
            errors.MaxLength("department", department, 50, "Field.Department");
            if (input.AssigneeId is null && department.Length == 0) errors.Add("assigneeId", "Err.DispatchTarget");
            if (input.AssigneeId is int aid)
            {
                assignee = await db.Users.FirstOrDefaultAsync(u => u.Id == aid && u.IsActive, ct);
                if (assignee is null || !await CanWorkOnAsync(assignee, o.ProjectId, ct)) errors.Add("assigneeId", "Err.AssigneeScope");
            }
        }
        var resolution = input.Resolution?.Trim() ?? "";
        KnowledgeArticle? article = null;
        if (action == WorkOrderAction.Resolve)
        {
            errors.Required("resolution", resolution, "Field.Resolution").MaxLength("resolution", resolution, 2000, "Field.Resolution");
            article = await FindArticleAsync(input.ArticleId, errors, ct);
        }
        if (errors.Any) return new DeskResult(DeskOutcome.Invalid, Errors: errors);
        if (action == WorkOrderAction.Close && !(o.ReplyAt is not null && o.ResolvedAt is not null && o.ReplyAt >= o.ResolvedAt))
            return new DeskResult(DeskOutcome.Conflict, l["Err.ReplyBeforeClose"]);

        var now = Now;
        var from = o.Status;
        var to = Lifecycle.Next(action, o);
        switch (action)
        {
            case WorkOrderAction.Dispatch:
                o.AssigneeId = assignee?.Id;
                o.Department = input.Department?.Trim() ?? "";
                o.DispatchedAt = now;
                o.AcceptedAt = null;
                o.StartedAt = null;
                note = string.Join(" · ", new[] { assignee?.DisplayName, o.Department, note }.Where(s => !string.IsNullOrEmpty(s)));
                break;
            case WorkOrderAction.Accept:
                o.AcceptedAt = now;
                break;
            case WorkOrderAction.Start:
                o.AcceptedAt ??= now;
                o.StartedAt = now;
                break;
            case WorkOrderAction.Hold:
                o.StatusBeforeHold = o.Status;
                o.HeldAt = now;
                foreach (var d in o.Deadlines) d.NextCheckAt = null;
                break;
            case WorkOrderAction.Resume:
                var calendar = (await org.LoadCalendarAsync(o.ProjectId, ct))!;
                foreach (var d in o.Deadlines.Where(d => d.MetAt is null))
                {
                    var shifted = SlaPolicy.ShiftForPause(calendar, d.DueAt, d.Unit, o.HeldAt ?? now, now);
                    d.StartAt += shifted - d.DueAt;
                    d.DueAt = shifted;
                    d.NextCheckAt = SlaPolicy.NextCheck(d);
                }
                o.StatusBeforeHold = null;
                o.HeldAt = null;
                break;
            case WorkOrderAction.HandBack:
                o.AssigneeId = null;
                o.AcceptedAt = null;
                o.StartedAt = null;
                break;
            case WorkOrderAction.Resolve:
                o.Resolution = resolution;
                o.FirstContactResolution = from == WorkOrderStatus.Received && o.Type == WorkOrderType.Inquiry;
                if (article is not null && o.ArticleId != article.Id)
                {
                    o.ArticleId = article.Id;
                    article.UseCount++;
                }
                note = resolution;
                break;
            case WorkOrderAction.Reopen:
                o.ReopenCount++;
                o.ResolvedAt = null;
                o.ClosedAt = null;
                o.FirstContactResolution = false;
                // The resolution clock runs again from now with the same target.
                var cal = (await org.LoadCalendarAsync(o.ProjectId, ct))!;
                if (o.Deadlines.FirstOrDefault(d => d.Target == SlaTarget.Resolution) is { } res)
                {
                    res.StartAt = now;
                    res.DueAt = SlaPolicy.Due(cal, now, res.Amount, res.Unit);
                    res.MetAt = null;
                    res.WarnedAt = null;
                    res.EscalationLevel = 0;
                    res.NextCheckAt = SlaPolicy.NextCheck(res);
                }
                break;
            case WorkOrderAction.Cancel:
                foreach (var d in o.Deadlines) d.NextCheckAt = null;
                break;
            case WorkOrderAction.Close:
                break;
        }
        Move(o, to, note, now);
        foreach (var observer in observers) await observer.OnTransitionAsync(o, action, ct);
        await NotifyPartiesAsync(o, LocalText.Of(() => l["Notify.Changed", o.Number, l[$"Status.{o.Status}"]]), note, ct);
        if (action == WorkOrderAction.Dispatch && assignee is not null && assignee.Id != me.UserId)
            await notes.AddAsync([assignee.Id], o.ProjectId, LocalText.Of(() => l["Notify.Assigned", o.Number]), Summary(o.Description), Link(o), ct);
        await db.SaveChangesAsync(ct);
        return DeskResult.Ok;
    }

    /// <summary>Changes the status, stamps the clocks it meets, and writes the timeline entry.</summary>
    private void Move(WorkOrder o, WorkOrderStatus to, string note, DateTime now)
    {
        var from = o.Status;
        o.Status = to;
        if (to == WorkOrderStatus.Resolved) o.ResolvedAt = now;
        if (to == WorkOrderStatus.Closed) o.ClosedAt = now;
        foreach (var d in o.Deadlines.Where(d => d.MetAt is null && SlaPolicy.IsMetBy(d.Target, to)))
        {
            d.MetAt = now;
            d.NextCheckAt = null;
        }
        AddEvent(o, WorkOrderEventKind.Transition, from, to, note);
    }

    private void AddEvent(WorkOrder o, WorkOrderEventKind kind, WorkOrderStatus? from, WorkOrderStatus? to, LocalText note, string? userName = null) =>
        db.WorkOrderEvents.Add(new WorkOrderEvent
        {
            WorkOrderId = o.Id, ProjectId = o.ProjectId, At = Now, UserId = me.UserId, UserName = userName ?? me.UserName ?? "system",
            Kind = kind, From = from, To = to, Text = new(Cut(note.Zh), Cut(note.En)),
        });

    private static string Cut(string note) => note.Length > 2000 ? note[..2000] : note;

    private DeskResult? Stale(WorkOrder o, int? version)
    {
        if (version is null) return null;
        if (version != o.Version) return new DeskResult(DeskOutcome.Conflict, l["Err.Concurrency"]);
        db.Entry(o).Property(x => x.Version).OriginalValue = version.Value;
        return null;
    }

    /// <summary>A person can be given an order of a project they can see.</summary>
    private async Task<bool> CanWorkOnAsync(AppUser user, int projectId, CancellationToken ct) =>
        user.AllProjects || await db.UserProjects.AnyAsync(p => p.UserId == user.Id && p.ProjectId == projectId, ct);

    public async Task<DeskResult> ReplyAsync(long id, ReplyInput input, CancellationToken ct = default)
    {
        var o = await Orders().FirstOrDefaultAsync(x => x.Id == id, ct);
        if (o is null) return DeskResult.NotFound;
        if (!Lifecycle.IsDesk(me) && o.ReceiverId != me.UserId) return DeskResult.Forbidden;
        if (Stale(o, input.Version) is { } stale) return stale;
        if (o.Status == WorkOrderStatus.Cancelled || o.MasterId is not null)
            return new DeskResult(DeskOutcome.Conflict, l["Err.IllegalTransition", l["Action.Reply"], l[$"Status.{o.Status}"]]);
        var errors = new FieldErrors(l);
        var note = input.Note?.Trim() ?? "";
        errors.Required("note", note, "Field.ReplyNote").MaxLength("note", note, 1000, "Field.ReplyNote");
        if (input.Method is null) errors.Add("method", "Err.Required", l["Field.ReplyMethod"]);
        var now = Now;
        var at = input.At?.ToUniversalTime() ?? now;
        if (at > now.AddMinutes(5)) errors.Add("at", "Err.FutureTime");
        if (at < o.CreatedAt) errors.Add("at", "Err.BeforeCreated");
        if (errors.Any) return new DeskResult(DeskOutcome.Invalid, Errors: errors);
        o.ReplyAt = at;
        o.ReplyMethod = input.Method;
        o.ReplyNote = note;
        o.ReplyById = me.UserId;
        AddEvent(o, WorkOrderEventKind.Reply, null, null, LocalText.Of(() => $"{l[$"Contact.{input.Method}"]} · {note}"));
        await NotifyPartiesAsync(o, LocalText.Of(() => l["Notify.Replied", o.Number]), note, ct);
        await db.SaveChangesAsync(ct);
        return DeskResult.Ok;
    }

    public async Task<DeskResult> RateAsync(long id, RatingInput input, CancellationToken ct = default)
    {
        var o = await Orders().FirstOrDefaultAsync(x => x.Id == id, ct);
        if (o is null) return DeskResult.NotFound;
        if (!Lifecycle.IsDesk(me)) return DeskResult.Forbidden;
        if (Stale(o, input.Version) is { } stale) return stale;
        if (o.Status is not (WorkOrderStatus.Resolved or WorkOrderStatus.Closed))
            return new DeskResult(DeskOutcome.Conflict, l["Err.RateNotResolved"]);
        var errors = new FieldErrors(l);
        if (input.Score is not (>= 1 and <= 5)) errors.Add("score", "Err.Rating");
        errors.MaxLength("comment", input.Comment, 500, "Field.Comment");
        if (errors.Any) return new DeskResult(DeskOutcome.Invalid, Errors: errors);
        o.Rating = input.Score;
        o.RatingComment = input.Comment?.Trim() ?? "";
        o.RatedAt = Now;
        AddEvent(o, WorkOrderEventKind.Rating, null, null, $"{input.Score}/5 {o.RatingComment}".Trim());
        foreach (var observer in observers) await observer.OnRatedAsync(o, ct);
        await db.SaveChangesAsync(ct);
        return DeskResult.Ok;
    }

    /// <summary>Adds a photo (already stored and in scope) to an order: at intake, or the technician's proof of the fix.</summary>
    public async Task<DeskResult> AttachPhotoAsync(long id, Guid fileId, CancellationToken ct = default)
    {
        var o = await Orders().FirstOrDefaultAsync(x => x.Id == id, ct);
        if (o is null || !await db.Files.AnyAsync(f => f.Id == fileId, ct)) return DeskResult.NotFound;
        if (!Lifecycle.IsDesk(me) && o.AssigneeId != me.UserId) return DeskResult.Forbidden;
        db.Add(new WorkOrderPhoto { WorkOrderId = id, FileId = fileId });
        AddEvent(o, WorkOrderEventKind.Note, null, null, LocalText.Of(() => l["Desk.PhotoAdded"]));
        await db.SaveChangesAsync(ct);
        return DeskResult.Ok;
    }

    /// <summary>Links a duplicate to its master and closes it: the problem is counted once, under the master (seed 003).</summary>
    public async Task<DeskResult> MergeAsync(long id, MergeInput input, CancellationToken ct = default)
    {
        var o = await Orders().Include(x => x.Deadlines).FirstOrDefaultAsync(x => x.Id == id, ct);
        if (o is null) return DeskResult.NotFound;
        if (!Lifecycle.IsDesk(me)) return DeskResult.Forbidden;
        if (Stale(o, input.Version) is { } stale) return stale;
        var errors = new FieldErrors(l);
        var master = input.MasterId is long mid ? await Orders().AsNoTracking().FirstOrDefaultAsync(x => x.Id == mid, ct) : null;
        if (master is null || master.Id == o.Id || master.ProjectId != o.ProjectId) errors.Add("masterId", "Err.MergeMaster");
        else if (master.MasterId is not null) errors.Add("masterId", "Err.MergeIntoMerged");
        if (errors.Any) return new DeskResult(DeskOutcome.Invalid, Errors: errors);
        if (o.MasterId is not null || o.Status == WorkOrderStatus.Cancelled || await db.WorkOrders.AnyAsync(x => x.MasterId == o.Id, ct))
            return new DeskResult(DeskOutcome.Conflict, l["Err.MergeState"]);
        var now = Now;
        o.MasterId = master!.Id;
        foreach (var d in o.Deadlines) d.NextCheckAt = null;
        AddEvent(o, WorkOrderEventKind.Merged, o.Status, WorkOrderStatus.Closed, master.Number);
        o.Status = WorkOrderStatus.Closed;
        o.ClosedAt = now;
        await db.SaveChangesAsync(ct);
        return DeskResult.Ok;
    }

    /// <summary>Changes type, category, priority or severity; clocks not yet met are recomputed from the order's creation.</summary>
    public async Task<DeskResult> ClassifyAsync(long id, ClassifyInput input, CancellationToken ct = default)
    {
        var o = await Orders().Include(x => x.Deadlines).FirstOrDefaultAsync(x => x.Id == id, ct);
        if (o is null) return DeskResult.NotFound;
        if (!Lifecycle.IsDesk(me)) return DeskResult.Forbidden;
        if (Stale(o, input.Version) is { } stale) return stale;
        if (!o.IsOpen) return new DeskResult(DeskOutcome.Conflict, l["Err.ClassifyClosed"]);
        var errors = new FieldErrors(l);
        if (input.Type is null) errors.Add("type", "Err.Required", l["Field.OrderType"]);
        if (input.Category is null) errors.Add("category", "Err.Required", l["Field.Category"]);
        if (input.Type == WorkOrderType.Complaint && input.Severity is null) errors.Add("severity", "Err.Required", l["Field.Severity"]);
        if (input.Type == WorkOrderType.Complaint && input.Nature is null) errors.Add("nature", "Err.Required", l["Field.Nature"]);
        if (errors.Any) return new DeskResult(DeskOutcome.Invalid, Errors: errors);
        var wasMajor = o.Severity == Severity.Major;
        var (type, category, priority) = (o.Type, o.Category, o.Priority);
        o.Type = input.Type!.Value;
        o.Category = input.Category!.Value;
        o.Priority = input.Priority ?? o.Priority;
        o.Severity = o.Type == WorkOrderType.Complaint ? input.Severity : null;
        o.Nature = o.Type == WorkOrderType.Complaint ? input.Nature : null;
        o.CommunicativeKind = o.Nature == ComplaintNature.Communicative ? input.CommunicativeKind : null;
        await RecomputeClocksAsync(o, ct);
        string Class(WorkOrderType t, Category c, Priority p) => $"{l[$"OrderType.{t}"]}/{l[$"Category.{c}"]}/{l[$"Priority.{p}"]}";
        AddEvent(o, WorkOrderEventKind.Reclassified, null, null,
            LocalText.Of(() => $"{Class(type, category, priority)} → {Class(o.Type, o.Category, o.Priority)} {input.Note}".Trim()));
        if (!wasMajor && o.Severity == Severity.Major)
            await NotifyRoleAsync(o, Roles.ProjectManager, LocalText.Of(() => l["Notify.MajorComplaint", o.Number]), ct);
        await db.SaveChangesAsync(ct);
        return DeskResult.Ok;
    }

    /// <summary>Recomputes the clocks of an order from its creation under the current policy; met clocks stay as they were.</summary>
    internal async Task RecomputeClocksAsync(WorkOrder o, CancellationToken ct)
    {
        var calendar = (await org.LoadCalendarAsync(o.ProjectId, ct))!;
        var matched = SlaPolicy.Match(await RulesForAsync(o.ProjectId, ct), o.Type, o.Priority, o.Severity, o.Channel);
        foreach (var d in o.Deadlines.Where(d => d.MetAt is null && !matched.ContainsKey(d.Target)).ToList())
        {
            o.Deadlines.Remove(d);
            db.WorkOrderDeadlines.Remove(d);
        }
        foreach (var (target, rule) in matched)
        {
            var existing = o.Deadlines.FirstOrDefault(d => d.Target == target);
            if (existing?.MetAt is not null) continue;
            var fresh = NewClock(o, target, rule, calendar, o.CreatedAt);
            if (existing is null) o.Deadlines.Add(fresh);
            else
            {
                existing.Amount = fresh.Amount;
                existing.Unit = fresh.Unit;
                existing.StartAt = fresh.StartAt;
                existing.DueAt = fresh.DueAt;
                existing.NextCheckAt = o.Status == WorkOrderStatus.OnHold ? null : SlaPolicy.NextCheck(existing);
            }
        }
    }

    // ---------- notifications ----------

    public static string Link(WorkOrder o) => $"/work-orders/{o.Id}";

    /// <summary>首问负责制: the receiver hears of every change, as does the person working the order; never the actor.</summary>
    private Task NotifyPartiesAsync(WorkOrder o, LocalText title, string body, CancellationToken ct)
    {
        var to = new[] { o.ReceiverId, o.AssigneeId ?? 0 }.Where(u => u != 0 && u != me.UserId).ToList();
        return to.Count == 0 ? Task.CompletedTask : notes.AddAsync(to, o.ProjectId, title, body, Link(o), ct);
    }

    private async Task NotifyRoleAsync(WorkOrder o, string role, LocalText title, CancellationToken ct)
    {
        var users = await UsersInRoleAsync(db, role, o.ProjectId, ct);
        if (users.Count > 0) await notes.AddAsync(users, o.ProjectId, title, Summary(o.Description), Link(o), ct);
    }

    /// <summary>Active users holding <paramref name="role"/> whose scope includes the project.</summary>
    public static async Task<List<int>> UsersInRoleAsync(AppDbContext db, string role, int projectId, CancellationToken ct)
    {
        var roleId = await db.Roles.Where(r => r.Name == role).Select(r => r.Id).FirstOrDefaultAsync(ct);
        return await db.Users.Where(u => u.IsActive && db.UserRoles.Any(ur => ur.UserId == u.Id && ur.RoleId == roleId)
                                         && (u.AllProjects || db.UserProjects.Any(p => p.UserId == u.Id && p.ProjectId == projectId)))
            .Select(u => u.Id).ToListAsync(ct);
    }

    // ---------- SLA policy ----------

    /// <summary>The project's own rules, or the built-in defaults when it has none.</summary>
    public async Task<(IReadOnlyList<SlaRule> Rules, bool IsDefault)> PolicyRulesAsync(int projectId, CancellationToken ct)
    {
        var stored = await db.SlaRules.AsNoTracking().Where(r => r.ProjectId == projectId).OrderBy(r => r.Id).ToListAsync(ct);
        return stored.Count > 0 ? (stored, false) : (SlaPolicy.Defaults, true);
    }

    public async Task<IReadOnlyList<SlaRule>> RulesForAsync(int projectId, CancellationToken ct) => (await PolicyRulesAsync(projectId, ct)).Rules;

    public async Task<SlaPolicyDto?> GetPolicyAsync(int projectId, CancellationToken ct = default)
    {
        if (!await db.Projects.AnyAsync(p => p.Id == projectId, ct)) return null;
        var (rules, isDefault) = await PolicyRulesAsync(projectId, ct);
        return new SlaPolicyDto(projectId, isDefault,
            rules.Select(r => new SlaRuleDto(r.Type, r.Priority, r.Severity, r.Channel, r.Target, r.Amount, r.Unit)).ToList());
    }

    /// <summary>Goes back to the built-in policy of the source documents.</summary>
    public async Task ResetPolicyAsync(int projectId, CancellationToken ct = default)
    {
        db.SlaRules.RemoveRange(await db.SlaRules.Where(r => r.ProjectId == projectId).ToListAsync(ct));
        await db.SaveChangesAsync(ct);
    }

    /// <summary>Replaces the project's policy. New orders use it; open orders keep the deadlines they were given.</summary>
    public async Task<FieldErrors> SavePolicyAsync(int projectId, IReadOnlyList<SlaRuleDto>? rules, CancellationToken ct = default)
    {
        var errors = new FieldErrors(l);
        if (rules is null || rules.Count == 0) return errors.Add("rules", "Err.Required", l["Field.SlaRules"]);
        for (var i = 0; i < rules.Count; i++)
        {
            var r = rules[i];
            var min = r.Unit == SlaUnit.WorkingDays ? 0 : 1;
            var max = r.Unit switch { SlaUnit.Minutes => 60 * 24 * 90, SlaUnit.WorkingHours => 24 * 90, _ => 90 };
            if (r.Amount < min || r.Amount > max) errors.Add($"rules[{i}].amount", "Err.SlaAmount", i + 1, min, max);
            if (r.Severity is not null && r.Type != WorkOrderType.Complaint) errors.Add($"rules[{i}].severity", "Err.SlaSeverity", i + 1);
        }
        var duplicate = rules.GroupBy(r => (r.Type, r.Priority, r.Severity, r.Channel, r.Target)).FirstOrDefault(g => g.Count() > 1);
        if (duplicate is not null) errors.Add("rules", "Err.SlaDuplicate", rules.ToList().IndexOf(duplicate.Skip(1).First()) + 1);
        if (errors.Any) return errors;
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        db.SlaRules.RemoveRange(await db.SlaRules.Where(r => r.ProjectId == projectId).ToListAsync(ct));
        db.SlaRules.AddRange(rules.Select(r => new SlaRule
        {
            ProjectId = projectId, Type = r.Type, Priority = r.Priority, Severity = r.Severity, Channel = r.Channel,
            Target = r.Target, Amount = r.Amount, Unit = r.Unit,
        }));
        await db.SaveChangesAsync(ct);
        await tx.CommitAsync(ct);
        return errors;
    }
}
