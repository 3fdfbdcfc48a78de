using Microsoft.EntityFrameworkCore;
using Yardstick.Web.Features.Organization;
using Yardstick.Web.Platform.Calendar;
using Yardstick.Web.Platform.Data;
using Yardstick.Web.Platform.Identity;
using Yardstick.Web.Platform.Localization;

namespace Yardstick.Web.Features.ServiceDesk;

/// <summary>
/// Six months of service-desk history for the demo projects: a realistic mix of types and categories, most
/// orders closed with replies and ratings, some late, repeated or escalated, and the last days' orders still
/// open, so that the lists, the board and the statistics tell a story. Deterministic; runs once.
/// </summary>
public static class DemoOrders
{
    private sealed record Template(WorkOrderType Type, Category Category, string Text, Priority Priority = Priority.Routine, RepairScope? Scope = null);

    private static readonly Template[] Residential =
    [
        new(WorkOrderType.Repair, Category.Equipment, "卫生间水龙头关不紧，一直滴水", Scope: RepairScope.InHome),
        new(WorkOrderType.Repair, Category.Equipment, "厨房下水道堵塞，水下不去", Priority.Urgent, RepairScope.InHome),
        new(WorkOrderType.Repair, Category.Equipment, "客厅吊灯不亮，换了灯泡也没用", Scope: RepairScope.InHome),
        new(WorkOrderType.Repair, Category.Equipment, "入户门锁芯卡住，钥匙拧不动", Priority.Urgent, RepairScope.InHome),
        new(WorkOrderType.Repair, Category.Equipment, "阳台地漏返水，有异味", Scope: RepairScope.InHome),
        new(WorkOrderType.Repair, Category.Equipment, "热水器打不着火，家里老人没法洗澡", Priority.Urgent, RepairScope.InHome),
        new(WorkOrderType.Repair, Category.Equipment, "楼道声控灯坏了，晚上很黑", Scope: RepairScope.CommonArea),
        new(WorkOrderType.Repair, Category.Equipment, "单元门禁刷卡没反应", Priority.Urgent, RepairScope.CommonArea),
        new(WorkOrderType.Repair, Category.Equipment, "地库B2层照明灯坏了好几盏", Scope: RepairScope.CommonArea),
        new(WorkOrderType.Repair, Category.Emergency, "电梯困人！2号梯停在8楼和9楼之间，里面有老人", Priority.Emergency, RepairScope.CommonArea),
        new(WorkOrderType.Repair, Category.Emergency, "楼上水管爆了，水从天花板往下流", Priority.Emergency, RepairScope.InHome),
        new(WorkOrderType.Complaint, Category.Environment, "垃圾桶满了一整天都没人清运，气味很大"),
        new(WorkOrderType.Complaint, Category.Environment, "楼道里小广告贴得到处都是，一直没人清理"),
        new(WorkOrderType.Complaint, Category.Neighbor, "楼上装修噪音太大，中午也在施工，影响老人休息"),
        new(WorkOrderType.Complaint, Category.Neighbor, "邻居在楼道堆放杂物，堵住了消防通道"),
        new(WorkOrderType.Complaint, Category.Parking, "地库车位被外来车辆占用，保安也不管"),
        new(WorkOrderType.Complaint, Category.Parking, "东门道闸识别太慢，早高峰排长队"),
        new(WorkOrderType.Complaint, Category.Attitude, "客服电话打了三次才接，接了说话还不耐烦"),
        new(WorkOrderType.Complaint, Category.Quality, "报修三天了还没人上门，一直说在安排"),
        new(WorkOrderType.Complaint, Category.Security, "小区北门经常开着，陌生人随便进出，很不安全"),
        new(WorkOrderType.Complaint, Category.Greening, "绿化带杂草丛生，蚊虫特别多"),
        new(WorkOrderType.Complaint, Category.Fees, "物业费账单上的面积和房产证不一致"),
        new(WorkOrderType.Inquiry, Category.Fees, "物业费可以用微信缴纳吗？"),
        new(WorkOrderType.Inquiry, Category.Parking, "停车月卡怎么办理，需要带什么材料？"),
        new(WorkOrderType.Inquiry, Category.Other, "装修需要办理哪些手续，押金多少？"),
        new(WorkOrderType.Inquiry, Category.Other, "小区快递柜在哪里，几点可以取件？"),
        new(WorkOrderType.Suggestion, Category.Greening, "建议在儿童游乐区加装遮阳棚"),
        new(WorkOrderType.Suggestion, Category.Other, "建议会所开放时间延长到晚上九点"),
        new(WorkOrderType.Praise, Category.Attitude, "保安师傅帮我把重物搬上楼，特此表扬"),
        new(WorkOrderType.Praise, Category.Quality, "维修师傅很专业，修完还把地面擦干净了"),
        new(WorkOrderType.SpecialService, Category.Other, "户内深度保洁（三室两厅），约周六上午"),
        new(WorkOrderType.SpecialService, Category.Equipment, "两台挂机空调清洗"),
    ];

