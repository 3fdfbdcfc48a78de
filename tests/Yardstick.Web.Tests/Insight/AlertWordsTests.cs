using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Yardstick.Web.Tests.Infrastructure;

namespace Yardstick.Web.Tests.Insight;

public sealed class AlertWordsTestsSqlite(SqliteApp app) : AlertWordsTests<SqliteApp>(app);
public sealed class AlertWordsTestsPostgres(PostgresApp app) : AlertWordsTests<PostgresApp>(app), IUsesPostgres;

/// <summary>The company's alert words: the quality department adds to the red and yellow rubric, every text read after follows.</summary>
public abstract class AlertWordsTests<TApp>(TApp app) : IClassFixture<TApp> where TApp : TestApp
{
    private const string Hydrant = "3号楼消防栓前面堆满了纸箱，麻烦清一下";

    private static async Task<JsonElement> Json(HttpResponseMessage r) => await r.Content.ReadFromJsonAsync<JsonElement>();

    private static async Task<JsonElement> Alert(HttpClient client, string text) =>
        (await Json(await client.PostAsJsonAsync("/api/insight/analyze", new { texts = new[] { text } })))[0].GetProperty("alert");

    private async Task<long> Complaint(HttpClient agent, string text)
    {
        var r = await agent.PostAsJsonAsync("/api/work-orders", new
        {
            projectId = app.ProjectA, type = "Complaint", channel = "Phone", category = "Emergency", description = text,
            nature = "Valid", severity = "General", customerName = "赵先生", customerPhone = "13800003333",
        });
        r.StatusCode.ShouldBe(HttpStatusCode.Created, await r.Content.ReadAsStringAsync());
        return (await Json(r)).GetProperty("id").GetInt64();
    }

    [DbFact]
    public async Task A_word_the_quality_manager_adds_makes_the_next_order_red_and_reaches_the_supervisor_and_removing_it_undoes_that()
    {
        var agent = await app.ApiAs("agenta");
        var quality = await app.ApiAs("quality");
        (await Alert(agent, Hydrant)).GetProperty("level").GetString().ShouldBe("blue");
        // Stored before the word: counted in its reach, not read again.
        var before = await Complaint(agent, "2号楼消防栓被纸箱挡住了");

        var added = await quality.PostAsJsonAsync("/api/insight/alert-words", new { phrase = "消防栓*纸箱", level = "red", note = "品质部：消防设施被挡一律红色" });
        added.StatusCode.ShouldBe(HttpStatusCode.Created, await added.Content.ReadAsStringAsync());
        var body = await Json(added);
        var id = body.GetProperty("word").GetProperty("id").GetInt32();
        body.GetProperty("word").GetProperty("createdBy").GetString().ShouldNotBeNullOrEmpty();
        body.GetProperty("reach").GetProperty("containing").GetInt32().ShouldBe(1);
        body.GetProperty("reach").GetProperty("raised").GetInt32().ShouldBe(1);

        var alert = await Alert(agent, Hydrant);
        alert.GetProperty("level").GetString().ShouldBe("red");
        alert.GetProperty("reasons")[0].GetProperty("kind").GetString().ShouldBe("company");
        alert.GetProperty("reasons")[0].GetProperty("trigger").GetString().ShouldBe("消防栓前面堆满了纸箱");

        var order = await Complaint(agent, Hydrant);
        await using (var scope = app.SystemScope(out var db))
        {
            var stored = await db.TextInsights.SingleAsync(t => t.SourceId == order);
            stored.Reasons.ShouldBe("company:消防栓前面堆满了纸箱");
            stored.ModelVersion.ShouldContain("+w", Case.Sensitive, "the stored analysis says the company's words read it");
            (await db.TextInsights.SingleAsync(t => t.SourceId == before)).Alert.ShouldNotBe("red");
            (await db.AuditEntries.CountAsync(a => a.Entity == "InsightAlertWord" && a.EntityId == id.ToString())).ShouldBe(1);
        }
        var notes = await Json(await (await app.ApiAs("supa")).GetAsync("/api/notifications"));
        notes.GetProperty("items").EnumerateArray().ShouldContain(n => n.GetProperty("link").GetString() == $"/work-orders/{order}"
                                                                      && n.GetProperty("title").GetString()!.StartsWith("情绪预警（红）"));

        var list = await Json(await quality.GetAsync("/api/insight/alert-words"));
        list.EnumerateArray().Select(w => w.GetProperty("phrase").GetString()).ShouldContain("消防栓*纸箱");

        // Lowered to yellow in place: the next text follows at once; a bad level is refused and changes nothing.
        var changed = await quality.PutAsJsonAsync($"/api/insight/alert-words/{id}", new { level = "yellow", note = "先黄色观察一个月" });
        changed.StatusCode.ShouldBe(HttpStatusCode.OK, await changed.Content.ReadAsStringAsync());
        (await Json(changed)).GetProperty("note").GetString().ShouldBe("先黄色观察一个月");
        (await Alert(agent, Hydrant)).GetProperty("level").GetString().ShouldBe("yellow");
        var bad = await quality.PutAsJsonAsync($"/api/insight/alert-words/{id}", new { level = "blue" });
        bad.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await Json(bad)).GetProperty("errors").GetProperty("level")[0].GetString().ShouldBe("级别只能是红色或黄色");
        (await Alert(agent, Hydrant)).GetProperty("level").GetString().ShouldBe("yellow");
        (await quality.PutAsJsonAsync("/api/insight/alert-words/999999", new { level = "red" })).StatusCode.ShouldBe(HttpStatusCode.NotFound);

