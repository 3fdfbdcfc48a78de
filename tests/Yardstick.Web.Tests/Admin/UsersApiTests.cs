using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Yardstick.Web.Tests.Infrastructure;

namespace Yardstick.Web.Tests.Admin;

public sealed class UsersApiTestsSqlite(SqliteApp app) : UsersApiTests<SqliteApp>(app);
public sealed class UsersApiTestsPostgres(PostgresApp app) : UsersApiTests<PostgresApp>(app), IUsesPostgres;

public abstract class UsersApiTests<TApp>(TApp app) : IClassFixture<TApp> where TApp : TestApp
{
    private static async Task<JsonElement> Json(HttpResponseMessage r) => await r.Content.ReadFromJsonAsync<JsonElement>();

    [DbFact]
    public async Task Only_admins_manage_users()
    {
        foreach (var user in TestApp.Users.Keys)
        {
            var c = await app.ApiAs(user);
            (await c.GetAsync("/api/users")).StatusCode.ShouldBe(HttpStatusCode.Forbidden, user);
            (await c.PostAsJsonAsync("/api/users", new { userName = "x" + user })).StatusCode.ShouldBe(HttpStatusCode.Forbidden, user);
            (await c.PutAsJsonAsync("/api/users/1", new { })).StatusCode.ShouldBe(HttpStatusCode.Forbidden, user);
            (await c.PostAsJsonAsync("/api/users/1/reset-password", new { newPassword = "Abcdef12" })).StatusCode.ShouldBe(HttpStatusCode.Forbidden, user);
            (await c.GetAsync("/api/audit")).StatusCode.ShouldBe(HttpStatusCode.Forbidden, user);
        }
    }

    [DbFact]
    public async Task Admin_creates_a_shopper_with_an_alias_and_several_roles()
    {
        var admin = await app.ApiAs("admin");
        var r = await admin.PostAsJsonAsync("/api/users", new
        {
            userName = "ms.chen", displayName = "陈执行", phone = "13611112222", password = "Shopper#2026", roles = new[] { "Shopper", "Reviewer" },
            allProjects = true, shopperAlias = "ms-042",
        });
        r.StatusCode.ShouldBe(HttpStatusCode.Created);
        var u = await Json(r);
        u.GetProperty("shopperAlias").GetString().ShouldBe("MS-042");
        u.GetProperty("roles").EnumerateArray().Select(x => x.GetString()).ShouldBe(["Reviewer", "Shopper"]);
        var list = await Json(await admin.GetAsync("/api/users?q=ms.chen"));
        list.GetArrayLength().ShouldBe(1);
    }

    [DbFact]
    public async Task Bad_user_input_is_explained_field_by_field()
    {
        var admin = await app.ApiAs("admin");
        var r = await admin.PostAsJsonAsync("/api/users", new
        {
            userName = "a b", displayName = "", password = "short", roles = new[] { "Shopper", "Emperor" }, allProjects = false,
            projectIds = Array.Empty<int>(), shopperAlias = "",
        });
        r.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        var errors = (await Json(r)).GetProperty("errors");
        foreach (var field in new[] { "userName", "displayName", "roles", "projectIds", "shopperAlias" })
            errors.TryGetProperty(field, out _).ShouldBeTrue(field);
        errors.GetProperty("roles").EnumerateArray().Select(e => e.GetString()).ShouldContain("未知角色：Emperor");

        var weak = await admin.PostAsJsonAsync("/api/users", new { userName = "weakling", displayName = "弱密码", password = "abc", roles = new[] { "Technician" }, allProjects = true });
        weak.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await Json(weak)).GetProperty("errors").GetProperty("password").EnumerateArray().Select(e => e.GetString()).ShouldContain("密码至少 8 位");

        var taken = await admin.PostAsJsonAsync("/api/users", new { userName = "pma", displayName = "重名", password = "Abcdef#123", roles = new[] { "Technician" }, allProjects = true });
        (await Json(taken)).GetProperty("errors").GetProperty("userName")[0].GetString().ShouldBe("用户名 pma 已存在");

        (await admin.GetAsync("/api/users?q=weakling")).Content.ReadAsStringAsync().Result.ShouldBe("[]");
    }

    [DbFact]
    public async Task An_admin_cannot_lock_themselves_out()
    {
        var admin = await app.ApiAs("admin");
        var me = (await Json(await admin.GetAsync("/api/users?q=admin"))).EnumerateArray().First(u => u.GetProperty("userName").GetString() == "admin");
        var r = await admin.PutAsJsonAsync($"/api/users/{me.GetProperty("id").GetInt32()}", new
        {
            displayName = "管理员", roles = new[] { "Technician" }, allProjects = true, isActive = true,
        });
        r.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await admin.GetAsync("/api/users")).StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    [DbFact]
    public async Task Unknown_users_answer_404()
    {
        var admin = await app.ApiAs("admin");
        (await admin.GetAsync("/api/users/99999")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await admin.PutAsJsonAsync("/api/users/99999", new { displayName = "x", roles = new[] { "Technician" }, allProjects = true })).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await admin.PostAsJsonAsync("/api/users/99999/reset-password", new { newPassword = "Abcdef#123" })).StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }
}
