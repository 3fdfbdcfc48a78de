using Yardstick.Web.Platform.Calendar;

namespace Yardstick.Web.Features.ServiceDesk;

/// <summary>
/// A project's SLA policy and the deadline arithmetic. The defaults are the time limits of the source documents
/// (seed 003's complaint procedure, seed 004's 15-minute emergency arrival, 000's repair response times); the
/// resolution targets of repairs are company defaults the source does not give, and every row can be edited.
/// </summary>
public static class SlaPolicy
{
    public const double WarnShare = 0.8;

    public static IReadOnlyList<SlaRule> Defaults { get; } =
    [
        // Complaints: to the responsible department within 10 minutes, response within 24 hours, resolution
        // within 72 hours; a General complaint is to be closed the same day; a Major one solved within 3 working days.
        Rule(WorkOrderType.Complaint, SlaTarget.Dispatch, 10, SlaUnit.Minutes),
        Rule(WorkOrderType.Complaint, SlaTarget.Response, 24 * 60, SlaUnit.Minutes),
        Rule(WorkOrderType.Complaint, SlaTarget.Resolution, 72 * 60, SlaUnit.Minutes),
        Rule(WorkOrderType.Complaint, SlaTarget.Resolution, 0, SlaUnit.WorkingDays, severity: Severity.General),
        Rule(WorkOrderType.Complaint, SlaTarget.Resolution, 3, SlaUnit.WorkingDays, severity: Severity.Major),

        // Repairs: emergency on site within 15 minutes; urgent response within 2 hours; routine within 24 hours.
        Rule(WorkOrderType.Repair, SlaTarget.Dispatch, 10, SlaUnit.Minutes),
        Rule(WorkOrderType.Repair, SlaTarget.Dispatch, 5, SlaUnit.Minutes, Priority.Emergency),
        Rule(WorkOrderType.Repair, SlaTarget.Arrival, 15, SlaUnit.Minutes, Priority.Emergency),
        Rule(WorkOrderType.Repair, SlaTarget.Resolution, 4 * 60, SlaUnit.Minutes, Priority.Emergency),
        Rule(WorkOrderType.Repair, SlaTarget.Response, 2 * 60, SlaUnit.Minutes, Priority.Urgent),
        Rule(WorkOrderType.Repair, SlaTarget.Resolution, 24 * 60, SlaUnit.Minutes, Priority.Urgent),
        Rule(WorkOrderType.Repair, SlaTarget.Response, 24 * 60, SlaUnit.Minutes, Priority.Routine),
        Rule(WorkOrderType.Repair, SlaTarget.Resolution, 3, SlaUnit.WorkingDays, Priority.Routine),

        // Inquiries: answered at once at intake; a complex one forwarded is followed up within 1 hour; a written
        // inquiry (letter) is answered within 2 working days.
        Rule(WorkOrderType.Inquiry, SlaTarget.Response, 60, SlaUnit.Minutes),
        Rule(WorkOrderType.Inquiry, SlaTarget.Resolution, 2, SlaUnit.WorkingDays, channel: Channel.Letter),

        Rule(WorkOrderType.Suggestion, SlaTarget.Response, 2, SlaUnit.WorkingDays),
        // A low survey score is an owner who is unhappy now: customer service calls back within one working day.
        Rule(WorkOrderType.Suggestion, SlaTarget.Response, 1, SlaUnit.WorkingDays, channel: Channel.Survey),
        Rule(WorkOrderType.SpecialService, SlaTarget.Dispatch, 10, SlaUnit.Minutes),
        Rule(WorkOrderType.SpecialService, SlaTarget.Response, 24 * 60, SlaUnit.Minutes),
    ];

    private static SlaRule Rule(WorkOrderType type, SlaTarget target, int amount, SlaUnit unit,
        Priority? priority = null, Severity? severity = null, Channel? channel = null) =>
        new() { Type = type, Target = target, Amount = amount, Unit = unit, Priority = priority, Severity = severity, Channel = channel };

    /// <summary>
    /// For each target, the most specific rule that matches the order (a rule's priority, severity and channel
    /// must equal the order's where the rule sets them); ties go to the earlier row.
    /// </summary>
    public static IReadOnlyDictionary<SlaTarget, SlaRule> Match(IEnumerable<SlaRule> rules, WorkOrderType type,
        Priority priority, Severity? severity, Channel channel)
    {
        var chosen = new Dictionary<SlaTarget, (SlaRule Rule, int Specificity)>();
        foreach (var r in rules)
        {
            if (r.Type != type) continue;
            if (r.Priority is { } p && p != priority) continue;
            if (r.Severity is { } s && s != severity) continue;
            if (r.Channel is { } c && c != channel) continue;
            var specificity = (r.Priority is null ? 0 : 1) + (r.Severity is null ? 0 : 1) + (r.Channel is null ? 0 : 1);
            if (!chosen.TryGetValue(r.Target, out var best) || specificity > best.Specificity)
                chosen[r.Target] = (r, specificity);
        }
        return chosen.ToDictionary(c => c.Key, c => c.Value.Rule);
    }

    public static DateTime Due(BusinessCalendar calendar, DateTime startUtc, int amount, SlaUnit unit) => unit switch
    {
        SlaUnit.Minutes => calendar.AddCalendarMinutes(startUtc, amount),
        SlaUnit.WorkingHours => calendar.AddWorkingHours(startUtc, amount),
        SlaUnit.WorkingDays => calendar.AddWorkingDays(startUtc, amount),
        _ => throw new ArgumentOutOfRangeException(nameof(unit)),
    };

    /// <summary>
    /// After a hold, a clock owes back the time it was paused: calendar targets the whole pause, working-time
    /// targets only the working time inside it (a weekend on hold costs a working-hours clock nothing).
    /// </summary>
    public static DateTime ShiftForPause(BusinessCalendar calendar, DateTime dueUtc, SlaUnit unit, DateTime heldAt, DateTime resumedAt)
    {
        if (resumedAt <= heldAt) return dueUtc;
        if (unit == SlaUnit.Minutes) return dueUtc + (resumedAt - heldAt);
        var owed = calendar.WorkingTimeBetween(heldAt, resumedAt);
        return owed == TimeSpan.Zero ? dueUtc : calendar.AddWorkingTime(dueUtc, owed);
    }

    /// <summary>The next instant the sweeper must look at this clock: 80 % warning, breach, then twice the target.</summary>
    public static DateTime? NextCheck(WorkOrderDeadline d, double warnShare = WarnShare)
    {
        if (d.MetAt is not null) return null;
        var span = d.DueAt - d.StartAt;
        if (d.WarnedAt is null && d.EscalationLevel == 0) return d.StartAt + span * warnShare;
        return d.EscalationLevel switch
        {
            0 => d.DueAt,
            1 => d.StartAt + span * 2,
            _ => null,
        };
    }

    /// <summary>The state the order must reach for a target to be met.</summary>
    public static bool IsMetBy(SlaTarget target, WorkOrderStatus status) => target switch
    {
        SlaTarget.Dispatch => status is not (WorkOrderStatus.Received or WorkOrderStatus.Cancelled),
        SlaTarget.Response => status is WorkOrderStatus.Accepted or WorkOrderStatus.InProgress or WorkOrderStatus.Resolved or WorkOrderStatus.Closed,
        SlaTarget.Arrival => status is WorkOrderStatus.InProgress or WorkOrderStatus.Resolved or WorkOrderStatus.Closed,
        SlaTarget.Resolution => status is WorkOrderStatus.Resolved or WorkOrderStatus.Closed,
        _ => false,
    };
}
