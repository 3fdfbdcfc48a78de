using Microsoft.EntityFrameworkCore;
using Yardstick.Web.Features.Organization;
using Yardstick.Web.Platform.Data;
using Yardstick.Web.Platform.Files;
using Yardstick.Web.Platform.Identity;

namespace Yardstick.Web.Features.MysteryShopping;

/// <summary>
/// A program with two published waves over the three demo projects (two visits per project and wave by different shoppers),
/// a third wave under way with a visit waiting for the demo shopper. The story: 翠湖花园's gate check fails in both waves
/// (systemic); what the client fixed after wave 1 is verified by wave 2; wave 2's findings are in every state.
/// </summary>
public static class DemoMysteryShopping
{
    /// <summary>Facts and quotes as a shopper writes them: observable, timed, verbatim.</summary>
    private static readonly Dictionary<string, (string Fact, string? Quote)> Facts = new()
    {
        ["gate-check"] = ("10:32 到达东门，安保人员坐在岗亭内看手机，未询问来访事由，也未要求登记或核对身份，直接抬杆放行", "“进去吧进去吧。”"),
        ["visitor-registration"] = ("登记从 10:33:10 开始到 10:37:05 放行，用时 3 分 55 秒；登记簿摊开放在窗口，前面访客的姓名和手机号可见", null),
        ["no-litter"] = ("3 号楼电梯厅东侧地面有外卖包装袋和饮料瓶各一个，10:50 至 11:20 两次经过均未清理", null),
        ["no-dust"] = ("大堂服务台台面用纸巾轻擦一次可见明显灰迹；入口玻璃门有成片手印", null),
        ["lift-wiped"] = ("1 号电梯擦拭记录表最后一次签字为 08:00，11:05 查看时已超过 3 小时；镜面有明显指纹", null),
        ["lighting-ok"] = ("地下车库 B1 区 C 通道连续 3 盏灯不亮", null),
        ["equipment-ok"] = ("抽查 20 件设施中 2 件故障：南门人行闸机刷卡无反应，儿童区秋千锁链松脱", null),
        ["greeting-3s"] = ("进入客服中心后站在服务台前约 15 秒，两名客服均低头处理文件，无目光接触", null),
        ["standard-greeting"] = ("客服抬头后第一句话为“什么事？”，未使用标准问候语", "“什么事？”"),
        ["uniform-badge"] = ("接待客服着装整洁，但未佩戴工牌", null),
        ["accurate-answer"] = ("询问物业费构成，客服答“每平米 3.8 元，包含电梯费”；公示栏标准为 3.5 元/平米，电梯费另计", "“每平米 3.8 块，电梯费都在里面了。”"),
        ["closing"] = ("咨询结束时客服未道别，未询问是否还有其他需要", null),
        ["proactive"] = ("仅回答所问问题，未主动介绍缴费渠道或本月社区活动", null),
        ["phone-30s"] = ("14:02:10 拨打服务热线，14:02:58 人工接听，用时 48 秒", null),
        ["complaint-ack"] = ("反映卫生间漏水后，客服 5 分钟后才开始记录，未记录联系电话", "“您先等一下，我找张单子。”"),
        ["complaint-reply"] = ("客服承诺“明天上午给您回电话”，至次日 18:00 未收到任何回复", "“明天上午一定给您回电话。”"),
        ["repair-response"] = ("上午 9:10 报修卫生间漏水（一般报修），至次日 10:30 无人联系，超过 24 小时", null),
        ["fire-access"] = ("2 号楼北侧消防通道停放两辆电动车和一堆装修垃圾", null),
        ["greening"] = ("中心花园北侧绿篱未修剪，成片杂草高约 20 厘米", null),
        ["signage"] = ("从南门进入后未见客服中心指引，需询问保洁人员才找到", null),
        ["waiting-comfort"] = ("等候区 4 把椅子中 2 把损坏，未提供饮用水", null),
        ["emergency-response"] = ("14:20 通过对讲报告电梯困人（模拟），14:41 维修人员到场，用时 21 分钟", null),
    };

    private static readonly string[] Strengths =
    [
        "大堂及电梯厅整体整洁，绿植养护良好", "安保人员巡逻频次高，对异常情况反应迅速", "客服解答物业费问题专业、耐心",
        "报修登记信息完整，告知了处理时限", "公共区域照明和标识清晰",
    ];

