using System.Text.RegularExpressions;

namespace Yardstick.Insight;

/// <summary>Why a text is red: which rule of the rubric matched, and the words that matched it.</summary>
public sealed record AlertReason(string Kind, string Trigger);

/// <summary>
/// The red part of the alert rubric (issue 6, seed 004: 重大投诉识别率 100 %). Red is decided by rules, not only by a
/// model, because missing a red is far worse than a false red and because each red must say why:
/// <list type="bullet">
/// <item>escalation outside the company — said as a threat counts too ("如果再不修我就打12345");</item>
/// <item>immediate danger to people — unless negated in its clause ("没有漏电") or told as a past event in a thankful
/// message ("上次困人你们来得很快，谢谢");</item>
/// <item>collective action (联名, 拉横幅, 全体业主 …);</item>
/// <item>an angry complaint that says it is the third time or long unresolved.</item>
/// </list>
/// </summary>
public static class AlertRules
{
    public const string Escalation = "escalation", Danger = "danger", Collective = "collective", Repeated = "repeated", Model = "model";

    private const RegexOptions Options = RegexOptions.Compiled | RegexOptions.CultureInvariant;

    // "110平米", "110号", "1200元": an area, a door or an amount is not the police, an ambulance or a hotline.
    private const string Unit = "\\s?(平(?!台)|㎡|元|块|号|米|室|栋|幢|层|户|度|斤|个|辆|岁|楼|万|千|百|分|天|次|年|月|日)";
    private const string NotAQuantity = "(?![0-9]|" + Unit + ")";

    /// <summary>
    /// Words the alert model misreads and the rules know better: numbers that count something ("120平米"), which it
    /// reads as 120 the ambulance, a stove or heater that will not light ("打不着火"), which it reads as 着火, and a swing
    /// swinging ("秋千被孩子们荡得晃来晃去"), which it reads as something loose overhead, a dive ("往下跳水"), which it
    /// reads as a jump, someone lying on a bench in the sun, whom it reads as someone lying hurt, and a barrier or a wall
    /// hit by a car, which it reads as a person hit, news read in the paper, which it reads as a threat to go to the
    /// press, one's own needles to throw away, which it reads as needles left about, and an old person living alone who
    /// has gone to family or away ("独居的李爷爷去外地儿子家过年了"), whom it reads as one not heard from.
    /// </summary>
    public static readonly Regex Misread = new(
        "[0-9]+(?=" + Unit + ")|独居的?[^,.!?]{0,6}((去|回|到|住)了?[^,.!?]{0,3}(外地|老家|女儿家|儿子家|亲戚家|孩子家|子女家|养老院)|(旅游|度假|探亲|过年)去了)[^,.!?]{0,6}|[打点]不[着著]火?|(?<=(秋千|吊床|摇椅)[^,.!?]{0,6})(荡得)?(晃来晃去|荡来荡去)|往下跳(?=水)|躺(?=在[^,.!?]{0,8}(长椅|椅子|草坪|草地|躺椅|吊床)上?(晒太阳|休息|看书|乘凉|睡午觉))|(?<=(道闸|闸杆|栏杆|护栏|大门|柱子|墙|垃圾桶|花坛|路灯|灯杆|消防栓|井盖|树|充电桩)被)车?撞|\\bread (about )?[^.!?]{0,40}\\bin the (local )?(paper|papers|newspaper|news)\\b|\\b(dispose of|throw away|get rid of) (the )?(used )?(needles|syringes|sharps)\\b", Options);

    // Off only in tests, which compare the answers with and without the required-word filter of the trigger lists.
    internal static bool UseRequiredWords { get; set; } = true;

    /// <summary>
    /// Every pattern of the rules, for <c>bench --rules</c>: each chunk of the three trigger lists with the words that wake
    /// it (null: searched in every text it applies to), then every other pattern, which the rules search only in some
    /// texts but are timed over all. A branch whose match needs only a common word ("为", "你们") wakes its chunk on most
    /// texts, and an alternative that starts with a character class can cost a large pattern the regex's quick scan for
    /// its first characters; both show up here as time.
    /// </summary>
    internal static IEnumerable<(string Name, Regex Pattern, string[]? Words, bool English)> Patterns()
    {
        foreach (var (name, list) in new[] { ("Escalation", EscalationPattern), ("Danger", DangerPattern), ("Repeated", RepeatedPattern) })
            foreach (var (index, pattern, words, english) in list.Chunks())
                yield return ($"{name}[{index}]", pattern, words, english);
        foreach (var field in typeof(AlertRules).GetFields(System.Reflection.BindingFlags.NonPublic | System.Reflection.BindingFlags.Public | System.Reflection.BindingFlags.Static))
            if (field.GetValue(null) is Regex pattern) yield return (field.Name, pattern, null, false);
    }

    private static readonly Triggers EscalationPattern = new(
        [
            // Hotlines, government offices, regulators, consumer bodies and the industry association. The hotline calling
            // back about a closed case ("12345回访了，问题已经解决") is not a threat to call it.
            "(?<=(打|拨|找|去|向|到|报|告到|投诉到|反映到)[^,.!?]{0,3})[一幺]二三四五(?!六)|[一幺]二三四五(热线|投诉|平台|电话)|1(?<![0-9]1)2 345(?![0-9])|(?<![0-9])(12345|12315|12358)" + NotAQuantity + "(?![^,.!?]{0,6}(回访|问卷|调查))|(?<=(打|拨|找|去|向|到)[^,.!?]{0,3})123[0-9]{2}" + NotAQuantity + "|" +
            "(?<![0-9])123[0-9]{2}热线(?!回访)|市长热线|便民热线|市民热线|政务(服务)?(便民)?热线|市长信箱|" +
            "(报|反映|告诉|投诉|举报)(给|到)?[^,.!?]{0,2}网格(员|长)|网格(员|长)[^,.!?]{0,4}(往上|上报|反映了)|" +
            "(交给|报给|举报到|投诉到|反映到|去|找|向)[^,.!?]{0,4}(物价局|物价部门|价格监督|发改委)|住建[局委部]|住房保障|住房和(城乡)?建设|住房城乡建设|" +
            "城乡建设部门|建委|房管(局|所|部门)|街道办|[找去到向]街道|街道反映|(约|见|找)了?[^,.!?]{0,2}街道(办)?的?(领导|书记|主任)|" +
            "居委会|社区居委|(社区|街道)(办事处|工作站)|执法(大队|局|队|部门)|综合执法|" +
            "(给|找|向|到|去|跟|告诉)(区|市|县|镇)长(?!信箱|热线)|" +
            "(寄给|写给|递给|交给|反映给|告到|找)[^,.!?]{0,2}(省里|市里|区里|县里|上级)的?领导|(去|到)(省里|市里|区里|县里)[^,.!?]{0,3}(找|反映|投诉|告)|城管|物价局|" +
            "(去|找|向|到|报|投诉|打电话给|打给)[^,.!?]{0,4}(质监局|质监站|质监部门|特检院|环保局|环保部门|生态环境局|卫生部门|卫健委|卫生局|疾控|园林局|绿化局)|" +
            "(质监局|环保局)[^,.!?]{0,2}(投诉|举报|反映)|(质监局|质监站|环保局|环保部门|卫健委|卫生局|疾控|园林局|城管局)(那边)?我(们)?(已经|都)?(打过|打了|去过|找过|报过|投诉过|举报过|反映过)|市场监管|市场监督管理|市监局|信访|纪委|纪检|检举|" +
            "(找|去|向|到|告到|反映给|反映到|投诉到|上报|报给)[^,.!?]{0,3}政府|政府[^,.!?]{0,2}(投诉|反映|举报)|" +
            "(?<!(有一?位|有个|是|当选了?))人大代表|(找|去|向|到)人大(?!概|约|家|门)|(向|到|找|去|给)[^,.!?]{0,10}(行业协会|物业协会|物业管理协会)|" +
            "(行业协会|物业协会)[^,.!?]{0,2}(反映|投诉|举报)|消协|消费者协会|消费者权益保护(委员会|协会)|消保委|" +
            "消委会|审计部门|审计局|反映到(区|市|镇|县|上级)|(到|去|找|向)区里|上级(部门|主管)|要求(相关|有关|主管|政府)部门|" +
            "(要求|请求|依法|予以)查处|(如|若|如果|一旦)[^,.!?]{0,8}(将|就|会)?移交(相关|有关|主管|司法|执法|纪检|监管)(部门|机关)|(向|到|去)[^,.!?]{0,12}举报|(向|到|上报|报|提交|反映)[^,.!?]{0,12}(主管部门|监督部门|监管部门|监察部门|行政部门|执法部门)|举报(到|给)",
            // Government as it is also named: a letter to a commission (致函), an industrial park's 管委会, 政府热线, and the
            // words of Taiwan and Hong Kong (里长, 消保官, 县府/市府, 议员).
            "(找|向|去|跟|告诉)[^,.!?]{0,2}里长|里长[^,.!?]{0,2}(投诉|反映|陈情)|消保官|(投诉|反映|陈情|告)(到|给)[^,.!?]{0,2}(县|市)府|(找|去|向)(县|市)府|(议员|市议会)[^,.!?]{0,2}(反映|投诉|陈情)|(找|向|去)[^,.!?]{0,2}议员|(致函|去函|函告)[^,.!?]{0,8}(委|局|政府|管委会|街道|部门)|(报告|反映|投诉|举报)(给|到)[^,.!?]{0,4}管委会|管委会[^,.!?]{0,2}(投诉|反映|举报)|(打|拨|找|投诉到|反映到|反映给)[^,.!?]{0,3}政府热线|政府热线[^,.!?]{0,4}(投诉|反映|举报)",
            // A 12345 ticket as the hotline forwards it ("市民来电反映：…": the owner has already gone outside the company), and
            // complaint websites.
            "市民来电|市民反映|市民[^,.!?]{0,2}热线|(12345|热线|政府|街道|社区|城管|住建局|住建委)转办|(领导|市长|书记|政府)[^,.!?]{0,4}留言板|人民网(?![^,.!?]{0,8}(拍|采访|报道)[^,.!?]{0,8}(节目|专题|宣传|先进|经验|活动|垃圾分类|文明|表扬))|" +
            "黑猫投诉|在黑猫|黑猫上|聚投诉",
            // The police ("说要派出所开证明才能看监控" is paperwork, not a call to them; "服务器已经报警了" is a machine's alarm).
            "派出所(?![^,.!?]{0,2}(开|出具|办)[^,.!?]{0,3}(证明|手续|户口|身份证|居住证))|(?<!(服务器|机器|设备|系统|仪器|传感器|探测器|主机|机房|烟感|温感|水浸)[^,.!?]{0,4})报警(?![器灯铃系装按]|电话是|电话多少)|(?<![0-9])110" + NotAQuantity,
            // The press, television and going online. A television crew filming a programme about sorting rubbish is no threat.
            "(媒体(?!墙|屏|中心)|记者|电视台|报社)(?![^,.!?]{0,8}(拍|采访|报道)[^,.!?]{0,8}(节目|专题|宣传|先进|经验|活动|垃圾分类|文明|表扬)|[^,.!?]{0,12}(栏目|节目)[^,.!?]{0,4}(挺好看|好看|不错|挺好|真好|很火|我(每周|每天|天天)都看))|(上|找|联系|投诉到|曝光到)[^,.!?]{0,2}(央视|卫视|电视台|电视)|曝光|" +
            "上(本地|当地|地方|社会|省台|市台|电视|晚间)?新闻|新闻热线|(联系|找|打给|打到|投诉到|爆料给|告诉|上)[^,.!?]{0,6}(都市报|晚报|日报|早报|报纸)|" +
            "今日说法|焦点访谈|让全网|全网曝光|(?<!(樱花|桃花|风景|美景|秋景|雪景|夜景|航拍|晚会|烟花|中秋|春节|活动)[^.!?]{0,10})(发|上|到|挂|传|曝光|晒)[^,.!?]{0,4}(微博|抖音|小红书|快手|头条|视频号|大众点评|点评网)(?![^,.!?]{0,2}(热门|热榜))|" +
            // A review site counts as going online: a complaint told there ("在大众点评上说洗手间又脏又臭") is public; what a post
            // merely says ("小红书上说停车位很紧张，是真的吗？") is not.
            "(微博|抖音|小红书|大众点评|点评网)[^,.!?]{0,6}(曝光|发帖|发视频|(?<=已经[^,.!?]{0,6})发了|挂|评理|让大家|@|吐槽|差评|骂)|(微博|抖音|小红书|大众点评|点评网)上[^,.!?]{0,3}(说|写)(?=[^.!?]{0,20}(脏|臭|差|乱|烂|坑|垃圾|不好|不行|太慢|没人管|没人理|黑心|无良|失望))|热搜|(发|挂|晒)(到|在)[^,.!?]{0,4}(业主大群|业主群|大群)[^.!?]{0,6}(评评理|评理|曝光|让大家看看)|(我|我们)(会|要|就|准备|打算)[^,.!?]{0,4}在?(业主大群|业主群|小区群|大群)里?[^,.!?]{0,14}(说清楚|讲清楚|说道说道|曝光|公开|讨说法)|(发|晒|挂|转|传|曝光|放)[^,.!?]{0,6}朋友圈(?![^,.!?]{0,4}(庆祝|纪念|表扬|感谢|点赞))|朋友圈[^,.!?]{0,4}(曝光|发|挂|让大家|评理)|网上发|发到网上|发网上|(传|放|贴|挂)(到|在)网上|让网友|让(全城|全市|全国|全社会|所有人|全世界|全网)[^,.!?]{0,3}(知道|看看|看到|评评理)|(爆料|反映|打|找|上|联系)[^,.!?]{0,6}民生(节目|栏目|热线)|(投|爆料|反映|寄)给[^,.!?]{0,6}(节目|栏目)|" +
            // "毕竟谁也不希望在新闻里看到咱们小区的名字": the press, veiled.
            "(不希望|不想|不愿意?)[^,.!?]{0,6}(在|上)(新闻|报纸|电视|热搜|头条)(里|上)?[^,.!?]{0,4}(看到|看见|出现|听到)[^,.!?]{0,4}(咱们|我们|本|这个|贵司|你们|物业)|" +
            "网上[^,.!?]{0,2}挂|挂到网上|(发|贴|挂)(到|在)[^,.!?]{0,6}(论坛|贴吧)[^.!?]{0,10}(让大家|评理|曝光|看看)|价格举报|写好了?(帖子|曝光)|发帖曝光",
            // Lawyers and courts. 公告物业费 and 去告诉保安 are not lawsuits.
            "法务[^,.!?]{0,4}(准备|整理)[^,.!?]{0,2}(材料|证据)|法务[^,.!?]{0,4}(介入|发函|起诉|追究)|法务[^,.!?]{0,6}(起草|草拟|拟)[^,.!?]{0,4}(函件|律师函|索赔|起诉)|(让|叫|请|找)我?的?(儿子|女儿|老公|老婆|爱人|哥哥?|姐姐?|弟弟?|妹妹?|朋友|亲戚|家人)来(跟|和|找)你们[^.!?]{0,20}(律师事务所|律所)|法务[^,.!?]{0,6}已经在?[^,.!?]{0,2}(看|审|研究|查看|审查|审核)[^,.!?]{0,4}(合同|协议|租约)|(?<!(朋友|同学|亲戚|同事|邻居)是)律师(?!咨询|讲座|楼|事务所|函的?(格式|模板|范本)|[^,.!?]{0,4}(买楼|买房|过户|公证|遗嘱))|(找|联系|委托|请)[^,.!?]{0,4}律师事务所|律所|起诉|法院|法庭(?!旁边|附近|对面|门口|边上|那边)|打官司|吃官司|" +
            // "会一起交给能管你们的人", "你们看着办吧，后果自负", "将依据租赁合同相关条款另行处理", "我在区里有认识的人": veiled.
            "(区里|市里|街道|上面|政府|住建局|住建委)[^,.!?]{0,2}有(认识的人|熟人|关系|人脉)|能管(你们|物业|你|贵司)的(人|部门|单位|地方)|后果自负|后果(由)?(你们|贵司|物业)(自己)?(承担|负责)|(依据|根据|按照)[^,.!?]{0,8}(合同|协议|法律|租约)[^,.!?]{0,10}(另行处理|追究|索赔)|" +
            // "我不想闹大，但你们也别逼我", "再不处理我就把事情闹大", "那我们就陪你们慢慢耗，看最后谁吃亏": escalation held in reserve.
            "(你们|物业|贵司|但|可)[^,.!?]{0,3}(别|不要|不要再|别再)逼我(们)?(?![^,.!?]{0,2}(吃|喝|买|选|学|练))|(?<!不)(就|只能|只好|会|要)把(事情|这事|事)?闹大|(陪|跟)(你们|物业|你)(慢慢)?耗|看(最后)?谁吃亏|看谁耗得过谁|" +
            "诉讼|法律援助|法援|法律途径|保留[^,.!?]{0,4}(索赔|追究|追偿|起诉|投诉|法律)[^,.!?]{0,4}权利|(合法|一切)途径维护|维护自身(合法)?权益|" +
            "(向|找|提请|提交|反映给|报给|上报)[^,.!?]{0,4}(有关部门|相关部门|主管部门|上级部门|政府部门)(?![^,.!?]{0,4}(审批|备案|批准))|法律手段|法律程序|依法追究|追究[^,.!?]{0,2}法律责任|(我|我们|本人|我司|我家)[^,.!?]{0,4}(要|会|将|一定|必须|坚决)[^,.!?]{0,2}追究[^,.!?]{0,6}责任|追究[^,.!?]{0,4}违约责任|诉诸法律|依法维权|司法(程序|途径|诉讼)|法律顾问(?!讲座|咨询|服务)|仲裁|(?<![公通广报预警布宣劝转被])告(你们|物业|开发商)|把你们告|" +
            // "物业经理让我们有意见去告": the manager's dare, told as his manners, is no step of the writer's.
            "(?<!让(我们|我|业主|你们|大家)[^,.!?]{0,6})去告(?![诉知示别])|" +
            // "损失清单整理完毕，并抄送园区管委会": a letter copied to an authority, or to the company's superiors.
            // (Not a notice filed with head office: "本通知抄送集团行政部备案".)
            "抄送(给|至|到)?[^,.!?]{0,8}(管委会|街道|住建|主管部门|主管单位|上级|政府|居委会|房管|集团|总部|业委会|律师)(?![^,.!?]{0,8}(备案|存档|知悉|查收|参阅))",
            // Fees withheld or refunded, and replacing the company. A tenant who says the landlord does not pay reports
            // someone else's arrears; it is no threat of the writer's.
            "(?<!(房东|前业主|原业主|上一任业主|二房东)[^,.!?]{0,4})(拒|不|停|罢|暂停)[交缴付](物业费|管理费)|退还多收|(要求|必须)退还(?![^,.!?]{0,4}押金)|" +
            "(拒|不再|停止|罢)[交缴付]|不交了|不缴了|不(打算|准备|想|会|愿意)?再?续[交缴](?!吗)|(干脆|索性)就?不[交缴]|(物业费|管理费)[?,]?不[交缴](?=[,.!?]|$)|(一起|集体|统一|全楼|全体)不[交缴]|不会再?[交缴付](物业费|管理费|钱|费)|不[交缴]给(你们|物业|贵司)|不[交缴](钱|费)|" +
            "退(物业费|管理费)|(物业费|管理费)[^,.!?]{0,4}退(给|还|回)|退还[^,.!?]{0,8}(物业费|管理费)|全额退|" +
            "扣着不[交缴付]|(先|暂)扣(着)?(物业费|管理费)|提存到|提存在|(物业费|管理费)[^,.!?]{0,6}提存(?!吗)|" +
            "(一分|一分钱|一毛钱)(都|也)?不(会再?|再)?[交缴给付]|交的钱[^,.!?]{0,4}(全部|都)?(还|退)给?我|" +
            "(?<!(能|可以|怎么|如何|能不能|可不可以)[^,.!?]{0,2})(退费|退钱)(?![^,.!?]{0,3}吗|[^,.!?]{0,4}(走完|办完|办好|已到账|到账|收到))|要求退款|" +
            "换物业(?>(公司)?)(?!以后|之后|后)|换(掉)?(管理公司|管理处|物管公司)(?!以后|之后|后)|要求退返|换掉(你们|物业)|(开除|赶走)(物业|你们)|把(你们|贵司|物业)[^,.!?]{0,4}合同[^,.!?]{0,4}(终止|解除)|(终止|解除)[^,.!?]{0,2}(和|与)?(你们|贵司|物业公司|物业)的?(物业)?(服务)?合同|不(再)?(和|跟|与)(你们|贵司|物业公司|物业)续(约|签)|(投票|表决)[^,.!?]{0,4}(开除|罢免|解聘|换掉|炒掉|赶走)|(写信|反映|投诉|举报)[^,.!?]{0,4}(给|到)?[^,.!?]{0,3}(书记|区委|市委|县委)|炒掉物业|罢免(物业|你们)|(开|召开)业主大会[^,.!?]{0,8}(炒|换|解聘|赶走|罢免)|把(你们|物业|物业公司)(炒了|炒掉|换了|换掉)|(去|到|找)(开发商|你们|物业公司)?的?(总部|总公司|集团)[^,.!?]{0,4}(闹|讨说法|讨个说法|投诉|维权|拉横幅)|(投诉|告|反映|escalate|escalated)到[^,.!?]{0,4}(总部|总公司|集团|hq|headquarters|head office)|(寄|交|送|递)(给|到)[^,.!?]{0,4}(总部|总公司|集团)|打到[^,.!?]{0,4}(总部|总公司|集团)[^,.!?]{0,4}(老板|领导|董事长|总经理|为止)|一直往上(打|投诉|告)|越级投诉|解聘(物业|你们|贵司|贵公司|贵中心)|(开除|罢免|炒掉|更换)(贵司|贵公司|贵中心)|" +
            "(物业费|管理费)[^,.!?]{0,4}先?停(了|交|缴|付)|(?<!(系统|维护|升级|期间|平台|窗口|银行|通道)[^.!?]{0,4})(暂停|停止|拒绝|暂缓)(缴纳|交纳|支付)[^,.!?]{0,8}(物业|管理费|租金|服务费|推广费|尾款|电费|水费|公摊|(该项|此项|这笔|上述|相关|后续的?)费用)|(物业费|管理费)[^.!?]{0,10}停[交缴付]|押着不[交缴付]|" +
            // "这个月的管理费先不交，等你们把漏水修好再说", "下次业主大会我们就提议重新选聘物业公司".
            "(物业费|管理费)[^,.!?]{0,4}(先|暂时|就)不[交缴付]|重新选聘(物业公司|物业|你们|贵司)?|" +
            // "这事不解决，下个月的物业费你们就别想了", "行，你们不管，我就找管你们的人管", "你们的营业执照和资质我都查过了，…整理好
            // 材料寄出去了", "这些照片…下周业主大会上投屏给大家看看".
            "(物业费|管理费|服务费)[^,.!?]{0,6}(就别想|别想(了|收|要))|找(管|监管)你们的|(资质|营业执照|执照)[^.!?]{0,24}(材料|资料|证据)[^.!?]{0,8}(寄出|递交|交上去|提交|寄给|寄到)|" +
            "(业主大会|业主群|业委会)[^.!?]{0,8}(投屏|公开|曝光|放出来|发出来)[^.!?]{0,4}(给|让)大家(看看|评评理|瞧瞧)|" +
            // "我已经把情况反映给街道了", "决定停缴本年度物业费", "问题不解决一律不交", "交给房地产主管部门", "打环保热线", "你们等着被约谈吧",
            // "这物业早该换了" (not "灯泡你们早该换了"), "如果下个月租金还涨，就一起撤场", "我哋法團準備開會炒咗你哋", "我已經向消基會申訴了".
            "((反映|投诉|告|举报)(给|到)|报给)了?[^,.!?]{0,2}街道|(?<!暂)(停缴|停交)[^,.!?]{0,6}(物业费|管理费|服务费)|(一律|统统)不[交缴](?![^,.!?]{0,2}(押金|现金))|(交给|反映给|报给|投诉到|举报到|反映到)[^,.!?]{0,6}主管部门|环保热线|人民投诉平台|等着被约谈|(这个?|你们这)物业早(就)?该换(了|掉)|(一起|集体|联合)[^,.!?]{0,2}(撤场|撤店|撤柜)|炒(了)?(你们|你哋|管理公司|物业|管理处)|消基会|" +
            // "下个季度的管理费统一暂缓缴纳", "今年再加我哋成座就唔交", "我们店就不交这个月的管理费了",
            // "这钱不交", "否则我们只能通过其他渠道解决", "咱们就在业主大会上见", "反映给开发商总部", "打电话给水务局",
            // "在小红书上把你们小区的情况写得清清楚楚".
            "(物业费|管理费|服务费)[^,.!?可能]{0,4}(统一|一起|全部)?(暂缓|暂停|停止)(缴纳|交纳|支付|缴|交)(?![^,.!?]{0,3}吗)|(成座|成栋)[^,.!?]{0,2}就?不[交缴]|不[交缴付](这个月|本月|下个月|今年|明年|这季度|下季度)的?(物业费|管理费|服务费)|(这钱|这个钱|这笔钱)(我们)?就?不[交缴给](?![^,.!?]{0,3}(行|可以|吗))|(只能|将|会)通过其他(渠道|途径|方式)(解决|处理|维权)|业主大会上见|(反映|投诉|告|举报)(给|到)了?[^,.!?]{0,3}(开发商|集团总部|总公司)|(打电话给|打给|找|去|投诉到|反映到)[^,.!?]{0,2}水务(局|部门)|(微博|抖音|小红书|快手|头条|视频号|大众点评|点评网)上?[^,.!?]{0,2}把[^,.!?]{0,12}(写|发|曝光|挂)|" +
            // "再不把楼上漏水处理好，我就让业主群里所有人都来评评理", "我们业主就自己成立个委员会来换个不忙的物业", "贵司应当承担全部赔偿
            // 责任", "你们的处理我已经录音了，到时候别说我没给过机会", "你们的合同能不能续，大家心里都有数", "再不處理我們就打1999陳情".
            "让[^,.!?]{0,6}(所有人|大家|全体业主|全楼)[^,.!?]{0,4}(都)?来?评评理|换(个|一个|家)[^,.!?]{0,4}物业(?!管家|电话|人员|师傅|客服|经理)|(应当|应该|必须)承担全部(的)?(赔偿)?责任|录(了)?音了?,?[^.!?]{0,4}(别说|别想抵赖|别不认|别赖)|(你们|物业)的?合同能不能续|(?<=(打|拨)[^,.!?]{0,3})1999(?![0-9])|" +
            // "如果不给合理解释我们就暂停缴费": payment stopped with no fee named (not a payment system paused for upkeep);
            // "请出示明细，否则我们将拒绝缴纳": the fee named before, the refusal the condition's price.
            "(?<!(系统|维护|升级|期间|平台|窗口|银行|通道)[^,.!?]{0,4})(暂停|停止|暂缓|拒绝)(缴|交)费|否则[^,.!?]{0,6}(拒绝|暂停|停止|暂缓)(缴纳|交纳|支付|付款)|" +
            // "准备提议不再续签你们公司", "拖到业主大会上咱们一起算账", "物业费我先扣下了", "打去食环署投诉".
            "(提议|决定|准备|打算)[^,.!?]{0,4}不再?续签|(业主大会|业委会)上[^,.!?]{0,6}(算账|讨说法|清算)|(物业费|管理费)[^,.!?]{0,4}(先|暂时|就)?扣下|" +
            "(打去|打电话去|打电话给|去|找|向)[^,.!?]{0,2}(食环署|食環署|屋宇署|房屋署|民政处|区议员|区议会|申诉专员)|" +
            // "这个月的物业费我先放着，等你们把电梯修好再说", "到时候把你们这一年的账都摆出来", "我在本地论坛有个几万粉丝的号，要不要我写一写
            // 你们的垃圾站", "请你们好自为之", "我已经咨询过相关部门，他们说你们这种收费做法是违规的", "我会提议重新招标物业", "我只能按我
            // 自己的方式解决了", "照片和聊天记录都整理成了文件，需要的时候会拿出来": fees held back until a repair, the accounts laid
            // bare, a following of thousands, a warning, an authority's opinion, a new tender, self-help, evidence kept for later.
            "(物业费|管理费|服务费|这个月的钱)[^,.!?]{0,6}(先放着|先压着|先扣着|先留着|先押着)[^.!?]{0,20}(修好|解决|处理好|弄好|搞定|搞好)[^.!?]{0,4}再(说|交|给)|" +
            "(把你们|把物业|把贵司)[^,.!?]{0,8}账[^,.!?]{0,3}(都|全)?(摆出来|翻出来|晒出来|亮出来|摊开)|" +
            "(几万|几十万|上万|十几万|好几万|[0-9]+万)(粉丝|粉|关注)[^.!?]{0,16}(写一写|写写|曝光|发一发|拍一拍|说道说道)(?=[^,.!?]{0,3}(你们|物业))(?![^.!?]{0,15}(秋景|风景|美景|漂亮|好看|花|绿化|活动|好人好事))|" +
            "(你们|贵司|物业|管委会|管理处|管理公司|物业公司)好自为之|(咨询|问|请教|打听)(过|了)+[^,.!?]{0,4}(相关部门|有关部门|主管部门)[^.!?]{0,16}(违规|违法|不合规|不合法|不允许)|" +
            "重新招标物业|重新选择物业|(按|用|以)(我|我们)自己的(方式|办法|手段)(来)?(解决|处理|讨说法|维权)|" +
            "(照片|视频|录音|聊天记录|截图|证据)[^.!?]{0,12}(整理|存|收集|保存|留)(成|好|下来|起来)?[^.!?]{0,8}(需要的时候|到时候|必要时|必要的时候|该用的时候)(会|就|再)?(拿出来|用上|提交|交上去|公开)|" +
            // "我姐夫在区里上班，我回头问问他这种情况归谁管": someone in government asked who answers for it.
            "(在|是)(区里|市里|区政府|市政府|政府|街道|住建|房管|城管)[^,.!?]{0,4}(上班|工作)[^.!?]{0,16}(问问|问一下|说说|反映)[^.!?]{0,10}(归谁管|谁来管|合不合规|合不合法|违不违规|该怎么处理)|" +
            // "我司已将相关监控截图报送园区管委会": an industrial park's administrative committee is the government there.
            "(报送|报给|上报|反映给|反映到|投诉到|举报到|交给|提交给?|递交给?)[^,.!?]{0,4}(园区|开发区|高新区|经开区)管委会|" +
            // "我会让更多人知道你们是怎么对待业主的", "我已经在准备材料了，下周一就递上去", "这件事我会一直追究到底".
            "让更多的?人知道(你们|物业|贵司)|(开|召开)[^,.!?]{0,2}(区权会|区分所有权人会议|业主大会)[^,.!?]{0,6}(罢免|改选|解聘|换掉)|(准备|整理|收集)[^,.!?]{0,2}材料[^.!?]{0,10}(递上去|交上去|寄出去|提交上去)|追究到底|追责到底",
        ],
        // Lawyers, tribunals, the press and the authorities in English ("her newspapers are piling up" tells of a neighbour not
        // seen, not of the press).
        "\\b(contact(ed|ing)?|instruct(ed|ing)?|hir(e|ed|ing)|call(ed|ing)?|consult(ed|ing)?|sp(eak|oke|oken|eaking) to) (my |our |a )?solicitors?\\b|\\b(apply(ing)?|applied|go(ing)?|tak(e|ing) (you|this|it|them)) to (the |a )?tribunal\\b|\\b(sue|suing|ombudsman|lawyers?(?! to (review|check|draft|read|look over))|lawsuit|(?<!social )media|(journalists?|reporters?)(?![^.!?]{0,40}\\b(interviewed|filmed|featured|photographed)\\b)|(?<!\\b(her|his|their) )newspapers?(?! (are |is )?(piling|piled|stacking|stacked) up)|police|authorities|housing (bureau|authority|department))\\b|" +
        // "…the council's housing officer will be hearing from me."
        "\\b(council|councils|councillor|ombudsman|regulator|housing officer|housing department|environmental health|trading standards|press|papers|newspapers?|solicitors?|lawyers?)\\b[^.!?]{0,30}\\bwill be hearing from (me|us)\\b|" +
        // "My solicitor will be in touch regarding the damage to my car."
        "\\b(my|our) (solicitor|lawyer|attorney|legal team)s? (will|is going to|are going to|ll|shall) (be in touch|contact you|write to you)\\b|\\bpass (this|the) story on\\b|" +
        // "We have written to the landlord's head office and copied the local councillor", "I'm calling the council's environmental
        // health line".
        "\\b(copied|copying|cced) (in )?(the |our |my )?(local )?(councillor|mp|ombudsman|regulator)\\b|\\bcall(ing)? the councils? (environmental health|noise|housing|pest control)\\b|" +
        // "I'll be reporting you to environmental health", "If the service charge invoice isn't corrected we won't be paying it."
        "\\breport(ing|ed)? (you|this|it|them) to (environmental health|trading standards|the ombudsman|the regulator|the housing ombudsman)\\b|\\b(service charge|management fee|invoice)\\b[^.!?]{0,40}\\bwe (wont|will not|are not going to) be paying\\b|" +
        // "jointly filed a complaint with the market regulator", "I'm reporting this to the council".
        "\\breport(ing|ed)? (this|it|you|them|the \\w+) to the council|" +
        // "I've already reported the broken gate to the city hotline": 12345 in English words; the hotline calling back about
        // a closed case is not a threat to call it, as 12345回访 is not.
        "\\b(city|citys|government|mayors|citizens?|municipal|public service|public complaints?) (service )?hotline\\b(?! (called|rang|phoned|followed|texted|sent)\\b)|" +
        // "If I don't hear back by Monday I'm going straight to the local councillor."
        "\\bgo(ing)? (straight |directly )?to (the |my |our )?(local )?(councillor|mp)\\b|" +
        // "Fix the lift or I'll make sure every buyer viewing flats here hears about it."
        "\\b(make sure|ensure)\\b[^.!?]{0,20}\\b(every|all the|each|any) (potential |prospective |new )?(buyers?|tenants?|renters?|residents?|owners?|agents?|estate agents?|visitors?)\\b[^.!?]{0,40}\\b(hears?|knows?|finds? out|learns?)\\b|" +
        "\\b(filed|lodged|made|sent|submitted)\\b[^.!?]{0,20}\\bcomplaints?\\b[^.!?]{0,6}\\b(with|to) the\\b[^.!?]{0,20}\\b(regulator|regulators|bureau|consumer council|district office|government|council)\\b|" +
        // Going online, on the residents' own pages too: "Expect to see this on the residents' Facebook page tonight, with photos."
        "\\bpost(ed|ing)? (it |this |the video |them )?online\\b|\\bpost(ed|ing)? (it|this|them|the video|the photos) (on|to) (social media|weibo|douyin|xiaohongshu|tiktok|wechat moments|facebook|instagram|twitter|nextdoor)\\b|\\ball over (social media|the internet|weibo|douyin|xiaohongshu|tiktok|wechat|facebook|instagram|twitter|nextdoor)\\b|\\bexpect to see (this|it|that|them|the \\w+|photos|pictures|videos?)\\b[^.!?]{0,20}\\bon (\\w+ ){0,3}(facebook|instagram|twitter|nextdoor|tiktok|weibo|douyin|xiaohongshu|social media|the news|tv)\\b|\\bpost(ing)?\\b[^.!?]{0,30}\\b(rubbish|garbage|trash|mess|leak|mould|mold|dirt|filth|disaster)\\b[^.!?]{0,30}\\b(on|to) (weibo|douyin|xiaohongshu|tiktok|wechat moments|social media)\\b|\\b(post|share|upload)(ed|ing|s)?\\b[^.!?]{0,30}\\byour\\b[^.!?]{0,50}\\b(on|to) (xiaohongshu|weibo|douyin|tiktok|wechat moments|social media|the internet)\\b|\\b(put|putting|posting|uploading|sharing)\\b[^.!?]{0,30}\\b(clip|video|footage|recording)\\b[^.!?]{0,10}\\b(on|to) (douyin|weibo|xiaohongshu|tiktok|youtube|wechat moments|social media|the internet)\\b|\\blegal (action|proceedings)\\b|\\b(tak(e|en|ing)|seek(ing)?|sought) legal advice\\b|\\b(district|street|housing|city) office\\b|\\bcopied (in )?(the )?(local )?(paper|press|newspaper|media)\\b|\\bconsumer (council|association|rights)\\b|\\b(city|district|local) (government|council)\\b|\\bthe government\\b|\\b(call(ing)?|contact(ing)?|tell(ing)?|go(ing)? to) the (news|press|papers|tv)\\b|\\b(take|taking|see) (you|them|it|this) to court\\b|\\b(story|stories|this|it|everything)\\b[^.!?]{0,12}\\bto the (local )?(paper|papers|press|news|media|tv)\\b|\\b(the press(?! (officer|release|conference|pass|office|team))|tv station|on the news)\\b(?![^.!?]{0,30}\\b(filmed|interviewed|featured|show|programme|program)\\b)|refuse to pay|" +
        "\\b(will not|wont|are not|arent|not going to|will no longer) (be )?pay(ing)? (the |our |my |any |(next|this) (months|quarters|years) )?(fees?|service charges?|management fees?|rent)\\b|" +
        // "they'll be going to someone who can make you act"; "asked them to review your contract", said to whoever hires the
        // company (an office building's owners); "we'll deduct the repair cost from the service charge".
        "\\b(someone|somebody|people|those|anyone) (who|that) can (make|force) you\\b|" +
        "\\b(review|terminate|end|cancel|re-?tender|reconsider|not renew|replace) (your|the management|the property management) (contract|appointment)\\b|" +
        "\\bdeduct(ing|ed)?\\b[^.!?]{0,30}\\bfrom (the |our |my |next |this )?(months |quarters )?(service charges?|management fees?|fees?|rent)\\b|" +
        // "we're holding back this quarter's management fee"; "meeting on Saturday to vote on replacing the management company".
        "\\bhold(ing)? back (the |our |my |this months |next months |this quarters |next quarters |all )?(fees?|rent|payments?|service charges?|management fees?)\\b|" +
        "\\bvote (on|to|for) (replac\\w+|chang\\w+|remov\\w+|sack\\w*|fir\\w+|terminat\\w+) (the |our )?(management|property management|managing agents?|property company|management company)\\b|" +
        "stop paying|withhold(ing)? (the |our |my |this months |next months |this quarters |next quarters |all )?(fees?|rent|payment|service charges?|management fees?)|refus(e|es|ed|ing) to pay|not (going to )?pay(ing)? (the |our |my |any )?(fees?|service charges?|management fees?)|not (going to )?pay(ing)? (another|a single|one more) (cent|penny|dollar|yuan|kuai)\\b|" +
        "(videos?|photos?|pictures?) of (this|the|your) (mess|problem|leak|rubbish|state)\\b[^.!?]{0,30}\\b(on|to) (douyin|weibo|tiktok|xiaohongshu|wechat moments|social media)\\b|" +
        // "I'll be posting photos of it on every review site I can find", "a one-star review on Dianping": a review site is
        // going public in English too (a five-star review is not; nor is a bad review with no site, as 差评 alone).
        "\\b(post|posting|put|putting|share|sharing|upload|uploading)\\b[^.!?]{0,40}\\b(on|to) ((every|all the|all|each|the) review sites?|dianping|google reviews|yelp)\\b|" +
        "\\b(bad|negative|one.?star|1.?star|terrible|scathing) reviews? (on|to) ((every|all the|all|each|the) review sites?|dianping|google reviews|yelp)\\b|" +
        // "I will be raising this at the AGM and with the local paper", "Not a chance. I'm cancelling my direct debit.", "We had the
        // council round to look at the damp and they were shocked."
        "\\b(with|to|contact(ing|ed)?|call(ing|ed)?|tell(ing)?|tip(ping)? off) the local (paper|press|news)\\b|(?<!\\bhow (do|can|should) (i|we) )\\bcancel(l?ing|led)? (my|our|the) (direct debit|standing order)\\b|" +
        "\\b(had|got|called|brought) (the |a )?(council|environmental health|building control|housing officer)\\b[^.!?]{0,12}\\b(round|in|out|over)\\b[^.!?]{0,20}\\b(look at|inspect|see|check)\\b[^.!?]{0,12}\\b(damp|mou?ld|leaks?|rats?|mice|cockroach\\w*|infestation|state of|condition|smell|flat|building|stairwell)\\b|" +
        // "We have asked our MP to look into the service charge increase."
        "\\b(asked|written to|wrote to|contacted|emailed|called|phoned) (our|my|the) (local )?(mp|councillor|ombudsman)\\b|" +
        // "If this isn't resolved by Friday, I'll be speaking to Trading Standards."
        "\\b(speak|speaking|talk|talking) to (trading standards|the ombudsman|environmental health|my mp|my councillor|my solicitor|my lawyer)\\b|" +
        // "We will be writing to the board of directors about the way our complaint has been handled."
        "\\b(writing|write|written|wrote|escalat\\w+|complain\\w*|going|go|taking this|take this) to (the |your |their )?(landlords? |companys? )?(board of directors|board|head office|headquarters|chief executive|managing director)\\b");

