using System.Linq.Expressions;
using Yardstick.Web.Features.ServiceDesk;
using Yardstick.Web.Platform.Calendar;

namespace Yardstick.Web.Features.ReturnVisits;

/// <summary>The windows and sample sizes of seed 003 and the issue; configuration section "ReturnVisits" overrides them.</summary>
public sealed class ReturnVisitOptions
{
    /// <summary>A valid complaint is visited within 24 hours of resolution and overdue after 3 days.</summary>
    public int ComplaintDueHours { get; set; } = 24;
    public int ComplaintOverdueDays { get; set; } = 3;
    /// <summary>A completed repair is visited from day 7 to day 10.</summary>
    public int RepairOpensDays { get; set; } = 7;
    public int RepairDueDays { get; set; } = 10;
    /// <summary>Per category, "opens-due" in days, e.g. { "Equipment": "3-5" }.</summary>
    public Dictionary<string, string> RepairWindowByCategory { get; set; } = [];
    /// <summary>Special services: visited within 7 days of the contract's middle and of its end.</summary>
    public int SpecialServiceDays { get; set; } = 7;
    /// <summary>Spot-check tasks of the monthly sample are due within this many days.</summary>
    public int SampleDueDays { get; set; } = 7;
    public double SampleShare { get; set; } = 0.05;
    /// <summary>A Resolved order that needs no visit closes after this many days (its reply recorded).</summary>
    public int AutoCloseDays { get; set; } = 3;
}

/// <summary>
/// Which visit tasks an order gets and when (seed 003: 有效投诉 100 % 回访, 维修 7–10 天内回访, 特约服务 期中与结束后 7 天内,
/// 无效投诉和匿名投诉不回访, 每月按 5 % 抽查维修单). Pure functions of the order and the clock.
/// </summary>
public static class ReturnVisitRules
{
    /// <summary>A done visit the order waits on: the customer was unsatisfied or said something red, and no one has decided yet.</summary>
    public static readonly Expression<Func<ReturnVisit, bool>> AwaitsDecision =
        v => (v.Outcome == VisitOutcome.Unsatisfied || v.RedRemark) && v.Decision == null;

    /// <summary>The same rule as <see cref="AwaitsDecision"/>, for a visit in memory.</summary>
    public static bool NeedsDecision(ReturnVisit v) => (v.Outcome == VisitOutcome.Unsatisfied || v.RedRemark) && v.Decision is null;

    public static bool IsAnonymous(WorkOrder o) => o.CustomerId is null && string.IsNullOrEmpty(o.CustomerPhone);

    /// <summary>The task an order gets when it is resolved, if any. A follow-up after an unsatisfied visit is due like a complaint's.</summary>
    public static ReturnVisit? OnResolved(WorkOrder o, DateTime now, ReturnVisitOptions opt, ReturnVisit? unsatisfiedBefore)
    {
        if (IsAnonymous(o) || o.MasterId is not null) return null;
        var complaint = o.Type == WorkOrderType.Complaint && o.Nature == ComplaintNature.Valid;
        if (unsatisfiedBefore is not null && (complaint || o.Type is WorkOrderType.Repair or WorkOrderType.SpecialService))
            return NewTask(o, VisitReason.FollowUp, unsatisfiedBefore.Visitor, unsatisfiedBefore.Department, now, now,
                now.AddHours(opt.ComplaintDueHours), now.AddDays(opt.ComplaintOverdueDays), unsatisfiedBefore.Id);
        if (complaint)
        {
            var major = o.Severity == Severity.Major;
            return NewTask(o, VisitReason.Complaint, major ? Visitor.ProjectManager : Visitor.DepartmentSupervisor,
                major ? "" : FirstNonEmpty(o.AccusedDepartment, o.Department), now, now,
                now.AddHours(opt.ComplaintDueHours), now.AddDays(opt.ComplaintOverdueDays));
        }
        if (o.Type == WorkOrderType.Repair)
        {
            var (opens, due) = RepairWindow(o.Category, opt);
            return NewTask(o, VisitReason.Repair, Visitor.Agent, "", now, now.AddDays(opens), now.AddDays(due), now.AddDays(due));
        }
        return null;
    }

    /// <summary>A special service is visited in the middle of its contract and after it ends, each within 7 days.</summary>
    public static IEnumerable<ReturnVisit> OnCreated(WorkOrder o, BusinessCalendar calendar, DateTime now, ReturnVisitOptions opt)
    {
        if (o.Type != WorkOrderType.SpecialService || IsAnonymous(o) || o.ContractStart is not DateOnly start || o.ContractEnd is not DateOnly end)
            yield break;
        var mid = start.AddDays((end.DayNumber - start.DayNumber) / 2);
        foreach (var (reason, day) in new[] { (VisitReason.SpecialServiceMidTerm, mid), (VisitReason.SpecialServiceEnd, end) })
        {
            var opens = calendar.ToUtc(day.ToDateTime(TimeOnly.MinValue));
            var due = calendar.ToUtc(day.AddDays(opt.SpecialServiceDays).ToDateTime(TimeOnly.MaxValue));
            yield return NewTask(o, reason, Visitor.Agent, "", now, opens, due, due);
        }
    }

    public static (int OpensDays, int DueDays) RepairWindow(Category category, ReturnVisitOptions opt)
    {
        if (opt.RepairWindowByCategory.TryGetValue(category.ToString(), out var text)
            && text.Split('-') is [var a, var b] && int.TryParse(a, out var opens) && int.TryParse(b, out var due) && 0 <= opens && opens <= due)
            return (opens, due);
        return (opt.RepairOpensDays, opt.RepairDueDays);
    }

