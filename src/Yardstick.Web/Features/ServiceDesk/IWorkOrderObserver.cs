namespace Yardstick.Web.Features.ServiceDesk;

/// <summary>
/// Lets other modules react to a work order's life (return visits follow resolution) without the service desk
/// knowing them. Called inside the change's unit of work, before it is saved: whatever an observer adds to the
/// DbContext is saved, or discarded, with the change.
/// </summary>
public interface IWorkOrderObserver
{
    Task OnCreatedAsync(WorkOrder order, CancellationToken ct);
    Task OnTransitionAsync(WorkOrder order, WorkOrderAction action, CancellationToken ct);

    /// <summary>The customer's rating and comment were recorded (again, when they change their mind).</summary>
    Task OnRatedAsync(WorkOrder order, CancellationToken ct) => Task.CompletedTask;
}
