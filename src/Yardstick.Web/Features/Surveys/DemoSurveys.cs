using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Yardstick.Insight;
using Yardstick.Web.Features.Organization;
using Yardstick.Web.Features.ServiceDesk;
using Yardstick.Web.Platform.Calendar;
using Yardstick.Web.Platform.Data;
using Yardstick.Web.Platform.Identity;

namespace Yardstick.Web.Features.Surveys;

/// <summary>
/// Two finished campaigns on the standard questionnaire — spring and autumn — over the demo projects, so trends and the
/// league tell a story: 翠湖花园's engineering was weak in spring (lifts) and better in autumn; 星河汇's cleaning slipped.
/// Answers carry comments, staff-collected forms were audited (one fraud), flagged ones decided, low scores followed up.
/// </summary>
public static class DemoSurveys
{
    private static readonly string[] Praise =
    [
        "保安师傅很负责，晚上巡逻很认真", "客服小张态度很好，每次都耐心解答", "小区绿化比去年好多了，谢谢", "保洁阿姨很辛苦，楼道很干净",
        "报修后师傅当天就来了，很满意", "物业服务整体不错，继续保持", "快递代收很方便，希望继续", "节日活动办得很温馨",
    ];

    private static readonly string[] Complaints =
    [
        "电梯经常故障，上个月困人两次，希望彻底检修", "地下车库灯光太暗，晚上停车不安全", "垃圾分类点夏天味道很大，清运不及时",
        "报修等了三天才有人来，太慢了", "外来车辆随意进出，门岗管理不严", "楼道里堆放杂物很久没人清理", "小区里狗粪没人管，希望加强巡查",
        "物业费年年交，公共设施坏了没人修", "投诉了好几次噪音问题，一直没有结果", "消防通道经常被车堵住，很危险",
    ];

    private static readonly string[] Wishes =
    [
        "希望增加充电桩", "希望提供上门家政服务", "建议增加儿童游乐设施", "希望开通线上报修", "建议周末开放会所", "希望增加老人助餐服务",
    ];

    /// <summary>Mean Likert answer per section, per project and campaign (spring, autumn): the story the charts tell.</summary>
    private static double Mean(string project, bool autumn, string section) => (project, section) switch
    {
        ("CHY", "engineering") => autumn ? 4.2 : 3.3,
        ("CHY", "complaints") => autumn ? 4.0 : 3.5,
        ("CHY", _) => autumn ? 4.3 : 4.1,
        ("JRZX", "security") => 4.6,
        ("JRZX", _) => autumn ? 4.5 : 4.4,
        ("XHH", "environment") => autumn ? 3.5 : 4.2,
        _ => autumn ? 4.0 : 4.1,
    };

    public static async Task<int> SeedAsync(AppDbContext db, TextAnalyzer analyzer, DateTime nowUtc, CancellationToken ct = default)
    {
        if (await db.SurveyCampaigns.IgnoreQueryFilters().AnyAsync(ct)) return 0;
        var template = await db.SurveyTemplates.FirstOrDefaultAsync(t => t.Key == StandardQuestionnaire.Key && t.VersionNumber == 1, ct);
        var projects = await db.Projects.IgnoreQueryFilters().Where(p => p.Code == "CHY" || p.Code == "JRZX" || p.Code == "XHH").OrderBy(p => p.Id).ToListAsync(ct);
        if (template is null || projects.Count == 0) return 0;
        var sheet = new AnswerSheet(template.Questionnaire);
        var quality = await db.Users.IgnoreQueryFilters().Where(u => u.UserName == "quality").Select(u => (int?)u.Id).FirstOrDefaultAsync(ct);
        var rng = new Random(20260315);
        var china = BusinessCalendar.FindZone(Project.DefaultTimeZone);
        var today = DateOnly.FromDateTime(TimeZoneInfo.ConvertTimeFromUtc(nowUtc, china));
        // Autumn: mid-September of this year (or last year, early in the year); spring six months before.
        var autumnYear = today.Month >= 11 ? today.Year : today.Year - 1;
        var plans = new[]
        {
            (Autumn: false, Opens: new DateOnly(autumnYear, 3, 16), Closes: new DateOnly(autumnYear, 4, 12)),
            (Autumn: true, Opens: new DateOnly(autumnYear, 9, 14), Closes: new DateOnly(autumnYear, 10, 18)),
        };
        template.FrozenAt = ToUtc(plans[0].Opens.AddDays(-3), 9, china);
        var total = 0;
        foreach (var plan in plans)
        {
            var campaign = new SurveyCampaign
            {
                Name = $"{autumnYear}年{(plan.Autumn ? "秋季" : "春季")}客户满意度调查", TemplateId = template.Id, OpensOn = plan.Opens, ClosesOn = plan.Closes,
                Channels = SurveyChannels.All, Sampling = SamplingMode.Ratio, SampleRatio = 0.5, Seed = rng.Next(1, int.MaxValue),
                LaunchedAt = ToUtc(plan.Opens.AddDays(-2), 10, china), CreatedAt = ToUtc(plan.Opens.AddDays(-7), 15, china), CreatedById = quality,
                Projects = projects.Select(p => new SurveyCampaignProject { ProjectId = p.Id }).ToList(),
            };
            db.SurveyCampaigns.Add(campaign);
            await db.SaveChangesAsync(ct);
            foreach (var project in projects)
                total += await SeedProjectAsync(db, analyzer, sheet, campaign, project, plan.Autumn, rng, china, ct);
        }
        return total;
    }