    private static readonly Template[] Office =
    [
        new(WorkOrderType.Repair, Category.Equipment, "办公室空调不制冷，室温28度", Priority.Urgent, RepairScope.InHome),
        new(WorkOrderType.Repair, Category.Equipment, "会议室投影幕布卡住放不下来", Scope: RepairScope.InHome),
        new(WorkOrderType.Repair, Category.Equipment, "男卫生间小便池感应冲水失灵", Scope: RepairScope.CommonArea),
        new(WorkOrderType.Repair, Category.Emergency, "电梯困人，3号梯停在15楼", Priority.Emergency, RepairScope.CommonArea),
        new(WorkOrderType.Complaint, Category.Environment, "公共卫生间没有擦手纸，地面湿滑"),
        new(WorkOrderType.Complaint, Category.Quality, "早高峰电梯等候超过五分钟"),
        new(WorkOrderType.Complaint, Category.Attitude, "前台对访客登记态度生硬"),
        new(WorkOrderType.Inquiry, Category.Fees, "加班空调怎么申请，如何收费？"),
        new(WorkOrderType.Inquiry, Category.Parking, "访客车辆可以免费停多久？"),
        new(WorkOrderType.Praise, Category.Attitude, "保洁阿姨捡到钱包及时上交，特此表扬"),
    ];

    private static readonly Template[] Mall =
    [
        new(WorkOrderType.Repair, Category.Equipment, "店铺门头灯箱不亮", Scope: RepairScope.InHome),
        new(WorkOrderType.Repair, Category.Equipment, "扶梯异响，顾客反映有抖动", Priority.Urgent, RepairScope.CommonArea),
        new(WorkOrderType.Complaint, Category.Environment, "美食广场垃圾桶满溢，苍蝇多"),
        new(WorkOrderType.Complaint, Category.Parking, "地下停车场指引不清，找不到出口"),
        new(WorkOrderType.Complaint, Category.Security, "周末人多，消防通道被临时促销台占用"),
        new(WorkOrderType.Inquiry, Category.Other, "商场几点闭店，哪里可以寄存物品？"),
        new(WorkOrderType.Suggestion, Category.Other, "建议增加母婴室的数量"),
    ];

    private static readonly string[] LiftBreakdown =
    [
        "电梯又坏了，早上上班等了二十分钟，太耽误事了", "电梯停了一上午，家里老人下不了楼，物业到底管不管？",
        "电梯怎么又坏了？这个月第三次了，再不修好我就打12345", "电梯坏了，我抱着孩子爬了十几层，太让人失望了",
        "电梯停运也不通知一声，很不满意，请尽快修好", "全楼的人都在爬楼梯，业主群里大家都在骂，准备联名投诉",
    ];

