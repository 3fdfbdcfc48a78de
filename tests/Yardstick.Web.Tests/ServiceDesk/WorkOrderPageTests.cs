using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Yardstick.Web.Tests.Infrastructure;

namespace Yardstick.Web.Tests.ServiceDesk;

public sealed class WorkOrderPageTestsSqlite(SqliteApp app) : WorkOrderPageTests<SqliteApp>(app);
public sealed class WorkOrderPageTestsPostgres(PostgresApp app) : WorkOrderPageTests<PostgresApp>(app), IUsesPostgres;

/// <summary>The service desk pages through HTTP with the cookie: intake, detail actions, board, SLA editor, and who may open what.</summary>
public abstract class WorkOrderPageTests<TApp>(TApp app) : IClassFixture<TApp> where TApp : TestApp
{
    private static string Location(HttpResponseMessage r) =>
        r.Headers.Location is { IsAbsoluteUri: true } abs ? abs.PathAndQuery : r.Headers.Location?.ToString() ?? "";

    private static Dictionary<string, string> Intake(int projectId, string description) => new()
    {
        ["Input.ProjectId"] = projectId.ToString(), ["Input.Channel"] = "Phone", ["Input.Type"] = "Repair", ["Input.RepairScope"] = "InHome",
        ["Input.Category"] = "Equipment", ["Input.Priority"] = "Urgent", ["Input.UnitLabel"] = "1-2-201", ["Input.CustomerName"] = "陈先生",
        ["Input.CustomerPhone"] = "13600001111", ["Input.Description"] = description,
    };

    private async Task<long> CreateThroughThePage(PageClient page, string description)
    {
        var r = await page.PostFormAsync("/work-orders/new", "/work-orders/new", Intake(app.ProjectA, description));
        r.StatusCode.ShouldBe(HttpStatusCode.Redirect, await r.Content.ReadAsStringAsync());
        return long.Parse(Location(r).Split('/').Last());
    }

    [DbFact]
    public async Task An_agent_takes_in_a_repair_on_the_page_and_dispatches_it()
    {
        var agent = await app.PagesAs("agenta");
        (await agent.Client.GetStringAsync("/work-orders/new")).ShouldContain("受理登记");
        var id = await CreateThroughThePage(agent, "厨房水槽下水堵塞，水漫到地面");

        var detail = await agent.Client.GetStringAsync($"/work-orders/{id}");
        detail.ShouldContain("厨房水槽下水堵塞");
        detail.ShouldContain("已受理");
        detail.ShouldContain("响应");          // the SLA clock of an urgent repair
        detail.ShouldContain("data-action=\"dispatch\"");

        var version = System.Text.RegularExpressions.Regex.Match(detail, "name=\"version\" value=\"(\\d+)\"").Groups[1].Value;
        var r = await agent.PostFormAsync($"/work-orders/{id}", $"/work-orders/{id}?handler=Act",
            new() { ["act"] = "dispatch", ["version"] = version, ["department"] = "工程部" });
        r.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var after = await agent.Client.GetStringAsync($"/work-orders/{id}");
        after.ShouldContain("已派单");
        after.ShouldContain("工程部");

        // An illegal action on the page: a message, and the state stays.
        r = await agent.PostFormAsync($"/work-orders/{id}", $"/work-orders/{id}?handler=Act", new() { ["act"] = "close" });
        r.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var refused = await agent.Client.GetStringAsync($"/work-orders/{id}");
        refused.ShouldContain("不能执行“关闭”");
        refused.ShouldContain("已派单");

        var list = await agent.Client.GetStringAsync("/work-orders?open=true");
        list.ShouldContain($"/work-orders/{id}");
    }

    [DbFact]
    public async Task A_bad_intake_shows_the_errors_in_Chinese_and_saves_nothing()
    {
        var agent = await app.PagesAs("agenta");
        int before;
        await using (var scope = app.SystemScope(out var db)) before = await db.WorkOrders.CountAsync();
        var form = Intake(app.ProjectA, "");
        form["Input.Type"] = "Complaint";
        form["Input.UnitLabel"] = "99-9-999";
        var r = await agent.PostFormAsync("/work-orders/new", "/work-orders/new", form);
        r.StatusCode.ShouldBe(HttpStatusCode.OK);
        var html = await r.Content.ReadAsStringAsync();
        html.ShouldContain("请填写问题描述");
        html.ShouldContain("请填写投诉性质");
        await using (var scope = app.SystemScope(out var db)) (await db.WorkOrders.CountAsync()).ShouldBe(before);
    }

