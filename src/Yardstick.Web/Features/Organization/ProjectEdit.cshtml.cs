using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using Yardstick.Web.Platform.Identity;
using Yardstick.Web.Platform.Web;

namespace Yardstick.Web.Features.Organization;

[Authorize(Policy = Policies.ProjectsWrite)]
public sealed class ProjectEditModel(OrganizationService org, IStringLocalizer l) : PageModel
{
    public sealed class Form
    {
        public string? Name { get; set; }
        public string? Code { get; set; }
        public ProjectType? Type { get; set; }
        public string? Address { get; set; }
        public string? TimeZone { get; set; } = "Asia/Shanghai";
        public double? Latitude { get; set; }
        public double? Longitude { get; set; }
        public int? GeofenceRadiusMeters { get; set; } = 300;
        public string? WeComWebhookUrl { get; set; }
        public bool IsActive { get; set; } = true;
        public int? Version { get; set; }
    }

    [BindProperty(SupportsGet = true)] public int? Id { get; set; }
    [BindProperty] public Form Input { get; set; } = new();

    public async Task<IActionResult> OnGetAsync()
    {
        if (Id is null) return Page();
        var p = await org.GetProjectAsync(Id.Value);
        if (p is null) return NotFound();
        Input = new Form
        {
            Name = p.Name, Code = p.Code, Type = p.Type, Address = p.Address, TimeZone = p.TimeZone, Latitude = p.Latitude,
            Longitude = p.Longitude, GeofenceRadiusMeters = p.GeofenceRadiusMeters, WeComWebhookUrl = p.WeComWebhookUrl,
            IsActive = p.IsActive, Version = p.Version,
        };
        return Page();
    }

    public async Task<IActionResult> OnPostAsync()
    {
        if (ModelState.HasBindingErrors(l)) return Page();
        var input = new ProjectInput(Input.Name, Input.Code, Input.Type, Input.Address, Input.TimeZone, Input.Latitude, Input.Longitude,
            Input.GeofenceRadiusMeters, Input.IsActive, Input.WeComWebhookUrl, Input.Version);
        var (project, errors) = await org.SaveProjectAsync(Id, input);
        if (project is null) return NotFound();
        if (errors.Any)
        {
            errors.CopyTo(ModelState);
            return Page();
        }
        TempData["Flash"] = l["Common.Saved"].Value;
        return Redirect($"/projects/{project.Id}");
    }
}
