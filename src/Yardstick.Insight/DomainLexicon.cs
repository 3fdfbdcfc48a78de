namespace Yardstick.Insight;

/// <summary>
/// Words of property service, written for Yardstick: the category each points to, and the words that carry no topic.
/// They give the keyword extractor its word boundaries and back the category model where its training data is thin.
/// </summary>
public static class DomainLexicon
{
    public static readonly IReadOnlyDictionary<string, string[]> CategoryWords = new Dictionary<string, string[]>
    {
        ["equipment"] =
        [
            "电梯", "门禁", "门禁卡", "对讲", "可视对讲", "楼道灯", "路灯", "灯不亮", "感应灯", "水泵", "水压", "停水", "停电", "跳闸",
            "爆管", "下水道", "堵塞", "马桶", "化粪池", "暖气", "供暖", "空调", "新风", "热水", "充电桩",
            "道闸", "升降杆", "单元门", "防盗门", "闭门器", "信报箱", "快递柜", "游乐设施", "健身器材", "水龙头", "电表",
            "水表", "配电房", "发电机", "扶梯", "自动扶梯", "货梯", "按钮", "显示屏", "屋顶漏", "外墙渗", "排水", "积水", "井盖",
            "灭火器", "消火栓", "消防栓", "烟感", "应急灯", "指示灯", "插座", "灯管", "灯泡", "窗户", "玻璃", "扶手", "栏杆",
            "饮水机", "直饮水", "水箱", "排风扇", "风机", "烘手机", "自动门", "旋转门", "凸面镜", "投影", "跑步机", "热水器",
            "下水", "地漏", "通风", "冷气", "制冷", "不制冷", "网络", "信号", "wifi", "又坏了",
            "elevator", "elevators", "lift", "lifts", "escalator", "air conditioning", "air conditioner", "aircon",
            "heating", "heater", "lights", "light", "lamp", "bulb", "pump", "pipe", "pipes", "toilet", "tap",
            "faucet", "water pressure", "hot water", "intercom", "access card", "door", "doors", "gate", "socket",
            "power outage", "power cut",
        ],
        ["attitude"] =
        [
            "态度", "服务态度", "不耐烦", "爱答不理", "爱理不理", "甩脸色", "脸色", "骂人", "凶", "顶撞", "推诿", "踢皮球",
            "敷衍", "不理人", "没礼貌", "不礼貌", "说话难听", "冷漠", "傲慢", "摆架子", "挂电话", "挂断", "不接电话", "没人接",
            "翻白眼", "吵架", "嘲讽", "热情", "耐心", "微笑", "礼貌", "客气", "周到", "贴心", "主动",
            "客服", "前台", "服务台", "呼来喝去", "大吼大叫", "不客气", "说话冲", "回电话", "不搭理", "打招呼",
            "rude", "attitude", "impolite", "unfriendly", "friendly", "polite", "receptionist", "front desk",
            "hung up", "ignored", "customer service", "staff",
        ],
        ["quality"] =
        [
            "维修质量", "修不好", "没修好", "返工", "返修", "偷工减料", "质量差", "做工", "粗糙", "修了又坏", "治标不治本",
            "工单", "报修", "维修", "师傅", "上门", "响应慢", "效率", "拖拉", "不专业", "专业", "处理结果", "回访", "整改",
            "装修质量", "施工质量", "验收", "交房", "漏水", "渗水", "开裂", "空鼓", "墙皮", "脱落", "瓷砖",
            "工程部", "放鸽子", "没人来", "配件", "防水", "起皮", "手艺", "待派单", "裂缝", "水管",
            "repair", "repairs", "repaired", "repairing", "fixed", "fix", "fixing", "technician", "workmanship", "maintenance",
            "contractor", "repairman",
        ],
        ["environment"] =
        [
            "垃圾", "垃圾桶", "垃圾房", "垃圾分类", "清运", "保洁", "打扫", "卫生", "脏", "臭", "异味", "臭味", "灰尘", "落叶", "积灰",
            "蟑螂", "老鼠", "蚊子", "苍蝇", "虫子", "消杀", "灭鼠", "狗屎", "粪便", "污水", "楼道", "堆放", "杂物",
            "小广告", "牛皮癣", "地面", "拖地", "擦", "楼梯间", "水池", "泳池", "喷泉", "鸟粪",
            "烟味", "抽烟", "吸烟", "纸巾", "洗手液", "卫生间", "厕所", "发臭", "死老鼠", "垃圾车",
            "garbage", "trash", "rubbish", "bin", "bins", "dirty", "smell", "smells", "stinks", "stink", "smelly", "cleaning", "cleaner",
            "cleaners", "cleans", "clean up", "garbage room", "bin room", "rubbish room",
            "cockroaches", "rats", "mice", "mosquitoes", "dust", "litter",
        ],
        ["greening"] =
        [
            "绿化", "草坪", "草地", "树木", "树枝", "修剪", "浇水", "打药", "农药", "花坛", "花草", "绿植", "枯死", "杂草", "除草",
            "剪草", "割草机", "树叶", "大树", "倒伏", "园林", "景观", "毁绿", "种菜", "果树",
            "喷头", "草长", "花园", "盆栽", "桂花", "月季", "补种", "绿化带", "屋顶花园",
            "tree", "trees", "grass", "lawn", "garden", "gardening", "plants", "flowers", "pruning", "pesticide", "bushes",
            "branches",
        ],
        ["security"] =
        [
            "保安", "门岗", "巡逻", "陌生人", "外来人员", "登记", "访客", "监控", "摄像头", "偷", "被偷", "失窃", "盗窃", "小偷",
            "撬", "尾随", "治安", "安全隐患", "外卖员", "快递员进", "随便进", "睡觉", "玩手机", "岗亭", "值班", "电动车", "飞线充电",
            "电瓶车", "上楼充电", "推销", "发传单", "车棚", "监控坏",
            "报警", "打架", "醉汉", "闯入", "钱包", "丢失", "找回", "走丢", "人脸识别", "清场", "保全", "诈骗", "被骗", "冒充", "偷窥",
            "guard", "guards", "security", "stranger", "strangers", "stolen", "theft", "thief", "burglary", "cctv",
            "camera", "cameras", "patrol", "intruder",
        ],
        ["parking"] =
        [
            "停车", "车位", "停车位", "车库", "地库", "地下车库", "停车场", "乱停", "占道", "占用车位", "停车费", "月卡", "临停", "挪车",
            "剐蹭", "刮车", "车被", "道闸", "抬杆", "进不去", "出不去车", "充电车位", "访客车位", "僵尸车", "堵车", "车辆",
            "车位线", "引导屏", "停车问题", "新能源车位", "出口指示", "找车", "地锁",
            "parking", "car park", "carpark", "garage", "parking space", "parking spot", "car", "cars", "vehicle",
            "barrier",
        ],
        ["fees"] =
        [
            "物业费", "收费", "费用", "缴费", "交费", "催缴", "催费", "滞纳金", "公摊", "电费", "水费", "水电费", "燃气费", "维修基金",
            "发票", "收据", "账单", "乱收费", "多收", "涨价", "涨物业费", "退费", "退款", "价格", "公示", "账目", "明细", "押金",
            "装修押金", "垃圾清运费", "二次供水费",
            "管理费", "推广费", "加时费", "租金", "扣费", "交钱", "收钱", "分期", "信用卡", "财务", "收支", "罚款", "乱罚款",
            "fee", "fees", "charge", "charged", "charges", "bill", "invoice", "receipt", "refund", "deposit",
            "payment", "price", "service charge", "rent",
        ],
        ["neighbor"] =
        [
            "邻居", "楼上", "楼下", "隔壁", "对门", "装修噪音", "装修", "电钻", "砸墙", "养狗", "遛狗", "狗叫", "宠物", "猫", "占用",
            "堆杂物", "私搭乱建", "违建", "晾衣服", "滴水", "吵闹", "深夜", "半夜", "唱歌", "广场舞", "麻将", "拴绳", "不牵绳",
            "公共区域", "侵占", "封阳台", "油烟", "噪音",
            "neighbor", "neighbors", "neighbour", "neighbours", "upstairs", "downstairs", "next door", "barking",
            "dog", "dogs", "renovation", "drilling", "loud music",
        ],
        ["emergency"] =
        [
            "困人", "被困", "困在", "关在电梯", "火灾", "着火", "起火", "冒烟", "燃气泄漏", "煤气", "天然气", "燃气味", "漏电", "触电",
            "高空抛物", "坠物", "砸到", "受伤", "流血", "晕倒", "急救", "救护车", "120", "119", "爆炸", "水淹", "倒灌", "塌",
            "紧急", "救命", "危险",
            "摔倒", "滑倒", "打火", "火花", "焦糊", "漏气", "掉下来", "消防演练", "演练", "应急", "aed", "除颤仪",
            "fire", "smoke", "gas", "trapped", "injured", "emergency", "ambulance", "flooding", "danger", "dangerous",
            "sparks",
        ],
        ["other"] =
        [
            "咨询", "请问", "建议", "活动", "通知", "快递", "钥匙", "证明", "办理", "手续", "营业时间", "开票",
            "swimming pool", "pool", "gym", "parcel", "parcels", "package", "delivery", "event", "notice", "keys",
        ],
    };

