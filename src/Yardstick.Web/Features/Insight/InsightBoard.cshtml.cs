using System.Text.Json;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Yardstick.Insight;
using Yardstick.Web.Features.Organization;
using Yardstick.Web.Platform.Identity;

namespace Yardstick.Web.Features.Insight;

/// <summary>情绪预警: for one period, red and yellow alerts with their reasons, the group alerts that ended in it, and what owners talked about.</summary>
[Authorize(Policy = Policies.InsightRead)]
public sealed class InsightBoardModel(InsightService insight, OrganizationService org) : PageModel
{
    [BindProperty(SupportsGet = true)] public int? ProjectId { get; set; }
    [BindProperty(SupportsGet = true)] public string? Level { get; set; }
    [BindProperty(SupportsGet = true)] public DateOnly? From { get; set; }
    [BindProperty(SupportsGet = true)] public DateOnly? To { get; set; }
    /// <summary>Only the alerts whose work order is not yet resolved: what a supervisor still has to see to.</summary>
    [BindProperty(SupportsGet = true)] public bool? Open { get; set; }

    public List<ProjectDto> Projects { get; private set; } = [];
    public List<InsightAlertDto> Alerts { get; private set; } = [];
    public List<GroupAlertDto> GroupAlerts { get; private set; } = [];
    public KeywordsDto? Keywords { get; private set; }
    public List<WeekTrend> Trend { get; private set; } = [];
    public Dictionary<int, string> ProjectNames { get; private set; } = [];
    public string? Error { get; private set; }

    public GroupAlertOptions GroupRule => insight.GroupRule;

    public async Task OnGetAsync(CancellationToken ct)
    {
        Projects = await org.ListProjectsAsync(ct);
        ProjectNames = Projects.ToDictionary(p => p.Id, p => p.Name);
        var (alerts, errors) = await insight.AlertsAsync(new AlertFilter(ProjectId, string.IsNullOrEmpty(Level) ? null : Level, From, To, Open == true), 200, 500, ct);
        var (groups, groupErrors) = await insight.GroupAlertsInPeriodAsync(ProjectId, From, To, ct);
        var (keywords, keywordErrors) = await insight.PeriodKeywordsAsync(ProjectId, From, To, 20, ct);
        var (trend, _) = await insight.TrendAsync(ProjectId, InsightService.TrendWeeks, ct);
        Trend = trend ?? [];
        Alerts = alerts ?? [];
        GroupAlerts = groups ?? [];
        Keywords = keywords;
        var all = new[] { errors, groupErrors, keywordErrors }.Where(e => e.Any).Select(e => e.Summary).Distinct();
        Error = all.Any() ? string.Join(" ", all) : null;
    }

    /// <summary>The workbook of what the board shows: the same project, level and resolved period, empty filters left out.</summary>
    public string ExportUrl() => Microsoft.AspNetCore.WebUtilities.QueryHelpers.AddQueryString("/api/insight/alerts.xlsx",
        new Dictionary<string, string?>
        {
            ["projectId"] = ProjectId?.ToString(), ["level"] = string.IsNullOrEmpty(Level) ? null : Level,
            ["from"] = Keywords?.From.ToString("yyyy-MM-dd"), ["to"] = Keywords?.To.ToString("yyyy-MM-dd"),
            ["open"] = Open == true ? "true" : null,
        }.Where(p => p.Value is not null));

    /// <summary>The trend chart's data: weeks by their Monday, counts per level and the negative share in per cent.</summary>
    public string TrendChart() => JsonSerializer.Serialize(new
    {
        weeks = Trend.Select(w => w.Week.ToString("MM-dd")),
        red = Trend.Select(w => w.Red), yellow = Trend.Select(w => w.Yellow), blue = Trend.Select(w => w.Blue),
        negative = Trend.Select(w => w.NegativeShare is double d ? Math.Round(d * 100, 1) : (double?)null),
    });

    /// <summary>The keyword chart's data, most frequent at the top.</summary>
    public string KeywordChart() => JsonSerializer.Serialize(new
    {
        terms = Keywords?.Keywords.Select(k => k.Term).Reverse(),
        counts = Keywords?.Keywords.Select(k => k.Count).Reverse(),
        previous = Keywords?.Keywords.Select(k => k.PreviousCount).Reverse(),
    });
}
