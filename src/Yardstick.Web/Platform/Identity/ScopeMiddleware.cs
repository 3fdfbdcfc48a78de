using System.Security.Claims;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Yardstick.Web.Platform.Data;

namespace Yardstick.Web.Platform.Identity;

/// <summary>
/// Reloads the caller's active flag, roles and project scope from the database on every request, so that a
/// change an administrator makes (deactivation, fewer projects, a role taken away) holds at once, for cookies
/// and bearer tokens alike, instead of when the ticket happens to be refreshed.
/// </summary>
public sealed class ScopeMiddleware(RequestDelegate next)
{
    public async Task InvokeAsync(HttpContext context, AppDbContext db, CurrentUser current)
    {
        var id = context.User.Identity?.IsAuthenticated == true ? CurrentUser.IdFrom(context.User) : null;
        if (id is int userId)
        {
            var user = await db.Users.AsNoTracking()
                .Where(u => u.Id == userId)
                .Select(u => new { u.UserName, u.IsActive, u.AllProjects, u.LockoutEnd, Projects = u.Projects.Select(p => p.ProjectId).ToList() })
                .FirstOrDefaultAsync(context.RequestAborted);
            if (user is null || !user.IsActive || user.LockoutEnd > DateTimeOffset.UtcNow)
            {
                // A deactivated or deleted account loses its session at its next request.
                context.User = new ClaimsPrincipal(new ClaimsIdentity());
                if (!context.Request.Path.StartsWithSegments("/api"))
                    await context.SignOutAsync(IdentityConstants.ApplicationScheme);
            }
            else
            {
                var roles = await (from ur in db.UserRoles
                                   join r in db.Roles on ur.RoleId equals r.Id
                                   where ur.UserId == userId
                                   select r.Name!).ToListAsync(context.RequestAborted);
                current.Set(userId, user.UserName!, user.AllProjects, user.Projects, roles);
                var identity = new ClaimsIdentity(context.User.Identity!.AuthenticationType, ClaimTypes.Name, ClaimTypes.Role);
                identity.AddClaims(context.User.Claims.Where(c => c.Type != ClaimTypes.Role));
                identity.AddClaims(roles.Select(r => new Claim(ClaimTypes.Role, r)));
                context.User = new ClaimsPrincipal(identity);
            }
        }
        await next(context);
    }
}
