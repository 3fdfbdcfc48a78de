using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using Yardstick.Insight;
using Yardstick.Web.Features.Insight;
using Yardstick.Web.Features.ServiceDesk;
using Yardstick.Web.Platform.Identity;

namespace Yardstick.Web.Features.Admin;

/// <summary>文本模型: train a candidate from the company's own data or a command-line model file, compare, switch, roll back.</summary>
[Authorize(Policy = Policies.Admin)]
[RequestSizeLimit(InsightModelService.MaximumUploadBytes + 1024 * 1024)]
public sealed class InsightModelsModel(InsightModelService models, IStringLocalizer l) : PageModel
{
    private const string Here = "/admin/insight-models";

    public IReadOnlyList<TaskModels> Tasks { get; private set; } = [];
    [BindProperty] public InsightTask? Task { get; set; }
    [BindProperty] public TrainingSource? Source { get; set; }
    [BindProperty] public string? TextColumn { get; set; } = "text";
    [BindProperty] public string? LabelColumn { get; set; } = "label";
    [BindProperty] public string? Labels { get; set; }
    [BindProperty] public IFormFile? Upload { get; set; }
    [BindProperty] public bool AcceptRedLoss { get; set; }

    public async Task OnGetAsync(CancellationToken ct) => Tasks = await models.ListAsync(ct);

    public async Task<IActionResult> OnPostTrainAsync(CancellationToken ct)
    {
        if (Upload is { Length: > InsightModelService.MaximumUploadBytes }) return Done(new(DeskOutcome.Invalid, null, models.TooLarge()), "Insight.Models.Train");
        await using var stream = Source == TrainingSource.Upload ? Upload?.OpenReadStream() : null;
        var (version, result) = await models.TrainAsync(new TrainInput(Task, Source, TextColumn, LabelColumn, Labels), stream, Upload?.FileName, ct);
        if (version is null) return Done(result, "Insight.Models.Train");
        TempData["Flash"] = l["Insight.Models.Queued", version.Id].Value;
        return Redirect(Here);
    }

    public async Task<IActionResult> OnPostUploadAsync(CancellationToken ct)
    {
        if (Upload is null) return Done(new(DeskOutcome.Invalid, null, models.Required("file", "Field.File")), "Insight.Models.Upload");
        if (Upload.Length > InsightModelService.MaximumUploadBytes) return Done(new(DeskOutcome.Invalid, null, models.TooLarge()), "Insight.Models.Upload");
        await using var stream = Upload.OpenReadStream();
        var (_, errors) = await models.UploadModelAsync(stream, Upload.FileName, ct);
        return Done(errors.Any ? new(DeskOutcome.Invalid, null, errors) : DeskResult.Ok, "Insight.Models.Upload");
    }

    public async Task<IActionResult> OnPostActivateAsync(int id, CancellationToken ct) => Done(await models.ActivateAsync(id, AcceptRedLoss, ct), "Insight.Models.Activate");

    public async Task<IActionResult> OnPostDeleteAsync(int id, CancellationToken ct) => Done(await models.DeleteAsync(id, ct), "Insight.Models.Delete");

    public async Task<IActionResult> OnPostRollbackAsync(CancellationToken ct) =>
        Task is InsightTask task ? Done(await models.RollbackAsync(task, ct), "Insight.Models.Rollback") : BadRequest();

    private IActionResult Done(DeskResult result, string what) => this.Finish(result, l[what], Here, l);
}
