using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Yardstick.Web.Features.ServiceDesk;
using Yardstick.Web.Tests.Infrastructure;

namespace Yardstick.Web.Tests.ServiceDesk;

public sealed class WorkOrderApiTestsSqlite(SqliteApp app) : WorkOrderApiTests<SqliteApp>(app);
public sealed class WorkOrderApiTestsPostgres(PostgresApp app) : WorkOrderApiTests<PostgresApp>(app), IUsesPostgres;

/// <summary>Work orders through the API: the closed loop, illegal actions, concurrent edits, roles and scope.</summary>
public abstract class WorkOrderApiTests<TApp>(TApp app) : IClassFixture<TApp> where TApp : TestApp
{
    private static async Task<JsonElement> Json(HttpResponseMessage r) => await r.Content.ReadFromJsonAsync<JsonElement>();

    private object Complaint(string description = "楼上装修噪音太大，中午也在施工，影响老人休息", string severity = "Important") => new
    {
        projectId = app.ProjectA, type = "Complaint", channel = "Phone", category = "Neighbor", description,
        unitLabel = "1-1-101", customerId = app.CustomerA, nature = "Valid", severity, accusedDepartment = "秩序部", demand = "尽快制止中午施工",
    };

    private async Task<JsonElement> Create(HttpClient c, object body)
    {
        var r = await c.PostAsJsonAsync("/api/work-orders", body);
        r.StatusCode.ShouldBe(HttpStatusCode.Created, await r.Content.ReadAsStringAsync());
        return await Json(r);
    }

    private static async Task<HttpResponseMessage> Act(HttpClient c, long id, string action, object? body = null) =>
        await c.PostAsJsonAsync($"/api/work-orders/{id}/{action}", body ?? new { });

    /// <summary>A patrol's repair in project B, which the users of project A must not see.</summary>
    private async Task<long> OrderOfProjectB() => (await Create(await app.ApiAs("admin"), new
    {
        projectId = app.ProjectB, type = "Repair", repairScope = "CommonArea", channel = "Patrol", category = "Equipment", description = "A座电梯异响", location = "A座2号梯",
    })).GetProperty("id").GetInt64();

    private async Task<int> UserId(string name)
    {
        await using var scope = app.SystemScope(out var db);
        return await db.Users.Where(u => u.UserName == name).Select(u => u.Id).FirstAsync();
    }

    private static DateTime Due(JsonElement order, string target) =>
        order.GetProperty("sla").EnumerateArray().First(s => s.GetProperty("target").GetString() == target).GetProperty("dueAt").GetDateTime();

    [DbFact]
    public async Task A_phone_complaint_flows_from_intake_to_closure_with_a_timeline()
    {
        var agent = await app.ApiAs("agenta");
        var created = await Create(agent, Complaint());
        var id = created.GetProperty("id").GetInt64();
        created.GetProperty("number").GetString()!.ShouldMatch(@"^GD\d{8}\d{4}$");
        created.GetProperty("status").GetString().ShouldBe("Received");
        created.GetProperty("receiverName").GetString().ShouldBe("测试agenta");
        var at = created.GetProperty("createdAt").GetDateTime();
        (Due(created, "Dispatch") - at).ShouldBe(TimeSpan.FromMinutes(10));
        (Due(created, "Response") - at).ShouldBe(TimeSpan.FromHours(24));
        (Due(created, "Resolution") - at).ShouldBe(TimeSpan.FromHours(72));

        var tech = await UserId("techa");
        (await Act(agent, id, "dispatch", new { assigneeId = tech, department = "工程部" })).StatusCode.ShouldBe(HttpStatusCode.OK);

        var techClient = await app.ApiAs("techa");
        var mine = await Json(await techClient.GetAsync("/api/work-orders?mine=true"));
        mine.GetProperty("items").EnumerateArray().Select(o => o.GetProperty("id").GetInt64()).ShouldContain(id);
        var techNotes = await Json(await techClient.GetAsync("/api/notifications"));
        techNotes.GetProperty("items").EnumerateArray().Select(n => n.GetProperty("link").GetString()).ShouldContain($"/work-orders/{id}");

        (await Act(techClient, id, "accept")).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await Act(techClient, id, "start")).StatusCode.ShouldBe(HttpStatusCode.OK);
        var resolved = await Json(await Act(techClient, id, "resolve", new { resolution = "已上门沟通，装修队承诺12:00-14:00停工" }));
        resolved.GetProperty("status").GetString().ShouldBe("Resolved");
        resolved.GetProperty("actions").EnumerateArray().ShouldBeEmpty("a technician cannot close or reopen");

