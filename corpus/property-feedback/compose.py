#!/usr/bin/env python3
"""Composes the 'composed' part of Yardstick's property-feedback corpus from hand-written fragments.

Every fragment below was written for Yardstick. A message is a problem (or a piece of praise, or a question) in a
setting, wrapped in the owner's feeling; its labels follow from the parts it was built from (see README.md for the
rubric). The output is reproducible: the same seed gives the same file.

    python3 compose.py > composed.csv
"""
import csv
import random
import sys

SEED = 20261123

# (category, problem, setting) — setting r = residential, o = office, m = mall, * = any.
PROBLEMS = [
    ("equipment", "{b}的电梯又停了", "r"), ("equipment", "{b}电梯按钮按了没反应", "r"), ("equipment", "电梯里的显示屏黑了", "*"),
    ("equipment", "楼道灯不亮了", "r"), ("equipment", "{b}{u}的感应灯坏了，晚上黑漆漆的", "r"), ("equipment", "门禁刷卡刷不开", "*"),
    ("equipment", "单元门的闭门器坏了，门关不上", "r"), ("equipment", "家里水压特别小，洗澡都不行", "r"),
    ("equipment", "今天又停水了，也没提前通知", "r"), ("equipment", "地库的排水沟堵了，积了一大片水", "r"),
    ("equipment", "小区路灯一半都不亮", "r"), ("equipment", "可视对讲打不通", "r"), ("equipment", "快递柜屏幕坏了取不了件", "r"),
    ("equipment", "充电桩扫码充不上电", "*"), ("equipment", "楼顶漏水，雨水顺着墙往下流", "r"), ("equipment", "公共卫生间水龙头一直在滴水", "*"),
    ("equipment", "{f}的空调不制冷，办公室里闷得要命", "o"), ("equipment", "写字楼的新风系统一直没开", "o"),
    ("equipment", "{f}的卫生间马桶堵了", "o"), ("equipment", "大堂的自动门经常卡住", "o"), ("equipment", "电梯厅的灯一闪一闪的", "o"),
    ("equipment", "商场的扶梯停了一上午", "m"), ("equipment", "中庭的空调出风口一直滴水", "m"), ("equipment", "{f}卫生间的烘手机全坏了", "m"),
    ("equipment", "停车场的道闸抬不起来", "*"), ("equipment", "暖气片一点都不热", "r"), ("equipment", "单元门口的台阶灯坏了", "r"),
    ("attitude", "客服接电话很不耐烦，话没说完就挂了", "*"), ("attitude", "前台的工作人员爱答不理的", "*"),
    ("attitude", "保安说话特别冲，还骂人", "*"), ("attitude", "管家对我们的问题推来推去，谁都说不归自己管", "r"),
    ("attitude", "维修师傅进门鞋套都不穿，说他两句还甩脸色", "r"), ("attitude", "打了三个电话客服都没人接", "*"),
    ("attitude", "客服回复就一句'已反馈'，完全是敷衍", "*"), ("attitude", "前台小姑娘对访客翻白眼", "o"),
    ("attitude", "商场服务台的人说话很冲，问个路都不耐烦", "m"), ("attitude", "物业经理见了业主就躲", "r"),
    ("attitude", "收费处的人态度恶劣，说我们爱交不交", "r"), ("attitude", "巡逻的保安对老人大吼大叫", "r"),
    ("quality", "上周报修的水管修了又漏", "r"), ("quality", "维修师傅来了看一眼就走了，说没配件", "r"),
    ("quality", "报修三天了还没人上门", "r"), ("quality", "墙面返修以后还是开裂", "r"), ("quality", "修个门锁换了三次还是坏的", "r"),
    ("quality", "工单显示已完成，可实际上根本没修", "*"), ("quality", "维修完地上一堆垃圾也不清理", "*"),
    ("quality", "{f}会议室的投影坏了，报修了还没人来", "o"), ("quality", "写字楼的维修响应太慢，一个灯泡等了三天", "o"),
    ("quality", "店铺的电路报修了两次都没修好", "m"), ("quality", "维修师傅不专业，把瓷砖都弄裂了", "r"),
    ("quality", "回访电话说已经解决，其实问题还在", "*"), ("quality", "整改说了好久一直没落实", "*"),
    ("environment", "{b}楼下的垃圾桶满了好几天没人清", "r"), ("environment", "楼道里一股臭味", "r"), ("environment", "地库里到处是灰", "r"),
    ("environment", "垃圾房旁边苍蝇蚊子特别多", "r"), ("environment", "楼道里小广告贴得到处都是", "r"),
    ("environment", "小区里狗屎没人打扫", "r"), ("environment", "家里发现好几只蟑螂，楼道也没见消杀", "r"),
    ("environment", "{f}卫生间很脏，纸也没有", "o"), ("environment", "写字楼电梯里有股烟味", "o"), ("environment", "大堂地面拖完全是水印", "o"),
    ("environment", "商场卫生间味道很大", "m"), ("environment", "美食广场的桌子油乎乎的没人擦", "m"), ("environment", "商场门口的垃圾桶溢出来了", "m"),
    ("environment", "水景池里的水发绿发臭", "*"), ("environment", "楼梯间堆满了杂物和纸箱", "r"), ("environment", "地下室有老鼠跑来跑去", "r"),
    ("greening", "小区的草坪好久没修剪，草都长到膝盖了", "r"), ("greening", "楼下的树枝伸到窗户边，挡光还招虫", "r"),
    ("greening", "花坛里的花都枯死了也没人管", "r"), ("greening", "绿化带里全是杂草", "r"), ("greening", "打药也不通知，孩子在旁边玩", "r"),
    ("greening", "有人在绿化带里种菜", "r"), ("greening", "大树被台风刮歪了一直没人扶", "*"), ("greening", "早上六点就开割草机，吵得睡不着", "r"),
    ("greening", "写字楼门口的绿植都黄了", "o"), ("greening", "商场外面的绿化带被踩秃了", "m"), ("greening", "草坪浇水把人行道都淹了", "*"),
    ("security", "门岗保安不登记，谁都能进来", "r"), ("security", "晚上有陌生人在楼道里转悠", "r"), ("security", "我的电动车在车棚被偷了", "r"),
    ("security", "监控坏了好久，出了事都查不到", "*"), ("security", "保安在岗亭里睡觉", "*"), ("security", "有人尾随进单元门", "r"),
    ("security", "楼道里有人飞线给电瓶车充电", "r"), ("security", "外卖员随便进出小区", "r"), ("security", "推销的人挨家挨户敲门", "r"),
    ("security", "写字楼访客不用登记直接上楼", "o"), ("security", "{f}的办公室晚上被人撬了", "o"), ("security", "商场里有人偷手机，保安也不管", "m"),
    ("parking", "我的车位又被别人占了", "r"), ("parking", "地库里乱停车，出都出不去", "r"), ("parking", "小区里僵尸车停了大半年没人处理", "r"),
    ("parking", "月卡到期了续不上", "*"), ("parking", "停车场的车被剐蹭了，物业说不管", "*"), ("parking", "访客车位全被业主长期占着", "r"),
    ("parking", "临停收费比外面还贵", "*"), ("parking", "写字楼的地库车位太少，每天早上都要排队", "o"),
    ("parking", "商场停车场找不到出口指示", "m"), ("parking", "充电车位被油车占了", "*"), ("parking", "消防车道上天天停满私家车", "r"),
    ("fees", "物业费突然涨了也没开业主大会", "r"), ("fees", "停车费多收了一个月", "*"), ("fees", "公摊电费每个月都不一样，也不给明细", "r"),
    ("fees", "交了物业费一直没给开发票", "*"), ("fees", "装修押金申请退了还没到账", "r"), ("fees", "催费电话一天打好几次", "r"),
    ("fees", "物业收支从来不公示", "r"), ("fees", "写字楼的空调加时费收得莫名其妙", "o"), ("fees", "商铺的管理费比合同上写的高", "m"),
    ("fees", "水费账单比实际用量多了一倍", "*"), ("fees", "滞纳金算得不对", "*"),
    ("neighbor", "楼上每天半夜还在剁东西", "r"), ("neighbor", "隔壁装修从早上七点开始砸墙", "r"), ("neighbor", "邻居的狗一直叫，晚上根本睡不着", "r"),
    ("neighbor", "楼上阳台的花盆往下滴水", "r"), ("neighbor", "对门把鞋柜和杂物堆在公共走廊", "r"), ("neighbor", "有人遛狗不牵绳，吓到孩子了", "r"),
    ("neighbor", "楼下的人在楼道里抽烟，烟味飘进家里", "r"), ("neighbor", "广场舞音乐开得太大声", "r"), ("neighbor", "顶楼的住户私自搭了个阳光房", "r"),
    ("neighbor", "隔壁公司的人天天占用我们的会议室", "o"), ("neighbor", "隔壁店铺把货堆到我们门口", "m"), ("neighbor", "楼上漏水把我家天花板泡坏了，邻居不承认", "r"),
]

