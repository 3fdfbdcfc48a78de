using System.Net;
using Yardstick.Web.Tests.Infrastructure;

namespace Yardstick.Web.Tests.Pages;

public sealed class PageTestsSqlite(SqliteApp app) : PageTests<SqliteApp>(app);
public sealed class PageTestsPostgres(PostgresApp app) : PageTests<PostgresApp>(app), IUsesPostgres;

/// <summary>Every page through HTTP with the cookie: who may open it, what it shows, and what scope hides.</summary>
public abstract class PageTests<TApp>(TApp app) : IClassFixture<TApp> where TApp : TestApp
{
    private static string Location(HttpResponseMessage r) =>
        r.Headers.Location is { IsAbsoluteUri: true } abs ? abs.PathAndQuery : r.Headers.Location?.ToString() ?? "";

    [DbFact]
    public async Task Anonymous_visitors_are_sent_to_sign_in()
    {
        using var c = app.Anonymous();
        foreach (var url in new[] { "/", "/projects", "/customers", "/staff", "/admin/users", "/admin/audit", "/notifications", $"/projects/{app.ProjectA}" })
        {
            var r = await c.GetAsync(url);
            r.StatusCode.ShouldBe(HttpStatusCode.Redirect, url);
            Location(r).ShouldStartWith("/account/login");
        }
        var login = await c.GetStringAsync("/account/login");
        login.ShouldContain("登录");
        login.ShouldContain("lang=\"zh-CN\"");
    }

