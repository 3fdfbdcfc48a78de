using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using Yardstick.Web.Features.Organization;
using Yardstick.Web.Platform.Identity;
using Yardstick.Web.Platform.Web;

namespace Yardstick.Web.Features.ServiceDesk;

/// <summary>The SLA policy editor of one project: a table of rules, the most specific of which applies.</summary>
[Authorize(Policy = Policies.ServiceDeskRead)]
public sealed class SlaPolicyPageModel(ServiceDeskService desk, OrganizationService org, ICurrentUser me, IStringLocalizer l) : PageModel
{
    public sealed class Row
    {
        public WorkOrderType Type { get; set; }
        public Priority? Priority { get; set; }
        public Severity? Severity { get; set; }
        public Channel? Channel { get; set; }
        public SlaTarget Target { get; set; }
        public int Amount { get; set; }
        public SlaUnit Unit { get; set; }
        public bool Remove { get; set; }
    }

    [BindProperty] public List<Row> Rules { get; set; } = [];
    public ProjectDto Project { get; private set; } = null!;
    public bool IsDefault { get; private set; }
    public bool CanEdit => Policies.RolesByPolicy[Policies.SlaPolicyWrite].Any(me.IsInRole);

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken ct)
    {
        if (!await LoadAsync(id, ct)) return NotFound();
        var policy = (await desk.GetPolicyAsync(id, ct))!;
        IsDefault = policy.IsDefault;
        Rules = policy.Rules.Select(r => new Row { Type = r.Type, Priority = r.Priority, Severity = r.Severity, Channel = r.Channel, Target = r.Target, Amount = r.Amount, Unit = r.Unit }).ToList();
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int id, CancellationToken ct)
    {
        if (!await LoadAsync(id, ct)) return NotFound();
        if (!CanEdit) return Forbid();
        if (ModelState.HasBindingErrors(l)) return Page();
        var kept = Rules.Where(r => !r.Remove).Select(r => new SlaRuleDto(r.Type, r.Priority, r.Severity, r.Channel, r.Target, r.Amount, r.Unit)).ToList();
        var errors = await desk.SavePolicyAsync(id, kept, ct);
        if (errors.Any)
        {
            errors.CopyTo(ModelState, "");
            return Page();
        }
        TempData["Flash"] = l["Desk.PolicySaved"].Value;
        return Redirect($"/projects/{id}/sla");
    }

    public async Task<IActionResult> OnPostResetAsync(int id, CancellationToken ct)
    {
        if (!await LoadAsync(id, ct)) return NotFound();
        if (!CanEdit) return Forbid();
        await desk.ResetPolicyAsync(id, ct);
        TempData["Flash"] = l["Desk.PolicyReset"].Value;
        return Redirect($"/projects/{id}/sla");
    }

    private async Task<bool> LoadAsync(int id, CancellationToken ct)
    {
        if (await org.GetProjectAsync(id, ct) is not { } project) return false;
        Project = project;
        return true;
    }
}
