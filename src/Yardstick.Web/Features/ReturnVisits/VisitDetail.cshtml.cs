using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Yardstick.Web.Features.ServiceDesk;
using Yardstick.Web.Platform.Data;
using Yardstick.Web.Platform.Identity;

namespace Yardstick.Web.Features.ReturnVisits;

/// <summary>One visit task: the order it follows, the visit form with the signature pad, the decision after an unsatisfied visit.</summary>
[Authorize(Policy = Policies.ReturnVisitsRead)]
public sealed class VisitDetailModel(ReturnVisitService visits, AppDbContext db, Insight.InsightService insight, ICurrentUser me, IStringLocalizer l) : PageModel
{
    public VisitDto Visit { get; private set; } = null!;
    /// <summary>What text insight read in the customer's remark.</summary>
    public Insight.InsightAlertDto? Insight { get; private set; }
    public List<(int Id, string Name)> Assignees { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(long id, CancellationToken ct)
    {
        if (await visits.GetAsync(id, ct) is not { } visit) return NotFound();
        Visit = visit;
        if (Policies.RolesByPolicy[Policies.InsightRead].Any(me.IsInRole))
            Insight = await insight.OfAsync(Features.Insight.TextInsight.VisitSource, id, ct);
        if (visit.Actions.Contains("assign"))
        {
            var ids = new List<int>();
            foreach (var role in new[] { Roles.ServiceAgent, Roles.ServiceSupervisor, Roles.ProjectManager })
                ids.AddRange(await ServiceDeskService.UsersInRoleAsync(db, role, visit.ProjectId, ct));
            Assignees = (await db.Users.AsNoTracking().Where(u => ids.Contains(u.Id)).OrderBy(u => u.DisplayName).Select(u => new { u.Id, u.DisplayName }).ToListAsync(ct))
                .Select(u => (u.Id, u.DisplayName)).ToList();
        }
        return Page();
    }

    public async Task<IActionResult> OnPostCompleteAsync(long id, int? version, VisitMethod? method, VisitOutcome? outcome, int? qualityScore, int? timelinessScore,
        int? attitudeScore, string? comment, string? signature, CancellationToken ct) =>
        Done(id, await visits.CompleteAsync(id, new CompleteVisitInput(version, method, outcome, qualityScore, timelinessScore, attitudeScore, comment,
            string.IsNullOrEmpty(signature) ? null : signature), ct), l["Visit.Record"]);

    public async Task<IActionResult> OnPostDecideAsync(long id, int? version, VisitDecision? decision, string? note, CancellationToken ct) =>
        Done(id, await visits.DecideAsync(id, new DecideVisitInput(version, decision, note), ct), l["Field.Decision"]);

    public async Task<IActionResult> OnPostAssignAsync(long id, int? version, int? assigneeId, CancellationToken ct) =>
        Done(id, await visits.AssignAsync(id, new AssignVisitInput(version, assigneeId), ct), l["Visit.Assign"]);

    private IActionResult Done(long id, DeskResult result, string what) => this.Finish(result, what, $"/return-visits/{id}", l);
}
