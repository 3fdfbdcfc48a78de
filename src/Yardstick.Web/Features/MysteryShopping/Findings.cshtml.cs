using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Yardstick.Web.Platform.Identity;
using Yardstick.Web.Platform.Web;

namespace Yardstick.Web.Features.MysteryShopping;

/// <summary>整改: the findings of the caller's projects, systemic ones first, with filters.</summary>
[Authorize(Policy = Policies.MsRead)]
public sealed class FindingsModel(FindingService findings) : PageModel
{
    public Paged<FindingDto> List { get; private set; } = null!;
    [BindProperty(SupportsGet = true)] public FindingQuery Query { get; set; } = new(null, null, null, null, null, null, null, null);

    public async Task OnGetAsync(CancellationToken ct) => List = await findings.ListAsync(Query with { PageSize = Query.PageSize ?? 50 }, ct);
}
