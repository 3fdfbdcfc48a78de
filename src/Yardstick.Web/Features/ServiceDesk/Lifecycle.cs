using Yardstick.Web.Platform.Identity;

namespace Yardstick.Web.Features.ServiceDesk;

public enum WorkOrderAction { Dispatch, Accept, Start, Hold, Resume, HandBack, Resolve, Reopen, Cancel, Close }

/// <summary>
/// The life cycle of a work order: which action may run from which status, what status it leads to, and who may
/// run it. Anything not listed here is an illegal transition (409) and changes nothing.
/// </summary>
public static class Lifecycle
{
    private static readonly Dictionary<WorkOrderAction, WorkOrderStatus[]> From = new()
    {
        [WorkOrderAction.Dispatch] = [WorkOrderStatus.Received, WorkOrderStatus.Dispatched, WorkOrderStatus.Accepted],
        [WorkOrderAction.Accept] = [WorkOrderStatus.Dispatched],
        [WorkOrderAction.Start] = [WorkOrderStatus.Dispatched, WorkOrderStatus.Accepted],
        [WorkOrderAction.Hold] = [WorkOrderStatus.Dispatched, WorkOrderStatus.Accepted, WorkOrderStatus.InProgress],
        [WorkOrderAction.Resume] = [WorkOrderStatus.OnHold],
        [WorkOrderAction.HandBack] = [WorkOrderStatus.Dispatched, WorkOrderStatus.Accepted, WorkOrderStatus.InProgress],
        [WorkOrderAction.Resolve] = [WorkOrderStatus.Received, WorkOrderStatus.Dispatched, WorkOrderStatus.Accepted, WorkOrderStatus.InProgress],
        [WorkOrderAction.Reopen] = [WorkOrderStatus.Resolved, WorkOrderStatus.Closed],
        [WorkOrderAction.Cancel] = [WorkOrderStatus.Received, WorkOrderStatus.Dispatched, WorkOrderStatus.Accepted, WorkOrderStatus.InProgress, WorkOrderStatus.OnHold],
        [WorkOrderAction.Close] = [WorkOrderStatus.Resolved],
    };

    /// <summary>Actions that need a written reason (挂起、取消、退单、重开).</summary>
    public static readonly IReadOnlySet<WorkOrderAction> NeedReason =
        new HashSet<WorkOrderAction> { WorkOrderAction.Hold, WorkOrderAction.Cancel, WorkOrderAction.HandBack, WorkOrderAction.Reopen };

    /// <summary>What the person working the order may do on it; the service desk may do everything.</summary>
    private static readonly HashSet<WorkOrderAction> AssigneeActions =
    [
        WorkOrderAction.Accept, WorkOrderAction.Start, WorkOrderAction.Hold, WorkOrderAction.Resume,
        WorkOrderAction.HandBack, WorkOrderAction.Resolve,
    ];

    public static bool IsAllowed(WorkOrderAction action, WorkOrderStatus status) => From[action].Contains(status);

    public static WorkOrderStatus Next(WorkOrderAction action, WorkOrder order) => action switch
    {
        WorkOrderAction.Dispatch => WorkOrderStatus.Dispatched,
        WorkOrderAction.Accept => WorkOrderStatus.Accepted,
        WorkOrderAction.Start => WorkOrderStatus.InProgress,
        WorkOrderAction.Hold => WorkOrderStatus.OnHold,
        WorkOrderAction.Resume => order.StatusBeforeHold ?? WorkOrderStatus.Received,
        WorkOrderAction.HandBack => WorkOrderStatus.Received,
        WorkOrderAction.Resolve => WorkOrderStatus.Resolved,
        WorkOrderAction.Reopen => order.AssigneeId is null ? WorkOrderStatus.Received : WorkOrderStatus.Dispatched,
        WorkOrderAction.Cancel => WorkOrderStatus.Cancelled,
        WorkOrderAction.Close => WorkOrderStatus.Closed,
        _ => throw new ArgumentOutOfRangeException(nameof(action)),
    };

    /// <summary>The actions a user may take on an order now: the buttons of the detail page.</summary>
    public static IEnumerable<WorkOrderAction> Available(WorkOrder order, ICurrentUser user) =>
        Enum.GetValues<WorkOrderAction>().Where(a => IsAllowed(a, order.Status) && MayRun(a, order, user));

    public static bool MayRun(WorkOrderAction action, WorkOrder order, ICurrentUser user) =>
        IsDesk(user) || (AssigneeActions.Contains(action) && order.AssigneeId is not null && order.AssigneeId == user.UserId);

    public static bool IsDesk(ICurrentUser user) => Policies.RolesByPolicy[Policies.ServiceDeskWrite].Any(user.IsInRole);

    public static bool TryParse(string route, out WorkOrderAction action) =>
        Enum.TryParse(route.Replace("-", ""), ignoreCase: true, out action) && Enum.IsDefined(action);

    public static string Route(WorkOrderAction action) => action == WorkOrderAction.HandBack ? "hand-back" : action.ToString().ToLowerInvariant();
}
