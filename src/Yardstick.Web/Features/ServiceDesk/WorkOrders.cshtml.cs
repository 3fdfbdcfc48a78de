using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Yardstick.Web.Features.Organization;
using Yardstick.Web.Platform.Identity;
using Yardstick.Web.Platform.Web;

namespace Yardstick.Web.Features.ServiceDesk;

[Authorize(Policy = Policies.ServiceDeskRead)]
public sealed class WorkOrdersModel(ServiceDeskService desk, OrganizationService org, TimeProvider clock) : PageModel
{
    [BindProperty(SupportsGet = true)] public int? ProjectId { get; set; }
    [BindProperty(SupportsGet = true)] public WorkOrderType? Type { get; set; }
    [BindProperty(SupportsGet = true)] public WorkOrderStatus? Status { get; set; }
    [BindProperty(SupportsGet = true)] public Category? Category { get; set; }
    [BindProperty(SupportsGet = true)] public bool? Overdue { get; set; }
    [BindProperty(SupportsGet = true)] public bool? Open { get; set; }
    [BindProperty(SupportsGet = true)] public bool? Mine { get; set; }
    [BindProperty(SupportsGet = true)] public string? Q { get; set; }
    [BindProperty(SupportsGet = true, Name = "p")] public int? PageNumber { get; set; }

    public List<ProjectDto> Projects { get; private set; } = [];
    public Paged<WorkOrderListItem> Result { get; private set; } = new([], 0, 1, 20);
    public DateTime Now { get; private set; }

    public async Task OnGetAsync()
    {
        // A technician's list is their own work, open first.
        if (!ServiceDeskService.SeesAllOrders(HttpContext.RequestServices.GetRequiredService<ICurrentUser>()))
            Mine ??= true;
        Now = clock.GetUtcNow().UtcDateTime;
        Projects = await org.ListProjectsAsync();
        Result = await desk.ListAsync(new WorkOrderFilter(ProjectId, Type, Status, Category, null, Overdue, Open, Mine, Q, PageNumber, 20));
    }

    public string ProjectName(int id) => Projects.FirstOrDefault(p => p.Id == id)?.Name ?? "";
}
