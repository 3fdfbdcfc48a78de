using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Yardstick.Web.Tests.Infrastructure;

namespace Yardstick.Web.Tests.ServiceDesk;

public sealed class HandbookCompensationApiTestsSqlite(SqliteApp app) : HandbookCompensationApiTests<SqliteApp>(app);
public sealed class HandbookCompensationApiTestsPostgres(PostgresApp app) : HandbookCompensationApiTests<PostgresApp>(app), IUsesPostgres;

/// <summary>The standard-answer handbook and the compensation library with its approvals, through the API.</summary>
public abstract class HandbookCompensationApiTests<TApp>(TApp app) : IClassFixture<TApp> where TApp : TestApp
{
    private static async Task<JsonElement> Json(HttpResponseMessage r) => await r.Content.ReadFromJsonAsync<JsonElement>();

    // A list's total, with the body in the message if the list did not come back (a loaded CI run once got no "total").
    private static async Task<int> Total(HttpResponseMessage r)
    {
        r.StatusCode.ShouldBe(HttpStatusCode.OK, await r.Content.ReadAsStringAsync());
        return (await Json(r)).GetProperty("total").GetInt32();
    }

    [DbFact]
    public async Task Supervisors_write_articles_with_vague_word_warnings_and_agents_find_and_link_them()
    {
        var supa = await app.ApiAs("supa");
        var agent = await app.ApiAs("agenta");
        var article = new { category = "Fees", question = "物业费怎么缴纳？", answer = "可以在物业服务中心现场缴纳，也可以通过微信公众号缴纳，大概三分钟到账。", tags = "缴费，物业费" };
        (await agent.PostAsJsonAsync("/api/knowledge-base", article)).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        var bad = await supa.PostAsJsonAsync("/api/knowledge-base", new { category = "Fees", question = "", answer = "" });
        bad.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await Json(bad)).GetProperty("errors").EnumerateObject().Select(e => e.Name).ShouldBe(["question", "answer"], ignoreOrder: true);

        var created = await supa.PostAsJsonAsync("/api/knowledge-base", article);
        created.StatusCode.ShouldBe(HttpStatusCode.Created);
        var a = await Json(created);
        a.GetProperty("vagueWords").EnumerateArray().Select(w => w.GetString()).ShouldBe(["大概"]);
        a.GetProperty("tags").EnumerateArray().Select(w => w.GetString()).ShouldBe(["缴费", "物业费"]);
        var id = a.GetProperty("id").GetInt32();
        var fixedAnswer = await Json(await supa.PutAsJsonAsync($"/api/knowledge-base/{id}", new
        {
            category = "Fees", question = "物业费怎么缴纳？", answer = "可在物业服务中心现场缴纳，或通过微信公众号缴纳，实时到账。", tags = "缴费,物业费",
            version = a.GetProperty("version").GetInt32(),
        }));
        fixedAnswer.GetProperty("vagueWords").GetArrayLength().ShouldBe(0);
        (await supa.PutAsJsonAsync($"/api/knowledge-base/{id}", new { category = "Fees", question = "q", answer = "a", version = 0 }))
            .StatusCode.ShouldBe(HttpStatusCode.BadRequest, "a stale version");

        // Chinese substring search, every term must match.
        (await Total(await agent.GetAsync("/api/knowledge-base?q=公众号"))).ShouldBe(1);
        (await Total(await agent.GetAsync("/api/knowledge-base?q=物业费 停车"))).ShouldBe(0);
        (await Total(await agent.GetAsync("/api/knowledge-base?category=Parking&q=物业费"))).ShouldBe(0);

