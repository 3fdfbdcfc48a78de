using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Yardstick.Web.Platform.Identity;

namespace Yardstick.Web.Features.MysteryShopping;

/// <summary>
/// The shopper's field record on a phone: check in, timeline, items, evidence, narrative, submit. The page itself is a
/// shell; survey-like, the script keeps unsent changes in the browser and sends them when the network returns.
/// </summary>
[Authorize(Policy = Policies.MsField)]
public sealed class VisitModel(MsFieldwork fieldwork) : PageModel
{
    public TaskDetail Detail { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(long id, CancellationToken ct)
    {
        var detail = await fieldwork.DetailAsync(id, ct);
        if (detail is null) return NotFound();
        Detail = detail;
        return Page();
    }
}
