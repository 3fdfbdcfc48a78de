using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Yardstick.Web.Features.ServiceDesk;
using Yardstick.Web.Platform.Data;
using Yardstick.Web.Platform.Identity;

namespace Yardstick.Web.Features.Surveys;

/// <summary>Staff enter a paper form or a phone interview through the same questions the owners see.</summary>
[Authorize(Policy = Policies.SurveysCollect)]
public sealed class EntryModel(SurveyService surveys, AppDbContext db, ICurrentUser me) : PageModel
{
    public CampaignHead Campaign { get; private set; } = null!;
    public Questionnaire Questionnaire { get; private set; } = null!;
    public List<(long Id, int ProjectId, string Label)> Households { get; private set; } = [];
    public List<(int Id, string Name)> Surveyors { get; private set; } = [];
    public int? MeId => me.UserId;
    [BindProperty(SupportsGet = true)] public string? Done { get; set; }

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken ct)
    {
        if (await surveys.CampaignHeadAsync(id, ct) is not { } campaign || await surveys.TemplateAsync(campaign.TemplateId, ct) is not { } template) return NotFound();
        Campaign = campaign;
        Questionnaire = template.Questionnaire;
        Households = (await db.SurveyInvitations.AsNoTracking().Where(i => i.CampaignId == id && i.RespondedAt == null)
                .OrderBy(i => i.ProjectId).ThenBy(i => i.UnitLabel).Select(i => new { i.Id, i.ProjectId, i.UnitLabel }).ToListAsync(ct))
            .Select(i => (i.Id, i.ProjectId, i.UnitLabel)).ToList();
        var ids = new HashSet<int>();
        foreach (var p in campaign.Projects)
            foreach (var role in new[] { Roles.ServiceAgent, Roles.ServiceSupervisor })
                ids.UnionWith(await ServiceDeskService.UsersInRoleAsync(db, role, p.ProjectId, ct));
        if (me.UserId is int self) ids.Add(self);
        Surveyors = (await db.Users.AsNoTracking().Where(u => ids.Contains(u.Id)).OrderBy(u => u.DisplayName).Select(u => new { u.Id, u.DisplayName }).ToListAsync(ct))
            .Select(u => (u.Id, u.DisplayName)).ToList();
        return Page();
    }
}