    // What customers write with a rating, or nothing at all.
    private static readonly string[] PraiseComments =
        ["处理及时，态度好", "", "师傅很专业，半小时就修好了", "客服回复很快，点赞", "", "维修师傅上门准时，还把现场收拾干净了", "问题解决了，满意"];
    private static readonly string[] GrumbleComments =
        ["处理太慢", "等了三天才有人来，希望下次快一点", "修是修好了，但师傅没清理现场", "客服态度挺好，就是维修效率太低", "来了两次才修好"];

    private static readonly string[] Resolutions = ["已上门处理完毕，经客户确认正常", "已更换配件，试用正常", "已安排专人清理，并加强巡查频次", "已与相关方沟通，问题已解决", "已现场核实并整改"];
    private static readonly string[] Replies = ["已电话告知客户处理结果，客户表示满意", "已上门回复，客户认可处理结果", "已微信回复客户处理情况"];

    public static async Task<int> SeedAsync(AppDbContext db, DateTime nowUtc, CancellationToken ct = default)
    {
        if (await db.WorkOrders.IgnoreQueryFilters().AnyAsync(ct)) return 0;
        var projects = await db.Projects.IgnoreQueryFilters().Where(p => p.Code == "CHY" || p.Code == "JRZX" || p.Code == "XHH").ToListAsync(ct);
        if (projects.Count == 0) return 0;
        var users = await db.Users.IgnoreQueryFilters().Where(u => u.UserName == "agent" || u.UserName == "supervisor" || u.UserName == "demo.admin" || u.UserName == "tech")
            .ToDictionaryAsync(u => u.UserName!, u => u.Id, ct);
        var rng = new Random(20260601);
        var orders = new List<WorkOrder>();
        var counters = new Dictionary<string, long>();
        var repeats = new Dictionary<WorkOrder, WorkOrder>();
        foreach (var project in projects)
        {
            var days = await db.CalendarDays.IgnoreQueryFilters().Where(d => d.ProjectId == project.Id).ToListAsync(ct);
            var calendar = BusinessCalendar.For(project, days);
            var (templates, perDay, receiver) = project.Code switch
            {
                "CHY" => (Residential, 3.0, users.GetValueOrDefault("agent")),
                "JRZX" => (Office, 1.2, users.GetValueOrDefault("supervisor")),
                _ => (Mall, 1.0, users.GetValueOrDefault("demo.admin")),
            };
            if (receiver == 0) continue;
            var customers = await (from cu in db.CustomerUnits.IgnoreQueryFilters()
                                   join c in db.Customers.IgnoreQueryFilters() on cu.CustomerId equals c.Id
                                   where c.ProjectId == project.Id
                                   orderby c.Id
                                   select new { cu.CustomerId, cu.UnitId, cu.Unit!.Label, cu.Unit.BuildingId, c.Name, c.Phone })
                .Take(400).ToListAsync(ct);
            if (customers.Count == 0) continue;
            var count = (int)(180 * perDay);
            var plans = new List<(Template T, DateTime Created, int Who)>();
            for (var i = 0; i < count; i++)
            {
                // Mostly in office hours, spread over the last six months; the newest ones are still being worked.
                var dayBack = rng.NextDouble() * 180;
                var local = calendar.ToLocal(nowUtc).Date.AddDays(-Math.Floor(dayBack)).AddHours(8 + rng.Next(0, 12)).AddMinutes(rng.Next(60));
                var created = calendar.ToUtc(local);
                if (created > nowUtc) created = nowUtc.AddMinutes(-rng.Next(5, 600));
                plans.Add((templates[rng.Next(templates.Length)], created, rng.Next(customers.Count)));
            }
            if (project.Code == "CHY")
            {
                // This morning a lift of one building broke down again: its owners write within hours (a group alert, two reds).
                var building = customers.GroupBy(c => c.BuildingId).OrderByDescending(g => g.Count()).First().Key;
                // One caller per household: a group counts households, not callers.
                var neighbours = customers.Select((c, i) => (c, i)).Where(x => x.c.BuildingId == building).DistinctBy(x => x.c.UnitId).Select(x => x.i).ToList();
                plans.AddRange(LiftBreakdown.Select((text, i) => (new Template(WorkOrderType.Complaint, Category.Equipment, text),
                    nowUtc.AddHours(-9 + i * 1.5), neighbours[i % neighbours.Count])));
            }
            foreach (var (t, created, whoIndex) in plans.OrderBy(p => p.Created))
            {
                var who = customers[whoIndex];
                // A few complaints come back about the same thing from the same household within weeks. Not this morning's
                // lift breakdown: a repeat takes the earlier order's building and category, and at some hours of the day
                // (the draws follow the orders' times) one of its complaints had become one and the group alert was lost.
                var repeatOf = t.Type == WorkOrderType.Complaint && rng.NextDouble() < 0.12 && !LiftBreakdown.Contains(t.Text)
                    ? orders.LastOrDefault(o => o.ProjectId == project.Id && o.Type == WorkOrderType.Complaint && o.ResolvedAt is { } r
                                                && r < created && r > created.AddDays(-30))
                    : null;
                var o = new WorkOrder
                {
                    ProjectId = project.Id, Type = t.Type, Category = repeatOf?.Category ?? t.Category, Priority = t.Priority, RepairScope = t.Scope,
                    Channel = PickChannel(rng), Description = repeatOf is null ? t.Text : "又是这个问题：" + repeatOf.Description,
                    CreatedAt = created, ReceiverId = receiver,
                    UnitId = repeatOf?.UnitId ?? who.UnitId, BuildingId = repeatOf?.BuildingId ?? who.BuildingId, Location = repeatOf?.Location ?? who.Label,
                    CustomerId = repeatOf?.CustomerId ?? who.CustomerId, CustomerName = repeatOf?.CustomerName ?? who.Name, CustomerPhone = repeatOf?.CustomerPhone ?? who.Phone,
                };
                if (repeatOf is not null) repeats[o] = repeatOf;
                if (o.Type == WorkOrderType.Complaint)
                {
                    var n = rng.NextDouble();
                    o.Nature = n < 0.72 ? ComplaintNature.Valid : n < 0.92 ? ComplaintNature.Communicative : ComplaintNature.Invalid;
                    if (o.Nature == ComplaintNature.Communicative) o.CommunicativeKind = (CommunicativeKind)rng.Next(3);
                    var s = rng.NextDouble();
                    o.Severity = s < 0.06 ? Severity.Major : s < 0.36 ? Severity.Important : Severity.General;
                    o.AccusedDepartment = o.Category switch { Category.Environment or Category.Greening => "环境部", Category.Parking or Category.Security => "秩序部", Category.Fees => "财务部", _ => "客服部" };
                }
                if (o.Type == WorkOrderType.SpecialService)
                {
                    o.ContractStart = DateOnly.FromDateTime(calendar.ToLocal(created));
                    o.ContractEnd = o.ContractStart.Value.AddDays(rng.Next(1, 90));
                }
                foreach (var (target, rule) in SlaPolicy.Match(SlaPolicy.Defaults, o.Type, o.Priority, o.Severity, o.Channel))
                    o.Deadlines.Add(new WorkOrderDeadline { ProjectId = o.ProjectId, Target = target, Amount = rule.Amount, Unit = rule.Unit, StartAt = created, DueAt = SlaPolicy.Due(calendar, created, rule.Amount, rule.Unit) });
                Live(o, rng, nowUtc, users.GetValueOrDefault("tech"), project.Code == "CHY");
                var day = calendar.ToLocal(created).ToString("yyyyMMdd");
                var seq = counters[day] = counters.GetValueOrDefault(day) + 1;
                o.Number = $"GD{day}{seq:D4}";
                orders.Add(o);
            }
        }
        // Numbers follow creation order within a day, as they would have been given out.
        foreach (var group in orders.GroupBy(o => o.Number[..10]))
        {
            var seq = 0;
            foreach (var o in group.OrderBy(o => o.CreatedAt)) o.Number = $"{group.Key}{++seq:D4}";
        }
        db.WorkOrders.AddRange(orders);
        db.Counters.AddRange(counters.Select(c => new Counter { Name = "work-order:" + c.Key, Value = c.Value }));
        await db.SaveChangesAsync(ct);
        foreach (var (order, earlier) in repeats) order.RepeatOfId = earlier.Id;
        db.WorkOrderEvents.AddRange(orders.SelectMany(Timeline));
        await db.SaveChangesAsync(ct);
        return orders.Count;
    }