        // 首问负责制: the receiver heard of every change made by others, and must reply before closing.
        var agentNotes = await Json(await agent.GetAsync("/api/notifications"));
        agentNotes.GetProperty("items").EnumerateArray().Count(n => n.GetProperty("link").GetString() == $"/work-orders/{id}").ShouldBeGreaterThanOrEqualTo(3);
        var early = await Act(agent, id, "close");
        early.StatusCode.ShouldBe(HttpStatusCode.Conflict);
        (await Json(early)).GetProperty("title").GetString()!.ShouldContain("回复");

        (await agent.PostAsJsonAsync($"/api/work-orders/{id}/reply", new { method = "Phone", note = "已电话告知业主处理结果，业主表示认可" })).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await agent.PostAsJsonAsync($"/api/work-orders/{id}/rating", new { score = 5, comment = "处理及时" })).StatusCode.ShouldBe(HttpStatusCode.OK);
        var closed = await Json(await Act(agent, id, "close"));
        closed.GetProperty("status").GetString().ShouldBe("Closed");
        closed.GetProperty("replyByName").GetString().ShouldBe("测试agenta");
        closed.GetProperty("rating").GetInt32().ShouldBe(5);
        closed.GetProperty("sla").EnumerateArray().ShouldAllBe(s => s.GetProperty("met").GetBoolean());
        var steps = closed.GetProperty("timeline").EnumerateArray()
            .Where(e => e.GetProperty("kind").GetString() == "Transition").Select(e => e.GetProperty("to").GetString()).ToList();
        steps.ShouldBe(["Dispatched", "Accepted", "InProgress", "Resolved", "Closed"]);
        closed.GetProperty("timeline").EnumerateArray().First().GetProperty("userName").GetString().ShouldBe("agenta");
    }

    [DbFact]
    public async Task Reclassifying_is_on_the_timeline_in_each_readers_language_and_bad_input_changes_nothing()
    {
        var agent = await app.ApiAs("agenta");
        var order = await Create(agent, Complaint());
        var id = order.GetProperty("id").GetInt64();
        var version = order.GetProperty("version").GetInt32();
        var repair = new { version, type = "Repair", category = "Equipment", priority = "Routine", note = "实为空调外机漏水" };

        // A technician sees only the orders sent to them; the client's viewer sees this one but only reads.
        (await Act(await app.ApiAs("techa"), id, "classify", repair)).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await Act(await app.ApiAs("clienta"), id, "classify", repair)).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await Act(agent, await OrderOfProjectB(), "classify", repair)).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await Act(app.Anonymous(), id, "classify", repair)).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        var bad = await Act(agent, id, "classify", new { version, type = "Complaint", category = "Environment" });
        bad.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        var errors = (await Json(bad)).GetProperty("errors");
        errors.GetProperty("nature")[0].GetString().ShouldBe("请填写投诉性质");
        errors.TryGetProperty("severity", out _).ShouldBeTrue();
        var unchanged = await Json(await agent.GetAsync($"/api/work-orders/{id}"));
        (unchanged.GetProperty("type").GetString(), unchanged.GetProperty("category").GetString()).ShouldBe(("Complaint", "Neighbor"));

        (await Act(agent, id, "classify", repair)).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await agent.PostAsJsonAsync($"/api/work-orders/{id}/reply", new { method = "Phone", note = "已告知业主" })).StatusCode.ShouldBe(HttpStatusCode.OK);
        async Task<List<string>> Notes(string query) => (await Json(await agent.GetAsync($"/api/work-orders/{id}{query}"))).GetProperty("timeline")
            .EnumerateArray().Where(e => e.GetProperty("kind").GetString() is "Reclassified" or "Reply").Select(e => e.GetProperty("note").GetString()!).ToList();
        (await Notes("")).ShouldBe(["投诉/邻里/违章/一般 → 报修/设施设备/一般 实为空调外机漏水", "电话 · 已告知业主"]);
        (await Notes("?culture=en")).ShouldBe(["Complaint/Neighbours / violations/Routine → Repair/Equipment/Routine 实为空调外机漏水", "Phone · 已告知业主"]);
    }

    [DbFact]
    public async Task Illegal_transitions_answer_409_and_change_nothing()
    {
        var agent = await app.ApiAs("agenta");
        var order = await Create(agent, Complaint());
        var id = order.GetProperty("id").GetInt64();
        var version = order.GetProperty("version").GetInt32();

        var r = await Act(agent, id, "close");
        r.StatusCode.ShouldBe(HttpStatusCode.Conflict);
        (await Json(r)).GetProperty("title").GetString().ShouldBe("工单当前为“已受理”状态，不能执行“关闭”");
        (await Act(agent, id, "accept")).StatusCode.ShouldBe(HttpStatusCode.Conflict);
        (await Act(agent, id, "resume")).StatusCode.ShouldBe(HttpStatusCode.Conflict);
        (await Act(agent, id, "reopen", new { note = "x" })).StatusCode.ShouldBe(HttpStatusCode.Conflict);
        (await Act(agent, id, "explode")).StatusCode.ShouldBe(HttpStatusCode.NotFound);

        var after = await Json(await agent.GetAsync($"/api/work-orders/{id}"));
        after.GetProperty("status").GetString().ShouldBe("Received");
        after.GetProperty("version").GetInt32().ShouldBe(version);
        after.GetProperty("timeline").GetArrayLength().ShouldBe(1);
    }

    [DbFact]
    public async Task Actions_that_need_a_reason_or_a_target_refuse_without_one()
    {
        var agent = await app.ApiAs("agenta");
        var id = (await Create(agent, Complaint())).GetProperty("id").GetInt64();
        var r = await Act(agent, id, "dispatch", new { });
        r.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await Json(r)).GetProperty("errors").GetProperty("assigneeId")[0].GetString().ShouldBe("请选择处理人或填写处理部门");
        (await Act(agent, id, "cancel", new { note = " " })).StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        // Someone outside the project cannot be given the order.
        (await Act(agent, id, "dispatch", new { assigneeId = 999999 })).StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await Act(agent, id, "dispatch", new { department = "工程部" })).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await Act(agent, id, "resolve", new { resolution = "" })).StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await Json(await agent.GetAsync($"/api/work-orders/{id}"))).GetProperty("status").GetString().ShouldBe("Dispatched");
    }

    [DbFact]
    public async Task The_second_of_two_concurrent_edits_gets_409()
    {
        var agent = await app.ApiAs("agenta");
        var order = await Create(agent, Complaint());
        var id = order.GetProperty("id").GetInt64();
        var version = order.GetProperty("version").GetInt32();
        (await Act(agent, id, "dispatch", new { version, department = "工程部" })).StatusCode.ShouldBe(HttpStatusCode.OK);
        var second = await Act(agent, id, "cancel", new { version, note = "客户撤回" });
        second.StatusCode.ShouldBe(HttpStatusCode.Conflict);
        (await Json(await agent.GetAsync($"/api/work-orders/{id}"))).GetProperty("status").GetString().ShouldBe("Dispatched");
    }

    [DbFact]
    public async Task Bad_input_is_refused_field_by_field_in_Chinese_and_nothing_is_saved()
    {
        var agent = await app.ApiAs("agenta");
        int before;
        await using (var scope = app.SystemScope(out var db)) before = await db.WorkOrders.CountAsync();
        var r = await agent.PostAsJsonAsync("/api/work-orders", new { projectId = app.ProjectA, type = "Complaint", channel = "Phone", description = "", customerPhone = "12345" });
        r.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        var errors = (await Json(r)).GetProperty("errors");
        errors.GetProperty("description")[0].GetString().ShouldBe("请填写问题描述");
        errors.GetProperty("category")[0].GetString().ShouldBe("请填写问题分类");
        errors.GetProperty("nature").GetArrayLength().ShouldBe(1);
        errors.GetProperty("severity").GetArrayLength().ShouldBe(1);
        errors.GetProperty("customerPhone").GetArrayLength().ShouldBe(1);

        (await agent.PostAsJsonAsync("/api/work-orders", new { projectId = app.ProjectA, type = "Bogus" })).StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        var wrongUnit = await agent.PostAsJsonAsync("/api/work-orders", new { projectId = app.ProjectA, type = "Inquiry", channel = "Phone", category = "Fees", description = "物业费怎么交", unitLabel = "A-1-101" });
        wrongUnit.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await Json(wrongUnit)).GetProperty("errors").GetProperty("unitId")[0].GetString().ShouldBe("房号 A-1-101 不属于该项目");
        await using (var scope = app.SystemScope(out var db)) (await db.WorkOrders.CountAsync()).ShouldBe(before);
    }

    [DbFact]
    public async Task An_inquiry_answered_at_once_is_resolved_at_intake_as_first_contact_resolution()
    {
        var agent = await app.ApiAs("agenta");
        var order = await Create(agent, new
        {
            projectId = app.ProjectA, type = "Inquiry", channel = "Phone", category = "Fees", description = "物业费可以用微信缴纳吗？",
            customerName = "王女士", customerPhone = "139-1234-5678", answeredNow = "可以，在“阳光花园服务号”缴费栏目缴纳。",
        });
        order.GetProperty("status").GetString().ShouldBe("Resolved");
        order.GetProperty("firstContactResolution").GetBoolean().ShouldBeTrue();
        order.GetProperty("replyMethod").GetString().ShouldBe("Phone");
        order.GetProperty("customerPhone").GetString().ShouldBe("13912345678");
        (await Act(agent, order.GetProperty("id").GetInt64(), "close")).StatusCode.ShouldBe(HttpStatusCode.OK);

        var notInquiry = await agent.PostAsJsonAsync("/api/work-orders", new
        {
            projectId = app.ProjectA, type = "Repair", repairScope = "InHome", channel = "Phone", category = "Equipment", description = "水龙头漏水", answeredNow = "好的",
        });
        notInquiry.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
    }

    [DbFact]
    public async Task Hold_and_resume_need_a_reason_and_pause_the_clocks()
    {
        var agent = await app.ApiAs("agenta");
        var order = await Create(agent, new
        {
            projectId = app.ProjectA, type = "Repair", repairScope = "InHome", priority = "Urgent", channel = "Phone", category = "Equipment",
            description = "卫生间下水管漏水", unitLabel = "1-1-102",
        });
        var id = order.GetProperty("id").GetInt64();
        var due = Due(order, "Response");
        (await Act(agent, id, "dispatch", new { department = "工程部" })).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await Act(agent, id, "hold", new { })).StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await Act(agent, id, "hold", new { note = "等待配件到货" })).StatusCode.ShouldBe(HttpStatusCode.OK);
        app.Clock.Advance(TimeSpan.FromMinutes(90));
        agent = await app.ApiAs("agenta");
        var resumed = await Json(await Act(agent, id, "resume"));
        resumed.GetProperty("status").GetString().ShouldBe("Dispatched");
        Due(resumed, "Response").ShouldBe(due.AddMinutes(90));
    }

    [DbFact]
    public async Task Reopen_counts_and_restarts_the_resolution_clock()
    {
        var agent = await app.ApiAs("agenta");
        var id = (await Create(agent, Complaint())).GetProperty("id").GetInt64();
        (await Act(agent, id, "dispatch", new { department = "秩序部" })).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await Act(agent, id, "resolve", new { resolution = "已劝导" })).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await Act(agent, id, "reopen", new { })).StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        var reopened = await Json(await Act(agent, id, "reopen", new { note = "业主反映仍在中午施工" }));
        reopened.GetProperty("status").GetString().ShouldBe("Received");
        reopened.GetProperty("reopenCount").GetInt32().ShouldBe(1);
        var resolution = reopened.GetProperty("sla").EnumerateArray().First(s => s.GetProperty("target").GetString() == "Resolution");
        resolution.GetProperty("metAt").ValueKind.ShouldBe(JsonValueKind.Null);
    }

    [DbFact]
    public async Task Duplicates_are_listed_and_a_merged_order_points_to_its_master()
    {
        var agent = await app.ApiAs("agenta");
        var first = (await Create(agent, Complaint("地库B2层积水严重"))).GetProperty("id").GetInt64();
        var second = (await Create(agent, Complaint("地库B2层又积水了"))).GetProperty("id").GetInt64();
        var dups = await Json(await agent.GetAsync($"/api/work-orders/{second}/duplicates"));
        dups.EnumerateArray().Select(d => d.GetProperty("id").GetInt64()).ShouldContain(first);
        var candidates = await Json(await agent.GetAsync($"/api/work-orders/duplicates?projectId={app.ProjectA}&category=Neighbor&customerId={app.CustomerA}"));
        candidates.EnumerateArray().Select(d => d.GetProperty("id").GetInt64()).ShouldContain(second);

        var self = await agent.PostAsJsonAsync($"/api/work-orders/{second}/merge", new { masterId = second });
        self.StatusCode.ShouldBe(HttpStatusCode.BadRequest, await self.Content.ReadAsStringAsync());
        var merged = await Json(await agent.PostAsJsonAsync($"/api/work-orders/{second}/merge", new { masterId = first }));
        merged.GetProperty("masterId").GetInt64().ShouldBe(first);
        merged.GetProperty("status").GetString().ShouldBe("Closed");
        (await agent.PostAsJsonAsync($"/api/work-orders/{first}/merge", new { masterId = second })).StatusCode.ShouldBe(HttpStatusCode.BadRequest);
    }

    [DbFact]
    public async Task A_complaint_in_the_same_category_within_30_days_of_an_earlier_one_is_a_repeat()
    {
        var agent = await app.ApiAs("agenta");
        var first = (await Create(agent, Complaint("垃圾桶满了没人清"))).GetProperty("id").GetInt64();
        (await Act(agent, first, "resolve", new { resolution = "已清运" })).StatusCode.ShouldBe(HttpStatusCode.OK);
        app.Clock.Advance(TimeSpan.FromDays(20));
        agent = await app.ApiAs("agenta");
        var again = await Create(agent, Complaint("垃圾桶又满了"));
        again.GetProperty("repeatOfId").GetInt64().ShouldBe(first);
        app.Clock.Advance(TimeSpan.FromDays(31));
        agent = await app.ApiAs("agenta");
        (await Create(agent, Complaint("垃圾桶还是满"))).GetProperty("repeatOfId").ValueKind.ShouldBe(JsonValueKind.Null);
    }

    [DbFact]
    public async Task Scope_and_roles_decide_who_sees_and_does_what()
    {
        var other = await OrderOfProjectB();

        var pm = await app.ApiAs("pma");
        (await pm.GetAsync($"/api/work-orders/{other}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await pm.GetAsync($"/api/work-orders/{other}/duplicates")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await Act(pm, other, "dispatch", new { department = "工程部" })).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await pm.PostAsJsonAsync($"/api/work-orders/{other}/reply", new { method = "Phone", note = "x" })).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await pm.GetAsync($"/api/projects/{app.ProjectB}/sla-policy")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        var list = await Json(await pm.GetAsync("/api/work-orders?pageSize=200"));
        list.GetProperty("items").EnumerateArray().ShouldAllBe(o => o.GetProperty("projectId").GetInt32() == app.ProjectA);
        (await pm.PostAsJsonAsync("/api/work-orders", new { projectId = app.ProjectB, type = "Praise", channel = "Phone", category = "Attitude", description = "表扬保安" }))
            .StatusCode.ShouldBe(HttpStatusCode.BadRequest);

        // A technician sees only what is assigned to them and can neither take in nor dispatch orders.
        var agent = await app.ApiAs("agenta");
        var notTheirs = (await Create(agent, Complaint())).GetProperty("id").GetInt64();
        var tech = await app.ApiAs("techa");
        (await tech.GetAsync($"/api/work-orders/{notTheirs}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await tech.PostAsJsonAsync("/api/work-orders", Complaint())).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await Json(await tech.GetAsync("/api/work-orders?pageSize=200"))).GetProperty("items").EnumerateArray()
            .ShouldAllBe(o => o.GetProperty("assigneeId").ValueKind == JsonValueKind.Number);
        (await Act(agent, notTheirs, "dispatch", new { assigneeId = await UserId("techa") })).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await Act(tech, notTheirs, "dispatch", new { department = "x" })).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await Act(tech, notTheirs, "cancel", new { note = "x" })).StatusCode.ShouldBe(HttpStatusCode.Forbidden);

        var client = await app.ApiAs("clienta");
        (await client.GetAsync($"/api/work-orders/{notTheirs}")).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await client.PostAsJsonAsync("/api/work-orders", Complaint())).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await Act(client, notTheirs, "accept")).StatusCode.ShouldBe(HttpStatusCode.Forbidden);

        foreach (var outsider in new[] { "shopper", "reviewer" })
        {
            var c = await app.ApiAs(outsider);
            (await c.GetAsync("/api/work-orders")).StatusCode.ShouldBe(HttpStatusCode.Forbidden, outsider);
            (await c.GetAsync($"/api/work-orders/{notTheirs}")).StatusCode.ShouldBe(HttpStatusCode.Forbidden, outsider);
        }
        using var anonymous = app.Anonymous();
        (await anonymous.GetAsync("/api/work-orders")).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
    }

    [DbFact]
    public async Task Phones_on_orders_are_masked_for_roles_that_may_not_see_them()
    {
        var agent = await app.ApiAs("agenta");
        var id = (await Create(agent, Complaint())).GetProperty("id").GetInt64();
        (await Json(await agent.GetAsync($"/api/work-orders/{id}"))).GetProperty("customerPhone").GetString().ShouldBe("13800000001");
        var client = await app.ApiAs("clienta");
        (await Json(await client.GetAsync($"/api/work-orders/{id}"))).GetProperty("customerPhone").GetString().ShouldBe("138****0001");
    }

    [DbFact]
    public async Task The_SLA_policy_is_editable_by_supervisors_and_used_by_new_orders()
    {
        var agent = await app.ApiAs("agenta");
        var policy = await Json(await agent.GetAsync($"/api/projects/{app.ProjectA}/sla-policy"));
        (await agent.PutAsJsonAsync($"/api/projects/{app.ProjectA}/sla-policy", new { rules = Array.Empty<object>() })).StatusCode.ShouldBe(HttpStatusCode.Forbidden);

        var sup = await app.ApiAs("supa");
        var bad = await sup.PutAsJsonAsync($"/api/projects/{app.ProjectA}/sla-policy", new
        {
            rules = new object[]
            {
                new { type = "Repair", target = "Response", amount = 0, unit = "Minutes" },
                new { type = "Repair", target = "Response", amount = 30, unit = "Minutes", severity = "Major" },
            },
        });
        bad.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        var errors = (await Json(bad)).GetProperty("errors");
        errors.GetProperty("rules[0].amount")[0].GetString().ShouldBe("第 1 行：时限须在 1 到 129600 之间");
        errors.GetProperty("rules[1].severity").GetArrayLength().ShouldBe(1);
        (await Json(await sup.GetAsync($"/api/projects/{app.ProjectA}/sla-policy"))).GetProperty("isDefault").GetBoolean().ShouldBe(policy.GetProperty("isDefault").GetBoolean());

        var rules = policy.GetProperty("rules").EnumerateArray().Select(r => JsonSerializer.Deserialize<Dictionary<string, object?>>(r.GetRawText())!).ToList();
        rules.Add(new() { ["type"] = "Praise", ["target"] = "Response", ["amount"] = 2, ["unit"] = "WorkingHours" });
        var saved = await sup.PutAsJsonAsync($"/api/projects/{app.ProjectA}/sla-policy", new { rules });
        saved.StatusCode.ShouldBe(HttpStatusCode.OK, await saved.Content.ReadAsStringAsync());
        (await Json(saved)).GetProperty("isDefault").GetBoolean().ShouldBeFalse();

        var praise = await Create(agent, new { projectId = app.ProjectA, type = "Praise", channel = "WalkIn", category = "Attitude", description = "保安王师傅帮忙搬运重物，特此表扬" });
        praise.GetProperty("sla").EnumerateArray().Single().GetProperty("unit").GetString().ShouldBe("WorkingHours");
    }

    [DbFact]
    public async Task Deadlines_warn_at_80_percent_escalate_on_breach_and_again_at_twice_the_target()
    {
        var agent = await app.ApiAs("agenta");
        var order = await Create(agent, new
        {
            projectId = app.ProjectA, type = "Repair", repairScope = "CommonArea", priority = "Urgent", channel = "Phone", category = "Equipment",
            description = "1号楼2单元电梯按钮失灵", location = "1号楼2单元电梯",
        });
        var id = order.GetProperty("id").GetInt64();
        (await Act(agent, id, "dispatch", new { assigneeId = await UserId("techa") })).StatusCode.ShouldBe(HttpStatusCode.OK);
        var sweeper = app.Services.GetRequiredService<SlaSweeper>();

        app.Clock.Advance(TimeSpan.FromMinutes(97)); // urgent response target 120 min: 80 % = 96 min
        await sweeper.RunOnceAsync();
        await sweeper.RunOnceAsync();
        async Task<List<string>> Kinds() => (await Json(await (await app.ApiAs("agenta")).GetAsync($"/api/work-orders/{id}")))
            .GetProperty("timeline").EnumerateArray().Select(e => e.GetProperty("kind").GetString()!).ToList();
        (await Kinds()).Count(k => k == "Warning").ShouldBe(1, "a second pass repeats nothing");
        (await Json(await (await app.ApiAs("techa")).GetAsync("/api/notifications"))).GetProperty("items").EnumerateArray()
            .ShouldContain(n => n.GetProperty("title").GetString()!.Contains("即将超时"));

        app.Clock.Advance(TimeSpan.FromMinutes(24)); // 121 min: breached
        await sweeper.RunOnceAsync();
        (await Kinds()).Count(k => k == "Escalation").ShouldBe(1);
        (await Json(await (await app.ApiAs("supa")).GetAsync("/api/notifications"))).GetProperty("items").EnumerateArray()
            .ShouldContain(n => n.GetProperty("link").GetString() == $"/work-orders/{id}");
        var overdue = await Json(await (await app.ApiAs("supa")).GetAsync($"/api/work-orders?overdue=true&pageSize=200"));
        overdue.GetProperty("items").EnumerateArray().Select(o => o.GetProperty("id").GetInt64()).ShouldContain(id);

        app.Clock.Advance(TimeSpan.FromMinutes(120)); // 241 min: twice the target
        await sweeper.RunOnceAsync();
        await sweeper.RunOnceAsync();
        (await Kinds()).Count(k => k == "Escalation").ShouldBe(2, "breach and twice the target of the response; the 24 h resolution is not due yet");
        (await Json(await (await app.ApiAs("pma")).GetAsync("/api/notifications"))).GetProperty("items").EnumerateArray()
            .ShouldContain(n => n.GetProperty("link").GetString() == $"/work-orders/{id}");
    }

    [DbFact]
    public async Task A_valid_complaint_open_for_more_than_a_month_becomes_major()
    {
        var agent = await app.ApiAs("agenta");
        var id = (await Create(agent, Complaint("小区东门道闸经常抬杆不及时", "General"))).GetProperty("id").GetInt64();
        app.Clock.Advance(TimeSpan.FromDays(32));
        await app.Services.GetRequiredService<SlaSweeper>().RunOnceAsync();
        var order = await Json(await (await app.ApiAs("agenta")).GetAsync($"/api/work-orders/{id}"));
        order.GetProperty("severity").GetString().ShouldBe("Major");
        order.GetProperty("timeline").EnumerateArray().ShouldContain(e => e.GetProperty("kind").GetString() == "AutoMajor");
        (await Json(await (await app.ApiAs("pma")).GetAsync("/api/notifications"))).GetProperty("items").EnumerateArray()
            .ShouldContain(n => n.GetProperty("title").GetString()!.StartsWith("重大投诉"));
    }
}