# Danger to people: always red (emergency category unless noted).
DANGERS = [
    ("emergency", "{b}的电梯困人了，里面有个老人", "r"), ("emergency", "我被困在电梯里了，快来人", "*"), ("emergency", "电梯突然往下坠了一下，吓死人了", "*"),
    ("emergency", "楼道的电箱在冒烟", "r"), ("emergency", "地库有辆电动车着火了", "r"), ("emergency", "楼道里一股很浓的燃气味", "r"),
    ("emergency", "单元门口的路灯杆漏电，刚才狗被电了一下", "r"), ("emergency", "有人从楼上往下扔酒瓶，差点砸到人", "r"),
    ("emergency", "外墙瓷砖掉下来了，就落在孩子旁边", "r"), ("emergency", "小区门口的井盖没了，晚上很危险", "r"),
    ("emergency", "{f}的电梯困人，已经二十分钟了", "o"), ("emergency", "写字楼茶水间起火了", "o"), ("emergency", "会议室里有烧焦味，插座在打火花", "o"),
    ("emergency", "商场扶梯夹到小孩的脚了", "m"), ("emergency", "商场里有人晕倒了，需要急救", "m"), ("emergency", "美食广场后厨冒烟了", "m"),
    ("emergency", "暴雨地库倒灌，有人被困在车里", "r"), ("emergency", "楼道电线裸露，小孩子在旁边玩", "r"),
    ("security", "保安被人打伤了，流了好多血", "*"), ("neighbor", "楼上往下扔垃圾袋，砸到了我妈", "r"),
    ("parking", "消防通道停满了车，救护车进不来", "r"), ("environment", "消防通道堆满了纸箱，万一着火根本出不去", "r"),
]

