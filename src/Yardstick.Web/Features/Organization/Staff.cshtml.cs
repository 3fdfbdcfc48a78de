using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using Yardstick.Web.Platform.Identity;
using Yardstick.Web.Platform.Web;

namespace Yardstick.Web.Features.Organization;

[Authorize(Policy = Policies.StaffRead)]
public sealed class StaffModel(OrganizationService org, ICurrentUser me, IAuthorizationService auth, IStringLocalizer l) : PageModel
{
    [BindProperty(SupportsGet = true)] public int? ProjectId { get; set; }
    [BindProperty(SupportsGet = true)] public StaffPost? Post { get; set; }
    [BindProperty(SupportsGet = true)] public string? Q { get; set; }
    [BindProperty(SupportsGet = true, Name = "p")] public int? PageNumber { get; set; }
    public List<ProjectDto> Projects { get; private set; } = [];
    public Paged<StaffDto> Result { get; private set; } = new([], 0, 1, 20);

    public async Task OnGetAsync()
    {
        Projects = await org.ListProjectsAsync();
        Result = await org.ListStaffAsync(ProjectId, Post, Q, PageNumber, 20, me.CanSeeFullPhones());
    }

    public async Task<IActionResult> OnPostAsync(int? projectId, string? name, StaffPost? post, string? department, string? phone)
    {
        if (!(await auth.AuthorizeAsync(User, Policies.StaffWrite)).Succeeded) return Forbid();
        var (staff, errors) = ModelState.HasBindingErrors(l)
            ? (null, new FieldErrors(l).Add("post", "Err.Format"))
            : await org.AddStaffAsync(new StaffInput(projectId, name, post, department, phone, null));
        if (errors.Any)
        {
            errors.CopyTo(ModelState, "");
            await OnGetAsync();
            return Page();
        }
        TempData["Flash"] = l["Staff.Added", staff!.Name].Value;
        return Redirect($"/staff?projectId={staff.ProjectId}");
    }
}