    private static readonly Triggers DangerPattern = new(
        [
            // People shut in, and lifts that fail with people in them. A child left in a locked car is shut in too.
            "车(里|内|上)?[^,.!?]{0,8}(锁|关)着[^,.!?]{0,3}(小孩|孩子|宝宝|婴儿|小朋友)(?!的)|(小孩|孩子|宝宝|婴儿|小朋友)被?反?(锁|关)在车(里|内|上)|" +
            "困人|困仁|(电梯|轿厢)[^,.!?]{0,4}捆(人|住人|了人|了[一两几]个人)|被困|困在|困了在(里|入面|电梯|梯|中间|半)|困住|困着|(又|再次|再一次)困了|困了[^,.!?]{0,4}(人|老人|小孩|孩子|业主)|(电梯|梯|轿厢)[^.!?]{0,12}困了[^,.!?]{0,2}(她|他|我|妈|爸|奶奶|爷爷|姥姥|姥爷|外婆|外公|老太太|老大爷|宝宝)|(?<=梯[^,.!?]{0,2})困了|(关|卡|锁)住(了)?人|" +
            // "这破电梯今天又把我关里面半小时": shut in by the lift, told as what it did.
            "(电梯|轿厢|升降机)[^,.!?]{0,8}把[^,.!?]{0,4}关(在)?(里面|里头|里边)|" +
            "电梯[^,.!?]{0,6}(关住|卡住)|关在电梯|卡在电梯|电梯(里|里头|里面)?[^,.!?]{0,2}关着[^,.!?]{0,2}(人|孩子|小孩|娃|老人|宝宝)|电梯里出不来|出不来了|被(关|锁)在(里面|里头|电梯)|(有人|孩子|小孩|老人|人)被(关|锁)在[^,.!?]{0,10}?(里面|里头|里|内)|" +
            "被(关|锁|困)在[^,.!?]{0,3}(车里|车内|屋里|房间)|(关|困|锁)着[^,.!?]{0,2}人|(电梯|轿厢|[0-9一二三四五六七八九十]号?梯)[^,.!?]{0,3}关(了|住)?人|" +
            // "已经在里面困了十分钟了", "里面有人被关着", "升降机在十二楼同十三楼中间停了，里面有个阿伯".
            "(里面|里头)困了[^,.!?]{0,2}([一二三四五六七八九十半几两0-9]+|好久|半天)|(电梯|升降机|梯)[^.!?]{0,30}里面有人被?(关|困)着|(电梯|升降机|梯)[^.!?]{0,16}(中间|半路|半空)[^,.!?]{0,2}停(了|住|下)?[^.!?]{0,12}(里面|入面)(有|还有)|" +
            // "写字楼电梯上周坠了两层": a fall of floors told after the day it happened.
            "电梯(突然)?(往下)?(下坠|坠|坠落|急坠|失控|冲顶|蹲底|溜车)|电梯[^,.!?]{0,4}(坠|掉|溜|往下掉)了[^,.!?]{0,2}([一两三四几0-9]+|好几)层|电梯[^.!?]{0,16}突然(顿|掉|晃|抖|往下|下滑)|电梯(一直|总是|老是|自己)?在?(上下)?乱(跑|窜)|(停电|断电)[^.!?]{0,20}应急灯[^,.!?]{0,4}(不亮|没亮|也不亮)|" +
            "电梯门夹|电梯门?(没关|开着)[^,.!?]{0,3}(上|下|走|运行|跑)|" +
            // "钢筋就悬在我们小区上空", "车旁边抽烟，旁边就是漏油的车": a load hanging over people, a flame beside fuel.
            "(钢筋|钢管|钢材|重物|建材|吊装物|预制板)[^,.!?]{0,4}(悬在|吊在|挂在|晃在)[^,.!?]{0,10}(上空|头顶|头上|人群)|" +
            "(漏紧?油|汽油|柴油|油箱)[^.!?]{0,16}(抽烟|吸烟|食烟|烟头|点火|打火机|明火)|(抽烟|吸烟|食烟|烟头|点火|打火机|明火)[^.!?]{0,10}(漏油|汽油|柴油)|" +
            // "隔壁一直有刺鼻的化学品味道": a chemical smell or leak.
            "(化学品|化工|化学药品|化学试剂)[^,.!?]{0,3}(味|气味|泄漏|泄露)|" +
            // "里面的人被夹了一下", "把我家孩子夹了一下": a door that shut on someone ("差点被夹到" is a near miss).
            "(人|孩子|小孩|老人|宝宝|小朋友)被[^,.!?]{0,4}夹(了|到|住|伤)|把[^,.!?]{0,4}(孩子|小孩|老人|宝宝|小朋友|人)[^,.!?]{0,2}夹(了|到|住|伤)|" +
            "电梯门?没关[严好紧]?就[^,.!?]{0,4}(走|跑|运行|往上|往下)|电梯[^.!?]{0,24}(门打不开|开不了门)|" +
            "(轿厢|电梯井|电梯里|电梯顶|电梯机房)[^,.!?]{0,4}(进水|滴水|漏水|渗水|泡水)|(没有|没)轿厢|" +
            "(钢丝绳|曳引绳)[^,.!?]{0,6}(响|断|松|磨)|轿厢[^,.!?]{0,4}(晃|抖|倾斜)|" +
            "(电梯|轿厢|升降机)[^,.!?]{0,8}(卡|停)在[^.!?]{0,12}(中间|之间|半截|半空|半路)[^.!?]{0,16}((里面|里头|轿厢内|入面)[^,.!?]{0,3}(有|还有)|在(里面|里头|轿厢里|入面))|" +
            "(按|拉|摁)了?[^,.!?]{0,4}警铃[^,.!?]{0,4}(没人|没有人|无人)(应|理|接|管|回)|" +
            "电梯[^,.!?]{0,8}从[^,.!?]{0,4}楼[^,.!?]{0,4}(掉|坠|滑|冲)|(?<=电梯[^.!?]{0,20})从[^,.!?]{0,4}楼[^,.!?]{0,2}(掉|坠|滑|冲)(到|下)|(扶梯|电梯)[^,.!?]{0,4}(倒转|逆转|反转|倒行|倒溜|溜梯)",
            // Fire, smoke and the smell of burning (not cooking fumes), and the alarms that say so.
            "(?<!打不|点不)[著着]火|着伙|着活了|起火|失火|火灾|放火|纵火|点了一把火|放了一把火|" +
            "把[^,.!?]{0,6}(点着|烧着|引燃)|引燃|烧着了|烧起来|(哪家|谁家|车|房子|楼|屋|油锅|锅里|档口|厨房)[^,.!?]{0,2}(?<![睡找看见等碰遇赶接])着了|火[^,.!?]{0,2}(有|窜|蹿|烧)[^,.!?]{0,4}(米|层楼|人)多?高|自燃|火苗(?!(是|有点|有些|很|太|偏|一直|总是){0,2}(发黄|发红|黄|红|小|弱|不稳|忽大忽小|不旺|不够))|" +
            "明火|火光|火星子?[^,.!?]{0,2}(掉|溅|飞|飘)|冒火星|冒了?[个一]?火[花星]|(?<!(烧纸|烧香|烧烤|烤串|抽烟|吸烟|炒菜|做饭)[^,.!?]{0,3})冒.{0,2}烟|(全是|都是|满是|好多|很多)烟(?![味头蒂])|" +
            "(楼道|走廊|楼梯间?|电梯间|电梯里|房间|屋里|家里|车库|地库|配电房|电表箱|机房)里?(有|进|飘进来|灌进来)了?烟(?![味头蒂民酒花囱草盒道机])|" +
            "(?<!(油|香|炊|抽|吸|(烧纸|烧香|烧烤|烤串|抽烟|吸烟|做饭|炒菜|烟花|鞭炮|艾灸)[^.!?]{0,8}))烟[^,.!?]{0,3}(呛得|熏得)|" +
            "浓烟|烟(?<!(油|香|抽|炊|(烧纸|烧香|烧烤|抽烟|吸烟)[^.!?]{0,8})烟)(很|好|特别|非常|越来越)大|好大的烟|黑烟(?!味)|烟雾(?!报警|探测|感应)|(?<!油)烟从[^,.!?]{0,6}(冒|涌|窜)|(?<!油)烟[^,.!?]{0,6}冒出来|" +
            "(火警|消防警报|烟感|警铃|报警器)[^,.!?]{0,4}(响|叫)|烧(塑料|焦|胶|橡胶|电线)|焦味|糊味|㶶味|㶶焦|烧㶶|烟[^,.!?]{0,4}涌出|烧黑|胶皮味|烧得?发黑|" +
            "(?<!请问[^,.!?]{0,6})(烧|焚烧)[^,.!?]{0,3}(垃圾|树叶|落叶|秸秆|杂物|纸箱|轮胎)|(点|生|烧)了?[^,.!?]{0,2}(火堆|篝火(?!晚会|活动))|" +
            "(楼梯间|楼道|走廊|消防通道|疏散通道)[^.!?]{0,40}((电暖器|电暖气|取暖器|电炉|小太阳)[^,.!?]{0,8}(开着|烧着|用着)|(开着|烧着|用着)[^,.!?]{0,3}(电暖器|电暖气|取暖器|电炉|小太阳))",
            // Electricity: shocks, sparks, live or burnt wiring, batteries that swell or blow up.
            "漏电(?!保护|开关|断路)|(?<!防)触电|(插进|塞进|捅进)了?[^,.!?]{0,3}(插座|插孔)|(?<![停断来通])电到|带电|被电(?![动瓶])|电麻|麻电|(手|身上)[^,.!?]{0,3}麻了一下|(一碰|一摸|碰到|摸到|碰了一下|摸了一下)[^,.!?]{0,3}麻(?!烦|将|辣|花)|(热水器|花洒|淋浴|洗衣机|出水|水龙头)[^,.!?]{0,10}(扎手|电手|麻手)|(插座|插孔|插排|电线|开关|电箱|电表箱|配电箱|线路)[^,.!?]{0,3}漏点|" +
            "(插座|插头|电线|开关|电箱|电闸|线路|配电箱|电表箱)[^,.!?]{0,6}打火|噼里啪啦|噼啪|[冒打出]火花|" +
            "冒出[^,.!?]{0,4}火花|电火花|" +
            "(配电|电箱|电柜|电表箱|变压器|插座|开关|电闸)[^,.!?]{0,6}(滋滋|噼啪|蓝光|电弧)|" +
            "(电表箱|电箱|插座|电线|配电|开关|电闸|线路|电机|电动车|电瓶)[^,.!?]{0,4}冒火|电线(裸露|外露|掉落|冒火)|(配电箱|电箱|电表箱)[^.!?]{0,16}线头[^,.!?]{0,2}(露|裸露|外露)|电线[^,.!?]{0,2}露(出来|在外)|(铜线|铜丝|线芯)[^,.!?]{0,4}(露|裸)|(绝缘皮|绝缘层|线皮|电线皮)[^,.!?]{0,6}(破|咬|烂|掉|脱)|" +
            "(电线|高压线|电缆)[^,.!?]{0,3}(垂|掉|断|裸露|耷拉)|(高压线|电线|电缆)被[^,.!?]{0,4}(刮断|扯断|砸断|压断|挖断)|(垂|耷拉|掉)[^.!?]{0,16}(缠着|挂着|带着)电线|(电线|线皮|插头|插座)[^,.!?]{0,4}(发黑|烧黑|烧焦)|" +
            "(电池|电瓶|充电器|充电宝|插头|插座|电线|线皮|插线板)[^,.!?]{0,6}(鼓包|发烫|烫手|发热|熔化|融化|烧化)|" +
            "(电池|电瓶|充电宝|锂电池)[^,.!?]{0,4}(炸|爆)|" +
            // "在楼道里给电动车电池充电，……晚上就这么充着，太吓人了": an e-bike charged indoors, with the writer's fear said.
            "(电动车|电瓶车|电瓶|电池)[^.!?]{0,30}充(电|着)[^.!?]{0,20}(?<!不用|不必|不会|用不着|不再|再也不)(吓人|吓死|害怕|心惊胆战|不敢睡|提心吊胆)",
            // Water where people or wiring are: floods, drowning ("防溺水" is a leaflet), water in a switch room or a lift shaft.
            "(漫|淹|没)到(车轮|轮胎|膝盖|腰|小腿|车门)|(浸|淹|漫)到[^,.!?]{0,2}(半个|一半|大半个)(辘|轮|轮胎|车轮)|" +
            // "我阿爸喺大堂跌親": Cantonese 親 after a verb is someone hurt by it (not 亲戚, 亲自 or a near miss).
            "(?<!差啲|差点|差一点|险些|几乎|容易|怕)(跌|仆|扑|撞|烫|辣|割|跣)亲(?!戚|人|自|手|眼|身|口|子|爱|情|近|切)|(车轮|轮胎|轮子|车)[^,.!?]{0,3}(泡|淹|没)(了|在水里)?[^,.!?]{0,2}(一半|半截|一大半|大半)|(水|积水)[^,.!?]{0,6}(能|可以)(划船|开船)|[淹没]到(膝盖|腰|胸)|" +
            "(没过|漫过|淹过)(车轮|轮胎|膝盖|腰|小腿|车门)|(地库|车库|地下室|电梯井)[^,.!?]{0,2}(淹|进水|灌水)|" +
            "(漫|灌|流)进[^,.!?]{0,2}(电梯井|配电)|往[^,.!?]{0,2}(电梯井|配电[房室间柜箱]|变电[房室箱]|强电井)里?[^,.!?]{0,2}(灌|流|漫|渗)|" +
            "(配电房|配电室|配电间|配电柜|配电箱|电箱|变压器)[^,.!?]{0,6}(都是水|全是水|积水|进水|有水)|" +
            "(配电房|配电室|配电间|变电箱|变压器|高压电)[^.!?]{0,12}(小孩|孩子|小朋友)[^,.!?]{0,4}(钻|进|爬|玩)|(配电房|配电室|配电间|变电箱|变压器)[^,.!?]{0,6}门[^,.!?]{0,6}(开着|敞着|没锁|没关|撬开)[^.!?]{0,24}(小孩|孩子|小朋友|小学生)|(小孩|孩子|小朋友)[^,.!?]{0,6}(钻|进|爬)[^,.!?]{0,6}(配电房|配电室|配电间|变电箱|变压器)|" +
            "(水|积水)[^,.!?]{0,6}(漫|淹|泡|灌|流|渗|喷|滴|溅)[^,.!?]{0,4}(配电|电箱|电线|插座|插苏|电掣|电闸|变压器|电表|充电桩|吊灯|灯具|灯座)|" +
            "水顺着[^,.!?]{0,3}(灯|电线|插座|电箱|配电)|(滴水|漏水|渗水)[^,.!?]{0,8}(是|在|到|进)[^,.!?]{0,2}(吊灯|灯具|灯座|插座|开关|电箱|配电|电闸)|" +
            "(配电|电箱|电表箱|电线|插座|电闸|吊灯|吸顶灯|灯罩|灯具|灯座|灯管|开关|充电桩)[^,.!?]{0,4}((?<!灯)泡|淹|进水|浸|在?滴水|在?漏水|在?渗水|冒水|往下滴|积了?水)|(喷|淋|浇|溅|滴)(到|在)了?[^,.!?]{0,6}(配电|电箱|电柜|电闸|插座|电表|控制箱|控制柜)|水[^.!?]{0,10}(旁边|边上|附近|底下|下面|下方)(就是|有|是)[^,.!?]{0,2}(配电箱|电箱|配电柜|电表箱|插座|电闸)|落水|(?<!防[^,.!?]{0,5})溺水|沉下去|" +
            "沉到(水底|池底)|(趴|泡|漂|浮)在水(里|中|面上?)[^,.!?]{0,3}(不动|没动静|没反应)|(一动不动|脸朝下)[^,.!?]{0,3}(浮|漂)|(浮|漂)在水面上[^,.!?]{0,3}(不动|一动不动)|冰(面)?[^,.!?]{0,4}(裂|破)|" +
            "冰面?上[^,.!?]{0,6}(孩子|小孩|人|学生|初中生|小学生|小朋友)[^,.!?]{0,4}(跑|玩|走|滑|溜|跳|打闹)|" +
            "(深水区|水里|池里|河里|湖里)[^,.!?]{0,6}(扑腾|挣扎)|呛水|" +
            "(小孩|孩子|小朋友)[^,.!?]{0,4}一个人[^,.!?]{0,4}(湖|河|池|水|塘)边|(湖|河|池|水|塘)边[^.!?]{0,20}(没大人|没有大人|没人看着)",
            // Electricity and water found by the forty-fifth to sixtieth probes: wiring on fire (走火; a drill's is not), an appliance
            // that tingles to the touch, water running into a switch room.
            // "煙頭周圍掉，好易火燭": Cantonese for a fire about to start ("小心火燭" is a notice, negated as 小心 is).
            "(好易|容易|会|随时|好大机会|迟早)火烛|" +
            // "空调出风口在滴水，正好滴在插线板上": water onto a live socket; "飞线充电，……地上全是水": a flying lead over wet ground.
            "(飞线|拖线板|插线板|插排|接线板)[^.!?]{0,30}(地上全是水|全是水|积水|泡在水里|泡水|水里)|(积水|全是水|泡在水里)[^.!?]{0,20}(飞线|拖线板|插线板|插排|接线板)|" +
            "(滴|漏|流|渗|溅|淋)[^,.!?]{0,6}(在|到|进)了?[^,.!?]{0,2}(插线板|插座|插排|排插|电源插|配电箱|电箱|电表箱|电闸)|" +
            "(电线|线路|插座|电箱)[^,.!?]{0,3}走火|摸着?[^,.!?]{0,2}麻手|(漏水|积水|水)[^,.!?]{0,4}(流|漫|渗|淌|漏)?(至|到|进)了?[^,.!?]{0,2}(配电间|配电房|配电室|电井|强电井|电梯井|电表房)|" +
            // "地库B2有积水约5公分，靠近配电柜", "喷淋头在漏水，……下面就是插线板".
            "(积水|漏水|滴水|渗水)[^.!?]{0,16}(靠近|挨着|旁边就是|下面就是|下面是|旁边是)[^,.!?]{0,3}(配电柜|配电箱|配电房|配电间|电表房|电表箱|电箱|插线板|插座|开关柜)|" +
            // Something loose, swaying or cracked with people below: "玻璃幕墙有一块在晃，底下就是商场入口", "吊顶松动下垂，下方正在开会",
            // "灯箱掉了一半，挂在门头上晃，下面人来人往的", "空调外机支架严重锈蚀，外机倾斜，下方为人行通道" (not a sign "有点歪了，不太
            // 好看": crooked, not falling).
            "(晃|摇晃|晃悠|松动|松脱|脱开|裂了|裂开|(?<!有点|有些|稍微|略微|一点)(歪了|歪着|倾斜)|快掉|掉了一半|要掉|断了)[^.!?]{0,20}(下面|底下|下方|楼下)(就|还|正|全)?(是|有|在|为)?[^,.!?]{0,6}(人行道|人行通道|主路|马路|入口|出入口|公交站|游乐|幼儿园|人来人往|顾客|行人|孩子|小孩|开会|主干道)|" +
            // "旋转门……夹住了一个老太太的腿".
            "夹住了?[^,.!?]{0,6}(腿|脚|手|胳膊|头|孩子|小孩|老人|老太太|老大爷)",
            // Things overhead and structures: something heavy hanging off a building or by its last screws, loose above a path or
            // a playground, a split branch over a pavement, a barrier knocked askew over an entrance, a cracked basement or
            // load-bearing wall letting water in, a lift car's glass cracked, a fraying crane rope.
            // Told with numbers and details: glass still falling, a height barrier knocked askew, a swing's chain broken under
            // a child, people counted inside a stopped lift, windows being smashed now. Icicles over a doorway that fall.
            "(冰溜子|冰锥|冰凌|冰柱|冰挂)[^.!?]{0,24}(?<![敲打清除])(掉下来|往下掉|砸|断下来|落下来)|玻璃(?!杯|瓶|珠)[^.!?]{0,12}(还在|一直|不停)?(往下掉|往下落|掉下来|掉下去)|限高[^,!?]{0,14}(撞歪|歪了|松了|要掉)|" +
            "(链条|链子|绳子?)[^,.!?]{0,6}断[^.!?]{0,16}(孩子|小孩|小朋友|有人)[^,.!?]{0,3}(还在|在)(上面)?(荡|玩|坐)|" +
            "(?<=梯[^.!?]{0,24})里面(还)?有[0-9一两二三四五六七八九十几]+个?(人|老人|小孩|孩子)|有人[^,.!?]{0,2}(正在|在)砸(车窗|车|玻璃|门|窗)|砸(车窗|车|玻璃|门|窗)[^.!?]{0,16}(快去|快来|赶紧去|快点来)|" +
            "(热水器|外机|空调|广告牌|招牌|花盆|玻璃|板|架)[^.!?]{0,12}(挂|悬|吊)在[^,.!?]{0,4}(楼边|楼外|外墙|半空)[^,.!?]{0,3}(晃|摇)|(外机|外机架|空调架|支架)[^,.!?]{0,8}(歪|松|锈断|锈穿|摇晃|晃)[^.!?]{0,16}(下面|底下|楼下|随时|砸)|(只剩|就剩)[^,.!?]{0,3}(一颗|一个|一根|两颗)[^,.!?]{0,3}(螺丝|钉子|绳子|角)[^,.!?]{0,2}(挂|吊|连|撑)|(窗户|窗扇|整扇窗|窗框)[^,.!?]{0,8}(挂|吊|悬)在[^,.!?]{0,2}(外面|外边|楼外|半空)|(树枝|树干|枝干|大树)[^,.!?]{0,6}(裂开|断了|折断|快断|劈开)[^.!?]{0,16}(人行道|马路|路上|行人|头顶|风一吹|随时)|松(了|动)[^.!?]{0,12}下(面|方|边)(是|就是|有)[^,.!?]{0,4}(游乐场|人行道|门口|小孩|孩子|行人|路|广场)|(限高杆|横梁|招牌|灯箱|广告牌|雨棚)[^,.!?]{0,6}(撞歪|撞断|撞掉)[^.!?]{0,12}(挂|吊|悬)在[^,.!?]{0,6}(上方|头顶|上面|半空)|(地下室|地库|车库|承重)[^,.!?]{0,3}(墙|墙体|梁|柱子)[^,.!?]{0,2}裂了?[^,.!?]{0,4}(大缝|大口子|一道缝|裂缝)[^.!?]{0,16}(渗水|进水|漏水|往外鼓|上面就是|上面是)|(电梯|轿厢)[^,.!?]{0,4}玻璃[^,.!?]{0,2}(裂|碎)|(钢丝绳|吊绳|吊索)[^,.!?]{0,3}(起毛|断丝|断股|快断)|(快断|要断了|快要断)[^.!?]{0,16}(孩子|小孩|小朋友|人)[^,.!?]{0,4}(还在|在上面|在下面)|(晃得厉害|摇摇晃晃|一直在?晃)[^.!?]{0,8}(小孩|孩子|小朋友)[^,.!?]{0,3}(还在|在上面)",
            // People hurt, shut in or at risk: hit or grazed by a vehicle (a barrier or a parked car hit is not), a foot crushed,
            // a broken bone, a fall in a bathroom, a wheelchair going over, a car skidding into a wall or rolling down a ramp,
            // scalded, shut in a lift for a time, leaning out of a window, locked out in the cold.
            "(老人|孩子|小孩|行人|我|他|她|奶奶|爷爷|大爷|阿姨)[^,.!?]{0,4}被[^,.!?]{0,10}撞(倒|伤|飞)|被(?<!(车|车子|车位|车门|车头|车尾|后视镜|护栏|道闸|栏杆|墙|柱子)被)[^,.!?]{0,4}(叉车|货车|汽车|轿车|面包车|电动车|摩托车|三轮车|车)撞(?!坏|歪|弯|断|掉|瘪|凹)|(擦|刮|蹭)到了?[^,.!?]{0,3}(学生|孩子|小孩|行人|老人|人)(?!家)|(脚|腿|手(?!机|套|续|表|推车))[^,.!?]{0,4}(压|轧|碾)(了|伤|断|住)|(压|轧|碾)(伤|断)了?[^,.!?]{0,2}(脚|腿|手)|摔断了?[^,.!?]{0,2}(手|腿|胳膊|脚|骨|肋骨)|(浴室|卫生间|厕所|浴缸)里?摔(了|倒)|连人带(车|椅|轮椅)[^,.!?]{0,3}(滑|翻|摔|掉)|(打滑|滑下去|溜车)[^.!?]{0,12}撞(到|上|在)了?[^,.!?]{0,3}(墙|柱子|车|人)|车[^,.!?]{0,3}往下溜|被[^,.!?]{0,4}烫(到|着)了(?!一下)|把人关(在)?[^,.!?]{0,4}里(面|头)|(电梯|轿厢)里?(被)?关了[^,.!?]{0,3}(一个|半个|[0-9一二三四五六七八九十几两]+)多?(个)?(小时|钟头|分钟)(?!的)|窗[^.!?]{0,12}(往外|向外)?探(出)?(身子|半个身子|头)|(锁|关)在门外[^.!?]{0,16}(零下|冻|寒风|暴雨|雨里)",
            // Animals: a snake or hornets near children, rabies, a bite.
            "(狗|猫|蛇)[^.!?]{0,12}把[^,.!?]{0,6}(人|孩子|小孩|小学生|老人|阿姨|快递员|我|他|她)咬(了|伤)|(蛇|毒蛇|马蜂|野猪)[^.!?]{0,12}(孩子|小孩|小朋友|儿童|老人)[^,.!?]{0,6}(旁边|附近|在玩|还在)|狂犬病|疯狗|(流浪狗|野狗)[^,.!?]{0,3}口吐白沫|(老鼠|狗|猫|蛇)[^.!?]{0,10}咬了[^,.!?]{0,8}(手|腿|脚|人|孩子|小孩|老人|阿姨)",
            // Help that cannot reach: a patient who cannot get out for treatment, an emergency call button unanswered.
            "(出不去|进不来|出不来|过不去)[^.!?]{0,8}(透析|急救|抢救|送医|急诊)|(透析|急救|抢救|送医|急诊)[^.!?]{0,8}(出不去|进不来|出不来|过不去)|(紧急呼叫|呼救|一键呼叫|sos)[^,.!?]{0,8}没人(来|应|管|接|理)",
            // Gas, fuel, fumes and explosions. A boiler's gauge in the red is a danger; an extinguisher's only wants refilling.
            // Typed in haste 燃气 comes out as 燃起, 燃汽 or 然气, and in pinyin initials as mq or rq: read as gas only before 味
            // or a leak.
            "(?<![a-z])(mq|rq)(味|泄[漏露]|漏了)|(燃|煤|天然)[气汽]泄[漏露]|瓦斯[^,.!?]{0,2}(外泄|泄漏|泄露|漏|味)|燃气味|煤[气汽]味|(煤气|煤汽|煤起|燃气|燃起|燃汽|天然气|然气)为(?![什了止何主准期时难人])|天然气味|液化气味|(燃起|燃汽|然气|煤起)味|(?<!(试|测|检查|检测|查)(了|过)?(一下|一遍)?)漏气|臭鸡蛋味|像臭鸡蛋|嘶嘶|咝咝|" +
            "(燃气|煤气|天然气|热水器|炉子)[^.!?]{0,24}(头[^,.!?]{0,3}晕|恶心|想吐)|(煤气罐|液化气罐|燃气罐)[^,.!?]{0,8}(晒|太阳底下)|(煤气罐|液化气罐|燃气罐)[^.!?]{0,16}(抽烟|明火|烟头)|" +
            "(燃气|煤气|天然气|液化气)[^.!?]{0,16}(关不上|关不掉|关不了|在漏|漏了)|" +
            // "家里老人煤气灶忘关了，人出去了，门锁着": a stove left burning in a home nobody is in (not one already turned off).
            "(燃气|煤气|天然气|液化气)灶?[^,.!?]{0,4}(忘关|忘了关|没关)(?![^.!?]{0,12}(已经?|刚刚?|马上|后来)[^,.!?]{0,3}关(了|好|掉|上))|" +
            "(燃气|煤气|天然气|液化气)[^.!?]{0,12}(还有气|有气出来|在冒气)|(燃气|煤气|天然气|液化气|瓦斯)(表|管|阀门?|灶|罐)?[^,.!?饭菜汤没无]{0,12}(味道|气味|有味|臭味|阵味|异味|怪味)|(燃气表|天然气表|煤气表)[^,.!?]{0,4}转|" +
            // "瓦斯管线好像有问题，厨房一直有味道": the pipe named, the smell in the next clause.
            "(燃气|煤气|天然气|液化气|瓦斯)(表|管线?|管道|阀门?|灶|罐)[^.!?]{0,16}(一直|还是|总是|老是|又)?(?<!没)有(味道|气味|臭味|异味|怪味)|" +
            "燃气管[^,.!?]{0,4}(断|破|裂|漏)|(燃气|煤气|天然气|液化气)[^,.!?]{0,4}(软管|管子|管道)[^,.!?]{0,6}(断|破|裂|漏|咬|洞)|[挖弄碰]断[^,.!?]{0,3}燃气|" +
            "(燃气|天然气|煤气)管(道|线|子)?[^,.!?]{0,8}(断|破|裂|穿)|" +
            "(燃气|煤气|天然气)[^.!?]{0,24}(一股味|有味道|味道很大|味很大|一股怪味)|汽油味|柴油味|" +
            "(汽油|柴油)[^,.!?]{0,4}(漏|一地|一滩)|(漏|一地|一滩|一大滩)[^,.!?]{0,2}(汽油|柴油)|" +
            "(囤|堆|放)[^,.!?]{0,6}(汽油|柴油|煤气罐|液化气罐)|(汽油|柴油|煤气罐|液化气罐)[^,.!?]{0,4}(囤|堆)|" +
            "(楼道|走廊|电梯|地下室|车库)[^,.!?]{0,6}(煤气罐|液化气罐)|(楼道|走廊|电梯|地下室|车库)里?[^,.!?]{0,4}有人[^,.!?]{0,4}(酒精炉|卡式炉|炭炉|生火|烧火|煤气灶|燃气灶|煤炉|炭盆|炭火)|(地下室|地库|车库)[^.!?]{0,16}(电炉|煤气灶|燃气灶|煤炉|炭盆|炭火)[^,.!?]{0,2}(做饭|取暖|烧水)|(煤气罐|液化气罐)[^,.!?]{0,4}(放|摆|堆)在[^,.!?]{0,2}(楼道|走廊|电梯|地下室|车库)|(锅炉|压力容器|储气罐)[^.!?]{0,16}(红区|红线|超压)|" +
            "(?<!防[^,.!?]{0,5})(中毒|一氧化碳(?!报警器|探测器|报警仪|检测仪))|头晕(呕吐|恶心|想吐)|(头晕|头痛)[^,.!?]{0,2}(呕吐|恶心)|熏(倒|晕)|" +
            "烧炭|(玻璃|灯罩|灯管|屏幕|热水器|锅炉|气瓶|煤气罐)[^,.!?]{0,6}(炸裂|自爆|爆裂|爆炸)|自爆|爆炸|" +
            "(高压锅|锅炉|热水器|气瓶|煤气罐|液化气罐|变压器|微波炉|电磁炉|电饭煲|电水壶|空调|冰箱|电视|电器)[^,.!?]{0,4}炸(了|开|裂)(?!个?保险)|" +
            "(变压器|配电箱|配电柜|开关柜|电表箱|电缆)[^.!?]{0,16}(冒油|漏油|喷油)|沼气|(化学品|化学液体|腐蚀性|强酸|硫酸|盐酸)[^,.!?]{0,8}(泄漏|泄露|漏了|漏出|洒|撒|溅|流出|冒烟|冒气|刺鼻|烧伤|灼伤|倒了)|(泄漏|洒了|溅到|撒了|打翻|滴|泼)[^,.!?]{0,6}(化学品|化学液体|强酸|硫酸|盐酸)|(氨气|氯气|硫化氢|有毒气体|毒气)[^,.!?]{0,4}(泄漏|泄露|漏了|外泄|超标)|(氨气|氨水|氯气|硫化氢|有毒气体|毒气)[^.!?]{0,12}(头晕|恶心|呕吐|呛|喘不上气|晕倒|晕了|睁不开)|" +
            "(好几个|几个|很多|好多|[两三四五六七八九十]个)(人|工人|员工|孩子|学生|住户|顾客)[^,.!?]{0,4}(头晕|恶心|呕吐|喘不上气|晕倒)(?![^,.!?]{0,10}吗)|" +
            "(锅炉|压力表|压力容器|储气罐)[^,.!?]{0,4}(爆了|炸了|爆裂)|蒸汽[^,.!?]{0,4}喷|(热水(?!器)|开水)[^,.!?]{0,4}(喷|呲|滋)[^,.!?]{0,3}(满|一地|一屋|一身|一走廊|到处|老高)|" +
            // Firecrackers set off under a building, among cars and chargers.
            "(地库|车库|楼道|电梯|地下室|走廊)里?[^,.!?]{0,6}(放|点)[^,.!?]{0,2}(鞭炮|炮仗|烟花|摔炮|二踢脚)",
            // Things falling on people: thrown from above, blown off, coming loose, buildings giving way. A car's smashed glass
            // ("好几辆车的玻璃被砸了") is a break-in, not glass falling, and a wall "从早砸到晚" is hammered till night.
            "高空抛物(?!的?(监控|摄像|宣传|标语|提示|告示|海报|演练|培训|知识|治理))|" +
            "高空扔|抛物(?!的?(监控|摄像|宣传|标语|提示|告示|海报|演练|培训|知识|治理))|往下扔|往楼下扔|[扔丢抛甩撇](?<!(差点|差一点|险些)[^,.!?]{0,4}.)[^,.!?]{0,8}下来|" +
            "从(高楼|楼上|窗户|阳台)[^,.!?]{0,4}扔|往下(泼|丢|砸|撇|撂|甩)|砸伤|坠物|掉下来砸|高空坠落|砸到(?!(晚|天黑|半夜|深夜|凌晨|天亮|中午|下午|几点|[0-9一二三四五六七八九十]+点))|" +
            "砸在[^,.!?]{0,3}(脚边|身边|旁边|面前|跟前)|(吹|刮)掉下来|被风吹(掉|落|倒)|摇摇欲坠|" +
            "随时(会|可能|都会|要)?(掉|倒|塌|砸)|快(要)?(掉|塌)下来|(脚手架|灯|吊灯|广告牌|招牌|外机|玻璃|板|架|牌|钢|管|树枝|吊篮|雨棚)[^,.!?]{0,10}晃来晃去|" +
            "(塔吊|吊车)[^,.!?]{0,10}(楼顶|头顶|上空|上方|吊着)|(塔吊|吊车)[^,.!?]{0,2}(晃|歪|倾斜)|(塔吊|吊车)在(大)?风(里|中)[^,.!?]{0,4}(晃|摇|摆)|掉(到|在|下)楼下|" +
            "(保温层|墙皮(?![^,.!?]{0,4}掉了?(一小块|一点|些|点))|墙砖|外墙|吊顶|天花板|顶棚|混凝土|石块|水泥块|吊灯|石膏|灯具|吊扇|石屎)[^,.!?]{0,6}(?<!(?<!风[^,.!?]{0,12})把[^,.!?]{0,12}[刮蹭铲撕抠磨拆])(掉|剥落)|(打中|砸中|击中)[^,.!?]{0,2}(途人|路人|行人|人)|" +
            "掉[^,.!?]{0,2}(混凝土|水泥块|石块|墙皮|瓷砖)|往下掉[^,.!?]{0,2}(水泥|混凝土|渣|石|砖|瓦|玻璃)|" +
            "(楼上|高空|天上)[^,.!?]{0,3}掉下来|" +
            "((?<!(车|车的|车窗|车子的?))玻璃(?!杯|瓶|珠|碗)|外墙|石材|瓷砖|墙砖|广告牌|招牌|灯箱|空调外机|花架|花盆|晾衣架)[^,.!?;]{0,8}(掉下|刮下|脱落|坠落|砸|松脱|松动|松了|晃动|摇晃|晃晃|晃得)|" +
            "(幕墙|雨棚|天窗|采光顶|玻璃顶)[^,.!?]{0,6}(掉|碎|裂)|(支架|架子|外机)[^,.!?]{0,6}(往外|向外)[^,.!?]{0,2}(斜|歪|倾)|(支架|挂架|吊架)[^,.!?]{0,3}断|" +
            "(斜挂|悬|吊|挂)在半空|(?<!(有点|有些|轻微|略有|略微|稍微|稍有|少许)[^,.!?]{0,1})(下沉(?!广场|式)|沉降(?!观测|监测|缝))|塌陷|塌下|塌了|坍塌|倒塌|(砸|拆|打|凿|挖)[^,.!?]{0,4}承重墙|" +
            "承重墙[^,.!?]{0,4}(砸|拆|打|凿|挖|裂)|" +
            "(保温板|保温层|外墙板|彩钢板|铁皮|屋顶板|瓦|太阳能板|光伏板)[^,.!?]{0,6}(掀|刮起|吹起|飘)|(脚手架|围挡|围墙|广告牌|电线杆|塔吊)[^,.!?]{0,4}(倒了|倒下|倒塌)|(广告牌|招牌|灯箱|雨棚)[^.!?]{0,16}(脱开|脱落|松脱|裂开|翘起)[^.!?]{0,12}(下面|底下|楼下)[^,.!?]{0,4}(是|就是|有)[^,.!?]{0,4}(人行道|行人|路|门口|入口|广场)|(有人|长期)[^,.!?]{0,6}吸毒|" +
            // A car park under water deep enough to name ("免费开了个游泳池，就在地下车库，水深半米"),
            "(车库|地库|地下室|停车场)[^.!?]{0,16}水深(半米|一米|[0-9]+(厘米|公分|cm|米)|[一二三四五六七八九几]十?(厘米|公分)|过膝|到膝盖|齐腰|到腰)|" +
            // water running out of a light fitting ("水从我家灯座里往下流"),
            "水[^,.!?]{0,8}(灯座|灯具|灯罩|灯口|吸顶灯|吊灯|灯槽|灯盒)[^,.!?]{0,3}(往下|流|滴|渗|冒|漏)|(灯座|灯具|灯罩|灯口|吸顶灯|吊灯|灯槽|灯盒)(里|里面|里头)?[^,.!?]{0,3}(在)?(往下)?(流水|滴水|渗水|冒水|漏水|淌水)|" +
            // water that made people ill, gas named in English, someone caught in a door or shut in, someone slumped in a car,
            // a switch room under water, a child who has not come up, a broken trampoline still in use, wires bare in a
            // pried box, a gas cylinder in a car park.
            "喝了[^,.!?]{0,6}(拉肚子|腹泻|上吐下泻|呕吐|吐了)|喝了[^.!?]{0,4}(肚子疼|肚子痛|胃疼|胃痛)[^.!?]{0,10}(拉肚子|腹泻|上吐下泻|呕吐|吐了)|gas的?(味道|味|泄漏)|(人|员|孩子|老人|小孩|顾客)被夹(住|了|到|伤|在里面|在中间|在门)|(车里|车内|里面)[^,.!?]{0,4}(好像|似乎)?有人(趴|躺|倒)着|" +
            "(配电房|配电室|配电间|变电室|电房|配电箱)[^.!?]{0,10}(积了[^,.!?]{0,4}水|泡在水|积水)|半天没(浮|冒)(上来|出来|出水面)|(蹦床|滑梯|秋千|护栏|围网)[^,.!?]{0,8}(破|断|裂|露出来|露出)[^.!?]{0,12}(孩子|小孩|小朋友)[^,.!?]{0,4}(还在|在)(上面|里面)?(跳|玩|爬|荡)|" +
            // A home broken into and lived in ("空置的房子被人撬门住进去了").
            "被人?撬(开)?(门|锁)?[^,.!?]{0,4}(住进去|住进来|住了人|进去住)|" +
            "(配电箱|电箱|电表箱)[^.!?]{0,12}(被撬|撬开|开着|没关)[^.!?]{0,12}电?线[^,.!?]{0,3}都?(露|裸露|外露)|有人被关(住|在里面)|(液化气罐|煤气罐|液化气)[^.!?]{0,12}(车库|地库|车旁|车边|地下室)|(车库|地库|地下室)[^.!?]{0,12}(液化气罐|煤气罐)|吊篮[^,.!?]{0,8}(断|歪|倾斜|翻|卡住)|(安全绳|吊绳|钢丝绳)[^,.!?]{0,2}断|" +
            "玻璃[^,.!?]{0,8}(吹碎|碎了一地|爆了)|碎片[^,.!?]{0,4}(飞|溅)|" +
            // "整块玻璃都在往外鼓，人来人往的随时可能碎", "半个身子在水里", "整个平台在晃，现在还有好几个孩子在上面玩".
            "(整块|幕墙|门|窗)玻璃(都|也|已经|正在|在)*(往外鼓|鼓出来)|玻璃(门|窗|幕墙)[^.!?]{0,16}(往外鼓|鼓出来|随时(可能|会)?(碎|爆|炸))|(滑|掉|跌|摔|落)(下去|进去|下来)?了?[^.!?]{0,8}半个?身子(都)?(泡)?在(水|河|湖|池|塘)里|" +
            "(整个|平台|架子|滑梯|秋千|看台|舞台|棚子)[^,.!?]{0,6}(在晃|晃动|晃得厉害|摇摇晃晃)[^.!?]{0,20}(孩子|小孩|小朋友|人)[^,.!?]{0,6}(?<!不|没)在上面|" +
            // "有人用气枪打鸟，子弹都打到我家窗户上了": shots fired where people live.
            "(气枪|汽枪|弹弓|钢珠枪|bb弹|铅弹|钢珠)[^.!?]{0,16}(打到|打中|打在|射到|射中|打碎|打穿|打伤|伤到|差点打)|" +
            "砸中|砸人|(广告牌|招牌|灯箱|空调外机|外机)[^.!?]{0,16}螺丝[^,.!?]{0,3}(松|掉|锈)|(一块块|一块一块|接连)[^,.!?]{0,3}(往下)?掉|(吊灯|吊顶|灯箱|广告牌|招牌)[^,.!?]{0,3}(在晃|晃了)[^.!?]{0,12}(底下|下面)[^,.!?]{0,6}人|(挡土墙|围墙|外墙|墙体|楼体)[^,.!?]{0,10}(倾斜|歪了|外倾)",
            // People who fell or are hurt, open holes and edges, limbs caught in machines or doors, traffic. A scratched car
            // or a torn sofa is not a person hurt: cuts count only with a body part. A hand that "容易卡进去" is a hazard to
            // report, like a near fall.
            "倒地|(?<!(猫|狗|鸟|宠物|鸽子|猫咪|狗狗)[^,.!?]{0,2})受了?伤|(人|阿姨|大爷|大妈|老人|孩子|小孩|员工|顾客|保安|保洁)[^,.!?]{0,4}(直接|一下子|突然)(坐|瘫|倒|躺)(在)?地上|栽(下去|下来|倒)(?![^,.!?]{0,2}(吗|没))|(玻璃护栏|护栏|栏杆|围栏)[^,.!?]{0,6}(不见了|没了|缺了|掉了|少了)[^.!?]{0,20}(小孩|孩子|小朋友|人)[^,.!?]{0,4}(跑|玩|走|靠|趴)|(手|头|脸|身上|腿)[^,.!?]{0,3}(全是|都是|满是)血|(孩子|小孩|小朋友|学生)[^,.!?]{0,10}(工地|施工)[^,.!?]{0,6}(坑|沟|井)边|(在|到)窗台上[^,.!?]{0,2}(站|坐|爬|蹲|玩)|电梯[^.!?]{0,20}(一个人|还|人)在里面(?![^,.!?]{0,2}(抽烟|吸烟|食烟))|(电梯|升降机|轿厢)[^.!?]{0,4}(stuck|卡住|卡在|停在|困在)[^.!?]{0,20}里面(有|还有|关着)|踩到[^,.!?]{0,8}钉子|扎(穿|进|破)[^,.!?]{0,2}(脚|手|鞋)|(楼顶|天台|屋顶)[^.!?]{0,18}(追逐|打闹|追跑)|(楼顶|天台|屋顶)[^.!?]{0,8}(门|闸|铁闸|铁门)[^,.!?]{0,3}(没锁|没有锁|没上锁|一直开着)[^.!?]{0,12}(孩子|小孩|细路|小朋友)[^,.!?]{0,6}(上去|跑上去|爬上去)|车[^,.!?]{0,2}(蹭|刮|碰)倒|(有人|老人|孩子|小孩|同事|顾客)[^,.!?车]{0,2}晕了|(墙|楼|房子|围墙|树|广告牌|脚手架)[^,.!?]{0,3}(要|快)倒了|有贼|进贼|抓贼|撞亲|起唔到身|企唔起身|掷(落|中)|掟(落|中)|(电表|电箱|电掣|插座|电线|配电)[^.!?]{0,16}火花|一滩血|一地的?血|满地(是|的)?血|被推倒|(翻|爬|站|坐)[^,.!?]{0,4}(护栏|栏杆|围栏|女儿墙)外|被烫|见血|打出血|(鼻子|头|脸|嘴|额头|嘴角)[^,.!?]{0,4}出血|夹断|夹伤|摔伤|流了?[^,.!?]{0,3}血|淌血|(?<!打了?)骨折|骨裂|骨头裂|从[^,.!?]{0,4}(楼|楼梯|台阶)上?滚下(来|去)|(电线|插排|拉线|飞线)[^.!?]{0,12}(迟早|早晚)(要|会)?出(事|人命)|摔倒|跌倒|滑倒|扑倒|绊倒|摔青|磕破|摔破|撞伤|" +
            "[摔滑跌绊][了过]?[一个]?跤|(后脑勺?|头|脸|膝盖)[^,.!?]{0,2}着地|摔在(地|路上|台阶|楼梯)|摔到地上|崴了|扭伤|" +
            "踩空|[摔跌]进|(?<!防)跌落|(?<!差点|差一点|险些)[摔甩飞]出去|摔成一团|(人|孩子|小孩|老人|宝宝|员|工人|顾客|行人|师傅|保安|司机|大爷|大妈|阿姨|老太太|老大爷)被?压在了?[^,.!?]{0,2}(下面|底下|身下|里面|里头)|(孩子|小孩|小朋友|人|老人)[^,.!?]{0,2}下不来|(探出|伸出)[^,.!?]{0,3}(半个)?身子|往(水里|河里|湖里|池里)走|掉进了?(去了|去一?只脚|去一?条腿|坑|沟|井|河|水|池|湖|检修口|洞|口子|窟窿)|[摔掉倒][^,.!?]{0,6}(起不来|站不起来)|差点掉|掉下去|摔下|" +
            "(?<=(小孩|孩子|老人|宝宝|小朋友)[^,.!?]{0,12})([掉跌摔]下来|(?<!滑梯[^.!?]{0,30})滑下来)|" +
            "((?<!(被|给|让)[他别]?)人|孩子|小孩|老人|业主|顾客|员工|住户|保洁|行人)被?[^,.!?]{0,3}(划伤|割伤|划破|割破)|(手|腿|脚|脸|头|胳膊)[^,.!?]{0,4}(划伤|划破|割伤|割破)|" +
            "(划伤|划破|割伤|割破)了?[^,.!?]{0,2}(手|腿|脚|脸|头|胳膊)|(划伤|划破|割伤|割破)了?[^,.!?]{0,3}(小孩|孩子|小朋友|老人|顾客|行人)|(手|腿|脚|脸|头|胳膊)被?[^,.!?]{0,3}(划|割)(了|出|开)[一个道条]*大?口子|(烫|烧)伤(?!膏|药|[^,.!?]{0,2}(怎么|如何))|夹到|吸住|卷住|" +
            "压(到|伤|住)了?[^,.!?]{0,4}(人|孩子|小孩|老人|腿|脚|员|顾客|师傅)|(有人|孩子|小孩|人|老人)[^,.!?]{0,8}(栏杆|护栏|窗户|阳台|楼顶)[^,.!?]{0,4}(翻|跳|掉)下去|把[^,.!?]{0,6}(人|员|孩子|小孩|老人|顾客|师傅)[^,.!?]{0,2}压(到|伤|住|倒)|(孩子|小孩|人)[^,.!?]{0,6}(一直|半天|好久)没(上来|露头)|(池|水|井)里[^,.!?]{0,8}(一直|半天|好久)没出来|卷进|卷了?进去|卷入|绞进|" +
            "(头|手(?!机|续|表|套|环|链)|脚|腿|胳膊|身子)(?![^,.!?]?(容易|会|可能))[^,.!?]{0,2}卡(在|住|进)|(小孩|孩子|老人|宝宝|有人)被?卡在|" +
            // Someone pinned by what fell: "仓库的货架倒了，压住了一个搬运工的腿" (not "幸好没压到人").
            "(倒了|塌了|倒下来|砸下来)[^.!?]{0,6}(?<!没|没有|未)压(住|着|到)了?[^,.!?]{0,6}(人|工人|搬运工|师傅|员工|孩子|小孩|老人|顾客)|" +
            // An old person living alone who has not answered for days: "家中老人独居，两天联系不上，敲门无人应答".
            "独居[^.!?]{0,8}(两|三|四|几|好几|[2-9])天(都|也)?(联系不上|没联系上|没人接|没开门)|" +
            "(浴室|卫生间|洗澡|厕所|反锁)[^.!?]{0,24}(叫|喊|敲)[^,.!?]{0,4}(不应|没反应|没人应|没动静)|(叫|喊|敲)[^,.!?]{0,4}(不应|没反应|没人应|没动静)[^.!?]{0,24}(反锁|浴室|卫生间)|" +
            "(泳池|游泳池|水池)[^.!?]{0,8}(排水口|出水口|吸水口|回水口)[^,.!?]{0,4}(盖子|盖板|格栅)?[^,.!?]{0,3}(没了|掉了|不见|坏了|丢了|没盖)|" +
            "(往下|从楼上|天花板)[^,.!?]{0,4}(滴|流|渗)[^,.!?]{0,2}(血|红色的?(液体|水))|" +
            "(顶棚|天棚|采光顶|雨棚|天窗|玻璃顶)[^,.!?]{0,4}(玻璃)?[^,.!?]{0,2}(裂|碎)[^.!?]{0,16}(下面|底下|下方)[^,.!?]{0,8}(人|孩子|儿童|小孩|游乐区|通道|走道|顾客)|" +
            "(?<!(横幅|条幅|衣服|被子|床单|旗子?|灯笼|彩带|对联)[^,.!?]{0,4})(挂|吊)在[^,.!?]{0,8}(外墙|楼外|窗外|半空)[^,.!?]{0,3}(晃|荡|摇)|" +
            "(水池|水塘|池塘|河边|湖边|泳池|水边)[^.!?]{0,30}(没有?大人|没人看着?|没家长)|" +
            "(地库|车库|楼道|楼梯间|电梯厅|电梯间|消防通道|走廊)[^,.!?]{0,6}烧(纸|东西|衣服)|" +
            // "难道要等出了人命你们才管吗？消防通道堆满了电动车": the risk to life named in the question before the blocked lane.
            "(出了?人命|出人命)[^.!]{0,12}(消防通道|安全出口|疏散通道|逃生通道)[^,.!?]{0,6}(堵|堆|占|停满|塞满|锁)|" +
            "(人|孩子|小孩|老人)被?夹在|(人|孩子|小孩|老人|学生|小朋友)被(拖|拽|卷)(了|走|进|倒)|夹住了?[^,.!?]{0,3}(小学生|学生|孩子|小孩|老人|小朋友)|" +
            "(手|脚|头|手指|胳膊)[^,.!?]{0,4}(伸|塞|夹|卷)进[^,.!?]{0,6}(扶手带|扶梯|梯级|电梯门)|" +
            "(化粪池|窨井|检查井|污水井|井)(的)?(盖子)?(没盖|没有盖|敞开|敞着|开着)|井盖(丢|缺|没了|掉|不见)|" +
            "[0-9一二两三四五六七八九十]米多?深的?(坑|沟|洞|槽)|(坑|沟|洞)[^.!?]{0,16}(只拉了|没有|没)[^,.!?]{0,4}(围挡|护栏|挡板|警示|盖板)|井盖[^,.!?]{0,3}(偷|盗|撬走|搬走)|井盖子?[^,.!?]{0,10}(给|被)(掀|撬|挪|移)(开|走|了)|井盖[^,.!?]{0,4}(翻了|压翻|掀翻|压碎|碎了|塌了|悬空)|没(系|绑|挂|拴)安全绳|(外墙|高空|楼顶|脚手架|吊篮)[^.!?]{0,12}没(系|绑|挂|拴)安全带|(外墙|高空|楼顶|脚手架|吊篮|边上)[^.!?]{0,12}安全(带|绳)[^,.!?]{0,3}(没|不)(系|绑|挂|拴|戴)|(站|坐|蹲)在[^,.!?]{0,2}(楼顶|天台|屋顶|房顶)[^,.!?]{0,3}(边|边缘|边上|边沿)|(护栏|(?<!(停车场|车库|地库|出口|入口|收费口|岗亭)的?)栏杆|栏板|防盗窗)([^,.!?]{0,3}|有一?[块根段处个]在?)(松|晃|断|坏|裂|脱落|没了)|(护栏|栏杆|栏板)[^,.!?]{0,4}(拆|卸)(了|掉)|" +
            "(没有|没装|缺)(护栏|栏杆)|(爬|站|坐)(到|在|上)[^,.!?]{0,3}(窗台|窗外|阳台外|栏杆外|水箱|屋顶|房顶)|" +
            "(孩子|小孩|宝宝|小朋友)[^,.!?]{0,6}(骑|站|坐|爬)(在|上|到)[^,.!?]{0,3}(栏杆|护栏|窗台|窗户)|" +
            "撞(上|倒)了?[^,.!?]{0,3}(行人|人|小孩|孩子|老人)|撞到人|车祸|失控|" +
            "(坐|躺|倒)在地上[^,.!?]{0,4}(起不来|站不起来|动不了|不动)|(躺|睡|趴|倒)在[^,.!?]{0,4}(马路|车道|路中间|路当中)(?!边|旁)|(快|要|快要)(倒|断|塌)了?[^.!?]{0,16}(底下|下面|下边)[^,.!?]{0,8}(人|孩子|小孩|娃|老人|行人)|(塔吊|吊车)[^.!?]{0,8}(底下|下面)[^,.!?]{0,6}(人|孩子|小孩|娃)|(水箱|屋顶|房顶|楼顶|天台|围墙)[^.!?]{0,16}(小孩|孩子)[^,.!?]{0,4}(在上面|上去)[^,.!?]{0,2}(爬|玩|跑|跳)|" +
            "(楼顶|天台|屋顶|房顶|顶楼|水箱间)[^.!?]{0,20}(小孩|孩子|小朋友)[^.!?]{0,8}(边缘|边沿)|" +
            "(小孩|孩子|小朋友)[^,.!?]{0,8}(楼顶|天台|屋顶|房顶)的?(边缘|边沿)|" +
            "(车|汽车|电动车)[^,.!?]{0,4}(滑|溜|冲)(下去|下来)[^,.!?]{0,4}撞|" +
            "挤倒|踩踏事故|发生踩踏|被踩伤|(头|手|脚|手指|胳膊|腿)[^,.!?]{0,4}(伸|塞|夹|卡)进[^,.!?]{0,10}(缝|洞|栏杆|扶手带|扶梯|梯级|电梯门)|" +
            "(人|孩子|小孩|老人|手|脚|头|腿)被?[^,.!?]{0,5}夹住|(手|脚|头|腿|胳膊|手指)夹(了|伤|断|肿)|(到|过|没过|淹到|淹了|齐)(膝盖|腰|大腿|胸口?|车门|轮胎|轮子|车窗|引擎盖)[^.!?]{0,24}车里[^,.!?]{0,4}有人|(摩天轮|旋转木马|过山车|缆车|游乐设施|小火车|海盗船|蹦极|滑索)[^,.!?]{0,6}(卡住|停住|卡在|停在|坏了|不动)[^.!?]{0,12}(上面|里面|上头)[^,.!?]{0,4}(有|还有|坐着)|(压|砸|困|淹|撞)[^.!?]{0,12}(车里[^,.!?]{0,4}有人|(司机|人|孩子|老人)[^,.!?]{0,3}在车里)",
            // People in medical distress, or a call for an ambulance; a power cut where someone lives on a ventilator,
            // whichever of the two the owner names first, unless the power is back or a generator is running. "闷得喘不过气"
            // is a stuffy room.
            "呼救|救命|急救(?!药|箱|包|培训|知识|常识|设备|器材|用品|物资|站点|课)|救护车(?!通道|专用|停靠|停车)|(叫|打|拨|喊)[^,.!?]{0,2}(120|救护车)|抽筋|" +
            "心脏病(犯|发)|(突发|犯了?)[^,.!?]{0,2}心脏病|心梗|脑梗|中风|(?<!要|快|会|别|防|以免|免得)中暑|犯病|呼吸困难|窒息|晕(倒|在|过去)|晕到(在|地上)|昏迷|昏厥|休克|抽搐|昏倒|不省人事|" +
            "(躺|倒|趴)[^,.!?]{0,8}(一动不动|没动静|没有动静)|(躺|倒|趴)[^.!?]{0,12}叫(也|都)不(应|醒)|" +
            "(躺|倒|趴|晕)[^.!?]{0,16}(叫|喊|拍)[^,.!?]{0,3}(没反应|没有反应|没动静)|没(有)?了?呼吸|不喘气|呼吸急促|" +
            "(?<!(闷|热|压|累|憋|挤)得?)喘不(上|过)气|哮喘[^,.!?]{0,2}(发作|犯了)|犯了?哮喘|(气喘|哮喘)[^.!?]{0,10}咳得[^,.!?]{0,3}(厉害|喘不|不行|受不了)|癫痫|羊癫疯|" +
            "(孩子|小孩|老人|人|业主|住户|员工)[^,.!?]{0,8}(住院|送医|送(到)?医院|进了?医院)|已送医|误食|误服|误喝|误吞|" +
            "吞了?[^,.!?]{0,4}(电池|磁铁|磁珠|硬币)|(电池|磁铁|磁珠|硬币|纽扣)[^,.!?]{0,3}(吞|咽)下|喊救人|呼喊救人|" +
            "((停电|没电|断电|跳闸)(?!前)[^\\n]{0,30}(呼吸机|制氧机|吸氧|透析)|(呼吸机|制氧机|吸氧|透析)[^\\n]{0,30}(停电|没电|断电|跳闸)(?!前))(?![^\\n]{0,40}(发电机|备用电源|应急电源|恢复供电|正常供电))|" +
            "[叫敲喊拍](?<!(保安|门卫|门岗|值班|睡觉|在睡)[^.!?]{0,12}.)[^,.!?]{0,4}不醒|醒不过来|下去的人[^,.!?]{0,4}(没上来|没出来|没动静)|(窨井|井下|井里|化粪池|污水池)[^.!?]{0,16}(没上来|晕|昏)|" +
            "(?<!(学会了?|学习了?|学了|培训|教))心肺复苏(?!培训|课|讲座|演练|知识)|上吐下泻|(孩子|小孩|宝宝|小朋友|老人|家人|同事|员工|我)[^,.!?]{0,4}(?<!(狗|猫|宠物)[^,.!?]{0,2})(闻了|吸了|吸入|误食|误服|吃了|喝了)(?![^,.!?]{0,3}酒)[^,.!?]{0,8}(一直|不停|直|就)?(吐|呕吐|头晕|晕倒|昏倒|抽搐|喘不上气|呼吸困难)|(突然|一下子)(倒|晕)在|(突然|一下子)[^,.!?]{0,3}说不出话|嘴(也|都)?歪了|口眼歪斜|半边身子(麻|动不了|没知觉)",
            // People missing, unseen for days, or at risk of harming themselves.
            "(孩子|小孩|宝宝|老人|女儿|儿子|小朋友|小女孩|小男孩)[^.!?]{0,16}(?<!(车|包|快递|钥匙|手机|东西|井盖|盖子|衣服|鞋|玩具|找到了?|找回了?))(找不到了?|不见了|走丢了|走散了?|失踪)|" +
            // "垃圾站里有个流浪汉好像没气了，一动不动的": someone who may not be breathing.
            "(人|流浪汉|老人|大爷|大妈|阿姨|孩子|小孩|男的|女的|男子|女子|保安|工人|师傅)[^.!?]{0,12}(没气了|没了呼吸|没有?呼吸了|(躺|趴|倒|蜷)(在|着)[^,.!?]{0,8}一动不动)|" +
            // "我在商场丢了孩子": the child lost, said the other way round.
            "(我|我们)[^,.!?找帮]{0,4}丢了(孩子|小孩|女儿|儿子|宝宝)|" +
            "(说不清|不记得|不知道|想不起)[^,.!?]{0,2}自己[^,.!?]{0,2}(住哪|家在哪|叫什么)|" +
            "(老人|老奶奶|老爷爷|老太太|老大爷|大爷|奶奶|爷爷|阿婆|阿公|孩子|小孩|小朋友)[^.!?]{0,20}(住哪|家在哪|住在哪)[^,.!?]{0,4}(说不清|说不出|不知道|想不起)|找不到家(?!长|门)|(老年痴呆|阿尔茨海默|认不得路|不认路|糊涂|记性不好)[^.!?]{0,24}(没回来|没回家|找不到|联系不上|走丢|不见)|(没回来|没回家|找不到|联系不上)[^.!?]{0,24}(老年痴呆|阿尔茨海默|认不得路|不认路|糊涂|记性不好)|走失(?<!(防|(猫|狗|宠物|鹦鹉|鸟|兔)[^,.!?]{0,2})走失)(?![^,.!?]{0,3}(猫|狗|宠物|鹦鹉|鸟|兔))|" +
            "(独居|一个人住)[^.!?]{0,30}敲门[^,.!?]{0,3}没人(应|开)|(独居|一个人住)[^.!?]{0,24}(电话|手机)[^,.!?]{0,6}(无人接听|没人接|不接|打不通|联系不上)|(电话|手机)[^,.!?]{0,6}(无人接听|没人接|打不通)[^.!?]{0,24}(上门查看|上门看看|上门看一下|去家里看看)|" +
            "(电话|手机)[^,.!?]{0,4}(不接|没人接|无人接听|打不通)[^.!?]{0,24}敲门[^,.!?]{0,2}没人(应|开)|(没出门|没露面|没见着|没见[^,.!?]{0,2}人)[^.!?]{0,24}敲门[^,.!?]{0,2}没人(应|开)|" +
            "敲门[^,.!?]{0,2}没人(应|开)[^.!?]{0,24}(没出门|没露面)|跳楼|要(往下)?跳下去|要往下跳(?!水|伞|绳)|(喊|嚷)[^,.!?]{0,3}要跳(?!绳|舞|水|操|远|高|床)|(老奶奶|老太太|老人|老大爷|老爷爷|大爷|大妈|奶奶|爷爷|独居)[^.!?]{0,40}([两三四五六七几]|[2-9]|1[0-9])天(都)?没(看见|看到|见着|见到?|出门|露面)(?![^.!?]{0,6}(是因为|因为|感冒|生病|在家休息|去了))|([两三四五六七几]|[2-9])天(都)?没(看见|看到|见着|见到?)[^.!?]{0,8}(老奶奶|老太太|老人|老大爷|老爷爷|大爷|大妈|奶奶|爷爷|独居)(?![^.!?]{0,12}(是因为|因为|感冒|生病|在家休息|去了|出差|旅游|原来|回老家|住院|去[^,.!?]{0,4}家))|轻生|自杀|想不开|寻短见|不(?<!(热得|累得|烦得|饿得|冷得|困得)不)想活了|我不活了|活着[^,.!?]{0,4}(没意思|有什么意思)|活不下去了|自焚|浇了?汽油|" +
            "(楼顶|天台|屋顶)[^,.!?]{0,6}(坐|站|爬)[^,.!?]{0,3}边|(楼顶|天台|屋顶)[^,.!?]{0,2}边(上|缘|沿)?[^,.!?]{0,4}(坐|站|蹲|徘徊|来回走)|(楼顶|天台|屋顶)[^.!?]{0,24}(边上|边缘|边沿)[^,.!?]{0,2}(走来走去|来回走|徘徊|晃来晃去)|(楼顶|天台|屋顶)(?![^,.!?]{0,3}花园)[^.!?]{0,20}(哭|徘徊|来回走)|(楼顶|天台|屋顶)[^.!?]{0,16}(坐|站|爬)(在|上|到)[^,.!?]{0,2}(围栏|栏杆|护栏|围墙|女儿墙)|" +
            "(带|拿|提|拎)着?[^,.!?]{0,3}(汽油|柴油|煤油)(?![^,.!?]{0,4}(发电机|割草机))[^,.!?]{0,3}(去|到|来)|喝了?农药|服了?农药|喝了?敌敌畏|(吃|吞)了?[^,.!?]{0,3}安眠药",
            // Violence, crime and dangerous animals; a stranger trying one door after another (a salesman knocking is
            // only a nuisance), someone prying at a door now (a break-in found the morning after is a complaint about
            // security, as the corpus labels it). Stray cats fighting at night ("流浪猫…晚上经常打架叫唤") are noise. A
            // stranger who followed the writer to the door is a danger; one who slipped in behind them is tailgating.
            "斗殴|持械|群殴|打群架|打起来|打伤|砍人|行凶|抢劫|拿刀|持刀|(拎|揸)住[^,.!?]{0,2}刀|(拿|持|举|提|拎)着[^,.!?]{0,2}(刀|菜刀|砍刀|斧头|铁棍|棍子|钢管|棒球棍)|(酒瓶|玻璃樽|玻璃瓶|啤酒瓶|瓶子|棍子|铁棍|钢管|椅子)[^,.!?]{0,4}(周围|到处|乱|四处)(挥|舞|砸|抡)|弄死(我|你|他|她)|动手推(人|我|了)|(砍|打|捅)死(我|你|他|她)|对[^,.!?]{0,4}(孩子|家人|老婆|老人)下手|恐吓信|(烧|炸)了(这里|你们|物业)|把这里(烧|炸)了|掐[^,.!?]{0,6}脖子|砸破了?[^,.!?]{0,2}(头|脑袋|额头)|动刀|拿了刀|打人|(?<!(猫|狗|猫咪|狗狗|鸟|鸡|鹅)[^.!?人]{0,12})(打架|打交(?!道))|动手打|威胁我|" +
            // "信不信我找几个人来收拾你们那个保安", "我见一次打一次": a threat to beat someone (finding someone to tidy up a
            // room or clear rubbish is not).
            "找[^,.!?]{0,4}人[^,.!?]{0,3}(收拾|教训|揍)(你|他|她|那|这)(?![^,.!?]{0,6}(垃圾|杂物|东西|房间|屋子|卫生|烂摊子|残局|家具|行李))|见一次打一次|信不信我(打|揍|抽|砍|收拾|弄)(你|他|她)|" +
            // "他们还威胁说再找事就弄我": threatened with harm (a threat to complain or to cut the water is not); "我老婆被楼下
            //那个男的骚扰了好几次": a woman or child harassed by a man (telemarketing calls are not).
            "威胁说?[^.!?]{0,10}(弄|打|揍|收拾|砍|捅|杀|弄死)(我|你|他|她)|" +
            "(老婆|妻子|媳妇|女儿|闺女|孩子|小孩|女生|女孩|女业主|女同事|女租客|我妈|我)被[^,.!?]{0,10}(男的|男人|男子|醉汉|流浪汉|陌生人)[^,.!?]{0,2}(骚扰|猥亵|摸了?|跟踪)|" +
            "(拿|挥|抡|举)着?(棍子|棒子|酒瓶|啤酒瓶|砖头|铁棍|警棍|木棍|钢管|铁锹|斧头)[^,.!?]{0,8}(追|打|砸|挥|冲|威胁|吓)|追着[^,.!?]{0,4}打|(围着|按着|摁着|按在地上)(打|揍|踢)|围殴|" +
            "(醉汉|酒鬼)[^,.!?]{0,8}(砸|打|闹|追)|发酒疯|耍酒疯|闯进了?(我|家|屋|房)|破门而入|入室(盗窃|抢劫)|" +
            "(陌生|可疑|不认识的?)[^,.!?]{0,3}(男的|男人|男子|人|女人)[^.!?]{0,12}(一直|一路)跟(到|着我到)[^,.!?]{0,3}(我家|家门口|门口|楼上)|" +
            // "有个陌生男子一直在跟踪放学的女孩", "有个男的一直跟着我女儿，从一楼跟到三楼", "对女同事动手动脚", "在偷拍女生",
            // "有陌生男子持棍棒在小区内追打他人"; a break-in in progress ("有人撬锁！"), not one told afterwards. Someone tailgating
            // through the door is not here: the corpus reads that as a security lapse.
            "跟踪[^,.!?]{0,4}(放学的)?(女孩|女生|女孩子|小女孩|孩子|小孩|小学生|女同事|女业主)|(男的|男子|男人)[^,.!?]{0,6}(一直|成日|天天|每天|老是|总是|经常)跟(着|住)[^,.!?]{0,2}(我女儿|我个女|我|女儿|女生|女孩|孩子|她)|" +
            "对[^,.!?]{0,8}动手动脚|偷拍[^,.!?]{0,2}(女生|女孩|女性|女士|裙底|女业主)|有人正在撬(锁|门|车门)|有人撬(锁|门|车门)(?=!)|撬车门[^.!?]{0,30}(快派|快来|快去|赶紧|马上)|持(有)?(棍棒|棍子|铁棍|砍刀|钢管)[^,.!?]{0,10}(追|打|砍)|" +
            // A child over a railing, or by deep water with no adult: "有个小孩翻过泳池的围栏进去了，周围一个大人都没有".
            "(小孩|孩子|小朋友|初中生|学生)[^,.!?]{0,10}(翻过|爬过|越过|翻进)[^,.!?]{0,6}(栏杆|围栏|护栏)|(水池|泳池|池塘|湖|河|水塘)[^.!?]{0,16}(大人不在|家长不在|没有大人|一个大人都没有)|" +
            // "池塘边的护栏倒了一截，好几个小孩在那边捞蝌蚪，水挺深的": children at deep water where the railing is down.
            "(护栏|栏杆|围栏)[^,.!?]{0,4}(倒了|断了|没了|坏了|塌了)[^.!?]{0,20}(小孩|孩子|小朋友)[^.!?]{0,16}(水(很|挺|特别|好|蛮)?深|深水)|" +
            // Someone who does not answer: "有个老人在小区湖边坐了一下午，……叫他也没反应".
            "(老人|有人|阿姨|大爷|孩子|小孩)[^.!?]{0,24}(叫|喊)(他|她)?[^,.!?]{0,2}(也|都)?没(有)?(反应|回应)|" +
            "(包|手机|钱包|项链|东西)被抢|被抢(了)?(包|手机|钱包|项链)|歹徒|劫匪|家暴|被跟踪|跟踪我|(有人|总有人|感觉有人|好像有人|一个男的|一个男人)[^,.!?]{0,4}(跟着|尾随|跟踪)(她|我|他|我们)|(?<!(孩子|小孩|宝宝|小朋友|儿子|女儿)[^,.!?]{0,2})(趴|贴)在[^,.!?]{0,4}门上[^,.!?]{0,2}(偷听|听(?!歌|音乐|雨|风))|(有人|陌生人|男的|男人|女的)[^,.!?]{0,6}(趴|贴)在[^,.!?]{0,4}门上[^,.!?]{0,2}(看|偷看)|陌生(男人|人|男子|女人)[^.!?]{0,12}(我家|家)门口[^,.!?]{0,4}(转|徘徊|蹲守|张望|偷看)|(有个|一个)?(陌生)?(男的|男人|男子)[^.!?]{0,12}(我家|她家|家|她|我)门口[^,.!?]{0,6}(转悠|转来转去|徘徊|蹲守|张望|偷看)|" +
            "(陌生人|可疑)[^,.!?]{0,12}(推|拧|拉|试|撬)[^,.!?]{0,2}门|" +
            "(一间一间|一家一家|一户一户|挨家挨户|挨个)地?(推|拧|拉|试|撬)[^,.!?]{0,2}门|(挨个|一辆一辆|一辆辆)车?地?(推|拧|拉|试|撬)[^,.!?]{0,6}车门|" +
            // A thorn's prick ("月季…刺太多，小孩子经常被扎到") is a planting to change, not a person hurt.
            "(?<!(刺|仙人掌|荆棘)[^.!?]{0,12})(被|给)[^,.!?]{0,4}扎(伤|破|到|了)|扎伤|" +
            "(水箱|蓄水池|水池)[^,.!?]{0,3}(倒|投|放|扔)[^,.!?]{0,2}(东西|药|毒|不明)|投毒|(水箱|蓄水池|二次供水)[^,.!?]{0,6}(死老鼠|死猫|死鸟|尸体|蛆)|" +
            "撬(我|我家|他家|她家|邻居家|隔壁|对门)[^,.!?]{0,4}(门|锁)|[砸踹撞](?<!(像|跟).)(我|我家|我们家)的?门(?!口|前|外)|(有人|有个人|[0-9一两几三]个人|小偷|贼)[^,.!?]{0,2}在撬|(有人|有个人|小偷|贼)[^,.!?]{0,2}在(翻|砸)[^,.!?]{0,6}(车窗|车门)|(要|就要|想|说要)[^,.!?]{0,2}(把门砸|把门踹|砸门|踹门|撬门)|(正在|现在)[^,.!?]{0,4}撬|" +
            "狗把[^,.!?]{0,4}(人|小孩|孩子|小朋友|老人)[^,.!?]{0,2}咬|咬伤|被狗咬|(让|被|叫)[^,.!?]{0,6}狗[^,.!?]{0,2}咬|" +
            "咬了[^,.!?]{0,4}(人|小孩|孩子|小朋友|老人|业主)|(?<!不)咬人|追着[^,.!?]{0,3}咬|" +
            "狗[^,.!?]{0,4}咬(了|伤了?)[^,.!?]{0,8}(小哥|大爷|大妈|阿姨|保洁|保安|快递员|外卖员|员工|邻居)|" +
            "(毒蛇|蟒蛇|眼镜蛇|有条蛇|一条蛇)[^,.!?]{0,6}(爬进|钻进|进了|在|跑出|跑了|溜出)|被蛇咬|" +
            "被[^,.!?]{0,4}(蜇|蛰)|(蜇|蛰)(伤|了)[^,.!?]{0,4}(人|孩子|小孩|老人)|" +
            "(狗|狼狗|大狗)[^,.!?]{0,8}扑(人|向|孩子|小孩)|(?<!不)扑人|" +
            "(把|将)[^,.!?]{0,6}推倒|推倒了?[^,.!?]{0,4}(人|老人|孩子|我|他|她)",
            // Danger said outright, an earthquake, a fire exit welded shut, a call to the fire brigade.
            "(很|非常|太|特别|极其)危险|(拿|用)[^,.!?]{0,6}(命|生命|性命)(开玩笑|当儿戏)|出人命|人命关天|地震|" +
            "(消防通道|安全出口|消防门|疏散通道|逃生通道)[^,.!?]{0,6}(焊死|锁死)|(消防通道|安全出口|消防门|疏散通道|逃生通道)[^,.!?]{0,4}被?(锁着|锁住|锁上|上了锁|上锁)|" +
            "(?<=(打|拨|报|叫)[^,.!?]{0,6})(?<![0-9])119" + NotAQuantity,
            // Someone asleep in a running car, a boiler venting and whistling, a worker outside a high floor without a rope, paper
            // burnt among parked cars, a lift that moves with its doors open, a flowerpot hanging out over a play area, hair
            // sucked into a pool drain.
            "(发动着|没熄火|打着火|开着空调)[^.!?]{0,30}(车里|里面)的?(人|孩子|小孩|老人)[^,.!?]{0,4}(睡着|没动静|不动|昏)|(?<=(发动着|没熄火|打着火)[^.!?]{0,30})(趴|倒|瘫)在方向盘上|(车里|里面)的?(人|孩子|小孩|老人)[^,.!?]{0,4}睡着了?[^.!?]{0,20}(发动着|没熄火|打着火|车?窗(户)?全关)|" +
            "锅炉(房)?[^.!?]{0,12}(冒白气|往外冒气|喷气|嘶嘶|哨声|超压)|" +
            "(楼外面|外墙|窗外|空调架|高空|楼顶边)[^.!?]{0,30}((没有?|不)(系|挂|拴|绑)[^,.!?]{0,4}安全(绳|带)|安全(绳|带)[^,.!?]{0,3}(都|也)?(没有?|不)(系|挂|拴|绑))|" +
            "(车库|地库|楼道|电梯|车位|消防通道)[^,.!?]{0,8}(烧纸|烧东西|生火)|电梯门(还)?没关(好|上)?就[^,.!?]{0,2}(升|降|走|运行|动)|" +
            "(花盆|花架|外机|雨棚|晾衣杆)[^.!?]{0,16}(悬在外面|悬空|随时(会|要)?掉|快掉下来)|(头发|手|脚|胳膊|腿)[^,.!?]{0,6}吸(进去|住)|把[^,.!?]{0,10}(头发|手|脚)吸(进去|住)|" +
            // Loads carried over people's heads, someone left inside a cold store or a revolving door, a head knocked in a
            // fall, a power strip melting, a pedestrian knocked down, a broken hanging that sways over a crowd.
            "(行车|吊车|塔吊|吊机|天车)[^,.!?]{0,12}(人|大家|工人)头顶|" +
            "(打不开|出不来|锁上了|锁住了)[^.!?]{0,16}(有人|有个[^,.!?]{0,4}|[0-9一两三几]个人)[^,.!?]{0,3}(还)?在里面|(人|老人|老太太|孩子|小孩)[^,.!?]{0,3}还(在|卡在)门里|" +
            "(后脑勺?|头|脸)[^,.!?]{0,2}磕(在|到|破)|(插线板|插排|插座|电线|插头|电源线)[^,.!?]{0,4}(都)?(熔了|熔化|化了|烧化|烧黑)|" +
            "把[^,.!?]{0,12}(人|妈妈|老人|孩子|小孩|阿姨|大爷|顾客|行人|女士|先生)撞(倒|伤|飞)|" +
            "(断了|在晃|松了|歪了)[^.!?]{0,12}下面[^,.!?]{0,3}(人来人往|人很多|都是人|全是人|好多人|有人走|有小孩|是小孩)|" +
            "(电动车|自行车|电瓶车|摩托车|骑车的?人?)[^,.!?]{0,8}(翻车|摔车)|" +
            // A needle or a nail in the hand, an old person behind a door unopened for days, a flue fallen off a water heater,
            // someone slipping into water up to the chest, a car rolling away without its handbrake, clutter on fire with the
            // smoke rising through the stairwell, a mast bent over a doorway.
            "(被|让)[^,.!?]{0,8}(针头|针管|钉子|铁钉|碎玻璃)扎(了|伤|破|到)|(针头|针管)[^,.!?]{0,2}扎(了|伤|破|到)|" +
            // Used needles left where people walk and children play (not a question of where to throw one's own away).
            "(针头|针管|注射器)[^,.!?]{0,12}(扔|丢|散落|掉|留|落)在?[^,.!?]{0,8}(楼梯|楼道|台阶|地上|草坪|草地|花坛|游乐场|沙坑|滑梯|绿化带|电梯)|(楼梯|楼道|台阶|地上|草坪|草地|花坛|游乐场|沙坑|沙池|海洋球池|球池|滑梯|绿化带)[^,.!?]{0,8}(有|发现|扔着|丢着|捡到)[^,.!?]{0,4}(用过的)?(针头|针管|注射器)|" +
            "(老人|老太太|老大爷|老爷子|老奶奶|大爷|奶奶|爷爷)[^,.!?]{0,4}(已经)?[两三四五几0-9]+天(没|不)(开门|露面|见人)|" +
            "(排烟管|烟道|烟管)[^,.!?]{0,4}(脱落|掉了|断开|漏烟)|水到[^,.!?]{0,2}(胸口|脖子|下巴)|(河|湖|水|池|沟)[^.!?]{0,12}爬不上来|" +
            "(车|汽车)[^,.!?]{0,8}(没拉手刹|手刹没拉)|车[^,.!?]{0,6}自己(往下|往前|往后)?(溜|滑)|" +
            "(纸箱|杂物|垃圾|沙发|被子|床垫|电动车|电瓶车|窗帘|衣服)[^,.!?]{0,3}(着了|烧起来)|烟[^,.!?]{0,3}往楼上(窜|冒|灌)|" +
            "(吹弯|吹歪|斜挂|歪在)[^.!?]{0,16}下面(就)?是?(单元门|人行道|门口|出入口|通道|小区主路|路口|公交站)|" +
            // "有人在她家门口徘徊了一晚上，还拧过她家门把手": a stranger trying a door (a repairman turning a handle is no one's
            // danger).
            "(有人|陌生人|陌生男子|陌生男人|一个男的|那个人|那人)[^.!?]{0,20}(拧|扭|掰|试|转|拉)(过|了)?[^,.!?]{0,6}(门把手|门锁)|" +
            // "花盆放在栏杆外面，风一大就晃，下面是小区主干道" (a pot on a sill alone is yellow in the corpus), "枝子耷拉下来了…
            // 底下天天有小孩玩", "草坪刚喷了除草剂…小孩已经在上面打滚了", "地下室的排风机不转了，进去一会儿就头晕，里面还有两个工人
            // 在干活" (stuffy air alone is yellow): a load over the street, a branch over children, poison where children play,
            // bad air where people are at work.
            "(花盆|花架|杂物|晾衣杆|纸箱|泡沫箱)(?![^,.!?]{0,2}(不要|别|勿|不能|不许|禁止|严禁))[^,.!?]{0,4}(放|摆|挂|架)在[^,.!?]{0,4}(栏杆|窗台|阳台|护栏|窗户)外(面|侧|边|头)?[^.!?]{0,16}下面(就)?是?[^,.!?]{0,2}(单元门|人行道|门口|出入口|通道|主路|主干道|路口|公交站|儿童乐园|游乐场|滑梯)|" +
            // "他家阳台的花盆摆在栏杆外面，风一吹就晃": out over the edge, and moving in the wind.
            "(花盆|花架|杂物|晾衣杆|纸箱|泡沫箱)[^,.!?]{0,4}(放|摆|挂|架)在[^,.!?]{0,4}(栏杆|窗台|阳台|护栏|窗户)外(面|侧|边|头)?[^.!?]{0,6}(风一吹|一刮风|刮风)[^,.!?]{0,3}(就|都)?(晃|摇|动|要掉)|" +
            // "燃气灶关了火还有股味": a gas smell with the stove off.
            "(燃气灶|煤气灶|灶台|灶)[^.!?]{0,4}关(了|掉)?火?了?[^.!?]{0,6}(还有|仍有|还是有|也有)[^,.!?]{0,3}(股)?(味|气味|煤气味|燃气味)|" +
            // "办公区发生跳闸并伴有火花", "电梯里有股焦糊的味道，还在运行", "骑车的人被压住了", "鞦韆打到頭，腫了一個大包",
            // "配电箱门被人撬了，里面的线都露在外面，小孩放学都从这过".
            "(跳闸|短路|打火)[^.!?没无不]{0,6}火花|(电梯|轿厢)[^,.!?]{0,4}(有股|有)?[^,.!?]{0,2}(焦糊|焦煳|烧焦)的?(味道|味)|(人|骑车的人|司机|孩子|小孩|老人)[^,.!?]{0,2}被压住|(打到|砸到|撞到|砸中|打中)[^,.!?]{0,2}头[^.!?]{0,6}(肿|起包|大包|流血|出血)|(线|电线)[^,.!?]{0,4}(露在外面|裸露|露出来)[^.!?]{0,16}(小孩|孩子|人)[^,.!?]{0,6}(经过|路过|从这过|走|玩)|" +
            // "窗户整扇掉下来了，砸在楼下的电动车上", "被一个男的跟着，一直跟到家门口", "被生锈的铁片划了一道大口子，缝了五针".
            "(窗户|窗扇|玻璃|外墙砖|瓷砖|空调外机)[^,.!?]{0,4}(整扇|整块|整个)?掉下来了?,?[^.!?]{0,8}砸(在|到|中)|(男的|男人|陌生人|一个人)[^,.!?]{0,2}跟着[^.!?]{0,12}跟到(了)?(家门口|家里|家|楼下|门口)|(?<!(狗|猫|狗狗|猫咪|宠物)[^,.!?]{0,8})缝了[^,.!?]{0,2}([一二三四五六七八九十几两]+|[0-9]+)针|" +
            // "我在电梯里等了四十分钟才有人来开门", "配电房门口一直在滴水，地上一大滩，电箱还在嗡嗡响", "小孩从自动扶梯扶手外侧往下爬",
            // "水管爆了，家里已经水漫金山了", "孩子游完眼睛红肿睁不开", "坡道结冰，已有两辆车打滑碰撞", "将电动车推进电梯带回家中充电".
            "(电梯|轿厢)里[^,.!?]{0,2}等了[^,.!?]{0,6}(分钟|小时|钟头)[^,.!?]{0,2}才有人来(开门|救)|(配电房|配电室|配电间|电箱|配电箱)[^.!?]{0,12}(滴水|漏水|积水|一大滩)[^.!?]{0,16}(嗡嗡|滋滋)|扶梯[^,.!?]{0,4}扶手外(侧|面|边)?[^,.!?]{0,4}(爬|翻|坐|趴)|(水管|管道)(爆了|爆裂|爆开)[^.!?]{0,12}(水漫金山|淹水|淹了|全是水)|(游完|泳池里|游泳池里)[^.!?]{0,16}眼睛[^,.!?]{0,4}(红肿|睁不开|刺痛)|结冰[^.!?]{0,6}(已有|已经有)[^,.!?]{0,6}(打滑|滑倒|摔倒|碰撞)|(电动车|电瓶车)[^.!?]{0,12}(?<!禁止|严禁|不要|不准|请勿|别|不能)(推进|推上|带进|推入)电梯[^.!?]{0,12}(充电|回家|家里)|" +
            // "大风把小区的大树刮倒了，压在车上，旁边还有小孩", "写字楼货梯的门开着就往上走".
            "(大树|树)[^,.!?]{0,4}(刮倒|倒了|倒下)[^.!?]{0,12}(旁边|下面|底下)[^,.!?]{0,3}(还有|有)[^,.!?]{0,2}(小孩|孩子|人|老人)|(电梯|货梯|客梯)[^.!?]{0,6}门开着就?(往上|往下)?(走|跑|升|降|运行|动)|" +
            "(树枝|枝子|枝条|枝杈|树杈)[^,.!?]{0,6}(断|耷拉|垂|挂|裂)[^.!?]{0,24}(底下|下面|下边)[^,.!?]{0,8}(人|小孩|孩子|老人|行人)|" +
            "(除草剂|农药|杀虫剂|灭鼠药|老鼠药|鼠药)[^.!?]{0,24}(小孩|孩子|宝宝|小朋友)(?![^,.!?]{0,2}(别|不要|勿|不能|不许))[^,.!?]{0,8}(在上面|打滚|玩|捡|吃|舔|摸)|" +
            "(尾气|废气)[^.!?]{0,30}(头疼|头痛|头晕|恶心|想吐|喘不上气|呼吸困难)|(地下室|车库|地库|机房|配电房|水泵房|泵房|管道井|化粪池|水箱|储藏室)[^.!?]{0,24}(头晕|喘不上气|呼吸困难|憋得慌)[^.!?]{0,6}(里面|里头)[^,.!?]{0,2}(还)?有[^,.!?]{0,4}(人|工人|师傅|员工)|" +
            // "刚才一个骑电动车的直接被掀翻了", "外墙保温层大面积空鼓，有脱落风险，下方为儿童游乐区", "食用油和煤气罐，就挨着楼道口",
            // "配电箱摸着烫手，还有滋滋的声音", "有人燒嘢，啲煙湧晒上嚟", "自来水有股汽油味", "有辆车一直在漏油，地上一大片": a rider
            // thrown, a facade ready to fall over a playground, gas bottles by the stairs, a hot panel, smoke pouring in, fuel in
            // the tap water, fuel spreading over a garage floor.
            "(骑[^,.!?]{0,6}的|人|老人|孩子|小孩|阿姨|大爷|车主)[^,.!?]{0,4}(直接|当场)?被(掀翻|甩出去|甩了出去|甩出来|甩了出来|甩下来|甩飞|撞飞|撞倒)|" +
            "(脱落风险|坠落风险|掉落风险|倒塌风险|垮塌风险|脱落的风险|坠落的风险|掉落的风险|倒塌的风险|垮塌的风险)[^.!?]{0,6}(下方|下面|底下)(为|是|就是)[^,.!?]{0,4}(人行|儿童|游乐|通道|出入口|入口|广场|门口|幼儿园)|" +
            "(煤气罐|液化气罐|燃气罐|汽油桶|油桶)[^.!?]{0,6}(挨着|旁边就是|紧挨着|紧靠|靠着)[^,.!?]{0,4}(楼道|单元门|电梯|配电|电表|充电|出口|通道)|" +
            "(配电箱|电表箱|电箱|开关柜|电闸)[^,.!?]{0,6}(烫手|发烫|很烫)|" +
            "(?<=有人[^,.!?]{0,4})(烧东西|烧垃圾|烧纸|烧嘢|烧轮胎|烧塑料)[^.!?]{0,10}烟[^,.!?]{0,8}(涌|灌|冲|很大|好大|呛)|" +
            "(自来水|水龙头|水管|放出来的水)[^,.!?]{0,10}(有|一股)[^,.!?]{0,2}(汽油|柴油|煤油|化学|农药|油漆)味|(车|汽车)[^,.!?]{0,6}(漏油|滴油)[^.!?]{0,10}(一大片|一地|满地|流了一地|还在流)|" +
            // "员工被反锁在楼层内无法外出", "玻璃地板有一块裂了，好多人还在上面走", "在吊装广告布，下面没拉警戒线，顾客直接从下面走",
            // "水池边的护栏倒了……一群小孩在边上捞鱼", "燃气表箱……里面的管子有一截发黑", "沙池里有碎玻璃，小孩光着脚在玩",
            // "插线板从三楼窗户吊下来的，下面全是小孩在玩", "一直响的报警器……响了快一个小时了，味道也有点怪".
            "被反锁在[^,.!?]{0,8}(无法外出|出不去|出不来|无法离开)|(玻璃地板|玻璃栈道|玻璃地面)[^,.!?]{0,6}(裂了|裂开|碎了|有裂缝)[^.!?]{0,12}(人|顾客|游客|小孩|孩子)[^,.!?]{0,4}(在上面|还在|走)|" +
            "(吊装|高空作业|施工)[^.!?]{0,16}(没拉|没有拉|没设|没有设置?)警戒线[^.!?]{0,16}(人|顾客|行人|小孩|孩子)|(护栏|栏杆|围栏)[^,.!?]{0,3}倒了[^.!?]{0,16}(一群|几个|有)?(小孩|孩子|儿童|小朋友)[^,.!?]{0,4}(在|边上|旁边)|(燃气|煤气|天然气)[^,.!?]{0,6}(管|管子|管道|表)[^.!?]{0,16}(发黑|烧黑|烤黑|熏黑)|(碎玻璃|玻璃碴|玻璃渣)[^.!?]{0,12}(小孩|孩子|小朋友)[^,.!?]{0,6}(光脚|光着脚|赤脚|赤着脚)|" +
            "(插线板|电线|拖线板|接线板)[^,.!?]{0,6}从[^,.!?]{0,6}(窗户|窗口|阳台|楼上)[^,.!?]{0,2}(吊下来|拉下来|挂下来|垂下来|扯下来)|" +
            "(报警器|警报器?|烟感|警铃)[^.!]{0,30}响了(快|将近|差不多)?(半个|一个|好几个|[一两三几0-9]+个?)多?(小时|钟头)[^.!?]{0,12}(味道|气味|烟)",
        ],
        "(?<!\\bsharpen(ing|ed)? |\\bkitchen |\\bbutter )\\b(knife|knives|gun|machete)\\b|\\b(finger|hand|foot|arm|leg)s? (got |was |were )?(crushed|trapped|caught)\\b|\\b(crushed|trapped|caught) (his|her|my|their|a) (finger|hand|foot|arm|leg)s?\\b|\\b(trapped|stuck) in (the |a )?(lift|elevator)|(人|孩|孩子|小孩|老人|\\b(someone|somebody|people|kids?|child|children|baby|my (son|daughter|mum|mom|dad|mother|father)))\\s?(is |are |got |was |were )?(stuck|trapped) inside\\b|\\b(stuck|stopped) between (the )?floors\\b|\\b(lift|elevator)\\b[^.!?]{0,20}\\b(is|was|got|has been) stuck with (people|someone|somebody|\\w+ \\w+|\\w+) inside\\b|\\bbits of (concrete|plaster|the ceiling)\\b|\\b(lift|elevator) (is |was |got |has )?(been )?stuck\\b|\\b(lift|elevator)\\b[^.!?]{0,60}\\bshaft\\b|\\bfire (exit|door|escape)s?\\b[^.!?]{0,30}\\b(locked|chained|blocked|padlocked)\\b|\\b(parked|stacked|piled|dumped) (right )?(across|in front of|against) (the |a )?fire (exit|door|escape|lane)s?\\b|\\b(lift|elevator) doors? (keep |keeps |kept )?(closing|slamming|shutting) on (people|me|my|him|her|kids|children|passengers|residents|customers)\\b|\\b(lift|elevator)\\b[^.!?]{0,20}\\b(dropped|fell|plunged|plummeted)\\b|" +
        // "The lift doors closed on my mum's arm".
        "\\b(caught|trapped|stuck) in (the |an? )?(escalator|door|gate|lift door)\\b|\\b(closed|shut|slammed|came down) on (my|his|her|their|our|a|the) (\\w+ )?(arm|hand|leg|foot|fingers?|head|childs?|sons?|daughters?|kids?|toddlers?|boys?|girls?)\\b|\\b(hasnt|has not|havent|have not|not) been seen\\b|" +
        "\\b(could|might|will|going to|about to) fall on (someone|somebody|people|a child|kids|children|us)\\b|" +
        // "Someone's balcony railing on the 9th floor is hanging off and kids are playing right underneath."
        // "smashed onto a car with a woman still sitting in it", "The fire alarm has been going off in block C for twenty minutes".
        "\\bwith (a|the|her|his|my) (woman|man|driver|child|kid|baby|person|mum|dad|lady)( still)? (sitting )?(in|inside) (it|the car)\\b|\\bfire alarm\\b[^.!?]{0,40}\\bgoing off\\b[^.!?]{0,20}\\bfor (ten|fifteen|twenty|thirty|forty|[1-9][0-9]) minutes\\b|" +
        // "The emergency exit on level 3 of the car park is padlocked from the outside."
        "\\b(emergency|fire) (exit|door|escape)s?\\b[^.!?]{0,40}\\b(padlocked|chained shut|locked shut|bolted shut|chained)\\b|" +
        // "The elevator made a loud bang and dropped a few floors", "a gas canister … it's hissing", "hanging by its wires and swinging",
        // "stopping suddenly with people on it", "the sprinklers are switched off", "reached the power room door".
        "\\b(lift|elevator)\\b[^.!?]{0,40}\\b(dropped|fell|plunged|plummeted) (a few|a couple of|two|three|several|[0-9]+) floors\\b|\\b(gas|propane|butane) (canister|cylinder|bottle)s?\\b[^.!?]{0,40}\\bhissing\\b|\\bhanging by (its|the|a) (wires?|cables?|thread)\\b|\\b(stopping|stopped|stops|jerking|jolting) (suddenly|abruptly)\\b[^.!?]{0,20}\\bwith people on (it|them)\\b|\\bsprinklers? (are |is |have been |has been )?(switched|turned) off\\b(?![^.!?]{0,30}\\b(test|testing|drill|maintenance)\\b)|\\b(cracked|loose|broken)\\b[^.!?]{0,30}\\bleaning out(ward)?s? over\\b|\\b(water|flooding)\\b[^.!?]{0,90}\\b(reached|reaching|into|getting into) the (power|electrical|switch) room\\b|" +
        "\\b(hanging off|hanging loose|come loose|coming loose|wobbling|swaying|bowing out(ward)?s?|bulging out(ward)?s?)\\b[^.!?]{0,40}\\b(kids|children|people|pedestrians|shoppers|residents)\\b[^.!?]{0,20}\\b(underneath|below|beneath)\\b|" +
        "(?<!\\ba )\\b(bit|bitten|attacked)\\b[^.!?]{0,30}\\b(son|daughter|child|kid|boy|girl|me|him|her|someone|resident|neighbou?r)\\b|" +
        // "There's a wasp nest above the playground slide and a child has already been stung"; "…and broke his wrist".
        // "…there were needles on the landing this morning, my kids use those stairs".
        "\\b(needles|syringes)\\b[^.!?]{0,30}\\b(landing|stairs|stairwell|playground|sandpit|path|pavement|grass)\\b|\\b(landing|stairs|stairwell|playground|sandpit)\\b[^.!?]{0,30}\\b(needles|syringes)\\b|" +
        "\\b(broke|broken|fractured) (his|her|my|their|a|an) (wrist|arm|leg|ankle|hip|nose|finger|collarbone|jaw|foot)\\b|\\b(wasps?|bees?|hornets?)('s|s)? nests?\\b[^.!?]{0,60}\\bstung\\b|\\b(child|kid|son|daughter|boy|girl|someone|people|residents?)\\b[^.!?]{0,30}\\b(been|got|was|were) stung\\b|" +
        "\\b(head|arm|leg|hand|foot|finger)s? (stuck|wedged) (between|in)\\b|\\b(concrete|plaster|tiles?|glass|bricks?|pieces|chunks?|lumps?|debris|window|pane)s?\\b[^.!?]{0,50}\\b(falling|fell|coming down|shattered)\\b|" +
        // "A pane of glass from the atrium roof came down this morning" (not a blind that came down, nor a price). "A beer can
        // came flying down from the top floors", "a flower pot came off a balcony", a shutter that "came down … and nearly hit my
        // colleague", a man "sitting on the rooftop ledge", a conductor "swinging over the entrance".
        "\\b(cans?|bottles?|bricks?|tiles?|glass|pots?|objects?|rubbish|bags?|stones?|something)\\b[^.!?]{0,20}\\bcame flying (down|off)\\b|\\bcame off (a|the) (balcony|ledge|window|roof|windowsill)\\b|\\b(came down|came off|fell|dropped|crashed)\\b[^.!?]{0,40}\\b((nearly|almost) hit|just missed|narrowly missed|missed (a|my|the|his|her) \\w+ by)\\b|" +
        "\\b(sitting|standing|climbing) on (the )?(rooftop |roof |window )?ledge\\b|\\bswinging over (the )?(entrance|path|pavement|playground|car park|road|pedestrians)\\b|\\b(ceiling|roof)\\b[^.!?]{0,30}\\b(has|have) (come|fallen) down\\b|" +
        "\\b(panes?|panels?|sheets?|pieces?|chunks?|shards?|lumps?) of (glass|concrete|plaster|masonry|brick|tile|stone)\\b[^.!?]{0,40}\\b(came|crashed) down\\b(?! (in price|a lot|by))|\\b(live|exposed|bare) (wires?|cables?)\\b|\\bwires? (hanging|dangling|sparking)\\b|\\bstitches\\b|\\btaken to (the )?hospital\\b|\\b(going to|about to) (fall|collapse)\\b|\\b(could|might|may|will|would) (fall|collapse|come down|give way)\\b[^.!?]{0,40}\\b(at )?any (moment|minute|second)\\b|\\bfell (in(?! love\\b)|into(?! (a |the )?(routine|habit|conversation))|off|down)\\b|" +
        // A fire hydrant, a fire brigade's talk and the smoke of a bonfire or a barbecue are no fire.
        "\\bfire (engine|truck|brigade|crew)s?\\b[^.!?]{0,20}\\b(couldnt|could not|cant|cannot|wont be able to|unable to) (get|fit|pass|reach)\\b|\\bfire\\b(?! (drill|alarms?|extinguishers?|exits?|doors?|escape|lane|safety|engines?|trucks?|station|risks?|hazards?|hydrants?|hose|blankets?|inspections?|certificates?|wardens?|marshals?|assembly|brigade (visited|gave|held|came (to|for) (a|the) (talk|visit|demonstration))))|(?<!\\b(bonfires?|barbecues?|bbqs?|burning (leaves|garden waste|rubbish in the garden))\\b[^.!?]{0,40})\\bsmoke\\b(?! (detector|alarm))(?![^.!?]{0,30}\\b(bonfires?|barbecues?|bbqs?)\\b)|" +
        // "a heater next to a pile of cardboard … starting to scorch"; "he'll hurt the guard if he sees him again".
        "\\b(starting|beginning|begun|started) to (scorch|smou?lder|smolder|char|singe)\\b|\\bsmou?lder(ing|s)?\\b|\\bsmolder(ing|s)?\\b|\\bscorch marks?\\b|" +
        // "The car park ramp is a sheet of ice and two cars have already slid into the wall": ice that has already thrown cars.
        "\\b(ice|icy|iced over|frozen)\\b[^.!?]{0,60}\\b(cars?|vans?|vehicles?|bikes?|scooters?)\\b(?! (never|didnt|did not))[^.!?]{0,30}\\b(slid|skidded|spun|crashed)\\b|" +
        // "toddlers keep wandering out towards the road": small children loose where cars are.
        "\\b(toddlers?|kids|children|child|little ones?)\\b[^.!?]{0,30}\\b(wander(ing|ed|s)?|run(ning|s)?|ran|get(ting|s)?|got|slip(ping|s)?|slipped) out\\b[^.!?]{0,30}\\b(road|street|traffic|main gate|car ?park|parking|driveway)\\b|" +
        // "threatened to stab me", "my son had an asthma attack" (being in hospital alone may be a planned operation).
        "\\bthreaten(ed|s|ing)? to (hurt|kill|beat|stab|attack|punch|shoot)\\b|\\b(asthma attack|allergic reaction|anaphylactic shock|seizure|heart attack)\\b|" +
        "\\b(he|she|they|someone|somebody)(ll| will| is going to| are going to| (has |have )?threatened to| threatens to| said (he|she|they)d| says (he|she|they)ll)\\b[^.!?]{0,6}\\b(hurt|kill|beat up|stab|attack|punch|smash)\\b (the |a |my |our |his |her |that |this )?(guard|security guard|guards|cleaner|neighbou?r|concierge|receptionist|manager|staff|me|you|us|him|her|them|someone|somebody|anyone|kids?|child(ren)?)\\b|" +
        // "Fix it before someone drowns."
        "\\bbefore (someone|somebody|anyone|a child|a kid|a resident|people) (drowns|dies|die|gets (hurt|killed|injured|electrocuted)|is (hurt|killed|injured)|falls)\\b|" +
        "\\b(gas leak|smell of gas|electric shock|sparks?|sparking|injured|bleeding|fainted|unconscious|collapsed|drown(ing|ed|s)?|electrocuted|ambulance|on fire)\\b|" +
        // "An extension lead under the carpet and it's scorching hot": as 插线板发烫.
        "\\b(extension (lead|cord|cable)s?|power (strip|board)s?|plugs?|sockets?|wir(e|es|ing)|cables?|adapters?|chargers?|batter(y|ies))\\b[^.!?]{0,60}\\b(scorching|burning|red|too) hot\\b|\\bbatter(y|ies) (is |are )?(swelling|swollen|bulging)\\b|" +
        "\\b(used )?(needles?|syringes?)\\b[^.!?]{0,30}\\b(on the (steps|stairs|floor|ground|grass|path)|in the (stairwell|playground|sandpit|sandbox|corridor|car park|flower ?beds?|lift|bushes|bike shed|bin store|bin room|garden|lobby))\\b|\\b(left|found|dumped|discarded|lying|picked up)\\b[^.!?]{0,12}\\b(needles|syringes|a needle|a syringe|used needles?)\\b|" +
        "\\b(water|flood(ing|ed)?|leak(ing|s)?)\\b[^.!?]{0,50}\\b(power cables?|cables|wiring|electrical|sockets?|fuse box|breakers?|switchboard|light fittings?|light fixtures?|ceiling lights?|light switch(es)?|meter box|electric meter|(ev )?chargers?|charging (piles?|posts?|points?|stations?))\\b|" +
        "\\b(ventilator|oxygen (machine|concentrator)|dialysis)\\b[^\\n]{0,60}\\b(power|electricity)\\b|" +
        "\\b(power|electricity)\\b[^\\n]{0,60}\\b(ventilator|oxygen (machine|concentrator)|dialysis)\\b|" +
        "\\b(fire )?alarm (is |keeps )?(ringing|going off)|\\bnot breathing\\b|\\bunresponsive\\b|" +
        // "The manhole cover by the playground is missing": an open shaft where people walk.
        "\\bmanhole( cover| lid)?s?\\b[^.!?]{0,30}\\b(missing|gone|open|stolen|removed|broken|cracked|caved in)\\b|\\b(missing|open|uncovered) manholes?\\b|" +
        "\\b(railing|balustrade|handrail|banister)s?\\b[^.!?]{0,60}\\b(wobbl\\w*|loose|broken|shaking|missing|gave way)\\b|\\b(missing|broken|loose) (railing|balustrade|handrail|banister)s?\\b|(电梯|\\blift|\\belevator)[^.!?]{0,6}\\b(stuck|trapped)\\b[^.!?]{0,12}(在里面|里面有人|\\binside\\b)|" +
        // Someone followed home is stalked; someone followed into the lobby is let down by the guard, a yellow in the corpus.
        "\\btrying (the |office |flat |apartment |car |unit )?(doors?|door handles|handles)\\b|\\b(locked|trapped|stuck|left) in (a|the|his|her|their) car\\b|\\blocked (himself|herself|themselves) in\\b|\\b(hit|banged|bumped|cut|hurt|split) (his|her|their|my|our) head\\b|\\b(my|our|his|her) (father|dad|mother|mum|mom|grandfather|grandmother|grandma|grandpa|granddad|son|daughter|kid|child|wife|husband|colleague|customer|friend|baby|toddler)\\b[^.!?]{0,12}\\b(?<!(nearly|almost|narrowly) )(fell|slipped|tripped)\\b(?! asleep)|\\b(now|ended up|rushed|still) (in|to|into) (the )?hospital\\b|\\bbroken (hip|leg|arm|wrist|ankle|bone|nose|ribs?|collarbone)\\b|\\b(old|elderly) (man|lady|woman|person|resident|neighbou?r|gentleman)\\b[^.!?]{0,12}\\b(fell|slipped|tripped|fallen)\\b(?! (asleep|in love|for)\\b)|\\bsmells? (strongly |very strongly |really strongly )?(of|like) (burning|smoke|gas)\\b|\\bgas (meter|pipe|valve|line|cooker|stove|hob)\\b[^.!?]{0,30}\\b(hiss\\w*|smell\\w*|leak\\w*)\\b|\\b(branch|sign|billboard|panel|board|glass|tiles?|window|light)\\b[^.!?]{0,20}\\bhanging (loose|by a thread)\\b|\\bpassed out\\b|\\bunresponsive\\b|\\b(he|she|hes|shes|he is|she is|they are|theyre) not (responding|breathing|moving)\\b|\\bhanging (off|from|over) (the |a )?(balcony|railing|window|ledge|edge)\\b|\\bsmell of burning\\b|\\bburning (plastic|rubber|wires?)\\b|\\b(broke|break|breaking) in(to)?\\b|\\bbroken into\\b|\\bforced (open|entry)\\b|\\bburgl(ed|ary|ar|ars)\\b|\\b(scream|shout|call|cry)(ing|ed)? for help\\b|\\b(kun ren|zhao huo|qi huo|lou dian)\\b|\\bstalk(ing|ed|er)\\b|\\bfollow(ed|ing|s)? (me|her|him|my (daughter|son|wife|kid|child|mum|mom|girlfriend))\\b(?! on\\b| in(to)? the (lobby|building|lift|elevator|entrance|block|gate)\\b)|\\b(dog|dogs)\\b[^.!?]{0,20}\\b(attacked|mauled)\\b|\\bblood (on|all over|everywhere)\\b|\\bchemical (smell|leak|spill)\\b|\\b(my |our )?eyes are (burning|stinging)\\b|" +
        "\\bgas\\b[^.!?]{0,40}\\b(leak(ing|s)?|smell)|\\bsmells? (of )?gas\\b|" +
        "(?<!\\b(if|whether) the )\\b(fire|emergency) (exit|exits|door|doors|escape)\\b[^.!?]{0,16}\\b(locked|chained|welded|padlocked)\\b|" +
        "\\b(chained|locked|padlocked|welded)\\b[^.!?]{0,30}\\b(across|in front of|to) the (fire|emergency) (exit|exits|door|doors|escape)\\b|" +
        "\\b(kids|children|child|boys?|girls?|toddlers?|teenagers?|someone|a man)\\b[^.!?]{0,12}\\bclimb(s|ed|ing)?\\b[^.!?]{0,30}\\b(scaffold(ing)?|crane|pylon|transformer|roof)\\b|" +
        "\\b(climb(s|ed|ing)?|standing|sitting|hanging|leaning)\\b[^.!?]{0,20}\\b(outside of|over|on|out of) the (balcony |window |roof )?(railing|ledge|edge|window ?sill|parapet|window)\\b|" +
        "\\b(ceiling|plaster|part of the \\w+)\\b[^.!?]{0,30}\\b(came down|caved in|collapsed)\\b|\\bwent under\\b|\\bburning smell\\b(?! (was|is) (just|only))|\\b(sockets?|plugs?|wires?|switch(es)?|outlets?)\\b[^.!?]{0,40}\\bhot to (the )?touch\\b|" +
        "\\b(hasnt|has not|havent|have not|not|nobody has|no one has) (answered|answering|opened|opening) (the |her |his |their )?(door|phone)\\b|\\bhurt (his|her|my|their|himself|herself|myself)\\b|\\b(got|was|were|been) hurt\\b|" +
        "\\b(threw|thrown|throwing|throws|dropped|dropping|tossed|tossing)\\b[^.!?]{0,40}\\b(from|off|out of) (the |an? |their |his |her )?(high |top |upper )?(upstairs|above|balcony|window|roof|upper floors?|[0-9]+(st|nd|rd|th) floor)\\b|" +
        // "A kid just climbed over the pool fence, no lifeguard around!", "The scaffolding … is swaying in the wind, bits are
        // falling onto the path", "Someone's been following women from the car park": a child at the water alone, a
        // structure coming down where people walk, someone stalking residents.
        "\\b(kids?|child(ren)?|toddlers?|boys?|girls?)\\b(?![^.!?]{0,6}\\b(not|never|dont|shouldnt|mustnt)\\b)[^.!?]{0,30}\\b(pool|pond|lake|river|fountain)\\b[^.!?]{0,30}\\b(no lifeguard|alone|unsupervised|nobody (watching|around)|no one (watching|around))\\b|\\bclimb(s|ed|ing)? over the (pool|pond|lake) fence\\b|\\bno lifeguard\\b[^.!?]{0,60}\\b(kids?|child(ren)?|toddlers?)\\b[^.!?]{0,30}\\b(swimming|deep end)\\b|" +
        "\\b(scaffold(ing)?|sign|signboard|billboard|cladding|facade|panel|tiles?|glass|hoarding)\\b[^.!?]{0,30}\\b(swaying|wobbling|about to (fall|come down|collapse)|coming loose|hanging loose|falling (off|down|onto)|fell (off|down|onto))\\b|" +
        // (Strangers following residents in through the door are a guard's lapse, yellow in the corpus.)
        "\\b(following|stalking|harassing|flashing)\\b[^.!?]{0,6}\\b(women|girls|kids|children|residents|people|tenants)\\b(?![^.!?]{0,6}\\b(in|through|into)\\b[^.!?]{0,12}\\b(door|doors|gate|gates|entrance|lobby|building)\\b)|" +
        // "weedkiller … next to the sandpit … now have rashes", "the ice is clearly thin", a son "grabbed … by the collar and
        // shoved", "a structural wall" knocked through, a sign "flapping loose … above" a queue.
        "\\b(weedkiller|pesticides?|insecticides?|chemicals?|poison)\\b[^?]{0,80}\\b(rash(es)?|vomit\\w*|poisoned|burns|sick|in hospital)\\b|\\b(thin ice|ice is (clearly |very |too |really )?thin)\\b|" +
        "\\b(grabbed|shoved|punched|slapped|kicked|assaulted)\\b[^.!?]{0,16}\\b(my|our|an?|his|her)( teenage| elderly| old| young| little)? (son|daughter|child|kid|boy|girl|mother|father|mum|mom|dad|wife|husband|resident|tenant|neighbou?r)\\b|" +
        // "A delivery driver grabbed my arm", "threatening notes under my door", "two drunk men were fighting …, one had a
        // bottle": hands laid on someone (not to catch them from a fall), threats in writing, a fight with a weapon or drink
        // (children fighting over the swings are not).
        "\\b(grabbed|yanked|twisted|seized)\\b (my|her|his|our) (arm|wrist|neck|hair|throat|collar)\\b(?! (to|and) (stop|help|catch|steady|save|pull|keep|stopped|helped|caught|steadied|saved|pulled|kept)\\b)|\\bthreatening (notes?|letters?|messages?|texts?)\\b|" +
        "\\b(fight|fighting|brawl|brawling)\\b[^.!?]{0,40}\\b(bottles?|knife|knives|blood|bleeding|weapons?|bats?|punch\\w*)\\b|\\b(drunk|drunken)\\b[^.!?]{0,20}\\b(fight|fighting|brawl\\w*)\\b|\\ba fight broke out\\b|" +
        "\\b(knocked (down|through|out)|removed|demolished|cut into)\\b[^.!?]{0,30}\\b(structural|load.?bearing|supporting) wall\\b|" +
        "\\b(sign|signboard|billboard|hoarding|panel)\\b[^.!?]{0,30}\\b(flapping|hanging|swinging) loose\\b|" +
        // "knocked over an elderly lady", "smoking next to the petrol pumps", "the electrical cupboard … is hot to touch", "the
        // pool gate … a toddler wandered in by himself".
        "\\b(knocked|knocking|knocks) (over|down) (an? |the |my |our |his |her )?(elderly |old |little |young )?(lady|man|woman|person|child|kid|boy|girl|pedestrian|resident|someone|somebody|cyclist)\\b|" +
        // "Someone's left a space heater running in the bin room … and it's smoking": the appliance itself smoking.
        "\\b(heaters?|sockets?|plugs?|chargers?|fridges?|microwaves?|kettles?|batter(y|ies)|scooters?|fuse ?box|extension leads?)\\b[^.!?]{0,90}\\b(its|it is|is|started|starting|was) smoking\\b|" +
        "\\b(smoking|smokes|smoked|lit a (cigarette|lighter)|lighting a cigarette)\\b[^.!?]{0,12}\\b(next to|near|by|beside) (the )?(petrol|gas|fuel|diesel) (pumps?|station|tanks?|cylinders?|cans?)\\b|" +
        "\\b(electrical|electric|power|fuse|switch|distribution) (cupboard|box|room|panel|board|cabinet)\\b[^.!?]{0,40}\\b(hot to (the )?touch|buzzing loudly|burning hot)\\b|" +
        "\\b(pool|pond|fountain|lake|river|building site|construction site)\\b[^.!?]{0,50}\\b(toddlers?|little (boy|girl|one)|kids?|child(ren)?)\\b[^.!?]{0,12}\\b(wandered|walked|got|crawled) in(to)?\\b[^.!?]{0,20}\\b(by (him|her|them)sel(f|ves)|alone|on (his|her|their) own)\\b|" +
        // "The water coming out of our taps is brown and smells of petrol", "a huge crack across it and it flexes in the wind".
        "\\b(water|tap water)\\b[^.!?]{0,50}\\b(smells?|tastes?|stinks?|reeks?) (of|like) (petrol|gasoline|diesel|gas|chemicals?|paint|solvents?|sewage)\\b|" +
        "\\b(glass|panel|balustrade|railing|window|pane)\\b[^.!?]{0,40}\\bcrack(ed)?\\b[^.!?]{0,30}\\b(flex\\w*|moves|moving|rattl\\w*|wobbl\\w*|bulg\\w*)\\b|" +
        // "The escalator … suddenly reversed direction with people on it", "kids climbing on the outside of the car
        // park ramp wall, it's a three storey drop".
        "\\b(headaches?|dizzy|nausea|nauseous|feel sick|felt sick|feeling sick)\\b[^.!?]{0,60}\\b(exhaust|fumes|carbon monoxide)\\b|\\b(exhaust|fumes|carbon monoxide)\\b[^.!?]{0,40}\\b(headaches?|dizzy|nausea|nauseous|feel sick|felt sick|feeling sick)\\b|" +
        "\\b(escalator|travelator)\\b[^.!?]{0,40}\\b(reversed|jerked|sped up|speeding up)\\b|" +
        "\\b(kids|children|child|boys?|girls?|toddlers?)\\b (are |is )?(climbing|sitting|playing|standing|hanging|walking) (on|over|along) (the )?(outside|edge|top|ledge|railing|parapet|wall)\\b[^.!?]{0,40}\\b(drop|storeys?|stories|floors? (up|high|down))\\b");