BUILDINGS = ["3号楼", "5栋", "12幢", "A座", "2期8号楼", "1栋", "7号楼", "C区4栋"]
UNITS = ["2单元", "1单元", "3单元"]
FLOORS = ["18楼", "9层", "23层", "B1层", "5楼", "12楼", "3层"]

BLUE = [
    "{p}，麻烦安排人看一下。", "{p}，请尽快处理，谢谢。", "你好，{p}，能不能派人来修一下？", "{p}，辛苦安排一下。",
    "麻烦物业关注一下：{p}。", "{p}，有空的时候帮忙处理下吧。", "报修：{p}。", "{p}，请问什么时候能处理？",
    "您好，反映个情况，{p}，麻烦跟进。", "{p}，希望能注意一下。", "{p}，有点不方便，麻烦看看。", "{p}，请相关人员处理一下，谢谢配合。",
]
YELLOW = [
    "{p}，太让人失望了，你们到底管不管？", "{p}，这服务也太差了吧，赶紧处理！", "{p}，每年物业费白交了，真的很不满意。",
    "{p}，反映了也没人理，你们就是这么服务的？", "{p}！！能不能上点心？", "{p}，真的无语了，请给个说法。",
    "我很生气，{p}，今天必须给我处理。", "{p}，你们的工作效率太低了，很不满意。", "{p}，说好的马上来，到现在人影都没有。",
    "{p}，物业到底干什么吃的？", "{p}，太不像话了，请立刻处理。", "{p}，心寒，交钱的时候积极，办事的时候就没人了。",
    "{p}，对你们的处理非常不满，请领导出面解决。", "{p}，烦死了，什么时候能解决？", "{p}，作为业主我很失望。",
]
RED_ESCALATION = [
    "{p}，再不解决我就打12345投诉你们。", "{p}，我已经打了市长热线。", "{p}，明天我就找电视台来曝光。",
    "{p}，我要去住建局投诉。", "{p}，下个月物业费我拒交。", "{p}，我已经找好律师了，准备起诉。",
    "{p}，我们业主已经在搞联名信了。", "{p}，如果今天还不处理，我就发抖音曝光。", "{p}，我要求退物业费！",
    "{p}，全体业主都很愤怒，准备拉横幅。", "{p}，再拖下去我就去街道办反映。", "{p}，我会向消费者协会投诉。",
    "{p}，不处理就报警。", "{p}，我要找记者来看看你们的服务。",
]
RED_REPEATED = [
    "{p}，这已经是第三次反映了，到现在还没人管，气死了！", "{p}，报了好几次都石沉大海，你们还想拖多久？",
    "{p}，一个多月了还没解决，我忍无可忍。", "{p}，说了无数次了，一直没人处理，太过分了！", "{p}，拖了两个星期了，还是没人来，受够了。",
    "{p}，第四次打电话了，每次都说马上，到现在都没来！",
]
RED_DANGER = [
    "{p}！快派人来！", "{p}，请马上处理！", "紧急！{p}！", "{p}，太危险了，赶紧来人！", "{p}，物业快来看看，出了事谁负责？",
    "{p}，已经打了119/120，物业赶紧过来。", "{p}。", "{p}，求助！",
]

