using Yardstick.Web.Features.ServiceDesk;
using Yardstick.Web.Platform.Calendar;
using Yardstick.Web.Platform.Identity;
using Yardstick.Web.Platform.Localization;

namespace Yardstick.Web.Tests.ServiceDesk;

/// <summary>The SLA policy and the life cycle, with the time limits of the source documents.</summary>
public class SlaRulesTests
{
    // 2025 National Day: 1–8 October off, Sunday 28 September and Saturday 11 October working.
    private static readonly BusinessCalendar Calendar = Platform.BusinessCalendarTests.Calendar;

    private static DateTime Local(int month, int day, int hour, int minute = 0) => Platform.BusinessCalendarTests.Local(month, day, hour, minute);

    private static Dictionary<SlaTarget, (int Amount, SlaUnit Unit)> Targets(WorkOrderType type, Priority priority, Severity? severity = null, Channel channel = Channel.Phone) =>
        SlaPolicy.Match(SlaPolicy.Defaults, type, priority, severity, channel).ToDictionary(p => p.Key, p => (p.Value.Amount, p.Value.Unit));

    [Fact]
    public void Complaints_go_to_the_department_in_10_minutes_answer_in_24_hours_and_resolve_in_72()
    {
        var t = Targets(WorkOrderType.Complaint, Priority.Routine, Severity.Important);
        t[SlaTarget.Dispatch].ShouldBe((10, SlaUnit.Minutes));
        t[SlaTarget.Response].ShouldBe((24 * 60, SlaUnit.Minutes));
        t[SlaTarget.Resolution].ShouldBe((72 * 60, SlaUnit.Minutes));
    }

    [Fact]
    public void A_general_complaint_closes_the_same_day_and_a_major_one_within_3_working_days()
    {
        Targets(WorkOrderType.Complaint, Priority.Routine, Severity.General)[SlaTarget.Resolution].ShouldBe((0, SlaUnit.WorkingDays));
        Targets(WorkOrderType.Complaint, Priority.Routine, Severity.Major)[SlaTarget.Resolution].ShouldBe((3, SlaUnit.WorkingDays));
    }

    [Fact]
    public void Repairs_emergency_on_site_in_15_minutes_urgent_response_2_hours_routine_24_hours()
    {
        Targets(WorkOrderType.Repair, Priority.Emergency)[SlaTarget.Arrival].ShouldBe((15, SlaUnit.Minutes));
        Targets(WorkOrderType.Repair, Priority.Urgent)[SlaTarget.Response].ShouldBe((120, SlaUnit.Minutes));
        var routine = Targets(WorkOrderType.Repair, Priority.Routine);
        routine[SlaTarget.Response].ShouldBe((24 * 60, SlaUnit.Minutes));
        routine.ShouldNotContainKey(SlaTarget.Arrival);
    }

    [Fact]
    public void Inquiries_follow_up_in_1_hour_and_a_letter_is_answered_within_2_working_days()
    {
        var phone = Targets(WorkOrderType.Inquiry, Priority.Routine);
        phone[SlaTarget.Response].ShouldBe((60, SlaUnit.Minutes));
        phone.ShouldNotContainKey(SlaTarget.Resolution);
        Targets(WorkOrderType.Inquiry, Priority.Routine, channel: Channel.Letter)[SlaTarget.Resolution].ShouldBe((2, SlaUnit.WorkingDays));
    }

    [Fact]
    public void The_most_specific_rule_wins_whatever_the_order_of_rows()
    {
        SlaRule R(int amount, Priority? p = null, Channel? c = null) =>
            new() { Type = WorkOrderType.Repair, Target = SlaTarget.Response, Amount = amount, Unit = SlaUnit.Minutes, Priority = p, Channel = c };
        var rules = new[] { R(300, Priority.Urgent, Channel.WeChat), R(100), R(200, Priority.Urgent) };
        SlaPolicy.Match(rules, WorkOrderType.Repair, Priority.Urgent, null, Channel.WeChat)[SlaTarget.Response].Amount.ShouldBe(300);
        SlaPolicy.Match(rules, WorkOrderType.Repair, Priority.Urgent, null, Channel.Phone)[SlaTarget.Response].Amount.ShouldBe(200);
        SlaPolicy.Match(rules, WorkOrderType.Repair, Priority.Routine, null, Channel.Phone)[SlaTarget.Response].Amount.ShouldBe(100);
    }

