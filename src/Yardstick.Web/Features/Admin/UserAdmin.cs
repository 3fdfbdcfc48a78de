using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Yardstick.Web.Features.Organization;
using Yardstick.Web.Platform.Data;
using Yardstick.Web.Platform.Identity;
using Yardstick.Web.Platform.Localization;
using Yardstick.Web.Platform.Notifications;
using Yardstick.Web.Platform.Web;

namespace Yardstick.Web.Features.Admin;

public sealed record UserInput(
    string? UserName, string? DisplayName, string? Phone, string? Email, string? Password,
    IReadOnlyList<string>? Roles, bool? AllProjects, IReadOnlyList<int>? ProjectIds, string? ShopperAlias, bool? IsActive);

public sealed record UserDto(
    int Id, string UserName, string DisplayName, string? Phone, string? Email, IReadOnlyList<string> Roles,
    bool AllProjects, IReadOnlyList<int> ProjectIds, string? ShopperAlias, bool IsActive, bool LockedOut);

/// <summary>Accounts, roles and project scope. Admin only (the endpoints and pages say so).</summary>
public sealed partial class UserAdmin(AppDbContext db, UserManager<AppUser> users, NotificationService notifications, IStringLocalizer l)
{
    [GeneratedRegex(@"^MS-\d{3,5}$")]
    private static partial Regex AliasRegex();

    [GeneratedRegex(@"^[A-Za-z0-9._-]{3,50}$")]
    private static partial Regex UserNameRegex();

    public async Task<List<UserDto>> ListAsync(string? q = null, CancellationToken ct = default)
    {
        var query = db.Users.AsNoTracking();
        if (!string.IsNullOrWhiteSpace(q)) query = query.Where(u => u.UserName!.Contains(q) || u.DisplayName.Contains(q));
        var list = await query.OrderBy(u => u.Id)
            .Select(u => new { U = u, Projects = u.Projects.Select(p => p.ProjectId).ToList() }).ToListAsync(ct);
        var roles = await (from ur in db.UserRoles join r in db.Roles on ur.RoleId equals r.Id select new { ur.UserId, r.Name }).ToListAsync(ct);
        var byUser = roles.ToLookup(r => r.UserId, r => r.Name!);
        return list.Select(x => ToDto(x.U, byUser[x.U.Id].ToList(), x.Projects)).ToList();
    }

    public async Task<UserDto?> GetAsync(int id, CancellationToken ct = default) =>
        (await ListAsync(null, ct)).FirstOrDefault(u => u.Id == id);

    private static UserDto ToDto(AppUser u, IReadOnlyList<string> roles, IReadOnlyList<int> projects) => new(
        u.Id, u.UserName!, u.DisplayName, u.PhoneNumber, u.Email, roles.Order().ToList(), u.AllProjects, projects,
        u.ShopperAlias, u.IsActive, u.LockoutEnd > DateTimeOffset.UtcNow);

