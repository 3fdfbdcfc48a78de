using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Yardstick.Web.Platform.Identity;

namespace Yardstick.Web.Features.Surveys;

/// <summary>满意度调查: the campaigns of the caller's projects and the questionnaires.</summary>
[Authorize(Policy = Policies.SurveysRead)]
public sealed class CampaignsModel(SurveyService surveys, ICurrentUser me) : PageModel
{
    public List<CampaignSummary> Campaigns { get; private set; } = [];
    public List<TemplateSummary> Templates { get; private set; } = [];
    public bool MayPlan => SurveyService.MayPlan(me);

    public async Task OnGetAsync(CancellationToken ct)
    {
        Campaigns = await surveys.CampaignsAsync(ct);
        Templates = await surveys.TemplatesAsync(ct);
    }
}