    [Fact]
    public void A_major_complaint_received_before_the_holiday_is_due_after_it_counting_the_make_up_Saturday()
    {
        // Received Tuesday 30 September 15:00: working days 9 Oct (Thu), 10 Oct (Fri), 11 Oct (make-up Saturday).
        SlaPolicy.Due(Calendar, Local(9, 30, 15), 3, SlaUnit.WorkingDays).ShouldBe(Local(10, 11, 18));
    }

    [Fact]
    public void A_general_complaint_received_on_Friday_evening_is_due_at_the_end_of_the_next_working_day()
    {
        // Friday 26 September 20:00: Saturday is off, Sunday 28 September is a make-up working day.
        SlaPolicy.Due(Calendar, Local(9, 26, 20), 0, SlaUnit.WorkingDays).ShouldBe(Local(9, 28, 18));
        // Received during a working day: the same day.
        SlaPolicy.Due(Calendar, Local(9, 26, 10), 0, SlaUnit.WorkingDays).ShouldBe(Local(9, 26, 18));
    }

    [Fact]
    public void Calendar_targets_ignore_the_holiday()
    {
        SlaPolicy.Due(Calendar, Local(10, 1, 23, 50), 15, SlaUnit.Minutes).ShouldBe(Local(10, 2, 0, 5));
        SlaPolicy.Due(Calendar, Local(9, 30, 17), 4, SlaUnit.WorkingHours).ShouldBe(Local(10, 9, 12));
    }

    [Fact]
    public void A_hold_over_the_weekend_costs_a_calendar_clock_the_whole_pause()
    {
        var due = Local(9, 26, 18);
        SlaPolicy.ShiftForPause(Calendar, due, SlaUnit.Minutes, Local(9, 26, 16), Local(9, 29, 9)).ShouldBe(due + TimeSpan.FromHours(65));
    }

    [Fact]
    public void A_hold_costs_a_working_time_clock_only_the_working_time_inside_it()
    {
        // Held Friday 26 September 16:00 to Monday 29 September 10:00: 2 h on Friday, the make-up Sunday 28th
        // (9 h), 1 h on Monday = 12 working hours owed back. Due Friday 18:00 + 12 working hours: the make-up
        // Sunday gives 9 h, then 3 h on Monday 29th → 12:00.
        var shifted = SlaPolicy.ShiftForPause(Calendar, Local(9, 26, 18), SlaUnit.WorkingHours, Local(9, 26, 16), Local(9, 29, 10));
        Calendar.WorkingTimeBetween(Local(9, 26, 16), Local(9, 29, 10)).ShouldBe(TimeSpan.FromHours(12));
        shifted.ShouldBe(Local(9, 29, 12));
    }

    [Fact]
    public void A_hold_inside_the_holiday_costs_a_working_time_clock_nothing()
    {
        var due = Local(10, 9, 18);
        SlaPolicy.ShiftForPause(Calendar, due, SlaUnit.WorkingDays, Local(10, 2, 10), Local(10, 7, 10)).ShouldBe(due);
    }

    [Fact]
    public void The_sweeper_looks_at_80_percent_then_the_due_time_then_twice_the_target()
    {
        var start = Local(9, 26, 10);
        var d = new WorkOrderDeadline { StartAt = start, DueAt = start.AddMinutes(100) };
        SlaPolicy.NextCheck(d).ShouldBe(start.AddMinutes(80));
        d.WarnedAt = start.AddMinutes(80);
        SlaPolicy.NextCheck(d).ShouldBe(start.AddMinutes(100));
        d.EscalationLevel = 1;
        SlaPolicy.NextCheck(d).ShouldBe(start.AddMinutes(200));
        d.EscalationLevel = 2;
        SlaPolicy.NextCheck(d).ShouldBeNull();
        SlaPolicy.NextCheck(new WorkOrderDeadline { StartAt = start, DueAt = start.AddMinutes(100), MetAt = start }).ShouldBeNull();
        SlaPolicy.NextCheck(new WorkOrderDeadline { StartAt = start, DueAt = start.AddMinutes(100) }, 0.5).ShouldBe(start.AddMinutes(50));
    }

