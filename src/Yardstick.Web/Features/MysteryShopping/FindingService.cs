using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Yardstick.Web.Features.Organization;
using Yardstick.Web.Features.ServiceDesk;
using Yardstick.Web.Platform.Background;
using Yardstick.Web.Platform.Calendar;
using Yardstick.Web.Platform.Data;
using Yardstick.Web.Platform.Identity;
using Yardstick.Web.Platform.Localization;
using Yardstick.Web.Platform.Notifications;
using Yardstick.Web.Platform.Web;

namespace Yardstick.Web.Features.MysteryShopping;

/// <summary>
/// Rectification (整改闭环): every failed item of a published visit becomes a finding; the client plans and completes it;
/// the next wave's visit of the same project verifies it (the item passes) or reopens it (fails again, and a failure in
/// two consecutive waves is systemic).
/// </summary>
public sealed class FindingService(AppDbContext db, ICurrentUser me, TimeProvider clock, IStringLocalizer l)
{
    private static readonly TimeZoneInfo China = BusinessCalendar.FindZone(Project.DefaultTimeZone);
    private DateTime Now => clock.GetUtcNow().UtcDateTime;
    public DateOnly Today => ReportPeriod.Today(China, Now);

    public async Task FromVisitAsync(ShopperTask task, ModelDefinition model, IReadOnlyList<ModelItem> items, IReadOnlyList<ItemOutcome> outcomes, CancellationToken ct,
        IReadOnlyDictionary<string, string>? reviewerFacts = null)
    {
        var wave = await db.Waves.AsNoTracking().FirstAsync(w => w.Id == task.WaveId, ct);
        var earlierWaves = await db.Waves.Where(w => w.ProgramId == wave.ProgramId && w.Number < wave.Number).Select(w => new { w.Id, w.Number }).ToListAsync(ct);
        var earlierIds = earlierWaves.Select(w => w.Id).ToList();
        var previousWave = earlierWaves.Where(w => w.Number == wave.Number - 1).Select(w => (int?)w.Id).FirstOrDefault();
        var keys = outcomes.Select(o => o.ItemKey).ToList();
        var earlier = await db.Findings.Where(f => f.ProjectId == task.ProjectId && earlierIds.Contains(f.WaveId) && keys.Contains(f.ItemKey)).ToListAsync(ct);
        var record = task.VisitRecord;
        var dims = model.Dimensions.ToDictionary(d => d.Key, d => d.Name);
        var now = Now;

        foreach (var outcome in outcomes)
        {
            var item = items.First(i => i.Key == outcome.ItemKey);
            var before = earlier.Where(f => f.ItemKey == item.Key).ToList();
            if (outcome.Result == ItemResult.Pass)
            {
                foreach (var f in before.Where(f => f.Status == FindingStatus.Done))
                {
                    Move(f, FindingStatus.Verified, l["Ms.Finding.VerifiedByWave", wave.Name]);
                    f.VerifiedAt = now;
                    f.VerifiedByTaskId = task.Id;
                }
                continue;
            }
            if (outcome.Result != ItemResult.Fail) continue;

            var systemic = previousWave is int pw && before.Any(f => f.WaveId == pw);
            foreach (var f in before.Where(f => f.Status is FindingStatus.Planned or FindingStatus.Done or FindingStatus.Verified))
            {
                Move(f, FindingStatus.Reopened, l["Ms.Finding.FailedAgain", wave.Name]);
                f.DueOn = null;
                f.OverdueNotifiedAt = null;
            }
            if (systemic)
                foreach (var f in before.Where(f => f.WaveId == previousWave)) f.Systemic = true;
            var finding = new Finding
            {
                TaskId = task.Id, WaveId = wave.Id, ProgramId = wave.ProgramId, ProjectId = task.ProjectId, ItemKey = item.Key, ItemTitle = item.Title,
                Dimension = dims.GetValueOrDefault(item.Dimension, item.Dimension), Post = item.Post,
                Fact = record.Items.TryGetValue(item.Key, out var o) && o.Result == ItemResult.Fail && !string.IsNullOrWhiteSpace(o.Note)
                    ? o.Note : reviewerFacts?.GetValueOrDefault(item.Key) ?? o?.Note ?? "",
                Deduction = outcome.Deduction ?? item.Points,
                Status = FindingStatus.Open, Systemic = systemic, PreviousFindingId = before.OrderByDescending(f => f.Id).Select(f => (long?)f.Id).FirstOrDefault(),
                CreatedAt = now,
            };
            db.Findings.Add(finding);
            await db.SaveChangesAsync(ct);
            db.FindingEvents.Add(new FindingEvent { FindingId = finding.Id, At = now, UserId = me.UserId, To = FindingStatus.Open });
        }
        await db.SaveChangesAsync(ct);
    }

    private void Move(Finding f, FindingStatus to, string? note)
    {
        db.FindingEvents.Add(new FindingEvent { FindingId = f.Id, At = Now, UserId = me.UserId, From = f.Status, To = to, Note = note });
        f.Status = to;
    }

