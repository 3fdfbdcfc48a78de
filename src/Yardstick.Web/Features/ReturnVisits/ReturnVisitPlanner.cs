using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Yardstick.Web.Features.Organization;
using Yardstick.Web.Features.ServiceDesk;
using Yardstick.Web.Platform.Data;

namespace Yardstick.Web.Features.ReturnVisits;

/// <summary>Creates and cancels visit tasks as orders are created, resolved, reopened and cancelled.</summary>
public sealed class ReturnVisitPlanner(AppDbContext db, OrganizationService org, TimeProvider clock, IOptions<ReturnVisitOptions> options) : IWorkOrderObserver
{
    private static readonly VisitReason[] FollowsResolution = [VisitReason.Complaint, VisitReason.Repair, VisitReason.FollowUp];

    public async Task OnCreatedAsync(WorkOrder order, CancellationToken ct)
    {
        if (order.Type != WorkOrderType.SpecialService) return;
        var calendar = (await org.LoadCalendarAsync(order.ProjectId, ct))!;
        db.ReturnVisits.AddRange(ReturnVisitRules.OnCreated(order, calendar, clock.GetUtcNow().UtcDateTime, options.Value));
    }

    public async Task OnTransitionAsync(WorkOrder order, WorkOrderAction action, CancellationToken ct)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        if (action is WorkOrderAction.Reopen or WorkOrderAction.Cancel)
        {
            // The task was about a resolution that no longer stands; the next resolution brings its own.
            var open = await db.ReturnVisits.Where(v => v.WorkOrderId == order.Id && v.DoneAt == null && v.CancelledAt == null
                                                        && FollowsResolution.Contains(v.Reason)).ToListAsync(ct);
            foreach (var v in open) v.CancelledAt = now;
        }
        if (action != WorkOrderAction.Resolve) return;
        var visits = await db.ReturnVisits.AsNoTracking().Where(v => v.WorkOrderId == order.Id).OrderByDescending(v => v.Id).ToListAsync(ct);
        if (visits.Any(v => v.DoneAt == null && v.CancelledAt == null && FollowsResolution.Contains(v.Reason))) return;
        // A resolution after a supervisor reopened the order for a visit (unsatisfied, or a red remark) is followed up like a complaint.
        var last = visits.FirstOrDefault(v => v.DoneAt != null);
        var unsatisfied = last is { Decision: VisitDecision.Reopen } ? last : null;
        if (ReturnVisitRules.OnResolved(order, now, options.Value, unsatisfied) is { } task)
            db.ReturnVisits.Add(task);
    }
}
