using Microsoft.EntityFrameworkCore;
using Yardstick.Insight;
using Yardstick.Web.Features.ReturnVisits;
using Yardstick.Web.Platform.Data;

namespace Yardstick.Web.Features.Insight;

/// <summary>
/// The demo orders and the customers' remarks at their return visits read as if each had been analysed when it
/// arrived, so the board, keywords, group alerts and the visits' summary have history.
/// </summary>
public static class DemoInsight
{
    public static async Task<int> SeedAsync(AppDbContext db, TextAnalyzer analyzer, CancellationToken ct = default)
    {
        if (await db.TextInsights.IgnoreQueryFilters().AnyAsync(ct)) return 0;
        var orders = await db.WorkOrders.IgnoreQueryFilters().AsNoTracking().OrderBy(o => o.Id).ToListAsync(ct);
        db.TextInsights.AddRange(orders.Select(o => InsightService.ForWorkOrder(o, analyzer.Analyze(o.Description), o.CreatedAt)));
        var buildings = orders.ToDictionary(o => o.Id, o => o.BuildingId);
        var remarks = await db.ReturnVisits.IgnoreQueryFilters().AsNoTracking()
            .Where(v => v.DoneAt != null && v.Comment != "" && v.Method != VisitMethod.Letter).OrderBy(v => v.Id).ToListAsync(ct);
        db.TextInsights.AddRange(remarks.Select(v => InsightService.Stored(analyzer.Analyze(v.Comment), v.ProjectId, TextInsight.VisitSource, v.Id,
            buildings.GetValueOrDefault(v.WorkOrderId), v.Comment, null, v.DoneAt!.Value)));
        await db.SaveChangesAsync(ct);
        return orders.Count + remarks.Count;
    }

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
