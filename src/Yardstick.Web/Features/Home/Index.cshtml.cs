using System.Globalization;
using System.Text.Json;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Yardstick.Web.Platform.Data;
using Yardstick.Web.Platform.Identity;

namespace Yardstick.Web.Features.Home;

/// <summary>The home page of every role: what is in their scope, and their work (empty until the modules land).</summary>
public sealed class IndexModel(AppDbContext db, ICurrentUser me, IStringLocalizer l) : PageModel
{
    public string DisplayName { get; private set; } = "";
    public IReadOnlyList<string> RoleNames { get; private set; } = [];
    public int Projects { get; private set; }
    public int Units { get; private set; }
    public string OccupancyText { get; private set; } = "—";
    public int? Customers { get; private set; }
    public int? Staff { get; private set; }
    public string ChartLabels { get; private set; } = "[]";
    public string ChartOccupied { get; private set; } = "[]";
    public string ChartVacant { get; private set; } = "[]";
    public List<(string Key, string? Href)> WorkItems { get; } = [];

    public async Task OnGetAsync()
    {
        DisplayName = await db.Users.Where(u => u.Id == me.UserId).Select(u => u.DisplayName).FirstOrDefaultAsync() ?? "";
        RoleNames = Roles.All.Where(me.IsInRole).Select(r => l[$"Role.{r}"].Value).ToList();
        var perProject = await db.Projects.OrderBy(p => p.Code)
            .Select(p => new { p.Name, Occupied = db.Units.Count(u => u.ProjectId == p.Id && u.IsOccupied), All = db.Units.Count(u => u.ProjectId == p.Id) })
            .ToListAsync();
        Projects = perProject.Count;
        Units = perProject.Sum(p => p.All);
        if (Units > 0) OccupancyText = (perProject.Sum(p => p.Occupied) / (double)Units).ToString("P1", CultureInfo.CurrentCulture);
        ChartLabels = JsonSerializer.Serialize(perProject.Select(p => p.Name));
        ChartOccupied = JsonSerializer.Serialize(perProject.Select(p => p.Occupied));
        ChartVacant = JsonSerializer.Serialize(perProject.Select(p => p.All - p.Occupied));
        if (Policies.RolesByPolicy[Policies.CustomersRead].Any(me.IsInRole)) Customers = await db.Customers.CountAsync(c => c.IsActive);
        if (Policies.RolesByPolicy[Policies.StaffRead].Any(me.IsInRole)) Staff = await db.Staff.CountAsync(s => s.IsActive);

        if (me.IsInRole(Roles.Admin)) WorkItems.AddRange([("Work.Users", "/admin/users"), ("Work.Projects", "/projects"), ("Work.Audit", "/admin/audit")]);
        if (me.IsInRole(Roles.ProjectManager)) WorkItems.AddRange([("Work.Structure", "/projects"), ("Work.MajorComplaints", "/work-orders?type=Complaint&open=true")]);
        if (me.IsInRole(Roles.ServiceAgent) || me.IsInRole(Roles.ServiceSupervisor)) WorkItems.AddRange([("Work.Customers", "/customers"), ("Work.WorkOrders", "/work-orders"), ("Work.ReturnVisits", null)]);
        if (me.IsInRole(Roles.Technician)) WorkItems.Add(("Work.MyOrders", "/work-orders?mine=true&open=true"));
        if (me.IsInRole(Roles.QualityManager)) WorkItems.AddRange([("Work.Surveys", null), ("Work.MysteryShopping", null)]);
        if (me.IsInRole(Roles.Reviewer)) WorkItems.Add(("Work.Reviews", null));
        if (me.IsInRole(Roles.Shopper)) WorkItems.Add(("Work.MyTasks", null));
        if (me.IsInRole(Roles.ClientViewer)) WorkItems.AddRange([("Work.Reports", null), ("Work.Rectifications", null)]);
        WorkItems.Add(("Work.Notifications", "/notifications"));
    }
}