    /// <summary>
    /// The monthly spot-check (seed 003): 5 % of the month's repair orders, rounded up, but never more than 5 % of the
    /// project's households, rounded up.
    /// </summary>
    public static int SampleSize(int repairs, int households, double share = 0.05) =>
        repairs <= 0 || households <= 0 ? 0 : Math.Min((int)Math.Ceiling(repairs * share - 1e-9), (int)Math.Ceiling(households * share - 1e-9));

    /// <summary>A reproducible random pick: the same project and month always sample the same orders.</summary>
    public static List<long> Pick(IReadOnlyList<long> ids, int count, int projectId, int month)
    {
        var random = new Random(HashCode.Combine(projectId, month) & int.MaxValue);
        var sorted = ids.Order().ToArray();
        random.Shuffle(sorted);
        return sorted.Take(count).Order().ToList();
    }

    public static VisitStatus Status(ReturnVisit v, DateTime now) => Status(v.OpensAt, v.OverdueAt, v.DoneAt, v.CancelledAt, now);

    public static VisitStatus Status(DateTime opensAt, DateTime overdueAt, DateTime? doneAt, DateTime? cancelledAt, DateTime now) =>
        cancelledAt is not null ? VisitStatus.Cancelled
        : doneAt is not null ? VisitStatus.Done
        : now < opensAt ? VisitStatus.Pending
        : now > overdueAt ? VisitStatus.Overdue
        : VisitStatus.Due;

    private static ReturnVisit NewTask(WorkOrder o, VisitReason reason, Visitor visitor, string department, DateTime now,
        DateTime opens, DateTime due, DateTime overdue, long? previous = null) => new()
    {
        ProjectId = o.ProjectId, WorkOrderId = o.Id, Reason = reason, Visitor = visitor, Department = department,
        CreatedAt = now, OpensAt = opens, DueAt = due, OverdueAt = overdue, PreviousVisitId = previous,
    };

    private static string FirstNonEmpty(params string[] values) => values.FirstOrDefault(v => !string.IsNullOrWhiteSpace(v)) ?? "";
}

/// <summary>What the rates need of one task.</summary>
public sealed record VisitRow(VisitReason Reason, DateTime OpensAt, DateTime DueAt, DateTime OverdueAt, DateTime? DoneAt, DateTime? CancelledAt,
    VisitMethod? Method, bool Signed, VisitOutcome? Outcome, int? Quality, int? Timeliness, int? Attitude);

/// <summary>
/// The visit rates of the issue and their targets. A task counts as owed (应回访) once it is done or its window has
/// closed; a task still inside its window is not yet a miss. Cancelled tasks (the order was reopened) are not owed.
/// </summary>
public static class VisitRates
{
    public const double ComplaintTarget = 1.0, RepairTarget = 0.9, HomeSignedTarget = 0.6, PhoneLetterCeiling = 0.6;

    private static readonly VisitReason[] RepairReasons = [VisitReason.Repair, VisitReason.SpecialServiceMidTerm, VisitReason.SpecialServiceEnd];

    public static VisitStatsDto Compute(int? projectId, DateOnly from, DateOnly to, IReadOnlyList<VisitRow> period, int doneInYear, int phoneOrLetterInYear, DateTime now)
    {
        var live = period.Where(v => v.CancelledAt is null).ToList();
        bool Owed(VisitRow v) => v.DoneAt is not null || v.OverdueAt < now;
        RateDto VisitRate(Func<VisitRow, bool> which, double target)
        {
            var owed = live.Where(which).Where(Owed).ToList();
            return Rate(owed.Count(v => v.DoneAt is not null), owed.Count, target, false);
        }
        var done = live.Where(v => v.DoneAt is not null).ToList();
        var complaintsDone = done.Where(v => v.Reason == VisitReason.Complaint).ToList();
        var scored = done.Where(v => v.Quality is not null).ToList();
        return new VisitStatsDto(projectId, from, to,
            VisitRate(v => v.Reason == VisitReason.Complaint, ComplaintTarget),
            VisitRate(v => RepairReasons.Contains(v.Reason), RepairTarget),
            Rate(complaintsDone.Count(v => v.Method == VisitMethod.Home && v.Signed), complaintsDone.Count, HomeSignedTarget, false),
            Rate(phoneOrLetterInYear, doneInYear, PhoneLetterCeiling, true),
            Rate(done.Count(v => v.DoneAt <= v.DueAt), done.Count, null, false),
            live.GroupBy(v => ReturnVisitRules.Status(v.OpensAt, v.OverdueAt, v.DoneAt, null, now).ToString())
                .ToDictionary(g => g.Key, g => g.Count()),
            done.Where(v => v.Outcome is not null).GroupBy(v => v.Outcome!.Value.ToString()).ToDictionary(g => g.Key, g => g.Count()),
            done.Where(v => v.Method is not null).GroupBy(v => v.Method!.Value.ToString()).ToDictionary(g => g.Key, g => g.Count()),
            Average(scored.Select(v => v.Quality)), Average(scored.Select(v => v.Timeliness)), Average(scored.Select(v => v.Attitude)));
    }

    private static RateDto Rate(int numerator, int denominator, double? target, bool atMost) =>
        new(numerator, denominator, denominator == 0 ? null : Math.Round((double)numerator / denominator, 4), target, atMost);

    private static double? Average(IEnumerable<int?> values)
    {
        var list = values.OfType<int>().ToList();
        return list.Count == 0 ? null : Math.Round(list.Average(), 2);
    }
}
