using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Yardstick.Web.Platform.Identity;
using Yardstick.Web.Platform.Web;

namespace Yardstick.Web.Features.Organization;

[Authorize(Policy = Policies.CustomersRead)]
public sealed class CustomersModel(OrganizationService org, ICurrentUser me) : PageModel
{
    [BindProperty(SupportsGet = true)] public int? ProjectId { get; set; }
    [BindProperty(SupportsGet = true)] public string? Q { get; set; }
    [BindProperty(SupportsGet = true, Name = "p")] public int? PageNumber { get; set; }
    public List<ProjectDto> Projects { get; private set; } = [];
    public Paged<CustomerDto> Result { get; private set; } = new([], 0, 1, 20);

    public string ProjectName(int id) => Projects.FirstOrDefault(p => p.Id == id)?.Name ?? "";

    public async Task OnGetAsync()
    {
        Projects = await org.ListProjectsAsync();
        Result = await org.ListCustomersAsync(ProjectId, Q, PageNumber, 20, me.CanSeeFullPhones());
    }
}
