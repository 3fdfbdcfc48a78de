using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Yardstick.Web.Features.ReturnVisits;
using Yardstick.Web.Tests.Infrastructure;

namespace Yardstick.Web.Tests.ReturnVisits;

public sealed class ReturnVisitApiTestsSqlite(SqliteApp app) : ReturnVisitApiTests<SqliteApp>(app);
public sealed class ReturnVisitApiTestsPostgres(PostgresApp app) : ReturnVisitApiTests<PostgresApp>(app), IUsesPostgres;

/// <summary>Return visits through the API: tasks from the rules, the visit, the unsatisfied loop, letters, sampling, rates, roles.</summary>
public abstract class ReturnVisitApiTests<TApp>(TApp app) : IClassFixture<TApp> where TApp : TestApp
{
    /// <summary>A PNG header and some pixels' worth of bytes: what a signature pad sends.</summary>
    public static readonly string Signature = "data:image/png;base64," + Convert.ToBase64String(
        [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, .. Enumerable.Range(0, 300).Select(i => (byte)(i * 7))]);

    private static async Task<JsonElement> Json(HttpResponseMessage r) => await r.Content.ReadFromJsonAsync<JsonElement>();

    private async Task<long> Order(HttpClient c, object body)
    {
        var r = await c.PostAsJsonAsync("/api/work-orders", body);
        r.StatusCode.ShouldBe(HttpStatusCode.Created, await r.Content.ReadAsStringAsync());
        return (await Json(r)).GetProperty("id").GetInt64();
    }

    private object Complaint(string severity = "General", string nature = "Valid", int? customerId = -1, int? projectId = null) => new
    {
        projectId = projectId ?? app.ProjectA, type = "Complaint", channel = "Phone", category = "Environment",
        description = "垃圾桶满了两天没人清理，味道很大", customerId = customerId == -1 ? app.CustomerA : customerId,
        nature, severity, accusedDepartment = "环境部", communicativeKind = nature == "Communicative" ? "Vent" : null,
    };

    private object Repair() => new
    {
        projectId = app.ProjectA, type = "Repair", repairScope = "InHome", channel = "Phone", category = "Equipment",
        description = "厨房水龙头漏水", customerId = app.CustomerA, unitLabel = "1-1-101",
    };

    /// <summary>Resolves an order straight from intake (the desk may), returning its visit tasks.</summary>
    private async Task<List<JsonElement>> Resolve(HttpClient c, long id)
    {
        var r = await c.PostAsJsonAsync($"/api/work-orders/{id}/resolve", new { resolution = "已处理完毕" });
        r.StatusCode.ShouldBe(HttpStatusCode.OK, await r.Content.ReadAsStringAsync());
        return await Visits(c, id);
    }

    private static async Task<List<JsonElement>> Visits(HttpClient c, long orderId) =>
        (await Json(await c.GetAsync($"/api/return-visits?workOrderId={orderId}"))).GetProperty("items").EnumerateArray().ToList();

    private static async Task<JsonElement> Order(HttpClient c, long id) => await Json(await c.GetAsync($"/api/work-orders/{id}"));

    private static Task<HttpResponseMessage> Complete(HttpClient c, long visitId, object body) =>
        c.PostAsJsonAsync($"/api/return-visits/{visitId}/complete", body);

