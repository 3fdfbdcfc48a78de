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
    private const string Unit = "\\s?(平|㎡|元|块|号|米|室|栋|幢|层|户|度|斤|个|辆|岁|楼|万|千|百|分|天|次|年|月|日)";
    private const string NotAQuantity = "(?![0-9]|" + Unit + ")";

    /// <summary>
    /// Words the alert model misreads and the rules know better: numbers that count something ("120平米"), which it
    /// reads as 120 the ambulance, and a stove or heater that will not light ("打不着火"), which it reads as 着火.
    /// </summary>
    public static readonly Regex Misread = new("[0-9]+(?=" + Unit + ")|[打点]不[着著]火?", Options);

    private static readonly Triggers EscalationPattern = new(
        [
            // Hotlines, government offices, regulators, consumer bodies and the industry association. The hotline calling
            // back about a closed case ("12345回访了，问题已经解决") is not a threat to call it.
            "一二三四五(?!六)|1(?<![0-9]1)2 345(?![0-9])|(?<![0-9])(12345|12315)" + NotAQuantity + "(?!(热线)?回访)|(?<=(打|拨|找|去|向|到)[^,.!?]{0,3})123[0-9]{2}" + NotAQuantity + "|" +
            "(?<![0-9])123[0-9]{2}热线(?!回访)|市长热线|便民热线|市长信箱|住建[局委部]|住房保障|住房和(城乡)?建设|住房城乡建设|" +
            "城乡建设部门|建委|房管[局所]|街道办|[找去到向]街道|街道反映|" +
            "居委会|社区居委|(社区|街道)(办事处|工作站)|执法(大队|局|队|部门)|综合执法|" +
            "(给|找|向|到|去|跟|告诉)(区|市|县|镇)长(?!信箱|热线)|" +
            "(寄给|写给|递给|交给|反映给|告到|找)[^,.!?]{0,2}(省里|市里|区里|县里|上级)的?领导|(去|到)(省里|市里|区里|县里)[^,.!?]{0,3}(找|反映|投诉|告)|城管|物价局|" +
            "(去|找|向|到|报|投诉|打电话给|打给)[^,.!?]{0,4}(质监局|质监站|质监部门|特检院|环保局|环保部门|生态环境局)|" +
            "(质监局|环保局)[^,.!?]{0,2}(投诉|举报|反映)|市场监管|信访|纪委|纪检|" +
            "(找|去|向|到|告到|反映给|反映到|投诉到|上报|报给)[^,.!?]{0,3}政府|政府[^,.!?]{0,2}(投诉|反映|举报)|" +
            "人大代表|(找|去|向|到)人大(?!概|约|家|门)|(向|到|找|去|给)[^,.!?]{0,10}(行业协会|物业协会|物业管理协会)|" +
            "(行业协会|物业协会)[^,.!?]{0,2}(反映|投诉|举报)|消协|消费者协会|消费者权益保护(委员会|协会)|消保委|" +
            "消委会|审计部门|审计局|反映到(区|市|镇|县|上级)|(到|去|找|向)区里|上级(部门|主管)|要求(相关|有关|主管|政府)部门|" +
            "(要求|请求|依法|予以)查处|(向|到|去)[^,.!?]{0,12}举报|(向|到|上报|报|提交|反映)[^,.!?]{0,12}(主管部门|监督部门|监管部门|监察部门|行政部门|执法部门)|举报(到|给)",
            // Government as it is also named: a letter to a commission (致函), an industrial park's 管委会, 政府热线, and the
            // words of Taiwan and Hong Kong (里长, 消保官, 县府/市府, 议员).
            "(找|向|去|跟|告诉)[^,.!?]{0,2}里长|里长[^,.!?]{0,2}(投诉|反映|陈情)|消保官|(投诉|反映|陈情|告)(到|给)[^,.!?]{0,2}(县|市)府|(找|去|向)(县|市)府|(议员|市议会)[^,.!?]{0,2}(反映|投诉|陈情)|(找|向|去)[^,.!?]{0,2}议员|(致函|去函|函告)[^,.!?]{0,8}(委|局|政府|管委会|街道|部门)|(报告|反映|投诉|举报)(给|到)[^,.!?]{0,4}管委会|管委会[^,.!?]{0,2}(投诉|反映|举报)|(打|拨|找|投诉到|反映到|反映给)[^,.!?]{0,3}政府热线|政府热线[^,.!?]{0,4}(投诉|反映|举报)",
            // A 12345 ticket as the hotline forwards it ("市民来电反映：…": the owner has already gone outside the company), and
            // complaint websites.
            "市民来电|市民[^,.!?]{0,2}热线|(12345|热线|政府)转办|(领导|市长|书记|政府)[^,.!?]{0,4}留言板|人民网(?![^,.!?]{0,8}(拍|采访|报道)[^,.!?]{0,8}(节目|专题|宣传|先进|经验|活动|垃圾分类|文明|表扬))|" +
            "黑猫投诉|在黑猫|黑猫上|聚投诉",
            // The police.
            "派出所|报警(?![器灯铃系装按]|电话是|电话多少)|(?<![0-9])110" + NotAQuantity,
            // The press, television and going online. A television crew filming a programme about sorting rubbish is no threat.
            "(媒体(?!墙|屏|中心)|记者|电视台|报社)(?![^,.!?]{0,8}(拍|采访|报道)[^,.!?]{0,8}(节目|专题|宣传|先进|经验|活动|垃圾分类|文明|表扬))|(上|找|联系|投诉到|曝光到)[^,.!?]{0,2}(央视|卫视|电视台|电视)|曝光|" +
            "上新闻|新闻热线|(联系|找|打给|打到|投诉到|爆料给|告诉|上)[^,.!?]{0,6}(都市报|晚报|日报|早报|报纸)|" +
            "今日说法|焦点访谈|让全网|全网曝光|(发|上|到|挂|传|曝光|晒)[^,.!?]{0,4}(微博|抖音|小红书|快手|头条|视频号)|" +
            "(微博|抖音|小红书)[^,.!?]{0,6}(曝光|发帖|发视频|挂|评理|让大家|@)|热搜|(发|晒|挂|转|传|曝光|放)[^,.!?]{0,6}朋友圈|朋友圈[^,.!?]{0,4}(曝光|发|挂|让大家|评理)|网上发|发到网上|发网上|(传|放|贴|挂)(到|在)网上|让网友|让(全城|全市|全国|全社会|所有人|全世界)[^,.!?]{0,3}知道|" +
            "网上[^,.!?]{0,2}挂|挂到网上|(发|贴|挂)(到|在)[^,.!?]{0,6}(论坛|贴吧)[^,.!?]{0,10}(让大家|评理|曝光|看看)|写好了?(帖子|曝光)|发帖曝光",
            // Lawyers and courts. 公告物业费 and 去告诉保安 are not lawsuits.
            "法务[^,.!?]{0,4}(准备|整理)[^,.!?]{0,2}(材料|证据)|法务[^,.!?]{0,4}(介入|发函|起诉|追究)|律师(?!咨询|讲座|楼|事务所|函的?(格式|模板|范本)|[^,.!?]{0,4}(买楼|买房|过户|公证|遗嘱))|(找|联系|委托|请)[^,.!?]{0,4}律师事务所|律所|起诉|法院|法庭|打官司|吃官司|" +
            "诉讼|法律途径|法律手段|法律程序|依法追究|追究[^,.!?]{0,2}法律责任|诉诸法律|依法维权|司法(程序|途径|诉讼)|法律顾问(?!讲座|咨询|服务)|仲裁|(?<![公通广报预警布宣劝转被])告(你们|物业|开发商)|把你们告|" +
            "去告(?![诉知示别])",
            // Fees withheld or refunded, and replacing the company.
            "(拒|不|停|罢|暂停)[交缴付](物业费|管理费)|退还多收|(要求|必须)退还(?![^,.!?]{0,4}押金)|" +
            "(拒|不再|停止|罢)[交缴付]|不交了|不缴了|不会再?[交缴付](物业费|管理费|钱|费)|不[交缴](钱|费)|" +
            "退(物业费|管理费)|(物业费|管理费)[^,.!?]{0,4}退(给|还|回)|退还[^,.!?]{0,8}(物业费|管理费)|全额退|" +
            "扣着不[交缴付]|(先|暂)扣(着)?(物业费|管理费)|提存到|提存在|(物业费|管理费)[^,.!?]{0,6}提存(?!吗)|" +
            "(一分|一分钱|一毛钱)(都|也)?不(会再?|再)?[交缴给付]|交的钱[^,.!?]{0,4}(全部|都)?(还|退)给?我|" +
            "(?<!(能|可以|怎么|如何|能不能|可不可以)[^,.!?]{0,2})(退费|退钱)(?![^,.!?]{0,3}吗)|要求退款|" +
            "换物业(?>(公司)?)(?!以后|之后|后)|换掉(你们|物业)|(开除|赶走)(物业|你们)|(投票|表决)[^,.!?]{0,4}(开除|罢免|解聘|换掉|炒掉|赶走)|(写信|反映|投诉|举报)[^,.!?]{0,4}(给|到)?[^,.!?]{0,3}(书记|区委|市委|县委)|炒掉物业|罢免(物业|你们)|解聘(物业|你们|贵司|贵公司|贵中心)|(开除|罢免|炒掉|更换)(贵司|贵公司|贵中心)|" +
            "(物业费|管理费)[^,.!?]{0,4}先?停(了|交|缴|付)|(暂停|停止|拒绝)(缴纳|交纳|支付)[^,.!?]{0,2}(物业|管理费|租金)|(物业费|管理费)[^.!?]{0,10}停[交缴付]|押着不[交缴付]",
        ],
        "\\b(contact(ed|ing)?|instruct(ed|ing)?|hir(e|ed|ing)|call(ed|ing)?|consult(ed|ing)?|sp(eak|oke|oken|eaking) to) (my |our |a )?solicitors?\\b|\\b(sue|suing|ombudsman|lawyers?|lawsuit|media|journalists?|reporters?|newspapers?|police|authorities|housing (bureau|authority))\\b|" +
        "\\bpost(ed|ing)? (it |this |the video |them )?online\\b|\\blegal action\\b|\\bconsumer (council|association|rights)\\b|\\b(city|district|local) (government|council)\\b|\\bthe government\\b|\\b(call(ing)?|contact(ing)?|tell(ing)?|go(ing)? to) the (news|press|papers|tv)\\b|\\b(take|taking|see) (you|them|it|this) to court\\b|\\b(the press|tv station|on the news)\\b|refuse to pay|" +
        "stop paying|withhold(ing)? (the |our |my )?(fees?|rent|payment|service charges?|management fees?)|refus(e|es|ed|ing) to pay|not (going to )?pay(ing)? (the |our |my |any )?(fees?|service charges?|management fees?)|" +
        "(videos?|photos?|pictures?) of (this|the|your) (mess|problem|leak|rubbish|state)\\b[^.!?]{0,30}\\b(on|to) (douyin|weibo|tiktok|xiaohongshu|wechat moments|social media)\\b");

    private static readonly Triggers DangerPattern = new(
        [
            // People shut in, and lifts that fail with people in them. A child left in a locked car is shut in too.
            "车(里|内|上)?[^,.!?]{0,8}(锁|关)着[^,.!?]{0,3}(小孩|孩子|宝宝|婴儿|小朋友)(?!的)|(小孩|孩子|宝宝|婴儿|小朋友)被?(锁|关)在车(里|内|上)|" +
            "困人|困仁|被困|困在|困了在(里|入面|电梯|梯|中间|半)|困住|困着|(又|再次|再一次)困了|困了[^,.!?]{0,4}(人|老人|小孩|孩子|业主)|(?<=梯[^,.!?]{0,2})困了|(关|卡|锁)住(了)?人|" +
            "电梯[^,.!?]{0,6}(关住|卡住)|关在电梯|卡在电梯|电梯(里|里头|里面)?[^,.!?]{0,2}关着[^,.!?]{0,2}(人|孩子|小孩|娃|老人|宝宝)|电梯里出不来|出不来了|被(关|锁)在(里面|里头|电梯)|(有人|孩子|小孩|老人|人)被(关|锁)在[^,.!?]{0,10}?(里面|里头|里|内)|" +
            "被(关|锁|困)在[^,.!?]{0,3}(车里|车内|屋里|房间)|(关|困|锁)着[^,.!?]{0,2}人|" +
            "电梯(突然)?(往下)?(下坠|坠|坠落|急坠|失控|冲顶|蹲底|溜车)|电梯[^.!?]{0,16}突然(顿|掉|晃|抖|往下|下滑)|电梯(一直|总是|老是|自己)?在?(上下)?乱(跑|窜)|(停电|断电)[^.!?]{0,20}应急灯[^,.!?]{0,4}(不亮|没亮|也不亮)|" +
            "电梯门夹|电梯门?(没关|开着)[^,.!?]{0,3}(上|下|走|运行|跑)|" +
            "电梯门?没关[严好紧]?就[^,.!?]{0,4}(走|跑|运行|往上|往下)|电梯[^.!?]{0,24}(门打不开|开不了门)|" +
            "(轿厢|电梯井|电梯里|电梯顶|电梯机房)[^,.!?]{0,4}(进水|滴水|漏水|渗水|泡水)|(没有|没)轿厢|" +
            "(钢丝绳|曳引绳)[^,.!?]{0,6}(响|断|松|磨)|轿厢[^,.!?]{0,4}(晃|抖|倾斜)|" +
            "电梯[^,.!?]{0,4}(卡|停)在[^.!?]{0,12}(中间|之间)[^.!?]{0,12}(里面|里头|轿厢内)[^,.!?]{0,3}(有|还有)|" +
            "电梯[^,.!?]{0,8}从[^,.!?]{0,4}楼[^,.!?]{0,4}(掉|坠|滑|冲)|(扶梯|电梯)[^,.!?]{0,4}(倒转|逆转|反转|倒行|倒溜|溜梯)",
            // Fire, smoke and the smell of burning (not cooking fumes), and the alarms that say so.
            "(?<!打不|点不)[著着]火|着伙|着活了|起火|失火|火灾|放火|纵火|点了一把火|放了一把火|" +
            "把[^,.!?]{0,6}(点着|烧着|引燃)|引燃|烧着了|烧起来|(哪家|谁家|车|房子|楼|屋)[^,.!?]{0,2}(?<![睡找看见等碰遇赶接])着了|自燃|火苗(?!(是|有点|有些|很|太|偏|一直|总是){0,2}(发黄|发红|黄|红|小|弱|不稳|忽大忽小|不旺|不够))|" +
            "明火|火光|火星子?[^,.!?]{0,2}(掉|溅|飞|飘)|冒火星|冒了?[个一]?火花|冒.{0,2}烟|(全是|都是|满是|好多|很多)烟(?![味头蒂])|" +
            "浓烟|烟(?<!(油|香|抽|炊|(烧纸|烧香|烧烤|抽烟|吸烟)[^.!?]{0,8})烟)(很|好|特别|非常|越来越)大|好大的烟|黑烟(?!味)|烟雾(?!报警|探测|感应)|(?<!油)烟从[^,.!?]{0,6}(冒|涌|窜)|(?<!油)烟[^,.!?]{0,6}冒出来|" +
            "(火警|消防警报|烟感|警铃|报警器)[^,.!?]{0,4}(响|叫)|烧(塑料|焦|胶|橡胶|电线)|焦味|糊味|㶶味|㶶焦|烧㶶|烟[^,.!?]{0,4}涌出|烧黑|胶皮味|烧得?发黑|" +
            "(?<!请问[^,.!?]{0,6})(烧|焚烧)[^,.!?]{0,3}(垃圾|树叶|落叶|秸秆|杂物|纸箱|轮胎)|(点|生|烧)了?[^,.!?]{0,2}(火堆|篝火(?!晚会|活动))|" +
            "(楼梯间|楼道|走廊|消防通道|疏散通道)[^.!?]{0,40}((电暖器|电暖气|取暖器|电炉|小太阳)[^,.!?]{0,8}(开着|烧着|用着)|(开着|烧着|用着)[^,.!?]{0,3}(电暖器|电暖气|取暖器|电炉|小太阳))",
            // Electricity: shocks, sparks, live or burnt wiring, batteries that swell or blow up.
            "漏电|(?<!防)触电|(插进|塞进|捅进)了?[^,.!?]{0,3}(插座|插孔)|电到|带电|被电(?![动瓶])|电麻|麻电|(手|身上)[^,.!?]{0,3}麻了一下|(一碰|一摸|碰到|摸到)[^,.!?]{0,3}麻(?!烦|将|辣|花)|" +
            "(插座|插头|电线|开关|电箱|电闸|线路|配电箱|电表箱)[^,.!?]{0,6}打火|噼里啪啦|噼啪|[冒打出]火花|" +
            "冒出[^,.!?]{0,4}火花|电火花|" +
            "(配电|电箱|电柜|电表箱|变压器|插座|开关|电闸)[^,.!?]{0,6}(滋滋|噼啪|蓝光|电弧)|" +
            "(电表箱|电箱|插座|电线|配电|开关|电闸|线路|电机|电动车|电瓶)[^,.!?]{0,4}冒火|电线(裸露|外露|掉落|冒火)|电线[^,.!?]{0,2}露(出来|在外)|(铜线|铜丝|线芯)[^,.!?]{0,4}(露|裸)|(绝缘皮|绝缘层|线皮|电线皮)[^,.!?]{0,6}(破|咬|烂|掉|脱)|" +
            "(电线|高压线|电缆)[^,.!?]{0,3}(垂|掉|断|裸露|耷拉)|(垂|耷拉|掉)[^.!?]{0,16}(缠着|挂着|带着)电线|(电线|线皮|插头|插座)[^,.!?]{0,4}(发黑|烧黑|烧焦)|" +
            "(电池|电瓶|充电器|充电宝|插头|插座|电线|线皮|插线板)[^,.!?]{0,6}(鼓包|发烫|烫手|发热|熔化|融化|烧化)|" +
            "(电池|电瓶|充电宝|锂电池)[^,.!?]{0,4}(炸|爆)",
            // Water where people or wiring are: floods, drowning ("防溺水" is a leaflet), water in a switch room or a lift shaft.
            "(漫|淹|没)到(车轮|轮胎|膝盖|腰|小腿|车门)|[淹没]到(膝盖|腰|胸)|" +
            "(没过|漫过|淹过)(车轮|轮胎|膝盖|腰|小腿|车门)|(地库|车库|地下室|电梯井)[^,.!?]{0,2}(淹|进水|灌水)|" +
            "(漫|灌|流)进[^,.!?]{0,2}(电梯井|配电)|" +
            "(配电房|配电室|配电间|配电柜|配电箱|电箱|变压器)[^,.!?]{0,6}(都是水|全是水|积水|进水|有水)|" +
            "(配电房|配电室|配电间|变电箱|变压器|高压电)[^.!?]{0,12}(小孩|孩子|小朋友)[^,.!?]{0,4}(钻|进|爬|玩)|(配电房|配电室|配电间|变电箱|变压器)[^,.!?]{0,6}门[^,.!?]{0,6}(开着|敞着|没锁|没关)[^.!?]{0,24}(小孩|孩子|小朋友)|(小孩|孩子|小朋友)[^,.!?]{0,6}(钻|进|爬)[^,.!?]{0,6}(配电房|配电室|配电间|变电箱|变压器)|" +
            "(水|积水)[^,.!?]{0,6}(漫|淹|泡|灌|流|渗|喷|滴|溅)[^,.!?]{0,4}(配电|电箱|电线|插座|电闸|变压器|电表|充电桩|吊灯|灯具|灯座)|" +
            "水顺着[^,.!?]{0,3}(灯|电线|插座|电箱|配电)|(滴水|漏水|渗水)[^,.!?]{0,8}(是|在|到|进)[^,.!?]{0,2}(吊灯|灯具|灯座|插座|开关|电箱|配电|电闸)|" +
            "(配电|电箱|电线|插座|电闸|吊灯|吸顶灯|灯罩|灯具|灯座|开关|充电桩)[^,.!?]{0,3}(泡|淹|进水|浸|在?滴水|在?漏水|在?渗水|积了?水)|(喷|淋|浇|溅|滴)到了?[^,.!?]{0,6}(配电|电箱|电柜|电闸|插座|电表)|水[^.!?]{0,10}(旁边|边上|附近|底下|下面|下方)(就是|有|是)[^,.!?]{0,2}(配电箱|电箱|配电柜|电表箱|插座|电闸)|落水|(?<!防[^,.!?]{0,5})溺水|沉下去|" +
            "沉到(水底|池底)|(趴|泡|漂|浮)在水(里|中|面上?)[^,.!?]{0,3}(不动|没动静|没反应)|(一动不动|脸朝下)[^,.!?]{0,3}(浮|漂)|(浮|漂)在水面上[^,.!?]{0,3}(不动|一动不动)|冰(面)?[^,.!?]{0,4}(裂|破)|" +
            "冰面?上[^,.!?]{0,6}(孩子|小孩|人|学生|初中生|小学生|小朋友)[^,.!?]{0,4}(跑|玩|走|滑|溜|跳|打闹)|" +
            "(深水区|水里|池里|河里|湖里)[^,.!?]{0,6}(扑腾|挣扎)|呛水|" +
            "(小孩|孩子|小朋友)[^,.!?]{0,4}一个人[^,.!?]{0,4}(湖|河|池|水|塘)边|(湖|河|池|水|塘)边[^.!?]{0,20}(没大人|没有大人|没人看着)",
            // Electricity and water found by the forty-fifth to sixtieth probes: wiring on fire (走火; a drill's is not), an appliance
            // that tingles to the touch, water running into a switch room.
            "(电线|线路|插座|电箱)[^,.!?]{0,3}走火|摸着?[^,.!?]{0,2}麻手|(漏水|积水|水)[^,.!?]{0,4}(流|漫|渗|淌|漏)?(至|到|进)了?[^,.!?]{0,2}(配电间|配电房|配电室|电井|强电井|电梯井)",
            // Things overhead and structures: something heavy hanging off a building or by its last screws, loose above a path or
            // a playground, a split branch over a pavement, a barrier knocked askew over an entrance, a cracked basement or
            // load-bearing wall letting water in, a lift car's glass cracked, a fraying crane rope.
            "(热水器|外机|空调|广告牌|招牌|花盆|玻璃|板|架)[^.!?]{0,12}(挂|悬|吊)在[^,.!?]{0,4}(楼边|楼外|外墙|半空)[^,.!?]{0,3}(晃|摇)|(外机|外机架|空调架|支架)[^,.!?]{0,8}(歪|松|锈断|锈穿|摇晃|晃)[^.!?]{0,16}(下面|底下|楼下|随时|砸)|(只剩|就剩)[^,.!?]{0,3}(一颗|一个|一根|两颗)[^,.!?]{0,3}(螺丝|钉子|绳子)[^,.!?]{0,2}(挂|吊|连|撑)|(树枝|树干|枝干|大树)[^,.!?]{0,6}(裂开|断了|折断|快断|劈开)[^.!?]{0,16}(人行道|马路|路上|行人|头顶|风一吹|随时)|松(了|动)[^.!?]{0,12}下(面|方|边)(是|就是|有)[^,.!?]{0,4}(游乐场|人行道|门口|小孩|孩子|行人|路|广场)|(限高杆|横梁|招牌|灯箱|广告牌|雨棚)[^,.!?]{0,6}(撞歪|撞断|撞掉)[^.!?]{0,12}(挂|吊|悬)在[^,.!?]{0,6}(上方|头顶|上面|半空)|(地下室|地库|车库|承重)[^,.!?]{0,3}(墙|墙体|梁|柱子)[^,.!?]{0,2}裂了?[^,.!?]{0,4}(大缝|大口子|一道缝|裂缝)[^.!?]{0,16}(渗水|进水|漏水|往外鼓|上面就是|上面是)|(电梯|轿厢)[^,.!?]{0,4}玻璃[^,.!?]{0,2}(裂|碎)|(钢丝绳|吊绳|吊索)[^,.!?]{0,3}(起毛|断丝|断股|快断)|(快断|要断了|快要断)[^.!?]{0,16}(孩子|小孩|小朋友|人)[^,.!?]{0,4}(还在|在上面|在下面)",
            // People hurt, shut in or at risk: hit or grazed by a vehicle (a barrier or a parked car hit is not), a foot crushed,
            // a broken bone, a fall in a bathroom, a wheelchair going over, a car skidding into a wall or rolling down a ramp,
            // scalded, shut in a lift for a time, leaning out of a window, locked out in the cold.
            "(老人|孩子|小孩|行人|我|他|她|奶奶|爷爷|大爷|阿姨)[^,.!?]{0,4}被[^,.!?]{0,10}撞(倒|伤|飞)|被(?<!(车|车子|车位|车门|车头|车尾|后视镜|护栏|道闸|栏杆|墙|柱子)被)[^,.!?]{0,4}(叉车|货车|汽车|轿车|面包车|电动车|摩托车|三轮车|车)撞(?!坏|歪|弯|断|掉|瘪|凹)|(擦|刮|蹭)到了?[^,.!?]{0,3}(学生|孩子|小孩|行人|老人|人)(?!家)|(脚|腿|手(?!机|套|续|表|推车))[^,.!?]{0,4}(压|轧|碾)(了|伤|断|住)|(压|轧|碾)(伤|断)了?[^,.!?]{0,2}(脚|腿|手)|摔断了?[^,.!?]{0,2}(手|腿|胳膊|脚|骨|肋骨)|(浴室|卫生间|厕所|浴缸)里?摔(了|倒)|连人带(车|椅|轮椅)[^,.!?]{0,3}(滑|翻|摔|掉)|(打滑|滑下去|溜车)[^.!?]{0,12}撞(到|上|在)了?[^,.!?]{0,3}(墙|柱子|车|人)|车[^,.!?]{0,3}往下溜|被[^,.!?]{0,4}烫(到|着)了(?!一下)|把人关(在)?[^,.!?]{0,4}里(面|头)|(电梯|轿厢)里?(被)?关了[^,.!?]{0,3}(一个|半个|[0-9一二三四五六七八九十几两]+)多?(个)?(小时|钟头|分钟)(?!的)|窗[^.!?]{0,12}(往外|向外)?探(出)?(身子|半个身子|头)|(锁|关)在门外[^.!?]{0,16}(零下|冻|寒风|暴雨|雨里)",
            // Animals: a snake or hornets near children, rabies, a bite.
            "(蛇|毒蛇|马蜂|野猪)[^.!?]{0,12}(孩子|小孩|小朋友|老人)[^,.!?]{0,6}(旁边|附近|在玩|还在)|狂犬病|疯狗|(流浪狗|野狗)[^,.!?]{0,3}口吐白沫|(老鼠|狗|猫|蛇)[^.!?]{0,10}咬了[^,.!?]{0,8}(手|腿|脚|人|孩子|小孩|老人|阿姨)",
            // Help that cannot reach: a patient who cannot get out for treatment, an emergency call button unanswered.
            "(出不去|进不来|出不来|过不去)[^.!?]{0,8}(透析|急救|抢救|送医|急诊)|(透析|急救|抢救|送医|急诊)[^.!?]{0,8}(出不去|进不来|出不来|过不去)|(紧急呼叫|呼救|一键呼叫|sos)[^,.!?]{0,8}没人(来|应|管|接|理)",
            // Gas, fuel, fumes and explosions. A boiler's gauge in the red is a danger; an extinguisher's only wants refilling.
            "(燃|煤|天然)[气汽]泄[漏露]|瓦斯[^,.!?]{0,2}(外泄|泄漏|泄露|漏|味)|燃气味|煤[气汽]味|天然气味|液化气味|漏气|臭鸡蛋味|像臭鸡蛋|嘶嘶|" +
            "(燃气|煤气|天然气|热水器|炉子)[^.!?]{0,24}(头[^,.!?]{0,3}晕|恶心|想吐)|(煤气罐|液化气罐|燃气罐)[^,.!?]{0,8}(晒|太阳底下)|(煤气罐|液化气罐|燃气罐)[^.!?]{0,16}(抽烟|明火|烟头)|" +
            "(燃气|煤气|天然气|液化气)[^.!?]{0,16}(关不上|关不掉|关不了|在漏|漏了)|" +
            "(燃气|煤气|天然气|液化气)[^.!?]{0,12}(还有气|有气出来|在冒气)|(燃气|煤气|天然气|液化气)(表|管|阀门?|灶|罐)?[^,.!?饭菜汤]{0,12}(味道|气味|有味|臭味|阵味)|(燃气表|天然气表|煤气表)[^,.!?]{0,4}转|" +
            "燃气管[^,.!?]{0,4}(断|破|裂|漏)|(燃气|煤气|天然气|液化气)[^,.!?]{0,4}(软管|管子|管道)[^,.!?]{0,6}(断|破|裂|漏|咬|洞)|[挖弄碰]断[^,.!?]{0,3}燃气|" +
            "(燃气|天然气|煤气)管(道|线|子)?[^,.!?]{0,8}(断|破|裂|穿)|" +
            "(燃气|煤气|天然气)[^.!?]{0,24}(一股味|有味道|味道很大|味很大|一股怪味)|汽油味|柴油味|" +
            "(汽油|柴油)[^,.!?]{0,4}(漏|一地|一滩)|(漏|一地|一滩|一大滩)[^,.!?]{0,2}(汽油|柴油)|" +
            "(囤|堆|放)[^,.!?]{0,6}(汽油|柴油|煤气罐|液化气罐)|(汽油|柴油|煤气罐|液化气罐)[^,.!?]{0,4}(囤|堆)|" +
            "(楼道|走廊|电梯|地下室|车库)[^,.!?]{0,6}(煤气罐|液化气罐)|(楼道|走廊|电梯|地下室|车库)里?[^,.!?]{0,4}有人[^,.!?]{0,4}(酒精炉|卡式炉|炭炉|生火|烧火|煤气灶|燃气灶|煤炉|炭盆|炭火)|(地下室|地库|车库)[^.!?]{0,16}(电炉|煤气灶|燃气灶|煤炉|炭盆|炭火)[^,.!?]{0,2}(做饭|取暖|烧水)|(煤气罐|液化气罐)[^,.!?]{0,4}(放|摆|堆)在[^,.!?]{0,2}(楼道|走廊|电梯|地下室|车库)|(锅炉|压力容器|储气罐)[^.!?]{0,16}(红区|红线|超压)|" +
            "(?<!防[^,.!?]{0,5})(中毒|一氧化碳(?!报警器|探测器|报警仪|检测仪))|头晕(呕吐|恶心|想吐)|(头晕|头痛)[^,.!?]{0,2}(呕吐|恶心)|熏(倒|晕)|" +
            "烧炭|(玻璃|灯罩|灯管|屏幕|热水器|锅炉|气瓶|煤气罐)[^,.!?]{0,6}(炸裂|自爆|爆裂|爆炸)|自爆|爆炸|" +
            "(高压锅|锅炉|热水器|气瓶|煤气罐|液化气罐|变压器|微波炉|电磁炉|电饭煲|电水壶|空调|冰箱|电视)[^,.!?]{0,4}炸(了|开|裂)(?!个?保险)|" +
            "沼气|化学品|化学液体|腐蚀性|强酸|硫酸|盐酸|" +
            "(锅炉|压力表|压力容器|储气罐)[^,.!?]{0,4}(爆了|炸了|爆裂)|蒸汽[^,.!?]{0,4}喷",
            // Things falling on people: thrown from above, blown off, coming loose, buildings giving way.
            "高空抛物(?!的?(监控|摄像|宣传|标语|提示|告示|海报|演练|培训|知识|治理))|" +
            "高空扔|抛物(?!的?(监控|摄像|宣传|标语|提示|告示|海报|演练|培训|知识|治理))|往下扔|往楼下扔|[扔丢抛甩撇](?<!(差点|差一点|险些)[^,.!?]{0,4}.)[^,.!?]{0,8}下来|" +
            "从(高楼|楼上|窗户|阳台)[^,.!?]{0,4}扔|往下(泼|丢|砸|撇|撂|甩)|砸伤|坠物|掉下来砸|高空坠落|砸到|" +
            "砸在[^,.!?]{0,3}(脚边|身边|旁边|面前|跟前)|(吹|刮)掉下来|被风吹(掉|落|倒)|摇摇欲坠|" +
            "随时(会|可能|都会|要)?(掉|倒|塌|砸)|快(要)?(掉|塌)下来|(脚手架|灯|吊灯|广告牌|招牌|外机|玻璃|板|架|牌|钢|管|树枝|吊篮|雨棚)[^,.!?]{0,10}晃来晃去|" +
            "(塔吊|吊车)[^,.!?]{0,10}(楼顶|头顶|上空|上方|吊着)|(塔吊|吊车)[^,.!?]{0,2}(晃|歪|倾斜)|掉(到|在|下)楼下|" +
            "(保温层|墙皮|墙砖|外墙|吊顶|天花板|顶棚|混凝土|石块|水泥块|吊灯|石膏|灯具|吊扇|石屎)[^,.!?]{0,6}(掉|剥落)|(打中|砸中|击中)[^,.!?]{0,2}(途人|路人|行人|人)|" +
            "掉[^,.!?]{0,2}(混凝土|水泥块|石块|墙皮|瓷砖)|往下掉[^,.!?]{0,2}(水泥|混凝土|渣|石|砖|瓦|玻璃)|" +
            "(楼上|高空|天上)[^,.!?]{0,3}掉下来|" +
            "(玻璃|外墙|石材|瓷砖|墙砖|广告牌|招牌|灯箱|空调外机|花架|花盆|晾衣架)[^,.!?;]{0,8}(掉下|刮下|脱落|坠落|砸|松脱|松动|松了|晃动|摇晃|晃晃|晃得)|" +
            "(幕墙|雨棚|天窗|采光顶|玻璃顶)[^,.!?]{0,6}(掉|碎|裂)|(支架|架子|外机)[^,.!?]{0,6}(往外|向外)[^,.!?]{0,2}(斜|歪|倾)|(支架|挂架|吊架)[^,.!?]{0,3}断|" +
            "(斜挂|悬|吊|挂)在半空|下沉(?!广场|式)|沉降|塌陷|塌下|塌了|坍塌|倒塌|(砸|拆|打|凿|挖)[^,.!?]{0,4}承重墙|" +
            "承重墙[^,.!?]{0,4}(砸|拆|打|凿|挖|裂)|" +
            "(保温板|保温层|外墙板|彩钢板|铁皮|屋顶板|瓦)[^,.!?]{0,6}(掀|刮起|吹起|飘)|(脚手架|围挡|围墙|广告牌|电线杆|塔吊)[^,.!?]{0,4}(倒了|倒下|倒塌)|吊篮[^,.!?]{0,8}(断|歪|倾斜|翻|卡住)|(安全绳|吊绳|钢丝绳)[^,.!?]{0,2}断|" +
            "玻璃[^,.!?]{0,8}(吹碎|碎了一地|爆了)|碎片[^,.!?]{0,4}(飞|溅)|" +
            "砸中|砸人|(广告牌|招牌|灯箱|空调外机|外机)[^.!?]{0,16}螺丝[^,.!?]{0,3}(松|掉|锈)|(一块块|一块一块|接连)[^,.!?]{0,3}(往下)?掉|(吊灯|吊顶|灯箱|广告牌|招牌)[^,.!?]{0,3}(在晃|晃了)[^.!?]{0,12}(底下|下面)[^,.!?]{0,6}人|(挡土墙|围墙|外墙|墙体|楼体)[^,.!?]{0,10}(倾斜|歪了|外倾)",
            // People who fell or are hurt, open holes and edges, limbs caught in machines or doors, traffic. A scratched car
            // or a torn sofa is not a person hurt: cuts count only with a body part.
            "倒地|受了?伤|(孩子|小孩|小朋友|学生)[^,.!?]{0,10}(工地|施工)[^,.!?]{0,6}(坑|沟|井)边|(在|到)窗台上[^,.!?]{0,2}(站|坐|爬|蹲|玩)|电梯[^.!?]{0,20}(一个人|还|人)在里面|踩到[^,.!?]{0,8}钉子|扎(穿|进|破)[^,.!?]{0,2}(脚|手|鞋)|(楼顶|天台|屋顶)[^.!?]{0,18}(追逐|打闹|追跑)|车[^,.!?]{0,2}(蹭|刮|碰)倒|(有人|老人|孩子|小孩|同事|顾客)[^,.!?车]{0,2}晕了|(墙|楼|房子|围墙|树|广告牌|脚手架)[^,.!?]{0,3}(要|快)倒了|有贼|进贼|抓贼|撞亲|起唔到身|企唔起身|掷(落|中)|掟(落|中)|(电表|电箱|电掣|插座|电线|配电)[^.!?]{0,16}火花|一滩血|一地的?血|满地(是|的)?血|被推倒|(翻|爬|站|坐)[^,.!?]{0,4}(护栏|栏杆|围栏|女儿墙)外|被烫|见血|打出血|(鼻子|头|脸|嘴|额头|嘴角)[^,.!?]{0,4}出血|夹断|夹伤|摔伤|流了?[^,.!?]{0,3}血|淌血|骨折|摔倒|跌倒|滑倒|扑倒|绊倒|摔青|磕破|摔破|撞伤|" +
            "[摔滑跌绊]了?[一个]?跤|(后脑勺?|头|脸|膝盖)[^,.!?]{0,2}着地|摔在(地|路上|台阶|楼梯)|摔到地上|崴了|扭伤|" +
            "踩空|[摔跌]进|(?<!防)跌落|(?<!差点|差一点|险些)[摔甩飞]出去|摔成一团|(人|孩子|小孩|老人|宝宝|员|工人|顾客|行人|师傅|保安|司机|大爷|大妈|阿姨|老太太|老大爷)被?压在了?[^,.!?]{0,2}(下面|底下|身下|里面|里头)|(孩子|小孩|小朋友|人|老人)[^,.!?]{0,2}下不来|(探出|伸出)[^,.!?]{0,3}(半个)?身子|往(水里|河里|湖里|池里)走|掉进了?(去了|坑|沟|井|河|水|池|湖|检修口|洞|口子|窟窿)|[摔掉倒][^,.!?]{0,6}(起不来|站不起来)|差点掉|掉下去|摔下|" +
            "(?<=(小孩|孩子|老人|宝宝|小朋友)[^,.!?]{0,12})([掉跌摔]下来|(?<!滑梯上?)滑下来)|" +
            "(人|孩子|小孩|老人|业主|顾客|员工|住户|保洁|行人)被?[^,.!?]{0,3}(划伤|割伤|划破|割破)|(手|腿|脚|脸|头|胳膊)[^,.!?]{0,4}(划伤|划破|割伤|割破)|" +
            "(划伤|划破|割伤|割破)了?[^,.!?]{0,2}(手|腿|脚|脸|头|胳膊)|(烫|烧)伤(?!膏|药|[^,.!?]{0,2}(怎么|如何))|夹到|吸住|卷住|" +
            "压(到|伤|住)了?[^,.!?]{0,4}(人|孩子|小孩|老人|腿|脚|员|顾客|师傅)|(有人|孩子|小孩|人|老人)[^,.!?]{0,8}(栏杆|护栏|窗户|阳台|楼顶)[^,.!?]{0,4}(翻|跳|掉)下去|把[^,.!?]{0,6}(人|员|孩子|小孩|老人|顾客|师傅)[^,.!?]{0,2}压(到|伤|住|倒)|(孩子|小孩|人)[^,.!?]{0,6}(一直|半天|好久)没(上来|露头)|(池|水|井)里[^,.!?]{0,8}(一直|半天|好久)没出来|卷进|卷入|绞进|" +
            "(头|手(?!机|续|表|套|环|链)|脚|腿|胳膊|身子)[^,.!?]{0,2}卡(在|住|进)|(小孩|孩子|老人|宝宝|有人)被?卡在|" +
            "(人|孩子|小孩|老人)被?夹在|" +
            "(手|脚|头|手指|胳膊)[^,.!?]{0,4}(伸|塞|夹|卷)进[^,.!?]{0,6}(扶手带|扶梯|梯级|电梯门)|" +
            "(化粪池|窨井|检查井|污水井|井)(的)?(盖子)?(没盖|没有盖|敞开|敞着|开着)|井盖(丢|缺|没了|掉|不见)|" +
            "[0-9一二两三四五六七八九十]米多?深的?(坑|沟|洞|槽)|(坑|沟|洞)[^.!?]{0,16}(只拉了|没有|没)[^,.!?]{0,4}(围挡|护栏|挡板|警示|盖板)|井盖[^,.!?]{0,3}(偷|盗|撬走|搬走)|井盖[^,.!?]{0,4}(翻了|压翻|掀翻|压碎|碎了|塌了|悬空)|没(系|绑|挂|拴)安全绳|(外墙|高空|楼顶|脚手架|吊篮)[^.!?]{0,12}没(系|绑|挂|拴)安全带|(外墙|高空|楼顶|脚手架|吊篮|边上)[^.!?]{0,12}安全(带|绳)[^,.!?]{0,3}(没|不)(系|绑|挂|拴|戴)|(站|坐|蹲)在[^,.!?]{0,2}(楼顶|天台|屋顶|房顶)[^,.!?]{0,3}(边|边缘|边上|边沿)|(护栏|栏杆|栏板|防盗窗)[^,.!?]{0,3}(松|晃|断|坏|裂|脱落|没了)|(护栏|栏杆|栏板)[^,.!?]{0,4}(拆|卸)(了|掉)|" +
            "(没有|没装|缺)(护栏|栏杆)|(爬|站|坐)(到|在|上)[^,.!?]{0,3}(窗台|窗外|阳台外|栏杆外|水箱|屋顶|房顶)|" +
            "(孩子|小孩|宝宝|小朋友)[^,.!?]{0,6}(骑|站|坐|爬)(在|上|到)[^,.!?]{0,3}(栏杆|护栏|窗台|窗户)|" +
            "撞(上|倒)了?[^,.!?]{0,3}(行人|人|小孩|孩子|老人)|撞到人|车祸|失控|" +
            "(坐|躺|倒)在地上[^,.!?]{0,4}(起不来|站不起来|动不了|不动)|(躺|睡|趴|倒)在[^,.!?]{0,4}(马路|车道|路中间|路当中)(?!边|旁)|(快|要|快要)(倒|断|塌)了?[^.!?]{0,16}(底下|下面|下边)[^,.!?]{0,8}(人|孩子|小孩|娃|老人|行人)|(塔吊|吊车)[^.!?]{0,8}(底下|下面)[^,.!?]{0,6}(人|孩子|小孩|娃)|(水箱|屋顶|房顶|楼顶|天台|围墙)[^.!?]{0,16}(小孩|孩子)[^,.!?]{0,4}(在上面|上去)[^,.!?]{0,2}(爬|玩|跑|跳)|" +
            "(楼顶|天台|屋顶|房顶|顶楼|水箱间)[^.!?]{0,20}(小孩|孩子|小朋友)[^.!?]{0,8}(边缘|边沿)|" +
            "(小孩|孩子|小朋友)[^,.!?]{0,8}(楼顶|天台|屋顶|房顶)的?(边缘|边沿)|" +
            "(车|汽车|电动车)[^,.!?]{0,4}(滑|溜|冲)(下去|下来)[^,.!?]{0,4}撞|" +
            "挤倒|踩踏事故|发生踩踏|被踩伤|(头|手|脚|手指|胳膊|腿)[^,.!?]{0,4}(伸|塞|夹|卡)进[^,.!?]{0,10}(缝|洞|栏杆|扶手带|扶梯|梯级|电梯门)|" +
            "(人|孩子|小孩|老人|手|脚|头|腿)被?[^,.!?]{0,5}夹住|(手|脚|头|腿|胳膊|手指)夹(了|伤|断|肿)|(压|砸|困|淹|撞)[^.!?]{0,12}(车里[^,.!?]{0,4}有人|(司机|人|孩子|老人)[^,.!?]{0,3}在车里)",
            // People in medical distress, or a call for an ambulance; a power cut where someone lives on a ventilator,
            // whichever of the two the owner names first, unless the power is back or a generator is running. "闷得喘不过气"
            // is a stuffy room.
            "呼救|救命|急救(?!药|箱|包|培训|知识|常识)|救护车|(叫|打|拨|喊)[^,.!?]{0,2}(120|救护车)|抽筋|" +
            "心脏病(犯|发)|(突发|犯了?)[^,.!?]{0,2}心脏病|心梗|脑梗|中风|(?<!要|快|会|别|防|以免|免得)中暑|犯病|呼吸困难|窒息|晕(倒|在|过去)|昏迷|休克|抽搐|昏倒|不省人事|" +
            "(躺|倒|趴)[^,.!?]{0,8}一动不动|(躺|倒|趴)[^.!?]{0,12}叫(也|都)不(应|醒)|" +
            "(躺|倒|趴|晕)[^.!?]{0,16}(叫|喊|拍)[^,.!?]{0,3}(没反应|没有反应|没动静)|没(有)?了?呼吸|不喘气|呼吸急促|" +
            "(?<!(闷|热|压|累|憋|挤)得?)喘不(上|过)气|哮喘[^,.!?]{0,2}(发作|犯了)|犯了?哮喘|癫痫|羊癫疯|" +
            "(孩子|小孩|老人|人|业主|住户|员工)[^,.!?]{0,8}(住院|送医|送(到)?医院|进了?医院)|已送医|误食|误服|误喝|误吞|" +
            "吞了?[^,.!?]{0,4}(电池|磁铁|磁珠|硬币)|(电池|磁铁|磁珠|硬币|纽扣)[^,.!?]{0,3}(吞|咽)下|喊救人|呼喊救人|" +
            "((停电|没电|断电|跳闸)(?!前)[^\\n]{0,30}(呼吸机|制氧机|吸氧|透析)|(呼吸机|制氧机|吸氧|透析)[^\\n]{0,30}(停电|没电|断电|跳闸)(?!前))(?![^\\n]{0,40}(发电机|备用电源|应急电源|恢复供电|正常供电))|" +
            "[叫敲喊拍](?<!(保安|门卫|门岗|值班|睡觉|在睡)[^.!?]{0,12}.)[^,.!?]{0,4}不醒|醒不过来|下去的人[^,.!?]{0,4}(没上来|没出来|没动静)|(窨井|井下|井里|化粪池|污水池)[^.!?]{0,16}(没上来|晕|昏)|" +
            "心肺复苏(?!培训|课|讲座|演练|知识)|上吐下泻|(突然|一下子)(倒|晕)在|(突然|一下子)[^,.!?]{0,3}说不出话|嘴(也|都)?歪了|口眼歪斜|半边身子(麻|动不了|没知觉)",
            // People missing, unseen for days, or at risk of harming themselves.
            "(孩子|小孩|宝宝|老人|女儿|儿子|小朋友|小女孩|小男孩)[^.!?]{0,16}(?<!(车|包|快递|钥匙|手机|东西|井盖|盖子|衣服|鞋|玩具))(找不到了?|不见了|走丢了|走散了?|失踪)|" +
            "(说不清|不记得|不知道|想不起)[^,.!?]{0,2}自己[^,.!?]{0,2}(住哪|家在哪|叫什么)|找不到家(?!长|门)|(老年痴呆|阿尔茨海默|认不得路|不认路|糊涂|记性不好)[^.!?]{0,24}(没回来|没回家|找不到|联系不上|走丢|不见)|(没回来|没回家|找不到|联系不上)[^.!?]{0,24}(老年痴呆|阿尔茨海默|认不得路|不认路|糊涂|记性不好)|走失(?<!(防|(猫|狗|宠物|鹦鹉|鸟|兔)[^,.!?]{0,2})走失)(?![^,.!?]{0,3}(猫|狗|宠物|鹦鹉|鸟|兔))|" +
            "(独居|一个人住)[^.!?]{0,24}(电话|手机)[^,.!?]{0,6}(无人接听|没人接|不接|打不通|联系不上)|(电话|手机)[^,.!?]{0,6}(无人接听|没人接|打不通)[^.!?]{0,24}(上门查看|上门看看|上门看一下|去家里看看)|" +
            "(电话|手机)[^,.!?]{0,4}(不接|没人接|无人接听|打不通)[^.!?]{0,24}敲门[^,.!?]{0,2}没人(应|开)|(没出门|没露面|没见着|没见[^,.!?]{0,2}人)[^.!?]{0,24}敲门[^,.!?]{0,2}没人(应|开)|" +
            "敲门[^,.!?]{0,2}没人(应|开)[^.!?]{0,24}(没出门|没露面)|跳楼|要(往下)?跳下去|要往下跳(?!水|伞|绳)|(喊|嚷)[^,.!?]{0,3}要跳(?!绳|舞|水|操|远|高|床)|(老奶奶|老太太|老人|老大爷|老爷爷|大爷|大妈|奶奶|爷爷|独居)[^.!?]{0,40}[两三四五六七几]天(都)?没(看见|看到|见着|见到?|出门|露面)|轻生|自杀|想不开|寻短见|不(?<!(热得|累得|烦得|饿得|冷得|困得)不)想活了|我不活了|活着[^,.!?]{0,4}(没意思|有什么意思)|活不下去了|自焚|浇了?汽油|" +
            "(楼顶|天台|屋顶)[^,.!?]{0,6}(坐|站|爬)[^,.!?]{0,3}边|(楼顶|天台|屋顶)[^,.!?]{0,2}边(上|缘|沿)?[^,.!?]{0,4}(坐|站|蹲|徘徊|来回走)|(楼顶|天台|屋顶)(?![^,.!?]{0,3}花园)[^.!?]{0,20}(哭|徘徊|来回走)|(楼顶|天台|屋顶)[^.!?]{0,16}(坐|站|爬)(在|上|到)[^,.!?]{0,2}(围栏|栏杆|护栏|围墙|女儿墙)|" +
            "喝了?农药|服了?农药|喝了?敌敌畏|(吃|吞)了?[^,.!?]{0,3}安眠药",
            // Violence, crime and dangerous animals; a stranger trying one door after another (a salesman knocking is
            // only a nuisance), someone prying at a door now (a break-in found the morning after is a complaint about
            // security, as the corpus labels it).
            "斗殴|持械|群殴|打群架|打起来|打伤|砍人|行凶|抢劫|拿刀|持刀|(拎|揸)住[^,.!?]{0,2}刀|(拿|持|举|提|拎)着[^,.!?]{0,2}(刀|菜刀|砍刀|斧头|铁棍|棍子|钢管|棒球棍)|弄死(我|你|他|她)|(砍|打|捅)死(我|你|他|她)|对[^,.!?]{0,4}(孩子|家人|老婆|老人)下手|恐吓信|(烧|炸)了(这里|你们|物业)|把这里(烧|炸)了|掐[^,.!?]{0,6}脖子|砸破了?[^,.!?]{0,2}(头|脑袋|额头)|动刀|拿了刀|打人|打架|动手打|威胁我|" +
            "(拿|挥|抡|举)着?(棍子|棒子|酒瓶|啤酒瓶|砖头|铁棍|警棍|木棍|钢管|铁锹|斧头)[^,.!?]{0,8}(追|打|砸|挥|冲|威胁|吓)|追着[^,.!?]{0,4}打|" +
            "(醉汉|酒鬼)[^,.!?]{0,8}(砸|打|闹|追)|发酒疯|耍酒疯|闯进了?(我|家|屋|房)|破门而入|入室(盗窃|抢劫)|" +
            "(包|手机|钱包|项链|东西)被抢|被抢(了)?(包|手机|钱包|项链)|歹徒|劫匪|家暴|被跟踪|跟踪我|" +
            "(陌生人|可疑)[^,.!?]{0,12}(推|拧|拉|试|撬)[^,.!?]{0,2}门|" +
            "(一间一间|一家一家|一户一户|挨家挨户|挨个)地?(推|拧|拉|试|撬)[^,.!?]{0,2}门|" +
            "(被|给)[^,.!?]{0,4}扎(伤|破|到|了)|扎伤|" +
            "(水箱|蓄水池|水池)[^,.!?]{0,3}(倒|投|放|扔)[^,.!?]{0,2}(东西|药|毒|不明)|投毒|(水箱|蓄水池|二次供水)[^,.!?]{0,6}(死老鼠|死猫|死鸟|尸体|蛆)|" +
            "撬(我|我家|他家|她家|邻居家|隔壁|对门)[^,.!?]{0,4}(门|锁)|[砸踹撞](?<!(像|跟).)(我|我家|我们家)的?门(?!口|前|外)|(有人|有个人|小偷|贼)[^,.!?]{0,2}在撬|(要|就要|想|说要)[^,.!?]{0,2}(把门砸|把门踹|砸门|踹门|撬门)|(正在|现在)[^,.!?]{0,4}撬|" +
            "狗把[^,.!?]{0,4}(人|小孩|孩子|小朋友|老人)[^,.!?]{0,2}咬|咬伤|被狗咬|(让|被|叫)[^,.!?]{0,6}狗[^,.!?]{0,2}咬|" +
            "咬了[^,.!?]{0,4}(人|小孩|孩子|小朋友|老人|业主)|咬人|追着[^,.!?]{0,3}咬|" +
            "狗[^,.!?]{0,4}咬(了|伤了?)[^,.!?]{0,8}(小哥|大爷|大妈|阿姨|保洁|保安|快递员|外卖员|员工|邻居)|" +
            "(毒蛇|蟒蛇|眼镜蛇|有条蛇|一条蛇)[^,.!?]{0,6}(爬进|钻进|进了|在|跑出|跑了|溜出)|被蛇咬|" +
            "被[^,.!?]{0,4}(蜇|蛰)|(蜇|蛰)(伤|了)[^,.!?]{0,4}(人|孩子|小孩|老人)|" +
            "(狗|狼狗|大狗)[^,.!?]{0,8}扑(人|向|孩子|小孩)|(?<!不)扑人|" +
            "(把|将)[^,.!?]{0,6}推倒|推倒了?[^,.!?]{0,4}(人|老人|孩子|我|他|她)",
            // Danger said outright, an earthquake, a fire exit welded shut, a call to the fire brigade.
            "(很|非常|太|特别|极其)危险|(拿|用)[^,.!?]{0,6}(命|生命|性命)(开玩笑|当儿戏)|出人命|人命关天|地震|" +
            "(消防通道|安全出口|消防门|疏散通道|逃生通道)[^,.!?]{0,6}(焊死|锁死)|(消防通道|安全出口|消防门|疏散通道|逃生通道)[^,.!?]{0,4}被?(锁着|锁住|锁上|上了锁|上锁)|" +
            "(?<=(打|拨|报|叫)[^,.!?]{0,6})(?<![0-9])119" + NotAQuantity,
        ],
        "(?<!\\bsharpen(ing|ed)? |\\bkitchen |\\bbutter )\\b(knife|knives|gun|machete)\\b|\\b(finger|hand|foot|arm|leg)s? (got |was |were )?(crushed|trapped|caught)\\b|\\b(crushed|trapped|caught) (his|her|my|their|a) (finger|hand|foot|arm|leg)s?\\b|\\b(trapped|stuck) in (the |a )?(lift|elevator)|\\b(lift|elevator) (is |was |got |has )?(been )?stuck\\b|\\b(lift|elevator)\\b[^.!?]{0,60}\\bshaft\\b|\\bfire (exit|door|escape)s?\\b[^.!?]{0,30}\\b(locked|chained|blocked|padlocked)\\b|\\b(lift|elevator)\\b[^.!?]{0,20}\\b(dropped|fell|plunged|plummeted)\\b|" +
        "\\b(caught|trapped|stuck) in (the |an? )?(escalator|door|gate|lift door)\\b|\\b(hasnt|has not|havent|have not|not) been seen\\b|" +
        "\\b(could|might|will|going to|about to) fall on (someone|somebody|people|a child|kids|children|us)\\b|" +
        "(?<!\\ba )\\b(bit|bitten|attacked)\\b[^.!?]{0,30}\\b(son|daughter|child|kid|boy|girl|me|him|her|someone|resident|neighbou?r)\\b|" +
        "\\b(concrete|plaster|tiles?|glass|bricks?|pieces|debris|window|pane)s?\\b[^.!?]{0,50}\\b(falling|fell|coming down|shattered)\\b|\\b(live|exposed|bare) wires?\\b|\\bwires? (hanging|dangling|sparking)\\b|\\bstitches\\b|\\btaken to (the )?hospital\\b|\\b(going to|about to) (fall|collapse)\\b|\\bfell (in|into|off|down)\\b|" +
        "\\bfire\\b(?! (drill|alarms?|extinguishers?|exits?|doors?|escape|lane|safety))|\\bsmoke\\b(?! (detector|alarm))|" +
        "\\b(gas leak|smell of gas|electric shock|sparks?|sparking|injured|bleeding|fainted|unconscious|collapsed|drown(ing|ed)?|electrocuted|ambulance|on fire)\\b|" +
        "\\b(water|flood(ing|ed)?|leak(ing|s)?)\\b[^.!?]{0,50}\\b(power cables?|cables|wiring|electrical|sockets?|fuse box|breakers?|switchboard|light fittings?|light fixtures?|ceiling lights?|light switch(es)?|meter box|electric meter)\\b|" +
        "\\b(ventilator|oxygen (machine|concentrator)|dialysis)\\b[^\\n]{0,60}\\b(power|electricity)\\b|" +
        "\\b(power|electricity)\\b[^\\n]{0,60}\\b(ventilator|oxygen (machine|concentrator)|dialysis)\\b|" +
        "\\b(fire )?alarm (is |keeps )?(ringing|going off)|\\bnot breathing\\b|\\bunresponsive\\b|" +
        "\\b(railing|balustrade|handrail|banister)s?\\b[^.!?]{0,30}\\b(wobbl\\w*|loose|broken|shaking|missing|gave way)\\b|" +
        "\\btrying (the )?(doors?|door handles|handles)\\b|\\b(locked|trapped|stuck|left) in (a|the|his|her|their) car\\b|\\bhanging (off|from|over) (the |a )?(balcony|railing|window|ledge|edge)\\b|\\bsmell of burning\\b|\\bburning (plastic|rubber|wires?)\\b|\\b(broke|break|breaking) in(to)?\\b|\\bbroken into\\b|\\bforced (open|entry)\\b|\\bburgl(ed|ary|ar|ars)\\b|\\b(scream|shout|call|cry)(ing|ed)? for help\\b|\\b(kun ren|zhao huo|qi huo|lou dian)\\b|\\bstalk(ing|ed|er)\\b|\\bfollow(ed|ing) me\\b|" +
        "\\bgas\\b[^.!?]{0,40}\\b(leak(ing|s)?|smell)|\\bsmells? (of )?gas\\b|" +
        "(?<!\\b(if|whether) the )\\b(fire|emergency) (exit|exits|door|doors|escape)\\b[^.!?]{0,16}\\b(locked|chained|welded|padlocked)\\b|" +
        "\\b(kids|children|child|boys?|girls?|toddlers?|teenagers?|someone|a man)\\b[^.!?]{0,12}\\bclimb(s|ed|ing)?\\b[^.!?]{0,10}\\b(scaffold(ing)?|crane|pylon|transformer|roof)\\b|" +
        "\\b(climb(s|ed|ing)?|standing|sitting|hanging|leaning)\\b[^.!?]{0,20}\\b(outside of|over|on|out of) the (balcony |window |roof )?(railing|ledge|edge|window ?sill|parapet|window)\\b|" +
        "\\b(ceiling|plaster|part of the \\w+)\\b[^.!?]{0,30}\\b(came down|caved in|collapsed)\\b|\\bwent under\\b|\\bburning smell\\b(?! (was|is) (just|only))|\\b(sockets?|plugs?|wires?|switch(es)?|outlets?)\\b[^.!?]{0,40}\\bhot to (the )?touch\\b|" +
        "\\b(hasnt|has not|havent|have not|not|nobody has|no one has) (answered|answering|opened|opening) (the |her |his |their )?(door|phone)\\b|\\bhurt (his|her|my|their|himself|herself|myself)\\b|\\b(got|was|were|been) hurt\\b|" +
        "\\b(threw|thrown|throwing|throws|dropped|dropping|tossed|tossing)\\b[^.!?]{0,40}\\b(from|off|out of) (the |a |their |his |her )?(upstairs|above|balcony|window|roof|upper floors?|[0-9]+(st|nd|rd|th) floor)\\b");

    // A drill or a test of the alarms is announced, not a danger.
    // "不是演练" says it is real.
    private static readonly Regex DrillPattern = new("(?<!不是|并非|并不是|非)(演练|演习|测试|检测|调试)|(?<!not a )\\bdrill\\b|(?<!not a )\\btest", Options);

    // An alarm that rings with no smoke or fire seen, or that the owner thinks is broken, is a fault to repair.
    private static readonly Regex FalseAlarmPattern = new(
        "没(看到|看见|有|闻到|发现)[^,.!?]{0,2}(烟|火)|误报|是不是坏了|坏了吧|没电了|\\bfalse alarm\\b|\\bno (smoke|fire)\\b", Options);

    private static readonly Regex FireLanePattern = new("消防通道|安全出口|消防门|疏散通道|逃生通道", Options);

    private static readonly Regex FireLaneDanger = new(
        "堵|占|锁|封|打不开|推不开|开不了|开不到|走不掉|走不了|逃不掉|火烛|停满|堆满|堆了|堆放|塞满|跑不掉|逃不出|停车[^,.!?]{0,6}(救护车|消防车|进不来|出不去|危险|出事|万一|人命|急救)|救护车|消防车|进不来|出不去|出不来|危险|出了?事|万一|人命|全是人|都是人|(几十|几百|上百|好多|很多|[0-9]+)个?人|([两三四五六七八九]?[十百千]|几十|几百|上百|上千|[0-9]+)多?(个|名|位)?(工人|员工|孩子|老人|顾客|学生)", Options);

    private static readonly Regex CollectivePattern = new(
        "集体(?!户口|宿舍|活动|婚礼|生日|照|舞|经济|土地)|联名|一起[^,.!?]{0,10}讨(个)?说法|全体(商户|租户|住户)(?![^.!?]{0,12}(活动|联谊|聚会|庆|晚会|参加|欢迎|祝))|(一起|集体|联合)(停业|罢市|罢工)|(拉横幅|横幅|拉条幅|(?<!(宣传|欢迎|庆祝|祝贺|喜庆|物业|社区)[^,.!?]{0,4})条幅)(?![^,.!?]{0,8}(庆祝|欢迎|祝贺|宣传|标语))|大字报|(门口|楼下|售楼处|前台|大厅|办公室)[^,.!?]{0,2}举(着)?(牌子|牌|标语)(?![^,.!?]{0,4}(欢迎|迎接|接))|举(着)?(牌子|标语)(抗议|维权|讨说法)|举牌(抗议|维权)|全(?<!(@|归|属于|属|给|还给|分给)全)体业主|所有业主|(?<!物业|你们|管理处|社区|居委会|街道)组织业主(?![^,.!?]{0,6}(开会|会议|活动|参观|学习|培训|体检|演练|座谈|联欢|旅游))|组团|维权|一起去找|一起投诉|上访|签名信|(业主们?|大家|住户|商户)[^,.!?]{0,3}(都在|都|一起|正在)签了?名|" +
        "(全楼|整栋楼|全小区|[0-9十几百]+多?户)[^,.!?]{0,6}签了?(字|名)|接龙签名|征集签名|签名接龙|(不满意|有意见|受害)的(业主|住户|租户|商户)[^,.!?]{0,12}(集合|一起|联合)|(谁也|谁都|都|集体)不(再)?续(租|约|签)|(几十|十几|数十|上百|几百|[1-9][0-9]+)[户位名个家](业主|住户|商户)[^.!?]{0,12}(一起|联合|集体|讨说法|维权|签名|去找)(?![^,.!?]{0,4}(举办|活动|促销|庆|参加|欢迎))|\\bpetition\\b|\\bclass action\\b|\\ball (the )?(residents|owners|tenants) (are|will|have)\\b", Options);

    // "大家都在抱怨" says many owners care, which is what a group alert looks for, but it is not yet collective action:
    // "垃圾桶大家都混着倒" is no threat at all.
    private static readonly Regex GroupMarkerPattern = new("大家都|大伙都|业主们都|业主群(里)?都", Options);

    private static readonly Triggers RepeatedPattern = new(
        ["第[三四五六七八九十0-9]+[次遍回起趟]|[三四五六七八九十百千0-9]+[次遍回趟]了|催了又催|等了又等|找了又找|问了又问|说了又说|修了又修|拖了又拖|跑了又跑|没有一次(来|修好|解决|兑现|做到)|第几次(投诉|反映|报修|打电话|找)|记不清[^,.!?]{0,6}(几次|多少次|第几次)|" +
        "(报修单|工单|投诉单)[^,.!?]{0,4}[两三四五六七八九十几0-9]+张|(去年|年前|几个月前|上半年)就(反映|投诉|报修|说|提|报|讲)过|(这|都)(是|已经)?第几(回|次|遍)了|一遍又一遍|一趟又一趟|(就|从来|从)没(有)?(解决|修好|处理好)过|(每次|次次)[^.!?]{0,10}都(说|答应|讲|承诺)[^.!?]{0,16}(结果|可|但|却|就是)|(每年|年年)都?(说|讲|答应|承诺)[^,.!?]{0,6}(整改|修|解决|处理|改)|(还要|还得)我[^,.!?]{0,2}(报|打电话|催|说|反映|跑)[^,.!?]{0,3}(吗|几次|多少|几回|到什么时候)|无数[次遍]|屡次|反复(报修|投诉|反映|说|打电话)|一而再|" +
        // "刮了好几次车底" and "多次调节无效" count how often a thing happened, "多打扫几次" asks for more; it is the
        // complaints that must repeat.
        "(投诉|反映|报修|说|打(?!扫)|问|催|找|联系|发函|提|来电|报)[^,.!?]{0,3}(好几次|多次|[三四五六七八九十几]{1,3}次)|(好几次|多次|屡次)(投诉|反映|报修|打电话|找|催|发函|联系|提出|来电|说)|" +
        "[三四五六七八九十0-9]+次(返修|报修|投诉|反映|维修|上门|催|发函|来电)|(投诉|反映|报修)了?[一两三几半十0-9]+(个)?多?(月|年)|还是老样子|毫无进展|没有任何进展|好多回|好几回|来了[三四五六七八九十几0-9]+(次|回|趟)|回回|多少[遍次回]了|一直拖|拖着不|[nN][次遍回]|天天(打电话|催|问|说)|反反复复|三番五次|一次又一次|月月坏|年年(修|坏)|" +
        "(一直|始终|至今|迟迟|依然|仍然)(没|不|未)(有人?)?(彻底|完全|真正|得到|获)?(修|处理|解决|管|回复|来|弄|答复|给说法)|" +
        "拖了[^,.!?]{0,4}(天|周|星期|月|季度|年)|(拖|说|等|报)到[^,.!?]{0,4}(冬天|夏天|秋天|春天|年底|明年|现在)|([一两三几半十0-9]+(个)?多?月|[两三几十0-9]+(个)?多?(星期|礼拜|周))(了)?[^,.!?]{0,3}(还|都|也|仍)?(没|不|未)(?!睡|休息)|(半年|一年|大半年|好几年|[两三四五]年)了[^.!?]{0,3}(还|都|也|仍)(没|不|未)|" +
        "这么久(了)?(还|都)?(没|不)|已经[^,.!?]{0,2}([两三四五六七八九十几0-9]+个?多?(星期|礼拜|周|月)|半个?多?月|半年|一年多?|好几个月)了(?=[,.!?]|$)|石沉大海|没有下文|没下文|" +
        // "上个月就坏了，到现在也没人来修": weeks or months, not "上周" or "前几天".
        "(上个?月|上上周|去年|上半年|半年前|一年前|(半|[一两三四五六七八九十几0-9]+)个(多)?(月|星期)前)[^.!?]{0,12}(到现在|至今)[^,.!?]{0,6}(没|未|不)|" +
        // "两个月了，还是没有任何人联系我": the wait first, then what has still not happened.
        "(两|三|四|五|六|几|[0-9]+)个?多?(月|星期|礼拜)了,[^.!?]{0,16}(还是|仍然|依然|还|都)(没|没有|未)|" +
        // "从三月份开始报，现在都十一月了": months named at both ends.
        "从[一二三四五六七八九十0-9]+月份?[^.!?]{0,16}(现在|如今|眼看)(都|已经|就)?(到)?[一二三四五六七八九十0-9]+月"],
        "\\b(third|fourth|fifth|[0-9]+(rd|th)) time\\b|\\b(several|many|[0-9]+) times\\b|again and again|" +
        "still (not|hasnt|havent) been|" +
        "\\b(weeks|months) ago\\b|\\bfor (two|three|four|several|many|[0-9]+) (weeks|months)\\b");

    // Words that, just before a trigger in the same clause, say the thing did not happen, or ask that it never does
    // ("请勿高空抛物", "提醒楼上不要往楼下扔烟头").
    private static readonly string[] Negations = ["没有", "没", "无", "未", "不是", "并非", "不存在", "排除", "并无", "没发现", "不会", "不要", "别", "请勿", "禁止", "严禁"];

    // "差点滑倒", "差点夹到人" and "怕有人绊倒" report a hazard worth a complaint, not a person hurt; "差点砸到孩子" stays red, since
    // whatever fell can fall again.
    private static readonly Regex Fall = new("^(摔倒|跌倒|滑倒|扑倒|绊倒|夹到|摔在|摔到地上|摔下|[滑掉跌摔]下来|[摔滑跌绊]了?[一个]?跤)", Options);
    private static readonly string[] NearMiss = ["差点", "差一点", "险些", "几乎", "怕", "担心", "容易", "以免", "免得", "防止"];

    private static readonly string[] Inquiries = ["请问", "了解", "咨询", "想问", "问一下", "问下", "whats the", "what is the", "where can i", "how do i", "how can i", "do you know"];

    private static readonly Regex CallsToOwner = new("(催费|催缴|催款|回访|推销|营销|骚扰)电话|电话来(问|催|推销|确认)", Options);

    private static readonly Regex PastPattern = new("上次|上回|之前|以前|那次|前几天|前些天|去年|上个月|上周|当时|昨天|前天|\\blast (week|month|year|time|night)\\b|\\bago\\b|\\byesterday\\b", Options);

    private static readonly Regex ThanksPattern = new("谢谢|感谢|暖心|多谢|辛苦|表扬|及时|很快|好快|迅速|给力|专业|满意|赞|恭喜|祝贺|处理得(很|挺|非常|特别)?(好|到位)|\\bcongratulat|\\bthank|\\bappreciate|\\b(so )?quickly\\b|well done|great job", Options);

    // Thanks that mean the opposite ("感谢物业让我们免费体验了一次煤气泄漏"): the polarity model reads them as praise, so the
    // danger or threat beside them must not be dismissed as told with thanks.
    private static readonly Regex SarcasmPattern = new("免费体验|体验(感)?拉满|体验了一[次把回]|真是厉害|好一个|真贴心|效率真高|练胆量", Options);

    /// <summary>
    /// The red reasons in a normalized text. <paramref name="negativeProbability"/> comes from the polarity model.
    /// <paramref name="dismissed"/> receives the triggers found but ruled out (negated, a drill, a near miss, a past
    /// danger told with thanks, a question about the hotline), so that the alert model is not asked about words the rules
    /// already weighed.
    /// </summary>
    public static List<AlertReason> Red(string normalized, float negativeProbability, float positiveProbability, List<Range>? dismissed = null)
    {
        var reasons = new List<AlertReason>();
        // Both uses of it need a positive lean first, so most texts skip the scan.
        var sarcastic = positiveProbability >= 0.5f && SarcasmPattern.IsMatch(normalized);
        var thankful = positiveProbability >= 0.5f && ThanksPattern.IsMatch(normalized) && !sarcastic;
        foreach (var m in EscalationPattern.Matches(normalized))
        {
            // "我想了解一下12345热线的服务时间" asks about the hotline; it does not threaten to call it. A thankful message may
            // name the hotline ("本来想打12345，你们半小时就修好了"), praise may name a reporter ("报社的记者来小区采访垃圾
            // 分类，大家表现很好"); a threat is neither.
            if ((negativeProbability < 0.5f && AskedInClause(normalized, m.Index)) || (thankful && positiveProbability >= 0.8f)
                || (positiveProbability >= 0.9f && !sarcastic) || IsAtWork(normalized, m) || IsDisowned(normalized, m.Index))
                dismissed?.Add(new Range(m.Index, m.Index + m.Length));
            else
                Add(reasons, Escalation, m.Value);
        }
        foreach (var m in DangerPattern.Matches(normalized))
        {
            var clause = Clause(normalized, m.Index);
            if (IsNegated(normalized, m.Index)
                || (IsGeneralCase(normalized, m) && AskedInClause(normalized, m.Index))
                || (Fall.IsMatch(m.Value) && Preceded(normalized, m.Index, NearMiss))
                || (IsDrilled(m.Value) && DrillPattern.IsMatch(normalized))
                || (IsRinging(m.Value) && FalseAlarmPattern.IsMatch(normalized))
                || (thankful && (PastPattern.IsMatch(clause) || positiveProbability >= 0.8f) && !Again.IsMatch(clause))
                || IsPastAndThanked(clause)
                || IsResolved(normalized, m))
                dismissed?.Add(new Range(m.Index, m.Index + m.Length));
            else
                Add(reasons, Danger, m.Value);
        }
        foreach (Match m in FireLanePattern.Matches(normalized))
        {
            var start = ClauseStart(normalized, m.Index);
            var end = Math.Min(normalized.Length, m.Index + m.Length + 24);
            var after = normalized[m.Index..end];
            // Its clause and what follows, each word once ("消防通道被两辆车占用，已联系车主挪车" names one danger word, not two).
            var around = normalized[start..Math.Max(end, start + Clause(normalized, m.Index).Length)];
            // Thanks elsewhere in the message do not clear a lane blocked now; a blockage told as past with thanks does.
            if (IsNegated(normalized, m.Index) || (thankful && PastPattern.IsMatch(Clause(normalized, m.Index)))) continue;
            var blocked = FireLaneDanger.Match(after);
            // 消防通道堵塞 is red when the text says people are at risk (an ambulance cannot get in, 万一着火 …).
            if (blocked.Success && FireLaneDanger.Matches(around).Count >= 2) Add(reasons, Danger, m.Value + blocked.Value);
        }
        foreach (Match m in CollectivePattern.Matches(normalized))
        {
            if (thankful && positiveProbability >= 0.8f) dismissed?.Add(new Range(m.Index, m.Index + m.Length));
            else Add(reasons, Collective, m.Value);
        }
        // Counting is a red only in a complaint ("第三次来，服务还是那么好" is praise). A lean towards negative with almost no
        // praise counts too: the polarity model may split an angry, short message between neutral and negative.
        if (negativeProbability >= 0.5f || (negativeProbability >= 0.4f && positiveProbability < 0.15f))
            foreach (var m in RepeatedPattern.Matches(normalized))
            {
                // "催费电话一天打三次", "回访电话打了三次来问满不满意": the company calling the owner again and again is a
                // complaint about the calls, not the owner's third complaint.
                if (CallsToOwner.IsMatch(Clause(normalized, m.Index))) dismissed?.Add(new Range(m.Index, m.Index + m.Length));
                else Add(reasons, Repeated, m.Value);
            }
        return reasons;
    }

    /// <summary>Collective markers alone (全体业主, 联名, 大家都, 集体): they raise a group alert whatever the count.</summary>
    public static bool HasCollectiveMarker(string normalized) => CollectivePattern.IsMatch(normalized) || GroupMarkerPattern.IsMatch(normalized);

    // What a drill acts out (an alarm, a fire, an earthquake, someone trapped in a lift); a person hurt during a drill is still hurt.
    private static readonly Regex Drilled = new("响|叫|alarm|地震|火灾|火警|着火|起火|走火|烟雾|浓烟|困", Options);

    private static bool IsDrilled(string trigger) => Drilled.IsMatch(trigger);

    private static bool IsRinging(string trigger) => Ringing.IsMatch(trigger);

    private static readonly Regex Ringing = new("响|叫|\\balarm\\b", Options);

    /// <summary>
    /// The Chinese and the English wording of one rule. Owners and tenants write in English too (the normalizer has
    /// lower-cased it), but most texts have no Latin letter at all: the English patterns, whose word boundaries keep
    /// the regex engine from skipping ahead, run only when there is one. The Chinese wording is written in groups by
    /// kind (lifts, fire, gas …) for the reader; the engine gets all of it as one alternation, cut into chunks of 12
    /// branches: one alternation of 166 branches starting with as many different characters made the engine try each
    /// branch at almost every position (444 ms per 15,000 texts), chunks of 20 let it skip ahead again (41 ms). With
    /// about 670 branches, chunks of 12 take all the rules 245 ms per 15,000 texts against 280 ms for 20 and 470 ms for 40.
    /// </summary>
    // The normalizer drops apostrophes, so the English wording reads "hasnt", not "hasn't".
    private sealed class Triggers
    {
        private const int GroupSize = 12;

        private readonly string[][] chunks;
        private readonly Regex[] chinese;
        private readonly Regex english;

        // Each branch alone, anchored where a match starts: asked only at a position where its chunk matched, to find the
        // longest branch there. Interpreted rather than compiled: there are hundreds, and most are never asked. Two threads
        // may build the same one at once; either copy serves.
        private readonly Regex?[][] branches;

        public Triggers(string[] chinese, string english)
        {
            chunks = TopLevelAlternatives(string.Join("|", chinese)).Chunk(GroupSize).ToArray();
            this.chinese = chunks.Select(g => new Regex(string.Join("|", g), Options)).ToArray();
            this.english = new Regex(english, Options);
            branches = chunks.Select(g => new Regex?[g.Length]).ToArray();
        }

        private Regex Branch(int chunk, int branch) =>
            branches[chunk][branch] ??= new Regex("\\G(?:" + chunks[chunk][branch] + ")", RegexOptions.CultureInvariant);

        /// <summary>
        /// The matches, in the order they stand in the text: the leftmost, and at one position the longest of the branches
        /// that match there (the first written among equals); then on from its end. Where two branches match overlapping
        /// words ("第三次" and "三次反映" in "第三次反映") the reasons thus never depend on which chunk a branch falls in, so
        /// adding a branch does not change the reasons given for unrelated texts.
        /// </summary>
        public IEnumerable<Match> Matches(string text)
        {
            var latin = text.AsSpan().ContainsAnyInRange('a', 'z');
            var count = chinese.Length + (latin ? 1 : 0);
            // Each chunk's leftmost match from the scan's position. It stays the leftmost until the scan passes it, and a
            // chunk with no match from here has none further on, so each chunk is searched about once per match found.
            var next = new Match?[count];
            var exhausted = new bool[count];
            var at = 0;
            while (at <= text.Length)
            {
                var index = int.MaxValue;
                for (var r = 0; r < count; r++)
                {
                    if (exhausted[r]) continue;
                    if (next[r] is null || next[r]!.Index < at)
                    {
                        var m = (r < chinese.Length ? chinese[r] : english).Match(text, at);
                        if (!m.Success) { exhausted[r] = true; continue; }
                        next[r] = m;
                    }
                    index = Math.Min(index, next[r]!.Index);
                }
                if (index == int.MaxValue) yield break;
                Match? longest = null;
                for (var r = 0; r < count; r++)
                {
                    if (exhausted[r] || next[r]!.Index != index) continue;
                    if (r == chinese.Length)
                    {
                        if (longest is null || next[r]!.Length > longest.Length) longest = next[r];
                        continue;
                    }
                    for (var b = 0; b < chunks[r].Length; b++)
                        if (Branch(r, b).Match(text, index) is { Success: true } m && (longest is null || m.Length > longest.Length)) longest = m;
                }
                yield return longest!;
                at = index + Math.Max(1, longest!.Length);
            }
        }

        /// <summary>The branches of a pattern's outermost alternation ("a|(b|c)d" → "a", "(b|c)d").</summary>
        private static List<string> TopLevelAlternatives(string pattern)
        {
            var branches = new List<string>();
            var (depth, inClass, start) = (0, false, 0);
            for (var i = 0; i < pattern.Length; i++)
            {
                var c = pattern[i];
                if (c == '\\') { i++; continue; }
                if (inClass) { inClass = c != ']'; continue; }
                if (c == '[') inClass = true;
                else if (c == '(') depth++;
                else if (c == ')') depth--;
                else if (c == '|' && depth == 0) { branches.Add(pattern[start..i]); start = i + 1; }
            }
            branches.Add(pattern[start..]);
            return branches;
        }
    }

    private static void Add(List<AlertReason> reasons, string kind, string trigger)
    {
        if (!reasons.Any(r => r.Kind == kind && r.Trigger == trigger)) reasons.Add(new AlertReason(kind, trigger));
    }

    // "是不是着火了" asks; it does not deny.
    private static bool IsNegated(string text, int index) =>
        Preceded(text.Replace("是不是", "是否是", StringComparison.Ordinal), index, Negations);

    /// <summary>Whether one of <paramref name="words"/> stands within five characters before the trigger, in its clause.</summary>
    private static bool Preceded(string text, int index, string[] words)
    {
        var start = ClauseStart(text, index);
        var before = text[Math.Max(start, index - 5)..index];
        return words.Any(n => before.Contains(n, StringComparison.Ordinal));
    }

    // "请问电梯困人的时候应该按哪个按钮？" asks what to do if it happens; "请问电梯困人了怎么办" says it has.
    private static bool IsGeneralCase(string text, Match m)
    {
        var after = text.AsSpan(m.Index + m.Length);
        return after.StartsWith("的时候", StringComparison.Ordinal) || after.StartsWith("时", StringComparison.Ordinal);
    }

    // "虽然上次着火的事处理得很快，但楼道里的杂物还是没人清": the clause that names the danger tells it as past and
    // thanks for it, whatever the rest of the message complains of.
    private static bool IsPastAndThanked(string clause) => PastPattern.IsMatch(clause) && ThanksPattern.IsMatch(clause);

    // "我不会去12345投诉的，只是希望你们重视" and "我们没打算找媒体" disown the step; "别以为我不会去12345" and "你们以为
    // 我不会去法院？" threaten it.
    private static bool IsDisowned(string text, int index)
    {
        if (!Preceded(text, index, Disowning)) return false;
        var start = ClauseStart(text, index);
        var before = text.AsSpan(start, index - start);
        return before.Contains('我') && !before.Contains("以为", StringComparison.Ordinal) && !before.Contains('别') && !before.Contains("难道", StringComparison.Ordinal);
    }

    private static readonly string[] Disowning = ["不会", "不打算", "没打算", "没想过", "不准备", "没准备", "无意"];

    // "配电箱旁边的积水已经清理干净了": the danger's own clause says it has been dealt with, and nothing after says it
    // is back ("燃气泄漏已经处理了，但还有味道" stays red).
    private static bool IsResolved(string text, Match m)
    {
        var end = m.Index + m.Length;
        var done = Resolved.Match(text, end, ClauseEnd(text, end) - end);
        return done.Success && !Relapse.IsMatch(text.AsSpan(done.Index + done.Length));
    }

    private static readonly Regex Resolved = new("已经?(清理|处理|排除|修复|修好|抽干|排干|清除)", Options);
    private static readonly Regex Relapse = new("但|可是|不过|还有|还是|仍|又", Options);

    // "…，可这次又困了半小时": the danger is back, however thankful the message began ("困人了但很快就被救出来了，谢谢"
    // is not).
    private static readonly Regex Again = new("又|再次|再一次|还在|仍在|仍然", Options);

    // "街道办今天来小区宣传垃圾分类", "市场监管局明天来检查电梯": an authority doing its usual work is news, not an owner
    // taking a complaint to it. "我要让城管来检查" and "去住建局反映，让他们来检查" still are: someone summoned it.
    private static bool IsAtWork(string text, Match m)
    {
        if (!Authority.IsMatch(m.Value)) return false;
        var start = ClauseStart(text, m.Index);
        var end = ClauseEnd(text, m.Index);
        var before = text[start..m.Index];
        var after = text[Math.Min(end, m.Index + m.Length)..end];
        return AtWork.IsMatch(after) && !Summons.Any(w => before.Contains(w, StringComparison.Ordinal));
    }

    private static readonly Regex Authority = new("法院|信访|纪检|纪委|市长|社区|执法|市场监管|街道|居委|城管|派出所|住建|住房|房管|建委|质监|特检|环保局|生态环境|物价局|政府|消费者|消协|消保委|消委会", Options);
    private static readonly Regex AtWork = new("发布|出台|发了|政策|标准|调解|送达|户籍|办证|电话(是)?多少|地址|在哪|办公时间|上班时间|检查|检测|年检|安检|抽检|宣传|宣讲|讲座|调研|走访|慰问|组织|举办|开展|培训|演练|清走|清理|合格|发的|送的", Options);
    private static readonly string[] Summons = ["让", "叫", "请", "要求", "找", "去", "向", "到", "打", "报", "投诉", "举报", "反映", "告"];

    // "请问119和110有什么区别？": a clause that opens as a question asks about whatever it names.
    private static bool AskedInClause(string text, int index)
    {
        var start = ClauseStart(text, index);
        var before = text.AsSpan(start, index - start);
        foreach (var word in Inquiries)
            if (before.Contains(word, StringComparison.Ordinal)) return true;
        return false;
    }

    private static string Clause(string text, int index) => text[ClauseStart(text, index)..ClauseEnd(text, index)];

    private static int ClauseEnd(string text, int index)
    {
        var end = index;
        while (end < text.Length && !TextNormalizer.IsClauseBreak(text[end])) end++;
        return end;
    }

    private static int ClauseStart(string text, int index)
    {
        var start = index;
        while (start > 0 && !TextNormalizer.IsClauseBreak(text[start - 1])) start--;
        return start;
    }
}
