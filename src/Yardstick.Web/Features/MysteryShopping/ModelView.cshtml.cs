using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using Yardstick.Web.Features.ServiceDesk;
using Yardstick.Web.Platform.Identity;

namespace Yardstick.Web.Features.MysteryShopping;

/// <summary>A scoring model version: its dimensions, items and grades; publish a draft, or copy it into a new draft.</summary>
[Authorize(Policy = Policies.MsReview)]
public sealed class ModelViewModel(MsPlanning planning, ICurrentUser me, IStringLocalizer l) : PageModel
{
    public ModelDto Model { get; private set; } = null!;
    public bool MayPlan => me.IsInRole(Roles.Admin) || me.IsInRole(Roles.QualityManager);
    [BindProperty] public string? Key { get; set; }
    [BindProperty] public string? Name { get; set; }

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken ct)
    {
        var model = await planning.ModelAsync(id, ct);
        if (model is null) return NotFound();
        Model = model;
        return Page();
    }

    public async Task<IActionResult> OnPostPublishAsync(int id, CancellationToken ct) =>
        MayPlan ? this.Finish(await planning.PublishModelAsync(id, ct), l["Ms.Publish"], $"/ms/models/{id}", l) : Forbid();

    public async Task<IActionResult> OnPostCopyAsync(int id, CancellationToken ct)
    {
        if (!MayPlan) return Forbid();
        var source = await planning.ModelAsync(id, ct);
        if (source is null) return NotFound();
        var (copy, errors) = await planning.SaveModelAsync(new ModelInput(Key, Name, source.Model.PropertyType, source.Definition), ct);
        return copy is not null
            ? this.Finish(DeskResult.Ok, l["Ms.Copy"], $"/ms/models/{copy.Id}", l)
            : this.Finish(new DeskResult(DeskOutcome.Invalid, null, errors), l["Ms.Copy"], $"/ms/models/{id}", l);
    }
}
