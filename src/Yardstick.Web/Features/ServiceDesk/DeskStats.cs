using ClosedXML.Excel;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Yardstick.Web.Features.Organization;
using Yardstick.Web.Features.ReturnVisits;
using Yardstick.Web.Platform.Calendar;
using Yardstick.Web.Platform.Data;
using Yardstick.Web.Platform.Web;

namespace Yardstick.Web.Features.ServiceDesk;

/// <summary>What the statistics need of one order; merged duplicates are never loaded (counted once, seed 003).</summary>
public sealed record StatsRow(WorkOrderType Type, Category Category, Channel Channel, Priority Priority, Severity? Severity, ComplaintNature? Nature,
    string Department, WorkOrderStatus Status, DateTime CreatedAt, DateTime? ResolvedAt, bool FirstContact, bool Repeat, int ReopenCount, int? Rating);

public sealed record SlaShare(SlaTarget Target, int Met, int Owed, double? Rate);
public sealed record Durations(Priority Priority, int Count, double? MedianHours, double? P90Hours);
public sealed record Share(int Numerator, int Denominator, double? Rate, double? Target = null, bool AtMost = false);
public sealed record DayCount(DateOnly Day, int Count);

public sealed record DeskStatsDto(int? ProjectId, DateOnly From, DateOnly To, int Total,
    IReadOnlyDictionary<string, int> ByType, IReadOnlyDictionary<string, int> ByCategory, IReadOnlyDictionary<string, int> ByChannel,
    IReadOnlyDictionary<string, int> BySeverity, IReadOnlyDictionary<string, int> ByDepartment, IReadOnlyList<DayCount> ByDay,
    IReadOnlyList<SlaShare> Sla, IReadOnlyList<Durations> ResolutionTimes, Share FirstContactResolution, Share RepeatComplaints, Share Reopened,
    double? AverageRating, int Ratings, IReadOnlyList<KeyValuePair<string, int>> TopCategoriesOfWeek, VisitStatsDto Visits);

/// <summary>
/// The service desk's statistics for a project (or every project in scope) and a period of local dates: volumes,
/// timeliness against the SLA, resolution times, first-contact, repeat and reopen rates, ratings and visit rates.
/// </summary>
public sealed class DeskStats(AppDbContext db, ServiceDeskService desk, ReturnVisitService visits, OrganizationService org, TimeProvider clock, IStringLocalizer l)
{
    /// <summary>Seed 003: repeat complaints below 5 %.</summary>
    public const double RepeatTarget = 0.05;

    public async Task<(DeskStatsDto? Stats, FieldErrors Errors)> ComputeAsync(int? projectId, DateOnly? from, DateOnly? to, CancellationToken ct = default)
    {
        var errors = new FieldErrors(l);
        var period = await PeriodAsync(projectId, from, to, errors, ct);
        if (period is not var (zone, f, t)) return (null, errors);
        var (start, end) = (period.StartUtc, period.EndUtc);
        var orders = Scope(projectId).Where(o => o.CreatedAt >= start && o.CreatedAt < end);
        var rows = await orders.Select(o => new StatsRow(o.Type, o.Category, o.Channel, o.Priority, o.Severity, o.Nature, o.Department, o.Status,
            o.CreatedAt, o.ResolvedAt, o.FirstContactResolution, o.RepeatOfId != null, o.ReopenCount, o.Rating)).ToListAsync(ct);
        var now = clock.GetUtcNow().UtcDateTime;
        var clocks = db.WorkOrderDeadlines.AsNoTracking();
        if (projectId is int pid) clocks = clocks.Where(d => d.ProjectId == pid);
        var sla = await (from d in clocks
                         join o in orders on d.WorkOrderId equals o.Id
                         where o.Status != WorkOrderStatus.Cancelled
                         group d by d.Target into g
                         select new
                         {
                             Target = g.Key,
                             Met = g.Count(d => d.MetAt != null && d.MetAt <= d.DueAt),
                             Owed = g.Count(d => d.MetAt != null || d.DueAt < now),
                         }).ToListAsync(ct);
        var (visitStats, _) = await visits.StatsAsync(projectId, f, t, ct);
        var shares = Enum.GetValues<SlaTarget>().Select(target => sla.FirstOrDefault(s => s.Target == target) is { } s
            ? new SlaShare(target, s.Met, s.Owed, Rate(s.Met, s.Owed)) : new SlaShare(target, 0, 0, null)).ToList();
        return (Compute(projectId, f, t, zone, rows, shares, visitStats!), errors);
    }

