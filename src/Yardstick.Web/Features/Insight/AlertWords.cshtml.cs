using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using Yardstick.Insight;
using Yardstick.Web.Features.ServiceDesk;
using Yardstick.Web.Platform.Identity;
using Yardstick.Web.Platform.Web;

namespace Yardstick.Web.Features.Insight;

/// <summary>预警词: the quality department's own words for red and yellow, with a box to try a text against them.</summary>
[Authorize(Policy = Policies.InsightRules)]
public sealed class AlertWordsModel(AlertWordService words, TextAnalyzer analyzer, IStringLocalizer l) : PageModel
{
    private const string Here = "/insight/alert-words";

    public sealed class Form
    {
        public string? Phrase { get; set; }
        public string? Level { get; set; } = InsightLabels.Red;
        public string? Note { get; set; }
    }

    [BindProperty] public Form Input { get; set; } = new();
    [BindProperty] public string? Sample { get; set; }
    public List<AlertWordDto> Words { get; private set; } = [];
    public AnalysisResult? Tried { get; private set; }

    public async Task OnGetAsync(CancellationToken ct) => Words = await words.ListAsync(ct);

    public async Task<IActionResult> OnPostAddAsync(CancellationToken ct)
    {
        var (added, result) = await words.AddAsync(new AlertWordInput(Input.Phrase, Input.Level, Input.Note), ct);
        if (added is null)
        {
            // The form comes back as typed, with the reason beside the field.
            if (result.Errors is { } errors) errors.CopyTo(ModelState);
            else ModelState.AddModelError("", result.Message ?? "");
            Words = await words.ListAsync(ct);
            return Page();
        }
        var reach = added.Reach;
        TempData["Flash"] = l["Insight.Words.Added", added.Word.Phrase, l[$"Insight.Alert.{added.Word.Level}"], reach.Days, reach.TextsRead, reach.Containing, reach.Raised].Value;
        return Redirect(Here);
    }

    public async Task<IActionResult> OnPostUpdateAsync(int id, string? level, string? note, CancellationToken ct) =>
        this.Finish((await words.UpdateAsync(id, new AlertWordChange(level, note), ct)).Result, l["Insight.Words.Save"], Here, l);

    public async Task<IActionResult> OnPostApplyAsync(int id, CancellationToken ct)
    {
        var (applied, result) = await words.ApplyAsync(id, ct);
        if (applied is null) return this.Finish(result, l["Insight.Words.Apply", AlertWordService.ReachDays], Here, l);
        TempData["Flash"] = l["Insight.Words.Applied", applied.Days, applied.Raised].Value;
        return Redirect(Here);
    }

    public async Task<IActionResult> OnPostDeleteAsync(int id, CancellationToken ct) =>
        this.Finish(await words.DeleteAsync(id, ct), l["Insight.Words.Delete"], Here, l);

    /// <summary>Reads the sample with the words as they serve now; nothing is stored.</summary>
    public async Task<IActionResult> OnPostTryAsync(CancellationToken ct)
    {
        Words = await words.ListAsync(ct);
        if (string.IsNullOrWhiteSpace(Sample)) ModelState.AddModelError(nameof(Sample), l["Err.Required", l["Insight.Words.Sample"]]);
        else if (Sample.Length > InsightService.MaxTextLength) ModelState.AddModelError(nameof(Sample), l["Insight.TextTooLong", InsightService.MaxTextLength]);
        else Tried = analyzer.Analyze(Sample);
        return Page();
    }
}
