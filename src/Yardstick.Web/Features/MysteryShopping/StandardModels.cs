using Microsoft.EntityFrameworkCore;
using Yardstick.Web.Features.Organization;
using Yardstick.Web.Platform.Data;

namespace Yardstick.Web.Features.MysteryShopping;

/// <summary>
/// The built-in scoring models and scenarios, written from seed 000's standards, post table, deduction examples, cases and
/// drill groups. They are ensured at start-up; users work on editable copies and new versions.
/// </summary>
public static class StandardModels
{
    public static readonly IReadOnlyList<ModelDimension> Dimensions =
    [
        new("safety", "安全管理", 25), new("environment", "环境设施", 20), new("process", "流程执行", 20),
        new("service", "服务质量", 25), new("experience", "客户体验", 10),
    ];

    private const string S = "safety", E = "environment", P = "process", Q = "service", X = "experience";

    /// <summary>Items every property type shares (seed 000's 物业各岗位评分标准 and 扣分点举例).</summary>
    private static readonly ModelItem[] Common =
    [
        new("gate-check", S, StaffPost.Gate, "门岗“看、问、查”三步检查", "安保人员观察来访者、询问来访事由、查验证件或与被访业主确认",
            "未询问来访事由或未核对访客身份即放行，视为未执行（扣 5 分）", 5, EvidenceRequired: true),
        new("stranger-intercept", S, StaffPost.Security, "陌生人有效拦截", "陌生人试图进入楼栋或办公区时是否被拦下并核实",
            "陌生人未经任何询问直接进入楼栋/办公区域，一票否决", 5, EvidenceRequired: true, RedLine: true),
        new("visitor-registration", S, StaffPost.Gate, "访客登记不超过 3 分钟", "从开始登记到放行的时长、是否主动引导、个人信息是否遮挡保护",
            "登记用时超过 3 分钟，或登记簿他人信息公开可见", 3),
        new("emergency-response", S, StaffPost.Security, "应急到场 15 分钟内", "报告紧急情况（漏水、困梯等）后人员到场时间",
            "报告后 15 分钟内无人到场", 5),
        new("fire-access", S, StaffPost.Security, "消防通道与安全出口畅通", "消防通道、安全出口有无堆物、上锁，标识是否清晰",
            "通道堆放杂物或安全出口上锁", 4, EvidenceRequired: true),

        new("no-litter", E, StaffPost.Cleaning, "公共区域无明显垃圾", "大堂、电梯厅、走廊、主通道的地面与角落",
            "“明显垃圾”：单件大于烟盒或散落面积大于一张 A4 纸，位于主通道、大堂或电梯厅视线内，且未及时清理（扣 3 分）", 3, EvidenceRequired: true),
        new("no-dust", E, StaffPost.Cleaning, "无可视灰尘", "台面、扶手、玻璃、指示牌", "用白色纸巾轻擦一次可见明显灰迹，或玻璃有成片手印", 3, EvidenceRequired: true),
        new("no-odour", E, StaffPost.Cleaning, "无异味", "大堂、电梯轿厢、卫生间、垃圾房周边", "距离 1 米内可闻到明显异味", 2),
        new("lift-wiped", E, StaffPost.Cleaning, "电梯每 2 小时擦拭一次", "电梯轿厢面板、按钮、镜面，擦拭记录表", "擦拭记录间隔超过 2 小时，或轿厢有明显指纹污渍", 2, EvidenceRequired: true),
        new("equipment-ok", E, StaffPost.Engineering, "设备完好率 95% 以上", "抽查门禁、座椅、标识牌、电梯、扶梯、感应设备",
            "抽查设备中完好比例低于 95%（如 20 件中 2 件故障）", 4, EvidenceRequired: true),
        new("lighting-ok", E, StaffPost.Engineering, "照明完好率 100%", "大堂、走廊、地下车库、楼梯间照明", "任一公共照明不亮或频闪", 3, EvidenceRequired: true),
        new("greening", E, StaffPost.Greening, "绿化养护到位", "草坪、绿篱、盆栽", "可见成片杂草、枯黄植物或未修剪的绿篱", 2),

        new("phone-30s", P, StaffPost.CustomerService, "30 秒内接听电话", "拨打服务热线，从接通振铃到人工应答的时长", "超过 30 秒无人接听", 3),
        new("complaint-ack", P, StaffPost.CustomerService, "投诉 3 分钟内响应并准确记录", "提出投诉后客服的响应时间、记录是否完整（地址、诉求、联系方式）",
            "3 分钟内未回应，或记录遗漏关键信息", 4),
        new("complaint-reply", P, StaffPost.Butler, "投诉 24 小时内跟进回复", "投诉后是否在承诺时间（不超过 24 小时）内回复处理进展",
            "投诉未在承诺时间内回复（扣 3 分）", 3),
        new("repair-response", P, StaffPost.Engineering, "报修响应：紧急 2 小时、一般 24 小时", "报修到首次响应（电话或上门）的时间，是否告知处理时限",
            "报修后 24 小时未响应（扣 4 分），或紧急报修 2 小时内未响应", 4),
        new("parcel-notice", P, StaffPost.Butler, "快递 30 分钟内通知", "包裹入库到收到通知的时间", "包裹入库超过 30 分钟未通知", 3),
        new("parcel-pickup", P, StaffPost.Butler, "快递领取不超过 2 分钟", "从出示取件码到拿到包裹的时长", "领取用时超过 2 分钟", 2),

        new("greeting-3s", Q, StaffPost.CustomerService, "3 秒内目光接触和问候", "客户进入服务台 3 秒内是否有目光接触、微笑和问候",
            "进入 3 秒后仍无目光接触或问候", 3),
        new("standard-greeting", Q, StaffPost.CustomerService, "使用标准问候语和礼貌称呼", "是否使用“您好，请问有什么可以帮您”等标准用语",
            "未使用标准问候语（扣 2 分）", 2),
        new("uniform-badge", Q, StaffPost.CustomerService, "着装整洁、佩戴工牌、站姿端正", "服务人员仪容仪表", "未佩戴工牌，或制服明显污损", 2, EvidenceRequired: true),
        new("accurate-answer", Q, StaffPost.CustomerService, "业务解答准确清晰", "咨询物业费构成、缴费方式等，回答与公示标准是否一致",
            "回答与公示标准不一致，或无法回答且未承诺回复时间", 4),
        new("gate-courtesy", Q, StaffPost.Gate, "门岗礼貌问候与道别", "进出时安保人员是否主动问候、礼貌道别", "进出均无任何问候或道别", 2),
        new("closing", Q, StaffPost.CustomerService, "礼貌收尾", "结束时是否道别致谢、询问还有无其他需要、告知后续联系方式", "未道别，且未询问其他需要", 2),

        new("proactive", X, StaffPost.Butler, "主动提供额外信息或帮助", "是否主动介绍相关服务、活动或下一步安排", "仅被动回答，未主动提供任何额外信息", 3),
        new("signage", X, StaffPost.Gate, "引导标识清晰", "从入口到服务台、电梯、卫生间的指引", "需要询问才能找到服务台或电梯", 2),
        new("waiting-comfort", X, StaffPost.CustomerService, "等候环境舒适", "等候区座位、饮用水、温度", "无可坐等候处，或等候超过 5 分钟无人致意", 2),
    ];

