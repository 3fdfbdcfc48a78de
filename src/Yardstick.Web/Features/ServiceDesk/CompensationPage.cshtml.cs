using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using Yardstick.Web.Platform.Identity;
using Yardstick.Web.Platform.Web;

namespace Yardstick.Web.Features.ServiceDesk;

/// <summary>补偿方案库 and the approvals waiting for the current user.</summary>
[Authorize(Policy = Policies.ServiceDeskWrite)]
public sealed class CompensationPageModel(CompensationService comp, ICurrentUser me, IStringLocalizer l) : PageModel
{
    [BindProperty(SupportsGet = true)] public CompensationStatus? Status { get; set; } = CompensationStatus.Pending;
    public List<OptionDto> Options { get; private set; } = [];
    public Paged<CompensationDto> Requests { get; private set; } = new([], 0, 1, 50);
    public bool CanEdit => Policies.RolesByPolicy[Policies.CompensationWrite].Any(me.IsInRole);
    public decimal ManagerAbove => comp.ManagerAbove;

    public async Task OnGetAsync(CancellationToken ct)
    {
        Options = await comp.OptionsAsync(CanEdit, ct);
        Requests = await comp.ListAsync(null, null, Status, 1, 50, ct);
    }

    public async Task<IActionResult> OnPostOptionAsync(int? id, string? name, string? description, decimal? value, bool isActive, CancellationToken ct)
    {
        if (!CanEdit) return Forbid();
        var (option, errors, notFound) = await comp.SaveOptionAsync(id, new OptionInput(name, description, value, isActive), ct);
        if (notFound) return NotFound();
        if (option is null) TempData["Error"] = errors.Summary;
        else TempData["Flash"] = l["Desk.Done", l["Comp.SaveOption"]].Value;
        return Redirect("/compensation");
    }

    public async Task<IActionResult> OnPostDecideAsync(long id, bool approve, string? note, CancellationToken ct)
    {
        var result = await comp.DecideAsync(id, approve, new CompensationDecisionInput(note), ct);
        return this.Finish(result, l[approve ? "Comp.Approve" : "Comp.Reject"], "/compensation", l);
    }
}