    private static async Task<int> SeedProjectAsync(AppDbContext db, TextAnalyzer analyzer, AnswerSheet sheet, SurveyCampaign campaign, Project project,
        bool autumn, Random rng, TimeZoneInfo china, CancellationToken ct)
    {
        var link = campaign.Projects.Single(p => p.ProjectId == project.Id);
        var units = await db.Units.IgnoreQueryFilters().Where(u => u.ProjectId == project.Id && u.IsOccupied)
            .Select(u => new { u.Id, u.BuildingId, u.Label }).ToListAsync(ct);
        var sample = SurveyRules.Sample(units.Select(u => new SurveyRules.Household(u.Id, u.BuildingId)), campaign.Sampling, campaign.SampleRatio, null,
            unchecked(campaign.Seed + project.Id));
        if (sample.Count == 0) return 0;
        link.PlannedSample = sample.Count;
        var labels = units.ToDictionary(u => u.Id, u => u.Label);
        var agents = await ServiceDeskService.UsersInRoleAsync(db, Roles.ServiceAgent, project.Id, ct);
        var customers = await (from cu in db.CustomerUnits.IgnoreQueryFilters() join c in db.Customers.IgnoreQueryFilters() on cu.CustomerId equals c.Id
                               where c.ProjectId == project.Id select new { cu.UnitId, c.Id, c.Name, c.Phone }).ToListAsync(ct);
        var customerOf = customers.GroupBy(c => c.UnitId).ToDictionary(g => g.Key, g => g.First());
        var invitations = sample.Select((h, i) => new SurveyInvitation
        {
            CampaignId = campaign.Id, ProjectId = project.Id, BuildingId = h.BuildingId, UnitId = h.UnitId, UnitLabel = labels[h.UnitId],
            Token = SurveyService.NewToken(), SurveyorId = agents.Count == 0 ? null : agents[i * agents.Count / sample.Count],
            NotDeliveredReason = rng.NextDouble() < 0.02 ? "空置，无人接收" : null,
        }).ToList();
        db.SurveyInvitations.AddRange(invitations);
        await db.SaveChangesAsync(ct);

        var days = campaign.ClosesOn.DayNumber - campaign.OpensOn.DayNumber;
        var responses = new List<(SurveyResponse Response, SurveyInvitation Invitation, Dictionary<string, string> Texts)>();
        // Each comment as text insight read it: stored below, and what decides a red comment's follow-up.
        var read = new Dictionary<SurveyResponse, AnalysisResult>();
        var formNumber = 0;
        foreach (var invitation in invitations.Where(i => i.NotDeliveredReason is null))
        {
            if (rng.NextDouble() > (autumn ? 0.91 : 0.87)) continue;
            var answers = new List<AnswerInput>();
            var sum = 0.0;
            var rated = 0;
            foreach (var slot in sheet.Slots.Where(s => s.Question.Type == QuestionType.Likert5))
            {
                var section = sheet.Questionnaire.Sections[slot.Section].Key;
                var na = section switch { "paid-services" => 0.45, "complaints" => 0.6, _ => 0.0 };
                int value;
                if (rng.NextDouble() < na) value = 0;
                else
                {
                    var mean = section == "overall" && rated > 0 ? sum / rated : Mean(project.Code, autumn, section);
                    value = Math.Clamp((int)Math.Round(mean + Gaussian(rng) * 0.75), 1, 5);
                    sum += value;
                    rated++;
                }
                answers.Add(new AnswerInput(slot.Question.Id, JsonSerializer.SerializeToElement(value)));
            }
            var average = rated == 0 ? 4 : sum / rated;
            if (rng.NextDouble() < 0.8)
                answers.Add(new AnswerInput("nps", JsonSerializer.SerializeToElement(Math.Clamp((int)Math.Round((average - 1) * 2.6 + Gaussian(rng)), 0, 10))));
            if (rng.NextDouble() < 0.35)
            {
                var text = average < 3.6 ? Complaints[rng.Next(Complaints.Length)] : Praise[rng.Next(Praise.Length)];
                answers.Add(new AnswerInput(average < 3.6 ? "open-improve" : "open-other", JsonSerializer.SerializeToElement(text)));
            }
            if (rng.NextDouble() < 0.12) answers.Add(new AnswerInput("open-services", JsonSerializer.SerializeToElement(Wishes[rng.Next(Wishes.Length)])));
            var encoded = sheet.Encode(answers, complete: true);
            if (!encoded.Ok) throw new InvalidOperationException("Demo survey answers do not fit the questionnaire.");

            var x = rng.NextDouble();
            var channel = x < 0.55 ? SurveyChannel.Link : x < 0.9 ? SurveyChannel.Paper : SurveyChannel.Phone;
            var submitted = ToUtc(campaign.OpensOn.AddDays(rng.Next(days)), 8 + rng.Next(12), china).AddMinutes(rng.Next(60));
            var seconds = channel == SurveyChannel.Link && rng.NextDouble() < 0.03 ? rng.Next(12, 28) : rng.Next(90, 600);
            var response = new SurveyResponse
            {
                CampaignId = campaign.Id, InvitationId = invitation.Id, ProjectId = project.Id, BuildingId = invitation.BuildingId, Channel = channel,
                FormNumber = channel == SurveyChannel.Paper ? $"{project.Code}-{(autumn ? "Q" : "C")}{++formNumber:D4}" : null,
                SurveyorId = channel == SurveyChannel.Link ? null : invitation.SurveyorId, EnteredById = channel == SurveyChannel.Link ? null : invitation.SurveyorId,
                StartedAt = submitted.AddSeconds(-seconds), SubmittedAt = submitted, Answers = encoded.Vector,
                Texts = encoded.Texts.Count == 0 ? "" : JsonSerializer.Serialize(encoded.Texts, Questionnaire.Json),
                Flags = SurveyRules.FlagsOf(sheet, encoded.Vector, channel == SurveyChannel.Paper ? null : TimeSpan.FromSeconds(seconds)),
            };
            invitation.OpenedAt = response.StartedAt;
            invitation.RespondedAt = submitted;
            responses.Add((response, invitation, encoded.Texts));
        }
        db.SurveyResponses.AddRange(responses.Select(r => r.Response));
        await db.SaveChangesAsync(ct);

        var events = new List<SurveyResponseEvent>();
        SurveyResponseEvent E(SurveyResponse r, DateTime at, ResponseEventKind kind, string? from, string? to, string? note, string user = "system") =>
            new() { ResponseId = r.Id, ProjectId = r.ProjectId, At = at, Kind = kind, From = from, To = to, Note = note, UserName = user };
        foreach (var (r, _, texts) in responses)
        {
            events.Add(E(r, r.SubmittedAt, ResponseEventKind.Submitted, null, r.Channel.ToString(), r.FormNumber));
            if (r.Flags != ResponseFlags.None)
            {
                events.Add(E(r, r.SubmittedAt, ResponseEventKind.Flagged, null, r.Flags.ToString(), null));
                // Spring's flags were decided; a few of autumn's still wait for a reviewer.
                if (!autumn || r.Flags.HasFlag(ResponseFlags.StraightLined) == false && rng.NextDouble() < 0.5)
                {
                    r.FlagDecision = r.Flags.HasFlag(ResponseFlags.TooFast) ? FlagDecision.Excluded : FlagDecision.Kept;
                    r.Recompute();
                    events.Add(E(r, ToUtc(campaign.ClosesOn, 10, china), r.FlagDecision == FlagDecision.Excluded ? ResponseEventKind.Excluded : ResponseEventKind.Kept,
                        nameof(FlagDecision.None), r.FlagDecision.ToString(),
                        r.FlagDecision == FlagDecision.Excluded ? "18 题在半分钟内答完，无法代表真实评价" : "电话回访确认为业主本人填写", "王品质"));
                }
            }
            if (texts.Count > 0)
            {
                read[r] = analyzer.Analyze(string.Join("；", texts.Values));
                db.TextInsights.Add(Insight.InsightService.Stored(read[r], r.ProjectId, Insight.TextInsight.SurveySource,
                    r.Id, r.BuildingId, string.Join("；", texts.Values), null, r.SubmittedAt));
            }
        }

        // Seed 003: the quality department re-verifies 5 % of the staff-collected forms; spring found one made-up form at 翠湖花园.
        var staff = responses.Select(r => r.Response).Where(r => r.StaffCollected).OrderBy(_ => rng.Next()).ToList();
        foreach (var (r, i) in staff.Take(SurveyRules.AuditSampleSize(staff.Count)).Select((r, i) => (r, i)))
        {
            r.Audit = !autumn && project.Code == "CHY" && i == 0 ? AuditState.Fraudulent : AuditState.Verified;
            r.AuditedAt = ToUtc(campaign.ClosesOn.AddDays(2), 15, china);
            r.AuditNote = r.Audit == AuditState.Fraudulent ? "电话核实：业主表示从未收到或填写问卷" : "电话核实：业主确认本人填写";
            r.Recompute();
            events.Add(E(r, ToUtc(campaign.ClosesOn.AddDays(1), 9, china), ResponseEventKind.AuditSampled, nameof(AuditState.None), nameof(AuditState.Sampled), null, "王品质"));
            events.Add(E(r, r.AuditedAt.Value, r.Audit == AuditState.Fraudulent ? ResponseEventKind.Fraudulent : ResponseEventKind.Verified,
                nameof(AuditState.Sampled), r.Audit.ToString(), r.AuditNote, "王品质"));
        }

        await FollowUpsAsync(db, read, sheet, campaign, project, responses.Where(r => !r.Response.Excluded).Select(r => (r.Response, r.Invitation, r.Texts)).ToList(),
            customerOf.ToDictionary(c => c.Key, c => (c.Value.Id, c.Value.Name, c.Value.Phone)), events, china, ct);
        db.SurveyResponseEvents.AddRange(events);
        await db.SaveChangesAsync(ct);
        return responses.Count;
    }

