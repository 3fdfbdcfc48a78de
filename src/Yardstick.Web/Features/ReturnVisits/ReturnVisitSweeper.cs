using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Yardstick.Web.Features.Organization;
using Yardstick.Web.Features.ServiceDesk;
using Yardstick.Web.Platform.Background;
using Yardstick.Web.Platform.Calendar;
using Yardstick.Web.Platform.Data;
using Yardstick.Web.Platform.Identity;

namespace Yardstick.Web.Features.ReturnVisits;

/// <summary>
/// Closes resolved orders that need no visit once their reply is recorded and the configured days have passed,
/// and draws each project's repair spot-check sample for the month just ended (once, whatever the number of nodes).
/// </summary>
public sealed class ReturnVisitSweeper(IServiceScopeFactory scopes, IServiceProvider root, TimeProvider clock, IConfiguration config,
    IOptions<ReturnVisitOptions> options, ILogger<ReturnVisitSweeper> log) : Sweeper(scopes, log)
{
    public const int Batch = 200;
    public override string Name => "return-visits";
    public override TimeSpan Interval => TimeSpan.FromSeconds(config.GetValue("ReturnVisits:SweepSeconds", 60));

    protected override async Task<int> SweepAsync(AppDbContext db, CancellationToken ct)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        return await AutoCloseAsync(db, now, ct) + await SampleLastMonthAsync(db, now, ct);
    }

    private async Task<int> AutoCloseAsync(AppDbContext db, DateTime now, CancellationToken ct)
    {
        var cutoff = now.AddDays(-options.Value.AutoCloseDays);
        var ids = await db.WorkOrders.AsNoTracking()
            .Where(o => o.Status == WorkOrderStatus.Resolved && o.ResolvedAt <= cutoff && o.ReplyAt >= o.ResolvedAt
                        && !db.ReturnVisits.Any(v => v.WorkOrderId == o.Id && v.Reason != VisitReason.Sample
                                                     && ((v.DoneAt == null && v.CancelledAt == null)
                                                         || ((v.Outcome == VisitOutcome.Unsatisfied || v.RedRemark) && v.Decision == null))))
            .OrderBy(o => o.ResolvedAt).Select(o => o.Id).Take(Batch).ToListAsync(ct);
        if (ids.Count == 0) return 0;
        // Closing goes through the service desk's rules, as the system user.
        using var scope = root.CreateScope();
        scope.ServiceProvider.GetRequiredService<CurrentUser>().AsSystem();
        var desk = scope.ServiceProvider.GetRequiredService<ServiceDeskService>();
        var note = Platform.Localization.JsonStringLocalizer.Instance["Desk.AutoClosed", options.Value.AutoCloseDays].Value;
        var closed = 0;
        foreach (var id in ids)
            if ((await desk.ActAsync(id, WorkOrderAction.Close, new WorkOrderActionInput(Note: note), ct)).Outcome == DeskOutcome.Ok)
                closed++;
        return closed;
    }

    private async Task<int> SampleLastMonthAsync(AppDbContext db, DateTime now, CancellationToken ct)
    {
        var drawn = 0;
        foreach (var project in await db.Projects.AsNoTracking().Select(p => new { p.Id, p.TimeZone }).ToListAsync(ct))
        {
            var zone = BusinessCalendar.FindZone(project.TimeZone);
            var today = ReportPeriod.Today(zone, now);
            var first = new DateOnly(today.Year, today.Month, 1).AddMonths(-1);
            var month = new ReportPeriod(zone, first, first.AddMonths(1).AddDays(-1));
            await using var tx = await db.Database.BeginTransactionAsync(ct);
            if (await Counters.NextAsync(db, $"visit-sample:{project.Id}:{first:yyyyMM}", ct) != 1) continue;
            drawn += (await ReturnVisitService.DrawSampleAsync(db, project.Id, first, month.StartUtc, month.EndUtc, now, options.Value, ct)).Size;
            await tx.CommitAsync(ct);
        }
        return drawn;
    }
}
