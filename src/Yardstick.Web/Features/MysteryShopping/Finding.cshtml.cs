using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Yardstick.Web.Features.ServiceDesk;
using Yardstick.Web.Platform.Data;
using Yardstick.Web.Platform.Identity;

namespace Yardstick.Web.Features.MysteryShopping;

/// <summary>One finding: the fact, the plan (owner, date, action, expected effect), completion and verification, its history.</summary>
[Authorize(Policy = Policies.MsRead)]
public sealed class FindingModel(FindingService findings, AppDbContext db, ICurrentUser me, IStringLocalizer l) : PageModel
{
    public FindingDto Finding { get; private set; } = null!;
    public IReadOnlyList<(DateTime At, string By, FindingStatus? From, FindingStatus To, string? Note)> History { get; private set; } = [];
    public List<(int Id, string Name)> Staff { get; private set; } = [];
    public bool MayRectify => Policies.RolesByPolicy[Policies.MsRectify].Any(me.IsInRole);
    public bool MayVerify => Policies.RolesByPolicy[Policies.MsReview].Any(me.IsInRole);

    [BindProperty] public int? OwnerStaffId { get; set; }
    [BindProperty] public DateOnly? DueOn { get; set; }
    [BindProperty] public string? ActionText { get; set; }
    [BindProperty] public string? ExpectedEffect { get; set; }
    [BindProperty] public string? Note { get; set; }
    [BindProperty] public bool? Passed { get; set; }

    public async Task<IActionResult> OnGetAsync(long id, CancellationToken ct)
    {
        var f = await findings.FindingAsync(id, ct);
        if (f is null) return NotFound();
        Finding = f;
        History = await findings.HistoryAsync(id, ct);
        Staff = (await db.Staff.AsNoTracking().Where(s => s.ProjectId == f.ProjectId && s.IsActive).OrderBy(s => s.Name)
            .Select(s => new { s.Id, s.Name, s.Post }).ToListAsync(ct)).Select(s => (s.Id, $"{s.Name}（{l["Post." + s.Post]}）")).ToList();
        return Page();
    }

    public async Task<IActionResult> OnPostPlanAsync(long id, CancellationToken ct) => MayRectify
        ? this.Finish(await findings.PlanAsync(id, new PlanInput(OwnerStaffId, DueOn, ActionText, ExpectedEffect), ct), l["Ms.Plan"], $"/ms/findings/{id}", l)
        : Forbid();

    public async Task<IActionResult> OnPostCompleteAsync(long id, CancellationToken ct) => MayRectify
        ? this.Finish(await findings.CompleteAsync(id, new CompleteInput(Note), ct), l["Ms.Complete"], $"/ms/findings/{id}", l)
        : Forbid();

    public async Task<IActionResult> OnPostVerifyAsync(long id, CancellationToken ct) => MayVerify
        ? this.Finish(await findings.VerifyAsync(id, new VerifyInput(Passed, Note), ct), l["Ms.Verify"], $"/ms/findings/{id}", l)
        : Forbid();
}
