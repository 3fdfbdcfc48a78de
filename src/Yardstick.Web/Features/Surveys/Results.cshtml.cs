using System.Text.Json;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using Yardstick.Web.Platform.Identity;

namespace Yardstick.Web.Features.Surveys;

/// <summary>The results: headline measures against the previous campaign, sections and questions, league, buildings, Kano/IPA, comments.</summary>
[Authorize(Policy = Policies.SurveysRead)]
public sealed class ResultsModel(SurveyService surveys, SurveyResults results, IStringLocalizer l) : PageModel
{
    public CampaignHead Campaign { get; private set; } = null!;
    public SurveyResultsDto Results { get; private set; } = null!;
    public List<CommentDto> Comments { get; private set; } = [];
    public Insight.TextSummary CommentSummary { get; private set; } = Insight.TextSummary.Of([]);
    public string ChartData { get; private set; } = "{}";
    [BindProperty(SupportsGet = true)] public int? ProjectId { get; set; }

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken ct)
    {
        if (await surveys.CampaignHeadAsync(id, ct) is not { } campaign) return NotFound();
        Campaign = campaign;
        var (r, errors) = await results.ResultsAsync(id, ProjectId, ct);
        if (r is null)
        {
            if (!errors.Any) return NotFound();
            TempData["Error"] = errors.Summary;
            return Redirect($"/surveys/{id}/results");
        }
        Results = r;
        Comments = await results.CommentsAsync(id, ProjectId, 300, ct) ?? [];
        CommentSummary = Insight.TextSummary.Of(Comments.Select(c => (c.Text, c.Polarity ?? "")).ToList(), 20);
        var likert = r.Questions.Where(q => q.Type == QuestionType.Likert5 && q.Answers > 0).ToList();
        ChartData = JsonSerializer.Serialize(new
        {
            labels = new
            {
                score = l["Survey.Score"].Value, previous = r.Previous?.Name ?? "", current = campaign.Name,
                likert = Enumerable.Range(1, 5).Reverse().Select(v => l[$"Survey.Likert.{LikertAnswers.Keys[v]}"].Value).ToArray(),
                importance = l["Survey.Importance"].Value, performance = l["Survey.Performance"].Value,
            },
            sections = r.Comparison.Select(s => new { name = s.Title, score = Round(s.Score), previous = Round(s.PreviousScore) }),
            questions = likert.Select(q => q.Text),
            distribution = Enumerable.Range(1, 5).Reverse().Select(v => likert.Select(q => q.Answers == 0 ? 0 : Math.Round(100.0 * q.Distribution[v.ToString()] / q.Answers, 1))),
            nps = r.Questions.FirstOrDefault(q => q.Type == QuestionType.Nps)?.Distribution.Values,
            ipa = r.Ipa.Select(p => new { name = p.Title, value = new[] { Round(p.Performance), Round(p.Importance) } }),
        }, new JsonSerializerOptions(JsonSerializerDefaults.Web));
        return Page();
    }

    private static double? Round(double? v) => v is null ? null : Math.Round(v.Value, 1);
}