    /// <summary>The pure part: everything but the SLA clocks and the visits, from the rows of the period.</summary>
    public static DeskStatsDto Compute(int? projectId, DateOnly from, DateOnly to, TimeZoneInfo zone, IReadOnlyList<StatsRow> rows,
        IReadOnlyList<SlaShare> sla, VisitStatsDto visitStats)
    {
        static Dictionary<string, int> By<T>(IEnumerable<StatsRow> rows, Func<StatsRow, T> key) =>
            rows.GroupBy(key).OrderByDescending(g => g.Count()).ToDictionary(g => g.Key?.ToString() ?? "", g => g.Count());
        DateOnly Day(DateTime utc) => DateOnly.FromDateTime(TimeZoneInfo.ConvertTimeFromUtc(utc, zone));

        var complaints = rows.Where(r => r.Type == WorkOrderType.Complaint).ToList();
        var inquiries = rows.Where(r => r.Type == WorkOrderType.Inquiry).ToList();
        var resolved = rows.Where(r => r.ResolvedAt is not null || r.ReopenCount > 0).ToList();
        var rated = rows.Where(r => r.Rating is not null).ToList();
        var perDay = rows.GroupBy(r => Day(r.CreatedAt)).ToDictionary(g => g.Key, g => g.Count());
        var days = Enumerable.Range(0, to.DayNumber - from.DayNumber + 1).Select(i => from.AddDays(i)).Select(d => new DayCount(d, perDay.GetValueOrDefault(d))).ToList();
        var weekStart = to.AddDays(-6);
        var week = rows.Where(r => r.Type is WorkOrderType.Complaint or WorkOrderType.Repair && Day(r.CreatedAt) >= weekStart)
            .GroupBy(r => r.Category.ToString()).Select(g => KeyValuePair.Create(g.Key, g.Count())).OrderByDescending(p => p.Value).ThenBy(p => p.Key).Take(5).ToList();
        var times = Enum.GetValues<Priority>().Select(p =>
        {
            var hours = rows.Where(r => r.Priority == p && r.ResolvedAt is not null).Select(r => (r.ResolvedAt!.Value - r.CreatedAt).TotalHours).Order().ToList();
            return new Durations(p, hours.Count, Percentile(hours, 0.5), Percentile(hours, 0.9));
        }).ToList();
        return new DeskStatsDto(projectId, from, to, rows.Count,
            By(rows, r => r.Type), By(rows, r => r.Category), By(rows, r => r.Channel), By(complaints, r => r.Severity),
            By(rows.Where(r => r.Department != ""), r => r.Department), days, sla, times,
            new Share(inquiries.Count(r => r.FirstContact), inquiries.Count, Rate(inquiries.Count(r => r.FirstContact), inquiries.Count)),
            new Share(complaints.Count(r => r.Repeat), complaints.Count, Rate(complaints.Count(r => r.Repeat), complaints.Count), RepeatTarget, AtMost: true),
            new Share(resolved.Count(r => r.ReopenCount > 0), resolved.Count, Rate(resolved.Count(r => r.ReopenCount > 0), resolved.Count)),
            rated.Count == 0 ? null : Math.Round(rated.Average(r => r.Rating!.Value), 2), rated.Count, week, visitStats);
    }

    /// <summary>Nearest-rank percentile of sorted values, in hours to one decimal.</summary>
    public static double? Percentile(IReadOnlyList<double> sorted, double p) =>
        sorted.Count == 0 ? null : Math.Round(sorted[Math.Clamp((int)Math.Ceiling(p * sorted.Count) - 1, 0, sorted.Count - 1)], 1);

    private static double? Rate(int n, int d) => d == 0 ? null : Math.Round((double)n / d, 4);

    private IQueryable<WorkOrder> Scope(int? projectId)
    {
        var q = desk.Orders().AsNoTracking().Where(o => o.MasterId == null);
        return projectId is int pid ? q.Where(o => o.ProjectId == pid) : q;
    }

    private async Task<ReportPeriod?> PeriodAsync(int? projectId, DateOnly? from, DateOnly? to, FieldErrors errors, CancellationToken ct)
    {
        if (await org.ZoneOfAsync(projectId, ct) is not { } zone)
        {
            errors.Add("projectId", "Err.NotFound", l["Field.Project"]);
            return null;
        }
        var period = ReportPeriod.Resolve(zone, from, to, clock.GetUtcNow().UtcDateTime);
        if (period is null) errors.Add("to", "Err.PeriodOrder");
        else if (period.To.DayNumber - period.From.DayNumber > 366) errors.Add("to", "Err.PeriodTooLong");
        return errors.Any ? null : period;
    }

