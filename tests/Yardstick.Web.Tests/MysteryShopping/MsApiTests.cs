using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using MetadataExtractor;
using MetadataExtractor.Formats.Exif;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Yardstick.Web.Features.Admin;
using Yardstick.Web.Features.MysteryShopping;
using Yardstick.Web.Platform.Identity;
using Yardstick.Web.Tests.Infrastructure;

namespace Yardstick.Web.Tests.MysteryShopping;

public sealed class MsApiTestsSqlite(SqliteApp app) : MsApiTests<SqliteApp>(app);
public sealed class MsApiTestsPostgres(PostgresApp app) : MsApiTests<PostgresApp>(app), IUsesPostgres;

/// <summary>Mystery shopping through HTTP: plan, assign within the rules, visit, evidence, submit, review, report, rectification, and who must not see whom.</summary>
public abstract class MsApiTests<TApp>(TApp app) : IClassFixture<TApp> where TApp : TestApp
{
    private static async Task<JsonElement> Json(HttpResponseMessage r) => await r.Content.ReadFromJsonAsync<JsonElement>();

    private static async Task<JsonElement> Ok(HttpResponseMessage r, HttpStatusCode expected = HttpStatusCode.OK)
    {
        r.StatusCode.ShouldBe(expected, await r.Content.ReadAsStringAsync());
        return await Json(r);
    }

    private DateTime Now => app.Clock.GetUtcNow().UtcDateTime;
    private DateOnly Today => DateOnly.FromDateTime(Now.AddHours(8));

    /// <summary>The items of the test scenario: two need evidence when they fail.</summary>
    private static readonly string[] Items = ["gate-check", "no-litter", "standard-greeting", "complaint-reply", "greening"];

    private static int _nextAlias = Random.Shared.Next(10000, 90000);

    /// <summary>A fresh shopper per test, so the 90-day lockout of one test does not block another.</summary>
    private async Task<(int Id, string Name, string Alias)> ShopperAsync()
    {
        var n = Guid.NewGuid().ToString("N")[..6];
        var alias = "MS-" + Interlocked.Increment(ref _nextAlias);
        await using var scope = app.SystemScope(out _);
        var (user, errors) = await scope.ServiceProvider.GetRequiredService<UserAdmin>().SaveAsync(null,
            new UserInput("sh" + n, "执行员" + n, "13511112222", null, TestApp.Password, [Roles.Shopper], true, [], alias, true));
        errors.Any.ShouldBeFalse(errors.Summary);
        return (user!.Id, "sh" + n, alias);
    }

    private async Task<int> ModelIdAsync(HttpClient qm, string key = "residential-standard") =>
        (await Ok(await qm.GetAsync("/api/ms/scoring-models"))).EnumerateArray()
            .First(m => m.GetProperty("key").GetString() == key && m.GetProperty("status").GetString() == "Published").GetProperty("id").GetInt32();

    private sealed record Plan(int ProgramId, int WaveId, int ScenarioId, int ModelId);

    private async Task<Plan> PlanAsync(HttpClient qm, string name, int? programId = null)
    {
        var modelId = await ModelIdAsync(qm);
        var scenario = await Ok(await qm.PostAsJsonAsync("/api/ms/scenarios", new
        {
            title = "测试场景 " + name, propertyType = "Residential", identity = "潜在业主", purpose = "体验门岗与客服", itemKeys = Items, timeSlots = "周末上午",
        }), HttpStatusCode.Created);
        if (programId is null)
        {
            var program = await Ok(await qm.PostAsJsonAsync("/api/ms/programs", new { name, client = "阳光物业", projectIds = new[] { app.ProjectA, app.ProjectB } }), HttpStatusCode.Created);
            programId = program.GetProperty("id").GetInt32();
        }
        var wave = await Ok(await qm.PostAsJsonAsync($"/api/ms/programs/{programId}/waves", new
        {
            startsOn = Today.AddDays(-1), endsOn = Today.AddDays(30), modelId, scenarioIds = new[] { scenario.GetProperty("id").GetInt32() }, samplePerProject = 1,
        }), HttpStatusCode.Created);
        return new(programId.Value, wave.GetProperty("id").GetInt32(), scenario.GetProperty("id").GetInt32(), modelId);
    }

    private async Task<long> AssignAsync(HttpClient qm, Plan plan, int? shopperId, int? projectId = null)
    {
        var r = await qm.PostAsJsonAsync($"/api/ms/waves/{plan.WaveId}/tasks", new
        {
            projectId = projectId ?? app.ProjectA, scenarioId = plan.ScenarioId, shopperId,
            windowStart = new DateTimeOffset(Now.AddHours(-1)), windowEnd = new DateTimeOffset(Now.AddHours(5)),
        });
        return (await Ok(r, HttpStatusCode.Created)).GetProperty("task").GetProperty("id").GetInt64();
    }

    private static object Record(string gateNote = "保安未询问来访事由，也未核对身份即放行") => new
    {
        timeline = new object[]
        {
            new { kind = "Arrived", at = "2026-12-05T02:45:30Z" }, new { kind = "Greeted", at = "2026-12-05T02:46:00Z" },
            new { kind = "ServiceBegan", at = "2026-12-05T02:48:15Z" }, new { kind = "ServiceEnded", at = "2026-12-05T02:55:15Z" },
            new { kind = "Left", at = "2026-12-05T03:00:00Z" },
        },
        items = new Dictionary<string, object>
        {
            ["gate-check"] = new { result = "Fail", note = gateNote, quote = "“进去吧，没事。”" },
            ["no-litter"] = new { result = "Pass", note = "大堂、电梯厅地面干净" },
            ["standard-greeting"] = new { result = "Fail", note = "客服抬头后直接问“干嘛”，未使用标准问候语", quote = "“干嘛？”" },
            ["complaint-reply"] = new { result = "NA" },
            ["greening"] = new { result = "Pass" },
        },
        narrative = "周六上午以潜在业主身份到访，门岗放行后在客服中心咨询物业费。",
        identityExposed = false,
    };