    [Theory]
    [InlineData(WorkOrderAction.Dispatch, WorkOrderStatus.Received, true)]
    [InlineData(WorkOrderAction.Accept, WorkOrderStatus.Received, false)]
    [InlineData(WorkOrderAction.Accept, WorkOrderStatus.Dispatched, true)]
    [InlineData(WorkOrderAction.Resolve, WorkOrderStatus.Received, true)]
    [InlineData(WorkOrderAction.Resolve, WorkOrderStatus.OnHold, false)]
    [InlineData(WorkOrderAction.Close, WorkOrderStatus.InProgress, false)]
    [InlineData(WorkOrderAction.Close, WorkOrderStatus.Resolved, true)]
    [InlineData(WorkOrderAction.Reopen, WorkOrderStatus.Closed, true)]
    [InlineData(WorkOrderAction.Reopen, WorkOrderStatus.Cancelled, false)]
    [InlineData(WorkOrderAction.Cancel, WorkOrderStatus.Resolved, false)]
    [InlineData(WorkOrderAction.Resume, WorkOrderStatus.InProgress, false)]
    [InlineData(WorkOrderAction.HandBack, WorkOrderStatus.Accepted, true)]
    public void The_life_cycle_allows_only_its_transitions(WorkOrderAction action, WorkOrderStatus from, bool allowed) =>
        Lifecycle.IsAllowed(action, from).ShouldBe(allowed);

    [Fact]
    public void Resume_returns_to_where_the_order_was_and_reopen_goes_back_to_the_assignee()
    {
        Lifecycle.Next(WorkOrderAction.Resume, new WorkOrder { StatusBeforeHold = WorkOrderStatus.Accepted }).ShouldBe(WorkOrderStatus.Accepted);
        Lifecycle.Next(WorkOrderAction.Reopen, new WorkOrder { AssigneeId = 5 }).ShouldBe(WorkOrderStatus.Dispatched);
        Lifecycle.Next(WorkOrderAction.Reopen, new WorkOrder()).ShouldBe(WorkOrderStatus.Received);
    }

    [Fact]
    public void A_technician_works_only_their_own_orders_and_cannot_close_or_dispatch()
    {
        var tech = new CurrentUser();
        tech.Set(7, "tech", false, [1], [Roles.Technician]);
        var mine = new WorkOrder { AssigneeId = 7, Status = WorkOrderStatus.Dispatched };
        Lifecycle.Available(mine, tech).ShouldBe([WorkOrderAction.Accept, WorkOrderAction.Start, WorkOrderAction.Hold, WorkOrderAction.HandBack, WorkOrderAction.Resolve]);
        Lifecycle.Available(new WorkOrder { AssigneeId = 8, Status = WorkOrderStatus.Dispatched }, tech).ShouldBeEmpty();
        Lifecycle.MayRun(WorkOrderAction.Close, mine, tech).ShouldBeFalse();
        Lifecycle.MayRun(WorkOrderAction.Dispatch, mine, tech).ShouldBeFalse();
    }

    [Theory]
    [InlineData("hand-back", WorkOrderAction.HandBack)]
    [InlineData("dispatch", WorkOrderAction.Dispatch)]
    [InlineData("Resolve", WorkOrderAction.Resolve)]
    public void Action_routes_parse(string route, WorkOrderAction action)
    {
        Lifecycle.TryParse(route, out var parsed).ShouldBeTrue();
        parsed.ShouldBe(action);
        Lifecycle.TryParse(Lifecycle.Route(action), out var back).ShouldBeTrue();
        back.ShouldBe(action);
    }

    [Fact]
    public void Unknown_action_routes_do_not_parse()
    {
        Lifecycle.TryParse("explode", out _).ShouldBeFalse();
        Lifecycle.TryParse("42", out _).ShouldBeFalse();
    }

    [Fact]
    public void Every_value_of_the_service_desk_enums_has_a_label_in_both_languages()
    {
        var all = JsonStringLocalizer.Instance.All;
        void Check<T>(string prefix) where T : struct, Enum
        {
            foreach (var v in Enum.GetValues<T>()) all.ContainsKey($"{prefix}.{v}").ShouldBeTrue($"{prefix}.{v}");
        }
        Check<WorkOrderType>("OrderType"); Check<Channel>("Channel"); Check<Priority>("Priority"); Check<Category>("Category");
        Check<ComplaintNature>("Nature"); Check<CommunicativeKind>("CommKind"); Check<Severity>("Severity"); Check<WorkOrderStatus>("Status");
        Check<SlaTarget>("SlaTarget"); Check<SlaUnit>("SlaUnit"); Check<WorkOrderEventKind>("Event"); Check<WorkOrderAction>("Action");
        Check<RepairScope>("RepairScope");
    }
}