    [DbFact]
    public async Task Wrong_password_on_the_page_shows_a_message()
    {
        var page = new PageClient(app.CreateClient(new() { AllowAutoRedirect = false }));
        var r = await page.PostFormAsync("/account/login", "/account/login", new() { ["UserName"] = "pma", ["Password"] = "nope-1234" });
        r.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await r.Content.ReadAsStringAsync()).ShouldContain("用户名或密码错误");
    }

    [DbFact]
    public async Task Admin_opens_every_page()
    {
        var admin = await app.PagesAs("admin");
        foreach (var url in new[]
                 {
                     "/", "/projects", "/projects/new", $"/projects/{app.ProjectA}", $"/projects/{app.ProjectA}/edit", $"/projects/{app.ProjectA}/calendar",
                     "/customers", "/customers/new", "/customers/import", "/staff", "/admin/users", "/admin/users/new", "/admin/audit",
                     "/notifications", "/account/password",
                 })
        {
            var r = await admin.Client.GetAsync(url);
            r.StatusCode.ShouldBe(HttpStatusCode.OK, url);
        }
        var home = await admin.Client.GetStringAsync("/");
        home.ShouldContain("/admin/users");
        home.ShouldContain("echarts.min.js");
    }

    [DbFact]
    public async Task Menus_follow_roles_and_a_technician_cannot_open_the_users_page()
    {
        var tech = await app.PagesAs("techa");
        var home = await tech.Client.GetStringAsync("/");
        home.ShouldNotContain("href=\"/admin/users\"");
        home.ShouldNotContain("href=\"/staff\"");
        home.ShouldContain("href=\"/customers\"");
        var users = await tech.Client.GetAsync("/admin/users");
        users.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        Location(users).ShouldStartWith("/account/denied");
        (await tech.Client.GetAsync("/staff")).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        (await tech.Client.GetAsync("/projects/new")).StatusCode.ShouldBe(HttpStatusCode.Redirect);

        var shopper = await app.PagesAs("shopper");
        var shopperHome = await shopper.Client.GetStringAsync("/");
        shopperHome.ShouldNotContain("href=\"/customers\"");
        (await shopper.Client.GetAsync("/customers")).StatusCode.ShouldBe(HttpStatusCode.Redirect);
    }

    [DbFact]
    public async Task Pages_of_a_project_outside_the_scope_answer_404()
    {
        var pm = await app.PagesAs("pma");
        foreach (var url in new[] { $"/projects/{app.ProjectB}", $"/projects/{app.ProjectB}/calendar" })
        {
            var r = await pm.Client.GetAsync(url);
            r.StatusCode.ShouldBe(HttpStatusCode.NotFound, url);
            (await r.Content.ReadAsStringAsync()).ShouldContain("页面不存在");
        }
        var list = await pm.Client.GetStringAsync("/projects");
        list.ShouldContain("阳光花园");
        list.ShouldNotContain("环球大厦");
        var customers = await pm.Client.GetStringAsync($"/customers?projectId={app.ProjectB}");
        customers.ShouldNotContain("李四");
        // Posting to the other project's page changes nothing.
        var post = await pm.PostFormAsync($"/projects/{app.ProjectA}", $"/projects/{app.ProjectB}?handler=Building", new() { ["Code"] = "66" });
        post.StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    [DbFact]
    public async Task Phones_are_masked_on_pages_for_roles_that_may_not_see_them()
    {
        var client = await app.PagesAs("clienta");
        var page = await client.Client.GetStringAsync("/customers?q=张三");
        page.ShouldContain("138****0001");
        page.ShouldNotContain("13800000001");
        var agent = await app.PagesAs("agenta");
        (await agent.Client.GetStringAsync("/customers?q=张三")).ShouldContain("13800000001");
    }

    [DbFact]
    public async Task Lists_page_and_keep_their_filters()
    {
        var api = await app.ApiAs("agenta");
        for (var i = 0; i < 22; i++)
            (await System.Net.Http.Json.HttpClientJsonExtensions.PostAsJsonAsync(api, "/api/customers",
                new { projectId = app.ProjectA, name = $"分页客户{i:00}", phone = $"1350000{i:0000}", type = "Owner" })).EnsureSuccessStatusCode();
        var agent = await app.PagesAs("agenta");
        var first = await agent.Client.GetStringAsync("/customers?q=分页客户");
        first.ShouldContain("第 1 / 2 页");
        first.ShouldContain("q=%E5%88%86%E9%A1%B5%E5%AE%A2%E6%88%B7&amp;p=2");
        var second = await agent.Client.GetStringAsync("/customers?q=分页客户&p=2");
        second.ShouldContain("第 2 / 2 页");
        second.ShouldContain("分页客户21");
        second.ShouldNotContain("分页客户00");
    }

    [DbFact]
    public async Task Project_manager_adds_a_building_and_generates_units_on_the_page()
    {
        var pm = await app.PagesAs("pma");
        var url = $"/projects/{app.ProjectA}";
        var r = await pm.PostFormAsync(url, url + "?handler=Building", new() { ["Code"] = "5", ["Name"] = "5号楼", ["Floors"] = "6" });
        r.StatusCode.ShouldBe(HttpStatusCode.Redirect, await r.Content.ReadAsStringAsync());
        var page = await pm.Client.GetStringAsync(url);
        page.ShouldContain("5号楼 (5)");

        var bad = await pm.PostFormAsync(url, url + "?handler=Building", new() { ["Code"] = "5" });
        bad.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await bad.Content.ReadAsStringAsync()).ShouldContain("本项目已有编号为 5 的楼栋");

        var letters = await pm.PostFormAsync(url, url + "?handler=Building", new() { ["Code"] = "9", ["Floors"] = "abc" });
        (await letters.Content.ReadAsStringAsync()).ShouldContain("格式不正确");
    }

    [DbFact]
    public async Task Admin_creates_a_project_on_the_page_and_bad_input_is_shown_next_to_the_fields()
    {
        var admin = await app.PagesAs("admin");
        var bad = await admin.PostFormAsync("/projects/new", "/projects/new", new() { ["Input.Name"] = "", ["Input.Code"] = "坏 编码", ["Input.Type"] = "Office" });
        bad.StatusCode.ShouldBe(HttpStatusCode.OK);
        var html = await bad.Content.ReadAsStringAsync();
        html.ShouldContain("请填写项目名称");
        html.ShouldContain("项目编码只能包含字母");

        var ok = await admin.PostFormAsync("/projects/new", "/projects/new", new()
        {
            ["Input.Name"] = "金桥写字楼", ["Input.Code"] = "JQ", ["Input.Type"] = "Office", ["Input.TimeZone"] = "Asia/Shanghai",
            ["Input.GeofenceRadiusMeters"] = "250", ["Input.IsActive"] = "true",
        });
        ok.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        (await admin.Client.GetStringAsync(Location(ok))).ShouldContain("金桥写字楼");
    }

    [DbFact]
    public async Task The_language_switch_persists_and_translates_the_page()
    {
        var admin = await app.PagesAs("admin", culture: "en");
        var home = await admin.Client.GetStringAsync("/projects");
        home.ShouldContain("lang=\"en\"");
        home.ShouldContain(">Projects<");
        home.ShouldContain("中文");
        var back = await admin.Client.GetAsync("/lang/zh-CN?returnUrl=/projects");
        Location(back).ShouldBe("/projects");
        (await admin.Client.GetStringAsync("/projects")).ShouldContain("新建项目");
        // Only local return addresses are followed.
        Location(await admin.Client.GetAsync("/lang/en?returnUrl=https://evil.example/")).ShouldBe("/");
    }

    [DbFact]
    public async Task Unknown_pages_get_a_friendly_404_in_the_users_language()
    {
        var admin = await app.PagesAs("admin");
        var r = await admin.Client.GetAsync("/no/such/page");
        r.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await r.Content.ReadAsStringAsync()).ShouldContain("页面不存在");
    }

    [DbFact]
    public async Task Admin_creates_a_user_and_resets_a_password_on_the_pages()
    {
        var admin = await app.PagesAs("admin");
        var fields = new List<KeyValuePair<string, string>>
        {
            new("Input.UserName", "page.user"), new("Input.Password", "Page#2026x"), new("Input.DisplayName", "页面用户"),
            new("Input.Roles", "ServiceAgent"), new("Input.Roles", "Technician"), new("Input.ProjectIds", app.ProjectA.ToString()), new("Input.IsActive", "true"),
        };
        var r = await admin.PostFormAsync("/admin/users/new", "/admin/users/new", fields);
        r.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var list = await admin.Client.GetStringAsync("/admin/users");
        list.ShouldContain("page.user");
        list.ShouldContain("客服专员、维修/岗位人员");

        var noRoles = await admin.PostFormAsync("/admin/users/new", "/admin/users/new", [new("Input.UserName", "noroles"), new("Input.Password", "Page#2026x"), new("Input.DisplayName", "无角色")]);
        (await noRoles.Content.ReadAsStringAsync()).ShouldContain("请至少选择一个角色");
    }

    [DbFact]
    public async Task The_calendar_page_saves_holidays_and_computes_a_deadline()
    {
        var pm = await app.PagesAs("pma");
        var url = $"/projects/{app.ProjectA}/calendar";
        var fields = new List<KeyValuePair<string, string>>
        {
            new("WorkingDays", "Monday"), new("WorkingDays", "Tuesday"), new("WorkingDays", "Wednesday"), new("WorkingDays", "Thursday"), new("WorkingDays", "Friday"),
            new("Start", "09:00"), new("End", "18:00"),
            new("DaysText", "2025-10-01 休 国庆节\n2025-10-02 休 国庆节\n2025-10-03 休 国庆节\n2025-10-06 休 国庆节\n2025-10-07 休 国庆节\n2025-10-08 休 国庆节\n2025-09-28 班 调休"),
        };
        (await pm.PostFormAsync(url, url, fields)).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var result = await pm.Client.GetStringAsync(url + "?from=2025-09-30T17:00&amount=2&unit=hours");
        result.ShouldContain("截止时间：2025-10-09 10:00");

        var bad = await pm.PostFormAsync(url, url, [new("WorkingDays", "Monday"), new("Start", "09:00"), new("End", "18:00"), new("DaysText", "明天 休")]);
        (await bad.Content.ReadAsStringAsync()).ShouldContain("第 1 行格式不正确");
    }
}