    /// <summary>
    /// How agents frame a note ("客服回访：业主表示……", "租户来电：……"): the same words open hundreds of notes and say
    /// nothing about what owners talk about. They are words, so that "客服回访" does not count as 客服 and "租户来电"
    /// does not leave the statistics "户来电"; and they are stop words.
    /// </summary>
    private static readonly string[] FramingWords =
    [
        "客服回访", "回访", "电话回访", "来电", "业主来电", "租户来电", "商户来电", "客户来电", "市民来电", "来函", "巡查发现", "巡查记录",
        "表示", "反馈", "要求", "派人", "尽快", "请尽快", "协助", "协调", "无其他意见",
    ];

    /// <summary>Words and phrases that say nothing about what owners talk about; never shown as keywords.</summary>
    public static readonly HashSet<string> StopWords =
    [
        .. FramingWords,
        "我们", "你们", "他们", "她们", "我家", "自己", "这个", "那个", "这些", "那些", "什么", "怎么", "怎么回事", "为什么", "一下",
        "已经", "还是", "就是", "可以", "没有", "不是", "一个", "现在", "今天", "昨天", "明天", "时候", "问题", "麻烦", "谢谢", "感谢",
        "请问", "一直", "还有", "但是", "因为", "所以", "如果", "然后", "而且", "不过", "非常", "特别", "真的", "觉得", "希望", "能不能",
        "有没有", "是不是", "好像", "大家", "物业", "小区", "业主", "家里", "你好", "您好", "这样", "那样", "一样", "知道", "看到", "发现",
        "反映", "处理", "情况", "这边", "那边", "这里", "那里", "每次", "每天", "几天", "好几", "一些", "有点", "有些", "到底", "根本",
        "应该", "需要", "告诉", "说了", "如何", "怎么办", "怎么申请", "可不可以", "哪里", "什么时候", "多少", "一次", "两次", "三次", "很多", "太多", "越来越",
        "老是", "总是", "经常", "马上", "赶紧", "看看", "天天", "差点", "差一点", "刚才", "刚刚", "突然", "终于", "总算", "好多",
        // When it happened is not what it is about.
        "上午", "下午", "早上", "中午", "晚上", "前天", "一天", "两天", "三天", "一周", "上周", "这周", "本月", "这个月", "上个月",
        // English function words.
        "the", "a", "an", "is", "are", "was", "were", "be", "been", "has", "have", "had", "do", "does", "did", "we", "you", "they",
        "he", "she", "it", "i", "me", "my", "our", "us", "your", "his", "her", "their", "this", "that", "these", "those", "and",
        "or", "but", "of", "to", "in", "on", "at", "for", "with", "from", "by", "all", "who", "what", "which", "when", "there",
        "here", "so", "not", "no", "can", "could", "will", "would", "please", "just", "very", "again", "still",
    ];