    // A drill or a test of the alarms is announced, not a danger.
    // "不是演练" says it is real.
    private static readonly Regex DrillPattern = new("(?<!不是|并非|并不是|非)(演练|演习|测试|检测|调试)|(?<!not a )\\bdrill\\b|(?<!not a )\\btest", Options);

    // An alarm that rings with no smoke or fire seen, or that the owner thinks is broken, is a fault to repair.
    private static readonly Regex FalseAlarmPattern = new(
        "没(看到|看见|有|闻到|发现)[^,.!?]{0,2}(烟|火)|误报|是不是坏了|坏了吧|没电了|\\bfalse alarm\\b|\\bno (smoke|fire)\\b", Options);

    private static readonly Regex Forbidden = new("严禁|禁止|不得|不要|不准|勿", Options);

    private static readonly Regex FireLanePattern = new("消防通道|安全出口|消防门|防火门|疏散通道|逃生通道|消防卷帘|防火卷帘", Options);

    // What blocks a lane, or makes a fire in it likely. A fire door held open ("被货架顶住了，关不上") lets the smoke through;
    // its broken lock ("锁坏了") locks nothing. A car "停在消防通道上" blocks it.
    private const string FireLaneBlocking =
        "堵|占|停(在|着|了)|锁(?!坏|芯|头|扣|舌)|封|顶住|抵住|挡住|顶着|撑着|关不上|合不上|(一直|长期|整天)(开着|敞开|敞着)|电焊|动火|明火|焊接|打不开|推不开|开不了|开不到|走不掉|走不了|逃不掉|火烛|停满|堆满|堆了|堆放|塞满|跑不掉|逃不出|停车[^,.!?]{0,6}(救护车|消防车|进不来|出不去|危险|出事|万一|人命|急救)";

