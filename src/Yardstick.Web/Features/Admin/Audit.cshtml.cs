using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Yardstick.Web.Platform.Audit;
using Yardstick.Web.Platform.Data;
using Yardstick.Web.Platform.Web;

namespace Yardstick.Web.Features.Admin;

/// <summary>Admin only, by the /Admin folder convention.</summary>
public sealed class AuditModel(AppDbContext db) : PageModel
{
    [BindProperty(SupportsGet = true)] public string? Entity { get; set; }
    [BindProperty(SupportsGet = true)] public string? EntityId { get; set; }
    [BindProperty(SupportsGet = true, Name = "user")] public string? UserName { get; set; }
    [BindProperty(SupportsGet = true)] public DateTime? From { get; set; }
    [BindProperty(SupportsGet = true)] public DateTime? To { get; set; }
    [BindProperty(SupportsGet = true, Name = "p")] public int? PageNumber { get; set; }
    public Paged<AuditEntry> Result { get; private set; } = new([], 0, 1, 50);
    public List<string> Entities { get; } = ["Project", "Building", "Unit", "Customer", "Staff", "CalendarDay"];

    public async Task OnGetAsync()
    {
        var (p, size) = Paging.Normalize(PageNumber, 50);
        var query = AuditQuery.Filter(db, Entity, EntityId, UserName, From, To);
        var total = await query.CountAsync();
        var items = await query.OrderByDescending(a => a.Id).Skip((p - 1) * size).Take(size).ToListAsync();
        Result = new Paged<AuditEntry>(items, total, p, size);
    }
}