    /// <summary>Characters that never start or end a keyword found by statistics.</summary>
    public static readonly HashSet<char> EdgeStopChars =
    [
        '的', '了', '吗', '呢', '啊', '吧', '呀', '哦', '嘛', '是', '在', '有', '我', '你', '他', '她', '它', '们', '这', '那', '就',
        '也', '都', '很', '还', '又', '和', '与', '及', '或', '但', '把', '被', '给', '让', '对', '从', '到', '说', '要', '会', '能',
        '不', '没', '个', '些', '么', '啦', '哈', '嗯', '得', '地', '着', '过', '一', '太', '再', '才', '去', '来', '下', '上',
        '已', '并', '而', '将', '所', '其', '里',
    ];

    /// <summary>Feelings owners name (seed 004: 失望, 愤怒 …); keywords like any other.</summary>
    public static readonly string[] EmotionWords =
    [
        "失望", "愤怒", "生气", "气愤", "无语", "忍无可忍", "受够了", "恶心", "不满", "寒心", "心寒", "崩溃", "郁闷", "烦死", "太差",
        "垃圾物业", "垃圾服务", "满意", "不满意", "感谢", "表扬", "点赞", "辛苦", "放心", "舒心", "开心", "省心", "着急", "担心", "害怕", "焦虑", "投诉",
    ];

    /// <summary>Places and things that are topics but belong to no single category.</summary>
    public static readonly string[] GeneralWords =
    [
        "客服", "管家", "前台", "物业经理", "项目经理", "维修工", "工作人员", "值班人员", "楼栋", "单元", "大堂", "地下室", "车棚",
        "会所", "商铺", "写字楼", "商场", "办公室", "会议室", "卫生间", "洗手间", "电话", "微信群", "业主群", "公告", "通知单",
        "快递", "外卖", "钥匙", "儿童", "老人", "孩子", "晚上", "早上", "周末", "节假日", "春节", "国庆",
        // Known words also end the runs the keyword statistics mine, so "没人清理" no longer yields "人清理".
        "上午", "中午", "下午", "上班", "下班", "客厅", "卧室", "厨房", "阳台", "吊灯", "清理", "有偿服务",
    ];