    // Who is at risk: help that cannot get in, people who cannot get out, a crowd, a tall building.
    private const string FireLaneAtRisk =
        "救护车|消防车|进不来|出不去|出不来|危险|出了?事|万一|人命|全是人|都是人|(坐|挤|站)满了?人|正在放映|(几十|几百|上百|好多|很多|[0-9]+)个?人|([0-9]+|几十|几百|上百|好多|很多|好几十)多?户|([0-9]+|[一二三四五六七八九十]+|几十)层(的|高)?(住宅|居民|楼|高楼|大楼)|高层(住宅|楼)|([两三四五六七八九]?[十百千]|几十|几百|上百|上千|[0-9]+)多?(个|名|位)?(工人|员工|孩子|老人|顾客|学生)";

    private static readonly Regex FireLaneDanger = new(FireLaneBlocking + "|" + FireLaneAtRisk, Options);
    private static readonly Regex FireLaneBlocked = new(FireLaneBlocking, Options);

    // What a fire would do there ("如发生火情将威胁顾客生命安全"), counted only when something blocks the lane:
    // "消防通道在哪里？万一发生火情怎么疏散？" asks the way.
    private static readonly Regex FireConsequence = new("火情|火灾|着火|失火|(无法|没法|不能|难以)疏散|疏散不了|生命安全|安全隐患", Options);

