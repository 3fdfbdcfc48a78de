using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Yardstick.Web.Tests.Infrastructure;

namespace Yardstick.Web.Tests.Platform;

public sealed class AccountTestsSqlite(SqliteApp app) : AccountTests<SqliteApp>(app);
public sealed class AccountTestsPostgres(PostgresApp app) : AccountTests<PostgresApp>(app), IUsesPostgres;

/// <summary>Sign-in, tokens, lockout and the effect of an administrator's changes on a signed-in user.</summary>
public abstract class AccountTests<TApp>(TApp app) : IClassFixture<TApp> where TApp : TestApp
{
    private static async Task<JsonElement> Json(HttpResponseMessage r) => await r.Content.ReadFromJsonAsync<JsonElement>();

    private async Task<int> CreateUserAsync(string userName, string role = "ServiceAgent")
    {
        var admin = await app.ApiAs("admin");
        var r = await admin.PostAsJsonAsync("/api/users", new
        {
            userName, displayName = "临时" + userName, password = TestApp.Password, roles = new[] { role }, allProjects = false, projectIds = new[] { app.ProjectA },
        });
        r.StatusCode.ShouldBe(HttpStatusCode.Created);
        return (await Json(r)).GetProperty("id").GetInt32();
    }

    [DbFact]
    public async Task Login_returns_bearer_tokens_that_refresh()
    {
        using var c = app.Anonymous();
        var r = await c.PostAsJsonAsync("/api/auth/login", new { userName = "agenta", password = TestApp.Password });
        r.StatusCode.ShouldBe(HttpStatusCode.OK);
        var tokens = await Json(r);
        tokens.GetProperty("accessToken").GetString().ShouldNotBeNullOrEmpty();
        tokens.GetProperty("expiresIn").GetInt64().ShouldBe(3600);
        var refresh = await c.PostAsJsonAsync("/api/auth/refresh", new { refreshToken = tokens.GetProperty("refreshToken").GetString() });
        refresh.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await Json(refresh)).GetProperty("accessToken").GetString().ShouldNotBeNullOrEmpty();
        (await c.PostAsJsonAsync("/api/auth/refresh", new { refreshToken = "garbage" })).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
    }

    [DbFact]
    public async Task Wrong_password_answers_401_in_Chinese()
    {
        using var c = app.Anonymous();
        var r = await c.PostAsJsonAsync("/api/auth/login", new { userName = "agenta", password = "wrong-password1" });
        r.StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        (await Json(r)).GetProperty("title").GetString().ShouldBe("用户名或密码错误");
        (await c.PostAsJsonAsync("/api/auth/login", new { userName = "", password = "" })).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        (await c.PostAsJsonAsync("/api/auth/login", new { userName = "nobody", password = "x" })).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
    }

    [DbFact]
    public async Task Five_failures_lock_the_account_for_15_minutes()
    {
        await CreateUserAsync("lockme");
        using var c = app.Anonymous();
        for (var i = 0; i < 5; i++)
            await c.PostAsJsonAsync("/api/auth/login", new { userName = "lockme", password = "wrong-password1" });
        var r = await c.PostAsJsonAsync("/api/auth/login", new { userName = "lockme", password = TestApp.Password });
        r.StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        (await Json(r)).GetProperty("title").GetString().ShouldBe("登录失败次数过多，账号已锁定 15 分钟");

        await using var scope = app.SystemScope(out var db);
        var user = db.Users.Single(u => u.UserName == "lockme");
        (user.LockoutEnd!.Value - DateTimeOffset.UtcNow).TotalMinutes.ShouldBeInRange(14, 15.1);

        // The admin's password reset lifts the lock.
        var admin = await app.ApiAs("admin");
        (await admin.PostAsJsonAsync($"/api/users/{user.Id}/reset-password", new { newPassword = "Reset#2026b" })).StatusCode.ShouldBe(HttpStatusCode.NoContent);
        (await c.PostAsJsonAsync("/api/auth/login", new { userName = "lockme", password = "Reset#2026b" })).StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    [DbFact]
    public async Task A_deactivated_user_loses_access_at_the_next_request()
    {
        var id = await CreateUserAsync("leaver");
        var token = await app.LoginAsync("leaver", TestApp.Password);
        using var c = app.Anonymous();
        c.DefaultRequestHeaders.Authorization = new("Bearer", token);
        (await c.GetAsync("/api/projects")).StatusCode.ShouldBe(HttpStatusCode.OK);

        var admin = await app.ApiAs("admin");
        (await admin.PutAsJsonAsync($"/api/users/{id}", new
        {
            displayName = "离职员工", roles = new[] { "ServiceAgent" }, allProjects = false, projectIds = new[] { app.ProjectA }, isActive = false,
        })).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await c.GetAsync("/api/projects")).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        using var fresh = app.Anonymous();
        (await fresh.PostAsJsonAsync("/api/auth/login", new { userName = "leaver", password = TestApp.Password })).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
    }

    [DbFact]
    public async Task A_scope_change_applies_to_an_existing_token_at_once()
    {
        var id = await CreateUserAsync("mover", "ProjectManager");
        var token = await app.LoginAsync("mover", TestApp.Password);
        using var c = app.Anonymous();
        c.DefaultRequestHeaders.Authorization = new("Bearer", token);
        (await c.GetAsync($"/api/projects/{app.ProjectA}")).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await c.GetAsync($"/api/projects/{app.ProjectB}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);

        var admin = await app.ApiAs("admin");
        (await admin.PutAsJsonAsync($"/api/users/{id}", new
        {
            displayName = "调岗经理", roles = new[] { "ProjectManager" }, allProjects = false, projectIds = new[] { app.ProjectB }, isActive = true,
        })).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await c.GetAsync($"/api/projects/{app.ProjectA}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await c.GetAsync($"/api/projects/{app.ProjectB}")).StatusCode.ShouldBe(HttpStatusCode.OK);
    }
}