    private static readonly string[] Suggestions =
    [
        "门岗交接班时段（9:30–10:30）增加一名岗员，班前会演练“看、问、查”三步检查，由秩序主管每周抽查录像 2 次。",
        "客服中心设“3 秒问候”提示牌，晨会复述标准问候语；本月内完成全员服务礼仪复训。",
        "电梯擦拭记录改为每 2 小时由保洁领班签字确认，环境主管每日抽查一次。",
        "投诉回复承诺时间录入工单系统并设提醒，超时自动上报客服主管。",
    ];

    /// <summary>How likely each project fails an item, per wave: the league and the trend tell the story.</summary>
    private static double FailRate(string code, int wave) => (code, wave) switch
    {
        ("CHY", 1) => 0.22, ("CHY", 2) => 0.12,
        ("JRZX", 1) => 0.10, ("JRZX", 2) => 0.08,
        ("XHH", 1) => 0.16, ("XHH", 2) => 0.20,
        _ => 0.1,
    };

    public static async Task<int> SeedAsync(AppDbContext db, FileStore files, FindingService findings, DateTime now, CancellationToken ct = default)
    {
        if (await db.MsPrograms.AnyAsync(ct)) return 0;
        var projects = await db.Projects.Where(p => p.Code == "CHY" || p.Code == "JRZX" || p.Code == "XHH").OrderBy(p => p.Id).ToListAsync(ct);
        if (projects.Count < 3) return 0;
        var shopperNames = new[] { "shopper", "shopper2", "shopper3" };
        var shoppers = await db.Users.Where(u => shopperNames.Contains(u.UserName!)).ToDictionaryAsync(u => u.UserName!, u => u.Id, ct);
        if (shoppers.Count < 3) return 0;
        var reviewer = await db.Users.Where(u => u.UserName == "reviewer").Select(u => (int?)u.Id).FirstOrDefaultAsync(ct);
        var quality = await db.Users.Where(u => u.UserName == "quality").Select(u => (int?)u.Id).FirstOrDefaultAsync(ct);
        var modelRow = await db.ScoringModels.Where(m => m.Key == "residential-standard" && m.Status == ModelStatus.Published).OrderBy(m => m.VersionNumber).FirstAsync(ct);
        var model = modelRow.Model;
        var scenarios = await db.Scenarios.Where(s => s.IsBuiltIn).OrderBy(s => s.Id).ToListAsync(ct);
        var scenario = scenarios.First(s => s.Title.Contains("住宅进出"));
        var complaint = scenarios.First(s => s.Title.Contains("投诉处理"));
        var allItems = scenarios.First(s => s.Title.Contains("住宅组"));
        var rng = new Random(20261001);
        var today = DateOnly.FromDateTime(now.AddHours(8));

        var program = new MsProgram
        {
            Name = "2026 年度神秘客户暗访", Client = "阳光物业集团品质部", CreatedAt = now.AddDays(-140),
            Projects = projects.Select(p => new MsProgramProject { ProjectId = p.Id }).ToList(),
        };
        db.MsPrograms.Add(program);
        await db.SaveChangesAsync(ct);
        Wave NewWave(int number, string name, DateOnly start, DateOnly end) => new()
        {
            ProgramId = program.Id, Number = number, Name = name, StartsOn = start, EndsOn = end, ModelId = modelRow.Id,
            ScenarioIds = string.Join(",", new[] { scenario.Id, complaint.Id, allItems.Id }), SamplePerProject = 2, CreatedAt = now.AddDays(-140),
        };
        var waves = new[]
        {
            NewWave(1, "第一批次（二季度）", today.AddDays(-130), today.AddDays(-100)),
            NewWave(2, "第二批次（三季度）", today.AddDays(-35), today.AddDays(-5)),
            NewWave(3, "第三批次（四季度）", today.AddDays(-2), today.AddDays(28)),
        };
        db.Waves.AddRange(waves);
        await db.SaveChangesAsync(ct);

        var photo = await files.SaveAsync(new MemoryStream(ReturnVisits.DemoVisits.GreyPng(320, 240, (x, y) => (byte)(150 + 60 * Math.Sin(x / 18.0) * Math.Cos(y / 23.0)))),
            "placeholder.png", null, ct);
        var staff = await db.Staff.Where(s => s.IsActive).GroupBy(s => s.ProjectId).Select(g => new { g.Key, Id = g.Min(s => s.Id) }).ToDictionaryAsync(x => x.Key, x => x.Id, ct);
        var count = 0;

        for (var w = 0; w < 2; w++)
        {
            var wave = waves[w];
            for (var p = 0; p < projects.Count; p++)
                for (var v = 0; v < 2; v++)
                {
                    var project = projects[p];
                    var shopper = shoppers[shopperNames[(p + w + v) % 3]];
                    var day = wave.StartsOn.AddDays(4 + 9 * p + 6 * v);
                    var start = DateTime.SpecifyKind(day.ToDateTime(new TimeOnly(v == 0 ? 2 : 6, 0)), DateTimeKind.Utc); // 10:00 / 14:00 in China
                    var used = v == 0 ? scenario : allItems;
                    var items = MsFieldwork.ItemsOf(model, used);
                    var results = new Dictionary<string, ItemObservation>();
                    foreach (var item in items)
                    {
                        var fail = rng.NextDouble() < FailRate(project.Code, w + 1)
                                   || (item.Key == "gate-check" && project.Code == "CHY" && v == 0)
                                   || (item.Key == "standard-greeting" && project.Code == "XHH" && w == 0 && v == 0);
                        if (item.Key == "standard-greeting" && project.Code == "XHH" && w == 1) fail = false;
                        if (item.RedLine) fail = false;
                        var fact = Facts.GetValueOrDefault(item.Key, ($"现场观察：{item.Criterion}", null));
                        results[item.Key] = fail
                            ? new ItemObservation(ItemResult.Fail, fact.Fact, fact.Quote)
                            : new ItemObservation(rng.NextDouble() < 0.05 ? ItemResult.NA : ItemResult.Pass, null, null);
                    }
                    var arrived = start.AddMinutes(15 + rng.Next(30));
                    var record = new VisitRecord(
                        [
                            new("Arrived", arrived), new("Greeted", arrived.AddSeconds(20 + rng.Next(60))), new("ServiceBegan", arrived.AddSeconds(90 + rng.Next(200))),
                            new("ServiceEnded", arrived.AddMinutes(8 + rng.Next(6))), new("Left", arrived.AddMinutes(25 + rng.Next(15))),
                        ],
                        results, $"以{used.Identity}身份于{Platform.Web.Display.Time(arrived)}到访{project.Name}，按脚本体验门岗、客服接待和公共区域。", false, null);
                    var outcomes = MsFieldwork.Outcomes(record, items, []);
                    var score = MsScoring.Score(model, outcomes);
                    var submitted = arrived.AddHours(3 + rng.Next(10));
                    var approved = submitted.AddHours(20 + rng.Next(20));
                    var task = new ShopperTask
                    {
                        WaveId = wave.Id, ProjectId = project.Id, ScenarioId = used.Id, ShopperId = shopper, WindowStart = start, WindowEnd = start.AddHours(4),
                        Status = TaskStatus.Published, CheckedInAt = arrived, CheckInLatitude = project.Latitude + 0.0004, CheckInLongitude = project.Longitude,
                        CheckInAccuracy = 18, CheckInDistance = 44.5, Record = MsJson.Write(record), RecordSavedAt = submitted, SubmittedAt = submitted,
                        Submissions = 1, ReviewerId = reviewer, ApprovedAt = approved, PublishedAt = approved, TotalScore = score.Total, Grade = score.Grade,
                        Score = MsJson.Write(score), Strengths = Strengths[rng.Next(Strengths.Length)],
                        Suggestions = string.Join("\n", Suggestions.OrderBy(_ => rng.Next()).Take(2)), CreatedAt = start.AddDays(-7),
                    };
                    db.ShopperTasks.Add(task);
                    await db.SaveChangesAsync(ct);
                    var steps = new (DateTime At, int? By, TaskStatus? From, TaskStatus To)[]
                    {
                        (task.CreatedAt, quality, null, TaskStatus.Offered), (task.CreatedAt.AddHours(3), shopper, TaskStatus.Offered, TaskStatus.Accepted),
                        (arrived, shopper, TaskStatus.Accepted, TaskStatus.CheckedIn), (submitted, shopper, TaskStatus.CheckedIn, TaskStatus.Submitted),
                        (approved, reviewer, TaskStatus.Submitted, TaskStatus.Approved), (approved, reviewer, TaskStatus.Approved, TaskStatus.Published),
                    };
                    db.ShopperTaskEvents.AddRange(steps.Select(s => new ShopperTaskEvent { TaskId = task.Id, At = s.At, UserId = s.By, From = s.From, To = s.To }));
                    if (photo.File is { } file)
                        foreach (var item in items.Where(i => i.EvidenceRequired && results[i.Key].Result == ItemResult.Fail))
                            db.Evidence.Add(new Evidence
                            {
                                TaskId = task.Id, FileId = file.Id, ItemKey = item.Key, ContentType = file.ContentType, UploadedAt = arrived.AddMinutes(30),
                                Flags = MsJson.Flags([MsFlag.EvidenceNoMetadata]),
                            });
                    await db.SaveChangesAsync(ct);
                    await findings.FromVisitAsync(task, model, items, outcomes, ct);
                    count++;
                }

            // The client acts on wave 1 before wave 2 comes: everything planned, most of it done (wave 2 then verifies or reopens);
            // wave 2's findings are left in every state.
            var own = await db.Findings.Where(f => f.WaveId == wave.Id).OrderBy(f => f.Id).ToListAsync(ct);
            for (var i = 0; i < own.Count; i++)
            {
                var f = own[i];
                if (w == 1 && i % 4 == 0) continue;
                var planned = (approvedOf(f) ?? now).AddDays(2);
                Plan(db, f, staff.GetValueOrDefault(f.ProjectId), DateOnly.FromDateTime(planned.AddDays(w == 1 && i % 4 == 1 ? -30 : 14)), planned);
                if (w == 0 ? i % 5 != 4 : i % 4 == 2) Done(db, f, planned.AddDays(6));
            }
            await db.SaveChangesAsync(ct);

            DateTime? approvedOf(Finding f) => db.ShopperTasks.Local.FirstOrDefault(t => t.Id == f.TaskId)?.ApprovedAt;
        }

        // Wave 3 is under way: one visit for the demo shopper today, one open to any shopper the rules allow.
        var todayStart = DateTime.SpecifyKind(today.ToDateTime(new TimeOnly(1, 0)), DateTimeKind.Utc);
        var pending = new[]
        {
            new ShopperTask { WaveId = waves[2].Id, ProjectId = projects[0].Id, ScenarioId = scenario.Id, ShopperId = shoppers["shopper"], WindowStart = todayStart,
                WindowEnd = todayStart.AddHours(10), Status = TaskStatus.Accepted, CreatedAt = now.AddDays(-1) },
            new ShopperTask { WaveId = waves[2].Id, ProjectId = projects[2].Id, ScenarioId = complaint.Id, WindowStart = todayStart.AddDays(3),
                WindowEnd = todayStart.AddDays(3).AddHours(8), Status = TaskStatus.Offered, CreatedAt = now.AddDays(-1) },
        };
        db.ShopperTasks.AddRange(pending);
        await db.SaveChangesAsync(ct);
        db.ShopperTaskEvents.Add(new ShopperTaskEvent { TaskId = pending[0].Id, At = now.AddDays(-1), UserId = quality, To = TaskStatus.Offered });
        db.ShopperTaskEvents.Add(new ShopperTaskEvent { TaskId = pending[0].Id, At = now.AddHours(-20), UserId = shoppers["shopper"], From = TaskStatus.Offered, To = TaskStatus.Accepted });
        db.ShopperTaskEvents.Add(new ShopperTaskEvent { TaskId = pending[1].Id, At = now.AddDays(-1), UserId = quality, To = TaskStatus.Offered });
        db.ReviewComments.AddRange(
            new ReviewComment { Text = "请把主观评价改写为看到和听到的事实（时间、人物、行为）", CreatedAt = now },
            new ReviewComment { Text = "不达标项缺少照片证据，请补充", CreatedAt = now },
            new ReviewComment { Text = "时间节点不完整，请补充到达与开始办理的时间", CreatedAt = now });
        await db.SaveChangesAsync(ct);
        return count;
    }