    private static readonly Regex CollectivePattern = new(
        "集体(?<!(物业|社区|公司|学校|单位|居委会|业委会)组织[^,.!?]{0,3}集体)(?!户口|宿舍|活动|婚礼|生日|照|舞|经济|土地)|联名|联署|连署|(门口|楼下|大厅|售楼处|总部|办公室)[^,.!?]{0,4}静坐|静坐(抗议|示威|维权)|(一起|集合|联合起来)[^,.!?]{0,10}讨(个)?说法|全体(商户|租户|住户)(?![^.!?]{0,12}(活动|联谊|聚会|庆|晚会|参加|欢迎|祝))|(一起|集体|联合)(停业|罢市|罢工)|联合起来[^,.!?]{0,6}(不交|拒交|停交|停业|投诉|起诉|告)|(拉横幅|(?<!(欢迎|庆祝|祝贺|宣传|喜庆)[^,.!?]{0,8})横幅|拉条幅|(?<!(宣传|欢迎|庆祝|祝贺|喜庆|物业|社区)[^,.!?]{0,4})条幅)(?![^.!?]{0,8}(庆祝|欢迎|祝贺|宣传|标语|促销|广告|开业|店庆))|大字报|(门口|楼下|售楼处|前台|大厅|办公室)[^,.!?]{0,2}举(着)?(牌子|牌|标语)(?![^,.!?]{0,4}(欢迎|迎接|接))|举(着)?(牌子|标语)(抗议|维权|讨说法)|举牌(抗议|维权)|全(?<!(@|归|属于|属|给|还给|分给)全)体业主|所有业主|(?<!物业|你们|管理处|社区|居委会|街道)组织业主(?![^,.!?]{0,8}(开会|会议|大会|投票|选举|换届|活动|参观|学习|培训|体检|演练|座谈|联欢|旅游|义卖|公益|志愿|比赛|聚餐|团购|郊游|运动会|晚会|联谊))|组团|维权|一起去找|一起投诉|签名信|(业主们?|大家|住户|商户)[^,.!?]{0,3}(都在|都|一起|正在)签了?名|" +
        "(全楼|整栋楼|全小区|[0-9十几百]+多?户)[^,.!?]{0,6}签了?(字|名)|接龙签名|征集签名|签名接龙|已经?收集了?[^,.!?]{0,12}的?签名|(不满意|有意见|受害)的(业主|住户|租户|商户)[^,.!?]{0,12}(集合|一起|联合)|(谁也|谁都|都|集体|全部|一律|统一)不(再)?续(租|约|签)|合同到期[^,.!?]{0,4}(全部|都|一律|统一)不(再)?续|(一起|集体|全部|都要|统一)退(租|铺)|(几十|十几|数十|上百|几百|[1-9][0-9]+)[户位名个家](业主|住户|商户)[^.!?]{0,12}(一起|联合|集体|讨说法|维权|签名|去找)(?![^,.!?]{0,4}(举办|活动|促销|庆|参加|欢迎))|\\bpetition\\b|\\b(collected|gathered|got|have|has)( over| more than| nearly| almost)? ([0-9]+|dozens of|hundreds of|a hundred) signatures\\b(?=[^.!?]{0,40}\\b(against|oppos\\w*|protest\\w*|complain\\w*|object\\w*|remove|replace|sack|fire)\\b)|\\b(collected|gathered|collecting|gathering) signatures from ([0-9]+|dozens of|hundreds of|all|most|every)\\b(?![^.!?]{0,40}\\b(thank|card|gift|farewell|retirement)\\b)|\\b(signed|signing) a letter\\b[^.!?]{0,60}\\b(replace|replaced|remove|removed|sack|sacked|get rid of)\\b|\\bclass action\\b|\\bjoint letter\\b(?! of (thanks|thank you|appreciation|support|congratulations?))|\\bsigning a letter to (replace|remove|sack|get rid of)\\b|\\b(organi[sz]\\w*|hold(ing)?|stag(e|ing)|plan(ning)?|join(ing)?|start(ing)?) (a |the )?(protest|demonstration|sit-in)\\b|\\b(protest|demonstration|sit-in) (outside|at|in front of) (your|the (management|property|site) office)\\b|\\ball (the )?(residents|owners|tenants) (are|will|have)\\b", Options);

    // "大家都在抱怨" says many owners care, which is what a group alert looks for, but it is not yet collective action:
    // "垃圾桶大家都混着倒" is no threat at all.
    // "这事没完，我已经联系了好几个同样情况的业主", "业主代表12户来访", "We are a group of 25 tenants": owners counted or gathered;
    // 上访, but not another community's ("听说隔壁小区的业主去上访了" is news) unless the writer means to follow ("…我们也要去").
    // A pattern of its own: added to the one above, they defeated its search for a first character and nearly tripled its
    // time (`bench --rules` shows it).
    private static readonly Regex CountedPattern = new(
        "上访[^.!?]{0,8}(我们|咱们|我)也(要|得|准备|打算|会|去)|上访(?<!(隔壁|别的|其他|旁边|附近|对面)(小区|楼盘|社区|园区)[^,.!?]{0,8}上访)|" +
        "联系了?(好几个|几个|不少|[0-9十几]+个)(同样情况|一样情况|有同样问题|情况一样|受害)的(业主|住户|邻居|商户|租户)|" +
        "(业主|住户|商户|租户)代表[^,.!?]{0,2}([0-9]{2,}|十几|几十|[一二三四五六七八九]?十[一二三四五六七八九]?)(户|名|位|人)[^,.!?]{0,2}(来访|上门|到访|一起来|集体)|" +
        "\\b(we are|were|as) a group of ([0-9]{2,}|twenty|thirty|forty|fifty) (tenants|residents|owners|households|neighbours|neighbors|leaseholders)\\b", Options);

    private static readonly Regex Nomination = new("^(推荐|提名)", Options);

    private static readonly Regex GroupMarkerPattern = new("大家都|大伙都|业主们都|业主群(里)?都", Options);