    [DbFact]
    public async Task A_valid_complaint_gets_a_visit_within_24_hours_and_a_signed_home_visit_closes_it()
    {
        var agent = await app.ApiAs("agenta");
        var id = await Order(agent, Complaint());
        var visit = (await Resolve(agent, id)).ShouldHaveSingleItem();
        visit.GetProperty("reason").GetString().ShouldBe("Complaint");
        visit.GetProperty("visitor").GetString().ShouldBe("DepartmentSupervisor");
        visit.GetProperty("department").GetString().ShouldBe("环境部");
        visit.GetProperty("status").GetString().ShouldBe("Due");
        var resolvedAt = (await Order(agent, id)).GetProperty("resolvedAt").GetDateTime();
        (visit.GetProperty("dueAt").GetDateTime() - resolvedAt).ShouldBe(TimeSpan.FromHours(24));
        (visit.GetProperty("overdueAt").GetDateTime() - resolvedAt).ShouldBe(TimeSpan.FromDays(3));
        var vid = visit.GetProperty("id").GetInt64();

        // Bad input changes nothing: no signature on a home visit, scores out of range, unsatisfied without the customer's words.
        var unsigned = await Complete(agent, vid, new { method = "Home", outcome = "Satisfied", qualityScore = 5, timelinessScore = 5, attitudeScore = 5 });
        unsigned.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await unsigned.Content.ReadAsStringAsync()).ShouldContain("签名");
        var badScores = await Complete(agent, vid, new { method = "Phone", outcome = "Satisfied", qualityScore = 6, timelinessScore = 0, attitudeScore = 5 });
        (await Json(badScores)).GetProperty("errors").EnumerateObject().Select(e => e.Name).ShouldBe(["qualityScore", "timelinessScore"], ignoreOrder: true);
        (await Complete(agent, vid, new { method = "Phone", outcome = "Unsatisfied", qualityScore = 2, timelinessScore = 2, attitudeScore = 2 }))
            .StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await Json(await agent.GetAsync($"/api/return-visits/{vid}"))).GetProperty("status").GetString().ShouldBe("Due");

        var done = await Complete(agent, vid, new
        {
            method = "Home", outcome = "Satisfied", qualityScore = 5, timelinessScore = 4, attitudeScore = 5, comment = "清理及时", signature = Signature,
        });
        done.StatusCode.ShouldBe(HttpStatusCode.OK, await done.Content.ReadAsStringAsync());
        var v = await Json(done);
        v.GetProperty("status").GetString().ShouldBe("Done");
        var file = v.GetProperty("signatureFileId").GetGuid();
        (await Json(await agent.GetAsync($"/api/files/{file}"))).GetProperty("contentType").GetString().ShouldBe("image/png");

        // The visit was the reply (首问负责制) and closed the order.
        var order = await Order(agent, id);
        order.GetProperty("status").GetString().ShouldBe("Closed");
        order.GetProperty("replyMethod").GetString().ShouldBe("Visit");
        order.GetProperty("timeline").EnumerateArray().ShouldContain(e => e.GetProperty("kind").GetString() == "Visit");
        (await Complete(agent, vid, new { method = "Phone", outcome = "Satisfied", qualityScore = 5, timelinessScore = 5, attitudeScore = 5 }))
            .StatusCode.ShouldBe(HttpStatusCode.Conflict);
    }

    [DbFact]
    public async Task Invalid_communicative_and_anonymous_complaints_get_no_visit_and_special_services_get_two()
    {
        var agent = await app.ApiAs("agenta");
        (await Resolve(agent, await Order(agent, Complaint(nature: "Invalid")))).ShouldBeEmpty();
        (await Resolve(agent, await Order(agent, Complaint(nature: "Communicative")))).ShouldBeEmpty();
        (await Resolve(agent, await Order(agent, Complaint(customerId: null)))).ShouldBeEmpty("anonymous: no customer, no phone");

        var major = await Order(agent, Complaint(severity: "Major"));
        (await Resolve(agent, major)).ShouldHaveSingleItem().GetProperty("visitor").GetString().ShouldBe("ProjectManager");

        var special = await Order(agent, new
        {
            projectId = app.ProjectA, type = "SpecialService", channel = "WalkIn", category = "Environment", description = "家政保洁包月服务",
            customerId = app.CustomerA, contractStart = "2026-12-01", contractEnd = "2027-02-28",
        });
        var tasks = (await Visits(agent, special)).OrderBy(t => t.GetProperty("opensAt").GetDateTime()).ToList();
        tasks.Select(t => t.GetProperty("reason").GetString()).ShouldBe(["SpecialServiceMidTerm", "SpecialServiceEnd"]);
        // 89 days of contract: the middle is day 44, 2027-01-14, Shanghai time; each is due within 7 days.
        tasks[0].GetProperty("opensAt").GetDateTime().ShouldBe(new DateTime(2027, 1, 13, 16, 0, 0, DateTimeKind.Utc));
        tasks[1].GetProperty("opensAt").GetDateTime().ShouldBe(new DateTime(2027, 2, 27, 16, 0, 0, DateTimeKind.Utc));
        (tasks[1].GetProperty("dueAt").GetDateTime() - tasks[1].GetProperty("opensAt").GetDateTime()).TotalDays.ShouldBe(8, 0.001);
    }

    [DbFact]
    public async Task An_unsatisfied_repair_visit_goes_to_the_supervisor_who_reopens_and_a_follow_up_visit_closes_the_loop()
    {
        var agent = await app.ApiAs("agenta");
        var id = await Order(agent, Repair());
        var visit = (await Resolve(agent, id)).ShouldHaveSingleItem();
        visit.GetProperty("status").GetString().ShouldBe("Pending");
        var vid = visit.GetProperty("id").GetInt64();
        var early = await Complete(agent, vid, new { method = "Phone", outcome = "Satisfied", qualityScore = 5, timelinessScore = 5, attitudeScore = 5 });
        early.StatusCode.ShouldBe(HttpStatusCode.Conflict);
        (await Json(early)).GetProperty("title").GetString()!.ShouldContain("尚未开始");

        app.Clock.Advance(TimeSpan.FromDays(7) + TimeSpan.FromMinutes(1)); // the window opens on day 7 and is due by day 10
        agent = await app.ApiAs("agenta");
        (await Json(await agent.GetAsync($"/api/return-visits/{vid}"))).GetProperty("status").GetString().ShouldBe("Due");
        var unhappy = await Complete(agent, vid, new { method = "Phone", outcome = "Unsatisfied", qualityScore = 2, timelinessScore = 3, attitudeScore = 4, comment = "还是在滴水" });
        unhappy.StatusCode.ShouldBe(HttpStatusCode.OK, await unhappy.Content.ReadAsStringAsync());
        (await Json(unhappy)).GetProperty("needsDecision").GetBoolean().ShouldBeTrue();
        (await Order(agent, id)).GetProperty("status").GetString().ShouldBe("Resolved", "an unsatisfied visit does not close the order");
        // The customer's words are read by text insight and kept with a link back to the visit.
        await using (var scope = app.SystemScope(out var db))
            (await db.TextInsights.SingleAsync(t => t.Source == "ReturnVisit" && t.SourceId == vid)).Text.ShouldBe("还是在滴水");
        // The visit's page shows what was read in the remark.
        (await (await app.PagesAs("supa")).Client.GetStringAsync($"/return-visits/{vid}")).ShouldContain("id=\"visit-insight\"");

        var supa = await app.ApiAs("supa");
        (await Json(await supa.GetAsync("/api/notifications"))).GetProperty("items").EnumerateArray()
            .ShouldContain(n => n.GetProperty("link").GetString() == $"/return-visits/{vid}");
        (await Json(await supa.GetAsync("/api/return-visits?needsDecision=true"))).GetProperty("items").EnumerateArray()
            .Select(x => x.GetProperty("id").GetInt64()).ShouldContain(vid);
        (await agent.PostAsJsonAsync($"/api/return-visits/{vid}/decision", new { decision = "Reopen", note = "重新维修" })).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await supa.PostAsJsonAsync($"/api/return-visits/{vid}/decision", new { decision = "CloseByManager", note = "x" })).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await supa.PostAsJsonAsync($"/api/return-visits/{vid}/decision", new { decision = "Reopen" })).StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        var reopened = await supa.PostAsJsonAsync($"/api/return-visits/{vid}/decision", new { decision = "Reopen", note = "更换阀芯" });
        reopened.StatusCode.ShouldBe(HttpStatusCode.OK, await reopened.Content.ReadAsStringAsync());
        var order = await Order(agent, id);
        order.GetProperty("status").GetString().ShouldBe("Received");
        order.GetProperty("reopenCount").GetInt32().ShouldBe(1);

        // Resolved again: a follow-up visit, due within 24 hours, not another 7-day wait.
        var tasks = await Resolve(agent, id);
        var followUp = tasks.Single(t => t.GetProperty("reason").GetString() == "FollowUp");
        followUp.GetProperty("status").GetString().ShouldBe("Due");
        var satisfied = await Complete(agent, followUp.GetProperty("id").GetInt64(),
            new { method = "Phone", outcome = "Satisfied", qualityScore = 5, timelinessScore = 4, attitudeScore = 5, comment = "已不漏水" });
        satisfied.StatusCode.ShouldBe(HttpStatusCode.OK, await satisfied.Content.ReadAsStringAsync());
        (await Order(agent, id)).GetProperty("status").GetString().ShouldBe("Closed");
    }

    [DbFact]
    public async Task A_red_remark_holds_the_order_for_a_decision_whatever_outcome_was_ticked()
    {
        var agent = await app.ApiAs("agenta");
        var calm = (await Resolve(agent, await Order(agent, Complaint()))).Single().GetProperty("id").GetInt64();
        var threat = (await Resolve(agent, await Order(agent, Complaint()))).Single().GetProperty("id").GetInt64();
        var calmDone = await Complete(agent, calm, new { method = "Phone", outcome = "Satisfied", qualityScore = 5, timelinessScore = 5, attitudeScore = 5, comment = "已经处理好了，谢谢" });
        calmDone.StatusCode.ShouldBe(HttpStatusCode.OK, await calmDone.Content.ReadAsStringAsync());
        (await Json(calmDone)).GetProperty("orderStatus").GetString().ShouldBe("Closed");

        // Ticked "basically satisfied", but the customer says they will go to 12345 next time: the supervisor decides.
        var redDone = await Complete(agent, threat, new { method = "Phone", outcome = "BasicallySatisfied", qualityScore = 4, timelinessScore = 3, attitudeScore = 4,
            comment = "这次算是弄好了，下次再拖这么久我直接打12345" });
        redDone.StatusCode.ShouldBe(HttpStatusCode.OK, await redDone.Content.ReadAsStringAsync());
        var red = await Json(redDone);
        red.GetProperty("needsDecision").GetBoolean().ShouldBeTrue();
        red.GetProperty("redRemark").GetBoolean().ShouldBeTrue();
        red.GetProperty("orderStatus").GetString().ShouldBe("Resolved", "a red remark does not close the order");
        red.GetProperty("actions").EnumerateArray().ShouldNotContain(a => a.GetString()!.StartsWith("decide:"), "the agent may not decide");

        var supa = await app.ApiAs("supa");
        var waiting = (await Json(await supa.GetAsync("/api/return-visits?needsDecision=true"))).GetProperty("items").EnumerateArray()
            .Select(x => x.GetProperty("id").GetInt64()).ToList();
        waiting.ShouldContain(threat);
        waiting.ShouldNotContain(calm);
        var pages = (await app.PagesAs("supa")).Client;
        var page = await pages.GetStringAsync($"/return-visits/{threat}");
        page.ShouldContain("红色预警待决定");
        page.ShouldContain("id=\"decide-form\"");
        (await pages.GetStringAsync($"/return-visits/{calm}")).ShouldNotContain("id=\"visit-needs-decision\"");

        // Nor does the sweeper close it behind the supervisor's back once a reply is on record.
        var orderId = await OrderOf(threat);
        (await agent.PostAsJsonAsync($"/api/work-orders/{orderId}/reply", new { method = "Phone", note = "已向业主致歉" })).StatusCode.ShouldBe(HttpStatusCode.OK);
        app.Clock.Advance(TimeSpan.FromDays(4));
        await app.Services.GetRequiredService<ReturnVisitSweeper>().RunOnceAsync();
        agent = await app.ApiAs("agenta");
        (await Order(agent, orderId)).GetProperty("status").GetString().ShouldBe("Resolved");

        supa = await app.ApiAs("supa");
        var reopened = await supa.PostAsJsonAsync($"/api/return-visits/{threat}/decision", new { decision = "Reopen", note = "主管致电业主，约定明早复查" });
        reopened.StatusCode.ShouldBe(HttpStatusCode.OK, await reopened.Content.ReadAsStringAsync());
        (await Json(reopened)).GetProperty("needsDecision").GetBoolean().ShouldBeFalse();
        (await Order(agent, orderId)).GetProperty("status").GetString().ShouldBe("Received");
    }

    private async Task<long> OrderOf(long visitId)
    {
        await using var scope = app.SystemScope(out var db);
        return await db.ReturnVisits.Where(v => v.Id == visitId).Select(v => v.WorkOrderId).SingleAsync();
    }

    [DbFact]
    public async Task Only_the_project_manager_visits_a_major_complaint_and_may_open_a_new_complaint_or_close_it()
    {
        var agent = await app.ApiAs("agenta");
        var id = await Order(agent, Complaint(severity: "Major"));
        var vid = (await Resolve(agent, id)).Single().GetProperty("id").GetInt64();
        var body = new { method = "Phone", outcome = "Unsatisfied", qualityScore = 1, timelinessScore = 2, attitudeScore = 2, comment = "要求赔偿" };
        (await Complete(agent, vid, body)).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        var pm = await app.ApiAs("pma");
        (await Complete(pm, vid, body)).StatusCode.ShouldBe(HttpStatusCode.OK);
        var decision = await pm.PostAsJsonAsync($"/api/return-visits/{vid}/decision", new { decision = "NewComplaint", note = "转环境部主管跟进" });
        decision.StatusCode.ShouldBe(HttpStatusCode.OK, await decision.Content.ReadAsStringAsync());
        var decided = await Json(decision);
        var newId = decided.GetProperty("newWorkOrderId").GetInt64();
        var fresh = await Order(pm, newId);
        fresh.GetProperty("type").GetString().ShouldBe("Complaint");
        fresh.GetProperty("description").GetString()!.ShouldContain("要求赔偿");
        (await Order(pm, id)).GetProperty("status").GetString().ShouldBe("Closed");
        (await pm.PostAsJsonAsync($"/api/return-visits/{vid}/decision", new { decision = "Reopen", note = "again" })).StatusCode.ShouldBe(HttpStatusCode.Conflict);
    }

    [DbFact]
    public async Task One_open_letter_answers_several_owners_and_completes_their_tasks()
    {
        var agent = await app.ApiAs("agenta");
        var ids = new List<long>();
        for (var i = 0; i < 2; i++) ids.Add((await Resolve(agent, await Order(agent, Complaint()))).Single().GetProperty("id").GetInt64());
        var bad = await agent.PostAsJsonAsync("/api/return-visits/letters", new { projectId = app.ProjectA, title = "", body = "", visitIds = ids, outcome = "Satisfied" });
        bad.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        var sent = await agent.PostAsJsonAsync("/api/return-visits/letters", new
        {
            projectId = app.ProjectA, title = "关于垃圾清运的公开信", body = "各位业主：即日起垃圾桶每日清运两次……", visitIds = ids, outcome = "BasicallySatisfied",
        });
        sent.StatusCode.ShouldBe(HttpStatusCode.OK, await sent.Content.ReadAsStringAsync());
        foreach (var id in ids)
        {
            var v = await Json(await agent.GetAsync($"/api/return-visits/{id}"));
            v.GetProperty("method").GetString().ShouldBe("Letter");
            v.GetProperty("letterTitle").GetString().ShouldBe("关于垃圾清运的公开信");
            v.GetProperty("orderStatus").GetString().ShouldBe("Closed");
        }
        (await agent.PostAsJsonAsync("/api/return-visits/letters", new { projectId = app.ProjectA, title = "再发", body = "x", visitIds = ids, outcome = "Satisfied" }))
            .StatusCode.ShouldBe(HttpStatusCode.BadRequest);
    }

    [DbFact]
    public async Task The_monthly_spot_check_samples_5_percent_capped_by_households_once()
    {
        var supa = await app.ApiAs("supa");
        var agent = await app.ApiAs("agenta");
        var now = app.Clock.GetUtcNow().UtcDateTime.AddHours(8);
        // Three months back: no other test resolves repairs then, whatever the order the tests run in.
        var lastMonth = new DateTime(now.Year, now.Month, 1, 0, 0, 0, DateTimeKind.Utc).AddMonths(-3);
        var ids = new List<long>();
        for (var i = 0; i < 3; i++) ids.Add(await Order(agent, Repair()));
        await using (var scope = app.SystemScope(out var db))
        {
            // Backdate the repairs into last month, as if resolved then.
            foreach (var o in await db.WorkOrders.Where(o => ids.Contains(o.Id)).ToListAsync())
            {
                o.Status = Web.Features.ServiceDesk.WorkOrderStatus.Closed;
                o.ResolvedAt = lastMonth.AddDays(10);
            }
            await db.SaveChangesAsync();
        }
        var month = lastMonth.ToString("yyyy-MM");
        (await agent.PostAsJsonAsync("/api/return-visits/sample", new { projectId = app.ProjectA, month })).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await supa.PostAsJsonAsync("/api/return-visits/sample", new { projectId = app.ProjectA, month = "2026/10" })).StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        var current = await supa.PostAsJsonAsync("/api/return-visits/sample", new { projectId = app.ProjectA, month = now.ToString("yyyy-MM") });
        (await current.Content.ReadAsStringAsync()).ShouldContain("尚未结束");

        var first = await Json(await supa.PostAsJsonAsync("/api/return-visits/sample", new { projectId = app.ProjectA, month }));
        first.GetProperty("repairs").GetInt32().ShouldBe(3);
        var households = first.GetProperty("households").GetInt32();
        first.GetProperty("size").GetInt32().ShouldBe(ReturnVisitRules.SampleSize(3, households));
        first.GetProperty("size").GetInt32().ShouldBe(1, "⌈5 % × 3⌉ = 1");
        var again = await Json(await supa.PostAsJsonAsync("/api/return-visits/sample", new { projectId = app.ProjectA, month }));
        again.GetProperty("existing").GetBoolean().ShouldBeTrue();
        again.GetProperty("visitIds").EnumerateArray().Select(x => x.GetInt64()).ShouldBe(first.GetProperty("visitIds").EnumerateArray().Select(x => x.GetInt64()));
        var task = await Json(await supa.GetAsync($"/api/return-visits/{first.GetProperty("visitIds")[0].GetInt64()}"));
        task.GetProperty("reason").GetString().ShouldBe("Sample");
        task.GetProperty("visitor").GetString().ShouldBe("SpotCheck");
        ids.ShouldContain(task.GetProperty("workOrderId").GetInt64());

        // The sweeper's monthly draw finds the sample already there and adds nothing.
        await app.Services.GetRequiredService<ReturnVisitSweeper>().RunOnceAsync();
        await using (var scope = app.SystemScope(out var db))
            (await db.ReturnVisits.CountAsync(v => v.ProjectId == app.ProjectA && v.SampleMonth == lastMonth.Year * 100 + lastMonth.Month)).ShouldBe(1);
    }

    [DbFact]
    public async Task Resolved_orders_that_need_no_visit_close_after_the_configured_days_once_replied()
    {
        var agent = await app.ApiAs("agenta");
        var replied = await Order(agent, new { projectId = app.ProjectA, type = "Suggestion", channel = "WeChat", category = "Greening", description = "建议小区多种些桂花", customerId = app.CustomerA });
        var silent = await Order(agent, new { projectId = app.ProjectA, type = "Suggestion", channel = "WeChat", category = "Greening", description = "建议增加儿童游乐设施", customerId = app.CustomerA });
        (await Resolve(agent, replied)).ShouldBeEmpty();
        (await Resolve(agent, silent)).ShouldBeEmpty();
        (await agent.PostAsJsonAsync($"/api/work-orders/{replied}/reply", new { method = "WeChat", note = "已转绿化部，春季补种" })).StatusCode.ShouldBe(HttpStatusCode.OK);
        var sweeper = app.Services.GetRequiredService<ReturnVisitSweeper>();
        await sweeper.RunOnceAsync();
        (await Order(agent, replied)).GetProperty("status").GetString().ShouldBe("Resolved", "not yet 3 days");
        app.Clock.Advance(TimeSpan.FromDays(3) + TimeSpan.FromMinutes(1));
        await sweeper.RunOnceAsync();
        agent = await app.ApiAs("agenta");
        (await Order(agent, replied)).GetProperty("status").GetString().ShouldBe("Closed");
        (await Order(agent, silent)).GetProperty("status").GetString().ShouldBe("Resolved", "首问负责制: no reply, no closing");
    }

    [DbFact]
    public async Task Visit_rates_match_a_hand_count_for_a_project_and_period()
    {
        // A project of its own, so that no other test's visits count: three complaints, one visited at home with a
        // signature, one by phone, one missed.
        int project;
        await using (var scope = app.SystemScope(out _))
            project = (await scope.ServiceProvider.GetRequiredService<Web.Features.Organization.OrganizationService>().SaveProjectAsync(null,
                new Web.Features.Organization.ProjectInput("统计花园", "TS" + Guid.NewGuid().ToString("N")[..6], Web.Features.Organization.ProjectType.Residential,
                    "上海市", null, null, null, null, true, null))).Project!.Id;
        var admin = await app.ApiAs("admin");
        object Named() => new
        {
            projectId = project, type = "Complaint", channel = "Phone", category = "Environment", description = "楼道堆放杂物",
            customerName = "钱女士", customerPhone = "13912345678", nature = "Valid", severity = "General", accusedDepartment = "环境部",
        };
        var c1 = await Order(admin, Named());
        var c2 = await Order(admin, Named());
        var c3 = await Order(admin, Named());
        var v1 = (await Resolve(admin, c1)).Single().GetProperty("id").GetInt64();
        var v2 = (await Resolve(admin, c2)).Single().GetProperty("id").GetInt64();
        (await Resolve(admin, c3)).Single();
        (await Complete(admin, v1, new { method = "Home", outcome = "Satisfied", qualityScore = 5, timelinessScore = 5, attitudeScore = 4, signature = Signature }))
            .StatusCode.ShouldBe(HttpStatusCode.OK);
        (await Complete(admin, v2, new { method = "Phone", outcome = "BasicallySatisfied", qualityScore = 3, timelinessScore = 4, attitudeScore = 4 }))
            .StatusCode.ShouldBe(HttpStatusCode.OK);
        app.Clock.Advance(TimeSpan.FromDays(3) + TimeSpan.FromHours(1)); // the third complaint's window has closed: a miss
        admin = await app.ApiAs("admin");
        var today = DateOnly.FromDateTime(app.Clock.GetUtcNow().UtcDateTime.AddHours(8));
        var stats = await Json(await admin.GetAsync($"/api/return-visits/stats?projectId={project}&from={today.AddDays(-10):yyyy-MM-dd}&to={today:yyyy-MM-dd}"));
        var rate = stats.GetProperty("complaintVisitRate");
        (rate.GetProperty("numerator").GetInt32(), rate.GetProperty("denominator").GetInt32()).ShouldBe((2, 3));
        rate.GetProperty("meets").GetBoolean().ShouldBeFalse("target 100 %");
        var home = stats.GetProperty("homeSignedShare");
        (home.GetProperty("numerator").GetInt32(), home.GetProperty("denominator").GetInt32()).ShouldBe((1, 2));
        home.GetProperty("meets").GetBoolean().ShouldBeFalse("target ≥ 60 %");
        var phone = stats.GetProperty("phoneLetterShareOfYear");
        (phone.GetProperty("numerator").GetInt32(), phone.GetProperty("denominator").GetInt32()).ShouldBe((1, 2));
        phone.GetProperty("meets").GetBoolean().ShouldBeTrue("ceiling 60 %");
        stats.GetProperty("averageQuality").GetDouble().ShouldBe(4);
        stats.GetProperty("byStatus").GetProperty("Overdue").GetInt32().ShouldBe(1);

        (await admin.GetAsync($"/api/return-visits/stats?projectId={project}&from=2026-10-10&to=2026-10-01")).StatusCode.ShouldBe(HttpStatusCode.BadRequest);
    }

    [DbFact]
    public async Task Roles_and_scope_decide_who_sees_and_does_visits()
    {
        var admin = await app.ApiAs("admin");
        var bOrder = await Order(admin, Complaint(projectId: app.ProjectB, customerId: app.CustomerB));
        var bVisit = (await Resolve(admin, bOrder)).Single().GetProperty("id").GetInt64();
        var agent = await app.ApiAs("agenta");
        (await agent.GetAsync($"/api/return-visits/{bVisit}")).StatusCode.ShouldBe(HttpStatusCode.NotFound, "another project's visit");
        (await Complete(agent, bVisit, new { method = "Phone", outcome = "Satisfied", qualityScore = 5, timelinessScore = 5, attitudeScore = 5 }))
            .StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await (await app.ApiAs("techa")).GetAsync("/api/return-visits")).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await (await app.ApiAs("shopper")).GetAsync("/api/return-visits")).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await app.Anonymous().GetAsync("/api/return-visits")).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        var client = await app.ApiAs("clienta");
        var seen = await Json(await client.GetAsync("/api/return-visits?pageSize=200"));
        seen.GetProperty("items").EnumerateArray().ShouldAllBe(v => v.GetProperty("projectId").GetInt32() == app.ProjectA);
        (await Complete(client, bVisit, new { method = "Phone", outcome = "Satisfied" })).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await client.GetAsync("/api/return-visits/stats")).StatusCode.ShouldBe(HttpStatusCode.OK);
    }
}