    // Looked up by span: segmenting a text asks about every window of it, which should not cost a string each. The
    // longest Chinese word (5) and the longest English one ("air conditioning", 16) are kept apart, so that a Chinese
    // position is not tried at sixteen lengths.
    private static readonly Lazy<(HashSet<string>.AlternateLookup<ReadOnlySpan<char>> Words, int MaxLength, int LatinMaxLength)> Vocabulary =
        new(() =>
        {
            var words = CategoryWords.Values.SelectMany(w => w).Concat(EmotionWords).Concat(GeneralWords).Concat(FramingWords).Where(w => w.Length >= 2)
                .ToHashSet(StringComparer.Ordinal);
            return (words.GetAlternateLookup<ReadOnlySpan<char>>(),
                words.Where(w => !IsLatin(w[0])).Max(w => w.Length), words.Where(w => IsLatin(w[0])).Max(w => w.Length));
        });

    /// <summary>A letter or digit of English or a number, which count only as whole words.</summary>
    internal static bool IsLatin(char c) => char.IsAsciiLetterOrDigit(c);

    private static readonly Lazy<ILookup<string, string>> CategoryIndex = new(() =>
        CategoryWords.SelectMany(kv => kv.Value.Select(w => (Word: w, Category: kv.Key))).ToLookup(x => x.Word, x => x.Category));

    /// <summary>The categories a lexicon word points to (some, such as 道闸, to more than one).</summary>
    public static IEnumerable<string> CategoriesOf(string word) => CategoryIndex.Value[word];

    public static bool IsWord(ReadOnlySpan<char> s) => Vocabulary.Value.Words.Contains(s);

    // Lexicon and stop words in one set, with the characters they start with: most positions of a text start none, and
    // the evidence of every alert asks about dozens of positions.
    private static readonly Lazy<(HashSet<string>.AlternateLookup<ReadOnlySpan<char>> Words, HashSet<char> Starts)> BoundaryWords =
        new(() =>
        {
            var words = Vocabulary.Value.Words.Set.Concat(StopWords).Where(w => w.Length >= 2).ToHashSet(StringComparer.Ordinal);
            return (words.GetAlternateLookup<ReadOnlySpan<char>>(), words.Select(w => w[0]).ToHashSet());
        });

    /// <summary>
    /// A lexicon word or a stop word: the words a span of text shown to a reader must not cut through. Stop words are no
    /// topic, but "业到底管不管" cut from "物业到底管不管" reads as a typo.
    /// </summary>
    public static bool IsWordOrStopWord(ReadOnlySpan<char> s) =>
        s.Length > 0 && BoundaryWords.Value.Starts.Contains(s[0]) && BoundaryWords.Value.Words.Contains(s);

    /// <summary>The length of the longest Chinese word.</summary>
    public static int MaxWordLength => Vocabulary.Value.MaxLength;

    /// <summary>
    /// Forward maximum matching against the lexicon; runs of other letters come back as "unknown" spans, which the
    /// keyword extractor mines for frequent phrases.
    /// </summary>
    public static IEnumerable<(string Token, bool Known)> Segment(string normalized)
    {
        var i = 0;
        var unknownStart = -1;
        while (i < normalized.Length)
        {
            if (!char.IsLetterOrDigit(normalized[i]))
            {
                if (unknownStart >= 0) yield return (normalized[unknownStart..i], false);
                unknownStart = -1;
                i++;
                continue;
            }
            var matched = 0;
            var longest = IsLatin(normalized[i]) ? Vocabulary.Value.LatinMaxLength : MaxWordLength;
            for (var len = Math.Min(longest, normalized.Length - i); len >= 2; len--)
                if (IsWord(normalized.AsSpan(i, len)) && IsWhole(normalized, i, len)) { matched = len; break; }
            if (matched > 0)
            {
                if (unknownStart >= 0) yield return (normalized[unknownStart..i], false);
                unknownStart = -1;
                yield return (normalized.Substring(i, matched), true);
                i += matched;
            }
            else
            {
                if (unknownStart < 0) unknownStart = i;
                i++;
            }
        }
        if (unknownStart >= 0) yield return (normalized[unknownStart..], false);
    }

    // An English word or a number counts only whole: the fee in "coffee" and the 120 in "1200元" are not ours. Chinese
    // has no spaces, so its words match anywhere.
    internal static bool IsWhole(string text, int start, int length) =>
        !IsLatin(text[start])
        || ((start == 0 || !IsLatin(text[start - 1])) && (start + length == text.Length || !IsLatin(text[start + length])));
}