    [DbFact]
    public async Task A_technician_sees_only_their_orders_and_no_intake_or_board()
    {
        var agent = await app.PagesAs("agenta");
        var id = await CreateThroughThePage(agent, "阳台地漏返水");
        var tech = await app.PagesAs("techa");
        (await tech.Client.GetAsync($"/work-orders/{id}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        foreach (var url in new[] { "/work-orders/new", "/work-orders/overdue" })
            Location(await tech.Client.GetAsync(url)).ShouldStartWith("/account/denied", Case.Sensitive, url);
        var home = await tech.Client.GetStringAsync("/");
        home.ShouldContain("/work-orders?mine=true");
        home.ShouldNotContain("/work-orders/overdue");
    }

    [DbFact]
    public async Task Pages_of_another_project_answer_404_and_outsiders_are_denied()
    {
        var admin = await app.ApiAs("admin");
        var other = await admin.PostAsJsonAsync("/api/work-orders", new
        {
            projectId = app.ProjectB, type = "Complaint", channel = "WalkIn", category = "Environment", description = "A座卫生间无纸巾", nature = "Valid", severity = "General",
        });
        var otherId = (await other.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetInt64();
        var pm = await app.PagesAs("pma");
        (await pm.Client.GetAsync($"/work-orders/{otherId}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await pm.Client.GetAsync($"/projects/{app.ProjectB}/sla")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await pm.Client.GetStringAsync("/work-orders")).ShouldNotContain($"/work-orders/{otherId}\"");

        var shopper = await app.PagesAs("shopper");
        Location(await shopper.Client.GetAsync("/work-orders")).ShouldStartWith("/account/denied");
        (await shopper.Client.GetStringAsync("/")).ShouldNotContain("href=\"/work-orders\"");
    }

    [DbFact]
    public async Task The_board_lists_late_orders_and_the_supervisor_edits_the_policy()
    {
        var agent = await app.PagesAs("agenta");
        var id = await CreateThroughThePage(agent, "入户门锁坏了打不开");
        app.Clock.Advance(TimeSpan.FromHours(3)); // urgent: dispatch 10 min and response 2 h are both past
        var sup = await app.PagesAs("supa");
        var board = await sup.Client.GetStringAsync("/work-orders/overdue");
        board.ShouldContain($"/work-orders/{id}");
        board.ShouldContain("已超时");

        var policy = await sup.Client.GetStringAsync($"/projects/{app.ProjectA}/sla");
        policy.ShouldContain("服务时限标准");
        policy.ShouldContain("id=\"save-policy\"");
        var r = await sup.PostFormAsync($"/projects/{app.ProjectA}/sla", $"/projects/{app.ProjectA}/sla", new()
        {
            ["Rules[0].Type"] = "Repair", ["Rules[0].Target"] = "Response", ["Rules[0].Amount"] = "30", ["Rules[0].Unit"] = "Minutes",
            ["Rules[1].Type"] = "Repair", ["Rules[1].Target"] = "Resolution", ["Rules[1].Amount"] = "-1", ["Rules[1].Unit"] = "WorkingDays",
        });
        r.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await r.Content.ReadAsStringAsync()).ShouldContain("第 2 行");
        r = await sup.PostFormAsync($"/projects/{app.ProjectA}/sla", $"/projects/{app.ProjectA}/sla", new()
        {
            ["Rules[0].Type"] = "Repair", ["Rules[0].Target"] = "Response", ["Rules[0].Amount"] = "30", ["Rules[0].Unit"] = "Minutes",
            ["Rules[1].Type"] = "Repair", ["Rules[1].Target"] = "Resolution", ["Rules[1].Amount"] = "2", ["Rules[1].Unit"] = "WorkingDays", ["Rules[1].Remove"] = "true",
        });
        r.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var api = await app.ApiAs("supa");
        var saved = await api.GetFromJsonAsync<JsonElement>($"/api/projects/{app.ProjectA}/sla-policy");
        saved.GetProperty("rules").GetArrayLength().ShouldBe(1);

        // An agent may read the policy but not change it.
        var agentPolicy = await agent.Client.GetStringAsync($"/projects/{app.ProjectA}/sla");
        agentPolicy.ShouldNotContain("id=\"save-policy\"");
        r = await agent.PostFormAsync($"/projects/{app.ProjectA}/sla", $"/projects/{app.ProjectA}/sla?handler=Reset", new());
        Location(r).ShouldStartWith("/account/denied");
        r = await sup.PostFormAsync($"/projects/{app.ProjectA}/sla", $"/projects/{app.ProjectA}/sla?handler=Reset", new());
        r.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        (await api.GetFromJsonAsync<JsonElement>($"/api/projects/{app.ProjectA}/sla-policy")).GetProperty("isDefault").GetBoolean().ShouldBeTrue();
    }
}