    private static Channel PickChannel(Random rng)
    {
        var x = rng.NextDouble();
        return x < 0.45 ? Channel.Phone : x < 0.65 ? Channel.WeChat : x < 0.8 ? Channel.WalkIn : x < 0.9 ? Channel.Online : x < 0.96 ? Channel.Patrol : Channel.Letter;
    }

    /// <summary>Plays the order's life forward from its creation, stopping at "now" for the recent ones.</summary>
    private static void Live(WorkOrder o, Random rng, DateTime now, int tech, bool hasTech)
    {
        var late = rng.NextDouble() < 0.12;
        DateTime At(DateTime from, double minMinutes, double maxMinutes) => from.AddMinutes(minMinutes + rng.NextDouble() * (maxMinutes - minMinutes));
        var steps = new List<(WorkOrderStatus To, DateTime At)>();
        if (o.Type == WorkOrderType.Inquiry && rng.NextDouble() < 0.65)
        {
            o.FirstContactResolution = true;
            steps.Add((WorkOrderStatus.Resolved, At(o.CreatedAt, 2, 8)));
        }
        else
        {
            var dispatched = At(o.CreatedAt, 2, late ? 40 : 9);
            var accepted = At(dispatched, 5, o.Priority == Priority.Emergency ? 8 : late ? 240 : 60);
            var started = At(accepted, o.Priority == Priority.Emergency ? 1 : 20, o.Priority == Priority.Emergency ? 5 : 300);
            var resolved = At(started, 30, late ? 60 * 80 : 60 * 20);
            steps.AddRange([(WorkOrderStatus.Dispatched, dispatched), (WorkOrderStatus.Accepted, accepted), (WorkOrderStatus.InProgress, started), (WorkOrderStatus.Resolved, resolved)]);
            o.Department = o.Type is WorkOrderType.Repair or WorkOrderType.SpecialService ? "工程部" : o.AccusedDepartment is { Length: > 0 } d ? d : "客服部";
            if (hasTech && o.Type is WorkOrderType.Repair or WorkOrderType.SpecialService && rng.NextDouble() < 0.6) o.AssigneeId = tech;
        }
        // Some of the last days' orders are stuck part-way, so the board has something to show.
        if (now - o.CreatedAt < TimeSpan.FromDays(4) && rng.NextDouble() < 0.4)
        {
            var keep = rng.Next(0, steps.Count);
            steps.RemoveRange(keep, steps.Count - keep);
            o.FirstContactResolution = false;
        }
        var resolvedAt = steps.Count > 0 ? steps[^1].At : DateTime.MaxValue;
        var replyAt = steps.Count == 0 ? DateTime.MaxValue : o.FirstContactResolution ? resolvedAt : At(resolvedAt, 30, 60 * 6);
        var closeAt = steps.Count == 0 ? DateTime.MaxValue : At(replyAt, 60 * 20, 60 * 72);
        foreach (var (to, at) in steps)
        {
            if (at > now) break;
            o.Status = to;
            switch (to)
            {
                case WorkOrderStatus.Dispatched: o.DispatchedAt = at; break;
                case WorkOrderStatus.Accepted: o.AcceptedAt = at; break;
                case WorkOrderStatus.InProgress: o.StartedAt = at; break;
                case WorkOrderStatus.Resolved: o.ResolvedAt = at; o.Resolution = o.FirstContactResolution ? "已当场解答：" + Answer(o) : Resolutions[rng.Next(Resolutions.Length)]; break;
            }
            foreach (var d in o.Deadlines.Where(d => d.MetAt is null && SlaPolicy.IsMetBy(d.Target, to))) d.MetAt = at;
        }
        if (o.Status == WorkOrderStatus.Resolved && replyAt <= now)
        {
            o.ReplyAt = replyAt;
            o.ReplyById = o.ReceiverId;
            o.ReplyMethod = o.FirstContactResolution ? ContactMethod.Phone : (ContactMethod)rng.Next(3);
            o.ReplyNote = o.FirstContactResolution ? o.Resolution : Replies[rng.Next(Replies.Length)];
            if (closeAt <= now)
            {
                o.Status = WorkOrderStatus.Closed;
                o.ClosedAt = closeAt;
                if (rng.NextDouble() < 0.6)
                {
                    o.Rating = late ? rng.Next(2, 5) : rng.NextDouble() < 0.8 ? 5 : 4;
                    o.RatedAt = closeAt;
                    // Chosen by the minute the order came in, not by the random sequence, so the rest of the demo stays as it was.
                    var comments = o.Rating >= 4 ? PraiseComments : GrumbleComments;
                    o.RatingComment = comments[o.CreatedAt.Minute % comments.Length];
                }
            }
        }
        // The clocks' warning and escalation state as the sweeper would have left it by now.
        foreach (var d in o.Deadlines)
        {
            var until = d.MetAt ?? now;
            var span = d.DueAt - d.StartAt;
            if (until >= d.StartAt + span * SlaPolicy.WarnShare) d.WarnedAt = d.StartAt + span * SlaPolicy.WarnShare;
            if (until >= d.DueAt) d.EscalationLevel = 1;
            if (until >= d.StartAt + span * 2) d.EscalationLevel = 2;
            d.NextCheckAt = d.MetAt is null ? SlaPolicy.NextCheck(d) : null;
        }
    }

