using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Yardstick.Web.Platform.Background;
using Yardstick.Web.Platform.Data;
using Yardstick.Web.Platform.Identity;
using Yardstick.Web.Platform.Localization;
using Yardstick.Web.Platform.Notifications;

namespace Yardstick.Web.Features.ServiceDesk;

/// <summary>
/// Acts on SLA clocks that are due: a warning to the assignee and receiver at 80 % of the target, escalation to
/// the ServiceSupervisor on breach and to the ProjectManager at twice the target; and raises a valid complaint
/// open for more than a month to Major (seed 003). Every step is saved with the clock's new state in one
/// transaction, so a pass can stop anywhere and the next one neither repeats nor skips a step.
/// </summary>
public sealed class SlaSweeper(IServiceScopeFactory scopes, TimeProvider clock, IConfiguration config, ILogger<SlaSweeper> log)
    : Sweeper(scopes, log)
{
    public const int Batch = 500;
    public override string Name => "sla";
    public override TimeSpan Interval => TimeSpan.FromSeconds(config.GetValue("ServiceDesk:SweepSeconds", 30));
    private double WarnShare => config.GetValue("ServiceDesk:WarnShare", SlaPolicy.WarnShare);

    protected override async Task<int> SweepAsync(AppDbContext db, CancellationToken ct)
    {
        var l = Platform.Localization.JsonStringLocalizer.Instance;
        var notes = new NotificationService(db, clock);
        var now = clock.GetUtcNow().UtcDateTime;
        // Who supervises a project does not change within a pass; after downtime a pass may escalate thousands of clocks.
        var recipients = new Dictionary<(string Role, int ProjectId), List<int>>();
        var handled = 0;
        while (true)
        {
            var due = await db.WorkOrderDeadlines.Where(d => d.NextCheckAt != null && d.NextCheckAt <= now)
                .OrderBy(d => d.NextCheckAt).Take(Batch).ToListAsync(ct);
            if (due.Count == 0) break;
            var ids = due.Select(d => d.WorkOrderId).Distinct().ToList();
            var orders = await db.WorkOrders.Where(o => ids.Contains(o.Id)).ToDictionaryAsync(o => o.Id, ct);
            foreach (var d in due)
            {
                var o = orders[d.WorkOrderId];
                if (!o.IsOpen || o.Status == WorkOrderStatus.OnHold)
                {
                    d.NextCheckAt = null;
                    continue;
                }
                while (SlaPolicy.NextCheck(d, WarnShare) is { } at && at <= now)
                    await StepAsync(db, notes, l, recipients, o, d, now, ct);
                d.NextCheckAt = SlaPolicy.NextCheck(d, WarnShare);
                handled++;
            }
            await db.SaveChangesAsync(ct);
            db.ChangeTracker.Clear();
        }
        handled += await RaiseOldComplaintsAsync(db, notes, l, recipients, now, ct);
        return handled;
    }

    private static async Task StepAsync(AppDbContext db, NotificationService notes, IStringLocalizer l,
        Dictionary<(string, int), List<int>> recipients, WorkOrder o, WorkOrderDeadline d, DateTime now, CancellationToken ct)
    {
        string Target() => l[$"SlaTarget.{d.Target}"];
        var parties = new[] { o.ReceiverId, o.AssigneeId ?? 0 }.Where(u => u != 0).ToList();
        LocalText note;
        if (d.WarnedAt is null && d.EscalationLevel == 0)
        {
            d.WarnedAt = now;
            note = LocalText.Of(() => l["Sla.Warned", Target(), d.DueAt.ToString("o")]);
            await notes.AddAsync(parties, o.ProjectId, LocalText.Of(() => l["Notify.SlaWarning", o.Number, Target()]), note, ServiceDeskService.Link(o), ct);
            Add(db, o, WorkOrderEventKind.Warning, note, now);
            return;
        }
        d.EscalationLevel++;
        var role = d.EscalationLevel == 1 ? Roles.ServiceSupervisor : Roles.ProjectManager;
        note = LocalText.Of(() => l[d.EscalationLevel == 1 ? "Sla.Breached" : "Sla.BreachedTwice", Target(), l[$"Role.{role}"]]);
        var to = (await RecipientsAsync(db, recipients, role, o.ProjectId, ct)).Concat(parties).Distinct().ToList();
        await notes.AddAsync(to, o.ProjectId, LocalText.Of(() => l["Notify.SlaEscalated", o.Number, Target()]), note, ServiceDeskService.Link(o), ct);
        Add(db, o, WorkOrderEventKind.Escalation, note, now);
    }

    private static async Task<List<int>> RecipientsAsync(AppDbContext db, Dictionary<(string, int), List<int>> cache, string role, int projectId, CancellationToken ct)
    {
        if (!cache.TryGetValue((role, projectId), out var users))
            cache[(role, projectId)] = users = await ServiceDeskService.UsersInRoleAsync(db, role, projectId, ct);
        return users;
    }

    private static void Add(AppDbContext db, WorkOrder o, WorkOrderEventKind kind, LocalText note, DateTime now) =>
        db.WorkOrderEvents.Add(new WorkOrderEvent { WorkOrderId = o.Id, ProjectId = o.ProjectId, At = now, UserName = "system", Kind = kind, Text = note });

    /// <summary>Seed 003: a valid complaint not resolved within a month becomes a Major complaint.</summary>
    private static async Task<int> RaiseOldComplaintsAsync(AppDbContext db, NotificationService notes, IStringLocalizer l,
        Dictionary<(string, int), List<int>> recipients, DateTime now, CancellationToken ct)
    {
        var cutoff = now.AddMonths(-1);
        var old = await db.WorkOrders
            .Where(o => o.Type == WorkOrderType.Complaint && o.Nature == ComplaintNature.Valid && o.Severity != Severity.Major
                        && o.CreatedAt <= cutoff && o.MasterId == null
                        && EF.Constant(WorkOrder.OpenStatuses).Contains(o.Status))
            .OrderBy(o => o.Id).Take(Batch).ToListAsync(ct);
        foreach (var o in old)
        {
            var was = o.Severity;
            o.Severity = Severity.Major;
            var note = LocalText.Of(() => l["Sla.AutoMajor", l[$"Severity.{was}"]]);
            Add(db, o, WorkOrderEventKind.AutoMajor, note, now);
            var pms = await RecipientsAsync(db, recipients, Roles.ProjectManager, o.ProjectId, ct);
            await notes.AddAsync(pms.Append(o.ReceiverId).Distinct().ToList(), o.ProjectId, LocalText.Of(() => l["Notify.MajorComplaint", o.Number]), note,
                ServiceDeskService.Link(o), ct);
        }
        await db.SaveChangesAsync(ct);
        return old.Count;
    }
}
