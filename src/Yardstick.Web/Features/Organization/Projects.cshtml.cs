using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Yardstick.Web.Features.Organization;

public sealed class ProjectsModel(OrganizationService org) : PageModel
{
    public List<ProjectDto> Items { get; private set; } = [];
    public async Task OnGetAsync() => Items = await org.ListProjectsAsync();
}
