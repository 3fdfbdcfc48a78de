using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Yardstick.Web.Features.Organization;
using Yardstick.Web.Features.ServiceDesk;
using Yardstick.Web.Platform.Calendar;
using Yardstick.Web.Platform.Data;
using Yardstick.Web.Platform.Identity;

namespace Yardstick.Web.Features.MysteryShopping;

/// <summary>A wave: its summary (league table, dimensions, posts, most-failed items, trend), its visits, and assigning them.</summary>
[Authorize(Policy = Policies.MsRead)]
public sealed class WaveModel(MsReports reports, MsPlanning planning, MsFieldwork fieldwork, ICurrentUser me, IStringLocalizer l) : PageModel
{
    public WaveSummary Summary { get; private set; } = null!;
    public IReadOnlyList<TaskDto> Tasks { get; private set; } = [];
    public IReadOnlyList<(int Id, string Label)> Shoppers { get; private set; } = [];
    public List<ScenarioDto> Scenarios { get; private set; } = [];
    public List<ProjectRef> Projects { get; private set; } = [];
    public bool MayPlan => me.IsInRole(Roles.Admin) || me.IsInRole(Roles.QualityManager);

    [BindProperty] public int? ProjectId { get; set; }
    [BindProperty] public int? ScenarioId { get; set; }
    [BindProperty] public int? ShopperId { get; set; }
    [BindProperty] public DateTime? WindowStart { get; set; }
    [BindProperty] public DateTime? WindowEnd { get; set; }

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken ct)
    {
        var summary = await reports.WaveSummaryAsync(id, ct);
        if (summary is null) return NotFound();
        Summary = summary;
        Tasks = (await fieldwork.TasksAsync(new TaskQuery(id, null, null, null, 1, 200), ct)).Items;
        if (MayPlan)
        {
            Shoppers = await planning.ShoppersAsync(ct);
            Scenarios = (await planning.ScenariosAsync(ct)).Where(s => summary.Wave.ScenarioIds.Contains(s.Id)).ToList();
            Projects = (await planning.ProgramAsync(summary.Wave.ProgramId, ct))?.Projects.ToList() ?? [];
        }
        return Page();
    }

    public async Task<IActionResult> OnPostCancelAsync(int id, long taskId, string? reason, CancellationToken ct)
    {
        if (!MayPlan) return Forbid();
        // The task must belong to this wave; another wave's id is not found here.
        var inWave = (await fieldwork.TaskAsync(taskId, ct))?.WaveId == id;
        return this.Finish(inWave ? await planning.CancelTaskAsync(taskId, reason, ct) : DeskResult.NotFound, l["Ms.CancelTask"], $"/ms/waves/{id}", l);
    }

    public async Task<IActionResult> OnPostAssignAsync(int id, CancellationToken ct)
    {
        if (!MayPlan) return Forbid();
        // The form's times are the project's local time (China).
        var zone = BusinessCalendar.FindZone(Project.DefaultTimeZone);
        DateTimeOffset? Local(DateTime? t) => t is DateTime v ? new DateTimeOffset(v, zone.GetUtcOffset(v)) : null;
        var (task, warnings, errors) = await planning.AddTaskAsync(id, new TaskInput(ProjectId, ScenarioId, ShopperId, Local(WindowStart), Local(WindowEnd)), ct);
        if (task is not null && warnings.Count > 0) TempData["Warning"] = string.Join(" ", warnings);
        return this.Finish(task is not null ? DeskResult.Ok : errors.All.ContainsKey("id") ? DeskResult.NotFound : new DeskResult(DeskOutcome.Invalid, null, errors),
            l["Ms.Assign"], $"/ms/waves/{id}", l);
    }
}
