using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using ClosedXML.Excel;
using Microsoft.EntityFrameworkCore;
using Yardstick.Web.Tests.Infrastructure;
using Yardstick.Web.Tests.Surveys;

namespace Yardstick.Web.Tests.Insight;

public sealed class InsightApiTestsSqlite(SqliteApp app) : InsightApiTests<SqliteApp>(app);
public sealed class InsightApiTestsPostgres(PostgresApp app) : InsightApiTests<PostgresApp>(app), IUsesPostgres;

/// <summary>Text insight in the application: analysis on request, every new order read at once, red alerts, the board's data.</summary>
public abstract class InsightApiTests<TApp>(TApp app) : IClassFixture<TApp> where TApp : TestApp
{
    private static async Task<JsonElement> Json(HttpResponseMessage r) => await r.Content.ReadFromJsonAsync<JsonElement>();

    private async Task<long> Complaint(HttpClient agent, string text, string category = "Equipment", string? unitLabel = null)
    {
        var r = await agent.PostAsJsonAsync("/api/work-orders", new
        {
            projectId = app.ProjectA, type = "Complaint", channel = "Phone", category, description = text,
            nature = "Valid", severity = "General", customerName = "王女士", customerPhone = "13800001111", unitLabel,
        });
        r.StatusCode.ShouldBe(HttpStatusCode.Created, await r.Content.ReadAsStringAsync());
        return (await Json(r)).GetProperty("id").GetInt64();
    }

    [DbFact]
    public async Task Analyze_returns_one_result_per_text_and_refuses_bad_input_in_Chinese()
    {
        var agent = await app.ApiAs("agenta");
        var r = await agent.PostAsJsonAsync("/api/insight/analyze", new { texts = new[] { "如果再不修我就打12345", "维修师傅很专业，谢谢！", "楼道灯不亮了，麻烦修一下" } });
        r.StatusCode.ShouldBe(HttpStatusCode.OK);
        var results = (await Json(r)).EnumerateArray().ToList();
        results.Count.ShouldBe(3);
        results[0].GetProperty("alert").GetProperty("level").GetString().ShouldBe("red");
        results[0].GetProperty("alert").GetProperty("reasons")[0].GetProperty("trigger").GetString().ShouldBe("12345");
        results[1].GetProperty("polarity").GetProperty("label").GetString().ShouldBe("positive");
        results[2].GetProperty("alert").GetProperty("level").GetString().ShouldBe("blue");
        results[2].GetProperty("category").GetProperty("key").GetString().ShouldBe("equipment");
        results[2].GetProperty("polarity").GetProperty("probabilities").GetProperty("neutral").GetSingle().ShouldBeGreaterThan(0);

        // A noncharacter (as a broken copy and paste leaves) is dropped, not a server error; half an emoji is not JSON text.
        var odd = await agent.PostAsJsonAsync("/api/insight/analyze", new { texts = new[] { "电梯困人了\uFFFE快来人" } });
        odd.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await Json(odd))[0].GetProperty("alert").GetProperty("level").GetString().ShouldBe("red");
        var half = await agent.PostAsync("/api/insight/analyze",
            new StringContent("{\"texts\":[\"电梯困人了\\ud83d\"]}", Encoding.UTF8, "application/json"));
        half.StatusCode.ShouldBe(HttpStatusCode.BadRequest);

