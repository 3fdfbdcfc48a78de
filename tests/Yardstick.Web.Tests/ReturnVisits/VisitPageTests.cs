using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using ClosedXML.Excel;
using Yardstick.Web.Tests.Infrastructure;

namespace Yardstick.Web.Tests.ReturnVisits;

public sealed class VisitPageTestsSqlite(SqliteApp app) : VisitPageTests<SqliteApp>(app);
public sealed class VisitPageTestsPostgres(PostgresApp app) : VisitPageTests<PostgresApp>(app), IUsesPostgres;

/// <summary>
/// The visit, handbook, compensation and statistics pages through HTTP with the cookie, who may open them, and the
/// statistics and monthly report against a hand count.
/// </summary>
public abstract class VisitPageTests<TApp>(TApp app) : IClassFixture<TApp> where TApp : TestApp
{
    private static async Task<JsonElement> Json(HttpResponseMessage r) => await r.Content.ReadFromJsonAsync<JsonElement>();

    private async Task<long> ResolvedComplaint(HttpClient api, int projectId, string phone = "13912345678", string category = "Environment", string severity = "General")
    {
        var r = await api.PostAsJsonAsync("/api/work-orders", new
        {
            projectId, type = "Complaint", channel = "Phone", category, description = "楼道堆放杂物", customerName = "钱女士", customerPhone = phone,
            nature = "Valid", severity, accusedDepartment = "环境部",
        });
        r.StatusCode.ShouldBe(HttpStatusCode.Created, await r.Content.ReadAsStringAsync());
        var id = (await Json(r)).GetProperty("id").GetInt64();
        (await api.PostAsJsonAsync($"/api/work-orders/{id}/resolve", new { resolution = "已清理" })).StatusCode.ShouldBe(HttpStatusCode.OK);
        return id;
    }

    [DbFact]
    public async Task An_agent_records_a_phone_visit_on_the_page_and_bad_input_changes_nothing()
    {
        var api = await app.ApiAs("agenta");
        var order = await ResolvedComplaint(api, app.ProjectA);
        var visit = (await Json(await api.GetAsync($"/api/return-visits?workOrderId={order}"))).GetProperty("items")[0].GetProperty("id").GetInt64();
        var page = await app.PagesAs("agenta");
        (await page.Client.GetStringAsync("/return-visits")).ShouldContain("我的待回访");
        var html = await page.Client.GetStringAsync($"/return-visits/{visit}");
        html.ShouldContain("id=\"visit-form\"");
        html.ShouldContain("signature-pad");

        var r = await page.PostFormAsync($"/return-visits/{visit}", $"/return-visits/{visit}?handler=Complete",
            new() { ["method"] = "Home", ["outcome"] = "Satisfied", ["qualityScore"] = "5", ["timelinessScore"] = "5", ["attitudeScore"] = "5" });
        r.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        (await page.Client.GetStringAsync($"/return-visits/{visit}")).ShouldContain("上门回访须由客户在屏幕上签名");
        r = await page.PostFormAsync($"/return-visits/{visit}", $"/return-visits/{visit}?handler=Complete",
            new() { ["method"] = "Phone", ["outcome"] = "Satisfied", ["qualityScore"] = "5", ["timelinessScore"] = "4", ["attitudeScore"] = "5", ["comment"] = "满意" });
        r.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var done = await page.Client.GetStringAsync($"/return-visits/{visit}");
        done.ShouldContain("id=\"visit-result\"");
        done.ShouldNotContain("id=\"visit-form\"");
        (await page.Client.GetStringAsync($"/work-orders/{order}")).ShouldContain("已关闭");
    }

    [DbFact]
    public async Task The_done_tab_summarises_the_remarks_of_the_users_projects_only()
    {
        var admin = await app.ApiAs("admin");
        var agent = await app.ApiAs("agenta");
        async Task Visit(HttpClient api, int projectId, string phone, string remark)
        {
            var order = await ResolvedComplaint(api, projectId, phone);
            var visit = (await Json(await api.GetAsync($"/api/return-visits?workOrderId={order}"))).GetProperty("items")[0].GetProperty("id").GetInt64();
            (await api.PostAsJsonAsync($"/api/return-visits/{visit}/complete", new
            {
                method = "Phone", outcome = "Satisfied", qualityScore = 5, timelinessScore = 5, attitudeScore = 5, comment = remark,
            })).StatusCode.ShouldBe(HttpStatusCode.OK);
        }
        await Visit(agent, app.ProjectA, "13912340001", "保洁阿姨很细心，楼道打扫得很干净，谢谢");
        await Visit(agent, app.ProjectA, "13912340002", "楼道打扫得还行，就是垃圾桶有点臭");
        await Visit(admin, app.ProjectB, "13912340003", "前台接待很热情，会议室预订很方便");

        var page = await app.PagesAs("agenta");
        var html = await page.Client.GetStringAsync($"/return-visits?tab=done&projectId={app.ProjectA}");
        html.ShouldContain("text-summary");
        html.ShouldContain("正面");
        html.ShouldContain("楼道");
        html.ShouldNotContain("会议室", customMessage: "another project's remarks must not reach the summary");
        (await page.Client.GetStringAsync("/return-visits?tab=done")).ShouldNotContain("会议室");
        (await page.Client.GetStringAsync("/return-visits?tab=due")).ShouldNotContain("text-summary");
    }

