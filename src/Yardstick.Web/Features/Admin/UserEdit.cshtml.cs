using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using Yardstick.Web.Features.Organization;
using Yardstick.Web.Platform.Web;

namespace Yardstick.Web.Features.Admin;

/// <summary>Admin only, by the /Admin folder convention.</summary>
public sealed class UserEditModel(UserAdmin admin, OrganizationService org, IStringLocalizer l) : PageModel
{
    public sealed class Form
    {
        public string? UserName { get; set; }
        public string? Password { get; set; }
        public string? DisplayName { get; set; }
        public string? Phone { get; set; }
        public List<string> Roles { get; set; } = [];
        public bool AllProjects { get; set; }
        public List<int> ProjectIds { get; set; } = [];
        public string? ShopperAlias { get; set; }
        public bool IsActive { get; set; } = true;
    }

    [BindProperty(SupportsGet = true)] public int? Id { get; set; }
    [BindProperty] public Form Input { get; set; } = new();
    [BindProperty] public string? NewPassword { get; set; }
    public List<ProjectDto> Projects { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync()
    {
        Projects = await org.ListProjectsAsync();
        if (Id is null) return Page();
        var u = await admin.GetAsync(Id.Value);
        if (u is null) return NotFound();
        Input = new Form
        {
            UserName = u.UserName, DisplayName = u.DisplayName, Phone = u.Phone, Roles = u.Roles.ToList(), AllProjects = u.AllProjects,
            ProjectIds = u.ProjectIds.ToList(), ShopperAlias = u.ShopperAlias, IsActive = u.IsActive,
        };
        return Page();
    }

    public async Task<IActionResult> OnPostAsync()
    {
        Projects = await org.ListProjectsAsync();
        if (ModelState.HasBindingErrors(l)) return Page();
        var (user, errors) = await admin.SaveAsync(Id, new UserInput(Input.UserName, Input.DisplayName, Input.Phone, null, Input.Password,
            Input.Roles, Input.AllProjects, Input.ProjectIds, Input.ShopperAlias, Input.IsActive));
        if (errors.Any)
        {
            errors.CopyTo(ModelState);
            return Page();
        }
        if (user is null) return NotFound();
        TempData["Flash"] = l["Common.Saved"].Value;
        return Redirect("/admin/users");
    }

    public async Task<IActionResult> OnPostResetAsync()
    {
        if (Id is null) return NotFound();
        var errors = await admin.ResetPasswordAsync(Id.Value, NewPassword);
        if (errors is null) return NotFound();
        if (errors.Any)
        {
            errors.CopyTo(ModelState, "");
            foreach (var (_, messages) in errors.All) foreach (var m in messages) ModelState.AddModelError(nameof(NewPassword), m);
            return await OnGetAsync();
        }
        TempData["Flash"] = l["User.PasswordReset"].Value;
        return Redirect($"/admin/users/{Id}");
    }
}