        (await quality.DeleteAsync($"/api/insight/alert-words/{id}")).StatusCode.ShouldBe(HttpStatusCode.NoContent);
        (await Alert(agent, Hydrant)).GetProperty("level").GetString().ShouldBe("blue");
        (await quality.DeleteAsync($"/api/insight/alert-words/{id}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    [DbFact]
    public async Task Applying_a_word_raises_the_months_stored_texts_of_the_callers_projects_once_without_notifying_anyone()
    {
        var agent = await app.ApiAs("agenta");
        long[] orders = [await Complaint(agent, "5号楼的门禁卡又消磁了，刷不开门"), await Complaint(agent, "门禁卡消磁第二回了，进不了单元门")];
        var denied = await Complaint(agent, "门禁卡没有消磁，是我拿错卡了");
        var quality = await app.ApiAs("quality");
        var added = await quality.PostAsJsonAsync("/api/insight/alert-words", new { phrase = "门禁卡*消磁", level = "red" });
        added.StatusCode.ShouldBe(HttpStatusCode.Created, await added.Content.ReadAsStringAsync());
        var body = await Json(added);
        var id = body.GetProperty("word").GetProperty("id").GetInt32();
        body.GetProperty("reach").GetProperty("raised").GetInt32().ShouldBe(2);

        // A quality manager of another project raises nothing here.
        await using (var scope = app.SystemScope(out var db))
        {
            var (_, errors) = await scope.ServiceProvider.GetRequiredService<Yardstick.Web.Features.Admin.UserAdmin>().SaveAsync(null,
                new Yardstick.Web.Features.Admin.UserInput("qualityb", "测试qualityb", "13500000000", null, TestApp.Password,
                    [Yardstick.Web.Platform.Identity.Roles.QualityManager], false, [app.ProjectB], null, true));
            errors.Any.ShouldBeFalse();
        }
        var other = await (await app.ApiAs("qualityb")).PostAsync($"/api/insight/alert-words/{id}/apply", null);
        other.StatusCode.ShouldBe(HttpStatusCode.OK, await other.Content.ReadAsStringAsync());
        (await Json(other)).GetProperty("raised").GetInt32().ShouldBe(0);

        var applied = await quality.PostAsync($"/api/insight/alert-words/{id}/apply", null);
        applied.StatusCode.ShouldBe(HttpStatusCode.OK, await applied.Content.ReadAsStringAsync());
        (await Json(applied)).GetProperty("raised").GetInt32().ShouldBe(2);
        await using (var scope = app.SystemScope(out var db))
        {
            var stored = await db.TextInsights.Where(t => orders.Contains(t.SourceId) && t.Source == "WorkOrder").ToListAsync();
            stored.ShouldAllBe(t => t.Alert == "red" && t.Reasons.Contains("company:门禁卡"));
            (await db.TextInsights.SingleAsync(t => t.SourceId == denied && t.Source == "WorkOrder")).Alert.ShouldNotBe("red");
            (await db.AuditEntries.CountAsync(a => a.Entity == "InsightAlertWord" && a.EntityId == id.ToString() && a.Action == "Apply")).ShouldBe(2);
        }
        var board = await Json(await (await app.ApiAs("supa")).GetAsync($"/api/insight/alerts?projectId={app.ProjectA}&level=red"));
        board.EnumerateArray().Where(a => orders.Contains(a.GetProperty("sourceId").GetInt64()))
            .ShouldAllBe(a => a.GetProperty("reasons").EnumerateArray().Any(r => r.GetProperty("kind").GetString() == "company"));
        board.EnumerateArray().Count(a => orders.Contains(a.GetProperty("sourceId").GetInt64())).ShouldBe(2);
        var notes = await Json(await (await app.ApiAs("supa")).GetAsync("/api/notifications"));
        notes.GetProperty("items").EnumerateArray().ShouldNotContain(n => orders.Any(o => n.GetProperty("link").GetString() == $"/work-orders/{o}"),
            "texts raised after the fact notify nobody");
        (await Json(await quality.PostAsync($"/api/insight/alert-words/{id}/apply", null))).GetProperty("raised").GetInt32().ShouldBe(0);

        (await agent.PostAsync($"/api/insight/alert-words/{id}/apply", null)).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await quality.PostAsync("/api/insight/alert-words/999999/apply", null)).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        var page = await app.PagesAs("quality");
        (await page.Client.GetStringAsync("/insight/alert-words")).ShouldContain("应用到近 30 天");
        var again = await page.PostFormAsync("/insight/alert-words", $"/insight/alert-words?handler=Apply&id={id}", new());
        again.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        (await page.Client.GetStringAsync("/insight/alert-words")).ShouldContain("已将近 30 天内 0 条已保存的文本按这个词升级");
        (await quality.DeleteAsync($"/api/insight/alert-words/{id}")).StatusCode.ShouldBe(HttpStatusCode.NoContent);
    }

    [DbFact]
    public async Task Bad_words_are_refused_in_Chinese_and_nothing_is_saved()
    {
        var quality = await app.ApiAs("quality");
        async Task<string> Refused(object input, string field)
        {
            var r = await quality.PostAsJsonAsync("/api/insight/alert-words", input);
            r.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
            return (await Json(r)).GetProperty("errors").GetProperty(field)[0].GetString()!;
        }
        List<string> before;
        await using (var scope = app.SystemScope(out var db)) before = await db.InsightAlertWords.Select(w => w.Phrase).ToListAsync();

        (await Refused(new { phrase = "火", level = "red" }, "phrase")).ShouldBe("至少要有两个字：一个字会让太多文本升级");
        (await Refused(new { phrase = "", level = "red" }, "phrase")).ShouldBe("请填写词或短语");
        (await Refused(new { phrase = "消防栓", level = "blue" }, "level")).ShouldBe("级别只能是红色或黄色");
        // Every field's problem at once.
        var both = await Json(await quality.PostAsJsonAsync("/api/insight/alert-words", new { phrase = "火", level = "purple" }));
        both.GetProperty("errors").EnumerateObject().Select(e => e.Name).ShouldBe(["level", "phrase"], ignoreOrder: true);
        (await Refused(new { phrase = "一*二*三*四*五", level = "red" }, "phrase")).ShouldBe("最多 4 部分");
        (await Refused(new { phrase = new string('堵', 41), level = "red" }, "phrase")).ShouldBe("最多 40 个字符");
        (await Refused(new { phrase = "消防栓", level = "red", note = new string('说', 201) }, "note")).ShouldContain("200");
        var ok = await quality.PostAsJsonAsync("/api/insight/alert-words", new { phrase = "年检*过期", level = "Yellow" });
        ok.StatusCode.ShouldBe(HttpStatusCode.Created);
        (await Json(ok)).GetProperty("word").GetProperty("level").GetString().ShouldBe("yellow");
        // The same word in Traditional characters and with spaces is the same word.
        (await Refused(new { phrase = "年檢 * 過期", level = "red" }, "phrase")).ShouldBe("「年檢 * 過期」已经是预警词");
        (await quality.PostAsync("/api/insight/alert-words", new StringContent("{\"phrase\":", System.Text.Encoding.UTF8, "application/json")))
            .StatusCode.ShouldBe(HttpStatusCode.BadRequest);

        await using (var scope = app.SystemScope(out var db))
            (await db.InsightAlertWords.Select(w => w.Phrase).ToListAsync()).ShouldBe([.. before, "年检*过期"], ignoreOrder: true);
    }

    [DbFact]
    public async Task Only_the_quality_department_and_the_admin_may_see_or_change_the_words()
    {
        var admin = await app.ApiAs("admin");
        var r = await admin.PostAsJsonAsync("/api/insight/alert-words", new { phrase = "电梯*冒烟", level = "red" });
        r.StatusCode.ShouldBe(HttpStatusCode.Created);
        var id = (await Json(r)).GetProperty("word").GetProperty("id").GetInt32();
        foreach (var user in new[] { "pma", "supa", "agenta", "techa", "clienta", "reviewer", "shopper" })
        {
            var client = await app.ApiAs(user);
            (await client.GetAsync("/api/insight/alert-words")).StatusCode.ShouldBe(HttpStatusCode.Forbidden, user);
            (await client.PostAsJsonAsync("/api/insight/alert-words", new { phrase = "电梯*漏水", level = "red" })).StatusCode.ShouldBe(HttpStatusCode.Forbidden, user);
            (await client.DeleteAsync($"/api/insight/alert-words/{id}")).StatusCode.ShouldBe(HttpStatusCode.Forbidden, user);
            (await client.PutAsJsonAsync($"/api/insight/alert-words/{id}", new { level = "yellow" })).StatusCode.ShouldBe(HttpStatusCode.Forbidden, user);
        }
        (await app.CreateClient().GetAsync("/api/insight/alert-words")).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        (await admin.DeleteAsync($"/api/insight/alert-words/{id}")).StatusCode.ShouldBe(HttpStatusCode.NoContent);

        var denied = await (await app.PagesAs("supa")).Client.GetAsync("/insight/alert-words");
        denied.Headers.Location!.ToString().ShouldContain("/account/denied");
        (await (await app.PagesAs("supa")).Client.GetStringAsync("/insight")).ShouldNotContain("id=\"alert-words-link\"");
        (await (await app.PagesAs("quality")).Client.GetStringAsync("/insight")).ShouldContain("id=\"alert-words-link\"");
    }

    [DbFact]
    public async Task The_page_adds_tries_and_deletes_a_word_and_keeps_what_was_typed_when_it_refuses()
    {
        var page = await app.PagesAs("quality");
        const string url = "/insight/alert-words";
        var refused = await page.PostFormAsync(url, url + "?handler=Add", new() { ["Input.Phrase"] = "堵", ["Input.Level"] = "red", ["Input.Note"] = "我的说明" });
        refused.StatusCode.ShouldBe(HttpStatusCode.OK);
        var html = await refused.Content.ReadAsStringAsync();
        html.ShouldContain("至少要有两个字");
        html.ShouldContain("value=\"我的说明\"");

        var added = await page.PostFormAsync(url, url + "?handler=Add", new() { ["Input.Phrase"] = "外墙*瓷砖*松动", ["Input.Level"] = "red", ["Input.Note"] = "" });
        added.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var list = await page.Client.GetStringAsync(url);
        list.ShouldContain("已添加「外墙*瓷砖*松动」（红色预警）");
        list.ShouldContain("<span class=\"fw-semibold\">外墙*瓷砖*松动</span>");

        var tried = await page.PostFormAsync(url, url + "?handler=Try", new() { ["Sample"] = "5号楼外墙的瓷砖好像有点松动了" });
        var triedHtml = await tried.Content.ReadAsStringAsync();
        triedHtml.ShouldContain("id=\"word-tried\"");
        triedHtml.ShouldContain("公司预警词「外墙的瓷砖好像有点松动」");
        (await (await page.PostFormAsync(url, url + "?handler=Try", new() { ["Sample"] = " " })).Content.ReadAsStringAsync()).ShouldContain("请填写文本");

        int id;
        await using (var scope = app.SystemScope(out var db)) id = (await db.InsightAlertWords.SingleAsync(w => w.Phrase == "外墙*瓷砖*松动")).Id;
        (await page.PostFormAsync(url, $"{url}?handler=Update&id={id}", new() { ["level"] = "yellow", ["note"] = "先观察" })).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        await using (var scope = app.SystemScope(out var db))
        {
            var word = await db.InsightAlertWords.SingleAsync(w => w.Id == id);
            (word.Level, word.Note).ShouldBe(("yellow", "先观察"));
        }
        (await page.Client.GetStringAsync(url)).ShouldContain("<option value=\"yellow\" selected=\"selected\">");
        (await page.PostFormAsync(url, $"{url}?handler=Delete&id={id}", new())).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        (await page.Client.GetStringAsync(url)).ShouldNotContain("<span class=\"fw-semibold\">外墙*瓷砖*松动</span>");

        var english = await (await app.PagesAs("quality", "en")).Client.GetStringAsync(url);
        english.ShouldContain("<h1 class=\"h4 mb-1\">Alert words</h1>");
        english.ShouldContain("never lowered");
    }
}
