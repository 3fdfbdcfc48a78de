using System.Security.Claims;

namespace Yardstick.Web.Platform.Identity;

/// <summary>
/// Who is asking, and which projects they may see. The DbContext's query filters read this, so scope is
/// enforced in one place: every query of project data is filtered whatever page or endpoint runs it.
/// </summary>
public interface ICurrentUser
{
    int? UserId { get; }
    string? UserName { get; }
    bool AllProjects { get; }
    IReadOnlyList<int> ProjectIds { get; }
    bool IsInRole(string role);
}

public static class CurrentUserExtensions
{
    public static bool CanSeeFullPhones(this ICurrentUser user) => Roles.SeeFullPhones.Any(user.IsInRole);
    public static bool CanSee(this ICurrentUser user, int projectId) => user.AllProjects || user.ProjectIds.Contains(projectId);
}

/// <summary>
/// The user of this DI scope: filled by <see cref="ScopeMiddleware"/> from the database for a request, or
/// switched to the system user (all projects, no identity) by background work, seeding and tools.
/// Anyone else sees nothing.
/// </summary>
public sealed class CurrentUser : ICurrentUser
{
    public int? UserId { get; private set; }
    public string? UserName { get; private set; }
    public bool AllProjects { get; private set; }
    public IReadOnlyList<int> ProjectIds { get; private set; } = [];
    private HashSet<string> _roles = [];

    public bool IsInRole(string role) => _roles.Contains(role);

    public void Set(int userId, string userName, bool allProjects, IReadOnlyList<int> projectIds, IEnumerable<string> roles)
    {
        UserId = userId;
        UserName = userName;
        AllProjects = allProjects;
        ProjectIds = projectIds;
        _roles = roles.ToHashSet();
    }

    public CurrentUser AsSystem()
    {
        UserId = null;
        UserName = "system";
        AllProjects = true;
        ProjectIds = [];
        _roles = Roles.All.ToHashSet();
        return this;
    }

    public static int? IdFrom(ClaimsPrincipal principal) =>
        int.TryParse(principal.FindFirstValue(ClaimTypes.NameIdentifier), out var id) ? id : null;
}