    [DbFact]
    public async Task A_supervisor_writes_a_handbook_answer_on_the_page_and_is_warned_of_vague_words()
    {
        var supa = await app.PagesAs("supa");
        var r = await supa.PostFormAsync("/knowledge-base", "/knowledge-base",
            new() { ["category"] = "Equipment", ["question"] = "电梯停运多久能修好？", ["answer"] = "大概两个小时", ["tags"] = "电梯", ["isActive"] = "true" });
        r.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var page = await supa.Client.GetStringAsync(r.Headers.Location!.ToString());
        page.ShouldContain("答复含模糊词：大概");
        page.ShouldContain("电梯停运多久能修好？");
        r = await supa.PostFormAsync("/knowledge-base", "/knowledge-base", new() { ["category"] = "Equipment", ["question"] = "", ["answer"] = "" });
        (await supa.Client.GetStringAsync(r.Headers.Location!.ToString())).ShouldContain("请填写问题");
        var agent = await app.PagesAs("agenta");
        r = await agent.PostFormAsync("/knowledge-base", "/knowledge-base", new() { ["category"] = "Equipment", ["question"] = "x", ["answer"] = "y" });
        (r.Headers.Location?.ToString() ?? "").ShouldContain("/account/denied", Case.Sensitive, "an agent reads the handbook but does not write it");
    }

