using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using Yardstick.Web.Features.ServiceDesk;
using Yardstick.Web.Platform.Identity;

namespace Yardstick.Web.Features.Surveys;

/// <summary>Quality control (seed 003): the 5 % phone re-verification of staff-collected forms, and decisions on flagged answers.</summary>
[Authorize(Policy = Policies.SurveysPlan)]
public sealed class ReviewModel(SurveyService surveys, IStringLocalizer l) : PageModel
{
    public CampaignHead Campaign { get; private set; } = null!;
    public List<ReviewItemDto> Audit { get; private set; } = [];
    public List<ReviewItemDto> Flagged { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken ct)
    {
        if (await surveys.CampaignHeadAsync(id, ct) is not { } campaign) return NotFound();
        Campaign = campaign;
        Audit = await surveys.ReviewItemsAsync(id, audit: true, ct);
        Flagged = await surveys.ReviewItemsAsync(id, audit: false, ct);
        return Page();
    }

    public async Task<IActionResult> OnPostDrawAsync(int id, CancellationToken ct)
    {
        var (sample, errors) = await surveys.DrawAuditSampleAsync(id, ct);
        if (sample is null && errors.All.ContainsKey("id")) return NotFound();
        if (sample is null) TempData["Error"] = errors.Summary;
        else TempData["Flash"] = l["Survey.Drawn", sample.Drawn, sample.Sampled].Value;
        return Redirect($"/surveys/{id}/review");
    }

    public async Task<IActionResult> OnPostAuditAsync(int id, long responseId, int? version, AuditState? result, string? note, CancellationToken ct) =>
        this.Finish(await surveys.AuditAsync(responseId, new AuditInput(result, note, version), ct), l["Survey.Audit"], $"/surveys/{id}/review#audit", l);

    public async Task<IActionResult> OnPostDecideAsync(int id, long responseId, int? version, FlagDecision? decision, string? note, CancellationToken ct) =>
        this.Finish(await surveys.DecideFlagAsync(responseId, new FlagDecisionInput(decision, note, version), ct), l["Survey.Flags"], $"/surveys/{id}/review#flagged", l);
}