    private static readonly FindingStatus[] Unfinished = [FindingStatus.Open, FindingStatus.Planned, FindingStatus.Reopened];

    public async Task<Paged<FindingDto>> ListAsync(FindingQuery q, CancellationToken ct)
    {
        var query = db.Findings.AsNoTracking();
        if (q.ProjectId is int p) query = query.Where(f => f.ProjectId == p);
        if (q.ProgramId is int pr) query = query.Where(f => f.ProgramId == pr);
        if (q.WaveId is int w) query = query.Where(f => f.WaveId == w);
        if (q.Status is { } s) query = query.Where(f => f.Status == s);
        if (q.Systemic == true) query = query.Where(f => f.Systemic);
        var today = Today;
        if (q.Overdue == true) query = query.Where(f => Unfinished.Contains(f.Status) && f.DueOn < today);
        var (page, size) = Paging.Normalize(q.Page, q.PageSize);
        var total = await query.CountAsync(ct);
        var list = await query.OrderByDescending(f => f.Systemic).ThenByDescending(f => f.Id).Skip((page - 1) * size).Take(size).ToListAsync(ct);
        return new Paged<FindingDto>(await ToDtosAsync(list, ct), total, page, size);
    }

    public async Task<FindingDto?> FindingAsync(long id, CancellationToken ct) =>
        await db.Findings.AsNoTracking().FirstOrDefaultAsync(f => f.Id == id, ct) is { } f ? (await ToDtosAsync([f], ct))[0] : null;

    public async Task<List<FindingDto>> ToDtosAsync(IReadOnlyList<Finding> list, CancellationToken ct)
    {
        var waveIds = list.Select(f => f.WaveId).Distinct().ToList();
        var waves = await db.Waves.AsNoTracking().Where(w => waveIds.Contains(w.Id)).ToDictionaryAsync(w => w.Id, w => w.Name, ct);
        var projectIds = list.Select(f => f.ProjectId).Distinct().ToList();
        var projects = await db.Projects.AsNoTracking().Where(p => projectIds.Contains(p.Id)).ToDictionaryAsync(p => p.Id, p => p.Name, ct);
        var staffIds = list.Select(f => f.OwnerStaffId).OfType<int>().Distinct().ToList();
        var staff = await db.Staff.AsNoTracking().Where(s => staffIds.Contains(s.Id)).ToDictionaryAsync(s => s.Id, s => s.Name, ct);
        var today = Today;
        return list.Select(f => new FindingDto(f.Id, f.TaskId, f.ProgramId, f.WaveId, waves.GetValueOrDefault(f.WaveId, ""), f.ProjectId,
            projects.GetValueOrDefault(f.ProjectId, ""), f.ItemKey, f.ItemTitle, f.Dimension, f.Post, f.Fact, f.Deduction, f.Status, f.OwnerStaffId,
            f.OwnerStaffId is int s ? staff.GetValueOrDefault(s) : null, f.DueOn, Unfinished.Contains(f.Status) && f.DueOn < today, f.Action,
            f.ExpectedEffect, f.CompletionNote, f.VerifiedAt, f.VerifiedByTaskId, f.Systemic, f.PreviousFindingId, f.Version)).ToList();
    }

    public async Task<IReadOnlyList<(DateTime At, string By, FindingStatus? From, FindingStatus To, string? Note)>> HistoryAsync(long id, CancellationToken ct)
    {
        if (!await db.Findings.AnyAsync(f => f.Id == id, ct)) return [];
        var events = await db.FindingEvents.AsNoTracking().Where(e => e.FindingId == id).OrderBy(e => e.Id).ToListAsync(ct);
        var ids = events.Select(e => e.UserId).OfType<int>().Distinct().ToList();
        var names = await db.Users.Where(u => ids.Contains(u.Id)).ToDictionaryAsync(u => u.Id, u => u.ShopperAlias ?? u.DisplayName, ct);
        return events.Select(e => (e.At, e.UserId is int u ? names.GetValueOrDefault(u, "") : "system", e.From, e.To, e.Note)).ToList();
    }

    /// <summary>Seed 000: 明确责任人、时间节点和预期效果.</summary>
    public async Task<DeskResult> PlanAsync(long id, PlanInput input, CancellationToken ct)
    {
        var f = await db.Findings.FirstOrDefaultAsync(x => x.Id == id, ct);
        if (f is null) return DeskResult.NotFound;
        if (f.Status is not (FindingStatus.Open or FindingStatus.Planned or FindingStatus.Reopened)) return new(DeskOutcome.Conflict, l["Ms.Err.FindingState"]);
        var errors = new FieldErrors(l);
        if (input.OwnerStaffId is not int sid || !await db.Staff.AnyAsync(s => s.Id == sid && s.ProjectId == f.ProjectId && s.IsActive, ct))
            errors.Add("ownerStaffId", "Ms.Err.Owner");
        if (input.DueOn is null) errors.Add("dueOn", "Err.Required", l["Ms.Field.DueOn"]);
        else if (input.DueOn < Today) errors.Add("dueOn", "Ms.Err.DueInPast");
        errors.Required("action", input.Action, "Ms.Field.Action").MaxLength("action", input.Action, 1000, "Ms.Field.Action");
        errors.Required("expectedEffect", input.ExpectedEffect, "Ms.Field.ExpectedEffect").MaxLength("expectedEffect", input.ExpectedEffect, 500, "Ms.Field.ExpectedEffect");
        if (errors.Any) return new(DeskOutcome.Invalid, null, errors);
        f.OwnerStaffId = input.OwnerStaffId;
        f.DueOn = input.DueOn;
        f.Action = input.Action!.Trim();
        f.ExpectedEffect = input.ExpectedEffect!.Trim();
        f.OverdueNotifiedAt = null;
        Move(f, FindingStatus.Planned, $"{input.DueOn:yyyy-MM-dd} · {f.Action}");
        await db.SaveChangesAsync(ct);
        return DeskResult.Ok;
    }

