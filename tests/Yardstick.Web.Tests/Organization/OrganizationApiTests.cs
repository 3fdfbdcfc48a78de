using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Yardstick.Web.Tests.Infrastructure;

namespace Yardstick.Web.Tests.Organization;

public sealed class OrganizationApiTestsSqlite(SqliteApp app) : OrganizationApiTests<SqliteApp>(app);
public sealed class OrganizationApiTestsPostgres(PostgresApp app) : OrganizationApiTests<PostgresApp>(app), IUsesPostgres;

/// <summary>Projects, buildings, units, customers and staff through the API: what each role may do, and what scope hides.</summary>
public abstract class OrganizationApiTests<TApp>(TApp app) : IClassFixture<TApp> where TApp : TestApp
{
    private static async Task<JsonElement> Json(HttpResponseMessage r) => await r.Content.ReadFromJsonAsync<JsonElement>();

    [DbFact]
    public async Task Anonymous_callers_get_401()
    {
        using var c = app.Anonymous();
        foreach (var url in new[] { "/api/projects", "/api/customers", "/api/staff", "/api/users", $"/api/projects/{app.ProjectA}/units", "/api/notifications", "/api/audit" })
            (await c.GetAsync(url)).StatusCode.ShouldBe(HttpStatusCode.Unauthorized, url);
    }

    [DbFact]
    public async Task Project_list_leaves_out_projects_outside_the_scope()
    {
        var pm = await app.ApiAs("pma");
        var list = await Json(await pm.GetAsync("/api/projects"));
        list.EnumerateArray().Select(p => p.GetProperty("code").GetString()).ShouldBe(["TA"]);

        var quality = await app.ApiAs("quality");
        var all = await Json(await quality.GetAsync("/api/projects"));
        all.EnumerateArray().Select(p => p.GetProperty("code").GetString()).ShouldContain("TB");
    }