        var empty = await agent.PostAsJsonAsync("/api/insight/analyze", new { texts = Array.Empty<string>() });
        empty.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await Json(empty)).GetProperty("errors").GetProperty("texts")[0].GetString().ShouldBe("请至少提供一段文本");
        (await agent.PostAsJsonAsync("/api/insight/analyze", new { texts = Enumerable.Repeat("好", 101) })).StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        var tooLong = await agent.PostAsJsonAsync("/api/insight/analyze", new { texts = new[] { new string('差', 10_001) } });
        (await Json(tooLong)).GetProperty("errors").GetProperty("texts")[0].GetString().ShouldBe("每段文本最多 10000 个字符");

        var keywords = await Json(await agent.PostAsJsonAsync("/api/insight/keywords", new
        {
            texts = new[] { "电梯坏了", "电梯又坏了，没人修", "垃圾桶满了" }, previousTexts = new[] { "垃圾桶满了", "垃圾桶太臭" },
        }));
        keywords[0].GetProperty("term").GetString().ShouldBe("电梯");
        keywords[0].GetProperty("trend").GetString().ShouldBe("new");
        var lint = await Json(await agent.PostAsJsonAsync("/api/insight/vague-words", new { text = "态度差，大概十分钟" }));
        lint.EnumerateArray().Select(f => f.GetProperty("word").GetString()).ShouldBe(["态度差", "大概"]);

        (await (await app.ApiAs("techa")).PostAsJsonAsync("/api/insight/analyze", new { texts = new[] { "x" } })).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await (await app.ApiAs("clienta")).PostAsJsonAsync("/api/insight/analyze", new { texts = new[] { "x" } })).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await app.CreateClient().PostAsJsonAsync("/api/insight/analyze", new { texts = new[] { "x" } })).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
    }

    [DbFact]
    public async Task A_red_complaint_is_stored_with_its_reason_and_reaches_the_supervisor_at_once_but_not_other_projects()
    {
        var agent = await app.ApiAs("agenta");
        var id = await Complaint(agent, "电梯停了三天了，这已经是第三次了，再不修我就去住建局投诉！");
        await using (var scope = app.SystemScope(out var db))
        {
            var stored = await db.TextInsights.SingleAsync(t => t.SourceId == id);
            stored.Alert.ShouldBe("red");
            stored.Reasons.ShouldContain("escalation:住建局");
            stored.ConfirmedCategory.ShouldBe("equipment");
        }
        var supa = await app.ApiAs("supa");
        var notes = await Json(await supa.GetAsync("/api/notifications"));
        notes.GetProperty("items").EnumerateArray().ShouldContain(n => n.GetProperty("link").GetString() == $"/work-orders/{id}"
                                                                      && n.GetProperty("title").GetString()!.StartsWith("情绪预警（红）"));

        var alerts = await Json(await supa.GetAsync($"/api/insight/alerts?projectId={app.ProjectA}&level=red"));
        var mine = alerts.EnumerateArray().Single(a => a.GetProperty("sourceId").GetInt64() == id);
        mine.GetProperty("reasons").EnumerateArray().Select(r => r.GetProperty("kind").GetString()).ShouldContain("escalation");
        mine.GetProperty("number").GetString().ShouldStartWith("GD");

        // The order the notice links to says why: for the people who answer for the service, not for the client.
        var order = await (await app.PagesAs("supa")).Client.GetStringAsync($"/work-orders/{id}");
        order.ShouldContain("id=\"order-insight\"");
        order.ShouldContain("扬言外部投诉「住建局」");
        var client = await (await app.PagesAs("clienta")).Client.GetAsync($"/work-orders/{id}");
        client.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await client.Content.ReadAsStringAsync()).ShouldNotContain("order-insight");

        // A red complaint of project B: the quality manager (all projects) sees it, project A's supervisor must not.
        var admin = await app.ApiAs("admin");
        var other = await admin.PostAsJsonAsync("/api/work-orders", new
        {
            projectId = app.ProjectB, type = "Complaint", channel = "Phone", category = "Fees", description = "乱收费，我们要联名换物业",
            nature = "Valid", severity = "General", customerName = "李先生", customerPhone = "13900002222",
        });
        other.StatusCode.ShouldBe(HttpStatusCode.Created, await other.Content.ReadAsStringAsync());
        var otherId = (await Json(other)).GetProperty("id").GetInt64();
        var everything = await Json(await (await app.ApiAs("quality")).GetAsync("/api/insight/alerts?level=red"));
        everything.EnumerateArray().Select(a => a.GetProperty("sourceId").GetInt64()).ShouldContain(otherId);
        everything.EnumerateArray().Select(a => a.GetProperty("sourceId").GetInt64()).ShouldContain(id);
        (await Json(await supa.GetAsync("/api/insight/alerts?level=red"))).EnumerateArray()
            .Select(a => a.GetProperty("sourceId").GetInt64()).ShouldNotContain(otherId);
        (await Json(await supa.GetAsync("/api/notifications"))).GetProperty("items").EnumerateArray()
            .ShouldNotContain(n => n.GetProperty("link").GetString() == $"/work-orders/{otherId}");
        // Asking for another project by id is answered as for a project that does not exist.
        var outOfScope = await supa.GetAsync($"/api/insight/alerts?projectId={app.ProjectB}");
        outOfScope.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await Json(outOfScope)).GetProperty("errors").GetProperty("projectId").GetArrayLength().ShouldBe(1);
        (await (await app.ApiAs("techa")).GetAsync("/api/insight/alerts")).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await (await app.ApiAs("shopper")).GetAsync("/api/insight/group-alerts")).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await supa.GetAsync("/api/insight/alerts?level=purple")).StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await supa.GetAsync("/api/insight/alerts?from=2026-02-01&to=2026-01-01")).StatusCode.ShouldBe(HttpStatusCode.BadRequest);
    }

    [DbFact]
    public async Task Five_negative_complaints_on_one_topic_from_one_building_raise_a_group_alert_and_show_in_keywords()
    {
        var agent = await app.ApiAs("agenta");
        // Five households of the building, and the first again.
        List<string> units;
        await using (var scope = app.SystemScope(out var db))
            units = await db.Units.Where(u => u.BuildingId == app.BuildingA).OrderBy(u => u.Id).Select(u => u.Label).Take(5).ToListAsync();
        string[] texts =
        [
            "1号楼的水压太小了，根本用不了热水器，很不满意", "水压小得可怜，洗澡都洗不了，太让人失望了", "家里水龙头出水像滴的一样，水压这么差你们管不管",
            "水压问题说了多少遍了，今天必须给个说法", "楼上水压低到没法做饭，真的太差了",
        ];
        var ids = new List<long>();
        var supa = await app.ApiAs("supa");
        async Task<int> GroupNotices() => (await Json(await supa.GetAsync("/api/notifications"))).GetProperty("items").EnumerateArray()
            .Count(n => n.GetProperty("title").GetString()!.StartsWith("群体性投诉预警：") && n.GetProperty("title").GetString()!.EndsWith(" 1号楼 · 设施设备"));
        for (var i = 0; i < 4; i++) ids.Add(await Complaint(agent, texts[i], "Equipment", units[i]));
        (await GroupNotices()).ShouldBe(0);
        // The fifth completes the group: the supervisor hears of it at once, and of the same group only once.
        ids.Add(await Complaint(agent, texts[4], "Equipment", units[4]));
        (await GroupNotices()).ShouldBe(1);
        var sixth = await Complaint(agent, "1号楼水压还是很低，热水器打不着火，太差劲了", "Equipment", units[0]);
        (await GroupNotices()).ShouldBe(1);
        // Only the supervisors of the project hear of it.
        (await Json(await (await app.ApiAs("techa")).GetAsync("/api/notifications"))).GetProperty("items").EnumerateArray()
            .ShouldNotContain(n => n.GetProperty("title").GetString()!.StartsWith("群体性投诉预警"));

        var groups = await Json(await supa.GetAsync($"/api/insight/group-alerts?projectId={app.ProjectA}"));
        // The building's alert; a project-wide one may also hold these texts when other tests left complaints without a unit.
        var group = groups.EnumerateArray().FirstOrDefault(g => g.GetProperty("reason").GetString() == "many"
                                                                && g.TryGetProperty("building", out var b) && b.GetString() == "1号楼"
                                                                && g.GetProperty("items").EnumerateArray().Any(i => i.GetProperty("sourceId").GetInt64() == ids[0]));
        group.ValueKind.ShouldBe(JsonValueKind.Object, groups.ToString());
        group.GetProperty("category").GetString().ShouldBe("equipment");
        group.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("sourceId").GetInt64()).ShouldBe([.. ids, sixth], ignoreOrder: true);
        (await supa.GetAsync("/api/insight/group-alerts?minTexts=1")).StatusCode.ShouldBe(HttpStatusCode.BadRequest);

        var answer = await supa.GetAsync($"/api/insight/keywords?projectId={app.ProjectA}");
        answer.StatusCode.ShouldBe(HttpStatusCode.OK, await answer.Content.ReadAsStringAsync());
        var keywords = await Json(answer);
        keywords.GetProperty("keywords").EnumerateArray().ShouldContain(k => k.GetProperty("term").GetString() == "水压" && k.GetProperty("count").GetInt32() >= 5);
    }

    [DbFact]
    public async Task The_board_exports_the_periods_alerts_groups_and_keywords_as_a_workbook_within_the_callers_projects()
    {
        var id = await Complaint(await app.ApiAs("agenta"), "5号楼电梯又困人了，这个月第三次，再不修我就打12345", "Emergency");
        string number;
        await using (var scope = app.SystemScope(out var db)) number = await db.WorkOrders.Where(o => o.Id == id).Select(o => o.Number).SingleAsync();
        // Project B's red, filed by the admin, is not the project A supervisor's to export.
        var other = await (await app.ApiAs("admin")).PostAsJsonAsync("/api/work-orders", new
        {
            projectId = app.ProjectB, type = "Complaint", channel = "Phone", category = "Security", description = "环球大厦有人拿刀在大堂闹事，快来人",
            nature = "Valid", severity = "General", customerName = "周先生", customerPhone = "13800002222",
        });
        other.StatusCode.ShouldBe(HttpStatusCode.Created, await other.Content.ReadAsStringAsync());

        var supa = await app.ApiAs("supa");
        var response = await supa.GetAsync("/api/insight/alerts.xlsx");
        response.StatusCode.ShouldBe(HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
        response.Content.Headers.ContentType!.MediaType.ShouldBe("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        using (var wb = new XLWorkbook(await response.Content.ReadAsStreamAsync()))
        {
            wb.Worksheets.Select(w => w.Name).ShouldBe(["情绪预警", "群体性投诉预警", "关键词", "情绪趋势"]);
            wb.Worksheet(4).Cell(4 + 11, 3).GetValue<int>().ShouldBeGreaterThanOrEqualTo(1, "this week's reds");
            var sheet = wb.Worksheet(1);
            sheet.Cell(1, 1).GetString().ShouldStartWith("情绪预警报表 · 全部项目 · ");
            sheet.Row(4).Cells(1, 12).Select(c => c.GetString()).ShouldContain("原因");
            var row = sheet.RowsUsed().Single(r => r.Cell(5).GetString() == number);
            row.Cell(5).Hyperlink.ExternalAddress.ToString().ShouldEndWith($"/work-orders/{id}");
            row.Cell(6).GetString().ShouldBe("已受理");
            row.Cell(7).GetString().ShouldBe("红色预警");
            row.Cell(8).GetString().ShouldContain("「困人」");
            row.Cell(13).GetString().ShouldContain("再不修我就打12345");
            sheet.RowsUsed().ShouldNotContain(r => r.Cell(13).GetString().Contains("环球大厦"));
        }
        (await supa.GetAsync($"/api/insight/alerts.xlsx?projectId={app.ProjectB}")).StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        var bad = await supa.GetAsync("/api/insight/alerts.xlsx?level=purple&from=2026-02-01&to=2026-01-01");
        bad.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        var errors = (await Json(bad)).GetProperty("errors");
        errors.TryGetProperty("level", out _).ShouldBeTrue(errors.ToString());
        (await (await app.ApiAs("techa")).GetAsync("/api/insight/alerts.xlsx")).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await app.CreateClient().GetAsync("/api/insight/alerts.xlsx")).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        var board = await app.PagesAs("supa");
        (await board.Client.GetStringAsync($"/insight?projectId={app.ProjectA}&level=red"))
            .ShouldContain($"href=\"/api/insight/alerts.xlsx?projectId={app.ProjectA}&amp;level=red&amp;from=");
        // With no filter chosen, only the period goes along, and the link answers with the workbook.
        var all = await board.Client.GetStringAsync("/insight");
        var link = System.Text.RegularExpressions.Regex.Match(all, "id=\"insight-export\" href=\"([^\"]+)\"").Groups[1].Value.Replace("&amp;", "&");
        link.ShouldStartWith("/api/insight/alerts.xlsx?from=");
        (await board.Client.GetAsync(link)).StatusCode.ShouldBe(HttpStatusCode.OK);

        // In English the reasons read as English: no full-width colon or corner brackets around the trigger.
        var english = await (await app.PagesAs("supa", culture: "en")).Client.GetStringAsync($"/insight?projectId={app.ProjectA}&level=red");
        english.ShouldContain("Why: Escalation outside the company “12345”");
        english.ShouldNotContain("Why：");
    }

    [DbFact]
    public async Task A_notice_reads_in_its_readers_language_whoever_wrote_it()
    {
        // An agent working in English takes a red complaint; the supervisor reads the notice in Chinese, and in English
        // when they switch.
        var englishAgent = await app.ApiAs("agenta");
        englishAgent.DefaultRequestHeaders.Add("Cookie", ".AspNetCore.Culture=c%3Den%7Cuic%3Den");
        var id = await Complaint(englishAgent, "电梯坏了一个月了，再不修我就打12345！");
        async Task<string> Title(string url) => (await Json(await (await app.ApiAs("supa")).GetAsync(url))).GetProperty("items").EnumerateArray()
            .First(n => n.GetProperty("link").GetString() == $"/work-orders/{id}").GetProperty("title").GetString()!;

        (await Title("/api/notifications")).ShouldMatch(@"^情绪预警（红）：工单 GD\d{12}，触发：.*12345");
        var english = await Title("/api/notifications?culture=en");
        english.ShouldMatch(@"^Emotion alert \(red\): order GD\d{12}, triggered by .*12345");
        english.ShouldNotContain("、");
        (await (await app.PagesAs("supa", culture: "en")).Client.GetStringAsync("/notifications")).ShouldContain(english);
    }

    [DbFact]
    public async Task Open_only_keeps_the_alerts_whose_order_is_not_yet_resolved_on_the_board_the_api_and_the_workbook()
    {
        var agent = await app.ApiAs("agenta");
        var open = await Complaint(agent, "车库入口的闸杆砸到人了，老人头上流血了，快来！", "Emergency");
        var cancelled = await Complaint(agent, "地下室配电房进水了，电缆泡在水里，赶紧来人！", "Emergency");
        (await agent.PostAsJsonAsync($"/api/work-orders/{cancelled}/cancel", new { note = "业主来电说是误报" })).StatusCode.ShouldBe(HttpStatusCode.OK);

        var supa = await app.ApiAs("supa");
        async Task<List<JsonElement>> Alerts(string query) =>
            (await Json(await supa.GetAsync($"/api/insight/alerts?projectId={app.ProjectA}&level=red{query}"))).EnumerateArray().ToList();
        var all = await Alerts("");
        all.Single(a => a.GetProperty("sourceId").GetInt64() == cancelled).GetProperty("orderStatus").GetString().ShouldBe("Cancelled");
        all.Single(a => a.GetProperty("sourceId").GetInt64() == open).GetProperty("orderStatus").GetString().ShouldBe("Received");
        var openOnly = await Alerts("&open=true");
        openOnly.ShouldContain(a => a.GetProperty("sourceId").GetInt64() == open);
        openOnly.ShouldNotContain(a => a.GetProperty("sourceId").GetInt64() == cancelled);
        // Only orders' texts, each still open: a survey comment or a visit remark has no order to wait on.
        openOnly.Select(a => a.GetProperty("orderStatus").GetString()).ShouldBeSubsetOf(["Received", "Dispatched", "Accepted", "InProgress", "OnHold"]);

        var board = (await app.PagesAs("supa")).Client;
        var html = await board.GetStringAsync($"/insight?projectId={app.ProjectA}&level=red&open=true");
        html.ShouldContain($"/work-orders/{open}\"");
        html.ShouldNotContain($"/work-orders/{cancelled}\"");
        html.ShouldContain("<option value=\"true\" selected=\"selected\">仅未办结工单</option>");
        var link = System.Text.RegularExpressions.Regex.Match(html, "id=\"insight-export\" href=\"([^\"]+)\"").Groups[1].Value.Replace("&amp;", "&");
        link.ShouldContain("open=true");
        using var wb = new XLWorkbook(await (await board.GetAsync(link)).Content.ReadAsStreamAsync());
        wb.Worksheet(1).Cell(1, 1).GetString().ShouldEndWith(" · 仅未办结工单");
        wb.Worksheet(1).RowsUsed().Skip(4).Select(r => r.Cell(6).GetString()).ShouldNotContain("已取消");
        // The whole board shows where each order stands.
        (await board.GetStringAsync($"/insight?projectId={app.ProjectA}&level=red")).ShouldContain("order-status text-bg-dark\">已取消</span>");
    }

    [DbFact]
    public async Task A_customers_rating_comment_is_read_like_the_description_and_a_red_one_reaches_the_supervisor()
    {
        var agent = await app.ApiAs("agenta");
        var id = await Complaint(agent, "楼道灯不亮了，麻烦修一下", "Equipment");
        (await agent.PostAsJsonAsync($"/api/work-orders/{id}/resolve", new { resolution = "已更换灯泡" })).StatusCode.ShouldBe(HttpStatusCode.OK);
        string number;
        await using (var scope = app.SystemScope(out var db)) number = await db.WorkOrders.Where(o => o.Id == id).Select(o => o.Number).SingleAsync();
        var supa = await app.ApiAs("supa");
        async Task<List<string>> Titles() => (await Json(await supa.GetAsync("/api/notifications"))).GetProperty("items").EnumerateArray()
            .Select(n => n.GetProperty("title").GetString()!).Where(t => t.Contains(number)).ToList();
        async Task<List<JsonElement>> Ratings() => (await Json(await supa.GetAsync($"/api/insight/alerts?projectId={app.ProjectA}&level=red")))
            .EnumerateArray().Where(a => a.GetProperty("source").GetString() == "WorkOrderRating" && a.GetProperty("sourceId").GetInt64() == id).ToList();

        var rated = await agent.PostAsJsonAsync($"/api/work-orders/{id}/rating", new { score = 1, comment = "换了三次灯泡还是不亮，再糊弄我就打12345投诉你们" });
        rated.StatusCode.ShouldBe(HttpStatusCode.OK, await rated.Content.ReadAsStringAsync());
        (await Titles()).ShouldContain(t => t.Contains($"{number} · 工单评价") && t.Contains("12345"));
        var red = (await Ratings()).ShouldHaveSingleItem();
        red.GetProperty("number").GetString().ShouldBe(number);
        red.GetProperty("orderStatus").GetString().ShouldBe("Resolved");
        var html = await (await app.PagesAs("supa")).Client.GetStringAsync($"/insight?projectId={app.ProjectA}&level=red");
        html.ShouldContain($"{number} · 工单评价");
        (await (await app.PagesAs("agenta")).Client.GetStringAsync($"/work-orders/{id}")).ShouldContain("id=\"rating-insight\"");
        // 客服统计 sums up the rating comments for the roles that read alerts, not for a client viewer.
        var stats = await (await app.PagesAs("supa")).Client.GetStringAsync($"/service-desk/stats?projectId={app.ProjectA}");
        stats.ShouldContain("id=\"rating-comments\"");
        stats.ShouldContain("客户评价意见");
        stats.ShouldContain("本期受理工单的 ");
        (await (await app.PagesAs("clienta")).Client.GetStringAsync($"/service-desk/stats?projectId={app.ProjectA}")).ShouldNotContain("rating-comments");
        // Those of the orders received in the period chosen, as the average rating beside them.
        (await (await app.PagesAs("supa")).Client.GetStringAsync($"/service-desk/stats?projectId={app.ProjectA}&from=2020-01-01&to=2020-01-31"))
            .ShouldNotContain("rating-comments");

        // The customer thinks better of it: the new comment replaces what the old one said.
        (await agent.PostAsJsonAsync($"/api/work-orders/{id}/rating", new { score = 4, comment = "后来师傅又来修好了，谢谢" })).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await Ratings()).ShouldBeEmpty();
        await using (var scope = app.SystemScope(out var db))
            (await db.TextInsights.CountAsync(t => t.Source == "WorkOrderRating" && t.SourceId == id)).ShouldBe(1);
        // A rating without a comment leaves nothing to read.
        (await agent.PostAsJsonAsync($"/api/work-orders/{id}/rating", new { score = 5 })).StatusCode.ShouldBe(HttpStatusCode.OK);
        await using (var scope = app.SystemScope(out var db))
            (await db.TextInsights.CountAsync(t => t.Source == "WorkOrderRating" && t.SourceId == id)).ShouldBe(0);
    }

    [DbFact]
    public async Task The_trend_splits_weeks_at_midnight_on_monday_in_the_projects_zone_not_in_utc()
    {
        var supa = await app.ApiAs("supa");
        async Task<JsonElement> Trend() => await Json(await supa.GetAsync($"/api/insight/trend?projectId={app.ProjectA}"));
        var before = await Trend();
        var monday = DateOnly.Parse(before[11].GetProperty("week").GetString()!);
        var midnight = TimeZoneInfo.ConvertTimeToUtc(monday.ToDateTime(TimeOnly.MinValue), TimeZoneInfo.FindSystemTimeZoneById("Asia/Shanghai"));
        await using (var scope = app.SystemScope(out var db))
        {
            // Sunday 23:59 and Monday 00:01 in Shanghai: both on the Sunday in UTC.
            foreach (var at in new[] { midnight.AddMinutes(-1), midnight.AddMinutes(1) })
                db.TextInsights.Add(new Features.Insight.TextInsight
                {
                    ProjectId = app.ProjectA, Source = "WorkOrder", Text = "楼道灯不亮了", Polarity = "neutral", Alert = "blue", Category = "equipment", CreatedAt = at,
                });
            await db.SaveChangesAsync();
        }
        var after = await Trend();
        after[10].GetProperty("texts").GetInt32().ShouldBe(before[10].GetProperty("texts").GetInt32() + 1);
        after[11].GetProperty("texts").GetInt32().ShouldBe(before[11].GetProperty("texts").GetInt32() + 1);
        after[11].GetProperty("blue").GetInt32().ShouldBe(before[11].GetProperty("blue").GetInt32() + 1);
    }

    [DbFact]
    public async Task The_trend_counts_each_weeks_texts_negative_ones_and_alerts_from_monday_in_the_callers_projects()
    {
        var supa = await app.ApiAs("supa");
        async Task<JsonElement> Trend(string query = "") => await Json(await supa.GetAsync($"/api/insight/trend?projectId={app.ProjectA}{query}"));
        var before = (await Trend())[11];
        await Complaint(await app.ApiAs("agenta"), "地库入口的坡道结冰了，已经有人滑倒摔伤了，赶紧处理", "Emergency");
        await Complaint(await app.ApiAs("agenta"), "谢谢物业，楼道灯修好了", "Equipment");
        var weeks = await Trend();
        weeks.GetArrayLength().ShouldBe(12);
        weeks.EnumerateArray().Select(w => DateOnly.Parse(w.GetProperty("week").GetString()!).DayOfWeek).Distinct().ShouldBe([DayOfWeek.Monday]);
        var now = weeks[11];
        now.GetProperty("texts").GetInt32().ShouldBe(before.GetProperty("texts").GetInt32() + 2);
        now.GetProperty("red").GetInt32().ShouldBe(before.GetProperty("red").GetInt32() + 1);
        now.GetProperty("negative").GetInt32().ShouldBe(before.GetProperty("negative").GetInt32() + 1);
        (await Trend("&weeks=4")).GetArrayLength().ShouldBe(4);

        // A week later the same texts are last week's.
        app.Clock.Advance(TimeSpan.FromDays(7));
        supa = await app.ApiAs("supa");
        (await Trend())[10].GetProperty("red").GetInt32().ShouldBe(now.GetProperty("red").GetInt32());

        var bad = await supa.GetAsync("/api/insight/trend?weeks=1");
        bad.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await Json(bad)).GetProperty("errors").GetProperty("weeks")[0].GetString()!.ShouldContain("2");
        (await supa.GetAsync("/api/insight/trend?weeks=54")).StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await supa.GetAsync($"/api/insight/trend?projectId={app.ProjectB}")).StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await (await app.ApiAs("techa")).GetAsync("/api/insight/trend")).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await (await app.PagesAs("supa")).Client.GetStringAsync("/insight")).ShouldContain("id=\"trend-chart\"");
    }

    [DbFact]
    public async Task The_board_shows_alerts_with_reasons_and_is_closed_to_technicians()
    {
        var agent = await app.ApiAs("agenta");
        var id = await Complaint(agent, "3号楼电梯困人了，里面有老人，赶紧来人！", "Emergency");
        var page = await app.PagesAs("supa");
        var html = await page.Client.GetStringAsync($"/insight?projectId={app.ProjectA}");
        html.ShouldContain("情绪预警");
        html.ShouldContain($"/work-orders/{id}");
        html.ShouldContain("人身安全「困人」");
        var denied = await (await app.PagesAs("techa")).Client.GetAsync("/insight");
        denied.Headers.Location!.ToString().ShouldContain("/account/denied");
        var intake = await page.Client.GetStringAsync("/work-orders/new");
        intake.ShouldContain("id=\"insight-live\"");
    }
}