    /// <summary>
    /// Low scores and red comments became Survey-channel orders when they came in; by now customer service has called and
    /// closed them.
    /// </summary>
    private static async Task FollowUpsAsync(AppDbContext db, Dictionary<SurveyResponse, AnalysisResult> read, AnswerSheet sheet, SurveyCampaign campaign, Project project,
        List<(SurveyResponse Response, SurveyInvitation Invitation, Dictionary<string, string> Texts)> responses,
        Dictionary<int, (int Id, string Name, string Phone)> customers, List<SurveyResponseEvent> events, TimeZoneInfo china, CancellationToken ct)
    {
        var receiver = await db.Users.IgnoreQueryFilters().Where(u => u.UserName == "agent" || u.UserName == "supervisor" || u.UserName == "demo.admin")
            .OrderBy(u => u.UserName == "agent" ? 0 : u.UserName == "supervisor" ? 1 : 2).Select(u => (int?)u.Id).FirstOrDefaultAsync(ct);
        var orders = new List<(WorkOrder Order, SurveyResponse Response)>();
        foreach (var (r, invitation, texts) in responses)
        {
            var low = SurveyRules.LowScores(sheet, r.Answers);
            var comment = read.GetValueOrDefault(r);
            var red = comment?.Alert.Level == InsightLabels.Red;
            if (low.Count == 0 && !red) continue;
            var items = string.Join("、", low.Select(x => $"{x.Question.Text}（{(x.Answer switch { 1 => "很不满意", 2 => "不满意", _ => "一般" })}）"));
            var who = customers.GetValueOrDefault(invitation.UnitId);
            var created = r.SubmittedAt.AddMinutes(1);
            var day = TimeZoneInfo.ConvertTimeFromUtc(created, china).ToString("yyyyMMdd");
            var counter = await db.Counters.FindAsync(["work-order:" + day], ct) ?? db.Counters.Add(new Counter { Name = "work-order:" + day }).Entity;
            counter.Value++;
            var order = new WorkOrder
            {
                ProjectId = r.ProjectId, Number = $"GD{day}{counter.Value:D4}", Type = WorkOrderType.Suggestion, Channel = Channel.Survey,
                Category = low.Count > 0 ? SurveyService.CategoryOf(low) : Enum.Parse<Category>(comment!.Category.Key, ignoreCase: true),
                Priority = red ? Priority.Urgent : Priority.Routine, CreatedAt = created, ReceiverId = receiver ?? 0,
                Description = (low.Count > 0 ? $"满意度调查低分跟进：「{campaign.Name}」{invitation.UnitLabel} 评价 {items}。"
                                  : $"满意度调查意见红色预警跟进：「{campaign.Name}」{invitation.UnitLabel} 的意见触发红色预警（"
                                    + Insight.InsightService.Triggers(comment!.Alert.Reasons) + "）。请立即致电业主了解情况并跟进处理。")
                              + (texts.Count > 0 ? " 业主意见：" + string.Join("；", texts.Values) : ""),
                UnitId = invitation.UnitId, BuildingId = invitation.BuildingId, Location = invitation.UnitLabel,
                CustomerId = who.Id == 0 ? null : who.Id, CustomerName = who.Name ?? "", CustomerPhone = who.Phone ?? "",
                Status = WorkOrderStatus.Closed, ResolvedAt = created.AddHours(20), ClosedAt = created.AddDays(2),
                Resolution = "已致电业主了解原因，问题已转责任部门整改，业主表示认可。", ReplyAt = created.AddHours(20), ReplyById = receiver,
                ReplyMethod = ContactMethod.Phone, ReplyNote = "电话回复业主整改安排",
            };
            orders.Add((order, r));
        }
        db.WorkOrders.AddRange(orders.Select(o => o.Order));
        await db.SaveChangesAsync(ct);
        foreach (var (order, r) in orders)
        {
            r.FollowUpOrderId = order.Id;
            events.Add(new SurveyResponseEvent
            {
                ResponseId = r.Id, ProjectId = r.ProjectId, At = order.CreatedAt, Kind = ResponseEventKind.FollowUp, To = order.Number, UserName = "system",
            });
            db.WorkOrderEvents.AddRange(
                new WorkOrderEvent { WorkOrderId = order.Id, ProjectId = order.ProjectId, At = order.CreatedAt, Kind = WorkOrderEventKind.Created, To = WorkOrderStatus.Received, Note = order.Description, UserName = "system" },
                new WorkOrderEvent { WorkOrderId = order.Id, ProjectId = order.ProjectId, At = order.ResolvedAt!.Value, Kind = WorkOrderEventKind.Transition, From = WorkOrderStatus.Received, To = WorkOrderStatus.Resolved, Note = order.Resolution, UserName = "张雪", UserId = receiver },
                new WorkOrderEvent { WorkOrderId = order.Id, ProjectId = order.ProjectId, At = order.ClosedAt!.Value, Kind = WorkOrderEventKind.Transition, From = WorkOrderStatus.Resolved, To = WorkOrderStatus.Closed, Note = "", UserName = "张雪", UserId = receiver });
        }
    }

    private static DateTime ToUtc(DateOnly day, int hour, TimeZoneInfo zone) =>
        TimeZoneInfo.ConvertTimeToUtc(day.ToDateTime(new TimeOnly(hour, 0)), zone);

    private static double Gaussian(Random rng) =>
        Math.Sqrt(-2 * Math.Log(1 - rng.NextDouble())) * Math.Cos(2 * Math.PI * rng.NextDouble());
}