# An agent's note at intake (the customer-service centre writes many of the texts Yardstick reads).
AGENT_BLUE = ["业主来电反映{p}，要求安排处理。", "租户报修：{p}，已派单。", "客户反映{p}，请相关部门跟进。", "业主微信反映{p}，请管家跟进。"]
AGENT_YELLOW = [
    "业主投诉{p}，情绪不满，要求尽快给出处理结果。", "业主来电投诉{p}，对物业工作表示不满。",
    "客户投诉{p}，要求物业道歉并整改。", "业主反映{p}，语气激动，要求今天答复。",
]
AGENT_RED = [
    "业主来电称{p}，表示如今天不处理将拨打12345投诉。", "业主投诉{p}，称已多次反映未果，将向住建部门投诉。",
    "业主反映{p}，情绪激动，表示要联系媒体曝光。", "业主称{p}，将联合其他业主拒交物业费。",
]

# Praise and thanks: (category, text).
PRAISE = [
    ("quality", "维修师傅上门很快，半小时就修好了，点赞！"), ("quality", "报修当天就处理好了，效率很高，谢谢。"),
    ("attitude", "客服小姐姐很耐心，解释得清清楚楚。"), ("attitude", "门口的保安大哥每天都很热情地打招呼。"),
    ("attitude", "管家小王帮我搬东西上楼，太感谢了。"), ("environment", "最近楼道打扫得很干净，辛苦保洁阿姨了。"),
    ("environment", "垃圾分类做得越来越好了，小区干净多了。"), ("greening", "小区的花开得真漂亮，绿化师傅辛苦了。"),
    ("greening", "草坪修剪得很整齐，看着就舒服。"), ("security", "保安巡逻很认真，晚上回家很安心。"),
    ("security", "谢谢保安帮我找回了丢的电动车。"), ("parking", "地库新划了车位线，停车方便多了。"),
    ("fees", "物业费收支按时公示，透明，点赞。"), ("equipment", "电梯换新了，又快又稳，谢谢物业。"),
    ("equipment", "楼道灯全部换成感应灯了，晚上亮堂多了。"), ("emergency", "上次电梯困人你们五分钟就到了，非常感谢！"),
    ("emergency", "昨天燃气味那件事你们处理得很及时，谢谢。"), ("neighbor", "楼上装修的事物业协调得很好，现在安静了。"),
    ("attitude", "写字楼前台服务很专业，访客都夸。"), ("environment", "商场卫生间一直很干净，体验很好。"),
    ("quality", "写字楼的空调报修，师傅十分钟就到了，很专业。"), ("attitude", "商场服务台的工作人员很热心，帮我找到了孩子。"),
    ("other", "中秋节的活动办得很好，孩子们玩得很开心。"), ("other", "物业送的春联收到了，谢谢！"),
]
PRAISE_WRAP = ["{t}", "{t}😊", "{t}👍", "给物业点个赞，{t}", "{t}希望继续保持。", "真心的，{t}", "{t}满意！"]