    private static string Answer(WorkOrder o) => o.Category switch
    {
        Category.Fees => "可在服务号“生活缴费”栏目用微信缴纳，也可到客服中心刷卡。",
        Category.Parking => "携带行驶证、身份证到客服中心办理，当天生效。",
        _ => "已按《咨询应答手册》答复客户。",
    };

    private static IEnumerable<WorkOrderEvent> Timeline(WorkOrder o)
    {
        WorkOrderEvent E(DateTime at, WorkOrderEventKind kind, WorkOrderStatus? from, WorkOrderStatus? to, LocalText note, string user = "张雪") =>
            new() { WorkOrderId = o.Id, ProjectId = o.ProjectId, At = at, Kind = kind, From = from, To = to, Text = note, UserName = user, UserId = kind == WorkOrderEventKind.Escalation || kind == WorkOrderEventKind.Warning ? null : o.ReceiverId };
        var l = JsonStringLocalizer.Instance;
        yield return E(o.CreatedAt, WorkOrderEventKind.Created, null, WorkOrderStatus.Received, o.Description);
        var from = WorkOrderStatus.Received;
        var worker = o.AssigneeId is null ? o.Department : "黄师傅";
        foreach (var (to, at) in new (WorkOrderStatus, DateTime?)[]
                 {
                     (WorkOrderStatus.Dispatched, o.DispatchedAt), (WorkOrderStatus.Accepted, o.AcceptedAt), (WorkOrderStatus.InProgress, o.StartedAt),
                     (WorkOrderStatus.Resolved, o.ResolvedAt),
                 })
        {
            if (at is not DateTime when) continue;
            yield return E(when, WorkOrderEventKind.Transition, from, to, to switch
            {
                WorkOrderStatus.Dispatched => worker,
                WorkOrderStatus.Resolved => o.Resolution,
                _ => "",
            }, to is WorkOrderStatus.Accepted or WorkOrderStatus.InProgress ? worker : "张雪");
            from = to;
        }
        foreach (var d in o.Deadlines.Where(d => d.EscalationLevel > 0))
            yield return E(d.DueAt, WorkOrderEventKind.Escalation, null, null,
                LocalText.Of(() => l["Sla.Breached", l[$"SlaTarget.{d.Target}"], l[$"Role.{Roles.ServiceSupervisor}"]]), "system");
        if (o.ReplyAt is DateTime reply && !o.FirstContactResolution)
            yield return E(reply, WorkOrderEventKind.Reply, null, null, o.ReplyNote);
        if (o.ClosedAt is DateTime closed)
            yield return E(closed, WorkOrderEventKind.Transition, WorkOrderStatus.Resolved, WorkOrderStatus.Closed, "");
        if (o.Rating is int rating)
            yield return E(o.RatedAt!.Value, WorkOrderEventKind.Rating, null, null, $"{rating}/5 {o.RatingComment}");
    }
}

