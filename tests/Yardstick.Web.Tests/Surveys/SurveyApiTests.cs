using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using ClosedXML.Excel;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Yardstick.Web.Features.Surveys;
using Yardstick.Web.Tests.Infrastructure;
using static Yardstick.Web.Tests.Surveys.SurveyDriver;

namespace Yardstick.Web.Tests.Surveys;

public sealed class SurveyApiTestsSqlite(SqliteApp app) : SurveyApiTests<SqliteApp>(app);
public sealed class SurveyApiTestsPostgres(PostgresApp app) : SurveyApiTests<PostgresApp>(app), IUsesPostgres;

/// <summary>Surveys through HTTP: questionnaires, planning and launch, answering by link, paper and phone, audit, results, exports, roles.</summary>
public abstract class SurveyApiTests<TApp>(TApp app) : IClassFixture<TApp> where TApp : TestApp
{
    private static async Task<JsonElement> Json(HttpResponseMessage r) => await r.Content.ReadFromJsonAsync<JsonElement>();

    private DateOnly Today => DateOnly.FromDateTime(app.Clock.GetUtcNow().UtcDateTime.AddHours(8));

    private Task<(int Id, List<JsonElement> Invitations)> LaunchAsync(HttpClient qm, string name, int[] projects, DateOnly? opens = null) =>
        SurveyDriver.LaunchAsync(app, qm, name, projects, opens);

