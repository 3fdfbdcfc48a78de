using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Yardstick.Web.Platform.Identity;

namespace Yardstick.Web.Features.MysteryShopping;

/// <summary>The visit report the client reads and prints: facts → analysis → scores → suggestions; the alias only.</summary>
[Authorize(Policy = Policies.MsRead)]
public sealed class ReportModel(MsReports reports) : PageModel
{
    public VisitReport Report { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(long id, CancellationToken ct)
    {
        var report = await reports.VisitReportAsync(id, ct);
        if (report is null) return NotFound();
        Report = report;
        return Page();
    }
}
