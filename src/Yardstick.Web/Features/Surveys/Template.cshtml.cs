using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Yardstick.Web.Platform.Identity;

namespace Yardstick.Web.Features.Surveys;

/// <summary>A questionnaire version as the owner sees it, with its section weights and what is frozen.</summary>
[Authorize(Policy = Policies.SurveysRead)]
public sealed class TemplateModel(SurveyService surveys) : PageModel
{
    public TemplateDto Template { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken ct)
    {
        if (await surveys.TemplateAsync(id, ct) is not { } template) return NotFound();
        Template = template;
        return Page();
    }
}