    private static void Plan(AppDbContext db, Finding f, int owner, DateOnly due, DateTime at)
    {
        db.FindingEvents.Add(new FindingEvent { FindingId = f.Id, At = at, From = f.Status, To = FindingStatus.Planned, Note = "班前会培训并调整排班" });
        f.Status = FindingStatus.Planned;
        f.OwnerStaffId = owner == 0 ? null : owner;
        f.DueOn = due;
        f.Action = f.Post switch
        {
            StaffPost.Gate or StaffPost.Security => "交接班时段增加岗员，班前会演练“看、问、查”，秩序主管每周抽查录像 2 次",
            StaffPost.Cleaning => "调整保洁巡检路线，责任区挂牌，领班每 2 小时签字确认",
            StaffPost.Engineering => "建立设施巡检清单，故障 24 小时内修复并复查",
            _ => "全员服务礼仪复训，晨会复述标准用语，主管每日抽查",
        };
        f.ExpectedEffect = "下一批次该项达标";
    }

    private static void Done(AppDbContext db, Finding f, DateTime at)
    {
        db.FindingEvents.Add(new FindingEvent { FindingId = f.Id, At = at, From = f.Status, To = FindingStatus.Done, Note = "已完成培训并落实排班" });
        f.Status = FindingStatus.Done;
        f.CompletionNote = "已完成培训并落实排班，附签到表";
        f.CompletedAt = at;
    }
}