/// <summary>A company whose rule for group complaints is three texts in 48 hours.</summary>
public sealed class ThreeTextGroupApp : TestApp
{
    protected override IDictionary<string, string?> ProviderSettings() => new Dictionary<string, string?>
    {
        ["Database:Provider"] = "Sqlite", ["Insight:GroupMinTexts"] = "3", ["Insight:GroupWindowHours"] = "48",
    };
}

public sealed class GroupRuleSettingTests(ThreeTextGroupApp app) : IClassFixture<ThreeTextGroupApp>
{
    /// <summary>Files a complaint in project A as the customer gives it, returning the order's id.</summary>
    private async Task<long> FileAsync(HttpClient agent, string text, string category, (string Name, string Phone) customer, string? unit = null)
    {
        var r = await agent.PostAsJsonAsync("/api/work-orders", new
        {
            projectId = app.ProjectA, type = "Complaint", channel = "Phone", category, description = text,
            nature = "Valid", severity = "General", customerName = customer.Name, customerPhone = customer.Phone, unitLabel = unit,
        });
        r.StatusCode.ShouldBe(HttpStatusCode.Created, await r.Content.ReadAsStringAsync());
        return (await r.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetInt64();
    }

    /// <summary>Building A's units, one household each, in order.</summary>
    private async Task<List<string>> UnitsOfBuildingAAsync()
    {
        await using var scope = app.SystemScope(out var db);
        var units = await db.Units.Where(u => u.BuildingId == app.BuildingA).OrderBy(u => u.Id).Select(u => u.Label).ToListAsync();
        units.Count.ShouldBeGreaterThanOrEqualTo(4);
        return units;
    }

    /// <summary>The caller of household <paramref name="n"/>: a name and a phone of their own.</summary>
    private static (string Name, string Phone) Owner(int n) => ($"业主{n}", $"1380000{n:D4}");

    /// <summary>The supervisor's group notices about one category (its Chinese label ends the title).</summary>
    private async Task<int> GroupNoticesAsync(string categoryLabel) =>
        (await (await (await app.ApiAs("supa")).GetAsync("/api/notifications")).Content.ReadFromJsonAsync<JsonElement>())
            .GetProperty("items").EnumerateArray().Count(n => n.GetProperty("title").GetString() is { } t && t.StartsWith("群体性投诉预警：") && t.EndsWith(categoryLabel));

    [DbFact]
    public async Task The_company_sets_how_many_texts_in_how_many_hours_make_a_group_and_the_notice_and_the_board_follow()
    {
        var agent = await app.ApiAs("agenta");
        var units = await UnitsOfBuildingAAsync();
        string[] texts = ["楼下的垃圾桶臭死了，好几天没人清", "垃圾堆在门口发臭，太恶心了", "垃圾房的味道熏得人没法开窗，很不满意"];
        // Each text from a household of its own.
        Task File(HttpClient client, int n) => FileAsync(client, texts[n], "Environment", Owner(n), units[n]);
        Task<int> GroupNotices() => GroupNoticesAsync("环境卫生");
        for (var n = 0; n < 3; n++) await File(agent, n);
        (await GroupNotices()).ShouldBe(1);
        // The window is the company's clock: once the first three are older than 48 hours, three new ones are a new group.
        app.Clock.Advance(TimeSpan.FromHours(49));
        agent = await app.ApiAs("agenta");
        await File(agent, 0);
        await File(agent, 1);
        (await GroupNotices()).ShouldBe(1);
        await File(agent, 2);
        (await GroupNotices()).ShouldBe(2);
        var supa = await app.ApiAs("supa");
        var groups = await (await supa.GetAsync($"/api/insight/group-alerts?projectId={app.ProjectA}")).Content.ReadFromJsonAsync<JsonElement>();
        groups.EnumerateArray().ShouldContain(g => g.GetProperty("reason").GetString() == "many" && g.GetProperty("items").GetArrayLength() == 3);
        (await (await app.PagesAs("supa")).Client.GetStringAsync("/insight")).ShouldContain("48 小时内 ≥ 3 位业主提出同类负面诉求");
    }

    [DbFact]
    public async Task A_group_counts_owners_so_an_owners_rating_comment_and_visit_remark_do_not_count_again()
    {
        var agent = await app.ApiAs("agenta");
        var units = await UnitsOfBuildingAAsync();
        Task<long> File(string text, int n) => FileAsync(agent, text, "Greening", Owner(10 + n), units[n]);
        Task<int> Notices() => GroupNoticesAsync("绿化景观");

        var first = await File("楼下的草坪全枯死了，光秃秃的，太难看了", 0);
        await File("绿化带的树被砍得乱七八糟，很不满意", 1);
        (await agent.PostAsJsonAsync($"/api/work-orders/{first}/resolve", new { resolution = "已安排补种" })).StatusCode.ShouldBe(HttpStatusCode.OK);
        var rated = await agent.PostAsJsonAsync($"/api/work-orders/{first}/rating", new { score = 1, comment = "补种的草又全枯死了，绿化养护太差劲了" });
        rated.StatusCode.ShouldBe(HttpStatusCode.OK, await rated.Content.ReadAsStringAsync());
        await using (var scope = app.SystemScope(out var db))
        {
            var comment = await db.TextInsights.SingleAsync(t => t.Source == "WorkOrderRating" && t.SourceId == first);
            (comment.Polarity, comment.Category).ShouldBe(("negative", "greening"), "else it would not count towards the group anyway");
        }
        // And at the return visit, still unhappy.
        var visit = (await (await agent.GetAsync($"/api/return-visits?workOrderId={first}")).Content.ReadFromJsonAsync<JsonElement>())
            .GetProperty("items").EnumerateArray().First().GetProperty("id").GetInt64();
        var done = await agent.PostAsJsonAsync($"/api/return-visits/{visit}/complete", new
        {
            method = "Phone", outcome = "Unsatisfied", qualityScore = 1, timelinessScore = 2, attitudeScore = 3, comment = "草坪还是枯的，绿化太差了，很失望",
        });
        done.StatusCode.ShouldBe(HttpStatusCode.OK, await done.Content.ReadAsStringAsync());
        await using (var scope = app.SystemScope(out var db))
            (await db.TextInsights.CountAsync(t => t.Source == "ReturnVisit" && t.SourceId == visit && t.Polarity == "negative" && t.Category == "greening")).ShouldBe(1);
        // Four negative texts in 48 hours, but from two owners: not yet a group.
        (await Notices()).ShouldBe(0);
        var groups = await (await (await app.ApiAs("supa")).GetAsync($"/api/insight/group-alerts?projectId={app.ProjectA}")).Content.ReadFromJsonAsync<JsonElement>();
        groups.EnumerateArray().ShouldNotContain(g => g.GetProperty("category").GetString() == "greening" && g.GetProperty("reason").GetString() == "many");
        await File("小区的花坛好久没人打理了，杂草比花还高，太失望了", 2);
        (await Notices()).ShouldBe(1);
        groups = await (await (await app.ApiAs("supa")).GetAsync($"/api/insight/group-alerts?projectId={app.ProjectA}")).Content.ReadFromJsonAsync<JsonElement>();
        var group = groups.EnumerateArray().Single(g => g.GetProperty("category").GetString() == "greening" && g.GetProperty("reason").GetString() == "many");
        (group.GetProperty("items").GetArrayLength(), group.GetProperty("owners").GetInt32()).ShouldBe((5, 3));
    }

    [DbFact]
    public async Task The_board_shows_the_groups_that_ended_in_the_period_chosen_counting_texts_from_the_evening_before()
    {
        var agent = await app.ApiAs("agenta");
        // Three callers without a unit, known by their phones.
        Task<long> File(string text, int n) => FileAsync(agent, text, "Parking", Owner(20 + n));
        var zone = TimeZoneInfo.FindSystemTimeZoneById("Asia/Shanghai");
        DateOnly Today() => DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(app.Clock.GetUtcNow(), zone).DateTime);
        await File("地库车位天天被外来车占，太气人了", 0);
        await File("车位又被外来车占了，物业根本不管，很失望", 1);
        var first = Today();
        // Into the next day, inside the 48-hour window, for the text that completes the group.
        var local = TimeZoneInfo.ConvertTime(app.Clock.GetUtcNow(), zone);
        app.Clock.Advance(local.Date.AddDays(1).AddHours(1) - local.DateTime);
        agent = await app.ApiAs("agenta");
        await File("外来车把消防通道和车位都占满了，出不去，太差劲了", 2);
        var second = Today();
        second.ShouldBe(first.AddDays(1));

        var board = (await app.PagesAs("supa")).Client;
        async Task<string> Groups(DateOnly from, DateOnly to)
        {
            var html = await board.GetStringAsync($"/insight?projectId={app.ProjectA}&from={from:yyyy-MM-dd}&to={to:yyyy-MM-dd}");
            var start = html.IndexOf("id=\"group-alerts\"", StringComparison.Ordinal);
            return html[start..html.IndexOf("</section>", start, StringComparison.Ordinal)];
        }
        var ended = await Groups(second, second);
        ended.ShouldContain("3 位业主的 3 条同类负面诉求");
        ended.ShouldContain("地库车位天天被外来车占");
        ended.ShouldContain("外来车把消防通道和车位都占满了");
        (await Groups(first, first)).ShouldNotContain("外来车");
        (await Groups(first.AddDays(-30), first.AddDays(-20))).ShouldContain("所选期间没有群体性投诉预警");
    }