/// <summary>The demo company's handbook and compensation library, written from seeds 002 and 004.</summary>
public static class DemoHandbook
{
    public static async Task SeedAsync(AppDbContext db, CancellationToken ct = default)
    {
        if (!await db.KnowledgeArticles.AnyAsync(ct))
        {
            db.KnowledgeArticles.AddRange(
                Article(Category.Fees, "物业费可以用微信缴纳吗？", "可以。关注小区物业微信公众号，进入“生活缴费”即可缴纳，缴费成功后电子票据实时发送；也可到物业服务中心现场刷卡或扫码缴纳。", "物业费,缴费,微信"),
                Article(Category.Fees, "物业费的收费标准是多少？", "住宅物业费按房产证建筑面积计收，标准以前期物业服务合同和物价部门备案为准，服务中心公示栏和公众号“收费公示”均可查询。", "物业费,收费标准"),
                Article(Category.Parking, "停车月卡怎么办理，需要带什么材料？", "请携带行驶证、业主身份证和房产证明（或租赁合同）到物业服务中心办理，现场登记车牌，当日生效。", "停车,月卡"),
                Article(Category.Other, "装修需要办理哪些手续？", "开工前请携带施工图纸、装修公司营业执照和施工人员身份证到服务中心办理装修登记，签订装修管理协议并缴纳装修押金，领取出入证后方可施工。施工时间为工作日 8:00–12:00、14:00–18:00。", "装修,手续"),
                Article(Category.Other, "快递柜在哪里，几点可以取件？", "快递柜位于东门和北门岗亭旁，24 小时可取件；大件包裹由门岗代收，凭取件码到门岗领取。", "快递,取件"),
                Article(Category.Equipment, "家里停水了怎么办？", "请先查看单元门口和公众号的停水通知；如无通知，请拨打服务中心电话报修，工程人员 15 分钟内到场排查。", "停水,报修"),
                Article(Category.Equipment, "户内维修收费吗？", "户内维修按公示的有偿服务价目表收费，上门前告知费用，客户确认后再施工；公共区域设施维修不收费。", "户内维修,收费"),
                Article(Category.Neighbor, "楼上装修噪音太大怎么办？", "装修施工时间为工作日 8:00–12:00、14:00–18:00，周末和节假日禁止产生噪音的施工。超出时间请拨打服务中心电话，秩序部 15 分钟内上门制止。", "装修,噪音"));
        }
        if (!await db.CompensationOptions.AnyAsync(ct))
        {
            db.CompensationOptions.AddRange(
                new CompensationOption { Name = "时间补偿券", Description = "因等待造成不便，下次有偿服务抵扣 50 元", Value = 50 },
                new CompensationOption { Name = "物业费减免券", Description = "减免一个月物业费，上限 300 元", Value = 300 },
                new CompensationOption { Name = "免费上门保洁", Description = "一次 3 小时户内保洁", Value = 200 },
                new CompensationOption { Name = "服务升级礼包", Description = "一年管家专属服务 + 两次空调清洗 + 一次深度保洁", Value = 800 });
        }
        await db.SaveChangesAsync(ct);
    }

    private static KnowledgeArticle Article(Category category, string question, string answer, string tags) =>
        new() { Category = category, Question = question, Answer = answer, Tags = tags };
}