    [DbFact]
    public async Task Who_may_open_the_visit_handbook_compensation_and_statistics_pages()
    {
        var admin = await app.ApiAs("admin");
        var other = await ResolvedComplaint(admin, app.ProjectB, "13900000009");
        var otherVisit = (await Json(await admin.GetAsync($"/api/return-visits?workOrderId={other}"))).GetProperty("items")[0].GetProperty("id").GetInt64();
        var cases = new (string User, string Path, HttpStatusCode Expected)[]
        {
            ("agenta", "/return-visits", HttpStatusCode.OK),
            ("agenta", $"/return-visits/{otherVisit}", HttpStatusCode.NotFound),
            ("agenta", "/knowledge-base", HttpStatusCode.OK),
            ("agenta", "/compensation", HttpStatusCode.OK),
            ("agenta", "/service-desk/stats", HttpStatusCode.OK),
            ("supa", "/return-visits?tab=decide", HttpStatusCode.OK),
            ("clienta", "/return-visits", HttpStatusCode.OK),
            ("clienta", "/service-desk/stats", HttpStatusCode.OK),
            ("clienta", "/knowledge-base", HttpStatusCode.Forbidden),
            ("clienta", "/compensation", HttpStatusCode.Forbidden),
            ("techa", "/return-visits", HttpStatusCode.Forbidden),
            ("techa", "/service-desk/stats", HttpStatusCode.Forbidden),
            ("shopper", "/return-visits", HttpStatusCode.Forbidden),
            ("shopper", "/service-desk/stats", HttpStatusCode.Forbidden),
            ("reviewer", "/knowledge-base", HttpStatusCode.Forbidden),
        };
        foreach (var (user, path, expected) in cases)
        {
            var page = await app.PagesAs(user);
            var r = await page.Client.GetAsync(path);
            if (expected == HttpStatusCode.Forbidden)
                (r.Headers.Location?.ToString() ?? "").ShouldContain("/account/denied", Case.Sensitive, $"{user} {path}");
            else r.StatusCode.ShouldBe(expected, $"{user} {path}");
        }
        var client = await app.PagesAs("clienta");
        (await client.Client.GetStringAsync("/return-visits")).ShouldNotContain("visit-form");
        (await app.Anonymous().GetAsync("/service-desk/stats")).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        (await (await app.ApiAs("techa")).GetAsync("/api/service-desk/stats")).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await (await app.ApiAs("techa")).GetAsync("/api/service-desk/reports/monthly.xlsx?month=2026-10")).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
    }

    [DbFact]
    public async Task Statistics_and_the_monthly_complaint_report_match_a_hand_count()
    {
        // A project of its own: 3 complaints (one a repeat, one reopened), 2 inquiries (one answered at once), 1 repair.
        int project;
        await using (var scope = app.SystemScope(out _))
            project = (await Microsoft.Extensions.DependencyInjection.ServiceProviderServiceExtensions.GetRequiredService<Web.Features.Organization.OrganizationService>(scope.ServiceProvider)
                .SaveProjectAsync(null, new Web.Features.Organization.ProjectInput("统计大厦", "TR" + Guid.NewGuid().ToString("N")[..6],
                    Web.Features.Organization.ProjectType.Office, "上海市", null, null, null, null, true, null))).Project!.Id;
        var api = await app.ApiAs("admin");
        var c1 = await ResolvedComplaint(api, project, "13911110001", "Environment", "General");
        var c2 = await ResolvedComplaint(api, project, "13911110002", "Parking", "Major");
        var c3 = await ResolvedComplaint(api, project, "13911110003", "Environment", "Important");
        (await api.PostAsJsonAsync($"/api/work-orders/{c3}/reopen", new { note = "业主说还有杂物" })).StatusCode.ShouldBe(HttpStatusCode.OK);
        foreach (var answered in new[] { "已告知", (string?)null })
            (await api.PostAsJsonAsync("/api/work-orders", new
            {
                projectId = project, type = "Inquiry", channel = "Phone", category = "Fees", description = "问物业费", answeredNow = answered,
            })).StatusCode.ShouldBe(HttpStatusCode.Created);
        var repair = await Json(await api.PostAsJsonAsync("/api/work-orders", new
        {
            projectId = project, type = "Repair", repairScope = "CommonArea", channel = "Patrol", category = "Equipment", description = "走廊灯不亮", priority = "Urgent",
        }));
        (await api.PostAsJsonAsync($"/api/work-orders/{repair.GetProperty("id").GetInt64()}/dispatch", new { department = "工程部" })).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await api.PostAsJsonAsync($"/api/work-orders/{c1}/rating", new { score = 4 })).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await api.PostAsJsonAsync($"/api/work-orders/{c2}/rating", new { score = 2 })).StatusCode.ShouldBe(HttpStatusCode.OK);

        var today = DateOnly.FromDateTime(app.Clock.GetUtcNow().UtcDateTime.AddHours(8));
        var s = await Json(await api.GetAsync($"/api/service-desk/stats?projectId={project}&from={today:yyyy-MM-dd}&to={today:yyyy-MM-dd}"));
        s.GetProperty("total").GetInt32().ShouldBe(6);
        s.GetProperty("byType").GetProperty("Complaint").GetInt32().ShouldBe(3);
        s.GetProperty("byType").GetProperty("Inquiry").GetInt32().ShouldBe(2);
        s.GetProperty("byCategory").GetProperty("Environment").GetInt32().ShouldBe(2);
        s.GetProperty("bySeverity").GetProperty("Major").GetInt32().ShouldBe(1);
        s.GetProperty("byChannel").GetProperty("Patrol").GetInt32().ShouldBe(1);
        s.GetProperty("byDepartment").GetProperty("工程部").GetInt32().ShouldBe(1);
        var fcr = s.GetProperty("firstContactResolution");
        (fcr.GetProperty("numerator").GetInt32(), fcr.GetProperty("denominator").GetInt32()).ShouldBe((1, 2));
        var reopened = s.GetProperty("reopened");
        (reopened.GetProperty("numerator").GetInt32(), reopened.GetProperty("denominator").GetInt32()).ShouldBe((1, 4), "three complaints and one inquiry were resolved");
        s.GetProperty("averageRating").GetDouble().ShouldBe(3);
        var dispatch = s.GetProperty("sla").EnumerateArray().Single(x => x.GetProperty("target").GetString() == "Dispatch");
        dispatch.GetProperty("met").GetInt32().ShouldBe(4, "three complaints resolved at once and the repair dispatched, all within 10 minutes");

        var xlsx = await api.GetAsync($"/api/service-desk/reports/monthly.xlsx?projectId={project}&month={today:yyyy-MM}");
        xlsx.StatusCode.ShouldBe(HttpStatusCode.OK);
        xlsx.Content.Headers.ContentType!.MediaType.ShouldBe("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        using var wb = new XLWorkbook(await xlsx.Content.ReadAsStreamAsync());
        var detail = wb.Worksheet("明细");
        detail.RowsUsed().Count().ShouldBe(1 + 3);
        var summary = wb.Worksheet("汇总").RowsUsed().ToDictionary(r => r.Cell(1).GetString(), r => r.Cell(2).GetString());
        summary["投诉总数"].ShouldBe("3");
        summary["级别：重大"].ShouldBe("1");
        summary["类别：环境卫生"].ShouldBe("2");
        summary["被投诉部门：环境部"].ShouldBe("3");
        summary["已办结"].ShouldBe("2", "the reopened one is not resolved any more");
        summary["有效投诉回访率（目标 100%）"].ShouldBe("0.0%");
        (await api.GetAsync($"/api/service-desk/reports/monthly.xlsx?projectId={project}&month=2026-13")).StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await api.GetAsync($"/api/service-desk/stats?projectId={project}&from=2026-10-10&to=2026-10-01")).StatusCode.ShouldBe(HttpStatusCode.BadRequest);
    }
}
