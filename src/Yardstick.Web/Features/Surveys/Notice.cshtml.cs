using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Yardstick.Web.Platform.Identity;

namespace Yardstick.Web.Features.Surveys;

/// <summary>Seed 003: 在所需调查的梯间公告栏张贴告示并电话提前通知业主 — the notice for the lift-lobby boards.</summary>
[Authorize(Policy = Policies.SurveysCollect)]
public sealed class NoticeModel(SurveyService surveys) : PageModel
{
    public CampaignHead Campaign { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken ct)
    {
        if (await surveys.CampaignHeadAsync(id, ct) is not { } campaign) return NotFound();
        Campaign = campaign;
        return Page();
    }
}