# Neutral questions and requests without a problem: (category, text).
QUESTIONS = [
    ("fees", "请问物业费可以用微信交吗？"), ("fees", "今年的物业费什么时候开始交？"), ("fees", "发票可以开电子的吗？"),
    ("parking", "请问月卡怎么办理？"), ("parking", "访客车辆怎么登记进地库？"), ("other", "请问物业办公室几点下班？"),
    ("other", "装修需要办理什么手续？"), ("other", "快递可以放在前台吗？"), ("other", "请问小区有没有开通门禁人脸识别？"),
    ("other", "业主证明在哪里开？"), ("greening", "请问下周会修剪树木吗？我想提前把车挪开。"), ("environment", "请问大件垃圾放在哪里？"),
    ("environment", "厨余垃圾是几点收？"), ("security", "请问外来访客需要带身份证吗？"), ("equipment", "请问门禁卡丢了怎么补办？"),
    ("other", "写字楼周末可以加班进场吗？需要申请吗？"), ("other", "商场几点开门？"), ("fees", "商铺的管理费是按月交还是按季度交？"),
    ("other", "请问会议室怎么预约？"), ("neighbor", "请问装修时间是几点到几点？"), ("equipment", "下周停水检修是哪天？"),
]
QUESTION_WRAP = ["{t}", "你好，{t}", "您好，{t}谢谢。", "想咨询一下，{t}", "麻烦问下，{t}"]

FORMAL = {  # a formal register for part of the messages
    "麻烦": "烦请", "赶紧": "尽快", "看一下": "查看", "你们": "贵司", "修一下": "维修",
}


def fill(template, rng):
    return template.format(b=rng.choice(BUILDINGS), u=rng.choice(UNITS), f=rng.choice(FLOORS))


def formal(text, rng):
    if text.startswith(("业主", "租户", "客户")):
        return text, "formal"
    if rng.random() < 0.2:
        for k, v in FORMAL.items():
            text = text.replace(k, v)
        return text, "formal"
    return text, "colloquial"


SETTINGS = {"r": "residential", "o": "office", "m": "mall"}


def setting_of(code, rng):
    return SETTINGS[code] if code != "*" else rng.choice(list(SETTINGS.values()))


def main():
    rng = random.Random(SEED)
    rows = []

    def add(text, polarity, alert, category, code):
        text, register = formal(text, rng)
        rows.append([text, polarity, alert, category, setting_of(code, rng), register])

    for category, problem, code in PROBLEMS:
        # A polite report of rude treatment is still a complaint about people: negative, however calm.
        calm = "negative" if category == "attitude" else "neutral"
        for wrap in rng.sample(BLUE, 3):
            add(wrap.format(p=fill(problem, rng)), calm, "blue", category, code)
        add(rng.choice(AGENT_BLUE).format(p=fill(problem, rng)), calm, "blue", category, code)
        add(rng.choice(AGENT_YELLOW).format(p=fill(problem, rng)), "negative", "yellow", category, code)
        add(rng.choice(AGENT_RED).format(p=fill(problem, rng)), "negative", "red", category, code)
        for wrap in rng.sample(YELLOW, 4):
            add(wrap.format(p=fill(problem, rng)), "negative", "yellow", category, code)
        add(rng.choice(RED_ESCALATION).format(p=fill(problem, rng)), "negative", "red", category, code)
        if rng.random() < 0.6:
            add(rng.choice(RED_REPEATED).format(p=fill(problem, rng)), "negative", "red", category, code)
    for category, problem, code in DANGERS:
        for wrap in rng.sample(RED_DANGER, 4):
            add(wrap.format(p=fill(problem, rng)), "negative", "red", category, code)
    for category, text in PRAISE:
        for wrap in rng.sample(PRAISE_WRAP, 4):
            add(wrap.format(t=text), "positive", "none", category, "*")
    for category, text in QUESTIONS:
        for wrap in rng.sample(QUESTION_WRAP, 3):
            add(wrap.format(t=text), "neutral", "none", category, "*")

    seen = set()
    writer = csv.writer(sys.stdout, lineterminator="\n")
    writer.writerow(["text", "polarity", "alert", "category", "setting", "register"])
    for row in rows:
        if row[0] not in seen:
            seen.add(row[0])
            writer.writerow(row)


if __name__ == "__main__":
    main()