    private static readonly Triggers RepeatedPattern = new(
        [
            // "这破门禁一个月坏三次": breakdowns counted in a month or a week ("一周停了三回，顾客都抱怨" is yellow in the corpus).
            "(一个月|一周|一个星期|一个礼拜|这个月|这周)[^,.!?]{0,2}坏(了)?[三四五六七八九十0-9]+次|一年[^,.!?]{0,2}坏了?(十几|二十|几十|[1-9][0-9])多?次|" +
            // "跟三任管家都说过", "管家都换了三茬了", "换了三个项目经理，还在漏" (not "管家换了三个了，每次都要重新沟通", blue in the corpus),
            // "同一个漏水点修了五回", "业主群里问了八遍…一个回复都没有" (not "我问了三遍车位租金怎么算", yellow), "快递又被物业弄丢了，这是第三个了",
            // "我投诉的那件事已经过去二十多天了", "说好国庆节前修好的路灯，元旦都过了", "我那个中秋节报的修还没人理".
            "[三四五六七八九几]+任(管家|客服|经理|项目经理|物业经理)|(管家|客服|经理|项目经理|物业经理|维修师傅|师傅)[^,.!?]{0,3}(都)?换了[三四五六七八九几]+茬|换了[三四五六七八九几]+(茬|个|任)(管家|客服|经理|项目经理|物业经理)[^.!?]{0,4}(还在|还是|仍)|" +
            "修了[三四五六七八九十]+(回|遍)|(问|催)了[三四五六七八九十]+(遍|次|回)[^.!?]{0,16}(一个回复都没有|没人回|没有回复|没人理|没人回答)|(丢|弄丢|被偷|偷走|拿错|丢失)[^.!?]{0,8}这(已经)?是第[三四五六七八九十]+(个|件)了|" +
            "(投诉|反映|报修)的?(那件|这件)?事[^,.!?]{0,4}(已经)?过去(了)?(二十|三十|[2-9][0-9])多?天|说好(国庆|中秋|春节|五一|元旦|年前|月底)节?(前|之前)?[^.!?]{0,10}(国庆|中秋|春节|元旦|五一|端午|清明)(节)?都过了|(中秋|国庆|五一|端午|春节)节?报的[^.!?]{0,6}(还|仍)(没|未)|" +
            // "一次次催一次次敷衍": chasing told as again and again.
            "第[三四五六七八九十0-9]+[次遍回起趟]|[三四五六七八九十百千0-9]+[次遍回趟]了|一(次次|遍遍|回回)(地)?(催|找|问|打电话|反映|投诉|报修|跑)|催了又催|等了又等|找了又找|问了又问|说了又说|修了又修|拖了又拖|跑了又跑|没有一次(来|修好|解决|兑现|做到)|第几次(投诉|反映|报修|打电话|找)|记不清[^,.!?]{0,6}(几次|多少次|第几次)|" +
        // "报修的时候我还穿着短袖，现在羽绒服都穿上了", "我报的时候穿短袖，现在羽绒服都翻出来了": the seasons told by the writer's clothes.
        "(报修|投诉|反映|说好|答应|催|报的时候)[^.!?]{0,20}(短袖|短裤|凉鞋|背心)[^.!?]{0,16}(羽绒服|棉袄|棉衣|秋裤)(都)?(穿上|上身|翻出来|拿出来|找出来)|(报修|投诉|反映|说好|答应|催)[^.!?]{0,12}(羽绒服|棉袄|棉衣)[^.!?]{0,16}(短袖|短裤|凉鞋)(都)?(穿上|上身)|" +
        // "坏的时候我儿子还在念初三，现在他高考都考完了", "从孩子会走路翘到孩子会跑了": a child grown up beside the fault;
        // "路灯坏了才两个月就有人来看了": months of waiting mocked as speed.
        "(坏|报修|投诉|反映|翘|漏|堵)[^.!?]{0,20}(孩子|儿子|女儿|闺女|宝宝)[^.!?]{0,30}(现在|都|已经|到)[^.!?]{0,8}(会叫|会走|会跑|会说话|上幼儿园|上小学|上初中|高考|毕业|考完)|" +
        "(坏|漏|堵|报修|投诉|反映)[^,.!?]{0,6}才([两三四五六七八九十几]+个?多?月|半年|一年)就|" +
        // "从十月一号到现在，我家卫生间的排风扇一直没人来修": undone since a month or a season named (not "从昨天到现在").
        "从[^,.!?]{0,4}([一二三四五六七八九十]{1,2}|[0-9]{1,2})月[^,.!?]{0,4}到现在[^.!?]{0,20}(一直|还|都|仍)[^,.!?]{0,3}(没|未|不)|从(国庆|中秋|春节|元旦|五一|端午|清明|开春|夏天|冬天|去年)[^,.!?]{0,4}到现在[^.!?]{0,20}(一直|还|都|仍)[^,.!?]{0,3}(没|未|不)|" +
        // "原来报修可以排队排到下个季度": a queue that reaches next season.
        "(报修|维修|投诉|处理)[^,.!?]{0,8}(排队|排|等|拖)(排)?到(了)?(下个季度|下季度|明年|年底|下半年)|" +
        // "“暂停开放”牌子挂得比健身房开放的时间还长": a notice up longer than the thing ever worked.
        "(暂停开放|暂停使用|维修中|检修中|故障|停用|坏了)[^,.!?]{0,6}(牌子|告示|通知|提示|纸)[^,.!?]{0,4}挂得比[^,.!?]{0,12}还(长|久)|" +
        // "我家的报修单比我家孩子的作业本还厚了", "报修单都交了一沓了", "报修单都能开个连续剧了": tickets piled up as a book, or
        // told as a series.
        "(报修单|工单|投诉单)[^,.!?]{0,10}(比[^,.!?]{0,10}还厚|(攒|交|递|填|写)了?(一|厚厚的?一)[沓摞叠本])|(报修单|工单|投诉单)[^,.!?]{0,6}(连续剧|电视剧|长篇小说|连载)|(报修单|工单|投诉单)[^,.!?]{0,4}[两三四五六七八九十几0-9]+张|(去年|年前|几个月前|上半年)就(反映|投诉|报修|说|提|报|讲)过|(这|都)(是|已经)?第几(回|次|遍)了|(?<=又[^,.!?]{0,12})第几(回|次|遍)了|一遍又一遍|一趟又一趟|(就|从来|从)没(有)?(解决|修好|处理好)过|(每次|次次)[^.!?]{0,10}都(说|答应|讲|承诺)[^.!?]{0,16}(结果|可|但|却|就是)|(每次|次次|每回|每周|每天|天天|周周)[^,.!?]{0,8}都(说|讲|答应|推说)[^,.!?]{0,2}(明天|下周|过两天|改天|这两天)|(每次|次次|每回)[^.!?]{0,10}都[^,.!?]{0,4}(说|答应|讲|承诺)(?=[^!?]{0,40}(没有然后|没了?下文|(一个|一次|一件)?都没(解决|修好|兑现|落实)))|(每年|年年)都?(说|讲|答应|承诺)[^,.!?]{0,6}(整改|修|解决|处理|改)|(还要|还得)我[^,.!?]{0,2}(报|打电话|催|说|反映|跑)[^,.!?]{0,3}(吗|几次|多少|几回|到什么时候)|无数[次遍]|屡次|反复(报修|投诉|反映|说|打电话)|一而再|" +
        // "刮了好几次车底" and "多次调节无效" count how often a thing happened, "多打扫几次" asks for more; it is the
        // complaints that must repeat ("打了五六次都是忙音，好不容易打通了" counts tries to get through).
        "(投诉|反映|报修|说|讲|检举|举报|打(?!扫)|问|催|找|联系|发函|提|来电|报)[^,.!?]{0,3}(好几次|多次|[三四五六七八九十几]{1,3}次)(?![^,.!?]{0,2}才(有人|打通|接通|接|通|打进|联系上|找到)|[^,.!?]{0,6},(好不容易|终于|总算)才?(有人接|打通|接通|打进))|(好几次|多次|屡次)(书面|口头|电话)?(投诉|反映|报修|打电话|找|催|发函|联系|提出|来电|说)|(好几次|多次|屡次|几次三番)(跟|向|给|找)[^,.!?]{0,8}(投诉|反映|报修|提|说|打电话|催)|" +
        "[三四五六七八九十0-9]+次(返修|报修|投诉|反映|维修|上门|催|发函|来电)|(投诉|反映|报修)了?[一两三几半十0-9]+(个)?多?(月|年)|(说|催|问|找|沟通|协调|交涉)了(整整|足足|快|将近|都)?([一两三四五六七八九十几半0-9]+个多?月|半年|大半年|一年)|还是老样子|毫无进展|没有任何进展|(说|讲|反映|投诉|报修|报|找|催|打|提)了?[^,.!?]{0,2}(好多回|好几回)|(来了|来看了|来修了|来查了|来检查了)[三四五六七八九十几0-9]+(次|回|趟)(?![^,.!?]{0,2}才)|回回|多少[遍次回]了|一直拖|拖着不|[nN][次遍回]|(投诉|反映|报修|打|催|找|说)了?[^,.!?]{0,2}(八百|一百|几百|上百|一万)(遍|次|回)|天天(打电话|催|问|说)|反反复复|三番五次|一次又一次|月月坏|年年(修|坏)|" +
        "(一直|始终|至今|迟迟|依然|仍然)(没|不|未)(有人?)?(彻底|完全|真正|得到|获)?(修|处理|解决|管|回复|来|弄|答复|给说法)|" +
        // "拖了两个星期" and longer; "拖了十天" is a wait, not yet long unresolved (a week is yellow, two are red). Weeks then
        // 就 ("用了两周就打不开了") tell how soon a thing failed, not how long it waited; "那三个月能不能不交" asks.
        "拖了(?!一个?(周|星期|礼拜))[^,.!?]{0,4}(周|星期|礼拜|月|季度|年)|拖了(快|整整|足足|都|将近)?(十[四五六七八九]|十几|二十|三十|四十|五十|[2-9][0-9]|1[4-9])多?天|(?<!(上午|早上|中午|下午|晚上|今天|今早|昨天|昨晚|刚才|早晨|一早|半夜|凌晨|点)[^,.!?]{0,3})(拖|说|等|报|协调|研究)到[^,.!?]{0,4}(冬天|夏天|秋天|春天|年底|明年|现在|立春|立夏|立秋|立冬|入秋|入冬|入夏|过年|春节|国庆|中秋|元旦|端午|清明)|([一两三几半十0-9]+(个)?多?月|[两三几十0-9]+(个)?多?(星期|礼拜|周))(了)?(?!就)[^,.!?]{0,3}(还|都|也|仍)?(没|(?<!(能|可|是|要|会))不|未)(?!睡|休息|出(现|过)?(问题|故障|毛病|事)|坏|漏|发生)|([一两三几半十0-9]+(个)?多?月|[两三几十0-9]+(个)?多?(星期|礼拜|周))(了)?(?!就)[^,.!?]{0,3}(还|都|也|仍|仍然|依然)无(结果|进展|回复|答复|回音|人)|(半年|一年|大半年|好几年|[两三四五]年)了[^.!?]{0,3}(还|都|也|仍)(没|不|未)|" +
        "这么久(了)?(还|都)?(没|不)|(整整|足足|已经|都|快|将近|差不多)(二十|三十|四十|五十|六十|七十|八十|九十|一百|[2-9][0-9]|[1-9][0-9]{2})多?天了?[^.!?]{0,6}(还|都|也|仍)?(没|未)(?!睡|休息)|已经[^,.!?]{0,2}([两三四五六七八九十几0-9]+个?多?(星期|礼拜|周|月)|半个?多?月|半年|一年多?|好几个月)了(?=[,.!?]|$)|石沉大海|杳无音信|音讯全无|没有下文|没下文|" +
        // "报修单提交了二十天，状态还是待派单": three weeks or more and still waiting, not a stay or a renovation of the writer's own.
        "(?<!(住|装修|出差|旅游|搬来|来|干|上班|工作)[了有])(?<=[了有])([二三四五六七八九]十[一二三四五六七八九]?|一百|[2-9][0-9]|[1-9][0-9]{2})多?天了?,?[^.!?]{0,6}(还是|仍然|依然|还|都|一直)[^,.!?]{0,2}(没|未|待|老样子)(?!睡|休息)|" +
        // "上个月就坏了，到现在也没人来修": weeks or months, not "上周" or "前几天".
        "(上个?月|上上周|去年|上半年|半年前|一年前)就?(报修|反映|投诉|报|说)(的|了|过)?[^,.!?]{0,2}(到现在|至今)|" +
        "(上个?月|上上周|去年|上半年|半年前|一年前|(半|[一两三四五六七八九十几0-9]+)个(多)?(月|星期)前)[^.!?]{0,24}(到现在|至今|到今天)[^,.!?]{0,8}(没|未|不)|" +
        // "半年了！半年了！车库的灯还是一半不亮": the wait, then what is still wrong (not how long someone has lived here).
        "(?<!(住|搬来|来|工作|干|用|开业|入住)了?)(半年|大半年|一年|快一年|一个季度|[一两三几十0-9半]+个多?月)了[^?]{0,30}(还是|仍然|依然|还)[^,.!?]{0,8}(不|没|坏|漏|黑|挂|待|老样子)|" +
        // "三个礼拜了还在“协调中”": weeks or months and the case still in the company's hands; "路灯坏得连小区的猫都习惯摸黑走路了，
        // 你们还没想起来修": a fault lived with so long it became a habit.
        "([两三四五六七八九十几]+个?多?(星期|礼拜|周)|[一两三几十0-9半]+个多?月|半年)了[^?]{0,12}还在[^,.!?]{0,3}(协调|处理|走流程|审批|报批|研究|沟通)|" +
        "(都|已经|早就)习惯了?[^.!?]{0,12},?[^.!?]{0,6}(还没|还是没|仍没|都没)(想起来|打算)?(修|来修|人修|人管|处理|换)|" +
        // "一个灯泡修了整整一个月": a repair or a wait that took a month or more (not the writer's own renovation).
        JobTookMonths + "|" +
        // "一个灯泡换了三个礼拜": a job that took two weeks or more.
        JobTookWeeks + "|" +
        "(报修|投诉|反映)(记录|单子|工单)[^,.!?]{0,6}(排|一大|一摞|一沓|一页|一长串)|(跑|去|找)了?[^,.!?]{0,2}(物业|你们|管理处|前台|服务中心|客服中心|办公室)[^,.!?]{0,4}(七八|五六|三四|四五|六七|好几|[三四五六七八九十几]+)(趟|回)|" +
        "不是第[一二两]次了|不止[一两二三]次了|" +
        // "同一个水管，一年修了九次": the same thing repaired again and again; "从十一月睡到现在": a fault since a month named.
        "修了([三四五六七八九十几]|[3-9]|[1-9][0-9])+次|从(十[一二]|[一二三四五六七八九十])月份?(起|开始|初|中|底)?[^,.!?]{0,6}(到现在|至今|到今天)|" +
        // "我的投诉今天满月了", "上周、上上周、上上上周都打过电话", "从我怀孕反馈到孩子满月" (or 坏到), "第五个周末了": a wait told as a
        // birthday, as one week after another, by the writer's own life, or counted in weekends.
        "(投诉|报修|工单|反映)[^,.!?]{0,6}(满月|过百天|满百天|过百日|满百日|百日宴|过周岁|满周岁)|上周[、,和]?上上周|" +
        "从[^,.!?]{0,4}(怀孕|怀二胎|怀老二|怀上|结婚|入学|上幼儿园|上小学|毕业|退休)[^,.!?]{0,2}(说|报|反映|反馈|提|催|等|问|投诉|拖|修|坏)到|第[三四五六七八九十几0-9]+个(周末|星期|礼拜|月|周[一二三四五六日天]|星期[一二三四五六日天]|礼拜[一二三四五六日天])了|" +
        // "现已逾期二十余日", "已累计报修十一次", "从去年国庆到今年国庆", "报修之后，树叶绿了又黄了": overdue by weeks, reported
        // again and again, a year, the seasons going by.
        "(逾期|超期|超时)(了)?" + Days14 + "余?(日|天)|(逾期|超期|超时)(了)?([一两三四五六七八九十]+|半)个?多?月|" +
        // "电梯异响问题已持续一个季度，维保单位多次检修无效": a fault that lasted a season, repairs made again and again to no
        // avail.
        "持续(了)?(快|将近|整整)?(一个|整个|大半个|[两三四]个)(季度|学期)|(多次|反复|屡次|几次|数次)(检修|维修|修理|维护|处理)(均|都|仍|还是|依然)?(无效|未果|没用|不见效|没效果)|" +
        // "称已反映逾两月": a report more than two months old, in a record's words.
        "(反映|报修|投诉|催办|申请|提交)(已|已经)?逾([两三四五六七八九十几]+个?多?月|半年|一年|[三四五六七八九十]+周)|" +
        "(累计|共|总共|一共|先后)(报修|投诉|反映|来电|返修|催办|发函)了?([三四五六七八九十]|十[一二三四五六七八九]|[二三四五六七八九]十|[3-9]|[1-9][0-9])(次|回|遍)|" +
        "从去年[^,.!?]{0,6}到今年|(绿了又黄|黄了又绿|开了又谢|谢了又开|落了又长)|" +
        // "报修编号是0307，今天是五月二十号，你们自己算算多少天了": the owner counting the days for the company.
        "(算算|数数|算一算|数一数)[^,.!?]{0,4}(多少|几)(天|个月|周|个星期)了|" +
        // "从孩子上幼儿园答应到现在", "反映了整整一个夏天", "去年冬天报的，现在又快冬天了", "一年了一点变化都没有": a wait told
        // by the seasons or the years of the writer's life.
        "从(?!(上午|早上|中午|下午|晚上|今天|今早|昨天|昨晚|刚才|早晨|一早|半夜|凌晨|[0-9一二三四五六七八九十]+点))[^.!?]{2,12}(答应|说|报|反映|提|催|等)到(现在|今天|如今)|(开春|年初|春节|国庆|年前|去年|上半年|夏天|冬天|春天|秋天)就(说|答应|报|反映|讲|提)[^.!?]{0,30}(到现在|至今)(还是|仍然|依然|还|都)|" +
        "(反映|投诉|报修|说|催|等)了?(整整|足足)?(一整个|整个|一?个?)(夏天|冬天|春天|秋天|季度|学期|暑假|寒假)|去年[^,.!?]{0,4}(报|反映|投诉|说|提)的?,?[^.!?]{0,8}(现在|如今|今年[^,.!?]{0,4})[^,.!?]{0,2}(又|都)|" +
        "(一年|半年|几个月|两年|好几年)了[^,.!?]{0,4}(一点|一丁点|任何)?(变化|进展|改善|改变|动静)(都|也)?(没有|没)|" +
        "(快|都|已经)?(两|三|四|五|好几)年了[^.!?]{0,30}(谁都说不是|互相推|推来推去|踢皮球|没人管|没解决)|(打|发|催|找|反映|报|说|讲|提|跑)了?不下[三四五六七八九十几0-9]+[个次回遍趟]|" +
        // "楼道灯坏了两个月": broken for months, however the writer goes on, unless it is fixed now (a car 停了半年 is parked).
        // "坏掉半年了", "壞咗半年" are broken as long ("漏掉了三个月的账单" left something out, so only 坏 takes 掉).
        "((坏|漏|堵|黑|不亮)了|坏(掉了?|咗))(快|整整|足足|都)?([两三四五六七八九十几0-9]+个多?月|俩个?多?月|一个多月|半年|大半年|一年)(?![^.!?]{0,12}(终于|修好了|已经修好|已修好))|" +
        // "路灯坏了快四十天了", "卷帘门坏了二十来天", "等了十八天", "滴了一整个雨季": two weeks and more counted in days, or
        // a fault that lasted a season (not a car parked that long, nor a neighbour's drill: "电钻响了一整个暑假").
        "((坏|漏|堵|黑|不亮|滴|等)了|坏(掉了?|咗))(快|整整|足足|都|将近|差不多)?" + Days14 + "(多|来|余)?(天|日)(?![^.!?]{0,12}(终于|修好了|已经修好|已修好))|" +
        "(滴|漏|臭|泡|堵|坏|黑|流)了(一)?(整|成)个(雨季|夏天|冬天|春天|秋天|季度|月|暑假|寒假)|(反味|返味|反|返|臭|漏|滴|堵)了(一)?个(雨季|夏天|冬天|春天|秋天|季度|暑假|寒假)|" +
        // "免费体验了一个月爬二十层楼梯", "垃圾堆在楼下半个月了", "杂草长得比我还高了，……都两个月了": a lift out told by the
        // stairs climbed, rubbish left, and a wait said last, perhaps before a request and thanks ("…都两个月了，麻烦尽快处理，
        // 谢谢！"; in a complaint only, as every count here: "宝宝都两个月了" asks about something else).
        TwoWeeksOrMore + "(?!前)[^,.!?]{0,4}(爬|走)[^,.!?]{0,6}楼梯|" +
        "(垃圾|杂物|纸箱|纸皮|大件|旧沙发|沙发|旧家具|家具|床垫|废品)[^,.!?]{0,6}(堆|放|扔|摆|满)[^,.!?]{0,6}" + TwoWeeksOrMore + "了?(?![^.!?]{0,12}(终于|清走|清理了|已清|清掉了|是我家|是我们家|是我的))|" +
        "都(快|整整|足足)?([两三四五六七八九十几]|好几)个多?月了(?=([,.!?~ ]*(麻烦|请|烦请|希望|望)[^.!?]{0,10})?([,.!?~ ]*(谢谢|感谢|多谢|辛苦了))*[.!?~ ]*$)|" +
        // "楼上装修吵了两个月了，物业就会说'已经提醒了'": a neighbour's noise for months, and the company's excuse mocked or its
        // silence told (the noise alone, "电钻响了一整个暑假", is a complaint about the neighbour).
        "(吵|闹|砸|响|敲|钻|装修)了?(快|整整|足足|都)?([两三四五六七八九十几]+个多?月|半年|大半年|一年)[^.!?]{0,16}(物业|你们|管理处)[^,.!?]{0,4}(就会|只会|只知道|从来不|一直不|根本不|也不)(说|讲|管|理|处理)|" +
        // "记录了大半年，积水一点没变", "装修垃圾都长草了": half a year with nothing changed, rubbish left so long that grass
        // grows on it (a flat that stayed as nice "一点没变" is praise).
        "(?<!(住|搬来|来|工作|干|用|开业|入住)了?)(半年|大半年|一年多?|[两三四五六七八九十几]+个多?月)[^.!?]{0,20}(一点|丝毫|一丁点|半点|一件|一样)(都|也)?没(变|动|改善|好转)(?![^.!?]{0,6}(还是|依然|一样)[^,.!?]{0,3}(好|干净|漂亮|整洁|热情))|" +
        "(垃圾|杂物|建渣|渣土|废料|旧家具|纸箱)[^.!?]{0,12}长(出)?(了)?草|" +
        // "喷泉停了一个夏天": a thing that should run, stopped for a season (a pool closed for the winter is calm).
        "(喷泉|电梯|扶梯|水泵|空调|暖气|新风|门禁|道闸)停了(一)?整?个(雨季|夏天|冬天|春天|秋天|季度)(?![^.!?]{0,12}(终于|修好了|已经修好|已修好|恢复))|" +
        // "停水第十六天", "这一拿就是半个月", "工单显示已派单，已经显示了二十三天", "反映了三个礼拜", "申请提交后已过去二十五个工作日":
        // two weeks and more counted by the day of a cut, by what a promise turned into, by a status, or in working days.
        "(停水|停电|断水|断电|停气|断网|停暖|没水|没电|没网|坏|漏|黑|(?<!车)停)[^,.!?]{0,3}第" + Days14 + "天|" +
        "这一[\\u4e00-\\u9fff]就是(半个?多?月|一个多?月|[两三四五六七八九十几]+个?多?(星期|礼拜|周|月)|半年|一年|" + Days14 + "多?天)|" +
        "已经(?!(住|装修|出差|旅游|搬来|来|上班|工作|开业|入职|入住|用))[^,.!?]{0,3}了" + Days14 + "多?天了?(?=[,.!?]|$)|" +
        "(反映|投诉|报修|催|催办)了(整整|足足|快|将近)?([两三四五六七八九十几]+个?(星期|礼拜|周)|" + Days14 + "多?天)|" +
        "(过去|过了|超过|逾)了?(十[一二三四五六七八九]?|[二三四五六七八九]十[一二三四五六七八九]?|1[0-9]|[2-9][0-9])个工作日|" +
        // "报修是上上个月的事，师傅来拍了张照就走了，再也没出现过"; "说赔，赔到现在连个电话都没": a promise repeated as
        // the wait.
        "(报修|投诉|反映)(是|在)?(上上个?月|去年|半年前|几个月前)[^.!?]{0,30}(没|未|再也)|" +
        // "报修三周无人跟进": reported weeks ago and nobody on it (a car "停了大半年没人处理" is not a report).
        "(报修|投诉|反映|上报)了?(快|整整|足足|已|已经)?([两三四五六七八九十几]+个?多?(周|星期|礼拜|月)|半个?多?月|半年|一年)(了)?,?(都|仍|还|也)?(无人|没人)(跟进|处理|过问|理会|联系|回复|上门|管)|(说|答应)(?<promised>[\\u4e00-\\u9fff]),\\k<promised>到(现在|今天|如今)|" +
        // "一个灯泡从报修到换好用了二十五天": three weeks or more to get a thing done.
        "(用了|花了|等了)(整整|足足)?([二三四五六]十[一二三四五六七八九]?|[2-9][0-9])多?天|" +
        // "同一屋面防水已维修三次仍漏雨": repaired three times and still failing.
        "(维修|修理|返修|修)(了|过)?[三四五六七八九十几0-9]+[次遍回][^,.!?]{0,2}(仍|还|都|依然|也)(没|不|未|漏|坏|是)|" +
        // "去年雨季你们说今年雨季前搞定", "从我搬进来那天就是坏的", "从上任经理交接到这任经理", "约了三回", "一个月过去了",
        // "报修记录里我的名字出现了六回": a promise a year old, broken since the writer moved in, handed from one manager
        // to the next, booked again and again, a month gone by.
        "去年[^.!?]{0,16}(说|答应|承诺|保证)[^.!?]{0,12}(修|搞定|解决|处理|整改|弄好)[^.!?]{0,20}(今年|现在|如今)|从[^,.!?]{0,6}(搬进来|搬来|入住|交房|收房|住进来)[^,.!?]{0,6}(就)?(是坏的|坏了?|漏|不亮|不好用|不能用)|" +
        "(上任|前任|上一任)[^.!?]{0,12}(这任|现任|这一任)|(约|预约)了?[三四五六七八九十几]+(回|次|遍)|([一两三四五六几半]+个多?(月|季度)|半年|一年)(都|已经)?过去了|(都|已经)过去(了)?[两三四五六七八九十几]+个?多?(星期|礼拜|周|月)|(报修|投诉)记录[^.!?]{0,12}[三四五六七八九十几]+(回|次)|" +
        // "车被砸了一个月了，连个人影都没调出来"; a week of it is yellow.
        "(一|半)个多?月了,[^.!?]{0,16}(还是|仍然|依然|还|都)(没|没有|未)|" +
        // "迄今已近两月，仍未见维修人员上门", "至今悬而未决", "这都等了快三个礼拜了".
        "(迄今|至今)(已|已经)?(近|将近|快|逾|超过)?[两三四五六七八九十几]个?多?(月|星期|礼拜|周)|悬而未决|遥遥无期|(等|拖)到天荒地老|" +
        "等了(整整|足足|快|将近|差不多)?[两三四五六七八九十几]+个?多?(星期|礼拜|周)(?![^.!?]{0,12}(终于|修好了|已经修好|已修好))|" +
        // "马上处理——马上就是三个星期": a promise of speed that took weeks.
        "(马上|立刻|立即|尽快|很快|明天|下周)(就是|等于|成了|变成了?)[^,.!?]{0,3}([两三四五六七八九十几]+个?(星期|礼拜|周|月)|半个?多?月|半年|一年)|" +
        // "两个月了，还是没有任何人联系我", "三周了一个电话都没有": the wait first, then what has still not happened (not
        // "两周了都没出问题").
        "(两|三|四|五|六|几|[0-9]+)个?多?(月|星期|礼拜|周)了,?[^.!?]{0,16}(还是|仍然|依然|还|都)(没|没有|未)(?!(出)?(问题|毛病|事|坏|漏))|" +
        // "在我投诉后的第二十五天", "报修那天我儿子刚学会走路，现在他都会跑了", "报修的时候我家狗还是小奶狗，现在它都当妈了":
        // two weeks or more counted from the report.
        "(投诉|报修|反映)(后|之后|以后)的?第([二三四五六]十[一二三四五六七八九]?|[2-9][0-9]|十[四五六七八九])天|" +
        "(报修|投诉|反映)的?(那天|那会儿?|的时候)[^.!?]{0,20}(现在|如今)[^.!?]{0,6}(都|已经)(会|上|能|学会|当|长大|成年|断奶|毕业|结婚|退休|高考|搬走)|" +
        // "从我家狗还是小奶狗的时候就报修了，现在它都成年了": the same life told from before the report.
        "(还是|还在|刚)[^,.!?]{0,8}的时候就(报修|投诉|反映|报)了?[^.!?]{0,12}(现在|如今)[^.!?]{0,6}(都|已经)(会|上|能|学会|当|长大|成年|断奶|毕业|结婚|退休|高考|搬走)|" +
        // "报修的时候我还在用旧手机，现在新手机都换了两代了", "从我买车到现在换了第二辆车它还在", "路灯坏到现在，我家孩子都从走路要人
        // 牵到自己会骑车了", "坏了一整个学期", "这个下周已经是第七个下周了", "滴水到现在快二十天了": a life, a season or a promise
        // that moved on while the fault stayed.
        "(报修|投诉|反映)的?(那天|那会儿?|的时候)[^.!?]{0,20}(现在|如今)[^.!?]{0,8}(都|已经)换了(两|三|四|五|几|好几)(代|部|台|辆|个)|" +
        "从我?刚?(买车|提车|买房|收房|搬来|搬进来|入住|怀孕|结婚|入职)[^,.!?]{0,4}(到现在|等到|拖到)[^.!?]{0,16}(还在|还没|还是|都过了|换了第二|换了两)|" +
        "(坏|漏|堵|黑|不亮|停)到现在[^.!?]{0,10}(孩子|儿子|女儿|小孩|宝宝|狗|猫)[^.!?]{0,4}都[^.!?]{0,12}(会|学会|能|上|长大)|" +
        "(坏|漏|渗|堵|黑|不亮|停|滴|等|拖)了(快|整整|足足|都|将近)?(一个|一整个|整个|大半个)(季度|学期|雨季|梅雨季|夏天|冬天)|第[三四五六七八九十几]+个(下周|明天|下个月|下次)|" +
        "(滴水|漏水|坏|漏|堵|不亮|停)到现在(都)?(快|整整|足足|将近|已经|有)?" + TwoWeeksOrMore + "了|" +
        // "连续七天零接通", "上个月的留言这个月才回", "从开始报修到现在，我家热水器的保修期都过了", "我孩子从上幼儿园起就说单元门不好推，
        // 现在都上三年级了": a week of unanswered calls, a month for a reply, a warranty or a child's schooling outlasted by the wait.
        "(连续|一连|整整)[三四五六七八九十0-9]+天[^,.!?]{0,4}(零接通|没人接|无人接听|打不通|没打通)|上个?月的?(留言|消息|邮件|工单|报修|投诉)[^.!?]{0,6}(这个?月|今天|现在|这周)才(回|来|修|处理|答复)|" +
        "(报修|投诉|反映)[^.!?]{0,10}(到现在|至今)[^.!?]{0,12}(保修期|质保期)(都|也|已经)?(过了|过期|到期)|" +
        "从(上|读)?(幼儿园|小学|初中|一年级)(起|开始)?[^.!?]{0,20}(现在|如今)(都|已经)?(快|要)?(上|读)?(小学|初中|高中|大学|[二三四五六]年级|毕业)|" +
        // "这次厨房下水道又是第十六天了", "从梧桐叶子绿等到梧桐叶子黄", "我帮您反馈一下……听了两个月了": two weeks counted in days,
        // a wait told by the leaves, the same brush-off heard for months.
        "(又|已经|都)是第" + Days14 + "天|从[^,.!?]{0,4}(叶子|树叶)绿(等|拖|说|催|盼|修)到[^,.!?]{0,4}(叶子|树叶)黄|(听|催|问)了(整整|足足|快|将近)?(两|三|四|五|六|几|好几)个多?月了|" +
        // "这句话我听得比我妈叫我吃饭还多": the same brush-off heard, or the same call made, more often than anything at home.
        "(这句话|这话|这种话|同样的话|这套说辞|这个答复)[^.!?]{0,6}(听|说)得比[^,.!?]{1,14}还(多|熟|勤)|(催|打|问|跑|报修)[^,.!?]{0,2}得比[^,.!?]{1,14}还(多|勤)|" +
        // "从三月份开始报，现在都十一月了": months named at both ends.
        "从[一二三四五六七八九十0-9]+月份?[^.!?]{0,16}(现在|如今|眼看)(都|已经|就)?(到)?[一二三四五六七八九十0-9]+月|" +
        "从(清明|元宵|七夕|重阳|冬至|腊八|除夕|小年|圣诞|春节|国庆|元旦|中秋|端午|五一|十一|过年|年初|年前|开春|入冬|入夏)[^.!?]{0,16}(现在|如今|眼看)(都|已经)?(快|要)?(到)?(了)?(清明|元宵|七夕|重阳|冬至|腊八|除夕|小年|圣诞|端午|中秋|国庆|春节|过年|年底|元旦|五一|十一|夏天|冬天)|" +
        // "从五月初说到七月底", "从开春投诉到入秋", "从中秋到元旦，换了三拨人来看", "从清明修到端午", "积水从国庆泡到现在": a
        // wait, or a fault that went on, from one season, festival or month to another or to now (not a renovation's
        // months: "我家装修从五月修到七月").
        "(?<!装修[^,.!?]{0,8})(从|由)(今年|去年)?(清明|元宵|七夕|重阳|冬至|腊八|除夕|小年|圣诞|春节|国庆|元旦|中秋|端午|五一|十一|过年|年初|年前|开春|入冬|入夏|入秋|春天|夏天|秋天|冬天|新的一年|新年|年头|开学|放假|暑假|寒假|[一二三四五六七八九十0-9]+月份?[初中底]?)节?(前|后|之前|以后)?(报修|说|报|催|投诉|反映|等|拖|问|排|修|漏|泡|积|坏|堵|吵|臭|黑|停|堆|(?<=(维修|检修|停用|暂停|故障)[^.!?]{0,16}从[^.!?]{1,6})挂)到了?(年后|开学|放假|暑假|寒假|清明|元宵|七夕|重阳|冬至|腊八|除夕|小年|圣诞|春节|国庆|元旦|中秋|端午|五一|十一|过年|年底|年末|年尾|入冬|入夏|入秋|夏天|冬天|秋天|[一二三四五六七八九十0-9]+月份?[初中底]?|现在|今天|如今)|" +
        // "从孩子放暑假报到开学", "从梧桐叶子黄了报到梧桐叶子绿了": a report kept up from one time of life or of the year to
        // another, however the writer names them (a complaint only, as every count here).
        "(?<!装修[^,.!?]{0,8})从[^,.!?从]{2,10}(报修|报|催|投诉|反映)到了?(?!最终|最后)[^,.!?]{2,10}(?=[,.!?]|$)|" +
        // "去年中秋就不亮了，今年中秋又快到了": broken since a day that has come round again.
        "(去年|前年)[^,.!?]{0,8}就[^.!?]{0,24}(今年|现在)[^,.!?]{0,8}又(快|要)?(到|来)了|" +
        // "让我家卫生间的水龙头陪我们跨了个年", "这个马上已经跨年了", "我都听出茧子来了", "积水都养出小鱼了", "喷泉…都可以申请文物
        // 保护了": a fault seen into the new year, a promise heard till the ears are calloused, standing water that has bred
        // fish, a broken thing old enough to be a relic (a complaint only, as every count here).
        "(已经|都|陪我们|陪我|陪着我们)[^,.!?]{0,2}跨(了)?(个)?年|听(出|得)?(了)?茧(子)?|养出(了)?(小鱼|鱼|蝌蚪)|(成了|快成|可以申请|都能申请|能申请)[^,.!?]{0,4}(文物|非遗|文化遗产)|" +
        // "一个井盖能让我从单身等到结婚", "楼道灯已经替我们省了三个月的电", "一个灯泡可以换一个季度": a wait told by a life's
        // milestones, a dark light praised for the power it saved for months, a small job that took a season.
        "从[^,.!?]{0,2}(单身|怀孕|上学|上幼儿园|读书|恋爱)[^,.!?]{0,2}等到[^,.!?]{0,2}(结婚|生孩子|满月|毕业|退休|上学|上小学)|" +
        "(替|帮|给)(我们|大家|我|业主)?省了[^,.!?]{0,4}([两三四五六七八九十几]+个多?月|半年|大半年|一年)的(电|水|电费|水费)|" +
        "(换|修|等|装|弄)(了)?(一个|一整个|整个)(季度|学期)|" +
        // "记不清打了多少个电话了", "屋顶防水说了好几个雨季了", "升级了一个学期", "反映到不好意思再开口了": calls past counting,
        // seasons of asking, an "upgrade" that lasted a term, asked so often the writer is ashamed to ask again.
        "记不清[^,.!?]{0,4}(打|催|报|说|反映|跑|问|找)了多少(个|次|遍|趟|回)|" +
        // "打到佢哋認得我把聲": called so often the office knows the writer's voice.
        "(打|催|问|找|跑)到[^,.!?]{0,4}(认得|认识|记住|熟悉|听得出)(我|我的)(把声|声音|名字|号码|电话)|" +
        "(说|报|催|反映|投诉|等|漏|提)了(好几|几|两|三|四|五)个(雨季|风季|台风季|夏天|冬天|春天|秋天|季度|学期)|" +
        // "走廊盞燈黑咗由中秋到聖誕": a fault that lasted from one festival or term to another.
        "(坏|黑|漏|停|堵|臭)了?,?(从|由)(中秋|圣诞|国庆|元旦|春节|过年|端午|清明|五一|十一|开学|放假|暑假|寒假|年头|[一二三四五六七八九十0-9]+月)到(中秋|圣诞|国庆|元旦|春节|过年|端午|清明|五一|十一|开学|放假|暑假|寒假|年底|年尾|现在|今天|[一二三四五六七八九十0-9]+月)|" +
        "(升级|维修|检修|调试|整改|停用|维护)了(快|整整|足足|将近)?(一个|一整个|整个|大半个)(学期|季度|夏天|冬天|春天|秋天|雨季)|" +
        "(反映|催|说|问|报|打电话|提)到(我)?(都)?不好意思(再)?(开口|说|问|打|提|催)|" +
        // "报修单号都换了两个了", "换了三拨人来看": the ticket reopened, the job handed on, still not done.
        "(报修单|工单|投诉单)号?[^,.!?]{0,4}[两三四五六七八九十几0-9]+个|换了[两三四五六七八九十几]+(拨|批|波|茬)人|" +
        // "报修单上的日期还是去年的", "退款申请是春天交的，现在秋天了", "打了一年都没打通", "臭味陪伴了我们整整一个季度", "化粪池的味道
        // 我已经闻了一个季度了": a wait told by a ticket's date, by the seasons, by a year of calls, by a nuisance that kept
        // company for a season.
        "(报修单|工单|投诉单|申请单?)[^.!?]{0,8}(日期|时间)[^,.!?]{0,4}(还是|是)去年|" +
        "(春天|夏天|秋天|冬天|开春|年初|上半年|去年)[^.!?]{0,10}(交|报|提|递|申请|反映|说)的[^.!?]{0,3}(现在|如今)(都|已经)?(快)?(到)?(了)?(春天|夏天|秋天|冬天|年底|下半年)了|" +
        "打了(整整|足足|快|将近)?(一年|半年|大半年|[两三四五六几]个多?月)(的)?(电话)?[^.!?]{0,6}(都|也|还)(没|不)|" +
        "(陪伴|折磨|困扰|熏)了?(我们|我|大家|全楼)?(整整|足足)?(一个|一整个|整个)(季度|夏天|冬天|春天|秋天|雨季|学期)|" +
        "(闻|忍|熬|听)了(快|整整|足足|将近)?(一个|一整个|整个|大半个)(季度|夏天|冬天|春天|秋天|雨季)|" +
        // "这句话我都能背下来了", "一个半月，一点动静都没有", "报修的时候女儿刚上幼儿园，现在都快毕业了", "问了三任管家": the
        // same answer learnt by heart, a month and more of silence, a wait told by a child's schooling or by the managers.
        "(这句话|这话|这套话|这个回复|这个答复|这套说辞)[^,.!?]{0,4}(都)?(能|会)背(下来|出来)|(?<!(装修|施工|住|搬来|入住)了?[一两三几十0-9]*个?)([一两三几十0-9]+个半?多?月|半个?多?月)了?,?(还是|仍然|依然|却|可)?(一点|一丁点|任何|连个)?(动静|回音|消息|进展|回复|答复)(都|也)?(没有|没)|" +
        "(报修|投诉|反映|报)的时候[^.!?]{0,12}(刚上|才上|刚进|刚读)[^.!?]{0,16}(现在|如今)(都)?(快|要)?(毕业|上小学|上初中|上高中|上大学)|(问|找|换|经历)了?(三|四|五|好几|几)任(管家|经理|物业经理|客服|主管)|" +
        // "一坏就是二十天", "上个月发的消息，今天才回", "门口的坑已经有名字了": a breakdown that lasts weeks each time, a month
        // for a reply, a hole old enough to be named.
        "一(坏|停|漏|堵|拖|等|黑|接)就是(十[四五六七八九]天|十几天|[二三四五六七八九]十多?天|[两三四五六七八九几]+个?多?(星期|礼拜|周|月)|半个?多?月|一个多?月)|" +
        "上个?月[^.!?]{0,10}(发|报|提|交|说|反映)的[^.!?]{0,10}(今天|现在|这周|昨天)才(回|来|修|处理|答复)|(坑|水坑|裂缝|窟窿)[^.!?]{0,6}(已经|都)有(了)?名字|" +
        // "这句话我已经听了一整个夏天": the same promise heard for a season.
        "(这句话|这话|这种话|同样的话|这个答复|这套说辞|这个说法)[^,.!?]{0,4}听了(整整|足足)?(一整个|整个|一个|好几个|[两三四五六七八九十几]+个)(夏天|冬天|春天|秋天|季度|月|星期|礼拜)|" +
        // "前任经理答应过，现任经理又答应了一遍，到现在还是一样".
        "(又|再)答应了?一(遍|次|回)|(到现在|至今|到今天)(还是|仍然|依然|也还是)(一样|老样子|原样|那样|这样)(?!好|不错|干净|满意)|" +
        // "从樱花开等到桂花开", "已经发了五封邮件了": a wait told by the flowers of two seasons (not one that ended: "终于等到"),
        // letters counted.
        "从(樱花|桃花|梨花|迎春花|油菜花|杏花|玉兰|荷花|桂花|菊花|梅花|腊梅)(开|盛开|谢)?了?[^,.!?]{0,4}(等|说|报|催|拖|修|盼|问)到了?(樱花|桃花|梨花|迎春花|荷花|桂花|菊花|梅花|腊梅|玉兰)(?![^.!?]{0,12}(终于|总算))|" +
        "(发|写|寄)了?[三四五六七八九十几0-9]+封(邮件|信|函|投诉信)|" +
        // "坏的次数多到我都认识修理师傅的电动车了", "维修师傅来的次数比我亲戚还多", "门禁系统“升级”了一个季度": breakdowns and
        // visits past counting, an upgrade that took a season.
        "(坏|修|来|跑|报修|投诉)[^,.!?]{0,4}的?次数(多到|比[^,.!?]{0,8}(还|都)多)|(升级|调试|整改|维护)了?(整整|足足|快|将近)?(一个多?季度|[两三四五六几]个多?月|半年|大半年|一年)(?![^.!?]{0,12}(终于|总算))|" +
        // "报修都快三周了", "报了十几天了", "车位被人占了整整两个礼拜", "电梯按钮失灵一个多月了": reported, taken or broken for
        // weeks (a report answered at last is spared: "报修两周终于修好了").
        "(?<![汇预通申播简情回警公电海喜捷晚早日周月年])(报修|反映|投诉|报)了?(都|已经|有)?(快|整整|足足|将近)?(十几天|[两三四五六七八九十几]+个?多?(周|星期|礼拜)|" + Days14 + "多?天|[一两三四五六七八九十几半]+个多?月)(?![^.!?]{0,12}(终于|总算|就|才|修好了|已经修好|已修好))|" +
        "被[^,.!?]{0,4}占(了|用了)?(快|整整|足足|都|将近)?" + TwoWeeksOrMore + "|" +
        // "电梯停了二十天，每天爬十七楼": a service stopped for weeks (a car "停了" is parked).
        "(电梯|扶梯|暖气|空调|热水|燃气|门禁|喷泉|水泵)(已经|都)?停(用)?了(快|整整|足足|都|将近|差不多)?" + TwoWeeksOrMore + "(?![^.!?]{0,12}(终于|总算|修好了|已经修好|已修好|恢复))|" +
        // "我们摸黑停了才一个半月而已": weeks called "only" (not a job done in them: "才一个月而已就建好了").
        "(才|只|仅仅|不过)[^,.!?]{0,4}" + TwoWeeksOrMore + "(而已|罢了)(?!就)|" +
        // "二月份就报了，现在都五月了", "五月份就拍照发给管家了，现在十月了", "一个夏天都没换过": a month named, then now a later
        // one; a season gone by undone.
        "[一二三四五六七八九十0-9]+月份?[初中底]?(就?(报修|报|反映|投诉|说|提)|就[^,.!?]{0,10})(了|的|过)[^.!?]{0,6}(现在|如今|眼看)(都|已经|就)?(到)?(快)?[一二三四五六七八九十0-9]+月|" +
        "(一|整)整?个(夏天|冬天|春天|秋天|雨季|季度|学期|暑假|寒假)(都|也)?(没|不|未)(换|修|清|管|打扫|处理|来|弄|亮)|" +
        // "报修到现在快一个月了", "这个月又算错了，上个月也是，上上个月也是": a wait counted to now, a fault three months running.
        "(报修|反映|投诉|报)到现在(都|已经)?(快|整整|足足|将近|有)?" + TwoWeeksOrMore + "|上个?月也是[^.!?]{0,6}上上个?月也是|(连续|接连)[三四五六七八九十几]个月(都|又)?(坏|漏|停|算错|多收|出错|出问题)|" +
        // "走廊堆了一大堆纸皮，堆了成个月": a heap left for weeks, the thing named in the clause before.
        "(?<=(垃圾|杂物|纸箱|纸皮|大件|沙发|家具|床垫|废品)[^.!?]{0,12})(堆了|扔了|摆了|都堆|都扔|都摆|已经堆|已经扔|已经摆)(快|整整|足足|都|将近)?" + TwoWeeksOrMore + "|" +
        // "aircon已经broken三个weeks了": English weeks counted in Chinese.
        "[两三四五六七八九十几]+个? ?(weeks|months)(?![a-z])|" +
        // "都半个多月了，也没个人来瞅瞅": weeks gone by with nobody come.
        "(都|已经)(快|整整|足足|将近)?" + TwoWeeksOrMore + "了,?[^.!?]{0,6}(也|还|都)?(没个人|没有人|没人|没有个人)(来|管|修|理|问|过问|上门)|" +
        // "扫了俩月码了", "喊了一个月了", "三周了！", "关了快半年了吧": weeks of asking, a count of weeks said last, a
        // facility shut for months.
        "(扫了|等了|催了|报了|问了|喊了|打了|跑了|盼了|熬了|忍了|耗了)" + TwoWeeksOrMore + "[\\u4e00-\\u9fff]?了(?=[,.!?]|$)|(?<![0-9一二三四五六七八九十])[两三四五六七八九十几]+个?多?(周了|星期了|礼拜了)(?=[.!?]*$)|" +
        "(关了|封了|停用了|锁了)(快|整整|足足|都|将近)?(半年|大半年|一年|[两三四五六七八九十几]+个多?月)|" +
        // "我已经听了八个“这周”了", "我已经等过了一个春节", "均未获实质性答复", "一年了还是坑", "两个月了连个电话都没有",
        // "经历了三任物业经理", "报修单他们已经“忘记”了四次", "在里面骂了三个月", "反映…已经有一个季度了", "報咗維修兩個月",
        // "国庆前交的，快过年了", "噪音问题我反映到现在，楼上的孩子都会说话了", "脚手架搭了快一年了" (two months of it is a
        // job under way).
        "(听|等|说)了[三四五六七八九十几]+个[\"“]?(这周|下周|明天|马上|尽快|快了)|等过?了一个(春节|冬天|夏天|国庆|中秋|新年|年)|(均|都|仍|始终)未(获|得到|获得)?(实质性|任何|有效)的?(答复|回复|进展|处理)|" +
        "(?<!(住|搬来|来|工作|干|用|开业|入住)了?)(半年|一年|大半年|好几年|[两三四五]年)了[^.!?]{0,3}还是|都(快|整整|足足)?半个?[多来]?月了|[一两三几]个多?月了[^.!?]{0,6}连个?(电话|回复|人影|消息|答复)都?(没|没有)|(经历了|换了|熬过了|送走了|熬走了)[两三四五六七八九十几]任|" +
        "(忘记|忘了|弄丢|丢了|搞丢)[\"”]?了?[三四五六七八九十几]+次|骂了(快|整整|足足)?" + TwoWeeksOrMore + "|(反映|投诉|报修)[^,.!?]{0,10}(已经|都)有?(快|整整)?(一个|整整一个)?(季度|学期)了|报了?维修了?(快|整整|足足|将近)?" + TwoWeeksOrMore + "|" +
        "(国庆|中秋|春节|五一|元旦|年初|开春|夏天|冬天)节?(前|后)?[^,.!?]{0,2}(交|报|提交|申请|反映)的[^.!?]{0,6}(快|都|已经)(过年|年底|春节|国庆|中秋|元旦|入冬|入夏)|(反映|投诉|报修|说)到现在[^.!?]{0,16}(都|已经)(会|上|能|学会|长)|" +
        "(脚手架|围挡|警戒线|雪糕筒|提示牌)[^,.!?]{0,4}(搭|围|放|摆|挂|拉)了(快|整整|足足|将近)?(半年|大半年|一年)|" +
        // "我都学会自己修了，你们还没来", "从一年级写到三年级了": the writer learned the trade, a child went up school years.
        "学会了?自己[^,.!?]{0,4}(修|换|弄)[^.!?]{0,12}(你们|物业|师傅)(还|都)没(来|到|修)|从[一二三四五六]年级[^,.!?]{0,4}到[二三四五六]年级|" +
        // "门禁卡申请递上去三个礼拜了", "退款申请交了一个半月": an application handed in weeks ago, not yet granted.
        "(申请|材料|单子|报告|资料)[^,.!?]{0,4}(递|交|提交|报)(上去|上来)?了?(都|已经)?(快|整整|足足|将近)?" + TwoWeeksOrMore + "(?![^.!?]{0,12}(终于|总算|批下来|批了|到账了|办好了|办下来))|" +
        "(坏|漏|堵|黑|失灵|不灵|罢工)了?(快|整整|足足|都|将近)?([两三四五六七八九十几]+个?多?(星期|礼拜|周)|一个多月)(?![^.!?]{0,12}(终于|总算|修好了|已经修好|已修好))|" +
        // "哦没有，第五周了", "住了三年每个夏天都这样", "等维修等到我自己学会了修马桶", "报修单的编号我都背熟了", "前面三页都是我写的同一件事":
        // the weeks counted aloud (not a renovation's or a pregnancy's), a fault back every season, a wait long enough to learn
        // the trade, a ticket number learnt by heart, a complaint book filled with one complaint.
        "(?<!(装修|施工|孕|怀孕|上班|入职|开学|上学|训练|健身|打卡|住)[^,.!?]{0,4})第([三四五六七八九十]|[3-9])个?(周|星期|礼拜)了|" +
        "(每个|每年|年年)(夏天|冬天|雨季|春天|秋天|梅雨季|台风季|汛期)都(是这样|这样|这个样子?|漏|臭|淹|堵|积水|停|坏)|" +
        "等(维修|师傅|物业|你们|修|回复|答复|人)[^,.!?]{0,4}等到[^,.!?]{0,6}(学会|花儿?(都|也)谢|头发(都)?白|退休|毕业|自己(都)?会)|等到花儿?(都|也)谢了|" +
        "(报修单|工单|投诉单|单号|编号)[^,.!?]{0,6}(都|已经)?背(熟|下来|出来)了|[两三四五六七八九十几]+页(纸)?都是我[^,.!?]{0,4}(写|留|提|反映)的?同一(件|个)|" +
        // "这个漏水我都报成老客户了，维修师傅看见我都绕着走": reported so often the writer is a regular.
        "(报|投诉|反映|催)(成|得)了?(老客户|常客|熟客|老熟人)|(师傅|客服|管家|前台)(看见|见到|见)我都(绕着走|绕道|躲着)|" +
        // "伸缩门坏得我都忘了它原来是能动的": broken so long the writer forgot it ever worked.
        "坏(得|到)[^,.!?]{0,4}(都|已经)?忘(了|记)[^,.!?]{0,8}(能|会|可以)(动|用|亮|开|转|响|工作)|" +
        // "邮件发出去，日历翻了两页才有人回": months told by the calendar.
        "(日历|月历|台历)(都)?(翻|撕)(了|过)?[两三四五六七八九十几]+(页|张|本)|(翻|撕)了[两三四五六七八九十几]+(页|张)(日历|月历|台历)|" +
        // "自从我报修以后，物业经理都换了一任，这个下水道还是堵的", "排队等维修的时候楼上邻居都搬走了，我家天花板还在滴水", "单子去年
        // 就是处理中，今年还是处理中", "雨季都过去两个了，我家顶楼还在漏", "把孩子的暑假作业都辅导完了，开学了也没人来", "我家小狗从
        // 一个月大看到现在快一岁了，还在那": a manager gone, neighbours moved out, a year, two rainy seasons, a summer holiday or a
        // puppy's first year gone by while the fault stayed.
        "(报修|投诉|反映|报的修)[^.!?]{0,10}(管家|客服|经理|项目经理|物业经理|维修师傅|师傅)[^,.!?]{0,3}(都换了|已经换了)(一|两|三|几|好几)?(任|个|拨|茬)|" +
        "(等维修|报修|等修|投诉|反映)[^.!?]{0,12}(邻居|楼上|楼下|隔壁)[^,.!?]{0,6}(都|已经)(搬走|搬家)了[^.!?]{0,16}(还|仍)|" +
        "去年[^.!?]{0,20}(今年|到现在|至今)[^.!?]{0,12}(还|仍)(是|在)?[^,.!?]{0,3}(处理中|审核中|待处理|待派单|受理中|排队中)|" +
        "(雨季|汛期|梅雨季|台风季|暑假|寒假|夏天|冬天|春天|秋天|春节|中秋|国庆)[^,.!?]{0,2}(都|已经)过(去)?了?(两|三|四|五|几|好几)(个|回|次)[^.!?]{0,16}(还|仍|依然)[^,.!?]{0,3}(没|未|漏|坏|堵|不)|" +
        "(报修|报了|投诉|反映)[^.!?]{0,20}(暑假|寒假)[^.!?]{0,12}(开学了|过完了|结束了)[^.!?]{0,8}(也|还|都)(没|未)|" +
        // "从去年冬天到现在都开春了", "报修单挂了一个多月", "已经连续卫冕三个月了": a season gone by, a ticket left hanging for
        // weeks, a fault mocked as a title held for months.
        "从(去年|今年)?(春天|夏天|秋天|冬天|年初|年底)[^,.!?]{0,2}到现在[^.!?]{0,3}(都|已经)(开春|入夏|入秋|入冬|过年|春天|夏天|秋天|冬天)了|" +
        "(报修单|工单|投诉单|单子)[^,.!?]{0,2}(挂|放|躺|搁)了(快|整整|足足|都|将近)?" + TwoWeeksOrMore + "|连续(卫冕|蝉联)[^,.!?]{0,4}([三四五六七八九十几]+个?多?月|半年|一年)|" +
        // "这流程是绕地球一圈吗，两个月了".
        "(?<=(^|[,.!?]) ?)[两三四五六七八九十]+个多?月了(?=[.!?]*$)|" +
        // "喊了物业好几回都莫得人来", "8月中旬提交的门禁卡补办申请，迄今未获答复", "原定十月完工，现已延期两个月".
        "((喊|叫)了?[^,.!?]{0,3}好几(回|次|趟|遍)|(找|催|报|打|问)了?[^,.!?]{0,3}好几(回|趟))[^.!?]{0,4}(都|也|还)(没|莫得|冇)有?人(来|理|管|修)|" +
        "[0-9一二三四五六七八九十]+月[^.!?]{0,20}(迄今|至今)[^,.!?]{0,2}(未|没有?)(获|得到|收到)?(任何)?(答复|回复|处理|回音|进展)|(延期|推迟|逾期|拖延)了?(快|整整|将近|已经)?([两三四五六七八九十几]+个多?月|半年|一年)|" +
        "从[^,.!?]{0,8}(一个月大|几个月大|两个月大|刚出生|刚抱回来|小奶狗|小奶猫)[^.!?]{0,12}(现在|如今)[^.!?]{0,8}(一岁|两岁|三岁|长大|成年)[^.!?]{0,6}(还在那|还在漏|还没(人|修|弄|处理)|没人(管|修|理)|也没(人|修))"],
        "\\b(broken|broke|stopped|failed|flooded|leaked)( down)? (three|four|five|six|several|many|[0-9]+) times\\b|\\b(called|complained|reported|emailed|asked(?! (me|us)\\b)|happened|gone off|cut off|flooded)\\b[^.!?]{0,30}\\b(three|four|five|six|seven|eight|nine|ten) times (this|last|in (a|one|the same)) (week|month|year)\\b|\\b(the |thats the |its the |(?<=(^|[.!?]) ?))(third|fourth|fifth|sixth|seventh|[0-9]+(rd|th)) (one )?(this|in a) (week|month|year)\\b|\\b(third|fourth|fifth|[0-9]+(rd|th)) (time|month in a row|week in a row|(email|call|message|complaint|letter|request|reminder)s?\\b[^.!?]{0,12}\\b(sent|made|written|filed|about|to you|this))\\b|\\b(third|fourth|fifth|[0-9]+(rd|th)) (weekend|week|month|day|night|monday|tuesday|wednesday|thursday|friday|saturday|sunday) (running|in a row)\\b|\\b(several|many|[0-9]+) times\\b|again and again|" +
        "still (not|hasnt|havent) been|" +
        // "I've sent five emails about the noise … Not one reply.", "three calls later nothing has changed", "Three building managers have
        // come and gone since I first reported the leak", "out of order on and off for the past three months", "From April to October we
        // have been asking", "It's been a fortnight and the broken glass … is still there".
        "\\b(sent|written) (three|four|five|six|seven|eight|nine|ten|[3-9]) (emails|letters|messages|complaints)\\b|\\b(three|four|five|six|[3-9]) (calls|emails|visits|complaints) later\\b|\\b(three|four|five|several) (building |property |estate |site )?managers have come and gone\\b|" +
        "\\b(on and off|again and again|repeatedly) for (the past |the last )?(two|three|four|five|six|several) months\\b|\\bfrom (january|february|march|april|may|june|july|august|september|october|november|december) to (january|february|march|april|may|june|july|august|september|october|november|december)\\b[^.!?]{0,30}\\b(asking for|waiting for|chasing|complaining about|reporting)\\b|" +
        "\\b(its been|it has been) (a fortnight|two weeks|three weeks|a month|[2-9] weeks)\\b[^.!?]{0,60}\\bstill (there|broken|not|no|leaking|blocked|out of order|waiting)\\b|" +
        // "Fourth email, no reply.", "I've reported the broken intercom so often that I now address the helpdesk staff by their first
        // names", "the \"temporary\" fence around the playground now has its own moss".
        "\\b(third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|[0-9]+(rd|th)) (email|e mail|call|phone call|message|letter|complaint|chaser|request|reminder)s?\\b[^.!?]{0,4}\\bno (reply|response|answer)\\b|" +
        "\\b(reported|complained about|raised|chased|called about|emailed about)\\b[^.!?]{0,40}\\bso (often|many times|frequently)\\b|" +
        "\\btemporary\\b[^.!?]{0,60}\\b(its own moss|grown moss|moss growing|covered in moss|cobwebs|ivy growing)\\b|" +
        // "That's what you said in June", "being fixed for a month", "sleeping in the stairwell every night for a month": a
        // promise from months ago, a fault or a nuisance of a month.
        "\\b(thats|that is|which is) what (you|they|the office|management|the manager) (said|promised|told me|told us) (in|back in|last) (january|february|march|april|may|june|july|august|september|october|november|december|spring|summer|autumn|winter|year|month)\\b|" +
        "\\bbeen (off|out|down|broken|dead|leaking|flooded|blocked|closed|out of order|(roped|taped|cordoned|fenced|closed) off|being (fixed|repaired|looked at|sorted))( for)? (over |more than |nearly |almost |about )?(a|one|a whole) month\\b|" +
        "\\b(sleeping|sleeps|parked|parking|parks|barking|barks|smoking|smokes|dumping|dumps|blocking|blocks|shouting|drinking|partying|drilling)\\b[^.!?]{0,30}\\bevery (single )?(night|day|morning|evening)\\b[^.!?]{0,20}\\bfor (over |more than |nearly |almost |about )?(a|one|a whole) month\\b|" +
        // "…fixed \"next week\" back in March. It is now July."
        "\\b(back in|since|in) (the (start|beginning|middle|end|first week|second week|last week) of |early |mid-?|late )?(january|february|march|april|may|june|july|august|september|october|november|december)\\b[^?]{0,80}\\b(it is|its|and its|and it is)( now)? (january|february|march|april|may|june|july|august|september|october|november|december)\\b|" +
        // "Thanks for the \"quick\" repair, only took a month.": a repair or a wait that took a month or more.
        // "…\"out of order\" since Easter", "out of order since before Christmas", "a reply after only 23 days": a wait
        // since a season or festival, or of two weeks and more counted in days.
        "(?<!\\b(lived|living|been|worked|working|stayed|staying|moved in|here)( here| there)? )\\bsince (just )?(before |after )?(the |last )?(easter|christmas|halloween|thanksgiving|new year|chinese new year|lunar new year|spring festival|mid.?autumn( festival)?|dragon boat festival|national day|last (spring|summer|autumn|fall|winter)|spring|summer|autumn|the summer|the spring|january|february|march|april|may|june|july|august|september|october|november|december)\\b|" +
        "\\b(after|took|taken|waited|waiting) (only |just |over |nearly |almost |a whole )?" + EnglishDays14 + " days\\b|" +
        // "…jammed since the 3rd. Today is the 22nd.": the writer counting the days for the company.
        "\\bsince the [0-9]{1,2}(st|nd|rd|th)\\b[^?]{0,60}\\b(today is|its|it is now|now its) the [0-9]{1,2}(st|nd|rd|th)\\b|" +
        // "The heating's been off for 16 days now", "Only 25 days after my complaint", "only took you a fortnight".
        "\\b(been|was|were) (off|out|down|broken|dead|leaking|flooded|blocked|closed|out of order)( for)? (over |nearly |almost |about )?" + EnglishDays14 + " days\\b|\\b(only|just|a mere) " + EnglishDays14 + " days (after|since|later)\\b|" +
        "\\b(took|taken|taking) (them |you |him |her |the \\w+ )?(over |nearly |almost |about |a whole |an entire )?(a|one|two|three) fortnights?\\b|" +
        "\\b(took|taken|taking) (them |you |him |her |the \\w+ )?(over |nearly |almost |about |a whole |an entire )?(a|one|two|three|four|five|six|several) months?\\b|" +
        "\\b(weeks|months) ago\\b|\\b(two|three|four|five|six|several|many|[0-9]+) (weeks|months)\\b(?=[^.!?]{0,50}\\bstill (broken|not|no|dark|leaking|waiting|out|blocked|hasnt|havent|isnt|doesnt|dont|there|the same|closed|dirty|unfixed|unrepaired)\\b)|\\b(two|three|four|five|six|several|many|[0-9]+) (weeks|months)\\b(?=[^.!?]{0,12}(still|还|都|仍)[^,.!?]{0,3}(没|未|不))|(?<!\\b(lived|living|live|been|worked|working|stayed|staying)( here| there)? |\\b(away|abroad|travell?ing|on holiday|on vacation|on leave) )\\bfor ((two|three|four|five|six|seven|eight|nine|ten|several|many|a few|[0-9]+) (weeks|months)|(over |nearly |almost |about )?half a year)\\b|" +
        // "The \"temporary\" barrier has been there for half a year now": a thing left in place for months. "has" and "had"
        // only: owners who say how long they have lived somewhere say "I have been here".
        "\\b(has|had) been (there|here|up|left (there|here|up|like (this|that))|like (this|that))( now)? for (over |nearly |almost |about )?(half a year|a year|a whole year|(two|three|four|five|six|several|many|[0-9]+) months)\\b|" +
        // "The broken gate is celebrating its first birthday" (a broken thing or a complaint's), "I reported the leak in spring".
        "\\b(broken|out of order|leak(ing|s)?|unfixed|complaint|ticket|work order|request)\\b[^.!?]{0,60}\\b(celebrat\\w*|turn(s|ed|ing)?|mark(s|ed|ing)?)\\b[^.!?]{0,20}\\b(first|second|third|1st|2nd|3rd|one year|half year|six month) (birthday|anniversary)\\b|" +
        // "Week five.": the weeks counted by the writer (not a course's "week 3 of 8").
        "\\bweek (three|four|five|six|seven|eight|nine|ten|[3-9]|1[0-9])\\b(?! of\\b)|" +
        "\\b(visit|visits|visited|come|comes|came|been)\\b[^.!?]{0,20}\\bmore (often )?than (my|our) (in.?laws|relatives|family|mother|mum|mom|parents|friends)\\b|" +
        // "Six weeks without a working intercom", "the pothole deserves its own name", "Christmas for the second year running",
        // "my request has outlived two property managers", an "out of order" sign so old it has faded.
        "\\b(two|three|four|five|six|seven|eight|several|many|[0-9]+) (weeks|months) (without|with no) (a working|working|any|hot water|heating|power|water|a reply|an answer|a response|internet|lights?)\\b|" +
        "\\b(deserves|has earned|should get) (its own|a) (name|birthday|anniversary|plaque)\\b|\\b(second|third|fourth|fifth) (year|winter|summer|christmas) (running|in a row)\\b|" +
        "\\b(requests?|complaints?|tickets?|leaks?|problems?|stains?|cracks?|repairs?|faults?|issues?|mou?ld|damp|holes?|potholes?|signs?)\\b[^.!?]{0,30}\\b(outlived|survived|outlasted)\\b[^.!?]{0,30}\\b(two|three|several|many) (property |building |estate |cleaning |security )?(managers|contracts|companies|contractors)\\b|" +
        // "a fountain full of green slime for the entire summer", "sent the same email … four times", "blocked for over a
        // fortnight" (not away for one), "when the cherry blossoms were out".
        "\\bfor (the )?(entire|whole) (summer|winter|spring|autumn|year)\\b|\\b(sent|emailed|called|phoned|asked(?! (me|us)\\b)|chased|reported|written|complained)\\b[^.!?]{0,60}\\b(three|four|five|six|seven|eight|nine|ten) times\\b|" +
        // "My neighbour's dog barks all night … It's been months." (not "It's been months since we moved in and we love it").
        "\\b(its|it has) been (months|over a month|more than a month)\\b(?! (since|of)\\b)|" +
        "(?<!\\b(away|holiday|abroad|travell?ing|off) )\\bfor (over |more than |nearly |almost )?(a|one|two) fortnights?\\b|\\bwhen the (cherry )?(blossoms?|flowers|leaves) (were|was) (out|in bloom|green|coming out)\\b|" +
        // "older than my youngest child", "a local landmark", "its own fan club", "Three phone calls, two emails … Still no hot
        // water", "every month since January", "That's eight Mondays now", "grown an inch since I reported", "a whole season
        // of", "before the summer holidays … still blocked".
        "\\bolder than (my|our) (youngest |eldest |oldest |little )?(child|kid|son|daughter|baby|toddler|grandchild|grandson|granddaughter|dog|cat|puppy|kitten|lease|tenancy|contract|car|marriage|mortgage)\\b|" +
        "\\b(broken|dead|out of order|leak\\w*|dripping|blocked|stuck)\\b[^.!?]{0,90}\\b(a (local )?landmark|tourist attraction|its own (fan club|name|postcode))\\b|" +
        // "the longest-running \"temporary\" fence? Because ours just turned one", "the 'temporary' fence … is celebrating its first
        // birthday": a temporary thing's birthday.
        "\\b(temporary|broken|scaffolding|barrier|hoarding)\\b[^.!]{0,60}\\bjust turned (one|two|three|[1-9])( years? old)?\\b|" +
        "\\b(temporary|broken|scaffolding|barrier|hoarding|fence)\\b[^.!]{0,60}\\b(celebrat\\w+|marks|marking|reached|reaches) its (first|second|third|1st|2nd|3rd) (birthday|anniversary)\\b|" +
        // "We're on day 23": the days counted aloud (not a challenge's "day 20 of").
        "\\b(were|we are|im|i am|its|it is) (now )?on day " + EnglishDays14 + "\\b(?! of\\b)|" +
        "\\b(three|four|five|six|seven|eight|nine|ten|several) (phone calls|calls|emails|visits|letters|complaints)\\b[^?]{0,60}\\bstill (no|not|nothing|broken)\\b|\\bevery (month|week) since\\b|" +
        "\\b(thats|its|that is|it is) (three|four|five|six|seven|eight|nine|ten|several) (next )?(mondays|tuesdays|wednesdays|thursdays|fridays|saturdays|sundays|weekends|weeks|months)( now)?\\b|" +
        "\\bgrown\\b[^.!?]{0,20}\\bsince (i|we) (reported|complained|called|asked|emailed)\\b|\\ba (whole|full|entire) (season|summer|winter|month|year) of\\b|" +
        // "Two months of waiting for someone to look at the cracked window", "I've rung the front desk every day this week".
        "\\b(two|three|four|five|six|several|[2-9]) (weeks|months) of (waiting|chasing|asking|emails|calls)\\b|" +
        "\\b(rung|rang|called|phoned|emailed|chased|messaged|been to)\\b[^.!?]{0,30}\\bevery (single )?day (this|for a|for the last|last) (week|fortnight|month)\\b|" +
        "\\b(reported|complained|asked|called)\\b[^.!?]{0,40}\\bbefore the (summer |winter |spring |easter |christmas )?(holidays?|break)\\b[^?]{0,60}\\bstill\\b|" +
        // "It hasn't moved since the school holidays started."
        "\\b(hasnt|has not|havent|have not|hadnt|not|never)\\b[^.!?]{0,30}\\bsince the (school |summer |winter |spring |easter |christmas |half.term )?(holidays?|break) (started|began)\\b|" +
        // "an \"out of order\" sign on it all term", "email number nine", "almost embarrassed to email again": a thing down for a
        // term or season, the messages numbered, asked so often the writer is ashamed to ask again.
        "\\b(broken|out of order|off|down|closed|leaking|blocked|dead|dark|sign on it)\\b[^.!?]{0,40}\\b(all|the whole|the entire) (term|semester|season|summer|winter|spring|autumn|fall)\\b|" +
        "\\b(email|call|message|letter|complaint|reminder) (number|no) (three|four|five|six|seven|eight|nine|ten|[3-9]|[1-9][0-9])\\b|" +
        "\\b(embarrassed|ashamed) to (email|call|ask|complain|chase|write|ring|phone) (you )?again\\b|" +
        // "out of order long enough for it to qualify as a feature", "spoken to your call centre more than to my own mother",
        // "Another month, another …", "has seen two Christmases", "as long as you don't need it between November and March",
        // "count the days since I reported the leak", "chase the plumber eleven times": English sarcasm about a long wait.
        "\\blong enough (for it )?to (qualify|count|be listed|be registered|pass) as (a|an) (feature|landmark|tradition|antique|heritage|monument)\\b|" +
        "\\b(spoken|talked|chatted|called|rung|emailed|written)\\b[^.!?]{0,30}\\bmore (often )?than (to |with )?(my|our) (own )?(mother|mum|mom|dad|father|wife|husband|family|friends|kids|children|partner)\\b|" +
        "\\banother (month|year|quarter), another\\b|" +
        "\\b(seen|lasted|survived|outlasted) (two|three|four|five|several|[2-9]) (christmases|winters|summers|springs|autumns|new years|easters|rainy seasons)\\b|" +
        "\\bas long as (you|we|one) (dont|do not|never) need (it|them|heat|heating|hot water)\\b[^.!?]{0,30}\\b(winter|summer|november|december|january|february|march|cold|hot)\\b|" +
        "\\b(count|counting) the (days|weeks) since (i|we) (first )?(reported|complained|called|asked|emailed|rang)\\b|" +
        "\\b(chase|chased|call|called|ring|rang|email|emailed|remind|reminded)\\b[^.!?]{0,20}\\b(four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|[4-9]|[1-9][0-9]) times\\b|" +
        // "leaked through three rainy seasons", "A whole winter without working heating", reported "when the kids were on
        // summer holiday. They're back at school now and it's still dripping".
        "\\b(leaked|leaking|dripped|dripping|flooded|broken|blocked)\\b[^.!?]{0,20}\\bthrough (two|three|four|five|several|[2-9]) (rainy seasons|winters|summers|seasons|storms|monsoons)\\b|" +
        "\\ba (whole|full|entire) (winter|summer|season|term|month|year) without (working |any |proper )?(heating|hot water|water|power|electricity|lights?|a lift|lifts|air.?con\\w*)\\b|" +
        "\\b(reported|complained|asked|called|emailed|rang)\\b[^.!?]{0,60}\\b(summer|winter|easter|christmas|spring|half.?term) (holidays?|break)\\b[^?]{0,80}\\bback (at|to) school\\b[^?]{0,40}\\b(still|nothing|nobody|no one)\\b|" +
        // "Fourth email, still no reply".
        "\\b(third|fourth|fifth|sixth|[0-9]+(rd|th)) (email|call|message|complaint|letter|request|reminder)\\b[^.!?]{0,6}\\bstill\\b|" +
        // "Reported the dead tree AGAIN. That's five times." (not "five times cheaper", "five times the price").
        "\\b(thats|that is|this is|thats now|it is now|its now) (three|four|five|six|seven|eight|nine|ten|[0-9]+) times\\b(?! (more|less|better|worse|cheaper|bigger|faster|higher|longer|as|the|what|a|per|over)\\b)|" +
        // "I have now explained the damp in our bedroom to five different people at your office."
        "\\b(explained|told|repeated|described|reported|spoken|talked|written)\\b[^.!?]{0,40}\\bto (three|four|five|six|seven|eight|several|[3-9]) (different )?(people|staff|members of staff|managers|agents|officers|advisers|advisors)\\b|" +
        // "Third rise this year and the bins still overflow", a sign that "has seen more seasons than my houseplants".
        "\\b(third|fourth|fifth|sixth|[0-9]+(rd|th)) (rise|increase|hike|breakdown|outage|power cut|flood|leak|blockage)s? (this|in a|in one) (week|month|year)\\b|" +
        "\\b(signs?|notices?|tickets?|requests?|complaints?|leaks?|faults?|barriers?|tape|cones?|scaffolding|out of order|closed|broken)\\b[^.!?]{0,60}\\b(seen|lasted|outlived|outlasted|survived) (more|longer) (seasons|summers|winters|christmases|birthdays|years|months|tenants|managers) than\\b|" +
        // "Still waiting. Day 19 without a working lift", "Nobody has cut the grass … all summer" (not "nobody has complained").
        // "the lift's six-month anniversary of being out of service", "the 'urgent' ticket I raised in March is still marked 'in
        // progress'", "reported … in early September. It is now the end of November", "learned to ride a bike in the time it's
        // taken to fix the lift", "hanging off since the storms last winter".
        "\\b(anniversary|birthday) of (being )?(out of (service|order)|broken|closed|leaking|unfixed)\\b|" +
        "\\b(reported|raised|logged|submitted|opened)\\b[^.!?]{0,30}\\b(in|back in) (early |mid |late |the start of |the end of )?(january|february|march|april|may|june|july|august|september|october|november|december|spring|summer|autumn|winter)\\b[^?]{0,40}\\bstill\\b|" +
        "\\b(in|since) (early |mid |late |the start of |the end of )?(january|february|march|april|may|june|july|august|september|october|november|december)\\b[^?]{0,80}\\b(it is|its) now (early |mid |late |the start of |the end of )?(january|february|march|april|may|june|july|august|september|october|november|december)\\b|" +
        "\\bin the time (it has|its|it) taken (you |them |the \\w+ )?to (fix|repair|sort|replace|reply|respond|answer)\\b|" +
        "(?<!\\b(lived|living|been|worked|working|stayed|staying)( here| there)? )\\bsince the (storms?|floods?|snow|typhoon|rains?|winds?|gales?|frost) (last|in) (spring|summer|autumn|fall|winter|january|february|march|april|may|june|july|august|september|october|november|december)\\b|" +
        // "Day 62 of living next to a bin store" (not "day 20 of the reading challenge").
        "\\bday " + EnglishDays14 + " (without|of no|with no|of (living|waiting|putting up|dealing|coping|sleeping|working) (with|next to|beside|without))\\b|\\bstill waiting\\b[.!,]*\\s*day " + EnglishDays14 + "\\b|" +
        // "broken longer than my lease has left to run", "dark for a full calendar year", "my grandchildren will inherit the
        // repair ticket".
        "\\b(broken|out of order|out of service|dark|leaking|blocked|closed)( for)? longer than\\b|" +
        "\\b(broken|dark|leaking|blocked|out of order|closed|cold|dripping|flooded|stuck)\\b[^.!?]{0,20}\\bfor a (full|whole|entire) (calendar )?(year|season|month|summer|winter)\\b|" +
        "\\b(grandchildren|grandkids|great grandchildren)\\b[^.!?]{0,12}\\binherit (the|this|that|my|our) (\\w+ )?(repair|ticket|complaint|request|problem|leak|case|fault|job)\\b|\\b(nobody|no one|noone) (has|have)\\b(?! (complained|had (a|any) (problem|issue|complaint)s?|been (hurt|injured)))[^.!?]{0,40}\\b(all|the whole) (summer|winter|spring|autumn|year)\\b|" +
        // "Because it's been 3 weeks.", "for taking 7 weeks not to refund it" (not the weeks since the writer moved in).
        "\\b(its|it has|has) been (over |nearly |almost |about )?(two|three|four|five|six|several|[2-9]) (weeks|months)\\b(?! since (we|i|they|our \\w+|my \\w+) (moved|arrived|came|started|joined|opened|got))|" +
        "\\b(took|taken|taking) (them |you |him |her |the \\w+ )?(over |nearly |almost |about )?(two|three|four|five|six|seven|eight|several|[2-9]) weeks\\b|" +
        "\\b(out of order|under maintenance|under repair|temporary|closed for repairs?)\\b[^.!?]{0,30}\\b(fad(e|ed|es|ing)|gone yellow|turned yellow|yellowed)\\b|\\bbeen there so long\\b|" +
        // "The car park lights have been out since the beginning of October", "We were promised new bins in the spring. It's
        // nearly winter.": out since a month named, a promise a season old.
        "\\b(been|has been|have been) (out|off|down|broken|dead|leaking|blocked|closed|out of order)( again)? since (the (start|beginning|middle|end) of )?(early |mid |late )?(january|february|march|april|may|june|july|august|september|october|november|december)\\b|" +
        "\\b(promised|told|assured)\\b[^.!?]{0,40}\\b(in|back in|last) (the )?(spring|summer|autumn|fall|winter|january|february|march|april|may|june|july|august|september|october|november|december)\\b[^?]{0,20}\\b(its|it is) (now |nearly |almost |already )?(spring|summer|autumn|fall|winter|january|february|march|april|may|june|july|august|september|october|november|december)\\b|" +
        // "My son was in primary school when I reported the broken gate"; "Your \"24-hour response\" must be measured in dog years."
        "\\b(was|were) (still )?(in (primary|nursery|middle|high) school|a (baby|toddler|puppy|kitten)|pregnant) when (i|we) (first )?(reported|complained about|raised|logged)\\b|" +
        "\\bmeasured in (dog years|geological time)\\b|" +
        // "Still waiting on the aircon repair promised \"first thing Monday\". That was six Mondays ago."
        "(?<=\\b(promised|still waiting)\\b[^?]{0,80})\\b(three|four|five|six|seven|eight|nine|ten|several|[3-9]) (mondays|tuesdays|wednesdays|thursdays|fridays|saturdays|sundays|weekends) ago\\b|" +
        // "At this rate my car will be a classic by the time you fix the car park barrier", "holding the fire door open longer
        // than I've been in this job".
        "\\b(will be|ll be)\\b[^.!?]{0,20}\\b(a classic|an antique|vintage|retired|grown up|at university|a grandparent)\\b[^.!?]{0,10}\\bby the time\\b|" +
        "\\b(broken|closed|out of order|wedged?|propped|temporary|leaking)\\b[^.!?]{0,80}\\blonger than (i|ive|i have) (been|worked|lived)\\b|" +
        // "I've now spent more time on hold with your hotline this month than I've spent in my own living room" (a month of
        // it; "more time on hold than actually working this week" is a week's complaint, yellow).
        "\\bmore time (on hold|waiting|chasing)\\b[^.!?]{0,30}\\b(this|last|past) (month|quarter|year)\\b[^.!?]{0,10}\\bthan\\b|" +
        // "I reported the broken streetlight before my daughter started kindergarten. She graduates next week."
        "\\b(reported|complained about|raised|logged)\\b[^.!?]{0,40}\\bbefore (my|our) (son|daughter|kid|child|baby|grandson|granddaughter) (started|was born|learned|could)\\b|" +
        // "The lift has been \"being looked at\" since before my son learned to ride a bike."
        "\\b(broken|leaking|out of order|looked at|waiting|closed|blocked)\\b[^.!?]{0,40}\\bsince before (my|our) (son|daughter|kid|child|baby|grandson|granddaughter) (started|was born|learned|could)\\b|" +
        // "I've started keeping a diary of every time the lift breaks."
        "\\bkeep(ing)? (a|an) (diary|log|record|tally|list|spreadsheet) of (every|each) time\\b|" +
        // "The gate has been \"about to be fixed\" for so long the kids have stopped asking."
        "\\b(broken|leaking|out of order|closed|blocked|waiting|about to be \\w+|being \\w+)\\b[^.!?]{0,12}\\bfor so long\\b|" +
        "\\breported (it |this |that |(the|my|our) (\\w+ ){1,2})?(in|back in|last) (spring|summer|autumn|fall|winter|january|february|march|april|may|june|july|august|september|october|november|december)\\b|" +
        // "I reported the leak back when I still had a landline. Still dripping.", "Six weeks and counting.", "the out of order sign …
        // has become a permanent feature", "\"about to be fixed\" since before the clocks went back".
        "\\b(reported|complained about|raised|logged|asked about)\\b[^.!?]{0,30}\\bback when\\b[^?]{0,40}\\bstill\\b|\\b(two|three|four|five|six|seven|eight|nine|ten|several|[2-9]) (weeks|months) and counting\\b(?! (until|till|to|before)\\b)|" +
        "\\b(out of order|broken|temporary|closed|cones?|tape|barriers?|signs?)\\b[^.!?]{0,40}\\b(become|became|is now|has become) a (permanent|regular|standing) (feature|fixture)\\b|" +
        "(?<!\\b(lived|living|been|worked|here)( here| there)? )\\bsince (before )?the clocks (went|changed) (back|forward)\\b|" +
        // "I stopped counting at ten", "Half a year for a fence panel", "the broken intercom … is now old enough to start school", "the
        // puddle … has been here longer than most of us", "\"nearly fixed\" since the first frost".
        "\\b(stopped|gave up) counting (at|after) (five|six|seven|eight|nine|ten|twenty|[5-9]|[1-9][0-9])\\b|\\b(half a year|six months|a whole year|(two|three|four|five|six|several) months) for (a|one|the|this|that|my|our|a single) \\w+|" +
        "\\b(broken|leak\\w*|out of order|repair|ticket|complaint|request|fault|crack|hole|puddle)\\b[^.!?]{0,60}\\bold enough to (start school|vote|drive|go to school|walk|talk)\\b|\\b(its|it has) been (here|there) longer than (most of us|most residents|me|us|the residents|some of us|half the residents)\\b|" +
        "(?<!\\b(lived|living|been|worked|here)( here| there)? )\\bsince the first (frost|snow|snowfall|cold snap)\\b");

