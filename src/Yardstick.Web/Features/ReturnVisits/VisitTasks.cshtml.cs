using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using Yardstick.Web.Features.Organization;
using Yardstick.Web.Platform.Calendar;
using Yardstick.Web.Platform.Identity;
using Yardstick.Web.Platform.Web;

namespace Yardstick.Web.Features.ReturnVisits;

/// <summary>回访任务: mine, due, overdue, pending, done and waiting for a decision; open letters and the monthly spot-check.</summary>
[Authorize(Policy = Policies.ReturnVisitsRead)]
public sealed class VisitTasksModel(
    ReturnVisitService visits, OrganizationService org, Insight.InsightService insight, ICurrentUser me, TimeProvider clock, IStringLocalizer l) : PageModel
{
    public static readonly string[] Tabs = ["mine", "due", "overdue", "pending", "decide", "done"];

    [BindProperty(SupportsGet = true)] public string Tab { get; set; } = "";
    [BindProperty(SupportsGet = true)] public int? ProjectId { get; set; }
    [BindProperty(SupportsGet = true, Name = "p")] public int? PageNumber { get; set; }

    public List<ProjectDto> Projects { get; private set; } = [];
    public Paged<VisitListItem> Result { get; private set; } = new([], 0, 1, 20);
    public bool CanVisit => Policies.RolesByPolicy[Policies.ReturnVisitsWrite].Any(me.IsInRole);
    public bool CanSample => Policies.RolesByPolicy[Policies.ReturnVisitPlan].Any(me.IsInRole);
    public string LastMonth { get; private set; } = "";

    /// <summary>On the done tab: how the owners' remarks of the latest visits read.</summary>
    public Insight.TextSummary? Remarks { get; private set; }

    public async Task OnGetAsync(CancellationToken ct)
    {
        if (!Tabs.Contains(Tab)) Tab = CanVisit ? "mine" : "due";
        Projects = await org.ListProjectsAsync(ct);
        var (status, mine, decide) = Tab switch
        {
            "mine" => ((VisitStatus?)null, true, false),
            "due" => (VisitStatus.Due, false, false),
            "overdue" => (VisitStatus.Overdue, false, false),
            "pending" => (VisitStatus.Pending, false, false),
            "decide" => (null, false, true),
            _ => (VisitStatus.Done, false, false),
        };
        // "Mine" lists what is open for me to do now: due first, then overdue.
        Result = Tab == "mine"
            ? await MineAsync(ct)
            : await visits.ListAsync(new VisitFilter(ProjectId, status, null, decide ? true : null, Page: PageNumber, PageSize: 20), ct);
        if (Tab == "done") Remarks = await insight.SummaryAsync(Insight.TextInsight.VisitSource, ProjectId, 500, ct);
        var today = ReportPeriod.Today(BusinessCalendar.FindZone(Project.DefaultTimeZone), clock.GetUtcNow().UtcDateTime);
        LastMonth = today.AddMonths(-1).ToString("yyyy-MM");
    }

    private async Task<Paged<VisitListItem>> MineAsync(CancellationToken ct)
    {
        var due = await visits.ListAsync(new VisitFilter(ProjectId, VisitStatus.Due, true, PageSize: Paging.MaxSize), ct);
        var overdue = await visits.ListAsync(new VisitFilter(ProjectId, VisitStatus.Overdue, true, PageSize: Paging.MaxSize), ct);
        var items = overdue.Items.Concat(due.Items).ToList();
        return new Paged<VisitListItem>(items, items.Count, 1, Math.Max(items.Count, 1));
    }

    public async Task<IActionResult> OnPostLetterAsync(int? projectId, string? title, string? body, VisitOutcome? outcome, List<long>? visitIds, CancellationToken ct)
    {
        if (!CanVisit) return Forbid();
        var (letter, errors) = await visits.SendLetterAsync(new OpenLetterInput(projectId, title, body, visitIds, outcome), ct);
        if (letter is null) TempData["Error"] = errors.Summary;
        else TempData["Flash"] = l["Visit.LetterSent", visitIds!.Count].Value;
        return Redirect($"/return-visits?tab={Tab}&projectId={projectId}");
    }

    public async Task<IActionResult> OnPostSampleAsync(int? projectId, string? month, CancellationToken ct)
    {
        if (!CanSample) return Forbid();
        var (result, errors) = await visits.SampleAsync(new SampleInput(projectId, month), ct);
        if (result is null) TempData["Error"] = errors.Summary;
        else TempData["Flash"] = l[result.Existing ? "Visit.SampleExisting" : "Visit.SampleDrawn", month!, result.Repairs, result.Households, result.Size].Value;
        return Redirect($"/return-visits?tab=due&projectId={projectId}");
    }

    public string ProjectName(int id) => Projects.FirstOrDefault(p => p.Id == id)?.Name ?? "";

    /// <summary>Why a visit waits for a decision, as its badge and the decision form's title say: an unsatisfied customer, or else words that read as a red alert.</summary>
    public static (string Badge, string Css, string Title) DecisionWording(VisitOutcome? outcome, bool redRemark) =>
        redRemark && outcome != VisitOutcome.Unsatisfied
            ? ("Visit.RedNeedsDecision", "text-bg-danger", "Visit.DecideTitleRed")
            : ("Visit.NeedsDecision", "text-bg-warning", "Visit.DecideTitle");

    public static string StatusClass(VisitStatus s) => s switch
    {
        VisitStatus.Due => "text-bg-primary",
        VisitStatus.Overdue => "text-bg-danger",
        VisitStatus.Pending => "text-bg-light border",
        VisitStatus.Done => "text-bg-success",
        _ => "text-bg-secondary",
    };
}
