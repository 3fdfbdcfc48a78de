using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using Yardstick.Web.Platform.Identity;
using Yardstick.Web.Platform.Web;

namespace Yardstick.Web.Features.Surveys;

/// <summary>One campaign: the plan, launching and closing it, recovery by project, building and surveyor, the households still to answer.</summary>
[Authorize(Policy = Policies.SurveysRead)]
public sealed class CampaignModel(SurveyService surveys, ICurrentUser me, IStringLocalizer l) : PageModel
{
    public CampaignDto Campaign { get; private set; } = null!;
    public Paged<InvitationDto>? Pending { get; private set; }
    [BindProperty(SupportsGet = true)] public int? P { get; set; }
    [BindProperty(SupportsGet = true)] public int? SurveyorId { get; set; }
    public bool MayPlan => SurveyService.MayPlan(me);
    public bool MayCollect => Policies.RolesByPolicy[Policies.SurveysCollect].Any(me.IsInRole);

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken ct)
    {
        if (await surveys.CampaignAsync(id, ct) is not { } campaign) return NotFound();
        Campaign = campaign;
        if (MayCollect && campaign.Status != CampaignStatus.Draft)
            Pending = await surveys.InvitationsAsync(id, new InvitationQuery(null, null, SurveyorId, false, P, 50), null, ct);
        return Page();
    }

    public async Task<IActionResult> OnPostLaunchAsync(int id, CancellationToken ct) =>
        !MayPlan ? Forbid() : Finish(id, await surveys.LaunchAsync(id, ct), "Survey.Launched");

    public async Task<IActionResult> OnPostCloseAsync(int id, CancellationToken ct) =>
        !MayPlan ? Forbid() : Finish(id, await surveys.CloseAsync(id, ct), "Survey.ClosedDone");

    public async Task<IActionResult> OnPostNotDeliveredAsync(int id, long invitationId, string? reason, CancellationToken ct) =>
        !MayCollect ? Forbid() : Finish(id, await surveys.SetNotDeliveredAsync(invitationId, reason, ct), "Common.Saved");

    private IActionResult Finish(int id, FieldErrors errors, string done)
    {
        if (errors.All.ContainsKey("id") && errors.All.Count == 1) return NotFound();
        if (errors.Any) TempData["Error"] = errors.Summary;
        else TempData["Flash"] = l[done].Value;
        return Redirect($"/surveys/{id}");
    }
}
