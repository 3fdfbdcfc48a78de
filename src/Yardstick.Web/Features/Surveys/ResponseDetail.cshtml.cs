using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Yardstick.Web.Platform.Identity;

namespace Yardstick.Web.Features.Surveys;

/// <summary>One household's answers with its flags, audit, follow-up order and every state change.</summary>
[Authorize(Policy = Policies.SurveysCollect)]
public sealed class ResponseDetailModel(SurveyService surveys) : PageModel
{
    public ResponseDto Answer { get; private set; } = null!;
    public Questionnaire Questionnaire { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(long id, CancellationToken ct)
    {
        if (await surveys.ResponseAsync(id, ct) is not { } response || await surveys.CampaignHeadAsync(response.CampaignId, ct) is not { } campaign) return NotFound();
        Answer = response;
        Questionnaire = (await surveys.TemplateAsync(campaign.TemplateId, ct))!.Questionnaire;
        return Page();
    }
}