    [DbFact]
    public async Task A_record_outside_the_scope_answers_404_on_every_endpoint()
    {
        var pm = await app.ApiAs("pma");
        var b = app.ProjectB;
        (await pm.GetAsync($"/api/projects/{b}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await pm.GetAsync($"/api/projects/{b}/buildings")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await pm.GetAsync($"/api/projects/{b}/units")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await pm.GetAsync($"/api/projects/{b}/calendar")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await pm.PostAsJsonAsync($"/api/projects/{b}/buildings", new { code = "9" })).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await pm.PostAsJsonAsync($"/api/projects/{b}/units", new { buildingId = app.BuildingB, entrance = 1, room = "999" })).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await pm.PutAsJsonAsync($"/api/projects/{b}/calendar", new { })).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await pm.GetAsync($"/api/customers/{app.CustomerB}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await pm.PostAsync($"/api/projects/{b}/webhook-test", null)).StatusCode.ShouldBe(HttpStatusCode.NotFound);

        var admin = await app.ApiAs("admin");
        (await admin.GetAsync($"/api/projects/{b}")).StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    [DbFact]
    public async Task Customer_and_staff_lists_hold_only_projects_in_scope()
    {
        var agent = await app.ApiAs("agenta");
        var customers = await Json(await agent.GetAsync("/api/customers?pageSize=200"));
        customers.GetProperty("items").EnumerateArray().ShouldAllBe(c => c.GetProperty("projectId").GetInt32() == app.ProjectA);
        // Asking for the other project explicitly gives an empty page, not its data.
        var other = await Json(await agent.GetAsync($"/api/customers?projectId={app.ProjectB}"));
        other.GetProperty("total").GetInt32().ShouldBe(0);

        var staff = await Json(await agent.GetAsync("/api/staff"));
        var names = staff.GetProperty("items").EnumerateArray().Select(s => s.GetProperty("name").GetString()).ToList();
        names.ShouldContain("王保安");
        names.ShouldNotContain("赵保洁");
    }

    [DbFact]
    public async Task Roles_limit_what_can_be_changed()
    {
        var pm = await app.ApiAs("pma");
        (await pm.PostAsJsonAsync("/api/projects", new { name = "X", code = "PMX", type = "Office" })).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await pm.PutAsJsonAsync($"/api/projects/{app.ProjectA}", new { name = "X", code = "TA", type = "Office" })).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await pm.GetAsync("/api/users")).StatusCode.ShouldBe(HttpStatusCode.Forbidden);

        var tech = await app.ApiAs("techa");
        (await tech.PostAsJsonAsync($"/api/projects/{app.ProjectA}/buildings", new { code = "8" })).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await tech.PostAsJsonAsync("/api/customers", new { projectId = app.ProjectA, name = "x", phone = "13800000000", type = "Owner" })).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await tech.GetAsync("/api/staff")).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await tech.GetAsync("/api/customers")).StatusCode.ShouldBe(HttpStatusCode.OK);

        var shopper = await app.ApiAs("shopper");
        (await shopper.GetAsync("/api/customers")).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await shopper.GetAsync("/api/staff")).StatusCode.ShouldBe(HttpStatusCode.Forbidden);

        var client = await app.ApiAs("clienta");
        (await client.PostAsJsonAsync("/api/staff", new { projectId = app.ProjectA, name = "x", post = "Gate" })).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
    }

    [DbFact]
    public async Task Admin_creates_and_updates_a_project_and_a_stale_update_is_refused()
    {
        var admin = await app.ApiAs("admin");
        var created = await admin.PostAsJsonAsync("/api/projects", new
        {
            name = "滨江产业园", code = "BJ-01", type = "IndustrialPark", address = "杭州市滨江区", latitude = 30.2, longitude = 120.2,
        });
        created.StatusCode.ShouldBe(HttpStatusCode.Created);
        var p = await Json(created);
        p.GetProperty("timeZone").GetString().ShouldBe("Asia/Shanghai");
        p.GetProperty("geofenceRadiusMeters").GetInt32().ShouldBe(300);
        var id = p.GetProperty("id").GetInt32();
        var version = p.GetProperty("version").GetInt32();

        var update = await admin.PutAsJsonAsync($"/api/projects/{id}", new { name = "滨江智造产业园", code = "BJ-01", type = "IndustrialPark", version });
        update.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await Json(update)).GetProperty("version").GetInt32().ShouldBe(version + 1);

        // A second writer still holding the old version gets 409 and changes nothing.
        var stale = await admin.PutAsJsonAsync($"/api/projects/{id}", new { name = "覆盖", code = "BJ-01", type = "IndustrialPark", version });
        stale.StatusCode.ShouldBe(HttpStatusCode.Conflict);
        (await Json(stale)).GetProperty("title").GetString().ShouldBe("该记录已被他人修改，请刷新后重试");
        (await Json(await admin.GetAsync($"/api/projects/{id}"))).GetProperty("name").GetString().ShouldBe("滨江智造产业园");
    }

    [DbFact]
    public async Task Bad_project_input_gets_field_errors_in_Chinese_or_English_and_saves_nothing()
    {
        var admin = await app.ApiAs("admin");
        var before = (await Json(await admin.GetAsync("/api/projects"))).GetArrayLength();
        var bad = await admin.PostAsJsonAsync("/api/projects", new { name = "", code = "TA", type = "Office", latitude = 95, geofenceRadiusMeters = 5, timeZone = "Mars/Base" });
        bad.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        bad.Content.Headers.ContentType!.MediaType.ShouldBe("application/problem+json");
        var errors = (await Json(bad)).GetProperty("errors");
        errors.GetProperty("name")[0].GetString().ShouldBe("请填写项目名称");
        errors.GetProperty("latitude")[0].GetString().ShouldBe("纬度应在 -90 到 90 之间");
        errors.GetProperty("timeZone")[0].GetString()!.ShouldContain("Mars/Base");
        errors.TryGetProperty("geofenceRadiusMeters", out _).ShouldBeTrue();

        var dup = await admin.PostAsJsonAsync("/api/projects?culture=en", new { name = "Dup", code = "TA", type = "Office" });
        (await Json(dup)).GetProperty("errors").GetProperty("code")[0].GetString().ShouldBe("Project code TA is already in use");

        var malformed = await admin.PostAsync("/api/projects", new StringContent("{\"name\": 1", System.Text.Encoding.UTF8, "application/json"));
        malformed.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await Json(malformed)).GetProperty("title").GetString().ShouldBe("请求格式不正确，请检查提交的数据");

        var unknownEnum = await admin.PostAsync("/api/projects", new StringContent("{\"name\":\"x\",\"code\":\"ZZ\",\"type\":\"Castle\"}", System.Text.Encoding.UTF8, "application/json"));
        unknownEnum.StatusCode.ShouldBe(HttpStatusCode.BadRequest);

        (await Json(await admin.GetAsync("/api/projects"))).GetArrayLength().ShouldBe(before);
    }

    [DbFact]
    public async Task Project_manager_adds_buildings_and_units_to_their_project()
    {
        var pm = await app.ApiAs("pma");
        var b = await pm.PostAsJsonAsync($"/api/projects/{app.ProjectA}/buildings", new { code = "7", floors = 18 });
        b.StatusCode.ShouldBe(HttpStatusCode.Created);
        var building = await Json(b);
        var buildingId = building.GetProperty("id").GetInt32();
        building.GetProperty("name").GetString().ShouldBe("7号楼");

        var dupBuilding = await pm.PostAsJsonAsync($"/api/projects/{app.ProjectA}/buildings", new { code = "7" });
        dupBuilding.StatusCode.ShouldBe(HttpStatusCode.BadRequest);

        var u = await pm.PostAsJsonAsync($"/api/projects/{app.ProjectA}/units", new { buildingId, entrance = 2, room = "1203", floor = 12, floorArea = 128.5 });
        u.StatusCode.ShouldBe(HttpStatusCode.Created);
        (await Json(u)).GetProperty("label").GetString().ShouldBe("7-2-1203");
        (await pm.PostAsJsonAsync($"/api/projects/{app.ProjectA}/units", new { buildingId, entrance = 2, room = "1203" })).StatusCode.ShouldBe(HttpStatusCode.BadRequest);

        // A building of another project cannot be used, even by id.
        var foreign = await pm.PostAsJsonAsync($"/api/projects/{app.ProjectA}/units", new { buildingId = app.BuildingB, entrance = 1, room = "301" });
        foreign.StatusCode.ShouldBe(HttpStatusCode.BadRequest);

        var gen = await pm.PostAsJsonAsync($"/api/projects/{app.ProjectA}/units/generate", new { buildingId, entrances = 2, floors = 18, unitsPerFloor = 2, floorArea = 89 });
        gen.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await Json(gen)).GetProperty("created").GetInt32().ShouldBe(72); // 1203 is not in a plan of 2 units per floor
        var units = await Json(await pm.GetAsync($"/api/projects/{app.ProjectA}/units?buildingId={buildingId}&pageSize=5"));
        units.GetProperty("total").GetInt32().ShouldBe(73);
        units.GetProperty("items").GetArrayLength().ShouldBe(5);

        var tooMany = await pm.PostAsJsonAsync($"/api/projects/{app.ProjectA}/units/generate", new { buildingId, entrances = 20, floors = 200, unitsPerFloor = 20 });
        tooMany.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
    }

    [DbFact]
    public async Task Customers_are_created_paged_filtered_and_phones_masked_by_role()
    {
        var agent = await app.ApiAs("agenta");
        var created = await agent.PostAsJsonAsync("/api/customers", new
        {
            projectId = app.ProjectA, name = "钱多多", phone = "139-1234-5678", type = "Owner", tags = new[] { "VIP", "重点关注" },
            preferredContact = "WeChat", units = new[] { "1-2-201" },
        });
        created.StatusCode.ShouldBe(HttpStatusCode.Created);
        var c = await Json(created);
        c.GetProperty("phone").GetString().ShouldBe("13912345678");
        c.GetProperty("units")[0].GetString().ShouldBe("1-2-201");

        var found = await Json(await agent.GetAsync($"/api/customers?projectId={app.ProjectA}&q=1-2-201"));
        found.GetProperty("items").EnumerateArray().Select(x => x.GetProperty("name").GetString()).ShouldContain("钱多多");
        var byPhone = await Json(await agent.GetAsync("/api/customers?q=5678"));
        byPhone.GetProperty("items").EnumerateArray().Select(x => x.GetProperty("name").GetString()).ShouldContain("钱多多");

        var client = await app.ApiAs("clienta");
        var masked = await Json(await client.GetAsync($"/api/customers/{app.CustomerA}"));
        masked.GetProperty("phone").GetString().ShouldBe("138****0001");
        var full = await Json(await agent.GetAsync($"/api/customers/{app.CustomerA}"));
        full.GetProperty("phone").GetString().ShouldBe("13800000001");

        var bad = await agent.PostAsJsonAsync("/api/customers", new { projectId = app.ProjectA, name = "", phone = "12345", units = new[] { "9-9-999" } });
        bad.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        var errors = (await Json(bad)).GetProperty("errors");
        errors.GetProperty("phone")[0].GetString()!.ShouldContain("12345");
        errors.TryGetProperty("name", out _).ShouldBeTrue();
        errors.TryGetProperty("type", out _).ShouldBeTrue();

        var otherProject = await agent.PostAsJsonAsync("/api/customers", new { projectId = app.ProjectB, name = "越权", phone = "13800000009", type = "Owner" });
        otherProject.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await Json(otherProject)).GetProperty("errors").GetProperty("projectId")[0].GetString().ShouldBe("项目不存在或不在您的权限范围内");

        var page = await Json(await agent.GetAsync("/api/customers?page=1&pageSize=1"));
        page.GetProperty("items").GetArrayLength().ShouldBe(1);
        page.GetProperty("pageSize").GetInt32().ShouldBe(1);
    }

    [DbFact]
    public async Task Staff_are_listed_by_post_and_added_by_managers()
    {
        var pm = await app.ApiAs("pma");
        var created = await pm.PostAsJsonAsync("/api/staff", new { projectId = app.ProjectA, name = "孙工", post = "Engineering", department = "工程部", phone = "13712345678" });
        created.StatusCode.ShouldBe(HttpStatusCode.Created);
        var list = await Json(await pm.GetAsync($"/api/staff?projectId={app.ProjectA}&post=Engineering"));
        list.GetProperty("items").EnumerateArray().Select(s => s.GetProperty("name").GetString()).ShouldContain("孙工");

        var quality = await app.ApiAs("quality");
        var masked = await Json(await quality.GetAsync($"/api/staff?projectId={app.ProjectA}&post=Engineering"));
        masked.GetProperty("items")[0].GetProperty("phone").GetString()!.ShouldContain("****");

        (await pm.PostAsJsonAsync("/api/staff", new { projectId = app.ProjectB, name = "越权", post = "Gate" })).StatusCode.ShouldBe(HttpStatusCode.BadRequest);
    }

    [DbFact]
    public async Task The_business_calendar_is_read_edited_and_imported()
    {
        var pm = await app.ApiAs("pma");
        var cal = await Json(await pm.GetAsync($"/api/projects/{app.ProjectA}/calendar"));
        cal.GetProperty("workingDays").GetArrayLength().ShouldBe(5);

        var put = await pm.PutAsJsonAsync($"/api/projects/{app.ProjectA}/calendar", new
        {
            timeZone = "Asia/Shanghai", workingDays = new[] { "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday" },
            workdayStart = "08:30:00", workdayEnd = "17:30:00",
            days = new[] { new { date = "2025-10-01", kind = "Holiday", name = "国庆节" }, new { date = "2025-09-28", kind = "WorkingDay", name = "调休" } },
        });
        put.StatusCode.ShouldBe(HttpStatusCode.OK);
        var saved = await Json(put);
        saved.GetProperty("workingDays").GetArrayLength().ShouldBe(6);
        saved.GetProperty("days").GetArrayLength().ShouldBe(2);

        var badHours = await pm.PutAsJsonAsync($"/api/projects/{app.ProjectA}/calendar", new
        {
            timeZone = "Asia/Shanghai", workingDays = Array.Empty<string>(), workdayStart = "18:00:00", workdayEnd = "09:00:00", days = Array.Empty<object>(),
        });
        badHours.StatusCode.ShouldBe(HttpStatusCode.BadRequest);

        using var form = new MultipartFormDataContent
        {
            { new StringContent("BEGIN:VCALENDAR\nBEGIN:VEVENT\nDTSTART;VALUE=DATE:20251001\nDTEND;VALUE=DATE:20251009\nSUMMARY:国庆节\nEND:VEVENT\nEND:VCALENDAR\n"), "file", "cn.ics" },
        };
        var ics = await pm.PostAsync($"/api/projects/{app.ProjectA}/calendar/ics", form);
        ics.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await Json(ics)).GetProperty("days").GetInt32().ShouldBe(8);
        var after = await Json(await pm.GetAsync($"/api/projects/{app.ProjectA}/calendar"));
        after.GetProperty("days").GetArrayLength().ShouldBe(9); // 8 holidays + the make-up Sunday
    }
}