    [DbFact]
    public async Task A_household_counts_once_whether_it_files_two_orders_or_answers_a_survey_as_well()
    {
        var qm = await app.ApiAs("quality");
        var (_, invitations) = await SurveyDriver.LaunchAsync(app, qm, "群体预警调查", [app.ProjectA]);
        var units = await UnitsOfBuildingAAsync();
        var agent = await app.ApiAs("agenta");
        Task<long> File(string text, int n, (string, string) caller) => FileAsync(agent, text, "Security", caller, units[n]);
        Task<int> Notices() => GroupNoticesAsync("安全秩序");

        // Husband and wife of one household call separately, each with their own phone; the household then answers the survey.
        await File("门禁坏了一周没人修，谁都能进来，太不负责了", 3, Owner(30));
        await File("晚上楼里有陌生人转悠，保安也不巡逻，太让人担心了", 3, Owner(31));
        var invitation = invitations.Single(i => i.GetProperty("unitLabel").GetString() == units[3]);
        var answered = await app.Anonymous().PostAsJsonAsync($"/api/public/surveys/{SurveyDriver.Token(invitation)}/responses",
            SurveyDriver.Answers(2, 2, ("open-improve", "门岗保安天天玩手机，陌生人随便进，很失望")));
        answered.StatusCode.ShouldBe(HttpStatusCode.OK, await answered.Content.ReadAsStringAsync());
        await using (var scope = app.SystemScope(out var db))
            (await db.TextInsights.CountAsync(t => t.Source == "SurveyResponse" && t.Polarity == "negative" && t.Category == "security")).ShouldBe(1,
                "else the survey comment would not count towards the group anyway");
        // Three negative texts in 48 hours, from one household: no group.
        (await Notices()).ShouldBe(0);
        await File("小区门禁形同虚设，外人随便进出，太不安全了，很不满意", 0, Owner(32));
        (await Notices()).ShouldBe(0);
        await File("保安看到外卖员翻栏杆也不管，安保形同虚设", 1, Owner(33));
        (await Notices()).ShouldBe(1);
        var groups = await (await (await app.ApiAs("supa")).GetAsync($"/api/insight/group-alerts?projectId={app.ProjectA}")).Content.ReadFromJsonAsync<JsonElement>();
        var group = groups.EnumerateArray().Single(g => g.GetProperty("category").GetString() == "security" && g.GetProperty("reason").GetString() == "many");
        (group.GetProperty("items").GetArrayLength(), group.GetProperty("owners").GetInt32()).ShouldBe((5, 3));
    }
}