    // Words that, just before a trigger in the same clause, say the thing did not happen, or ask that it never does
    // ("请勿高空抛物", "提醒楼上不要往楼下扔烟头", "小心中暑").
    private static readonly string[] Negations = ["没有", "没", "无", "未", "不是", "并非", "不存在", "排除", "并无", "没发现", "不会", "不要", "别", "请勿", "禁止", "严禁", "小心", "当心", "谨防", "预防", "不用担心", "不必担心", "无需担心", "不用怕"];

    // "差点滑倒", "险些踩空", "差点夹到人", "怕有人绊倒", "避免再有人摔倒" and "容易划伤手" report a hazard worth a complaint, not a
    // person hurt; "差点砸到孩子" stays red, since whatever fell can fall again.
    private static readonly Regex Fall = new("^(踩空|摔倒|跌倒|滑倒|扑倒|绊倒|夹到|夹住|摔在|摔到地上|摔下|[滑掉跌摔]下来|[摔滑跌绊][了过]?[一个]?跤|栽(下去|下来|倒)|划伤|割伤|划破|割破)", Options);
    // "电梯门老是开开关关，夹到人怎么办": a fall or a pinch feared, asked as "what if" (not "摔倒了怎么办", which has happened).
    private static readonly Regex WhatIf = new("^(?!了)[^,.!?了]{0,4}(怎么办|咋办|点算|点办|谁负责|谁来负责)", Options);
    // "紧急呼叫按钮按了没人应，万一困人怎么办", "灭火器都过期了，万一着火怎么办": any danger supposed and asked as "what if" is a
    // fear, yellow in the corpus; a hazard named beside it ("烟头把被子烧了个洞", "消防通道堵死了") is judged on its own.
    private static readonly Regex Supposing = new("万一|如果|要是|假如|假设|哪天", Options);
    private static readonly string[] NearMiss = ["差点", "差一点", "险些", "几乎", "怕", "担心", "容易", "以免", "免得", "防止", "避免"];

    private const string EnglishFallWords = "(fell|fallen|slipped|tripped)";

    // "A child nearly fell off the swing": the same near miss in English.
    private static readonly Regex EnglishFall = new("^" + EnglishFallWords + "\\b", Options);
    private static readonly Regex EnglishNearMiss = new("\\b(nearly|almost|narrowly)( have| has)? $", Options);

    // "my mum slipped, luckily she's ok", "my son slipped … but he's fine": a fall the writer says did no harm, as "还好没事".
    private static readonly Regex EnglishFallen = new("\\b" + EnglishFallWords + "$", Options);
    private static readonly Regex EnglishUnharmed = new("^[^.!?]{0,40}\\b(luckily|thankfully|fortunately|but)\\b[^.!?]{0,12}\\b(ok|okay|fine|alright|all right|not hurt|unhurt|unharmed)\\b", Options);

    // "差点" and its like: the near-miss words of the list above that are not a worry ("怕", "担心").
    private static readonly Regex NearMissWord = new("差点|差一点|险些|几乎", Options);

    // "孩子差点摔下来，幸好家长扶住了": a near miss the writer says was averted.
    internal static readonly Regex Averted = new("幸好|幸亏|还好|好在|所幸|\\b(luckily|fortunately|thankfully)\\b", Options);

    /// <summary>
    /// The text with "差点" and its like blanked out, or null when it has none. The rules blank a near-missed fall for the
    /// model; the word before it stays, since it is what makes a hazard a complaint (yellow) rather than a report (blue),
    /// but the model has also read it in reds ("差点砸到孩子").
    /// </summary>
    internal static string? WithoutNearMiss(string read) =>
        NearMissWord.IsMatch(read) ? NearMissWord.Replace(read, m => new string(',', m.Length)) : null;

    private static readonly string[] Inquiries = ["请问", "了解", "咨询", "想问", "问一下", "问下", "whats the", "what is the", "where can i", "how do i", "how can i", "do you know"];

    private static readonly Regex CountedThanks = new("^[^,.!?]{0,2}(多谢|谢谢|感谢|谢了|好话|夸|表扬|点赞)|^[^,.!?]{0,8}(续签|续租|续约|参加|上课|光顾)", Options);

    private static readonly Regex CallsToOwner = new("(催费|催缴|催款|回访|推销|营销|骚扰)电话|电话来(问|催|推销|确认)|(问|来问)(我|我们|业主)(要不要|需不需要|需要|有没有|满不满意)", Options);

    // Fourteen days or more, the count before 天 or 日 in a wait of two weeks told in days ("二十来天", "18天").
    private const string Days14 = "(十[四五六七八九]|[二三四五六七八九]十[一二三四五六七八九几]?|1[4-9]|[2-9][0-9])";
    // Two weeks or more in any unit: "半个月", "三个多月", "两个星期", "二十几天".
    private const string TwoWeeksOrMore = "(半个?[多来]?月|[一两三四五六七八九十几]+个多?月|[一两三四五六七八九十]+个半月|成个多?月|[俩仨]个?多?(月|星期|礼拜|周)|[两三四五六七八九十几]+个?多?(星期|礼拜|周)|" + Days14 + "多?天)";
    // The same in English: "16 days", "twenty days".
    private const string EnglishDays14 = "(1[4-9]|[2-9][0-9]|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty)";

    // A job that took a month or more (not the writer's own renovation), or two weeks or more.
    private const string JobTookMonths = "(?<!装)(修|等|拖|排|折腾)了(整整|足足|快|将近|差不多)?([一两三四五六七八九十几半0-9]+个多?月|半年|大半年|一年)(?![^.!?]{0,12}(终于|总算))";
    private const string JobTookWeeks = "(?<!装)(修|换|弄|搞)了(整整|足足|快|将近|差不多)?([两三四五六七八九十几]+个?(星期|礼拜)|[两三四五六七八九十几]+周)";

    // A fault that lasted from one festival or season to another ("楼道灯从年前坏到年后").
    private const string BrokenAcrossSeasons =
        "从(年前|春节|过年|元旦|元宵|清明|五一|端午|中秋|国庆|十一|开春|入夏|入秋|入冬|春天|夏天|秋天|冬天|开学)节?(坏|漏|堵|黑|停|不亮|挖|围)到(放假|放暑假|放寒假|年后|春节|过年|元宵|清明|五一|端午|中秋|国庆|十一|年底|入夏|入秋|入冬|夏天|秋天|冬天|现在)";

    // "Cheers for the reply, only took you a fortnight.": weeks or months said to be "only".
    private const string OnlyTookWeeks =
        "\\b(only|just) took (you |them |him |her |the \\w+ )?(over |nearly |almost |about )?((two|three|four|several) weeks|(a|one|two|three|four|several) (months?|fortnights?))\\b";

    // "坏掉的道闸都快成小区地标了": a broken thing left so long it has become a sight.
    private const string BrokenIntoLandmark = "(坏|烂|破|漏)[^,.!?修]{0,10}(成|变成|成了|当成)了?[^,.!?]{0,6}(地标|景点|文物|古董|古迹|吉祥物|打卡点)";

    // "Great, another \"we'll get back to you\". That makes eleven.": non-answers counted in a tone the polarity model reads
    // as cheerful.
    private const string CountedNonAnswers = "\\banother\\b[^.!?]{0,10}\\b(well get back to you|well look into (it|this)|sorry|apology|excuse|(broken|empty) promise|non.?answer|(reference|ticket|case) number)\\b[^?]{0,30}\\b(that|which) makes (it )?(three|four|five|six|seven|eight|nine|ten|eleven|twelve|a dozen|[3-9]|[1-9][0-9])\\b";

    // "The gym treadmill has been \"awaiting parts\" since the Olympics.", "the scaffolding on our block is basically a listed
    // building": broken since an event of years ago, a temporary thing old enough to be heritage.
    private const string BrokenSinceAges =
        "\\b(broken|out of order|awaiting parts|waiting|leaking|blocked|reported|closed for repairs?)\\b[^.!?]{0,40}\\bsince the (last )?(olympics|world cup|election|millennium|dawn of time|stone age|ice age|dinosaurs)\\b|" +
        "\\b(scaffolding|barriers?|hoarding|cones?|tape|temporary \\w+)\\b[^.!?]{0,30}\\b(a listed building|heritage listed|a heritage site|an antique|a museum piece|a monument)\\b";

    // "咱们小区的路灯真环保，一年四季都不开": a light or a fountain that never works, praised as a virtue.
    private const string NeverOnAllYear = "(路灯|灯|喷泉|空调|暖气|电梯)[^.!?]{0,10}一年四季都(不|没)(开|亮|转|动|喷|热)";

    private static readonly Regex JobTookLong = new(JobTookMonths + "|" + JobTookWeeks + "|" + BrokenAcrossSeasons + "|" + OnlyTookWeeks + "|" + BrokenIntoLandmark + "|" + CountedNonAnswers + "|" + BrokenSinceAges + "|" + NeverOnAllYear, Options);

    // "Thanks for fixing the lift in record time — only 19 days!": speed praised beside a wait of two weeks or more.
    private static readonly Regex MockSpeed = new("\\brecord (time|speed)\\b|\\blightning (fast|speed)\\b|\\bspeedy\\b|神速|光速|火箭速度", Options);
    private static readonly Regex WeeksLong = new(
        "\\b" + EnglishDays14 + " days\\b|\\b(two|three|four|five|six|several|[2-9]) (weeks|months)\\b|" +
        "半个?多?月|[两三四五六七八九十几]+个?多?(星期|礼拜|周|月)|" + Days14 + "多?天|半年|一年",
        Options);
    // Weeks that a building job takes are not a wait ("新大堂装修速度神速，两个月就完工了").
    private static readonly Regex Renovation = new("装修|施工|工期|完工|竣工|建成|\\brenovat|\\bconstruction\\b|\\bbuilt\\b", Options);

    private static readonly Regex DoneNow = new("(修|弄|搞|处理|解决)(好|完|定)了", Options);

    private static readonly Regex Relieved = new("终于|总算|开心|高兴|\\bfinally\\b", Options);

    // "保安帮我联系到车主挪走了", "很快就把我们救出来了", "有人跟进了", "修好后再没漏过", "it's fixed now": something done, or on
    // its way (not a thing that fell, "掉了", or smoke that came out, "冒出来了").
    private static readonly Regex Done = new(
        "(挪|清|拖|搬|运|拉|开)走了|(清|扔|拆|搬|拖|换)掉了|(换|装|调|清理|补|疏通)好了|(装|换|清|做)完了|(救|放|拉|接)出来了|" +
        "(找|拿|要|送)回来了|(打|接|疏|联系)通了|(装|换|补|接|贴)上了|(跟进|修复|恢复|换新)了|(修|弄|搞|换)好(后|以后|之后)|再(也)?没(漏|坏|响|臭|堵|停)|\\b(fixed|sorted|repaired|resolved|solved|replaced|cleared|removed|came|helped|rescued|now working|working again|back on)\\b",
        Options);

    /// <summary>
    /// Whether a text tells of something done, of relief or of praise: thanks at its end are then thanks for it ("垃圾堆了
    /// 半个月，今天终于清走了，谢谢"), not the manners that close a complaint or an alarm ("着火了，谢谢").
    /// </summary>
    private static bool TellsOfSomethingDone(string normalized) =>
        Relieved.IsMatch(normalized) || DoneNow.IsMatch(normalized) || Done.IsMatch(normalized) || SentimentLexicon.Count(normalized).Positive > 0;

    // The thanks, the 辛苦了 or the 🙏 that end a message ("谢谢你！辛苦了", "多謝晒", "感谢您的理解与配合"), after at least two
    // letters or digits of something else. (A happy face there is one marker among the emoji: 🙏, 😊 and 👍 alike.) Read
    // from the right, a text that does not end so is turned down at its last character.
    private static readonly Regex ClosingThanks = new(
        "([,.!~ ]*((非常|十分|特别|万分|太|先)?(谢谢|感谢|多谢|谢了|谢啦)(你们|你|您|啦|了|哈|啊|晒)?|辛苦(你们|你|您)?(了|啦)|" +
        "(感谢|谢谢|多谢)(您|你|你们|大家|各位)?的?(理解|支持|配合|关注|耐心|帮助|帮忙)([与和及](理解|支持|配合))?|" +
        "\\b(many |big )?(thanks|thank you|thank u|thx|ty|cheers)( (so much|a lot|very much|in advance))?\\b|" + TextNormalizer.PositiveEmoji +
        "))+[.!~ ]*$", Options | RegexOptions.RightToLeft);

    /// <summary>
    /// The text without the thanks that only close it, for the rules to ask how it leans; the whole text when it has none,
    /// or when what comes before them tells of something done or praised.
    /// </summary>
    // In a long letter the closing thanks are one sentence among many (see TextAnalyzer.LetterPolarity), and read as they
    // are. At 200 characters rather than 100 (where a text becomes a letter) more of the held-out reds with a closing added
    // stayed red, most of them English, at no cost in false reds; with no limit, one more false red among 10,048 calm rows.
    internal static string WithoutClosingThanks(string normalized)
    {
        if (normalized.Length > 200) return normalized;
        var m = ClosingThanks.Match(normalized);
        if (!m.Success || m.Index == 0) return normalized;
        var body = normalized[..m.Index];
        return body.Count(char.IsLetterOrDigit) >= 2 && !TellsOfSomethingDone(body) ? body : normalized;
    }

    // The owner's third or later complaint (投诉, 反映, 报修, 催; "complaint", "chaser") or message about a fault.
    private const string Fault = "(漏|坏|堵|臭|吵|噪音|没修|没人(管|修|来|理)|不亮|停水|停电|积水|渗水|发霉|裂|\\b(leak\\w*|broken|damp|mou?ld\\w*|noise|noisy|smell\\w*|blocked|flood\\w*|not working|out of order|crack\\w*|faulty|dead|dripping)\\b)";
    private static readonly Regex CountedChaser = new(
        "第[三四五六七八九十0-9]+[次回遍](投诉|反映|报修|催)|第[三四五六七八九十0-9]+[次回遍封](发邮件|邮件|打电话|写信|留言|发消息|来电|找你们|问)[^.!?]{0,20}" + Fault + "|" +
        "\\b(third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|[0-9]+(rd|th)) (complaint|chaser)s?\\b|" +
        "\\b(third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|[0-9]+(rd|th)) (email|e mail|call|phone call|message|letter|request|reminder)s? (about|regarding|re|on|chasing|for)\\b[^.!?]{0,40}(" + Fault + "|\\b(the )?(bins|rubbish|trash|garbage)\\b(?! (collection|day|days|schedule|timetable|rota)))",
        Options);

    private static readonly Regex UndoneForWeeks = new(
        "([两三四五六七八九十几]+个?多?(周|星期|礼拜|月)|半个?多?月|半年|一年|" + Days14 + "多?(天|日))(了)?,?[^,.!?]{0,4}(未|尚未|仍未|均未|没有|没)(安排|派人)?(修复|解决|处理|回复|答复|整改|维修|落实|修好|恢复|人来|来人|人管)|" +
        // "“维修中”的纸都已经发黄卷边了", "the \"urgent\" sticker has faded": a notice left up so long it aged.
        // "地砖翘起来三个礼拜了", "感应灯坏了有二十来天了".
        "翘起来了?(快|整整|足足|都|将近)?([两三四五六七八九十几]+个?多?(星期|礼拜|周)|好几个(星期|礼拜))|(坏|漏|堵|黑|不亮)了有?(二十|三十|四十)来天|" +
        "(维修中|检修中|暂停使用|故障|停用)[^.!?]{0,24}(发黄|泛黄|褪色|卷边|落灰|积灰|掉色)|\\b(out of order|under maintenance|under repair|urgent|closed for repairs?)\\b[^.!?]{0,60}\\b(faded|yellowed|turned yellow|gone yellow|curling|gathering dust|covered in dust)\\b|" +
        // "社區的路燈壞了三個星期，請問什麼時候修？", "壞咗成個月" (成: a whole), "壞掉快一個月了": broken for weeks, asked calmly.
        "(坏|漏|堵|黑|不亮)(了|掉)(快|整整|足足|都|将近|成)?([两三四五六七八九十几]+个?多?(星期|礼拜|周)|半个?多?月|[一两三四五六七八九十几]+个多?月|成个多?月|" + Days14 + "多?天)(?![^.!?]{0,12}(终于|修好了|已经修好|已修好))",
        Options);

    // Words that set a danger in the past; "who helped him when he fell" tells a fall that is over.
    private static readonly Regex PastPattern = new("\\bwhen (he|she|i|we|they|my \\w+) (fell|slipped|tripped|collapsed)\\b|上次|上回|之前|[一两三四五六七八九十几0-9]+(年|个月)前|以前|那次|那天|那晚|有一次|前几天|前些天|前阵子|前段时间|去年|今年[一二三四五六七八九十0-9]{1,2}月|上个月|上周|当时|昨天|前天|\\blast (week|month|year|time|night|weekend|monday|tuesday|wednesday|thursday|friday|saturday|sunday|spring|summer|autumn|winter)\\b|\\bago\\b|\\byesterday\\b", Options);

    // "thank goodness he jumped off" is relief, not thanks to anyone.
    private static readonly Regex ThanksPattern = new("谢谢|感谢|感激|暖心|多谢|辛苦|表扬|及时|很快|好快|迅速|给力|专业|满意|赞|恭喜|祝贺|处理得(很|挺|非常|特别)?(好|到位)|(做|干|维护|维保|管)得(很|挺|非常|特别|一直)?(好|不错|到位)|\\bcongratulat|\\bthank(?!s? (goodness|god|heavens))|\\bappreciate|\\bgrateful\\b|\\b(so )?quickly\\b|well done|great job", Options);

    // Thanks that mean the opposite ("感谢物业让我们免费体验了一次煤气泄漏"): the polarity model reads them as praise, so the
    // danger or threat beside them must not be dismissed as told with thanks.
    private static readonly Regex SarcasmPattern = new("免费体验|体验(感)?拉满|体验了一[次把回]|真是厉害|好一个|真贴心|效率真高|练胆量", Options);

