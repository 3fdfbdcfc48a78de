using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using Yardstick.Web.Features.ServiceDesk;
using Yardstick.Web.Platform.Data;
using Yardstick.Web.Platform.Identity;
using Yardstick.Web.Platform.Web;

namespace Yardstick.Web.Features.MysteryShopping;

/// <summary>神秘客户: programs and their waves; for the quality manager also models, scenarios, planning and shopper performance.</summary>
[Authorize(Policy = Policies.MsRead)]
public sealed class ProgramsModel(MsPlanning planning, MsReports reports, MsAccess access, ICurrentUser me, AppDbContext db, IStringLocalizer l) : PageModel
{
    public IReadOnlyList<ProgramDto> Programs { get; private set; } = [];
    public IReadOnlyList<ModelSummary> Models { get; private set; } = [];
    public IReadOnlyList<ScenarioDto> Scenarios { get; private set; } = [];
    public IReadOnlyList<ShopperPerformance> Performance { get; private set; } = [];
    public List<(int Id, string Name)> Projects { get; private set; } = [];
    public bool MayPlan => me.IsInRole(Roles.Admin) || me.IsInRole(Roles.QualityManager);
    public bool IsQuality => access.IsQuality;

    [BindProperty] public string? Name { get; set; }
    [BindProperty] public string? Client { get; set; }
    [BindProperty] public List<int> ProjectIds { get; set; } = [];
    [BindProperty] public int ProgramId { get; set; }
    [BindProperty] public DateOnly? StartsOn { get; set; }
    [BindProperty] public DateOnly? EndsOn { get; set; }
    [BindProperty] public int? ModelId { get; set; }
    [BindProperty] public List<int> ScenarioIds { get; set; } = [];
    [BindProperty] public int? Sample { get; set; }

    public async Task OnGetAsync(CancellationToken ct)
    {
        Programs = await planning.ProgramsAsync(ct);
        if (IsQuality)
        {
            Models = await planning.ModelsAsync(ct);
            Scenarios = await planning.ScenariosAsync(ct);
        }
        if (MayPlan)
        {
            Performance = await reports.ShopperPerformanceAsync(ct);
            Projects = db.Projects.OrderBy(p => p.Id).Select(p => new { p.Id, p.Name }).AsEnumerable().Select(p => (p.Id, p.Name)).ToList();
        }
    }

    public async Task<IActionResult> OnPostProgramAsync(CancellationToken ct)
    {
        if (!MayPlan) return Forbid();
        var (_, errors) = await planning.CreateProgramAsync(new ProgramInput(Name, Client, ProjectIds), ct);
        return this.Finish(errors.Any ? new DeskResult(DeskOutcome.Invalid, null, errors) : DeskResult.Ok, l["Ms.NewProgram"], "/ms", l);
    }

    public async Task<IActionResult> OnPostWaveAsync(CancellationToken ct)
    {
        if (!MayPlan) return Forbid();
        var (wave, errors) = await planning.AddWaveAsync(ProgramId, new WaveInput(Name, StartsOn, EndsOn, ModelId, ScenarioIds, Sample), ct);
        if (wave is not null) return this.Finish(DeskResult.Ok, l["Ms.NewWave"], $"/ms/waves/{wave.Id}", l);
        return this.Finish(errors.All.ContainsKey("id") ? DeskResult.NotFound : new DeskResult(DeskOutcome.Invalid, null, errors), l["Ms.NewWave"], "/ms", l);
    }
}
