using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Yardstick.Web.Features.Organization;

namespace Yardstick.Web.Features.Admin;

/// <summary>Admin only, by the /Admin folder convention.</summary>
public sealed class UsersModel(UserAdmin admin, OrganizationService org) : PageModel
{
    [BindProperty(SupportsGet = true)] public string? Q { get; set; }
    public List<UserDto> Items { get; private set; } = [];
    private Dictionary<int, string> _projects = [];

    public string ProjectName(int id) => _projects.GetValueOrDefault(id, "#" + id);

    public async Task OnGetAsync()
    {
        Items = await admin.ListAsync(Q);
        _projects = (await org.ListProjectsAsync()).ToDictionary(p => p.Id, p => p.Name);
    }
}
