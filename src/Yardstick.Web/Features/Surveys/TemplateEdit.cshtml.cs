using System.Text.Json;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Yardstick.Web.Platform.Identity;

namespace Yardstick.Web.Features.Surveys;

/// <summary>
/// The questionnaire editor: starts from a version and saves the next version of it (or, as a copy, a new questionnaire).
/// The page script builds the form and posts the questionnaire to the API, which checks it and answers in Chinese.
/// </summary>
[Authorize(Policy = Policies.SurveysPlan)]
public sealed class TemplateEditModel(SurveyService surveys) : PageModel
{
    public TemplateDto Template { get; private set; } = null!;
    [BindProperty(SupportsGet = true)] public bool Copy { get; set; }
    public string Definition { get; private set; } = "{}";

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken ct)
    {
        if (await surveys.TemplateAsync(id, ct) is not { } template) return NotFound();
        Template = template;
        Definition = JsonSerializer.Serialize(template.Questionnaire, Questionnaire.Json);
        return Page();
    }
}
