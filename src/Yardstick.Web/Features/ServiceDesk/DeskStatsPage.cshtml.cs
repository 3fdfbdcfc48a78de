using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using Yardstick.Web.Features.Organization;
using Yardstick.Web.Platform.Identity;

namespace Yardstick.Web.Features.ServiceDesk;

/// <summary>客服统计: where service falls short, for a project and period, as KPIs and charts.</summary>
[Authorize(Policy = Policies.ServiceDeskStats)]
public sealed class DeskStatsPageModel(DeskStats stats, OrganizationService org, Insight.InsightService insight, IStringLocalizer l) : PageModel
{
    [Microsoft.AspNetCore.Mvc.BindProperty(SupportsGet = true)] public int? ProjectId { get; set; }
    [Microsoft.AspNetCore.Mvc.BindProperty(SupportsGet = true)] public DateOnly? From { get; set; }
    [Microsoft.AspNetCore.Mvc.BindProperty(SupportsGet = true)] public DateOnly? To { get; set; }

    public List<ProjectDto> Projects { get; private set; } = [];
    public DeskStatsDto? Stats { get; private set; }
    /// <summary>What customers wrote with their ratings of the period's orders: feeling and keywords.</summary>
    public Insight.TextSummary? RatingComments { get; private set; }
    public string? Error { get; private set; }

    public async Task OnGetAsync(CancellationToken ct)
    {
        Projects = await org.ListProjectsAsync(ct);
        var (result, errors) = await stats.ComputeAsync(ProjectId, From, To, ct);
        Stats = result;
        Error = errors.Any ? errors.Summary : null;
        // Owners' words, even summed up, are for the roles that read alerts: not a client viewer.
        if (result is not null && Policies.RolesByPolicy[Policies.InsightRead].Any(User.IsInRole))
            RatingComments = await insight.RatingSummaryAsync(ProjectId, result.From, result.To, ct);
    }

    /// <summary>Everything the charts draw, with labels in the user's language.</summary>
    public object Charts()
    {
        var s = Stats!;
        List<object> Named(IReadOnlyDictionary<string, int> values, string prefix) =>
            values.Select(v => (object)new { name = prefix == "" ? (v.Key == "" ? "—" : v.Key) : l[$"{prefix}.{v.Key}"].Value, value = v.Value }).ToList();
        double? Pct(double? rate) => rate is double r ? Math.Round(r * 100, 1) : null;
        return new
        {
            days = s.ByDay.Select(d => d.Day.ToString("MM-dd")),
            perDay = s.ByDay.Select(d => d.Count),
            byType = Named(s.ByType, "OrderType"),
            byChannel = Named(s.ByChannel, "Channel"),
            byCategory = Named(s.ByCategory, "Category"),
            bySeverity = Named(s.BySeverity, "Severity"),
            byDepartment = Named(s.ByDepartment, ""),
            sla = new { names = s.Sla.Select(x => l[$"SlaTarget.{x.Target}"].Value), values = s.Sla.Select(x => Pct(x.Rate)) },
            times = new
            {
                names = s.ResolutionTimes.Select(x => l[$"Priority.{x.Priority}"].Value),
                median = s.ResolutionTimes.Select(x => x.MedianHours),
                p90 = s.ResolutionTimes.Select(x => x.P90Hours),
            },
            visits = new
            {
                names = new[] { l["Stats.ComplaintVisits"].Value, l["Stats.RepairVisits"].Value, l["Stats.HomeSigned"].Value, l["Stats.PhoneLetter"].Value, l["Stats.VisitOnTime"].Value },
                values = new[] { s.Visits.ComplaintVisitRate, s.Visits.RepairVisitRate, s.Visits.HomeSignedShare, s.Visits.PhoneLetterShareOfYear, s.Visits.OnTimeRate }.Select(r => Pct(r.Value)),
                targets = new[] { s.Visits.ComplaintVisitRate, s.Visits.RepairVisitRate, s.Visits.HomeSignedShare, s.Visits.PhoneLetterShareOfYear, s.Visits.OnTimeRate }.Select(r => Pct(r.Target)),
            },
            labels = new
            {
                orders = l["Stats.Orders"].Value, share = l["Stats.WithinSla"].Value, median = l["Stats.Median"].Value, p90 = l["Stats.P90"].Value,
                hours = l["Stats.Hours"].Value, rate = l["Stats.Rate"].Value, target = l["Stats.Target"].Value,
            },
        };
    }

    public static string Pct(double? rate) => rate is double r ? $"{r * 100:0.#}%" : "—";
}