        var inquiry = await agent.PostAsJsonAsync("/api/work-orders", new
        {
            projectId = app.ProjectA, type = "Inquiry", channel = "Phone", category = "Fees", description = "业主询问物业费缴纳方式",
            answeredNow = "已告知现场或公众号缴纳", articleId = id,
        });
        inquiry.StatusCode.ShouldBe(HttpStatusCode.Created);
        (await Json(inquiry)).GetProperty("articleId").GetInt32().ShouldBe(id);
        (await Json(await agent.GetAsync($"/api/knowledge-base/{id}"))).GetProperty("useCount").GetInt32().ShouldBe(1);
        (await agent.PostAsJsonAsync("/api/work-orders", new
        {
            projectId = app.ProjectA, type = "Inquiry", channel = "Phone", category = "Fees", description = "x", articleId = 999999,
        })).StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await (await app.ApiAs("shopper")).GetAsync("/api/knowledge-base")).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
    }

    [DbFact]
    public async Task Compensation_above_the_limit_needs_the_project_manager_and_below_it_the_supervisor()
    {
        var supa = await app.ApiAs("supa");
        var agent = await app.ApiAs("agenta");
        (await agent.PostAsJsonAsync("/api/compensations/options", new { name = "x", value = 1 })).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await supa.PostAsJsonAsync("/api/compensations/options", new { name = "", value = -1 })).StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        async Task<int> Option(string name, decimal value)
        {
            var r = await supa.PostAsJsonAsync("/api/compensations/options", new { name, description = name, value });
            r.StatusCode.ShouldBe(HttpStatusCode.Created, await r.Content.ReadAsStringAsync());
            return (await Json(r)).GetProperty("id").GetInt32();
        }
        var voucher = await Option("物业费减免券" + Guid.NewGuid().ToString("N")[..4], 100);
        var upgrade = await Option("服务升级礼包" + Guid.NewGuid().ToString("N")[..4], 800);
        (await supa.PostAsJsonAsync("/api/compensations/options", new { name = (await Json(await supa.GetAsync("/api/compensations/options")))[0].GetProperty("name").GetString(), value = 5 }))
            .StatusCode.ShouldBe(HttpStatusCode.BadRequest, "names are unique");

        var complaint = await Json(await agent.PostAsJsonAsync("/api/work-orders", new
        {
            projectId = app.ProjectA, type = "Complaint", channel = "Phone", category = "Quality", description = "维修师傅三次上门都没修好空调",
            customerId = app.CustomerA, nature = "Valid", severity = "Important",
        }));
        var id = complaint.GetProperty("id").GetInt64();
        (await agent.PostAsJsonAsync($"/api/work-orders/{id}/compensations", new { optionId = upgrade })).StatusCode.ShouldBe(HttpStatusCode.BadRequest, "a reason is required");
        var big = await agent.PostAsJsonAsync($"/api/work-orders/{id}/compensations", new { optionId = upgrade, reason = "多次维修未果，业主情绪激动" });
        big.StatusCode.ShouldBe(HttpStatusCode.Created, await big.Content.ReadAsStringAsync());
        var bigRequest = await Json(big);
        bigRequest.GetProperty("approverRole").GetString().ShouldBe("ProjectManager");
        bigRequest.GetProperty("status").GetString().ShouldBe("Pending");
        var bigId = bigRequest.GetProperty("id").GetInt64();
        (await supa.PostAsJsonAsync($"/api/compensations/{bigId}/approve", new { })).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        var pm = await app.ApiAs("pma");
        (await Json(await pm.GetAsync("/api/notifications"))).GetProperty("items").EnumerateArray()
            .ShouldContain(n => n.GetProperty("title").GetString()!.Contains("补偿待审批"));
        (await pm.PostAsJsonAsync($"/api/compensations/{bigId}/reject", new { })).StatusCode.ShouldBe(HttpStatusCode.BadRequest, "a rejection needs a reason");
        var approved = await pm.PostAsJsonAsync($"/api/compensations/{bigId}/approve", new { note = "同意" });
        approved.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await Json(approved)).GetProperty("status").GetString().ShouldBe("Approved");
        (await pm.PostAsJsonAsync($"/api/compensations/{bigId}/approve", new { })).StatusCode.ShouldBe(HttpStatusCode.Conflict);

        var small = await Json(await agent.PostAsJsonAsync($"/api/work-orders/{id}/compensations", new { optionId = voucher, reason = "致歉" }));
        small.GetProperty("approverRole").GetString().ShouldBe("ServiceSupervisor");
        (await agent.PostAsJsonAsync($"/api/compensations/{small.GetProperty("id").GetInt64()}/approve", new { })).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await supa.PostAsJsonAsync($"/api/compensations/{small.GetProperty("id").GetInt64()}/approve", new { })).StatusCode.ShouldBe(HttpStatusCode.OK);

        var order = await Json(await agent.GetAsync($"/api/work-orders/{id}"));
        order.GetProperty("timeline").EnumerateArray().Count(e => e.GetProperty("kind").GetString() == "Compensation").ShouldBe(4);
        (await Json(await agent.GetAsync($"/api/work-orders/{id}/compensations"))).GetProperty("total").GetInt32().ShouldBe(2);

        var repair = await Json(await agent.PostAsJsonAsync("/api/work-orders", new
        {
            projectId = app.ProjectA, type = "Repair", repairScope = "InHome", channel = "Phone", category = "Equipment", description = "灯不亮", customerId = app.CustomerA,
        }));
        (await agent.PostAsJsonAsync($"/api/work-orders/{repair.GetProperty("id").GetInt64()}/compensations", new { optionId = voucher, reason = "x" }))
            .StatusCode.ShouldBe(HttpStatusCode.Conflict);
        (await (await app.ApiAs("clienta")).GetAsync("/api/compensations")).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
    }
}