    public async Task<(UserDto? User, FieldErrors Errors)> SaveAsync(int? id, UserInput input, CancellationToken ct = default)
    {
        var errors = new FieldErrors(l);
        AppUser? user = null;
        if (id is not null)
        {
            user = await users.Users.Include(u => u.Projects).FirstOrDefaultAsync(u => u.Id == id, ct);
            if (user is null) return (null, errors);
        }
        if (user is null)
        {
            errors.Required("userName", input.UserName, "Field.UserName");
            if (!string.IsNullOrWhiteSpace(input.UserName) && !UserNameRegex().IsMatch(input.UserName.Trim()))
                errors.Add("userName", "Err.UserNameFormat");
            else if (!string.IsNullOrWhiteSpace(input.UserName) && await users.FindByNameAsync(input.UserName.Trim()) is not null)
                errors.Add("userName", "Err.UserNameTaken", input.UserName.Trim());
            errors.Required("password", input.Password, "Field.Password");
        }
        errors.Required("displayName", input.DisplayName, "Field.DisplayName").MaxLength("displayName", input.DisplayName, 100, "Field.DisplayName");
        var phone = OrganizationService.NormalizePhone(input.Phone);
        if (phone.Length > 0 && !OrganizationService.IsValidPhone(phone)) errors.Add("phone", "Err.Phone", input.Phone!);
        var roles = (input.Roles ?? []).Distinct().ToList();
        if (roles.Count == 0) errors.Add("roles", "Err.NoRoles");
        foreach (var r in roles.Where(r => !Roles.All.Contains(r))) errors.Add("roles", "Err.UnknownRole", r);
        var all = input.AllProjects ?? false;
        var projectIds = (input.ProjectIds ?? []).Distinct().ToList();
        if (!all && projectIds.Count == 0) errors.Add("projectIds", "Err.NoProjects");
        var known = await db.Projects.IgnoreQueryFilters().Where(p => projectIds.Contains(p.Id)).Select(p => p.Id).ToListAsync(ct);
        foreach (var pid in projectIds.Except(known)) errors.Add("projectIds", "Err.ProjectNotFound");
        var alias = string.IsNullOrWhiteSpace(input.ShopperAlias) ? null : input.ShopperAlias.Trim().ToUpperInvariant();
        if (roles.Contains(Roles.Shopper) && alias is null) errors.Add("shopperAlias", "Err.AliasRequired");
        if (alias is not null && !AliasRegex().IsMatch(alias)) errors.Add("shopperAlias", "Err.AliasFormat");
        else if (alias is not null && await db.Users.AnyAsync(u => u.ShopperAlias == alias && u.Id != (id ?? 0), ct))
            errors.Add("shopperAlias", "Err.AliasTaken", alias);
        if (user is not null && user.Id == db.CurrentUser.UserId && (input.IsActive == false || !roles.Contains(Roles.Admin)))
            errors.Add("roles", "Err.CannotDemoteSelf");
        if (errors.Any) return (null, errors);

        await using var tx = await db.Database.BeginTransactionAsync(ct);
        var creating = user is null;
        user ??= new AppUser { UserName = input.UserName!.Trim() };
        user.DisplayName = input.DisplayName!.Trim();
        user.PhoneNumber = phone.Length > 0 ? phone : null;
        user.Email = string.IsNullOrWhiteSpace(input.Email) ? null : input.Email.Trim();
        user.AllProjects = all;
        user.ShopperAlias = roles.Contains(Roles.Shopper) ? alias : null;
        user.IsActive = input.IsActive ?? true;
        user.LockoutEnabled = true;
        var wanted = all ? [] : projectIds;
        user.Projects.RemoveAll(p => !wanted.Contains(p.ProjectId));
        user.Projects.AddRange(wanted.Where(p => user.Projects.All(x => x.ProjectId != p)).Select(p => new UserProject { ProjectId = p }));

        var result = creating ? await users.CreateAsync(user, input.Password!) : await users.UpdateAsync(user);
        if (!result.Succeeded)
        {
            foreach (var e in result.Errors) errors.Add(e.Code.Contains("Password") ? "password" : "userName", "Err.Identity", e.Description);
            return (null, errors);
        }
        var current = await users.GetRolesAsync(user);
        await users.RemoveFromRolesAsync(user, current.Except(roles));
        await users.AddToRolesAsync(user, roles.Except(current));
        if (!creating) await users.UpdateSecurityStampAsync(user);
        await tx.CommitAsync(ct);
        return (await GetAsync(user.Id, ct), errors);
    }

    public async Task<FieldErrors?> ResetPasswordAsync(int id, string? newPassword, CancellationToken ct = default)
    {
        var errors = new FieldErrors(l);
        var user = await users.FindByIdAsync(id.ToString(System.Globalization.CultureInfo.InvariantCulture));
        if (user is null) return null;
        if (string.IsNullOrWhiteSpace(newPassword)) return errors.Required("newPassword", newPassword, "Field.NewPassword");
        var token = await users.GeneratePasswordResetTokenAsync(user);
        var result = await users.ResetPasswordAsync(user, token, newPassword);
        foreach (var e in result.Errors) errors.Add("newPassword", "Err.Identity", e.Description);
        if (result.Succeeded)
        {
            await users.SetLockoutEndDateAsync(user, null);
            await users.ResetAccessFailedCountAsync(user);
            await notifications.NotifyAsync([user.Id], null, LocalText.Of(() => l["Notify.PasswordReset"]), LocalText.Of(() => l["Notify.PasswordResetBody"]), "/account/password", ct);
        }
        return errors;
    }
}