    [DbFact]
    public async Task The_standard_questionnaire_is_there_and_saving_with_its_key_makes_a_new_version()
    {
        var qm = await app.ApiAs("quality");
        var id = await StandardTemplateAsync(qm);
        var t = await Json(await qm.GetAsync($"/api/survey-templates/{id}"));
        var sections = t.GetProperty("questionnaire").GetProperty("sections").EnumerateArray().ToList();
        sections.Select(s => s.GetProperty("title").GetString()).ShouldContain("投诉受理");
        sections.Sum(s => s.GetProperty("questions").GetArrayLength()).ShouldBe(22);

        var copy = StandardQuestionnaire.Create();
        var r = await qm.PostAsJsonAsync("/api/survey-templates", new { key = "property-satisfaction-standard", name = "标准版（加权）", questionnaire = copy }, Questionnaire.Json);
        r.StatusCode.ShouldBe(HttpStatusCode.Created, await r.Content.ReadAsStringAsync());
        (await Json(r)).GetProperty("version").GetInt32().ShouldBeGreaterThan(1);

        var bad = await qm.PostAsJsonAsync("/api/survey-templates", new { name = "", questionnaire = new { intro = "x", privacy = "y", sections = Array.Empty<object>() } });
        bad.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        var errors = (await Json(bad)).GetProperty("errors");
        errors.GetProperty("name")[0].GetString().ShouldBe("请填写问卷名称");
        errors.GetProperty("sections")[0].GetString().ShouldBe("问卷至少要有一个分组");

        (await (await app.ApiAs("agenta")).PostAsJsonAsync("/api/survey-templates", new { name = "x" })).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await (await app.ApiAs("techa")).GetAsync("/api/survey-templates")).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await app.Anonymous().GetAsync("/api/survey-templates")).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
    }

    [DbFact]
    public async Task A_campaign_answered_by_link_paper_and_phone_gives_results_that_match_a_hand_computation()
    {
        var qm = await app.ApiAs("quality");
        var (id, invitations) = await LaunchAsync(qm, "春季满意度调查", [app.ProjectA]);
        invitations.Count.ShouldBe(12); // 2 entrances × 3 floors × 2 units, all occupied
        invitations.Select(Token).Distinct().Count().ShouldBe(12);
        invitations.ShouldAllBe(i => Token(i).Length >= 22); // ≥ 128 random bits
        var agent = await app.ApiAs("agenta");
        var owner = app.Anonymous();

        // Owner 1 by link: saves a draft, comes back, submits everything 非常满意 with NPS 10.
        var t1 = Token(invitations[0]);
        (await Json(await owner.GetAsync($"/api/public/surveys/{t1}"))).GetProperty("state").GetString().ShouldBe("open");
        (await owner.PutAsJsonAsync($"/api/public/surveys/{t1}/draft", new { answers = new[] { new { questionId = "cs-attitude", value = 5 } } })).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await Json(await owner.GetAsync($"/api/public/surveys/{t1}"))).GetProperty("draft").GetProperty("cs-attitude").GetInt32().ShouldBe(5);
        (await owner.PostAsJsonAsync($"/api/public/surveys/{t1}/responses", Answers(5, 5, ("nps", 10)))).StatusCode.ShouldBe(HttpStatusCode.OK);
        // Twice: refused, and the first answer stands.
        var again = await owner.PostAsJsonAsync($"/api/public/surveys/{t1}/responses", Answers(1, 1));
        again.StatusCode.ShouldBe(HttpStatusCode.Conflict);
        (await Json(again)).GetProperty("title").GetString().ShouldBe("此问卷已提交，感谢您的参与！");

        // Bad values and missing answers: field errors in Chinese, nothing saved.
        var t2 = Token(invitations[1]);
        var bad = await owner.PostAsJsonAsync($"/api/public/surveys/{t2}/responses", new { answers = new object[] { new { questionId = "cs-attitude", value = 7 }, new { questionId = "nps", value = "很高" } } });
        bad.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        var errors = (await Json(bad)).GetProperty("errors");
        errors.GetProperty("answers.cs-attitude")[0].GetString().ShouldBe("「客服工作态度」的答案无效（应为 0–5）");
        errors.GetProperty("answers.cs-timeliness")[0].GetString().ShouldBe("请回答「工作及时性」");
        (await Json(await owner.GetAsync($"/api/public/surveys/{t2}"))).GetProperty("state").GetString().ShouldBe("open");

        // Owner 2 by link: everything 满意 (4), 有偿服务 不适用, NPS 6; the comment ("说了几次都没人管") reads as a red alert, so it
        // is followed up too.
        (await owner.PostAsJsonAsync($"/api/public/surveys/{t2}/responses",
            Answers(4, 4, ("paid-repair", 0), ("paid-cleaning", 0), ("paid-contract", 0), ("nps", 6), ("open-improve", "晚上车库灯太暗，说了几次都没人管，很失望")))).StatusCode.ShouldBe(HttpStatusCode.OK);

        // Owner 3 on paper, entered by the agent: 一般 everywhere but 设备维修及时性 不满意 → a follow-up order.
        var paper = await agent.PostAsJsonAsync($"/api/survey-campaigns/{id}/responses", new
        {
            invitationId = invitations[2].GetProperty("id").GetInt64(), channel = "Paper", formNumber = "TA-0003",
            answers = List(3, 3, ("eng-repair-speed", 2)),
        });
        paper.StatusCode.ShouldBe(HttpStatusCode.Created, await paper.Content.ReadAsStringAsync());
        var paperId = (await Json(paper)).GetProperty("id").GetInt64();
        // The follow-up order is made by the follow-up sweeper (every few seconds in production; by hand here).
        (await Json(await agent.GetAsync($"/api/survey-responses/{paperId}"))).GetProperty("followUpOrderId").ValueKind.ShouldBe(JsonValueKind.Null);
        (await app.Services.GetRequiredService<SurveyFollowUpSweeper>().RunOnceAsync()).ShouldNotBeNull();
        var paperResponse = await Json(await agent.GetAsync($"/api/survey-responses/{paperId}"));
        paperResponse.GetProperty("followUpNumber").GetString().ShouldStartWith("GD");
        var order = await Json(await agent.GetAsync($"/api/work-orders/{paperResponse.GetProperty("followUpOrderId").GetInt64()}"));
        order.GetProperty("channel").GetString().ShouldBe("Survey");
        order.GetProperty("description").GetString()!.ShouldContain("设备维修及时性（不满意）");

        // Owner 4 by phone interview, by unit label: 很满意 with NPS 9.
        var phone = await agent.PostAsJsonAsync($"/api/survey-campaigns/{id}/responses", new
        {
            projectId = app.ProjectA, unitLabel = invitations[3].GetProperty("unitLabel").GetString(), channel = "Phone",
            answers = List(5, 5, ("nps", 9)),
        });
        phone.StatusCode.ShouldBe(HttpStatusCode.Created, await phone.Content.ReadAsStringAsync());
        // A paper form without its number, and a household outside the sample, are refused.
        var noNumber = await agent.PostAsJsonAsync($"/api/survey-campaigns/{id}/responses", new { invitationId = invitations[4].GetProperty("id").GetInt64(), channel = "Paper", answers = List(4, 4) });
        (await Json(noNumber)).GetProperty("errors").GetProperty("formNumber")[0].GetString().ShouldBe("请填写问卷编号");
        var outside = await agent.PostAsJsonAsync($"/api/survey-campaigns/{id}/responses", new { projectId = app.ProjectA, unitLabel = "9-9-999", channel = "Phone", answers = List(4, 4) });
        (await Json(outside)).GetProperty("errors").GetProperty("invitationId")[0].GetString().ShouldBe("该户不在本次调查样本中");

        var results = await Json(await qm.GetAsync($"/api/survey-campaigns/{id}/results"));
        // Rated answers of the six service sections: owner 1: 17 × 5; owner 2: 14 × 4 (3 不适用); owner 3: 16 × 3 + 1 × 2; owner 4: 17 × 5.
        // Satisfied (4 or 5): 17 + 14 + 0 + 17 = 48 of 17 + 14 + 17 + 17 = 65.
        results.GetProperty("satisfactionRate").GetDouble().ShouldBe(100.0 * 48 / 65, 1e-6);
        // Section scores (mean of question means): all sections are (100 + 80 + 60 + 100) / 4 = 85, except
        // 工程服务: (85 + (100+80+40+100)/4 + 85) / 3 = (85 + 80 + 85) / 3, and 有偿服务: (100 + 60 + 100) / 3 per question.
        double engineering = (85 + 80 + 85) / 3.0, paid = (100 + 60 + 100) / 3.0;
        results.GetProperty("csi").GetDouble().ShouldBe((85 * 4 + engineering + paid) / 6, 1e-6);
        // NPS: 10 and 9 promoters, 6 a detractor → (2 − 1) / 3.
        results.GetProperty("nps").GetDouble().ShouldBe(100.0 / 3, 1e-6);
        results.GetProperty("responses").GetInt32().ShouldBe(4);
        results.GetProperty("recoveryRate").GetDouble().ShouldBe(100.0 * 4 / 12, 1e-6);
        results.GetProperty("distributionRate").GetDouble().ShouldBe(100);
        results.GetProperty("overall").GetProperty("score").GetDouble().ShouldBe(85);
        results.GetProperty("sections").GetArrayLength().ShouldBe(9);
        results.GetProperty("questions").EnumerateArray().First(q => q.GetProperty("id").GetString() == "eng-repair-speed").GetProperty("satisfactionRate").GetDouble().ShouldBe(75); // 5, 4, 2, 5

        var comments = await Json(await qm.GetAsync($"/api/survey-campaigns/{id}/comments"));
        comments[0].GetProperty("text").GetString().ShouldBe("晚上车库灯太暗，说了几次都没人管，很失望");
        comments[0].GetProperty("polarity").GetString().ShouldBe("negative");

        // Exports: the workbook opens with the summary in Chinese; the CSV starts with a UTF-8 BOM.
        var xlsx = await qm.GetAsync($"/api/survey-campaigns/{id}/export.xlsx");
        xlsx.StatusCode.ShouldBe(HttpStatusCode.OK);
        using (var wb = new XLWorkbook(await xlsx.Content.ReadAsStreamAsync()))
        {
            wb.Worksheets.Select(w => w.Name).ShouldBe(["汇总表", "原始答卷"]);
            wb.Worksheet("汇总表").Cell(1, 1).GetString().ShouldContain("客户满意度调查汇总表");
            wb.Worksheet("原始答卷").RowsUsed().Count().ShouldBe(5);
            wb.Worksheet("原始答卷").Row(1).Cells().Select(c => c.GetString()).ShouldContain("客服工作态度");
        }
        var csv = await (await qm.GetAsync($"/api/survey-campaigns/{id}/responses.csv")).Content.ReadAsByteArrayAsync();
        csv.Take(3).ShouldBe(new byte[] { 0xEF, 0xBB, 0xBF });
        var text = Encoding.UTF8.GetString(csv);
        text.ShouldContain("TA-0003");
        text.ShouldContain("3 一般");

        // Progress: recovery by building and surveyor; the households still to call.
        var campaign = await Json(await qm.GetAsync($"/api/survey-campaigns/{id}"));
        campaign.GetProperty("responses").GetInt32().ShouldBe(4);
        campaign.GetProperty("followUps").GetInt32().ShouldBe(2, "owner 3's low score and owner 2's red comment");
        var pending = await Json(await agent.GetAsync($"/api/survey-campaigns/{id}/invitations?answered=false"));
        pending.GetProperty("total").GetInt32().ShouldBe(8);
    }

    [DbFact]
    public async Task The_audit_sample_is_five_percent_and_fraud_is_excluded_from_every_measure()
    {
        var qm = await app.ApiAs("quality");
        var (id, invitations) = await LaunchAsync(qm, "审核测试调查", [app.ProjectA]);
        var agent = await app.ApiAs("agenta");
        var ids = new List<long>();
        for (var i = 0; i < 3; i++)
        {
            var r = await agent.PostAsJsonAsync($"/api/survey-campaigns/{id}/responses", new
            {
                invitationId = invitations[i].GetProperty("id").GetInt64(), channel = "Paper", formNumber = $"F{i}", answers = List(i == 0 ? 1 : 5, i == 0 ? 1 : 5),
            });
            r.StatusCode.ShouldBe(HttpStatusCode.Created, await r.Content.ReadAsStringAsync());
            ids.Add((await Json(r)).GetProperty("id").GetInt64());
        }
        (await (await app.ApiAs("agenta")).PostAsync($"/api/survey-campaigns/{id}/audit-sample", null)).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        var sample = await Json(await qm.PostAsync($"/api/survey-campaigns/{id}/audit-sample", null));
        sample.GetProperty("sampled").GetInt32().ShouldBe(1); // 5 % of 3, at least one
        (await Json(await qm.PostAsync($"/api/survey-campaigns/{id}/audit-sample", null))).GetProperty("drawn").GetInt32().ShouldBe(0); // idempotent

        // Mark the very-dissatisfied form fraudulent, whichever was drawn: only a drawn one may be audited.
        var drawn = sample.GetProperty("items")[0].GetProperty("id").GetInt64();
        var all = (await Json(await qm.GetAsync($"/api/survey-campaigns/{id}/invitations?answered=true"))).GetProperty("items");
        all.GetArrayLength().ShouldBe(3);
        var noNote = await qm.PostAsJsonAsync($"/api/survey-responses/{drawn}/audit", new { result = "Fraudulent" });
        (await Json(noNote)).GetProperty("errors").GetProperty("note")[0].GetString().ShouldBe("请填写说明");
        var before = await Json(await qm.GetAsync($"/api/survey-campaigns/{id}/results"));
        (await qm.PostAsJsonAsync($"/api/survey-responses/{drawn}/audit", new { result = "Fraudulent", note = "业主称从未填写" })).StatusCode.ShouldBe(HttpStatusCode.OK);
        var after = await Json(await qm.GetAsync($"/api/survey-campaigns/{id}/results"));
        after.GetProperty("responses").GetInt32().ShouldBe(2);
        after.GetProperty("excluded").GetInt32().ShouldBe(1);
        before.GetProperty("responses").GetInt32().ShouldBe(3);

        var detail = await Json(await qm.GetAsync($"/api/survey-responses/{drawn}"));
        detail.GetProperty("excluded").GetBoolean().ShouldBeTrue();
        detail.GetProperty("events").EnumerateArray().Select(e => e.GetProperty("kind").GetString()).ShouldContain("Fraudulent");
        // Surveyor score: 12 households, 85 % → 11 forms needed, 2 valid → 9 short (−4.5), one fraud (−10).
        var surveyor = (await Json(await qm.GetAsync($"/api/survey-campaigns/{id}"))).GetProperty("surveyors")[0];
        surveyor.GetProperty("score").GetDouble().ShouldBe(100 - 4.5 - 10);
        // A response that was not drawn cannot be audited.
        var undrawn = ids.First(x => x != drawn);
        var refused = await qm.PostAsJsonAsync($"/api/survey-responses/{undrawn}/audit", new { result = "Verified" });
        (await Json(refused)).GetProperty("errors").GetProperty("result")[0].GetString().ShouldBe("该答卷未被抽中核实");
    }

    [DbFact]
    public async Task A_follow_up_made_while_a_reviewer_has_the_response_open_does_not_refuse_the_reviewers_audit()
    {
        var qm = await app.ApiAs("quality");
        var (id, invitations) = await LaunchAsync(qm, "跟进与核实同时", [app.ProjectA]);
        var entered = await (await app.ApiAs("agenta")).PostAsJsonAsync($"/api/survey-campaigns/{id}/responses", new
        {
            invitationId = invitations[0].GetProperty("id").GetInt64(), channel = "Phone", answers = List(4, 4, ("eng-repair-speed", 2)),
        });
        entered.StatusCode.ShouldBe(HttpStatusCode.Created, await entered.Content.ReadAsStringAsync());
        var responseId = (await Json(entered)).GetProperty("id").GetInt64();
        // The quality department draws its sample and opens the drawn response before the sweeper has made the follow-up.
        (await Json(await qm.PostAsync($"/api/survey-campaigns/{id}/audit-sample", null))).GetProperty("sampled").GetInt32().ShouldBe(1);
        var opened = await Json(await qm.GetAsync($"/api/survey-responses/{responseId}"));
        opened.GetProperty("followUpOrderId").ValueKind.ShouldBe(JsonValueKind.Null);

        (await app.Services.GetRequiredService<SurveyFollowUpSweeper>().RunOnceAsync()).ShouldNotBeNull();
        var audit = await qm.PostAsJsonAsync($"/api/survey-responses/{responseId}/audit",
            new { result = "Verified", note = "电话核实属实", version = opened.GetProperty("version").GetInt32() });
        audit.StatusCode.ShouldBe(HttpStatusCode.OK, await audit.Content.ReadAsStringAsync());

        var detail = await Json(await qm.GetAsync($"/api/survey-responses/{responseId}"));
        detail.GetProperty("audit").GetString().ShouldBe("Verified");
        detail.GetProperty("followUpNumber").GetString().ShouldStartWith("GD");
        detail.GetProperty("events").EnumerateArray().Select(e => e.GetProperty("kind").GetString()).ShouldBe(["Submitted", "AuditSampled", "FollowUp", "Verified"]);
        // Made once: a second sweep finds nothing due.
        (await app.Services.GetRequiredService<SurveyFollowUpSweeper>().RunOnceAsync()).ShouldNotBeNull();
        await using var scope = app.SystemScope(out var db);
        (await db.WorkOrders.CountAsync(o => o.Channel == Features.ServiceDesk.Channel.Survey && o.Description.Contains("跟进与核实同时"))).ShouldBe(1);
    }

    [DbFact]
    public async Task A_comment_read_as_a_red_alert_is_followed_up_by_an_urgent_order_whatever_the_scores()
    {
        var qm = await app.ApiAs("quality");
        var (id, invitations) = await LaunchAsync(qm, "红色意见跟进调查", [app.ProjectA]);
        // Scores of 4 everywhere: no low score to follow up, but one owner threatens 12345 and another asks for flowers.
        string[] comments = ["电梯三天两头坏，下次再困人我就打12345投诉你们", "希望小区里多种点花"];
        for (var i = 0; i < comments.Length; i++)
            (await app.Anonymous().PostAsJsonAsync($"/api/public/surveys/{Token(invitations[i])}/responses", Answers(4, 4, ("open-improve", comments[i]))))
                .StatusCode.ShouldBe(HttpStatusCode.OK);
        (await app.Services.GetRequiredService<SurveyFollowUpSweeper>().RunOnceAsync()).ShouldNotBeNull();

        var agent = await app.ApiAs("agenta");
        async Task<JsonElement> ResponseOf(JsonElement invitation)
        {
            await using var scope = app.SystemScope(out var db);
            var invitationId = invitation.GetProperty("id").GetInt64();
            var responseId = await db.SurveyResponses.Where(r => r.InvitationId == invitationId).Select(r => r.Id).SingleAsync();
            return await Json(await agent.GetAsync($"/api/survey-responses/{responseId}"));
        }
        var red = await ResponseOf(invitations[0]);
        red.GetProperty("followUpNumber").GetString().ShouldStartWith("GD");
        var order = await Json(await agent.GetAsync($"/api/work-orders/{red.GetProperty("followUpOrderId").GetInt64()}"));
        order.GetProperty("channel").GetString().ShouldBe("Survey");
        order.GetProperty("priority").GetString().ShouldBe("Urgent");
        order.GetProperty("description").GetString()!.ShouldContain("触发红色预警（");
        order.GetProperty("description").GetString()!.ShouldContain("12345");
        (await ResponseOf(invitations[1])).GetProperty("followUpOrderId").ValueKind.ShouldBe(JsonValueKind.Null);
        (await Json(await qm.GetAsync($"/api/survey-campaigns/{id}"))).GetProperty("followUps").GetInt32().ShouldBe(1);
    }

    [DbFact]
    public async Task Flagged_answers_count_until_a_reviewer_excludes_them_with_a_reason()
    {
        var qm = await app.ApiAs("quality");
        var (id, invitations) = await LaunchAsync(qm, "标记测试调查", [app.ProjectA]);
        var owner = app.Anonymous();
        var token = Token(invitations[0]);
        await owner.GetAsync($"/api/public/surveys/{token}");
        // Straight-lined and answered within seconds of opening: flagged, still counted.
        var submitted = await owner.PostAsJsonAsync($"/api/public/surveys/{token}/responses", Answers(4, 4));
        submitted.StatusCode.ShouldBe(HttpStatusCode.OK, await submitted.Content.ReadAsStringAsync());
        var flagged = await Json(await qm.GetAsync($"/api/survey-campaigns/{id}/flagged"));
        flagged.GetArrayLength().ShouldBe(1);
        flagged[0].GetProperty("flags").EnumerateArray().Select(f => f.GetString()).ShouldBe(["TooFast", "StraightLined"]);
        (await Json(await qm.GetAsync($"/api/survey-campaigns/{id}/results"))).GetProperty("responses").GetInt32().ShouldBe(1);

        var responseId = flagged[0].GetProperty("id").GetInt64();
        var noReason = await qm.PostAsJsonAsync($"/api/survey-responses/{responseId}/flag-decision", new { decision = "Excluded" });
        noReason.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        var stale = await qm.PostAsJsonAsync($"/api/survey-responses/{responseId}/flag-decision", new { decision = "Excluded", note = "x", version = 99 });
        stale.StatusCode.ShouldBe(HttpStatusCode.Conflict);
        (await qm.PostAsJsonAsync($"/api/survey-responses/{responseId}/flag-decision", new { decision = "Excluded", note = "10 秒答完 18 题" })).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await Json(await qm.GetAsync($"/api/survey-campaigns/{id}/results"))).GetProperty("responses").GetInt32().ShouldBe(0);
    }

    [DbFact]
    public async Task A_whole_building_submitting_at_once_is_stored_once_per_household_with_its_flags()
    {
        var qm = await app.ApiAs("quality");
        var (id, invitations) = await LaunchAsync(qm, "同时提交调查", [app.ProjectA]);
        var tokens = invitations.Select(Token).ToList();
        // The last household was stored meanwhile by another node (its invitation not yet marked here): the unique
        // index refuses it, and whichever batch it lands in, the others are still stored.
        await using (var scope = app.SystemScope(out var db))
        {
            var last = invitations[^1].GetProperty("id").GetInt64();
            db.SurveyResponses.Add(new SurveyResponse
            {
                CampaignId = id, InvitationId = last, ProjectId = app.ProjectA, BuildingId = (await db.SurveyInvitations.FindAsync(last))!.BuildingId,
                Channel = SurveyChannel.Link, SubmittedAt = app.Clock.GetUtcNow().UtcDateTime, Answers = AnswerSheet.For(StandardQuestionnaire.Create().ToJson()).Empty(),
            });
            await db.SaveChangesAsync();
        }
        // Every household at once, three of them twice (a double tap), five from one phone; owner 0 writes a comment.
        var posts = tokens.Concat(tokens[..3]).Select((token, i) =>
        {
            var owner = app.Anonymous();
            owner.DefaultRequestHeaders.Add("Cookie", $"{SurveyApi.DeviceCookie}={(i % tokens.Count < 5 ? "shared-phone" : $"phone-{i}")}");
            // Not straight-lined, so the only flag is the shared phone.
            var body = i % tokens.Count == 0 ? Answers(4, 5, ("open-improve", "地库灯坏了好几盏，希望尽快修")) : Answers(5, 4);
            return owner.PostAsJsonAsync($"/api/public/surveys/{token}/responses", body);
        }).ToList();
        var answers = await Task.WhenAll(posts);
        answers.Count(r => r.StatusCode == HttpStatusCode.OK).ShouldBe(tokens.Count - 1);
        answers.Count(r => r.StatusCode == HttpStatusCode.Conflict).ShouldBe(4);
        answers[^4].StatusCode.ShouldBe(HttpStatusCode.Conflict);

        (await Json(await qm.GetAsync($"/api/survey-campaigns/{id}/results"))).GetProperty("responses").GetInt32().ShouldBe(tokens.Count);
        var flagged = (await Json(await qm.GetAsync($"/api/survey-campaigns/{id}/flagged"))).EnumerateArray().ToList();
        var sameSource = flagged.Where(f => f.GetProperty("flags").EnumerateArray().Any(x => x.GetString() == "SameSource")).ToList();
        sameSource.Count.ShouldBe(5);
        flagged.Count.ShouldBe(5);
        foreach (var f in sameSource)
        {
            var response = await Json(await qm.GetAsync($"/api/survey-responses/{f.GetProperty("id").GetInt64()}"));
            var events = response.GetProperty("events").EnumerateArray().Select(e => e.GetProperty("kind").GetString()).ToList();
            events.Count(k => k == "Submitted").ShouldBe(1);
            events.Count(k => k == "Flagged").ShouldBe(1);
        }
        await using var check = app.SystemScope(out var data);
        (await data.TextInsights.CountAsync(t => t.Source == Features.Insight.TextInsight.SurveySource && t.Text.Contains("地库灯"))).ShouldBe(1);
        (await data.SurveyInvitations.CountAsync(i => i.CampaignId == id && i.RespondedAt == null)).ShouldBe(1);
    }

    [DbFact]
    public async Task Five_owners_of_one_building_complaining_of_one_thing_in_their_comments_reach_the_supervisor_as_a_group()
    {
        var qm = await app.ApiAs("quality");
        var (_, invitations) = await LaunchAsync(qm, "群诉调查", [app.ProjectA]);
        var building = invitations.GroupBy(i => i.GetProperty("building").GetString()).First(g => g.Count() >= 5).Take(5).ToList();
        string[] comments = ["电梯三天两头坏，太失望了", "电梯又停了，老人爬楼太难了，很不满意", "电梯坏了没人修，太差了", "电梯经常困人，吓死了，很失望", "电梯老是出故障，非常不满意"];
        // Submitted together, so the writer stores them in one batch or a few.
        var posts = building.Select((inv, i) => app.Anonymous().PostAsJsonAsync($"/api/public/surveys/{Token(inv)}/responses",
            Answers(2, 1, ("open-improve", comments[i])))).ToList();
        (await Task.WhenAll(posts)).ShouldAllBe(r => r.StatusCode == HttpStatusCode.OK);

        var notes = await Json(await (await app.ApiAs("supa")).GetAsync("/api/notifications"));
        notes.GetProperty("items").EnumerateArray().Count(n => n.GetProperty("title").GetString()!.StartsWith("群体性投诉预警：")
                                                               && n.GetProperty("title").GetString()!.EndsWith($" {building[0].GetProperty("building").GetString()} · 设施设备")).ShouldBe(1);
    }

    [DbFact]
    public async Task Not_yet_open_closed_and_unknown_links_answer_with_a_clear_state()
    {
        var qm = await app.ApiAs("quality");
        var (id, invitations) = await LaunchAsync(qm, "未开始的调查", [app.ProjectA], opens: Today.AddDays(3));
        var owner = app.Anonymous();
        var token = Token(invitations[0]);
        (await Json(await owner.GetAsync($"/api/public/surveys/{token}"))).GetProperty("state").GetString().ShouldBe("notYetOpen");
        var early = await owner.PostAsJsonAsync($"/api/public/surveys/{token}/responses", Answers(4, 4));
        early.StatusCode.ShouldBe(HttpStatusCode.Conflict);
        (await Json(early)).GetProperty("title").GetString()!.ShouldContain("尚未开始");

        (await qm.PostAsync($"/api/survey-campaigns/{id}/close", null)).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await Json(await owner.GetAsync($"/api/public/surveys/{token}"))).GetProperty("state").GetString().ShouldBe("closed");
        var staff = await (await app.ApiAs("agenta")).PostAsJsonAsync($"/api/survey-campaigns/{id}/responses", new { invitationId = invitations[1].GetProperty("id").GetInt64(), channel = "Phone", answers = List(4, 4) });
        staff.StatusCode.ShouldBe(HttpStatusCode.Conflict);
        (await qm.PostAsync($"/api/survey-campaigns/{id}/launch", null)).StatusCode.ShouldBe(HttpStatusCode.BadRequest);

        (await owner.GetAsync("/api/public/surveys/no-such-token")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        var page = await owner.GetAsync("/s/no-such-token");
        page.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await page.Content.ReadAsStringAsync()).ShouldContain("链接无效或已失效");
        var closedPage = await (await owner.GetAsync($"/s/{token}")).Content.ReadAsStringAsync();
        closedPage.ShouldContain("本次调查已结束");
    }

    [DbFact]
    public async Task A_link_opened_before_its_household_answered_or_its_campaign_closed_is_refused_when_submitted()
    {
        var qm = await app.ApiAs("quality");
        var (id, invitations) = await LaunchAsync(qm, "打开后变化的链接", [app.ProjectA]);
        var owner = app.Anonymous();
        var (answeredByPhone, closedMeanwhile) = (Token(invitations[0]), Token(invitations[1]));
        // Both owners open their links first, so both links are known to the server before anything changes.
        foreach (var t in new[] { answeredByPhone, closedMeanwhile })
            (await Json(await owner.GetAsync($"/api/public/surveys/{t}"))).GetProperty("state").GetString().ShouldBe("open");

        // The first household answers by phone meanwhile: the owner's own submission is refused as answered, even an
        // incomplete one, and the phone answers stand.
        (await (await app.ApiAs("agenta")).PostAsJsonAsync($"/api/survey-campaigns/{id}/responses",
            new { invitationId = invitations[0].GetProperty("id").GetInt64(), channel = "Phone", answers = List(3, 3) })).StatusCode.ShouldBe(HttpStatusCode.Created);
        foreach (var body in new[] { Answers(5, 5), new { answers = Array.Empty<object>() } })
        {
            var late = await owner.PostAsJsonAsync($"/api/public/surveys/{answeredByPhone}/responses", body);
            late.StatusCode.ShouldBe(HttpStatusCode.Conflict);
            (await Json(late)).GetProperty("title").GetString().ShouldBe("此问卷已提交，感谢您的参与！");
        }

        // The campaign is closed while the second owner is still answering.
        (await qm.PostAsync($"/api/survey-campaigns/{id}/close", null)).StatusCode.ShouldBe(HttpStatusCode.OK);
        var closed = await owner.PostAsJsonAsync($"/api/public/surveys/{closedMeanwhile}/responses", Answers(5, 5));
        closed.StatusCode.ShouldBe(HttpStatusCode.Conflict);
        (await Json(closed)).GetProperty("title").GetString().ShouldBe("本次调查已结束，感谢您的关注。");

        await using var scope = app.SystemScope(out var db);
        var stored = await db.SurveyResponses.Where(r => r.CampaignId == id).Select(r => new { r.Channel, r.Answers }).ToListAsync();
        stored.Count.ShouldBe(1);
        stored[0].Channel.ShouldBe(SurveyChannel.Phone);
    }

    [DbFact]
    public async Task Bad_plans_are_refused_in_Chinese_and_save_nothing()
    {
        var qm = await app.ApiAs("quality");
        var before = (await Json(await qm.GetAsync("/api/survey-campaigns"))).GetArrayLength();
        var r = await qm.PostAsJsonAsync("/api/survey-campaigns", new
        {
            name = "", templateId = 9999, projectIds = Array.Empty<int>(), opensOn = Today.AddDays(5), closesOn = Today.AddDays(1),
            channels = Array.Empty<string>(), sampling = "Ratio", sampleRatio = 1.5, recoveryTarget = 120,
        });
        r.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        var errors = (await Json(r)).GetProperty("errors");
        errors.GetProperty("name")[0].GetString().ShouldBe("请填写调查名称");
        errors.GetProperty("templateId")[0].GetString().ShouldBe("问卷不存在或无权访问");
        errors.GetProperty("projectIds")[0].GetString().ShouldBe("请填写项目");
        errors.GetProperty("closesOn")[0].GetString().ShouldBe("截止日期不能早于开始日期");
        errors.GetProperty("channels")[0].GetString().ShouldBe("请填写调查方式");
        errors.GetProperty("sampleRatio")[0].GetString().ShouldBe("抽样比例须大于 0 且不超过 100%");
        errors.GetProperty("recoveryTarget")[0].GetString().ShouldBe("回收率目标须在 0–100 之间");
        (await Json(await qm.GetAsync("/api/survey-campaigns"))).GetArrayLength().ShouldBe(before);
    }

    [DbFact]
    public async Task Each_role_sees_only_what_it_may()
    {
        var qm = await app.ApiAs("quality");
        var (idB, invitationsB) = await LaunchAsync(qm, "环球大厦调查", [app.ProjectB]);
        var (idA, _) = await LaunchAsync(qm, "阳光花园调查", [app.ProjectA]);

        // Project A's people do not see project B's campaign at all.
        var pm = await app.ApiAs("pma");
        (await pm.GetAsync($"/api/survey-campaigns/{idB}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await pm.GetAsync($"/api/survey-campaigns/{idB}/results")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        var entered = await qm.PostAsJsonAsync($"/api/survey-campaigns/{idB}/responses",
            new { invitationId = invitationsB[1].GetProperty("id").GetInt64(), channel = "Phone", answers = List(4, 4) });
        entered.StatusCode.ShouldBe(HttpStatusCode.Created, await entered.Content.ReadAsStringAsync());
        (await pm.GetAsync($"/api/survey-responses/{(await Json(entered)).GetProperty("id").GetInt64()}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await Json(await pm.GetAsync("/api/survey-campaigns"))).EnumerateArray().Select(c => c.GetProperty("id").GetInt32()).ShouldNotContain(idB);
        var badScope = await pm.GetAsync($"/api/survey-campaigns/{idA}/results?projectId={app.ProjectB}");
        badScope.StatusCode.ShouldBe(HttpStatusCode.BadRequest);

        // The client reads results, not the households' list; the PM may not launch or audit.
        var client = await app.ApiAs("clienta");
        (await client.GetAsync($"/api/survey-campaigns/{idA}/results")).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await client.GetAsync($"/api/survey-campaigns/{idA}/invitations")).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await pm.PostAsync($"/api/survey-campaigns/{idA}/close", null)).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await pm.PostAsync($"/api/survey-campaigns/{idA}/audit-sample", null)).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        foreach (var user in new[] { "techa", "shopper" })
            (await (await app.ApiAs(user)).GetAsync("/api/survey-campaigns")).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await app.Anonymous().GetAsync($"/api/survey-campaigns/{idA}/results")).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        // The agent of project A cannot enter a form for project B's campaign.
        var cross = await (await app.ApiAs("agenta")).PostAsJsonAsync($"/api/survey-campaigns/{idB}/responses",
            new { invitationId = invitationsB[0].GetProperty("id").GetInt64(), channel = "Phone", answers = List(4, 4) });
        cross.StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    [DbFact]
    public async Task Every_survey_page_opens_for_its_roles_and_not_for_others()
    {
        var qm = await app.ApiAs("quality");
        var (id, invitations) = await LaunchAsync(qm, "页面测试调查", [app.ProjectA]);
        await app.Anonymous().PostAsJsonAsync($"/api/public/surveys/{Token(invitations[0])}/responses", Answers(4, 5, ("cs-attitude", 2), ("open-other", "保洁很认真")));
        var responseId = (await Json(await qm.GetAsync($"/api/survey-campaigns/{id}/comments")))[0].GetProperty("responseId").GetInt64();
        var templateId = await StandardTemplateAsync(qm);

        var pages = await app.PagesAs("quality");
        foreach (var (url, expect) in new[]
                 {
                     ("/surveys", "页面测试调查"), ("/surveys/new", "保存调查方案"), ($"/surveys/{id}", "未回收户"), ($"/surveys/{id}/results", "保洁很认真"),
                     ($"/surveys/{id}/review", "抽查核实"), ($"/surveys/{id}/sheets", "<svg"), ($"/surveys/{id}/notice", "关于开展客户满意度调查的告示"),
                     ($"/surveys/{id}/entry", "客服工作态度"), ($"/surveys/responses/{responseId}", "不满意"), ($"/surveys/templates/{templateId}", "cs-attitude"), ($"/surveys/templates/{templateId}/edit", "template-editor"),
                 })
        {
            var html = await pages.Client.GetStringAsync(url);
            html.ShouldContain(expect, customMessage: url);
        }
        // The comments come with their summary: the share of each feeling and the keywords.
        (await pages.Client.GetStringAsync($"/surveys/{id}/results")).ShouldContain("text-summary");
        (await app.Anonymous().GetStringAsync($"/s/{Token(invitations[1])}")).ShouldContain("客服工作态度");
        (await app.Anonymous().GetStringAsync($"/s/{Token(invitations[0])}")).ShouldContain("此问卷已提交");

        var client = await app.PagesAs("clienta");
        (await client.Client.GetStringAsync($"/surveys/{id}/results")).ShouldContain("满意率");
        foreach (var url in new[] { "/surveys/new", $"/surveys/templates/{templateId}/edit", $"/surveys/{id}/review", $"/surveys/{id}/entry", $"/surveys/responses/{responseId}" })
        {
            var denied = await client.Client.GetAsync(url);
            (denied.Headers.Location?.ToString() ?? "").ShouldContain("/account/denied", customMessage: url);
        }
        var shopper = await app.PagesAs("shopper");
        ((await shopper.Client.GetAsync("/surveys")).Headers.Location?.ToString() ?? "").ShouldContain("/account/denied");
    }

    [DbFact]
    public async Task A_questionnaire_with_Kano_pairs_and_importance_questions_shows_both_views()
    {
        var qm = await app.ApiAs("quality");
        await OccupyAsync(app);
        var questionnaire = new Questionnaire("请评价以下服务。", null, "资料仅用于改进服务。", null,
        [
            new SurveySection("clean", "保洁", null, 1, true,
            [
                new SurveyQuestion("clean-q", QuestionType.Likert5, "公共区域清洁", Required: true),
                new SurveyQuestion("clean-imp", QuestionType.Likert5, "保洁对您有多重要", Role: QuestionRole.Importance),
            ]),
            new SurveySection("gate", "门岗", null, 1, true,
            [
                new SurveyQuestion("gate-q", QuestionType.Likert5, "门岗服务", Required: true),
                new SurveyQuestion("gate-imp", QuestionType.Likert5, "门岗对您有多重要", Role: QuestionRole.Importance),
            ]),
            new SurveySection("needs", "新服务", null, 0, false,
            [
                new SurveyQuestion("parcel", QuestionType.KanoPair, "如果提供快递代收，您觉得？", Dysfunctional: "如果不提供快递代收，您觉得？"),
                new SurveyQuestion("channel", QuestionType.MultipleChoice, "您希望怎样收到通知？", Options: [new("wechat", "微信"), new("sms", "短信"), new("board", "公告栏")]),
            ]),
        ]);
        var t = await qm.PostAsJsonAsync("/api/survey-templates", new { name = "服务需求调查", questionnaire }, Questionnaire.Json);
        t.StatusCode.ShouldBe(HttpStatusCode.Created, await t.Content.ReadAsStringAsync());
        var templateId = (await Json(t)).GetProperty("id").GetInt32();
        var c = await qm.PostAsJsonAsync("/api/survey-campaigns", new
        {
            name = "需求调查", templateId, projectIds = new[] { app.ProjectA }, opensOn = Today, closesOn = Today.AddDays(10), channels = new[] { "Link" },
        });
        var id = (await Json(c)).GetProperty("id").GetInt32();
        (await qm.PostAsync($"/api/survey-campaigns/{id}/launch", null)).StatusCode.ShouldBe(HttpStatusCode.OK);
        var tokens = (await Json(await qm.GetAsync($"/api/survey-campaigns/{id}/invitations"))).GetProperty("items").EnumerateArray().Select(Token).ToList();
        var owner = app.Anonymous();
        // Cleaning: important (5) and well done (5); the gate: important (5) but poor (2) → 重点改进.
        foreach (var (token, i) in tokens.Take(3).Select((x, i) => (x, i)))
        {
            var r = await owner.PostAsJsonAsync($"/api/public/surveys/{token}/responses", new
            {
                answers = new object[]
                {
                    new { questionId = "clean-q", value = 5 }, new { questionId = "clean-imp", value = 3 },
                    new { questionId = "gate-q", value = 2 }, new { questionId = "gate-imp", value = 5 },
                    new { questionId = "parcel", value = new[] { 1, i == 2 ? 3 : 5 } }, new { questionId = "channel", value = new[] { "wechat", "sms" } },
                },
            });
            r.StatusCode.ShouldBe(HttpStatusCode.OK, await r.Content.ReadAsStringAsync());
        }
        var results = await Json(await qm.GetAsync($"/api/survey-campaigns/{id}/results"));
        var ipa = results.GetProperty("ipa").EnumerateArray().ToDictionary(p => p.GetProperty("sectionKey").GetString()!, p => p.GetProperty("quadrant").GetString());
        ipa["gate"].ShouldBe("Improve");
        ipa["clean"].ShouldBe("Overkill");
        var kano = results.GetProperty("questions").EnumerateArray().First(q => q.GetProperty("id").GetString() == "parcel").GetProperty("kano");
        kano.GetProperty("category").GetString().ShouldBe("O"); // two (1,5) = O, one (1,3) = A
        kano.GetProperty("better").GetDouble().ShouldBe(1);
        kano.GetProperty("worse").GetDouble().ShouldBe(-2.0 / 3, 1e-9);
        results.GetProperty("questions").EnumerateArray().First(q => q.GetProperty("id").GetString() == "channel")
            .GetProperty("distribution").GetProperty("sms").GetInt32().ShouldBe(3);

        var html = await (await app.PagesAs("quality")).Client.GetStringAsync($"/surveys/{id}/results");
        html.ShouldContain("重要性-表现分析（IPA）");
        html.ShouldContain("重点改进");
        html.ShouldContain("期望型 O");
    }
}
