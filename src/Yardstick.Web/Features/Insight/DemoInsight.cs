using Microsoft.EntityFrameworkCore;
using Yardstick.Insight;
using Yardstick.Web.Features.ReturnVisits;
using Yardstick.Web.Features.ServiceDesk;
using Yardstick.Web.Platform.Data;
using Yardstick.Web.Platform.Identity;
using Yardstick.Web.Platform.Localization;
using Yardstick.Web.Platform.Notifications;

namespace Yardstick.Web.Features.Insight;

/// <summary>
/// The demo orders and the customers' remarks at their return visits read as if each had been analysed when it
/// arrived, so the board, keywords, group alerts and the visits' summary have history, and the supervisors' bell holds
/// the last week's red alerts and group complaints.
/// </summary>
public static class DemoInsight
{
    /// <summary>How far back the demo's supervisors have been told of red alerts and group complaints.</summary>
    public const int NoticeDays = 7;

    public static async Task<int> SeedAsync(AppDbContext db, TextAnalyzer analyzer, InsightService insight, DateTime nowUtc, CancellationToken ct = default)
    {
        if (await db.TextInsights.IgnoreQueryFilters().AnyAsync(ct)) return 0;
        var orders = await db.WorkOrders.IgnoreQueryFilters().AsNoTracking().OrderBy(o => o.Id).ToListAsync(ct);
        var read = orders.Select(o => (Order: o, Result: analyzer.Analyze(o.Description))).ToList();
        db.TextInsights.AddRange(read.Select(r => InsightService.ForWorkOrder(r.Order, r.Result, r.Order.CreatedAt)));
        var buildings = orders.ToDictionary(o => o.Id, o => o.BuildingId);
        var remarks = await db.ReturnVisits.IgnoreQueryFilters().AsNoTracking()
            .Where(v => v.DoneAt != null && v.Comment != "" && v.Method != VisitMethod.Letter).OrderBy(v => v.Id).ToListAsync(ct);
        var heard = remarks.Select(v => (Visit: v, Result: analyzer.Analyze(v.Comment))).ToList();
        db.TextInsights.AddRange(heard.Select(r => InsightService.Stored(r.Result, r.Visit.ProjectId, TextInsight.VisitSource, r.Visit.Id,
            buildings.GetValueOrDefault(r.Visit.WorkOrderId), r.Visit.Comment, null, r.Visit.DoneAt!.Value)));
        // A red remark holds its visit for a decision, as ReturnVisitService does when a visit is recorded.
        var redVisits = heard.Where(r => r.Result.Alert.Level == InsightLabels.Red).Select(r => r.Visit.Id).ToList();
        await db.ReturnVisits.IgnoreQueryFilters().Where(v => redVisits.Contains(v.Id) && v.Decision == null)
            .ExecuteUpdateAsync(u => u.SetProperty(v => v.RedRemark, true), ct);
        db.TextInsights.AddRange(orders.Where(o => o.RatingComment != "" && o.RatedAt is not null).Select(o => InsightService.Stored(
            analyzer.Analyze(o.RatingComment), o.ProjectId, TextInsight.RatingSource, o.Id, o.BuildingId, o.RatingComment, null, o.RatedAt!.Value)));
        await db.SaveChangesAsync(ct);

        // The bell lists notices newest first by when they were written, so they are written in the order they were sent.
        var since = nowUtc.AddDays(-NoticeDays);
        var l = JsonStringLocalizer.Instance;
        var notices = read.Where(r => r.Result.Alert.Level == InsightLabels.Red && r.Order.CreatedAt >= since)
            .Select(r => new Notice(r.Order.ProjectId, r.Order.CreatedAt, InsightService.RedNoticeTitle(r.Result.Alert.Reasons, r.Order.Number, l),
                InsightService.Truncate(r.Order.Description, 120), $"/work-orders/{r.Order.Id}")).ToList();
        var numbers = orders.ToDictionary(o => o.Id, o => o.Number);
        notices.AddRange(heard.Where(r => r.Result.Alert.Level == InsightLabels.Red && r.Visit.DoneAt >= since)
            .Select(r => new Notice(r.Visit.ProjectId, r.Visit.DoneAt!.Value, InsightService.RedNoticeTitle(r.Result.Alert.Reasons, numbers[r.Visit.WorkOrderId], l),
                InsightService.Truncate(r.Visit.Comment, 120), ReturnVisitService.Link(r.Visit))));
        var rule = insight.GroupRule;
        var (groups, _) = await insight.GroupAlertsAsync(null, NoticeDays, rule.MinTexts, (int)rule.Window.TotalHours, ct);
        var projects = await db.Projects.IgnoreQueryFilters().ToDictionaryAsync(p => p.Id, p => p.Name, ct);
        notices.AddRange(groups!.Where(g => g.Reason == "many").Select(g => new Notice(g.ProjectId, g.To,
            InsightService.GroupNoticeTitle(projects[g.ProjectId], g.Building, g.Category, l),
            InsightService.GroupNoticeBody(g.Items.MaxBy(i => i.CreatedAt)!.Text, rule, l), InsightService.GroupNoticeLink(g.ProjectId))));
        foreach (var n in notices.OrderBy(n => n.At))
            // Demo projects have no WeCom robot, so nothing is queued to post; notices older than a day have been read.
            foreach (var user in await ServiceDeskService.UsersInRoleAsync(db, Roles.ServiceSupervisor, n.ProjectId, ct))
            {
                var note = new Notification
                {
                    UserId = user, ProjectId = n.ProjectId, Link = n.Link, CreatedAt = n.At, ReadAt = n.At < nowUtc.AddDays(-1) ? n.At.AddHours(1) : null,
                };
                note.SetText(n.Title, n.Body);
                db.Notifications.Add(note);
            }
        await db.SaveChangesAsync(ct);
        return orders.Count + heard.Count;
    }

    private sealed record Notice(int ProjectId, DateTime At, LocalText Title, LocalText Body, string Link);

    /// <summary>
    /// Two alert words of the demo company's quality department, added after the demo texts were read (as words apply to
    /// texts read from then on): a hydrant blocked by cartons is red, an expired inspection at least yellow.
    /// </summary>
    public static async Task SeedWordsAsync(AppDbContext db, DateTime nowUtc, CancellationToken ct = default)
    {
        if (await db.InsightAlertWords.AnyAsync(ct)) return;
        var quality = await db.Users.Where(u => u.UserName == "quality").Select(u => u.Id).FirstOrDefaultAsync(ct);
        db.InsightAlertWords.AddRange(
            new InsightAlertWord { Phrase = "消防栓*纸箱", Level = InsightLabels.Red, Note = "消防设施被杂物挡住，一律红色", CreatedById = quality, CreatedAt = nowUtc },
            new InsightAlertWord { Phrase = "年检*过期", Level = InsightLabels.Yellow, Note = "电梯、消防设施年检过期，至少黄色", CreatedById = quality, CreatedAt = nowUtc });
        await db.SaveChangesAsync(ct);
    }
}
