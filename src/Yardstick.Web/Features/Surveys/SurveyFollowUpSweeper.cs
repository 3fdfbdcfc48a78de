using Microsoft.EntityFrameworkCore;
using Yardstick.Web.Platform.Background;
using Yardstick.Web.Platform.Data;
using Yardstick.Web.Platform.Identity;

namespace Yardstick.Web.Features.Surveys;

/// <summary>
/// Turns low survey scores into follow-up work orders a few seconds after they arrive (the response carries
/// <see cref="SurveyResponse.FollowUpDueAt"/>), once per cluster; a restart loses nothing.
/// </summary>
public sealed class SurveyFollowUpSweeper(IServiceScopeFactory scopes, IServiceProvider root, IConfiguration config, ILogger<SurveyFollowUpSweeper> log)
    : Sweeper(scopes, log)
{
    public const int Batch = 200;
    public override string Name => "survey-follow-ups";
    public override TimeSpan Interval => TimeSpan.FromSeconds(config.GetValue("Surveys:SweepSeconds", 5));

    protected override async Task<int> SweepAsync(AppDbContext db, CancellationToken ct)
    {
        var ids = await db.SurveyResponses.AsNoTracking().Where(r => r.FollowUpDueAt != null)
            .OrderBy(r => r.FollowUpDueAt).Select(r => r.Id).Take(Batch).ToListAsync(ct);
        foreach (var id in ids)
        {
            // One scope per response: one failing order does not take the others' with it.
            using var scope = root.CreateScope();
            scope.ServiceProvider.GetRequiredService<CurrentUser>().AsSystem();
            await scope.ServiceProvider.GetRequiredService<SurveyService>().FollowUpAsync(id, ct);
        }
        return ids.Count;
    }
}
