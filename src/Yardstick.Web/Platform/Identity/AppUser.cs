using Microsoft.AspNetCore.Identity;

namespace Yardstick.Web.Platform.Identity;

public class AppUser : IdentityUser<int>
{
    public string DisplayName { get; set; } = "";
    public bool IsActive { get; set; } = true;

    /// <summary>True: the user sees every project, present and future. False: only <see cref="Projects"/>.</summary>
    public bool AllProjects { get; set; }

    /// <summary>Shoppers only: the alias everyone but quality staff sees, e.g. MS-017.</summary>
    public string? ShopperAlias { get; set; }

    public DateTime CreatedAt { get; set; } = DateTime.UtcNow;
    public List<UserProject> Projects { get; set; } = [];
}

public class UserProject
{
    public int UserId { get; set; }
    public int ProjectId { get; set; }
}

public class AppRole : IdentityRole<int>
{
    public AppRole() { }
    public AppRole(string name) : base(name) { }
}
