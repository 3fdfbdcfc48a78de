using Microsoft.EntityFrameworkCore;
using Yardstick.Web.Platform.Data;
using Yardstick.Web.Platform.Identity;

namespace Yardstick.Web.Features.MysteryShopping;

/// <summary>
/// The one place that decides who sees which visit and whose name (DESIGN.md: a shopper's identity never reaches the
/// client or project staff). Quality staff see everything in scope with names; a shopper sees their own tasks and the open
/// ones; everyone else sees published visits only, and only the alias, so no visit can be foreseen or traced to a person.
/// </summary>
public sealed class MsAccess(AppDbContext db, ICurrentUser me)
{
    public bool IsQuality => me.IsInRole(Roles.Admin) || me.IsInRole(Roles.QualityManager) || me.IsInRole(Roles.Reviewer);
    public bool IsShopper => me.IsInRole(Roles.Shopper) && !IsQuality;
    public int? UserId => me.UserId;

    public IQueryable<ShopperTask> Tasks()
    {
        var tasks = db.ShopperTasks.AsQueryable();
        if (IsQuality) return tasks;
        if (IsShopper)
        {
            var id = me.UserId;
            return tasks.Where(t => t.ShopperId == id || (t.ShopperId == null && t.Status == TaskStatus.Offered));
        }
        return tasks.Where(t => t.Status == TaskStatus.Published);
    }

    /// <summary>Alias for all but quality staff; "name (alias)" for them.</summary>
    public async Task<Dictionary<int, string>> ShopperLabelsAsync(IEnumerable<int?> ids, CancellationToken ct) =>
        (await UsersAsync(ids, ct)).ToDictionary(u => u.Id, u => Label(u.DisplayName, u.ShopperAlias ?? $"MS-{u.Id:000}"));

    /// <summary>Who did something on a task, as the caller may know them: a shopper's actions show the alias to non-quality users.</summary>
    public async Task<Dictionary<int, string>> ActorLabelsAsync(IEnumerable<int?> ids, CancellationToken ct) =>
        (await UsersAsync(ids, ct)).ToDictionary(u => u.Id, u => u.ShopperAlias is { } alias ? Label(u.DisplayName, alias) : u.DisplayName);

    private string Label(string name, string alias) => IsQuality ? $"{name} ({alias})" : alias;

    private async Task<List<(int Id, string DisplayName, string? ShopperAlias)>> UsersAsync(IEnumerable<int?> ids, CancellationToken ct)
    {
        var wanted = ids.OfType<int>().Distinct().ToList();
        if (wanted.Count == 0) return [];
        var users = await db.Users.Where(u => wanted.Contains(u.Id)).Select(u => new { u.Id, u.DisplayName, u.ShopperAlias }).ToListAsync(ct);
        return users.Select(u => (u.Id, u.DisplayName, u.ShopperAlias)).ToList();
    }
}
