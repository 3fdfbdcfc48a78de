using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using Yardstick.Web.Features.Organization;
using Yardstick.Web.Platform.Identity;
using Yardstick.Web.Platform.Web;

namespace Yardstick.Web.Features.Surveys;

/// <summary>调查策划: a new campaign; seed 003's targets (distribution 100 %, recovery 85 %) are the defaults.</summary>
[Authorize(Policy = Policies.SurveysPlan)]
public sealed class CampaignNewModel(SurveyService surveys, OrganizationService org, IStringLocalizer l) : PageModel
{
    public sealed class CampaignForm
    {
        public string? Name { get; set; }
        public int? TemplateId { get; set; }
        public List<int> ProjectIds { get; set; } = [];
        public DateOnly? OpensOn { get; set; }
        public DateOnly? ClosesOn { get; set; }
        public List<SurveyChannel> Channels { get; set; } = [SurveyChannel.Link, SurveyChannel.Paper, SurveyChannel.Phone];
        public SamplingMode Sampling { get; set; } = SamplingMode.All;
        public double? SamplePercent { get; set; }
        public int? SampleSize { get; set; }
        public int? ExcludeSurveyedWithinDays { get; set; } = 90;
        public double DistributionTarget { get; set; } = 100;
        public double RecoveryTarget { get; set; } = 85;
    }

    [BindProperty] public CampaignForm Input { get; set; } = new();
    public List<ProjectDto> Projects { get; private set; } = [];
    public List<TemplateSummary> Templates { get; private set; } = [];

    private async Task LoadAsync(CancellationToken ct)
    {
        Projects = (await org.ListProjectsAsync(ct)).Where(p => p.IsActive).ToList();
        Templates = await surveys.TemplatesAsync(ct);
    }

    public async Task OnGetAsync(CancellationToken ct)
    {
        await LoadAsync(ct);
        Input.TemplateId = Templates.FirstOrDefault(t => t.Key == StandardQuestionnaire.Key)?.Id;
        Input.OpensOn = surveys.Today.AddDays(7);
        Input.ClosesOn = surveys.Today.AddDays(28);
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (ModelState.HasBindingErrors(l))
        {
            await LoadAsync(ct);
            return Page();
        }
        var (campaign, errors) = await surveys.CreateCampaignAsync(new CampaignInput(Input.Name, Input.TemplateId, Input.ProjectIds, Input.OpensOn, Input.ClosesOn,
            Input.Channels, Input.Sampling, Input.SamplePercent / 100, Input.SampleSize, null, Input.ExcludeSurveyedWithinDays,
            Input.DistributionTarget, Input.RecoveryTarget), ct);
        if (campaign is null)
        {
            errors.CopyTo(ModelState);
            if (errors.All.ContainsKey("sampleRatio")) ModelState.AddModelError("Input.SamplePercent", string.Join(" ", errors.All["sampleRatio"]));
            await LoadAsync(ct);
            return Page();
        }
        TempData["Flash"] = l["Survey.Planned.Done", campaign.Name].Value;
        return Redirect($"/surveys/{campaign.Id}");
    }
}