    public async Task<DeskResult> CompleteAsync(long id, CompleteInput input, CancellationToken ct)
    {
        var f = await db.Findings.FirstOrDefaultAsync(x => x.Id == id, ct);
        if (f is null) return DeskResult.NotFound;
        if (f.Status != FindingStatus.Planned) return new(DeskOutcome.Conflict, l["Ms.Err.FindingState"]);
        var errors = new FieldErrors(l).Required("note", input.Note, "Ms.Field.CompletionNote").MaxLength("note", input.Note, 1000, "Ms.Field.CompletionNote");
        if (errors.Any) return new(DeskOutcome.Invalid, null, errors);
        f.CompletionNote = input.Note!.Trim();
        f.CompletedAt = Now;
        Move(f, FindingStatus.Done, f.CompletionNote);
        await db.SaveChangesAsync(ct);
        return DeskResult.Ok;
    }

    /// <summary>Quality staff confirm a completed finding on site (passed) or send it back (not fixed).</summary>
    public async Task<DeskResult> VerifyAsync(long id, VerifyInput input, CancellationToken ct)
    {
        var f = await db.Findings.FirstOrDefaultAsync(x => x.Id == id, ct);
        if (f is null) return DeskResult.NotFound;
        if (f.Status != FindingStatus.Done) return new(DeskOutcome.Conflict, l["Ms.Err.FindingState"]);
        var errors = new FieldErrors(l);
        if (input.Passed is null) errors.Add("passed", "Err.Required", l["Ms.Field.Passed"]);
        if (input.Passed == false) errors.Required("note", input.Note, "Ms.Field.VerifyNote");
        errors.MaxLength("note", input.Note, 1000, "Ms.Field.VerifyNote");
        if (errors.Any) return new(DeskOutcome.Invalid, null, errors);
        if (input.Passed == true)
        {
            f.VerifiedAt = Now;
            Move(f, FindingStatus.Verified, input.Note?.Trim());
        }
        else
        {
            f.DueOn = null;
            Move(f, FindingStatus.Reopened, input.Note!.Trim());
        }
        await db.SaveChangesAsync(ct);
        return DeskResult.Ok;
    }

    /// <summary>Planned findings past their date: the project's managers are told once per plan.</summary>
    public async Task<int> NotifyOverdueAsync(NotificationService notifications, CancellationToken ct)
    {
        var today = Today;
        var due = await db.Findings.Where(f => f.Status == FindingStatus.Planned && f.DueOn < today && f.OverdueNotifiedAt == null)
            .OrderBy(f => f.Id).Take(500).ToListAsync(ct);
        foreach (var f in due)
        {
            var managers = await ServiceDeskService.UsersInRoleAsync(db, Roles.ProjectManager, f.ProjectId, ct);
            if (managers.Count > 0)
                await notifications.AddAsync(managers, f.ProjectId, LocalText.Of(() => l["Ms.Finding.OverdueTitle", f.ItemTitle]),
                    LocalText.Of(() => l["Ms.Finding.OverdueBody", f.DueOn!.Value.ToString("yyyy-MM-dd"), f.Action ?? ""]), $"/ms/findings/{f.Id}", ct);
            f.OverdueNotifiedAt = Now;
        }
        await db.SaveChangesAsync(ct);
        return due.Count;
    }
}

public sealed class FindingOverdueSweeper(IServiceScopeFactory scopes, IServiceProvider root, IConfiguration config, ILogger<FindingOverdueSweeper> log)
    : Sweeper(scopes, log)
{
    public override string Name => "ms-findings-overdue";
    public override TimeSpan Interval => TimeSpan.FromSeconds(config.GetValue("MysteryShopping:SweepSeconds", 300));

    protected override async Task<int> SweepAsync(AppDbContext db, CancellationToken ct)
    {
        using var scope = root.CreateScope();
        scope.ServiceProvider.GetRequiredService<CurrentUser>().AsSystem();
        return await scope.ServiceProvider.GetRequiredService<FindingService>()
            .NotifyOverdueAsync(scope.ServiceProvider.GetRequiredService<NotificationService>(), ct);
    }
}
