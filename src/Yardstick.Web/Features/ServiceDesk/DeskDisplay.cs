using Microsoft.Extensions.Localization;

namespace Yardstick.Web.Features.ServiceDesk;

/// <summary>How the service desk pages show states and time left.</summary>
public static class DeskDisplay
{
    public static string StatusClass(WorkOrderStatus s) => s switch
    {
        WorkOrderStatus.Received => "text-bg-primary",
        WorkOrderStatus.Dispatched or WorkOrderStatus.Accepted => "text-bg-info",
        WorkOrderStatus.InProgress => "text-bg-warning",
        WorkOrderStatus.OnHold => "text-bg-secondary",
        WorkOrderStatus.Resolved => "text-bg-success",
        WorkOrderStatus.Closed => "text-bg-light border",
        _ => "text-bg-dark",
    };

    public static string PriorityClass(Priority p) => p switch
    {
        Priority.Emergency => "text-bg-danger",
        Priority.Urgent => "text-bg-warning",
        _ => "text-bg-light border",
    };

    /// <summary>"还剩 1小时20分" or "已超时 3小时5分": a countdown the agent can read at a glance.</summary>
    public static string Countdown(DateTime due, DateTime now, IStringLocalizer l)
    {
        var left = due - now;
        var span = left.Duration();
        var text = span.TotalDays >= 1
            ? l["Desk.DaysHours", (int)span.TotalDays, span.Hours].Value
            : span.TotalHours >= 1 ? l["Desk.HoursMinutes", (int)span.TotalHours, span.Minutes].Value : l["Desk.Minutes", Math.Max(span.Minutes, 1)].Value;
        return left >= TimeSpan.Zero ? l["Desk.Left", text] : l["Desk.Overdue", text];
    }

    public static string Amount(int amount, SlaUnit unit, IStringLocalizer l) => unit switch
    {
        SlaUnit.WorkingDays when amount == 0 => l["Desk.SameDay"],
        SlaUnit.Minutes when amount >= 60 && amount % 60 == 0 => l["Desk.Hours", amount / 60],
        _ => $"{amount} {l[$"SlaUnit.{unit}"]}",
    };
}