    private async Task<HttpResponseMessage> UploadAsync(HttpClient shopper, long task, string? itemKey, byte[] bytes, string name = "IMG_20261205_张三.jpg")
    {
        var form = new MultipartFormDataContent();
        var file = new ByteArrayContent(bytes);
        file.Headers.ContentType = new MediaTypeHeaderValue("image/jpeg");
        form.Add(file, "file", name);
        if (itemKey is not null) form.Add(new StringContent(itemKey), "itemKey");
        return await shopper.PostAsync($"/api/ms/tasks/{task}/evidence", form);
    }

    /// <summary>Plan → accept → check in → record → evidence → submit: returns the task id, submitted.</summary>
    private async Task<long> SubmittedVisitAsync(HttpClient qm, Plan plan, (int Id, string Name, string Alias) shopper, int? projectId = null, object? record = null)
    {
        var id = await AssignAsync(qm, plan, shopper.Id, projectId);
        var c = await app.ApiAs(shopper.Name);
        await Ok(await c.PostAsync($"/api/ms/tasks/{id}/accept", null));
        await Ok(await c.PostAsJsonAsync($"/api/ms/tasks/{id}/check-in", new { latitude = 31.1004, longitude = 121.4, accuracy = 25 }));
        await Ok(await c.PutAsJsonAsync($"/api/ms/tasks/{id}/record", record ?? Record()));
        var photo = TestJpeg.Create(Now.AddHours(8), 31.1003, 121.4001);
        var first = await Ok(await UploadAsync(c, id, "gate-check", photo), HttpStatusCode.Created);
        // A phone sending its waiting photo again (the page closed mid-send) does not make a second piece of evidence.
        (await Ok(await UploadAsync(c, id, "gate-check", photo), HttpStatusCode.Created)).GetProperty("id").GetInt64().ShouldBe(first.GetProperty("id").GetInt64());
        await Ok(await c.PostAsJsonAsync($"/api/ms/tasks/{id}/submit", new { }));
        return id;
    }

    [DbFact]
    public async Task A_visit_goes_from_plan_to_published_report_with_scores_that_match_a_hand_count()
    {
        var qm = await app.ApiAs("quality");
        var plan = await PlanAsync(qm, "全流程");
        var shopper = await ShopperAsync();
        var id = await AssignAsync(qm, plan, shopper.Id);
        var sc = await app.ApiAs(shopper.Name);

        // The shopper sees the offered task, accepts and checks in 45 m from the project.
        (await Ok(await sc.GetAsync("/api/ms/tasks"))).GetProperty("items").EnumerateArray().Select(t => t.GetProperty("id").GetInt64()).ShouldContain(id);
        (await Ok(await sc.PostAsync($"/api/ms/tasks/{id}/accept", null))).GetProperty("status").GetString().ShouldBe("Accepted");
        var checkedIn = await Ok(await sc.PostAsJsonAsync($"/api/ms/tasks/{id}/check-in", new { latitude = 31.1004, longitude = 121.4, accuracy = 25 }));
        checkedIn.GetProperty("status").GetString().ShouldBe("CheckedIn");
        checkedIn.GetProperty("flags").GetArrayLength().ShouldBe(0);
        await Ok(await sc.PutAsJsonAsync($"/api/ms/tasks/{id}/record", Record()));

        // A Fail on an evidence-required item without a file is refused, and nothing changes.
        var refused = await sc.PostAsJsonAsync($"/api/ms/tasks/{id}/submit", new { });
        refused.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await refused.Content.ReadAsStringAsync()).ShouldContain("须上传至少一份证据");
        (await Ok(await sc.GetAsync($"/api/ms/tasks/{id}"))).GetProperty("task").GetProperty("status").GetString().ShouldBe("CheckedIn");

        var photo = await Ok(await UploadAsync(sc, id, "gate-check", TestJpeg.Create(Now.AddHours(8).AddMinutes(-10), 31.1003, 121.4001)), HttpStatusCode.Created);
        photo.GetProperty("flags").GetArrayLength().ShouldBe(0);
        await Ok(await sc.PostAsJsonAsync($"/api/ms/tasks/{id}/submit", new { }));

        // Review: the reviewer finds the greeting acceptable on the recording and says why; approves with suggestions.
        var rv = await app.ApiAs("reviewer");
        var approved = await Ok(await rv.PostAsJsonAsync($"/api/ms/tasks/{id}/review", new
        {
            decision = "Approve", comment = "证据清晰",
            adjustments = new[] { new { item = "standard-greeting", result = "Pass", points = (double?)null, reason = "录音中客服先说了“您好”，记录遗漏" } },
            strengths = "大堂环境整洁", suggestions = "门岗交接班时段增加一名岗员，执行“看、问、查”三步检查",
        }));
        approved.GetProperty("status").GetString().ShouldBe("Published");