    private static readonly ModelItem[] OfficeExtra =
    [
        new("visitor-confirm", S, StaffPost.Security, "访客电话确认被访对象", "是否要求出示证件并电话确认被访企业", "未与被访企业确认即放行", 4, EvidenceRequired: true),
        new("id-match-speed", P, StaffPost.Security, "人证比对高峰期不排队", "人证比对单次用时与高峰排队情况", "单次比对超过 60 秒或排队超过 5 人", 2),
    ];

    private static readonly ModelItem[] CommercialExtra =
    [
        new("lost-item-broadcast", S, StaffPost.Security, "寻物广播 5 分钟内启动", "模拟寻找失物时客服启动广播的时间", "超过 5 分钟未启动广播或未登记", 3),
        new("nursing-room", X, StaffPost.Cleaning, "母婴室整洁私密", "母婴室卫生、设施、私密性", "母婴室不洁、上锁无人应答或设施损坏", 2, EvidenceRequired: true),
    ];

    public sealed record BuiltIn(string Key, string Name, ProjectType Type, ModelDefinition Definition);

    public static readonly IReadOnlyList<BuiltIn> Models =
    [
        new("residential-standard", "住宅物业神秘客户评分标准", ProjectType.Residential,
            new ModelDefinition(Dimensions, Common)),
        new("office-standard", "写字楼物业神秘客户评分标准", ProjectType.Office,
            new ModelDefinition(Dimensions, Common.Where(i => i.Key is not ("parcel-notice" or "parcel-pickup" or "greening")).Concat(OfficeExtra).ToList())),
        new("commercial-standard", "商业物业神秘客户评分标准", ProjectType.Commercial,
            new ModelDefinition(Dimensions, Common.Where(i => i.Key is not ("parcel-notice" or "parcel-pickup" or "complaint-reply")).Concat(CommercialExtra).ToList())),
    ];

    public sealed record BuiltInScenario(string Title, ProjectType Type, string Identity, string Purpose, string Dialogue, string Observe, string Items, string Slots);