    /// <summary>
    /// The red reasons in a normalized text. <paramref name="negativeProbability"/> and <paramref name="positiveProbability"/>
    /// come from the polarity model, read without thanks that only close the message ("…麻烦尽快处理，谢谢！"), and
    /// <paramref name="positiveWithClosingThanks"/> with them, where there are any: the closing thanks still tell of
    /// thanks (a past danger told with thanks is not red), but not that the message is praise.
    /// <paramref name="dismissed"/> receives the triggers found but ruled out (negated, a drill, a near miss, a past
    /// danger told with thanks, a question about the hotline), so that the alert model is not asked about words the rules
    /// already weighed.
    /// </summary>
    public static List<AlertReason> Red(string normalized, float negativeProbability, float positiveProbability, List<Range>? dismissed = null,
        float? positiveWithClosingThanks = null)
    {
        var reasons = new List<AlertReason>();
        var leansPositive = (positiveWithClosingThanks ?? positiveProbability) >= 0.5f;
        // Both uses of it need a positive lean first, so most texts skip the scan.
        var sarcastic = leansPositive && SarcasmPattern.IsMatch(normalized);
        var thankful = leansPositive && ThanksPattern.IsMatch(normalized) && !sarcastic;
        foreach (var m in EscalationPattern.Matches(normalized))
        {
            // "我想了解一下12345热线的服务时间" asks about the hotline; it does not threaten to call it. A thankful message may
            // name the hotline ("本来想打12345，你们半小时就修好了"), praise may name a reporter ("报社的记者来小区采访垃圾
            // 分类，大家表现很好"); a threat is neither.
            if ((negativeProbability < 0.5f && AskedInClause(normalized, m.Index)) || (negativeProbability < 0.2f && AskedAboutCompanysOwn(normalized, m.Index))
                || (thankful && positiveProbability >= 0.8f)
                || (positiveProbability >= 0.9f && !sarcastic && !IsEnglishWithIntent(normalized)) || IsAtWork(normalized, m) || IsDisowned(normalized, m.Index)
                || IsNamedWithoutIntent(normalized, m, negativeProbability) || IsElsewhere(normalized, m, threat: true, negativeProbability) || (negativeProbability < 0.5f && IsCalmEnglish(normalized))
                || AsksWhatWithholdingBrings(normalized, m))
                dismissed?.Add(new Range(m.Index, m.Index + m.Length));
            else
                Add(reasons, Escalation, m.Value);
        }
        foreach (var m in DangerPattern.Matches(normalized))
        {
            var clause = Clause(normalized, m.Index);
            if (IsNegated(normalized, m.Index) || IsPrevented(normalized, m)
                || ((IsGeneralCase(normalized, m) || Preceded(normalized, m.Index, TaughtCase)) && (AskedInClause(normalized, m.Index) || Taught.IsMatch(Sentence(normalized, m.Index))))
                || (Fall.IsMatch(m.Value) && Preceded(normalized, m.Index, NearMiss))
                || (WhatIf.IsMatch(normalized.AsSpan(m.Index + m.Length)) && (Fall.IsMatch(m.Value) || Supposing.IsMatch(ClauseBefore(normalized, m.Index))))
                || (EnglishFall.IsMatch(m.Value) && EnglishNearMiss.IsMatch(ClauseBefore(normalized, m.Index)))
                || (IsDrilled(m.Value) && DrillPattern.IsMatch(normalized))
                || (IsRinging(m.Value) && FalseAlarmPattern.IsMatch(normalized))
                || (BurntSmell.IsMatch(m.Value) && Cooking.IsMatch(Sentence(normalized, m.Index)))
                || (thankful && (PastPattern.IsMatch(clause) || ToldAsPast(normalized, m.Index) || positiveProbability >= 0.8f)
                    && !Again.IsMatch(clause) && !Now.IsMatch(Sentence(normalized, m.Index)))
                || IsPastAndThanked(clause)
                || IsResolved(normalized, m)
                || (Fall.IsMatch(m.Value) && Unharmed.IsMatch(normalized.AsSpan(m.Index + m.Length)))
                || (EnglishFallen.IsMatch(m.Value) && EnglishUnharmed.IsMatch(normalized.AsSpan(m.Index + m.Length)))
                || (Fight.IsMatch(m.Value) && FightStopped.IsMatch(normalized.AsSpan(m.Index + m.Length)))
                || (NoAnswer.IsMatch(m.Value) && LeftAtTheDoor.IsMatch(normalized.AsSpan(m.Index + m.Length)))
                || IsHypotheticalQuestion(normalized, m)
                || IsElsewhere(normalized, m, threat: false, negativeProbability))
                dismissed?.Add(new Range(m.Index, m.Index + m.Length));
            else
                Add(reasons, Danger, m.Value);
        }
        foreach (Match m in FireLanePattern.Matches(normalized))
        {
            var start = ClauseStart(normalized, m.Index);
            var end = Math.Min(normalized.Length, m.Index + m.Length + 24);
            var after = normalized[m.Index..end];
            // Its clause to the end of the sentence, and at least 24 characters after it ("消防通道被两辆车占用，已联系车主挪车"
            // names one danger word, not two; "消防卷帘门…的报告：卷帘门下方堆放了货物，一旦发生火情无法降落" names its
            // danger two clauses on).
            var around = normalized[start..Math.Max(end, SentenceEnd(normalized, m.Index))];
            // Thanks elsewhere in the message do not clear a lane blocked now; a blockage told as past with thanks does.
            if (IsNegated(normalized, m.Index) || IsPrevented(normalized, m) || (thankful && PastPattern.IsMatch(Clause(normalized, m.Index)))) continue;
            var blocked = FireLaneDanger.Match(after);
            // "保持消防通道畅通，严禁堆放杂物": a notice forbids what a complaint reports.
            if (blocked.Success && Forbidden.IsMatch(after.AsSpan(Math.Max(0, blocked.Index - 3), Math.Min(3, blocked.Index)))) continue;
            // 消防通道堵塞 is red when the text says people are at risk (an ambulance cannot get in, 万一着火 …).
            var dangers = FireLaneDanger.Matches(around).Count + (FireLaneBlocked.IsMatch(after) ? FireConsequence.Matches(around).Count : 0);
            if (blocked.Success && dangers >= 2) Add(reasons, Danger, m.Value + blocked.Value);
        }
        foreach (var m in CollectivePattern.Matches(normalized).Concat(CountedPattern.Matches(normalized)))
        {
            // "请问业主维权群是物业建的吗？" asks about the group; it does not join a campaign. "业主联名推荐候选人" nominates.
            if ((thankful && positiveProbability >= 0.8f) || (negativeProbability < 0.5f && IsCalmEnglish(normalized))
                || (m.Value == "联名" && Nomination.IsMatch(normalized.AsSpan(m.Index + m.Length)))
                || (negativeProbability < 0.2f && AskedInClause(normalized, m.Index)))
                dismissed?.Add(new Range(m.Index, m.Index + m.Length));
            else Add(reasons, Collective, m.Value);
        }
        // Counting is a red only in a complaint ("第三次来，服务还是那么好" is praise). A lean towards negative with almost no
        // praise counts too: the polarity model may split an angry, short message between neutral and negative.
        if (negativeProbability >= 0.5f || (negativeProbability >= 0.4f && positiveProbability < 0.15f))
            foreach (var m in RepeatedPattern.Matches(normalized))
            {
                // "催费电话一天打三次", "回访电话打了三次来问满不满意", "小姑娘天天问我要不要帮忙": the company calling or asking
                // the owner again and again is a complaint about the calls, or praise, not the owner's third complaint.
                // "我同管理處講咗三次多謝" counts thanks, "今年第四次续签租约" a happy return.
                if (CallsToOwner.IsMatch(Clause(normalized, m.Index)) || CountedThanks.IsMatch(normalized.AsSpan(m.Index + m.Length)))
                    dismissed?.Add(new Range(m.Index, m.Index + m.Length));
                else Add(reasons, Repeated, m.Value);
            }
        // An agent's note ("已持续两周未修复") reads neutral to the polarity model, but two weeks with the work still undone is
        // long unresolved whatever the tone; only a text that leans to thanks ("两周未修好的路灯今天修好了，谢谢") is spared.
        if (reasons.Count == 0 && positiveProbability < 0.5f && UndoneForWeeks.Match(normalized) is { Success: true } undone)
            Add(reasons, Repeated, undone.Value);
        // "这是我第四次发邮件说漏水了，需要我飞鸽传书吗？", "Fourth email about the leaking roof. Do I need to send a carrier
        // pigeon?": the owner's third or later complaint about a fault is one however the joke reads to the polarity model
        // (every such row of the corpus is red); praise ("第四次来这个健身房了") and the company's own notices ("第三次提醒：本周六
        // 停水") are not counted chasers, and a text that leans to thanks is spared.
        if (reasons.Count == 0 && positiveProbability < 0.5f && CountedChaser.Match(normalized) is { Success: true } chaser
            && !CallsToOwner.IsMatch(Clause(normalized, chaser.Index)))
            Add(reasons, Repeated, chaser.Value);
        // "物业的efficiency真的amazing，一个灯泡换了三个礼拜", "物业yyds，楼道灯从年前坏到年后": a job that took weeks or a fault
        // that lasted seasons, praised without a word of thanks or relief
        // ("排了一个月的队终于拿到车位，开心"), is mock praise, however positive the polarity model reads it.
        // The rare pattern is tried first: this runs on every text without a reason, and the thanks pattern is long.
        if (reasons.Count == 0 && JobTookLong.Match(normalized) is { Success: true } mocked
            && !ThanksPattern.IsMatch(normalized) && !Relieved.IsMatch(normalized))
            Add(reasons, Repeated, mocked.Value);
        // Speed praised in so many words beside weeks of waiting is mockery, thanks or not.
        if (reasons.Count == 0 && MockSpeed.IsMatch(normalized) && WeeksLong.Match(normalized) is { Success: true } weeks
            && !Relieved.IsMatch(normalized) && !Renovation.IsMatch(normalized) && !DoneNow.IsMatch(normalized))
            Add(reasons, Repeated, weeks.Value);
        return reasons;
    }

    /// <summary>Collective markers alone (全体业主, 联名, 大家都, 集体): they raise a group alert whatever the count.</summary>
    public static bool HasCollectiveMarker(string normalized) =>
        CollectivePattern.IsMatch(normalized) || CountedPattern.IsMatch(normalized) || GroupMarkerPattern.IsMatch(normalized);

    // What a drill acts out (an alarm, a fire, an earthquake, someone trapped in a lift); a person hurt during a drill is still hurt.
    private static readonly Regex Drilled = new("响|叫|alarm|地震|火灾|火警|着火|起火|走火|烟雾|浓烟|困", Options);

    private static bool IsDrilled(string trigger) => Drilled.IsMatch(trigger);

    private static bool IsRinging(string trigger) => Ringing.IsMatch(trigger);

    // "楼道有股糊味，应该是谁家做饭烧糊了": a burnt smell put down to someone's cooking.
    private static readonly Regex BurntSmell = new("^(糊味|焦味|烧焦味?|㶶味|㶶焦)$", Options);
    // ("闻到一股焦味，不像是做饭的味道" rules the cooking out).
    private static readonly Regex Cooking = new("(?<!不像|不像是|不是|不是在)(做饭|烧饭|炒菜|煮[^,.!?]{0,3}糊|烧糊了|煎糊|烤糊|(饭|菜|锅)[^,.!?]{0,2}糊了)", Options);

    private static readonly Regex Ringing = new("响|叫|\\balarm\\b", Options);

    /// <summary>
    /// The Chinese and the English wording of one rule. Owners and tenants write in English too (the normalizer has
    /// lower-cased it), but most texts have no Latin letter at all: the English patterns, whose word boundaries keep
    /// the regex engine from skipping ahead, run only when there is one. The Chinese wording is written in groups by
    /// kind (lifts, fire, gas …) for the reader; the engine gets its branches in chunks of 8: one alternation of 166
    /// branches starting with as many different characters made the engine try each branch at almost every position
    /// (444 ms per 15,000 texts), chunks of 20 let it skip ahead again (41 ms). Since chunks whose words a text does not
    /// contain are skipped, with about 800 branches chunks of 8 take all the rules 124 ms per 15,000 texts, against
    /// 121–135 ms for 4, 6 and 10, 133–155 ms for 12 and 181 ms for 20; without the skipping, 332 ms. The English wording
    /// (230 branches) was one alternation searched whole in every text with a Latin letter, about 25 µs a search, three
    /// times a text: a product name ("iPad") cost a Chinese review as much as all the Chinese rules. In chunks woken by
    /// their words, with their order kept, the held-out messages of the property corpus (13 % with a Latin letter) went
    /// from about 8,900 to 15,700 a second on one thread, and 15,000 shopping reviews (16 %) from about 10,800 to 13,500.
    /// </summary>
    // The normalizer drops apostrophes, so the English wording reads "hasnt", not "hasn't".
    private sealed class Triggers
    {
        private const int GroupSize = 8;

        // The Chinese branches in chunks: first those with words one of which any match must contain, then the rest.
        private readonly string[][] chunks;
        private readonly Regex[] chinese;
        // The English branches in chunks too, but in their written order: as in one alternation, the first branch that
        // matches at a position wins. A branch that needs no word stands in a chunk of its own.
        private readonly Regex[] english;

        // Most texts name no trigger, and most chunks' branches need a word the text does not contain: one pass over the
        // text finds the chunks whose words it contains, and only those (and the chunks without such words) are searched.
        // The words by their first character, each with its chunk (the English ones numbered after the Chinese).
        private readonly Dictionary<char, (string Word, int Chunk)[]> requiredWords, englishWords;
        private readonly bool[] searchedAlways;

        // Each branch alone, anchored where a match starts: asked only at a position where its chunk matched, to find the
        // longest branch there. Interpreted rather than compiled: there are hundreds, and most are never asked. Two threads
        // may build the same one at once; either copy serves.
        private readonly Regex?[][] branches;

        public Triggers(string[] chinese, string english)
        {
            var all = RegexText.TopLevelAlternatives(string.Join("|", chinese)).Select(b => (Branch: b, Words: RegexText.RequiredWords(b))).ToList();
            // Branches that need the same words share chunks, so a common word ("了") wakes as few chunks as it can.
            var withWords = all.Where(b => b.Words is not null).OrderBy(b => string.Join("|", b.Words!), StringComparer.Ordinal).Chunk(GroupSize).ToArray();
            var without = all.Where(b => b.Words is null).Chunk(GroupSize).ToArray();
            chunks = [.. withWords.Concat(without).Select(g => g.Select(b => b.Branch).ToArray())];
            requiredWords = WordIndex(withWords, 0);
            this.chinese = chunks.Select(g => new Regex(string.Join("|", g), Options)).ToArray();
            branches = chunks.Select(g => new Regex?[g.Length]).ToArray();

            var englishChunks = new List<(string Branch, string[]? Words)[]>();
            foreach (var b in RegexText.TopLevelAlternatives(english).Select(b => (Branch: b, Words: RegexText.RequiredWords(b))))
                if (b.Words is null || englishChunks.Count == 0 || englishChunks[^1].Length == GroupSize || englishChunks[^1][0].Words is null)
                    englishChunks.Add([b]);
                else
                    englishChunks[^1] = [.. englishChunks[^1], b];
            this.english = [.. englishChunks.Select(g => new Regex(string.Join("|", g.Select(b => b.Branch)), Options))];
            englishWords = WordIndex([.. englishChunks.Select(g => g[0].Words is null ? [] : g)], chunks.Length);
            searchedAlways = [.. chunks.Select((_, r) => r >= withWords.Length), .. englishChunks.Select(g => g[0].Words is null)];
        }

        /// <summary>Each chunk, Chinese then English, with the words that wake it; null for one searched always.</summary>
        public IEnumerable<(int Index, Regex Pattern, string[]? Words, bool English)> Chunks()
        {
            var words = requiredWords.Values.Concat(englishWords.Values).SelectMany(w => w)
                .GroupBy(w => w.Chunk).ToDictionary(g => g.Key, g => g.Select(w => w.Word).ToArray());
            Regex[] all = [.. chinese, .. english];
            for (var i = 0; i < all.Length; i++)
                yield return (i, all[i], searchedAlways[i] ? null : words.GetValueOrDefault(i, []), i >= chinese.Length);
        }

        private static Dictionary<char, (string Word, int Chunk)[]> WordIndex((string Branch, string[]? Words)[][] chunks, int first) =>
            chunks.SelectMany((g, chunk) => g.SelectMany(b => b.Words!).Distinct().Select(word => (Word: word, Chunk: first + chunk)))
                .GroupBy(w => w.Word[0]).ToDictionary(g => g.Key, g => g.ToArray());

        private static void Wake(string text, Dictionary<char, (string Word, int Chunk)[]> words, bool[] exhausted)
        {
            for (var i = 0; i < text.Length; i++)
                if (words.TryGetValue(text[i], out var starting))
                    foreach (var (word, chunk) in starting)
                        if (exhausted[chunk] && text.AsSpan(i).StartsWith(word, StringComparison.Ordinal)) exhausted[chunk] = false;
        }

        private Regex Branch(int chunk, int branch) =>
            branches[chunk][branch] ??= new Regex("\\G(?:" + chunks[chunk][branch] + ")", RegexOptions.CultureInvariant);

        /// <summary>
        /// The matches, in the order they stand in the text: the leftmost, and at one position the longest of the branches
        /// that match there; then on from its end. Where two branches match overlapping
        /// words ("第三次" and "三次反映" in "第三次反映") the reasons thus never depend on which chunk a branch falls in, so
        /// adding a branch does not change the reasons given for unrelated texts.
        /// </summary>
        public IEnumerable<Match> Matches(string text)
        {
            var latin = text.AsSpan().ContainsAnyInRange('a', 'z');
            var englishText = latin ? RegexText.LatinWordsApart(text) : text;
            var count = chinese.Length + (latin ? english.Length : 0);
            // Each chunk's leftmost match from the scan's position. It stays the leftmost until the scan passes it, and a
            // chunk with no match from here has none further on, so each chunk is searched about once per match found.
            var next = new Match?[count];
            var exhausted = new bool[count];
            if (UseRequiredWords)
            {
                for (var r = 0; r < count; r++) exhausted[r] = !searchedAlways[r];
                Wake(text, requiredWords, exhausted);
                if (latin) Wake(englishText, englishWords, exhausted);
            }
            var at = 0;
            while (at <= text.Length)
            {
                var index = int.MaxValue;
                for (var r = 0; r < count; r++)
                {
                    if (exhausted[r]) continue;
                    if (next[r] is null || next[r]!.Index < at)
                    {
                        var m = r < chinese.Length ? chinese[r].Match(text, at) : english[r - chinese.Length].Match(englishText, at);
                        if (!m.Success) { exhausted[r] = true; continue; }
                        next[r] = m;
                    }
                    index = Math.Min(index, next[r]!.Index);
                }
                if (index == int.MaxValue) yield break;
                Match? longest = null;
                var englishFirst = true;
                for (var r = 0; r < count; r++)
                {
                    if (exhausted[r] || next[r]!.Index != index) continue;
                    if (r >= chinese.Length)
                    {
                        // The first English chunk that matches here gives the English match, as one alternation would.
                        if (englishFirst && (longest is null || next[r]!.Length > longest.Length)) longest = next[r];
                        englishFirst = false;
                        continue;
                    }
                    for (var b = 0; b < chunks[r].Length; b++)
                        if (Branch(r, b).Match(text, index) is { Success: true } m && (longest is null || m.Length > longest.Length)) longest = m;
                }
                yield return longest!;
                at = index + Math.Max(1, longest!.Length);
            }
        }
    }

    private static void Add(List<AlertReason> reasons, string kind, string trigger)
    {
        trigger = TextNormalizer.ForDisplay(trigger);
        if (!reasons.Any(r => r.Kind == kind && r.Trigger == trigger)) reasons.Add(new AlertReason(kind, trigger));
    }

    // "防止发生火灾", "配电房的门要锁好，避免小孩进去触电": a danger to prevent is advice, wherever in its clause the word stands.
    private static readonly Regex Preventive = new("以免|免得|防止|避免", Options);

    private static bool IsPrevented(string text, Match m) => Preventive.IsMatch(m.Value) || Preventive.IsMatch(ClauseBefore(text, m.Index));

    // "是不是着火了" asks; it does not deny.
    internal static bool IsNegated(string text, int index) =>
        Preceded(text.Replace("是不是", "是否是", StringComparison.Ordinal), index, Negations);

    /// <summary>Whether one of <paramref name="words"/> stands within five characters before the trigger, in its clause.</summary>
    private static bool Preceded(string text, int index, string[] words)
    {
        var start = ClauseStart(text, index);
        var before = text[Math.Max(start, index - 5)..index];
        return words.Any(n => before.Contains(n, StringComparison.Ordinal));
    }

    // "请问电梯困人的时候应该按哪个按钮？" asks what to do if it happens; "请问电梯困人了怎么办" says it has.
    // "急救知识讲座，教大家老人晕倒时怎么处理": what to do when it happens, taught in a class or a drill;
    // "电梯里贴了困人自救的方法": or posted as a guide.
    private static readonly Regex Taught = new("讲座|培训|课程|知识|演练|教大家|教我们|教业主|学会|方法|指南|须知|技巧", Options);

    // "教我们怎么检查漏气", "教大家遇到电梯困人怎么自救": how to find the danger, or what to do when it comes, taught
    // ("燃气公司来培训过，我家燃气灶怎么一直漏气？" asks why it is happening).
    private static readonly string[] TaughtCase = ["怎么检查", "如何检查", "怎样检查", "怎么判断", "如何判断", "怎么排查", "如何排查", "遇到", "碰到", "遇上"];

    private static bool IsGeneralCase(string text, Match m)
    {
        var after = text.AsSpan(m.Index + m.Length);
        return after.StartsWith("的时候", StringComparison.Ordinal) || after.StartsWith("时", StringComparison.Ordinal)
            || after.StartsWith("自救", StringComparison.Ordinal) || after.StartsWith("逃生", StringComparison.Ordinal);
    }

    // "虽然上次着火的事处理得很快，但楼道里的杂物还是没人清": the clause that names the danger tells it as past and
    // thanks for it, whatever the rest of the message complains of.
    private static bool IsPastAndThanked(string clause) => PastPattern.IsMatch(clause) && ThanksPattern.IsMatch(clause);

    // "不交物业费的话会有滞纳金吗？", "如果不续交，车位会被收回吗": a question about what not paying would bring the writer, not a
    // refusal ("不交物业费的话你们能把我怎么样？" dares, and stays red). The polarity and alert models still read the rest.
    private static bool AsksWhatWithholdingBrings(string text, Match m)
    {
        if (!Withheld.IsMatch(m.Value)) return false;
        var end = SentenceEnd(text, m.Index + m.Length);
        var rest = text.AsSpan(m.Index + m.Length, end - m.Index - m.Length);
        return WithholdingsCost.IsMatch(rest) && (rest.Contains('吗') || (end < text.Length && text[end] == '?'));
    }

    private static readonly Regex Withheld = new("^(不|拒|停|暂停)再?续?[交缴付]", Options);
    private static readonly Regex WithholdingsCost = new("^[^.!?你]{0,8}(的话|会|是否|有没有|要)[^.!?你]{0,10}(滞纳金|违约金|后果|征信|停水|停电|断水|断电|收回|起诉|罚款|罚金|处罚|什么影响|有影响)", Options);

    // "我不会去12345投诉的，只是希望你们重视" and "我们没打算找媒体" disown the step, and "没人说要拒交" says nobody takes it;
    // "别以为我不会去12345" and "你们以为我不会去法院？" threaten it.
    private static bool IsDisowned(string text, int index)
    {
        var start = ClauseStart(text, index);
        var before = text.AsSpan(start, index - start);
        if (Nobody.IsMatch(before)) return true;
        if (!Preceded(text, index, Disowning)) return false;
        return before.Contains('我') && !before.Contains("以为", StringComparison.Ordinal) && !before.Contains('别') && !before.Contains("难道", StringComparison.Ordinal);
    }

    private static readonly Regex Nobody = new("(没人|没有人|谁也没|谁都没)[^,.!?]{0,3}$", Options);

    // "听说隔壁小区有人打了12345投诉停车，我们小区管得挺好的", "看新闻说有地方高空抛物砸伤人": another place's trouble. A danger
    // there is news in a message that is no complaint; a threat there is someone else's unless the writer joins it
    // ("隔壁小区的业主都打12345了，我们也要打" stays red). Only a named elsewhere: "听说3楼有人被困" and "有地方漏电" are here.
    private static readonly Regex Elsewhere = new("看新闻|新闻(上|里)|网上看到|隔壁小区|别的小区|其他小区|外地|别的城市|\\b(in the news|read about|another (building|estate|complex))\\b", Options);

    private static readonly Regex JoinsIn = new("也(要|去|打|得|会|准备|想|该)|一样(去|打|投诉|告)|学(他们|人家)|\\b(too|as well)\\b", Options);

    private static bool IsElsewhere(string text, Match m, bool threat, float negativeProbability)
    {
        if (!Elsewhere.IsMatch(ClauseBefore(text, m.Index))) return false;
        return threat ? !JoinsIn.IsMatch(text.AsSpan(m.Index + m.Length)) : negativeProbability < 0.5f;
    }

    private static readonly string[] Disowning = ["不会", "不打算", "没打算", "没想过", "不准备", "没准备", "无意"];

    // "配电箱旁边的积水已经清理干净了": the danger's own clause says it has been dealt with, and nothing after says it
    // is back ("燃气泄漏已经处理了，但还有味道" stays red). "锅里着了点小火，服务员很快处理了": staff dealt with it at once,
    // said in the clauses after it in the same sentence. (That one had hung on the polarity model's 0.80 for praise.)
    private static bool IsResolved(string text, Match m)
    {
        var end = m.Index + m.Length;
        var done = Resolved.Match(text, end, ClauseEnd(text, end) - end);
        if (!done.Success) done = DealtWithAtOnce.Match(text, end, SentenceEnd(text, end) - end);
        return done.Success && !Relapse.IsMatch(text.AsSpan(done.Index + done.Length));
    }

    private static readonly Regex DealtWithAtOnce = new("(很快|及时|马上|立刻|立即|当场|迅速|第一时间)就?(处理|扑灭|灭掉|排除|清理|修复|救出)(了|掉|好|完)", Options);

    // "老人摔了一跤，还好没事": a fall that hurt no one.
    // "保安把打架的两个人劝开了，没有人受伤": a fight stopped with nobody hurt is the guard's good work, not a danger now.
    // "社区给独居老人上门送餐，敲门没人应答就放在门口": a delivery's routine when nobody answers, not a person missing ("敲门没人应，
    // 昨天放在门口的饭还在" is).
    private static readonly Regex NoAnswer = new("敲门[^,.!?]{0,3}没人(应|开)$", Options);
    private static readonly Regex LeftAtTheDoor = new("^答?,?(就|便|则)?(放|挂|留)在?门口", Options);

    private static readonly Regex Fight = new("^(打架|斗殴|打人)$", Options);
    // ("有人在门口打架，保安马上冲过去把人拉开了": stopped at once.)
    private static readonly Regex FightStopped = new("^[^.!?]{0,12}((劝开|拉开|分开|制止)了?[^.!?]{0,12}(没有?人受伤|无人受伤)|(马上|立刻|立即|及时|很快|迅速|第一时间)[^,.!?]{0,8}(劝开|拉开|分开|制止))", Options);

    // "摔了一跤，膝盖擦破了点皮，已经处理好了，没什么大事，就是想提醒一下…地砖翘起来了": a graze the writer calls nothing much.
    private static readonly Regex Unharmed = new("^[^.!?]{0,4}(还好|幸好|好在)[^,.!?]{0,2}(没事|没什么事|没有?大碍|无大碍|没有?受伤|没伤着)|^[^.!?说]{0,20}(没什么大事|没有?什么大碍|没有?大碍|无大碍|问题不大)", Options);

    // "如果以后电梯困人，应该按哪个按钮？": a question about what to do should it ever happen.
    private static bool IsHypotheticalQuestion(string text, Match m)
    {
        var end = m.Index + m.Length;
        while (end < text.Length && text[end] != '.' && text[end] != '!' && text[end] != '?') end++;
        // "如果有人在楼道里摔倒了，保安会帮忙叫救护车吗？": the "if" may open an earlier clause of the question.
        var start = SentenceStart(text, m.Index);
        return end < text.Length && text[end] == '?' && Someday.IsMatch(text.AsSpan(start, m.Index - start));
    }

    private static readonly Regex Someday = new("(如果|万一|要是|假如)([^,.!?]{0,3}(以后|将来|哪天|遇到|碰到|发生)|(有人|谁|孩子|小孩|老人))", Options);

    // "火灾隐患排除了": the hazard itself removed.
    private static readonly Regex Resolved = new("已经?(清理|处理|排除|修复|修好|抽干|排干|清除)|隐患(都|也)?(已经?)?(被)?(排除|消除)", Options);
    private static readonly Regex Relapse = new("但|可是|不过|还有|还是|仍|又", Options);

    // "…，可这次又困了半小时": the danger is back, however thankful the message began ("困人了但很快就被救出来了，谢谢"
    // is not). "又帮忙打了120" is "and also helped", told of the rescue.
    private static readonly Regex Again = new("又(?!帮|替|给|陪|扶|叫|喊)|再次|再一次|还在|仍在|仍然", Options);

    // "街道办今天来小区宣传垃圾分类", "市场监管局明天来检查电梯": an authority doing its usual work is news, not an owner
    // taking a complaint to it, as is its report ("消委會嘅報告話…管理費算合理"). "我要让城管来检查" and "去住建局反映，让他们来
    // 检查" still are: someone summoned it.
    // In English, a body's leaflet or talk ("The Consumer Council leaflet about service charges … was really useful").
    private static bool IsAtWork(string text, Match m)
    {
        if (m.Value.All(char.IsAscii)) return EnglishAtWork.IsMatch(text.AsSpan(m.Index + m.Length));
        if (!Authority.IsMatch(m.Value)) return false;
        var start = ClauseStart(text, m.Index);
        var end = ClauseEnd(text, m.Index);
        var before = text[start..m.Index];
        var after = text[Math.Min(end, m.Index + m.Length)..end];
        return (AtWork.IsMatch(after) && !Summons.Any(w => before.Contains(w, StringComparison.Ordinal)))
            || (CompanyFiles.IsMatch(before) && Filing.IsMatch(after));
    }

    // "停车费上涨，你们报物价局备案了吗？": the company's own filing with an authority, asked about or told ("物业已向住建局
    // 报批"), is the authority at its usual work; "我要去物价局查你们备案了没有" has the owner go there, and stays red.
    private static readonly Regex CompanyFiles = new("(你们|物业|贵司|公司|管理处|服务中心|开发商)(有没有|是否|已经?|都)?(报|向|到|在|去|找)(了)?$", Options);
    private static readonly Regex Filing = new("^(备案|报批|审批|核准|批复|批准|登记|报备)", Options);

    private static readonly Regex Authority = new("法院|人大代表|信访|纪检|纪委|市长|社区|执法|市场监管|市场监督管理|市监局|街道|居委|城管|派出所|住建|住房|房管|建委|质监|特检|环保局|生态环境|物价局|政府|消费者|消协|消保委|消委会", Options);
    private static readonly Regex AtWork = new("发布|出台|发了|政策|标准|调解|送达|户籍|办证|电话(是)?多少|地址|在哪|办公时间|上班时间|检查|检测|年检|安检|抽检|宣传|宣讲|讲座|调研|走访|慰问|组织|举办|开展|培训|演练|清走|清理|合格|发的|送的|出[了咗]?[一份个]*(报告|榜单|排名|指南)|^的(报告|调查|测评|评测|榜单|排名|指南)", Options);
    private static readonly Regex EnglishAtWork = new("^ (leaflets?|posters?|brochures?|booklets?|guides?|flyers?|pamphlets?|newsletters?|talks?|workshops?|stalls?)\\b", Options);
    private static readonly string[] Summons = ["让", "叫", "请", "约", "要求", "找", "去", "向", "到", "打", "报", "投诉", "举报", "反映", "告"];

    // "请问119和110有什么区别？": a clause that opens as a question asks about whatever it names.
    // A hotline or a channel named by a message with no intent to use it: its number asked for ("12345热线的电话是多少？我想问
    // 社保的事"; "再不修我就打12345，电话是多少" still threatens to call it), read or seen ("我在黑猫投诉上看到别的小区的案例",
    // "12315的宣传海报"), asked what it is ("黑猫投诉是什么平台？我朋友说可以在上面评价物业", however the polarity model reads the
    // rest), or the trade of the writer or their family ("我是做律师的", "我女儿在律所实习").
    private static bool IsNamedWithoutIntent(string text, Match m, float negativeProbability)
    {
        if (Intent.IsMatch(text)) return false;
        var end = m.Index + m.Length;
        var start = ClauseStart(text, m.Index);
        var after = text.AsSpan(end, ClauseEnd(text, end) - end);
        var sentenceEnd = SentenceEnd(text, end);
        if (Defined.IsMatch(after) && sentenceEnd < text.Length && text[sentenceEnd] == '?') return true;
        // The trade of the writer or their family ("我在法院上班，…北门还能刷卡进吗") is no threat even when the message
        // complains; a number asked for, a channel read or a friend in the trade are only in a calm one ("我有个律师朋友，说你们
        // 这是违法的" is a threat).
        return (OwnTrade.IsMatch(text.AsSpan(start, m.Index - start)) && TradeEnd.IsMatch(text.AsSpan(end)))
            || OwnJob.IsMatch(text.AsSpan(start, m.Index - start))
            || (EnglishTrade.IsMatch(text.AsSpan(start, m.Index - start)) && !Curious.IsMatch(text.AsSpan(end))
                && (negativeProbability < 0.5f || !LegalOpinion.IsMatch(text.AsSpan(end))))
            || (negativeProbability < 0.5f && (NumberAsked.IsMatch(after) || SeenOn.IsMatch(after) || Friend.IsMatch(after) || Kin.IsMatch(after)
                // "我是律师，想咨询一下车位的产权问题": the writer introduced by their trade, in a calm message.
                || (after.IsEmpty && OwnTrade.IsMatch(text.AsSpan(start, m.Index - start)))));
    }

    // "是什么平台", "是个什么网站", "是干什么的", "是哪个部门": what the body or channel is, not a bare "是什么" ("你知道12345是什么吗？").
    private static readonly Regex Defined = new("^是(个|一个)?(什么|哪个|哪种|干什么|做什么)(的|平台|网站|软件|app|小程序|机构|部门|单位|组织|意思|性质|东西)", Options);
    private static readonly Regex NumberAsked = new("^[^,.!?]{0,3}(电话|号码|电话号码)?是?(多少|什么|几号|怎么打)|^还是[0-9]{4,}", Options);
    // "我朋友在报社上班，让他来小区看看你们是怎么管理的": the friend in the trade sent for.
    private static readonly Regex Intent = new("我要|我就|我会|我们就|我们会|再不|不然|否则|准备|打算|马上|已经|必须|看着办|走着瞧|[让叫请找](他|她|他们|她们)来", Options);

    private static readonly Regex SeenOn = new("^[^,.!?]{0,2}(上(看到|看见|说的|说|刷到)|的(宣传|海报|标语|案例|新闻|节目|报道))", Options);
    private static readonly Regex Friend = new("^的?朋友", Options);
    // "律师楼的王律师是我邻居，人很好": the one in the trade is someone the writer knows.
    private static readonly Regex Kin = new("^[^,.!?]{0,8}是" + WriterOrKin + "$", Options);
    // The writer, or someone close to them.
    private const string WriterOrKin = "(我|我们|我(的)?(女儿|儿子|老公|老婆|爱人|妈|爸|朋友|同学|同事|邻居|亲戚|家人|表哥|表姐|表弟|表妹|姐夫|妹夫|嫂子|舅舅|叔叔|阿姨|姑姑|小姨|哥|姐|弟|妹))";
    private static readonly Regex OwnTrade = new(WriterOrKin + "(是做|是|在|去)$", Options);
    // "我朋友去仲裁委上班了": the body's name may go on a character or two before the work ("委", "院").
    private static readonly Regex TradeEnd = new("^(的|[^,.!?]{0,2}(工作|上班|实习))", Options);
    // "我女儿在报馆做记者": a job at a workplace.
    private static readonly Regex OwnJob = new(WriterOrKin + "在[^,.!?]{1,6}(做|当)$", Options);
    // A relative who gives a legal opinion is a threat: "my brother is a lawyer and he says you can't do this".
    private static readonly Regex LegalOpinion = new(
        "\\b((says?|said|told (me|us)|tells (me|us)|thinks|reckons|advised (me|us))( that)? (you|your|its|this|that|it|we|they|management|the company)|illegal|against the law|rights|breach|liable)\\b", Options);
    // So is one who would love to hear how things are done here, however warm the words: "my son works for a newspaper and he
    // would love to hear how you treat pensioners".
    private const string EnglishCurious = "\\b(would|will|d) (love|like|be (very |really )?interested|be keen) to (hear|know|see|learn|find out) (how|what|why|about how|about what)\\b";
    private static readonly Regex Curious = new(EnglishCurious, Options);
    // "My daughter is studying to be a lawyer", "I work as a journalist".
    private static readonly Regex EnglishTrade = new(
        "\\b(i|i am|im|my (daughter|son|wife|husband|mum|mom|mother|dad|father|brother|sister|friend|cousin|uncle|aunt|niece|nephew|partner|neighbour|neighbor)( is| was)?)" +
        "( (studying|training|hoping|going) to be| (works|work|worked|working) (as|for)| (is|am|was) (a|an)| an?| at| (is|am) in)( an?| the)? $", Options);

    // "Our lawyer asked for a copy of the lease", "Can residents start a petition?": English that names a lawyer or a
    // petition in a calm message with no word of a threat.
    private static bool IsCalmEnglish(string text) => !text.Any(TextNormalizer.IsChinese) && !EnglishIntent.IsMatch(text);

    // The polarity model has read few English threats, and may call a short one ("I'm calling the news.") praise.
    private static bool IsEnglishWithIntent(string text) => !text.Any(TextNormalizer.IsChinese) && EnglishIntent.IsMatch(text);

    private static readonly Regex EnglishIntent = new(
        "\\b(will|ll|ill|youll|theyll|going to|gonna|if|unless|until|otherwise|already|lodged|contacted|contacting|taking|take|reporting|reported|" +
        "complain\\w*|sue|suing|threaten\\w*|signed|organi[sz]\\w*|planning|calling|phoning|ringing|called|phoned|rang|writing|emailing|expect|started|drafting|drafted)\\b|" + EnglishCurious, Options);

    // "物业的律师顾问能帮业主看看租房合同吗？": a calm question about the company's own lawyer or hotline ("这种情况能
    // 起诉物业吗？" weighs a lawsuit, and stays red).
    private static readonly Regex CompanysOwn = new("(物业|你们|贵司|公司|管理处|服务中心)的$", Options);

    private static bool AskedAboutCompanysOwn(string text, int index)
    {
        var end = SentenceEnd(text, index);
        return end < text.Length && text[end] == '?' && CompanysOwn.IsMatch(text.AsSpan(ClauseStart(text, index), index - ClauseStart(text, index)));
    }

    private static bool AskedInClause(string text, int index)
    {
        var start = ClauseStart(text, index);
        var before = text.AsSpan(start, index - start);
        foreach (var word in Inquiries)
            if (before.Contains(word, StringComparison.Ordinal)) return true;
        // "以前有人投诉过12345吗？": whether others ever did, asked.
        var end = ClauseEnd(text, index);
        return OthersBefore.IsMatch(before) && (text.AsSpan(index, end - index).Contains('吗') || (end < text.Length && text[end] == '?'));
    }

    private static readonly Regex OthersBefore = new("(以前|之前|有没有|是否|有谁)有?人", Options);

    private static string Clause(string text, int index) => text[ClauseStart(text, index)..ClauseEnd(text, index)];

    /// <summary>
    /// A letter sets its story in the past once, at the start ("去年冬天的一个晚上，我家老人在楼道里摔倒了。……一边帮忙止血，
    /// 一边打了120"): a danger told after a time word is past.
    /// </summary>
    private static bool ToldAsPast(string text, int index) => PastPattern.IsMatch(text.AsSpan(0, index));

    /// <summary>
    /// Thanks for the past do not clear a danger whose sentence says it is happening now ("谢谢上次帮忙修好了门锁。现在楼道里
    /// 有很浓的煤气味"). 刚才 is not now: "刚才那个电梯困人的事处理得很快，谢谢" is over.
    /// </summary>
    private static readonly Regex Now = new("现在|此刻|正在|\\b(right )?now\\b", Options);

    /// <summary>The sentence around a position.</summary>
    private static string Sentence(string text, int index)
    {
        var start = SentenceStart(text, index);
        var end = index;
        while (end < text.Length && !TextNormalizer.IsSentenceEnd(text[end])) end++;
        return text[start..end];
    }

    private static int SentenceStart(string text, int index)
    {
        var start = index;
        while (start > 0 && !TextNormalizer.IsSentenceEnd(text[start - 1])) start--;
        return start;
    }

    private static int ClauseEnd(string text, int index)
    {
        var end = index;
        while (end < text.Length && !IsClauseBreakAt(text, end)) end++;
        return end;
    }

    // A message typed in haste leaves out the commas: "小区门口的井盖没了 晚上很危险" has two clauses, and the 没 of the first
    // does not negate the danger of the second.
    private static bool IsClauseBreakAt(string text, int i) =>
        TextNormalizer.IsClauseBreak(text[i])
        || (text[i] == ' ' && i > 0 && i + 1 < text.Length && TextNormalizer.IsChinese(text[i - 1]) && TextNormalizer.IsChinese(text[i + 1]));

    private static int SentenceEnd(string text, int index)
    {
        var end = index;
        while (end < text.Length && text[end] is not ('.' or '!' or '?')) end++;
        return end;
    }

    /// <summary>The text of <paramref name="index"/>'s clause before it.</summary>
    private static ReadOnlySpan<char> ClauseBefore(string text, int index)
    {
        var start = ClauseStart(text, index);
        return text.AsSpan(start, index - start);
    }

    private static int ClauseStart(string text, int index)
    {
        var start = index;
        while (start > 0 && !IsClauseBreakAt(text, start - 1)) start--;
        return start;
    }
}