        // Hand count: safety 25 − 5 (gate-check) = 20; all else full: 95, 优秀. Posts: Gate 0/5, Cleaning 3/3, CustomerService 2/2, Greening 2/2.
        var visit = await Ok(await qm.GetAsync($"/api/ms/visits/{id}"));
        var score = visit.GetProperty("score");
        score.GetProperty("total").GetDouble().ShouldBe(95);
        score.GetProperty("grade").GetString().ShouldBe("优秀");
        score.GetProperty("dimensions").EnumerateArray().First(d => d.GetProperty("key").GetString() == "safety").GetProperty("points").GetDouble().ShouldBe(20);
        score.GetProperty("posts").EnumerateArray().First(p => p.GetProperty("key").GetString() == "Gate").GetProperty("rate").GetDouble().ShouldBe(0);
        var adjustment = visit.GetProperty("adjustments")[0];
        adjustment.GetProperty("fromResult").GetString().ShouldBe("Fail");
        adjustment.GetProperty("fromPoints").GetDouble().ShouldBe(2);
        adjustment.GetProperty("toResult").GetString().ShouldBe("Pass");
        adjustment.GetProperty("reason").GetString()!.ShouldContain("记录遗漏");

        var report = await Ok(await qm.GetAsync($"/api/ms/visits/{id}/report"));
        report.GetProperty("total").GetDouble().ShouldBe(95);
        report.GetProperty("timing").GetProperty("waitingSeconds").GetInt32().ShouldBe(165);
        report.GetProperty("timing").GetProperty("greetingSeconds").GetInt32().ShouldBe(30);
        var safety = report.GetProperty("dimensions").EnumerateArray().First(d => d.GetProperty("score").GetProperty("key").GetString() == "safety");
        var finding = safety.GetProperty("findings")[0];
        finding.GetProperty("quote").GetString().ShouldBe("“进去吧，没事。”");
        finding.GetProperty("evidence").GetArrayLength().ShouldBe(1);
        report.GetProperty("suggestions").GetString()!.ShouldContain("三步检查");

        // Every state change is recorded.
        var events = (await Ok(await qm.GetAsync($"/api/ms/tasks/{id}"))).GetProperty("events").EnumerateArray().Select(e => e.GetProperty("to").GetString()).ToList();
        events.ShouldBe(["Offered", "Accepted", "CheckedIn", "Submitted", "Approved", "Published"]);