    /// <summary>Seed 000's three worked cases and its four drill groups (实战演练分组).</summary>
    public static readonly IReadOnlyList<BuiltInScenario> Scenarios =
    [
        new("住宅进出体验（潜在业主）", ProjectType.Residential, "潜在业主", "以有意购房的潜在业主身份体验门岗、客服接待和公共环境",
            "到门岗说明想看看小区环境、顺便咨询物业费；到客服中心询问物业费构成、缴纳方式和服务内容。",
            "门岗是否登记、是否发访客证；大堂迎宾是否主动问候；客服等待时间、工牌、价格信息是否与公示一致；电梯、垃圾桶、游乐区。",
            "gate-check,stranger-intercept,visitor-registration,greeting-3s,standard-greeting,uniform-badge,accurate-answer,proactive,no-litter,no-dust,lift-wiped,equipment-ok,greening,signage,waiting-comfort,closing,gate-courtesy",
            "周六上午 10:30；周末上午"),
        new("写字楼安全与秩序（商务访客）", ProjectType.Office, "商务访客", "以商务访客身份到访甲级写字楼，体验门禁、前台和会客流程",
            "到大堂前台说明拜访某楼层企业，配合登记；询问会议室楼层、访客 Wi-Fi。",
            "是否要求出示身份证并电话确认被访对象；人证比对用时；引导标识；洗手间与感应设备；是否主动询问其他需要。",
            "gate-check,visitor-confirm,id-match-speed,visitor-registration,greeting-3s,standard-greeting,uniform-badge,signage,no-dust,equipment-ok,lighting-ok,closing,proactive",
            "工作日上午 9:15；早高峰"),
        new("商业顾客服务体验（普通消费者）", ProjectType.Commercial, "普通消费者", "购物高峰期以普通消费者身份体验信息台、导航、休息区和设施",
            "到信息台询问商铺位置和当日活动；模拟寻找失物，请客服协助广播。",
            "信息台是否主动介绍促销；等待时间；寻物广播启动时间；照明和指示牌；扶梯、洗手间、母婴室。",
            "greeting-3s,accurate-answer,proactive,lost-item-broadcast,lighting-ok,equipment-ok,no-odour,nursing-room,signage,waiting-comfort,fire-access",
            "周末下午 14:30；购物高峰"),
        new("演练·住宅组", ProjectType.Residential, "潜在业主", "体验咨询、参观、物业费查询流程，评估安保、环境、客服三大维度",
            "以潜在业主身份参观小区，咨询物业费和服务内容。", "安保、环境、客服；记录时间节点和原话。", "", "周末上午；交接班时段"),
        new("演练·办公楼组", ProjectType.Office, "商务访客", "体验门禁、前台、会客流程，评估安全管理、服务效率、环境维护",
            "以商务访客身份到访，办理访客登记后前往会客。", "门禁与登记、前台效率、环境；收集证据。", "", "工作日早高峰"),
        new("演练·商业项目组", ProjectType.Commercial, "普通消费者", "体验问询、休息、母婴室等服务，评估环境氛围、客流管理、设施便利性",
            "以普通消费者身份逛商场，使用问询、休息区和母婴室。", "环境氛围、客流、设施；对比竞品商场。", "", "周末下午高峰"),
        new("演练·投诉处理组", ProjectType.Residential, "投诉业主", "以业主身份提出合理投诉，体验全流程投诉处理机制",
            "致电或到客服中心反映卫生间长期漏水未修复，要求给出处理时间。", "响应速度、记录完整性、解决方案、承诺的回复时间是否兑现。",
            "phone-30s,complaint-ack,complaint-reply,repair-response,standard-greeting,accurate-answer,closing", "工作日下午；交接班时段"),
    ];

    public static async Task EnsureAsync(AppDbContext db, DateTime now)
    {
        foreach (var m in Models)
        {
            if (await db.ScoringModels.AnyAsync(x => x.Key == m.Key)) continue;
            db.ScoringModels.Add(new ScoringModel
            {
                Key = m.Key, Name = m.Name, PropertyType = m.Type, Status = ModelStatus.Published, IsBuiltIn = true,
                Definition = MsJson.Write(m.Definition), CreatedAt = now, PublishedAt = now,
            });
        }
        if (!await db.Scenarios.AnyAsync(s => s.IsBuiltIn))
            foreach (var s in Scenarios)
                db.Scenarios.Add(new Scenario
                {
                    Title = s.Title, PropertyType = s.Type, Identity = s.Identity, Purpose = s.Purpose, DialogueGuide = s.Dialogue,
                    ObservationPoints = s.Observe, ItemKeys = s.Items, TimeSlots = s.Slots, IsBuiltIn = true, CreatedAt = now,
                });
        await db.SaveChangesAsync();
    }
}