    // ---------- 月度投诉统计分析 ----------

    /// <summary>
    /// The monthly complaint report (seed 003, due on the 25th) for a calendar month: a summary sheet whose figures
    /// are counts of the detail sheet's rows, and the detail, one row per complaint (merged duplicates counted once).
    /// </summary>
    public async Task<(byte[]? Xlsx, string FileName, FieldErrors Errors)> MonthlyReportAsync(int? projectId, string? month, CancellationToken ct = default)
    {
        var errors = new FieldErrors(l);
        if (!DateOnly.TryParseExact(month + "-01", "yyyy-MM-dd", out var first)) return (null, "", errors.Add("month", "Err.Month"));
        var period = await PeriodAsync(projectId, first, first.AddMonths(1).AddDays(-1), errors, ct);
        if (period is not var (zone, _, _)) return (null, "", errors);
        var (start, end) = (period.StartUtc, period.EndUtc);
        var now = clock.GetUtcNow().UtcDateTime;
        var rows = await (from o in Scope(projectId).Where(o => o.Type == WorkOrderType.Complaint && o.CreatedAt >= start && o.CreatedAt < end)
                                join p in db.Projects on o.ProjectId equals p.Id
                                orderby o.CreatedAt, o.Id
                                select new
                                {
                                    o.Id, o.Number, Project = p.Name, o.CreatedAt, o.Location, o.CustomerName, o.Category, o.Nature, o.Severity, o.AccusedDepartment,
                                    o.Description, o.Demand, o.Status, o.ResolvedAt, Repeat = o.RepeatOfId != null,
                                }).ToListAsync(ct);
        // The resolution clocks in a second query: as a subquery per complaint it took PostgreSQL most of a second.
        var ids = rows.Select(c => c.Id).ToList();
        var clocks = await db.WorkOrderDeadlines.AsNoTracking().Where(d => ids.Contains(d.WorkOrderId) && d.Target == SlaTarget.Resolution)
            .Select(d => new { d.WorkOrderId, d.DueAt, d.MetAt }).ToDictionaryAsync(d => d.WorkOrderId, ct);
        // On time: resolved by the resolution clock's due time; late once met late or past due; open and not yet due is neither.
        var complaints = rows.Select(c =>
        {
            var clock = clocks.GetValueOrDefault(c.Id);
            return new
            {
                c.Id, c.Number, c.Project, c.CreatedAt, c.Location, c.CustomerName, c.Category, c.Nature, c.Severity, c.AccusedDepartment,
                c.Description, c.Demand, c.Status, c.ResolvedAt, c.Repeat,
                OnTime = clock is null ? (bool?)null : clock.MetAt is DateTime met ? met <= clock.DueAt : now > clock.DueAt ? false : null,
            };
        }).ToList();
        var visitRows = await db.ReturnVisits.AsNoTracking().Where(v => ids.Contains(v.WorkOrderId) && v.DoneAt != null && v.Reason != VisitReason.Sample)
            .Select(v => new { v.WorkOrderId, v.DoneAt, v.Outcome }).ToListAsync(ct);
        var lastVisit = visitRows.GroupBy(v => v.WorkOrderId).ToDictionary(g => g.Key, g => g.OrderBy(v => v.DoneAt).Last().Outcome);
        string Local(DateTime? utc) => utc is DateTime u ? TimeZoneInfo.ConvertTimeFromUtc(u, zone).ToString("yyyy-MM-dd HH:mm") : "";

        using var wb = new XLWorkbook();
        var summary = wb.AddWorksheet("汇总");
        var detail = wb.AddWorksheet("明细");
        string[] headers = ["工单号", "项目", "受理时间", "位置", "客户", "类别", "性质", "级别", "被投诉部门", "投诉内容", "客户要求", "状态", "办结时间", "处理时长(小时)", "按时办结", "重复投诉", "回访结果"];
        for (var i = 0; i < headers.Length; i++) detail.Cell(1, i + 1).SetValue(headers[i]);
        detail.Row(1).Style.Font.Bold = true;
        var r = 2;
        foreach (var c in complaints)
        {
            var onTime = c.OnTime;
            object?[] values =
            [
                c.Number, c.Project, Local(c.CreatedAt), c.Location, c.CustomerName, l[$"Category.{c.Category}"].Value,
                c.Nature is { } n ? l[$"Nature.{n}"].Value : "", c.Severity is { } s ? l[$"Severity.{s}"].Value : "", c.AccusedDepartment,
                c.Description, c.Demand, l[$"Status.{c.Status}"].Value, Local(c.ResolvedAt),
                c.ResolvedAt is DateTime res ? Math.Round((res - c.CreatedAt).TotalHours, 1) : null,
                onTime is null ? "" : onTime.Value ? "是" : "否", c.Repeat ? "是" : "否",
                lastVisit.TryGetValue(c.Id, out var outcome) && outcome is { } vo ? l[$"VisitOutcome.{vo}"].Value : "",
            ];
            for (var i = 0; i < values.Length; i++)
            {
                var cell = detail.Cell(r, i + 1);
                if (values[i] is double d) cell.SetValue(d); else cell.SetValue(values[i]?.ToString() ?? "");
            }
            r++;
        }
        foreach (var (column, width) in new[] { (1, 16), (2, 12), (3, 17), (4, 12), (5, 10), (10, 40), (11, 24), (13, 17) }) detail.Column(column).Width = width;

        var projectName = projectId is int pid ? await db.Projects.Where(p => p.Id == pid).Select(p => p.Name).FirstAsync(ct) : "全部项目";
        var resolvedCount = complaints.Count(c => c.ResolvedAt is not null);
        var onTimeCount = complaints.Count(c => c.OnTime == true);
        var valid = complaints.Where(c => c.Nature == ComplaintNature.Valid).ToList();
        var visited = valid.Count(c => lastVisit.ContainsKey(c.Id));
        var satisfied = valid.Count(c => lastVisit.TryGetValue(c.Id, out var o) && o is VisitOutcome.Satisfied or VisitOutcome.BasicallySatisfied);
        var lines = new List<(string, object)>
        {
            ("月度投诉统计分析", $"{projectName} {first:yyyy年M月}"),
            ("统计口径", "当月受理的投诉工单；合并的重复工单按一次计（同一问题多次投诉作一次记录）"),
            ("投诉总数", complaints.Count),
        };
        foreach (var n in Enum.GetValues<ComplaintNature>()) lines.Add(($"性质：{l[$"Nature.{n}"]}", complaints.Count(c => c.Nature == n)));
        foreach (var s in Enum.GetValues<Severity>()) lines.Add(($"级别：{l[$"Severity.{s}"]}", complaints.Count(c => c.Severity == s)));
        foreach (var g in complaints.GroupBy(c => c.Category).OrderByDescending(g => g.Count())) lines.Add(($"类别：{l[$"Category.{g.Key}"]}", g.Count()));
        foreach (var g in complaints.Where(c => c.AccusedDepartment != "").GroupBy(c => c.AccusedDepartment).OrderByDescending(g => g.Count()))
            lines.Add(($"被投诉部门：{g.Key}", g.Count()));
        lines.Add(("已办结", resolvedCount));
        lines.Add(("按时办结", onTimeCount));
        lines.Add(("按时办结率", Percent(onTimeCount, complaints.Count(c => c.OnTime is not null))));
        lines.Add(("重复投诉", complaints.Count(c => c.Repeat)));
        lines.Add(("重复投诉率（目标 < 5%）", Percent(complaints.Count(c => c.Repeat), complaints.Count)));
        lines.Add(("有效投诉回访数", visited));
        lines.Add(("有效投诉回访率（目标 100%）", Percent(visited, valid.Count)));
        lines.Add(("回访满意（含基本满意）", satisfied));
        for (var i = 0; i < lines.Count; i++)
        {
            summary.Cell(i + 1, 1).SetValue(lines[i].Item1);
            if (lines[i].Item2 is int n) summary.Cell(i + 1, 2).SetValue(n); else summary.Cell(i + 1, 2).SetValue(lines[i].Item2.ToString());
        }
        summary.Column(1).Width = 32;
        summary.Column(2).Width = 40;
        summary.Cell(1, 1).Style.Font.Bold = true;
        using var ms = new MemoryStream();
        wb.SaveAs(ms);
        return (ms.ToArray(), $"月度投诉统计分析-{first:yyyy-MM}.xlsx", errors);
    }

    private static string Percent(int n, int d) => d == 0 ? "—" : $"{100.0 * n / d:0.0}%";
}
