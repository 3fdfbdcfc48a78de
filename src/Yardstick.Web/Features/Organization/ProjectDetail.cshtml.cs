using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using Yardstick.Web.Platform.Identity;
using Yardstick.Web.Platform.Web;

namespace Yardstick.Web.Features.Organization;

public sealed class ProjectDetailModel(OrganizationService org, IAuthorizationService auth, IStringLocalizer l) : PageModel
{
    [BindProperty(SupportsGet = true)] public int Id { get; set; }
    [BindProperty(SupportsGet = true)] public int? BuildingId { get; set; }
    [BindProperty(SupportsGet = true)] public string? Q { get; set; }
    [BindProperty(SupportsGet = true, Name = "p")] public int? PageNumber { get; set; }

    public ProjectDto Project { get; private set; } = null!;
    public List<BuildingDto> Buildings { get; private set; } = [];
    public Paged<UnitDto> Units { get; private set; } = new([], 0, 1, 50);

    public async Task<IActionResult> OnGetAsync() => await LoadAsync() ? Page() : NotFound();

    private async Task<bool> LoadAsync()
    {
        if (await org.GetProjectAsync(Id) is not { } p) return false;
        Project = p;
        Buildings = await org.ListBuildingsAsync(Id);
        Units = await org.ListUnitsAsync(Id, BuildingId, Q, PageNumber, 50);
        return true;
    }

    public Task<IActionResult> OnPostBuildingAsync(string? code, string? name, int? floors) =>
        Mutate(async () => (await org.AddBuildingAsync(Id, new BuildingInput(code, name, floors))).Errors, l["Building.Added"]);

    public Task<IActionResult> OnPostUnitAsync(int? buildingId, int? entrance, string? room, double? floorArea) =>
        Mutate(async () => (await org.AddUnitAsync(Id, new UnitInput(buildingId, entrance, room, null, floorArea, false))).Errors, l["Unit.Added"]);

    public Task<IActionResult> OnPostGenerateAsync(int? buildingId, int? entrances, int? floors, int? unitsPerFloor, double? floorArea)
    {
        var created = 0;
        return Mutate(async () =>
        {
            var (n, errors) = await org.GenerateUnitsAsync(Id, new UnitBatchInput(buildingId, entrances, floors, unitsPerFloor, floorArea));
            created = n;
            return errors;
        }, () => l["Unit.Generated", created]);
    }

    private Task<IActionResult> Mutate(Func<Task<FieldErrors>> action, string message) => Mutate(action, () => message);

    /// <summary>Checks scope and role, runs the change, and either redirects with a message or shows the errors.</summary>
    private async Task<IActionResult> Mutate(Func<Task<FieldErrors>> action, Func<string> message)
    {
        if (await org.GetProjectAsync(Id) is null) return NotFound();
        if (!(await auth.AuthorizeAsync(User, Policies.StructureWrite)).Succeeded) return Forbid();
        if (ModelState.HasBindingErrors(l))
        {
            await LoadAsync();
            return Page();
        }
        var errors = await action();
        if (errors.Any)
        {
            errors.CopyTo(ModelState, "");
            await LoadAsync();
            return Page();
        }
        TempData["Flash"] = message();
        return Redirect($"/projects/{Id}");
    }
}