        // One finding (the gate check); the adjusted greeting is none.
        var findings = await Ok(await qm.GetAsync($"/api/ms/findings?waveId={plan.WaveId}"));
        findings.GetProperty("items").EnumerateArray().Select(f => f.GetProperty("itemKey").GetString()).ShouldBe(["gate-check"]);
    }

    [DbFact]
    public async Task The_client_and_project_staff_see_the_alias_only_and_photos_without_metadata()
    {
        var qm = await app.ApiAs("quality");
        var plan = await PlanAsync(qm, "保密");
        var shopper = await ShopperAsync();
        var id = await SubmittedVisitAsync(qm, plan, shopper);

        // Before publication the visit does not exist for the client or the project manager: a visit cannot be foreseen.
        foreach (var who in new[] { "clienta", "pma" })
        {
            var c = await app.ApiAs(who);
            (await c.GetAsync($"/api/ms/tasks/{id}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
            (await Ok(await c.GetAsync("/api/ms/tasks"))).GetProperty("items").EnumerateArray().ShouldNotContain(t => t.GetProperty("id").GetInt64() == id);
        }
        await Ok(await (await app.ApiAs("reviewer")).PostAsJsonAsync($"/api/ms/tasks/{id}/review", new { decision = "Approve" }));

        var evidenceId = (await Ok(await qm.GetAsync($"/api/ms/tasks/{id}"))).GetProperty("evidence")[0].GetProperty("id").GetInt64();
        foreach (var who in new[] { "clienta", "pma", "supa" })
        {
            var c = await app.ApiAs(who);
            var bodies = new List<string>
            {
                await (await c.GetAsync($"/api/ms/tasks/{id}")).Content.ReadAsStringAsync(),
                await (await c.GetAsync($"/api/ms/visits/{id}")).Content.ReadAsStringAsync(),
                await (await c.GetAsync($"/api/ms/visits/{id}/report")).Content.ReadAsStringAsync(),
                await (await c.GetAsync($"/api/ms/tasks?waveId={plan.WaveId}")).Content.ReadAsStringAsync(),
                await (await c.GetAsync($"/api/ms/waves/{plan.WaveId}/summary")).Content.ReadAsStringAsync(),
                await (await c.GetAsync($"/api/ms/findings?waveId={plan.WaveId}")).Content.ReadAsStringAsync(),
            };
            bodies[2].ShouldContain(shopper.Alias, customMessage: who);
            foreach (var body in bodies)
            {
                body.ShouldNotContain(shopper.Name, customMessage: who);
                body.ShouldNotContain("执行员" + shopper.Name[2..], customMessage: who);
                body.ShouldNotContain("13511112222", customMessage: who);
                body.ShouldNotContain($"\"shopperId\":{shopper.Id}", customMessage: who);
            }
            var photo = await c.GetAsync($"/api/ms/evidence/{evidenceId}");
            photo.StatusCode.ShouldBe(HttpStatusCode.OK);
            photo.Content.Headers.ContentDisposition!.FileNameStar.ShouldBe($"evidence-{evidenceId}.jpg");
            var dirs = ImageMetadataReader.ReadMetadata(new MemoryStream(await photo.Content.ReadAsByteArrayAsync()));
            dirs.OfType<GpsDirectory>().ShouldBeEmpty();
            dirs.OfType<ExifSubIfdDirectory>().ShouldBeEmpty();
        }
        // The raw file is not reachable through the generic file endpoint either.
        await using (var scope = app.SystemScope(out var db))
        {
            var fileId = await db.Evidence.Where(e => e.Id == evidenceId).Select(e => e.FileId).FirstAsync();
            (await (await app.ApiAs("clienta")).GetAsync($"/api/files/{fileId}/content")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        }
        // Quality staff see who it was and the original metadata.
        (await Ok(await qm.GetAsync($"/api/ms/tasks/{id}"))).GetProperty("task").GetProperty("shopper").GetString()!.ShouldContain("执行员");
        var original = await qm.GetAsync($"/api/ms/evidence/{evidenceId}");
        ImageMetadataReader.ReadMetadata(new MemoryStream(await original.Content.ReadAsByteArrayAsync())).OfType<GpsDirectory>().ShouldNotBeEmpty();

        // Another shopper sees neither the task nor its evidence; a technician and an agent have no access at all.
        var other = await ShopperAsync();
        var oc = await app.ApiAs(other.Name);
        (await oc.GetAsync($"/api/ms/tasks/{id}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await oc.GetAsync($"/api/ms/evidence/{evidenceId}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await (await app.ApiAs("techa")).GetAsync("/api/ms/tasks")).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await (await app.ApiAs("agenta")).GetAsync($"/api/ms/visits/{id}/report")).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await (await app.ApiAs("clienta")).GetAsync("/api/ms/shoppers/performance")).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await app.Anonymous().GetAsync("/api/ms/tasks")).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
    }

    [DbFact]
    public async Task Assignment_respects_conflicts_and_the_lockout_and_warns_when_recognisable()
    {
        var qm = await app.ApiAs("quality");
        var plan = await PlanAsync(qm, "指派规则");
        var shopper = await ShopperAsync();
        var sc = await app.ApiAs(shopper.Name);

        (await sc.PostAsJsonAsync("/api/ms/conflicts", new { projectId = app.ProjectB, reason = "住在该小区" })).StatusCode.ShouldBe(HttpStatusCode.NoContent);
        var conflict = await qm.PostAsJsonAsync($"/api/ms/waves/{plan.WaveId}/tasks", new
        {
            projectId = app.ProjectB, scenarioId = plan.ScenarioId, shopperId = shopper.Id,
            windowStart = new DateTimeOffset(Now), windowEnd = new DateTimeOffset(Now.AddHours(3)),
        });
        conflict.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await conflict.Content.ReadAsStringAsync()).ShouldContain("利益关系");

        await AssignAsync(qm, plan, shopper.Id);
        var again = await qm.PostAsJsonAsync($"/api/ms/waves/{plan.WaveId}/tasks", new
        {
            projectId = app.ProjectA, scenarioId = plan.ScenarioId, shopperId = shopper.Id,
            windowStart = new DateTimeOffset(Now.AddDays(20)), windowEnd = new DateTimeOffset(Now.AddDays(20).AddHours(3)),
        });
        again.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await again.Content.ReadAsStringAsync()).ShouldContain("90 天内");

        // An open task on project A is not offered to this shopper (lockout), but is to a fresh one.
        var open = await AssignAsync(qm, plan, null);
        (await Ok(await sc.GetAsync("/api/ms/tasks?open=true"))).GetProperty("items").EnumerateArray().ShouldNotContain(t => t.GetProperty("id").GetInt64() == open);
        (await sc.PostAsync($"/api/ms/tasks/{open}/accept", null)).StatusCode.ShouldBe(HttpStatusCode.Conflict);
        var fresh = await ShopperAsync();
        var fc = await app.ApiAs(fresh.Name);
        (await Ok(await fc.GetAsync("/api/ms/tasks?open=true"))).GetProperty("items").EnumerateArray().ShouldContain(t => t.GetProperty("id").GetInt64() == open);
        (await Ok(await fc.PostAsync($"/api/ms/tasks/{open}/accept", null))).GetProperty("status").GetString().ShouldBe("Accepted");
        (await sc.GetAsync($"/api/ms/tasks/{open}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);

        // A visit 100 days later is allowed but the planner is warned: same project, same identity.
        var later = await Ok(await qm.PostAsJsonAsync($"/api/ms/programs/{plan.ProgramId}/waves", new
        {
            startsOn = Today.AddDays(95), endsOn = Today.AddDays(120), modelId = plan.ModelId, scenarioIds = new[] { plan.ScenarioId }, samplePerProject = 2,
        }), HttpStatusCode.Created);
        var warned = await Ok(await qm.PostAsJsonAsync($"/api/ms/waves/{later.GetProperty("id").GetInt32()}/tasks", new
        {
            projectId = app.ProjectA, scenarioId = plan.ScenarioId, shopperId = shopper.Id,
            windowStart = new DateTimeOffset(Now.AddDays(100)), windowEnd = new DateTimeOffset(Now.AddDays(100).AddHours(3)),
        }), HttpStatusCode.Created);
        warned.GetProperty("warnings")[0].GetString()!.ShouldContain("相同身份");

        // Bad input: a window outside the wave, a project not in the program, a draft model.
        var outside = await qm.PostAsJsonAsync($"/api/ms/waves/{plan.WaveId}/tasks", new
        {
            projectId = app.ProjectA, scenarioId = plan.ScenarioId, windowStart = new DateTimeOffset(Now.AddDays(60)), windowEnd = new DateTimeOffset(Now.AddDays(60).AddHours(1)),
        });
        outside.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await outside.Content.ReadAsStringAsync()).ShouldContain("批次期间");
        (await (await app.ApiAs("clienta")).PostAsJsonAsync($"/api/ms/waves/{plan.WaveId}/tasks", new { projectId = app.ProjectA })).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
    }

    [DbFact]
    public async Task Check_in_outside_the_fence_or_without_location_is_accepted_and_flagged_and_late_submission_is_marked()
    {
        var qm = await app.ApiAs("quality");
        var plan = await PlanAsync(qm, "异常签到");
        var shopper = await ShopperAsync();
        var id = await AssignAsync(qm, plan, shopper.Id);
        var sc = await app.ApiAs(shopper.Name);
        await Ok(await sc.PostAsync($"/api/ms/tasks/{id}/accept", null));
        (await sc.PostAsJsonAsync($"/api/ms/tasks/{id}/check-in", new { })).StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        var task = await Ok(await sc.PostAsJsonAsync($"/api/ms/tasks/{id}/check-in", new { noLocationReason = "地下车库无信号" }));
        task.GetProperty("flags").EnumerateArray().Select(f => f.GetString()).ShouldBe(["NoLocation"]);
        (await sc.PostAsJsonAsync($"/api/ms/tasks/{id}/check-in", new { latitude = 31.2, longitude = 121.4, accuracy = 10 })).StatusCode.ShouldBe(HttpStatusCode.Conflict);

        // Vague words are refused with a suggestion, unless the shopper confirms them.
        await Ok(await sc.PutAsJsonAsync($"/api/ms/tasks/{id}/record", Record("门岗态度差，随便就放行了")));
        (await UploadAsync(sc, id, "gate-check", TestJpeg.Create(null, null, null))).StatusCode.ShouldBe(HttpStatusCode.Created);
        app.Clock.Advance(TimeSpan.FromHours(25));
        sc = await app.ApiAs(shopper.Name);
        qm = await app.ApiAs("quality");
        var vague = await sc.PostAsJsonAsync($"/api/ms/tasks/{id}/submit", new { });
        vague.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await vague.Content.ReadAsStringAsync()).ShouldContain("“态度差”");
        var submitted = await Ok(await sc.PostAsJsonAsync($"/api/ms/tasks/{id}/submit", new { ignoreVagueWords = true }));
        submitted.GetProperty("late").GetBoolean().ShouldBeTrue();
        submitted.GetProperty("flags").EnumerateArray().Select(f => f.GetString()).ShouldBe(["NoLocation", "Late"]);
        var detail = await Ok(await qm.GetAsync($"/api/ms/tasks/{id}"));
        detail.GetProperty("evidence")[0].GetProperty("flags").EnumerateArray().Select(f => f.GetString()).ShouldBe(["EvidenceNoMetadata"]);

        // Returned with a comment, revised and resubmitted; the record is the shopper's alone.
        var rv = await app.ApiAs("reviewer");
        (await rv.PostAsJsonAsync($"/api/ms/tasks/{id}/review", new { decision = "Return" })).StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await rv.PostAsJsonAsync($"/api/ms/tasks/{id}/review", new { decision = "Approve", adjustments = new[] { new { item = "greening", result = "Fail", points = 2 } } }))
            .StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await rv.PutAsJsonAsync($"/api/ms/tasks/{id}/record", Record())).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await Ok(await rv.PostAsJsonAsync($"/api/ms/tasks/{id}/review", new { decision = "Return", comment = "请把“态度差”改写为看到和听到的事实" })))
            .GetProperty("status").GetString().ShouldBe("Returned");
        await Ok(await sc.PutAsJsonAsync($"/api/ms/tasks/{id}/record", Record()));
        await Ok(await sc.PostAsJsonAsync($"/api/ms/tasks/{id}/submit", new { }));
        var perf = await Ok(await qm.GetAsync("/api/ms/shoppers/performance"));
        var mine = perf.EnumerateArray().First(p => p.GetProperty("shopperId").GetInt32() == shopper.Id);
        mine.GetProperty("onTimeRate").GetDouble().ShouldBe(0);
        mine.GetProperty("returnRate").GetDouble().ShouldBe(1);
    }

    [DbFact]
    public async Task Findings_are_planned_done_and_verified_or_reopened_by_the_next_wave_and_recurring_ones_are_systemic()
    {
        var qm = await app.ApiAs("quality");
        var plan = await PlanAsync(qm, "整改闭环");
        var first = await SubmittedVisitAsync(qm, plan, await ShopperAsync());
        var rv = await app.ApiAs("reviewer");
        await Ok(await rv.PostAsJsonAsync($"/api/ms/tasks/{first}/review", new { decision = "Approve" }));
        var findings = (await Ok(await qm.GetAsync($"/api/ms/findings?waveId={plan.WaveId}"))).GetProperty("items").EnumerateArray().ToList();
        findings.Select(f => f.GetProperty("itemKey").GetString()).Order().ShouldBe(["gate-check", "standard-greeting"]);
        var gate = findings.First(f => f.GetProperty("itemKey").GetString() == "gate-check").GetProperty("id").GetInt64();
        var greeting = findings.First(f => f.GetProperty("itemKey").GetString() == "standard-greeting").GetProperty("id").GetInt64();

        int staffId;
        await using (var scope = app.SystemScope(out var db)) staffId = await db.Staff.Where(s => s.ProjectId == app.ProjectA).Select(s => s.Id).FirstAsync();
        var client = await app.ApiAs("clienta");
        var bad = await client.PostAsJsonAsync($"/api/ms/findings/{gate}/plan", new { ownerStaffId = staffId, dueOn = Today.AddDays(-1), action = "" });
        bad.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await Ok(await client.GetAsync($"/api/ms/findings/{gate}"))).GetProperty("status").GetString().ShouldBe("Open");
        foreach (var f in new[] { gate, greeting })
        {
            (await Ok(await client.PostAsJsonAsync($"/api/ms/findings/{f}/plan", new
            {
                ownerStaffId = staffId, dueOn = Today.AddDays(7), action = "交接班时段增加岗员，班前会演练“看、问、查”", expectedEffect = "访客查证率 100%",
            }))).GetProperty("status").GetString().ShouldBe("Planned");
            (await Ok(await client.PostAsJsonAsync($"/api/ms/findings/{f}/complete", new { note = "已培训 6 人并排班" }))).GetProperty("status").GetString().ShouldBe("Done");
        }
        (await client.PostAsJsonAsync($"/api/ms/findings/{gate}/verify", new { passed = true })).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await (await app.ApiAs("shopper")).GetAsync("/api/ms/findings")).StatusCode.ShouldBe(HttpStatusCode.Forbidden);

        // Wave 2: the gate check fails again (reopened, systemic); the greeting passes (verified).
        var plan2 = await PlanAsync(qm, "整改闭环", plan.ProgramId);
        var record = Record();
        var second = await SubmittedVisitAsync(qm, plan2, await ShopperAsync(), record: new
        {
            timeline = Array.Empty<object>(),
            items = new Dictionary<string, object>
            {
                ["gate-check"] = new { result = "Fail", note = "访客自称送快递，保安未登记即放行" },
                ["no-litter"] = new { result = "Pass" }, ["standard-greeting"] = new { result = "Pass", note = "客服起身说“您好，请问有什么可以帮您”" },
                ["complaint-reply"] = new { result = "Pass" }, ["greening"] = new { result = "Pass" },
            },
            identityExposed = false,
        });
        // The scenario of wave 2 is a new one with the same items, so the findings match by item.
        await Ok(await rv.PostAsJsonAsync($"/api/ms/tasks/{second}/review", new { decision = "Approve" }));
        (await Ok(await qm.GetAsync($"/api/ms/findings/{greeting}"))).GetProperty("status").GetString().ShouldBe("Verified");
        var reopened = await Ok(await qm.GetAsync($"/api/ms/findings/{gate}"));
        reopened.GetProperty("status").GetString().ShouldBe("Reopened");
        reopened.GetProperty("systemic").GetBoolean().ShouldBeTrue();
        var systemic = (await Ok(await client.GetAsync($"/api/ms/findings?programId={plan.ProgramId}&systemic=true"))).GetProperty("items").EnumerateArray().ToList();
        systemic.Count.ShouldBe(2);
        systemic.ShouldAllBe(f => f.GetProperty("itemKey").GetString() == "gate-check");

        // The wave summary compares with the previous wave: 90 → 95.
        var summary = await Ok(await client.GetAsync($"/api/ms/waves/{plan2.WaveId}/summary"));
        var row = summary.GetProperty("league")[0];
        row.GetProperty("average").GetDouble().ShouldBe(95);
        row.GetProperty("previous").GetDouble().ShouldBe(93);
        row.GetProperty("change").GetDouble().ShouldBe(2);
        summary.GetProperty("trend").GetArrayLength().ShouldBe(2);
        summary.GetProperty("mostFailed")[0].GetProperty("itemKey").GetString().ShouldBe("gate-check");
        var xlsx = await client.GetAsync($"/api/ms/waves/{plan2.WaveId}/summary.xlsx");
        xlsx.StatusCode.ShouldBe(HttpStatusCode.OK);
        using var wb = new ClosedXML.Excel.XLWorkbook(new MemoryStream(await xlsx.Content.ReadAsByteArrayAsync()));
        wb.Worksheet(1).Cell(2, 4).GetDouble().ShouldBe(95);

        // Overdue: a planned finding past its date tells the project manager once.
        var reopenedId = gate;
        await Ok(await client.PostAsJsonAsync($"/api/ms/findings/{reopenedId}/plan", new { ownerStaffId = staffId, dueOn = Today, action = "重新培训", expectedEffect = "查证率 100%" }));
        app.Clock.Advance(TimeSpan.FromDays(2));
        var sweeper = app.Services.GetRequiredService<FindingOverdueSweeper>();
        (await sweeper.RunOnceAsync()).ShouldBe(1);
        (await sweeper.RunOnceAsync()).ShouldBe(0);
        var pm = await app.ApiAs("pma");
        (await pm.GetStringAsync("/api/notifications")).ShouldContain("整改逾期");
        (await Ok(await pm.GetAsync("/api/ms/findings?overdue=true"))).GetProperty("total").GetInt32().ShouldBeGreaterThanOrEqualTo(1);
    }

    [DbFact]
    public async Task Scoring_models_are_versioned_and_a_published_version_is_frozen()
    {
        var qm = await app.ApiAs("quality");
        var model = await Ok(await qm.GetAsync($"/api/ms/scoring-models/{await ModelIdAsync(qm)}"));
        var definition = model.GetProperty("definition");
        var key = "copy-" + Guid.NewGuid().ToString("N")[..8];
        var draft = await Ok(await qm.PostAsJsonAsync("/api/ms/scoring-models", new { key, name = "我的住宅标准", propertyType = "Residential", definition }), HttpStatusCode.Created);
        var draftId = draft.GetProperty("model").GetProperty("id").GetInt32();
        draft.GetProperty("model").GetProperty("status").GetString().ShouldBe("Draft");

        // A draft cannot serve a wave.
        var program = await Ok(await qm.PostAsJsonAsync("/api/ms/programs", new { name = "模型版本", client = "甲方", projectIds = new[] { app.ProjectA } }), HttpStatusCode.Created);
        var scenarios = await Ok(await qm.GetAsync("/api/ms/scenarios"));
        var waveOfDraft = await qm.PostAsJsonAsync($"/api/ms/programs/{program.GetProperty("id").GetInt32()}/waves", new
        {
            startsOn = Today, endsOn = Today.AddDays(10), modelId = draftId, scenarioIds = new[] { scenarios[0].GetProperty("id").GetInt32() }, samplePerProject = 1,
        });
        waveOfDraft.StatusCode.ShouldBe(HttpStatusCode.BadRequest);

        // Weights not summing to 100 are refused, and nothing is saved.
        var json = definition.GetRawText().Replace("\"weight\":10", "\"weight\":15");
        var refused = await qm.PostAsync("/api/ms/scoring-models", new StringContent(
            $"{{\"key\":\"{key}\",\"name\":\"x\",\"propertyType\":\"Residential\",\"definition\":{json}}}", System.Text.Encoding.UTF8, "application/json"));
        refused.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await refused.Content.ReadAsStringAsync()).ShouldContain("权重之和须为 100");

        (await Ok(await qm.PostAsync($"/api/ms/scoring-models/{draftId}/publish", null))).GetProperty("model").GetProperty("status").GetString().ShouldBe("Published");
        (await qm.PostAsync($"/api/ms/scoring-models/{draftId}/publish", null)).StatusCode.ShouldBe(HttpStatusCode.Conflict);
        var next = await Ok(await qm.PostAsJsonAsync("/api/ms/scoring-models", new { key, name = "我的住宅标准 v2", propertyType = "Residential", definition }), HttpStatusCode.Created);
        next.GetProperty("model").GetProperty("versionNumber").GetInt32().ShouldBe(2);
        (await Ok(await qm.GetAsync($"/api/ms/scoring-models/{draftId}"))).GetProperty("model").GetProperty("name").GetString().ShouldBe("我的住宅标准");

        (await (await app.ApiAs("reviewer")).PostAsJsonAsync("/api/ms/scoring-models", new { key })).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await (await app.ApiAs("clienta")).GetAsync("/api/ms/scoring-models")).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
    }

    [DbFact]
    public async Task Pages_render_for_their_roles_and_refuse_the_others()
    {
        var qm = await app.ApiAs("quality");
        var plan = await PlanAsync(qm, "页面");
        var shopper = await ShopperAsync();
        var id = await SubmittedVisitAsync(qm, plan, shopper);

        var sp = await app.PagesAs(shopper.Name);
        (await sp.Client.GetStringAsync("/ms/tasks")).ShouldContain($"data-task=\"{id}\"");
        var field = await sp.Client.GetStringAsync($"/ms/tasks/{id}");
        field.ShouldContain("ms-visit.js");
        field.ShouldNotContain("</script><script>alert");
        (await sp.Client.GetAsync("/ms")).StatusCode.ShouldBe(HttpStatusCode.Redirect);

        var rv = await app.PagesAs("reviewer");
        var review = await rv.Client.GetStringAsync($"/ms/tasks/{id}/review");
        review.ShouldContain("执行员" + shopper.Name[2..]);
        var approve = await rv.PostFormAsync($"/ms/tasks/{id}/review", $"/ms/tasks/{id}/review?handler=Approve", new()
        {
            ["Rows[0].Item"] = "standard-greeting", ["Rows[0].Result"] = "Pass", ["Rows[0].Reason"] = "录音中有问候", ["Suggestions"] = "门岗增加岗员",
        });
        approve.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        approve.Headers.Location!.ToString().ShouldBe($"/ms/visits/{id}");

        var client = await app.PagesAs("clienta");
        var report = await client.Client.GetStringAsync($"/ms/visits/{id}");
        report.ShouldContain(shopper.Alias);
        report.ShouldNotContain(shopper.Name[2..]);
        report.ShouldContain("95");
        report.ShouldContain($"/api/ms/visits/{id}/report.xlsx");
        // The exported report names the alias as the page does, never the shopper.
        var xlsx = await client.Client.GetAsync($"/api/ms/visits/{id}/report.xlsx");
        xlsx.StatusCode.ShouldBe(HttpStatusCode.OK);
        using (var wb = new ClosedXML.Excel.XLWorkbook(await xlsx.Content.ReadAsStreamAsync()))
        {
            var text = string.Join("|", wb.Worksheets.SelectMany(ws => ws.CellsUsed()).Select(c => c.GetString()));
            text.ShouldContain(shopper.Alias);
            text.ShouldNotContain(shopper.Name[2..]);
            text.ShouldContain("保安未询问来访事由");
            wb.Worksheet(3).CellsUsed().Select(c => c.GetString()).ShouldContain("95");
        }
        (await (await app.PagesAs("techa")).Client.GetAsync($"/api/ms/visits/{id}/report.xlsx")).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await client.Client.GetStringAsync($"/ms/waves/{plan.WaveId}")).ShouldContain("league");
        (await client.Client.GetStringAsync("/ms/findings")).ShouldContain("findings");
        (await client.Client.GetStringAsync("/ms")).ShouldNotContain(shopper.Name[2..]);
        (await client.Client.GetAsync($"/ms/tasks/{id}/review")).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        (await client.Client.GetAsync($"/ms/tasks/{id}")).StatusCode.ShouldBe(HttpStatusCode.Redirect);

        var page = await app.PagesAs("quality");
        (await page.Client.GetStringAsync("/ms")).ShouldContain("performance");
        var modelId = await ModelIdAsync(qm);
        (await page.Client.GetStringAsync($"/ms/models/{modelId}")).ShouldContain("看、问、查");
        (await (await app.PagesAs("techa")).Client.GetAsync("/ms/findings")).StatusCode.ShouldBe(HttpStatusCode.Redirect);
    }
    [DbFact]
    public async Task Planners_edit_models_write_scenarios_and_cancel_tasks_in_the_pages()
    {
        var qm = await app.ApiAs("quality");
        var page = await app.PagesAs("quality");
        var definition = (await Ok(await qm.GetAsync($"/api/ms/scoring-models/{await ModelIdAsync(qm)}"))).GetProperty("definition");
        var key = "edit-" + Guid.NewGuid().ToString("N")[..8];
        var v1 = (await Ok(await qm.PostAsJsonAsync("/api/ms/scoring-models", new { key, name = "编辑测试", propertyType = "Office", definition }), HttpStatusCode.Created))
            .GetProperty("model").GetProperty("id").GetInt32();
        var editor = await page.Client.GetStringAsync($"/ms/models/{v1}/edit");
        editor.ShouldContain("ms-model-editor.js");
        editor.ShouldContain($"data-key=\"{key}\"");
        editor.ShouldContain("草稿 v1");
        await Ok(await qm.PostAsync($"/api/ms/scoring-models/{v1}/publish", null));
        (await page.Client.GetStringAsync($"/ms/models/{v1}/edit")).ShouldContain("新版本草稿 v2");
        var v2 = (await Ok(await qm.PostAsJsonAsync("/api/ms/scoring-models", new { key, name = "编辑测试", propertyType = "Office", definition }), HttpStatusCode.Created))
            .GetProperty("model").GetProperty("id").GetInt32();
        // An older version is never edited: saving it would overwrite the newer draft.
        var old = await page.Client.GetAsync($"/ms/models/{v1}/edit");
        old.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        old.Headers.Location!.ToString().ShouldBe($"/ms/models/{v2}/edit");

        // Lists left out or nulls inside them are refused in Chinese, not a server error.
        var broken = await qm.PostAsync("/api/ms/scoring-models", new StringContent(
            $"{{\"key\":\"{key}\",\"name\":\"x\",\"propertyType\":\"Office\",\"definition\":{{\"dimensions\":null,\"items\":[null]}}}}", System.Text.Encoding.UTF8, "application/json"));
        broken.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await broken.Content.ReadAsStringAsync()).ShouldContain("评分模型内容不完整");

        // A scenario with a missing identity is shown again with the message and what was typed; nothing is saved.
        var title = "交接班时段投诉 " + key;
        var fields = new List<KeyValuePair<string, string>>
        {
            new("Input.Title", title), new("Input.PropertyType", "Office"), new("Input.Identity", ""), new("Input.Purpose", "检验交接班时投诉是否有人受理"),
            new("Input.DialogueGuide", "我想投诉空调不制冷，已经两天了。"), new("Input.ItemKeys", "complaint-ack"), new("Input.ItemKeys", "greeting-3s"),
            new("Input.TimeSlots", "交接班时段"),
        };
        var refused = await page.PostFormAsync("/ms/scenarios/new", "/ms/scenarios/new", fields);
        refused.StatusCode.ShouldBe(HttpStatusCode.OK);
        var html = await refused.Content.ReadAsStringAsync();
        html.ShouldContain("身份");
        html.ShouldContain("我想投诉空调不制冷，已经两天了。");
        (await qm.GetStringAsync("/api/ms/scenarios")).ShouldNotContain(title);
        fields[2] = new("Input.Identity", "商务访客");
        var saved = await page.PostFormAsync("/ms/scenarios/new", "/ms/scenarios/new", fields);
        saved.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var scenario = (await Ok(await qm.GetAsync("/api/ms/scenarios"))).EnumerateArray().Single(s => s.GetProperty("title").GetString() == title);
        scenario.GetProperty("itemKeys").EnumerateArray().Select(k => k.GetString()).ShouldBe(["complaint-ack", "greeting-3s"]);
        scenario.GetProperty("identity").GetString().ShouldBe("商务访客");

        // Cancelling needs a reason, and only a task of this wave is cancelled from this wave's page.
        var plan = await PlanAsync(qm, "取消");
        var other = await PlanAsync(qm, "取消2");
        var task = await AssignAsync(qm, plan, null);
        var otherTask = await AssignAsync(qm, other, null);
        var wavePage = $"/ms/waves/{plan.WaveId}";
        (await page.Client.GetStringAsync(wavePage)).ShouldContain("取消任务");
        await page.PostFormAsync(wavePage, wavePage + "?handler=Cancel", new() { ["TaskId"] = task.ToString(), ["Reason"] = " " });
        (await Ok(await qm.GetAsync($"/api/ms/tasks/{task}"))).GetProperty("task").GetProperty("status").GetString().ShouldBe("Offered");
        await page.PostFormAsync(wavePage, wavePage + "?handler=Cancel", new() { ["TaskId"] = otherTask.ToString(), ["Reason"] = "换人" });
        (await Ok(await qm.GetAsync($"/api/ms/tasks/{otherTask}"))).GetProperty("task").GetProperty("status").GetString().ShouldBe("Offered");
        var cancelled = await page.PostFormAsync(wavePage, wavePage + "?handler=Cancel", new() { ["TaskId"] = task.ToString(), ["Reason"] = "项目临时封闭施工" });
        cancelled.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var detail = await Ok(await qm.GetAsync($"/api/ms/tasks/{task}"));
        detail.GetProperty("task").GetProperty("status").GetString().ShouldBe("Cancelled");
        detail.GetRawText().ShouldContain("项目临时封闭施工");

        // Reviewers may read models but not edit them, write scenarios or cancel.
        var reviewer = await app.PagesAs("reviewer");
        (await reviewer.Client.GetAsync($"/ms/models/{v2}/edit")).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        (await reviewer.Client.GetAsync("/ms/scenarios/new")).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        (await reviewer.Client.GetStringAsync($"/ms/models/{v2}")).ShouldNotContain("edit-model");
        var byReviewer = await reviewer.PostFormAsync(wavePage, wavePage + "?handler=Cancel", new() { ["TaskId"] = otherTask.ToString(), ["Reason"] = "x" });
        byReviewer.Headers.Location!.ToString().ShouldContain("/account/denied");
        (await Ok(await qm.GetAsync($"/api/ms/tasks/{otherTask}"))).GetProperty("task").GetProperty("status").GetString().ShouldBe("Offered");
    }
}
