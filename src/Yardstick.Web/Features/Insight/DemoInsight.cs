using Microsoft.EntityFrameworkCore;
using Yardstick.Insight;
using Yardstick.Web.Platform.Data;

namespace Yardstick.Web.Features.Insight;

/// <summary>The demo orders read as if each had been analysed when it arrived, so the board, keywords and group alerts have history.</summary>
public static class DemoInsight
{
    public static async Task<int> SeedAsync(AppDbContext db, TextAnalyzer analyzer, CancellationToken ct = default)
    {
        if (await db.TextInsights.IgnoreQueryFilters().AnyAsync(ct)) return 0;
        var orders = await db.WorkOrders.IgnoreQueryFilters().AsNoTracking().OrderBy(o => o.Id).ToListAsync(ct);
        db.TextInsights.AddRange(orders.Select(o => InsightService.ForWorkOrder(o, analyzer.Analyze(o.Description), o.CreatedAt)));
        await db.SaveChangesAsync(ct);
        return orders.Count;
    }
}
