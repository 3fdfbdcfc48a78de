using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Yardstick.Web.Features.Organization;
using Yardstick.Web.Platform.Identity;

namespace Yardstick.Web.Features.ServiceDesk;

/// <summary>超时/升级看板: what is late or about to be, for the supervisor's morning round.</summary>
[Authorize(Policy = Policies.ServiceDeskWrite)]
public sealed class OverdueModel(ServiceDeskService desk, OrganizationService org, TimeProvider clock) : PageModel
{
    [BindProperty(SupportsGet = true)] public int? ProjectId { get; set; }
    public List<ProjectDto> Projects { get; private set; } = [];
    public List<BoardRow> Rows { get; private set; } = [];
    public DateTime Now { get; private set; }

    public async Task OnGetAsync(CancellationToken ct)
    {
        Now = clock.GetUtcNow().UtcDateTime;
        Projects = await org.ListProjectsAsync(ct);
        Rows = await desk.BoardAsync(ProjectId, ct);
    }

    public string ProjectName(int id) => Projects.FirstOrDefault(p => p.Id == id)?.Name ?? "";
}
