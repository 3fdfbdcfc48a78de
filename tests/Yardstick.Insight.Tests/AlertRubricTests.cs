using Yardstick.Insight;

namespace Yardstick.Insight.Tests;

/// <summary>The alert rubric of issue 6, requirement 2, one trigger at a time, through the shipped analyzer.</summary>
public class AlertRubricTests
{
    private static AnalysisResult Analyze(string text) => TextAnalyzer.Default.Analyze(text);

    [Theory]
    [InlineData("电梯坏了这么多天，再不修我就打12345", "12345")]
    [InlineData("我要去住建局投诉你们", "住建局")]
    [InlineData("车被楼上漏下来的水泡了，物业必须赔偿，不然法庭见", "法庭")]
    [InlineData("这件事我会去街道办反映", "街道")]
    [InlineData("乱停车没人管，我要叫城管来", "城管")]
    [InlineData("垃圾堆成山，明天我就找媒体", "媒体")]
    [InlineData("你们等着被曝光吧", "曝光")]
    [InlineData("我已经请了律师", "律师")]
    [InlineData("漏水泡坏了地板，我要起诉物业", "起诉")]
    [InlineData("服务这么差，下个月拒交物业费", "拒交物业费")]
    [InlineData("不给说法就退费", "退费")]
    [InlineData("空调问题不解决，我们公司就不续租了，管理费也先停了", "管理费也先停了")]
    [InlineData("If the leak is not fixed this week, I will sue you", "sue")]
    [InlineData("We are going to the media about this", "media")]
    [InlineData("乱收费的事我要打12315", "12315")]
    [InlineData("这件事我会向应急管理局举报", "举报")]
    [InlineData("再拖下去我就写信到市长信箱", "市长信箱")]
    [InlineData("视频我已经发到快手了", "快手")]
    [InlineData("物业不给说法，我们就告你们", "告你们")]
    [InlineData("We will report the broken gate to the police", "police")]
    [InlineData("We have it on video and we will post it online if we don't get an apology.", "online")]
    [InlineData("市民来电反映：其所在小区物业擅自提高停车费标准，未经业主大会表决，要求查处。", "市民来电")]
    [InlineData("这个问题我会反映到区里", "反映到区")]
    [InlineData("我已经在人民网领导留言板上留言了", "留言板")]
    [InlineData("要是下周还这样，我们就去住房保障局", "住房保障")]
    [InlineData("这件事我已经写信给区长了", "给区长")]
    [InlineData("We will be reporting this to the city government if it isn't fixed by Monday.", "city government")]
    [InlineData("I'm going to the consumer council about this.", "consumer council")]
    [InlineData("我要求物业把这半年的物业费退给我", "退给")]
    [InlineData("我们公司已经委托律所处理，下周发正式函件", "律所")]
    [InlineData("I'm calling the news.", "the news")]
    [InlineData("我已经打了市民服务热线，等着吧", "市民服务热线")]
    [InlineData("这事我已经发到业主群和朋友圈了", "朋友圈")]
    [InlineData("你们要是再这样，下个季度的物业费我一分都不会交", "一分都不会交")]
    [InlineData("If this isn't fixed by Friday we will take legal action.", "legal action")]
    [InlineData("大家商量好了，下个月就罢免物业", "罢免物业")]
    [InlineData("这件事我会反映给人大代表", "人大代表")]
    [InlineData("这样的服务，年底业主大会就把你们换掉，不，是换掉你们", "换掉你们")]
    [InlineData("已经联系了都市报的热线，明天他们来拍", "都市报")]
    [InlineData("这事我会向你们集团总部和物业行业协会反映", "行业协会")]
    [InlineData("再不处理我就去找人大", "找人大")]
    [InlineData("你们等着上今日说法吧", "今日说法")]
    [InlineData("下个月开始我们整栋楼都不交钱了", "不交钱")]
    [InlineData("我要求全额退还这半年的管理费", "全额退")]
    [InlineData("这个问题我已经写信给住房城乡建设部门了", "住房城乡建设")]
    [InlineData("这件事我已经向消费者权益保护委员会投诉了", "消费者权益保护")]
    [InlineData("你们要是不处理，我就去网上挂你们", "网上")]
    [InlineData("下个季度我不会再交管理费了", "不会再交")]
    [InlineData("电梯一周坏了四次，再这样我就去质监局", "质监局")]
    [InlineData("楼下的KTV天天半夜吵，我已经报了环保局", "环保局")]
    [InlineData("满意度：非常不满意。原因：物业费涨价不通知，要求退还多收的费用。", "退还")]
    [InlineData("我已经在黑猫上发帖了", "黑猫")]
    [InlineData("明天我就去打12369环保热线投诉你们的垃圾站", "12369")]
    [InlineData("等着吃官司吧", "吃官司")]
    [InlineData("这个月起物业费我提存到公证处，什么时候修好什么时候给", "提存")]
    [InlineData("材料我都准备好了，直接寄给市里领导", "市里领导")]
    [InlineData("问题不解决，管理费我就先扣着不交", "扣着不交")]
    [InlineData("If nothing changes I will take this to the ombudsman.", "ombudsman")]
    [InlineData("I have instructed my solicitor about the damage.", "solicitor")]
    [InlineData("We will withhold our service charge from next month.", "withhold")]
    [InlineData("我要让城管来检查一下你们的违建", "城管")]
    [InlineData("我已经去住建局反映了，让他们来检查", "住建局")]
    [InlineData("再这样下去我们就去区政府反映", "政府")]
    [InlineData("视频我已经传到抖音上了", "抖音")]
    [InlineData("你们不处理我就退费", "退费")]
    [InlineData("记者来采访了，我要把你们的问题都说出来", "记者")]
    [InlineData("再不解决，我就写信给市委书记", "书记")]
    [InlineData("这种事就该上电视让大家看看", "上电视")]
    [InlineData("业主大会下个月就投票开除你们", "开除")]
    [InlineData("我们公司的法务已经介入，下周会发函给物业", "介入")]
    [InlineData("你们这样对待老人，我要让全网的人都来评评理", "让全网")]
    [InlineData("我们已经申请审计局介入查物业的账", "审计局")]
    [InlineData("别以为我不会去12345", "12345")]
    [InlineData("我要把这事发朋友圈，让大家都看看", "朋友圈")]
    [InlineData("再不处理我就去省里反映", "省里")]
    [InlineData("我会把材料交给纪检部门", "纪检")]
    [InlineData("电梯的事我已经向质监部门反映了", "质监部门")]
    [InlineData("这事我去住房和建设局说", "住房和建设")]
    [InlineData("我已经去街道办事处登记了投诉", "街道")]
    [InlineData("我要叫综合执法的人来看看你们这个违建", "综合执法")]
    [InlineData("照片我都贴到网上了", "贴到网上")]
    [InlineData("我要让全市的人都知道你们干的好事", "让全市")]
    [InlineData("公司的法律顾问已经在看合同了", "法律顾问")]
    [InlineData("以后停车管理费一分不交", "一分不交")]
    [InlineData("把我交的钱都退给我", "交的钱")]
    [InlineData("这个管理费我一分也不会再交了", "不会再交")]
    [InlineData("Residents are refusing to pay the service charge until the lift works.", "refusing to pay")]
    [InlineData("如不整改，本公司将依法追究贵司责任", "依法追究")]
    [InlineData("我会把这件事报给住房主管部门", "主管部门")]
    [InlineData("我们已经向区应急管理局安全科举报了", "举报")]
    [InlineData("业委会准备提议更换贵公司", "更换贵公司")]
    [InlineData("我已经打了政府热线，你们等着被约谈吧", "政府热线")]
    [InlineData("明天还不来修，我就打一二三四五", "一二三四五")]
    [InlineData("我會去找里長處理這件事", "里长")]
    [InlineData("已經向消保官申訴", "消保官")]
    [InlineData("垃圾站再这么臭，我就打电话给环保局", "环保局")]
    [InlineData("我要投訴到市府", "市府")]
    [InlineData("我们已经去函市住建委说明情况", "去函")]
    [InlineData("此事已反映到园区管委会", "管委会")]
    [InlineData("全楼商户决定暂停缴纳物业管理费", "暂停缴纳")]
    [InlineData("管理费下个季度起我们停交，等电梯修好再说", "停交")]
    [InlineData("这半年的物业费我先押着不交", "押着不交")]
    [InlineData("文章我已经写好了帖子，标题就叫黑心物业", "写好了帖子")]
    [InlineData("照片我会发到本地贴吧让大家评评理", "贴吧")]
    [InlineData("I'm going to share the video of your cleaner dumping trash into the river on Douyin.", "share the video of your cleaner")]
    [InlineData("If this isn't fixed I'll put it all over social media.", "all over social media")]
    [InlineData("I'm going to post this on social media so everyone sees how you treat owners.", "post this on social media")]
    [InlineData("垃圾房的臭味我录了一周的视频，准备投给本地的民生节目。", "民生节目")]
    [InlineData("小区门口那个坑再没人填，我就拍下来发到\"XX城市随手拍\"让全市人都看看。", "让全市人都看看")]
    [InlineData("再这么收费不透明，我们几个楼长商量好了，下个季度全楼一起不交。", "一起不交")]
    [InlineData("楼上天天往下倒污水，物业不管，我已经咨询了法律援助中心。", "法律援助")]
    [InlineData("街道转办：市民反映小区内有人私自占用公共绿地种菜，请物业核实处理并回复。", "街道转办")]
    [InlineData("我把电梯故障记录都整理好了，打算直接寄给市场监督管理局特种设备科。", "市场监督管理")]
    [InlineData("小区的二次供水水箱从来没清洗过，水里有黄色沉淀物，我已经送去检测了，结果出来就找卫生部门。", "找卫生部门")]
    [InlineData("我有个律师朋友，说你们这样是违法的。", "律师")]
    [InlineData("物业费？不交！啥时候把门口那堆垃圾清了啥时候交。", "不交")]
    [InlineData("If the heating isn't back on by tonight we will withhold this month's service charge, all of us on floor 12.", "withhold this months service charge")]
    public void Escalation_outside_the_company_is_red(string text, string trigger)
    {
        var alert = Analyze(text).Alert;
        alert.Level.ShouldBe("red");
        alert.Reasons.ShouldContain(r => r.Kind == AlertRules.Escalation && r.Trigger.Contains(trigger));
    }

    [Theory]
    [InlineData("3号楼电梯困人了，快来", "困人")]
    [InlineData("楼道配电箱漏电", "漏电")]
    [InlineData("厨房有燃气泄漏的味道", "燃气泄漏")]
    [InlineData("地库有车着火了", "着火")]
    [InlineData("电表箱在冒烟", "冒烟")]
    [InlineData("又有人高空抛物，差点砸到孩子", "高空抛物")]
    [InlineData("商场地下一层漏水，已经有顾客滑倒了", "滑倒")]
    [InlineData("狗把我家老人扑倒了，腿都摔青了", "扑倒")]
    [InlineData("地库坡道结冰，刚才一辆车滑下去撞墙了", "滑下去撞")]
    [InlineData("滑梯断了一块，孩子的腿被划破了", "划破")]
    [InlineData("Someone is trapped in the lift at tower B, please hurry!", "trapped in the lift")]
    [InlineData("There is smoke coming out of the meter box", "smoke")]
    [InlineData("楼顶的招牌被风吹得摇摇欲坠，下面就是幼儿园门口", "摇摇欲坠")]
    [InlineData("阳台上的花架松了，随时会掉下去", "随时会掉")]
    [InlineData("开关一按就冒火花，吓得我不敢碰", "冒火")]
    [InlineData("地库积水已经淹到配电箱了", "配电箱")]
    [InlineData("家里进水了，插座都泡在水里", "插座都泡")]
    [InlineData("楼道的火警铃一直在响，到底是不是着火了？", "着火")]
    [InlineData("樓頂的燈箱搖搖欲墜，下面人來人往", "摇摇欲坠")]
    [InlineData("The fire alarm keeps going off on level 9 and nobody knows why", "alarm")]
    [InlineData("河边没有护栏，刚才有人落水了", "落水")]
    [InlineData("隔壁家里有人煤气中毒了，救护车还没到", "中毒")]
    [InlineData("外婆在单元门口摔了一跤，站不起来", "摔了一跤")]
    [InlineData("水管太烫，孩子的手被烫伤了", "被烫")]
    [InlineData("施工队把燃气管挖断了", "燃气管挖断")]
    [InlineData("楼道里的电线断了垂在扶手旁边", "电线断")]
    [InlineData("地库的水已经淹到腰了", "淹到腰")]
    [InlineData("电梯门开着就往下走了", "电梯门开着")]
    [InlineData("An old lady collapsed near the lifts", "collapsed")]
    [InlineData("The car park is flooding and the water has reached the electrical room", "electrical")]
    [InlineData("3号楼电梯里困着两个人，按铃没人应", "困着")]
    [InlineData("刚才是不是地震了？整栋楼都在晃", "地震")]
    [InlineData("五楼连廊的栏杆松了，小孩靠上去就晃", "栏杆松")]
    [InlineData("游泳池边上没有护栏，孩子跑来跑去", "没有护栏")]
    [InlineData("地下车库进水了，还有人在里面挪车", "车库进水")]
    [InlineData("配电室地上全是积水，里面还在嗡嗡响", "配电室地上全是积水")]
    [InlineData("There is a strong smell of gas on the 3rd floor", "smell of gas")]
    [InlineData("电梯卡在两层之间，我们三个人在里面，门打不开", "门打不开")]
    [InlineData("走廊里全是烟，看不清路", "全是烟")]
    [InlineData("晚上10:30，楼道里有烟，味道很呛", "楼道里有烟")]
    [InlineData("商场B1美食广场3号档口的油锅着了，火有1米多高", "油锅着了")]
    [InlineData("地库负2层积水已经到膝盖了，还有2辆车里有人", "车里有人")]
    [InlineData("商场4F儿童乐园的旋转木马卡住了，上面还有6个孩子", "旋转木马卡住了")]
    [InlineData("23栋201的老人3天没出门了，打电话也不接", "老人3天没出门")]
    [InlineData("配电房门口的排水沟堵了，一下雨水就往配电房里灌", "往配电房里灌")]
    [InlineData("楼道有燃起味好重快来人", "燃起味")]
    [InlineData("难道要等出了人命你们才管吗？消防通道堆满了电动车", "消防通道堆")]
    [InlineData("我替隔壁王阿姨说一声，她家门口的感应灯坏了一个多月，晚上她摸黑上楼，已经摔过一跤了", "摔过一跤")]
    [InlineData("租客跟我说楼道里有个男的天天晚上在她门口抽烟转悠，她一个女孩子很害怕", "有个男的天天晚上在她门口抽烟转悠")]
    [InlineData("今天暖气试水，我家客厅暖气片接口突然呲开了，热水喷得满屋都是，家里只有老人不会关阀门，快来人！", "热水喷")]
    [InlineData("地库的积水深得可以养鱼了，我的车轮胎都泡了一半，再下一场雨是不是要开船进来？", "车轮胎都泡了一半")]
    [InlineData("有小孩在地库里放鞭炮，旁边就是一排车和充电桩，保安快去看看！", "地库里放鞭炮")]
    [InlineData("9栋电梯里的应急灯一闪一闪，轿厢停在半截不动了，我妈在里面拍门喊人。", "轿厢停在半截不动了，我妈在里面")]
    [InlineData("地下车库的排风扇全停了，车一多就闷得发晕，刚才有个阿姨直接坐地上了。", "阿姨直接坐地上")]
    [InlineData("小区东门那块大广告牌被昨晚的风刮得只剩一个角挂着，底下是公交站。", "只剩一个角挂")]
    [InlineData("楼下的变电箱门被人撬开了，里面的线都露着，一群小学生在旁边踢球。", "变电箱门被人撬开了，里面的线都露着，一群小学生")]
    [InlineData("我家住28楼，窗户的铰链断了，整扇窗户歪出去挂在外面，风一吹就晃。", "整扇窗户歪出去挂在外面")]
    [InlineData("3单元楼梯扶手整段松脱了，我婆婆扶着下楼一下子栽下去了，现在起不来。", "栽下去")]
    [InlineData("车库里有辆车一直没熄火，车窗关着，里面好像有个人趴在方向盘上没动静。", "趴在方向盘上没动静")]
    [InlineData("商场中庭的玻璃护栏有一块不见了，三楼边上空着一个口子，小孩在旁边跑。", "玻璃护栏有一块不见了，三楼边上空着一个口子，小孩在旁边跑")]
    [InlineData("一个醉鬼在单元门口砸玻璃门，手上全是血，还在骂人。", "手上全是血")]
    [InlineData("有个陌生人拿着一串钥匙挨个试车库里的车门。", "挨个试车库里的车门")]
    [InlineData("商场三楼的儿童游乐区有个滑梯的螺丝松了，晃得厉害，小孩还在上面玩。", "晃得厉害，小孩还在")]
    [InlineData("回访记录：业主反映家中燃气表附近有异味，回访时仍能闻到，已通知燃气公司上门。", "燃气表附近有异味")]
    [InlineData("NPS 0分：保安跟业主吵架，还动手推人，这样的物业不配收钱。", "动手推人")]
    [InlineData("The lift in Block 3 has been stuck between floors for 20 minutes with my dad inside, please hurry!!", "stuck between floors")]
    [InlineData("There's a huge crack in the parking garage ceiling and bits of concrete on the floor under it.", "bits of concrete")]
    [InlineData("Kids are climbing the fence around the transformer box by the playground.", "kids are climbing the fence around the transformer")]
    [InlineData("地下室有股很冲的氨水味，眼睛都睁不开，楼里存了好多冷库的货。", "氨水味，眼睛都睁不开")]
    [InlineData("业主群里有人说要带汽油去物业办公室讨个说法，大家都劝不住。", "带汽油去")]
    [InlineData("车库里有辆车一直发动着，排气管对着墙，车里的人睡着了，窗户全关着。", "车里的人睡着")]
    [InlineData("锅炉房一直往外冒白气，还有很尖的哨声，值班的人不在。", "锅炉房一直往外冒白气")]
    [InlineData("18楼外面有装修工人站在空调架上干活，身上连根安全绳都没系。", "安全绳都没系")]
    [InlineData("地下车库B1有人在车位边上烧纸，烟很大，旁边停满了车，保安快去！", "车位边上烧纸")]
    [InlineData("电梯门还没关就往上升了，我儿子一只脚还在外面，吓死了！", "电梯门还没关就往上升")]
    [InlineData("楼上阳台边上的大花盆被风吹得直晃，半个都悬在外面了，下面是小孩玩的地方。", "悬在外面")]
    [InlineData("泳池的排水口把一个小女孩的头发吸进去了，她挣不开！", "头发吸进去")]
    [InlineData("电梯关人了", "电梯关人")]
    [InlineData("如果再不来人，困在电梯里的孩子怎么办？", "困在")]
    [InlineData("地库门口的水已经能划船了，物业要不要考虑开个游船项目？车都泡了一半。", "车都泡了一半")]
    [InlineData("小区门口的坑已经成了网红打卡点，每天都有电动车在那里翻车。", "电动车在那里翻车")]
    [InlineData("老人摔了一跤，头上流血了，还好人是清醒的", "流血")]
    [InlineData("商场影院的安全出口被一堆纸箱和海报架堵得只剩一条缝，里面正在放映，坐满了人。", "安全出口堵")]
    [InlineData("厂房里的行车吊着一捆钢管在人头顶上走，下面的人都没戴安全帽。", "行车吊着一捆钢管在人头顶")]
    [InlineData("商场外面的旋转门把一个老太太的拐杖卡住了，人差点被带倒，现在人还在门里。", "人还在门里")]
    [InlineData("物流园的冷库门从里面打不开，有个搬运工还在里面，温度零下十八度。", "有个搬运工还在里面")]
    [InlineData("商场溜冰场边上有个小孩摔了，后脑勺磕在冰上，一直在哭，头上起了个大包。", "后脑勺磕在")]
    [InlineData("园区宿舍楼有人在房间里用电炉子煮火锅，插线板都熔了，屋里一股塑料味。", "插线板都熔了")]
    [InlineData("商场停车场有辆车倒车没看见，把一个推婴儿车的妈妈撞倒了，婴儿车翻了。", "妈妈撞倒")]
    [InlineData("商场中庭的吊饰是用几根细铁丝挂的，有一根已经断了，整个在晃，下面人来人往。", "下面人来人往")]
    [InlineData("园区的化学品仓库门口有刺鼻的气味，好几个工人说头晕恶心。", "化学品仓库门口有刺鼻")]
    [InlineData("Someone's dog attacked a delivery guy by the north gate, there's blood on his arm.", "dog attacked")]
    [InlineData("Some stranger has been following my daughter home from the bus stop for three days.", "following my daughter")]
    [InlineData("There's a strong chemical smell in the underground car park and my eyes are burning.", "chemical smell")]
    [InlineData("Hi, my toddler just locked herself in the car in the basement car park and it's really hot. Help!!", "locked herself in")]
    [InlineData("There's a guy passed out in the stairwell on level 3, he's not responding.", "passed out")]
    [InlineData("The main water pipe burst in the garage and water is gushing next to the EV chargers, someone's car is charging there.", "water is gushing next to the ev chargers")]
    [InlineData("物业你好, the lift in 6栋 is making a loud banging noise and shaking, we're scared to use it. 有小孩 stuck inside right now!", "孩 stuck inside")]
    [InlineData("An old man fell on the wet floor by the lobby entrance and hit his head. There's no warning sign.", "hit his head")]
    [InlineData("A huge branch is hanging loose over the children's playground after the storm.", "branch is hanging loose")]
    [InlineData("The gas meter in our kitchen is hissing and I can smell something weird.", "gas meter in our kitchen is hissing")]
    [InlineData("The lift on the left in tower B smells of burning and the lights went out inside it with people in it.", "smells of burning")]
    [InlineData("楼顶的太阳能板被风掀起来一半，咣当咣当砸着女儿墙，下面是小区正门。", "太阳能板被风掀")]
    [InlineData("商场的自动扶梯梳齿板翘起来了，刚才有个小孩的鞋被卷了进去。", "卷了进去")]
    [InlineData("隔壁独居大爷家门口的报纸堆了一个礼拜了，敲门也没人应。", "独居大爷家门口的报纸堆了一个礼拜了，敲门也没人应")]
    [InlineData("单元门口屋檐下挂了一排一米多长的冰溜子，底下就是进出的门，刚才掉下来一根砸碎在地上，赶紧处理！", "冰溜子，底下就是进出的门，刚才掉下来")]
    [InlineData("有个陌生男人这几天老在我家门口转，刚才还趴在门上听", "趴在门上听")]
    [InlineData("老人在浴室里洗澡一个多小时了，叫他也不应，门从里面反锁了", "叫他也不应")]
    [InlineData("客厅吊灯里在往下滴水，灯还亮着", "吊灯里在往下滴水")]
    [InlineData("泳池的排水口盖子没了，孩子们还在下面潜水", "排水口盖子没了")]
    [InlineData("我家楼上一直在往下滴红色的液体，还有股怪味，敲门没人开", "往下滴红色的液体")]
    [InlineData("商场顶棚的玻璃裂了一大片，下面就是儿童游乐区", "儿童游乐区")]
    [InlineData("楼顶的避雷针歪倒了，挂在十八楼外墙上晃", "挂在十八楼外墙上晃")]
    [InlineData("小区的景观水池有一米多深，好几个小孩在边上追着玩，没大人看", "没大人")]
    [InlineData("地库里有人在烧纸，烟都飘到电梯厅了", "地库里有人在烧纸")]
    [InlineData("风把外墙的保温层刮掉了一大块，正好掉在车道上", "保温层刮掉")]
    [InlineData("我女朋友一个人住9栋，她说最近下班回家总感觉有人跟着她，她很害怕", "有人跟着她")]
    [InlineData("2栋的消防通道被一辆面包车堵死了，楼上住了好多户人家", "消防通道堵")]
    [InlineData("9栋电梯15:40停在11楼和12楼之间，我妈和2岁的孙子在里面", "我妈和2岁的孙子在里面")]
    [InlineData("按了3次警铃没人应，不知道外面有没有人", "警铃没人应")]
    [InlineData("商场B2停车场C区23:10有两个人在撬车门，保安在哪？", "两个人在撬")]
    [InlineData("东门的电动伸缩门夹住了一个小学生的书包，孩子被拖了2米", "孩子被拖了")]
    [InlineData("我家门口的烟呛得睁不开眼，不知道哪里来的", "烟呛得")]
    [InlineData("地库一辆电动车自燃了", "自燃")]
    [InlineData("阳台的钢化玻璃自爆了，碎片掉到楼下", "自爆")]
    [InlineData("车库顶上一直在掉混凝土块", "掉混凝土")]
    [InlineData("楼梯灯坏了，我爸下楼踩空了", "踩空")]
    [InlineData("小区的污水井盖子没盖，小孩在旁边玩", "污水井盖子没盖")]
    [InlineData("路面塌陷了一个大坑", "塌陷")]
    [InlineData("那条狗已经咬了两个小孩了", "咬了两个小孩")]
    [InlineData("楼上掉下来一个酒瓶，碎在我脚边", "楼上掉下来")]
    [InlineData("门口的招牌被风刮下来了", "招牌被风刮下")]
    [InlineData("家里没开火，燃气表却一直在转", "燃气表却一直在转")]
    [InlineData("楼下车库里有人堆了十几桶汽油", "汽油")]
    [InlineData("电梯上到一半突然往下滑了一截", "突然往下")]
    [InlineData("消防演练的时候楼梯太挤，有个老人摔倒受伤了", "受伤")]
    [InlineData("卫生间的钢化玻璃淋浴房突然爆裂了", "玻璃淋浴房突然爆裂")]
    [InlineData("业主反映：3号楼外墙一块石材松脱，楼下是儿童活动区。", "石材松脱")]
    [InlineData("业主来电：地库入口积水已没过车轮，仍有车辆进入。", "没过车轮")]
    [InlineData("巡查发现一辆电动车底部冒出白烟，已设置警戒。", "冒出白烟")]
    [InlineData("停电了，整栋楼都没电，什么时候能恢复？家里有人要用呼吸机！", "呼吸机")]
    [InlineData("我婆婆在卫生间滑了一跤，后脑勺着地，现在说头晕", "滑了一跤")]
    [InlineData("有人在楼道里用煤气罐做饭，旁边就是电表箱，这不是拿大家的命开玩笑吗？", "煤气罐")]
    [InlineData("Kids were climbing on the broken fence by the pond. Someone is going to fall in.", "going to fall")]
    [InlineData("A big branch over the footpath is cracked. It could fall on someone any minute.", "fall on someone")]
    [InlineData("My neighbour's dog bit my son on the leg in the lift. He needed stitches.", "bit my son")]
    [InlineData("There is water leaking from the ceiling near the electrical panel on floor 5.", "electrical")]
    [InlineData("The power is out and my father is on a ventilator at home.", "ventilator")]
    [InlineData("车库里的电动车充电区有一辆车的电池鼓包了，还在发热，离旁边的车很近。", "电池鼓包")]
    [InlineData("地下室的燃气管道有嘶嘶的声音，还有臭鸡蛋味", "臭鸡蛋味")]
    [InlineData("家里的插座烧黑了，有股糊味", "烧黑")]
    [InlineData("小区里有人放火烧车", "放火")]
    [InlineData("电梯突然停电，我们五个人被关在里面", "被关在里面")]
    [InlineData("有个小孩爬到窗台外面了，家里没大人，快来人", "爬到窗台")]
    [InlineData("楼上掉了一块玻璃下来，就砸在我脚边", "砸在我脚边")]
    [InlineData("孩子手指被单元门夹断了，正在去医院", "夹断")]
    [InlineData("There are live wires hanging down in the car park.", "live wires")]
    [InlineData("樓道裡有濃煙，好像是哪家著火了", "浓烟")]
    [InlineData("地下车库的排水泵坏了，水已经漫到车轮一半了", "漫到车轮")]
    [InlineData("楼顶的广告牌被大风吹得摇摇晃晃，下面就是小区入口", "广告牌")]
    [InlineData("电梯困了一个老人一个小时了还没人来", "困了一个老人")]
    [InlineData("家里的燃气热水器一开就有股怪味，我老公头晕恶心", "头晕")]
    [InlineData("有人从高楼扔了一个玻璃瓶下来，碎片溅到了小孩脸上", "扔")]
    [InlineData("小区泳池的排水口把一个小孩的脚吸住了，救生员不在", "吸住")]
    [InlineData("儿童游乐区的秋千架倒了，压到了一个孩子", "压到了一个孩子")]
    [InlineData("办公室的电源插座冒出蓝色的火花，吓死人了", "火花")]
    [InlineData("My elderly neighbour hasn't been seen for a week and there's a bad smell from her flat.", "been seen")]
    [InlineData("车库顶上的消防喷淋管爆了，水柱直接喷在配电柜上", "喷在配电")]
    [InlineData("三岁的孩子自己按电梯下楼了，现在找不到人了", "找不到")]
    [InlineData("一楼住户家里传出呼救声，门打不开", "呼救")]
    [InlineData("地库出口有辆车失控撞上了行人", "失控")]
    [InlineData("小区的人工湖冰面上有好多孩子在滑冰，冰已经开始裂了", "冰")]
    [InlineData("装修工人在楼道里用电焊，火星掉到了一堆纸箱上", "火星掉")]
    [InlineData("The fire exit on level 3 is chained shut and the building is full of people.", "chained")]
    [InlineData("The lift dropped two floors with my kids in it.", "dropped")]
    [InlineData("Water is coming through the light fittings in the hallway and the lights are flickering.", "light fittings")]
    [InlineData("A child got his hand caught in the escalator. Please come now!", "caught")]
    [InlineData("电梯关住人啦，快点来啊", "关住")]
    [InlineData("家里孩子误食了灭鼠药", "误食")]
    [InlineData("天然气灶关不上了，一直在漏", "关不上")]
    [InlineData("小区门口有人持械斗殴，保安不敢管", "斗殴")]
    [InlineData("一个陌生男人强行闯进了我家，我把自己锁在卧室里了", "闯进了我")]
    [InlineData("有人在地库抽烟，旁边就是一排充电的电动车，还有汽油味", "汽油味")]
    [InlineData("There's a big crack in the ceiling of the car park and pieces of concrete are falling down.", "falling")]
    [InlineData("地下车库有个人躺在地上一动不动，叫也不应", "一动不动")]
    [InlineData("楼顶有人坐在边上，看着像是想不开", "想不开")]
    [InlineData("单元门口的玻璃雨棚裂了一大片，下面天天有人走", "雨棚裂")]
    [InlineData("三楼阳台的花架晃得厉害，底下就是幼儿园门口", "花架晃得")]
    [InlineData("家里燃气灶关了但是还有气出来，有味道", "还有气")]
    [InlineData("锅炉房压力表一直在涨，指针都到红区了", "红区")]
    [InlineData("有人在楼道里放鞭炮，把门口的纸箱点着了", "点着")]
    [InlineData("排水沟盖板翘起来了，刚才一个骑电动车的直接翻了，人摔在地上", "摔在地")]
    [InlineData("孩子被锁在车里了，外面三十多度，车主联系不上", "锁在车里")]
    [InlineData("邻居家一直有烟从门缝里冒出来，敲门没人应", "烟从门缝里冒")]
    [InlineData("小孩把头卡在楼梯栏杆缝里了，拔不出来", "头卡在")]
    [InlineData("游泳池里有个小孩沉下去了，救生员不在", "沉下去")]
    [InlineData("有个醉汉拿着啤酒瓶在大堂砸东西", "醉汉")]
    [InlineData("Someone collapsed in the gym and is not breathing!", "not breathing")]
    [InlineData("The balcony railing on the 20th floor is wobbling and kids play there every day.", "wobbling")]
    [InlineData("A man has been trying the door handles on our floor all night.", "trying the door")]
    [InlineData("电梯轿厢顶上在滴水，灯一闪一闪的，里面还有人", "滴水")]
    [InlineData("隔壁装修把承重墙砸了一个大洞", "承重墙")]
    [InlineData("高压线断了一根耷拉在路边", "高压线断")]
    [InlineData("业主家中老人呼吸急促，需要帮忙叫120", "呼吸急促")]
    [InlineData("电梯门没关严就开始往下走", "没关严就")]
    [InlineData("有条蛇爬进了一楼住户家里", "蛇")]
    [InlineData("水箱间的门开着，小孩爬到水箱上面去了", "水箱")]
    [InlineData("我们楼有户人家好几天没出门了，门口的外卖都堆着，敲门也没人应", "敲门")]
    [InlineData("刚才地库有人被抢了包，歹徒往北门跑了", "被抢了包")]
    [InlineData("垃圾站里有个针头，保洁阿姨的手被扎了", "被扎了")]
    [InlineData("商场里有个小孩从扶梯扶手上滑下来摔了", "滑下来")]
    [InlineData("小区池塘的冰面上有好几个孩子在跑", "冰面上")]
    [InlineData("消防通道的门被焊死了", "焊死")]
    [InlineData("电梯困人了，快来，不是演练", "困人")]
    [InlineData("请问电梯困人了怎么办", "困人")]
    [InlineData("火警响了，不是演习，大家快跑", "火警响")]
    [InlineData("The fire alarm is going off and this is not a drill!", "fire alarm")]
    [InlineData("楼道里电动车电池炸了", "电池炸")]
    [InlineData("电梯里有个人犯了癫痫", "癫痫")]
    [InlineData("小孩被卡在自动门里了", "卡在")]
    [InlineData("我已经拨打了消防电话119", "119")]
    [InlineData("A child is locked in a car in the car park and it's very hot.", "locked in a car")]
    [InlineData("There's a strong smell of burning plastic from the meter room.", "burning")]
    [InlineData("wy的人都死哪去了，电题里关着人呢", "关着人")]
    [InlineData("下雨天好几辆车都溜下来撞在一起了，有个人被夹在两辆车中间", "被夹在")]
    [InlineData("楼下小卖部门口有人在打群架，有人拿了刀", "打群架")]
    [InlineData("游泳池的水变绿了，好几个孩子游完泳都发烧住院了", "住院")]
    [InlineData("保洁在用稀料擦地，整个楼道都是味道，我家孩子已经头晕呕吐了", "头晕呕吐")]
    [InlineData("半夜有个可疑的人在拧我家门把手，我不敢出声", "拧")]
    [InlineData("有个男的挨家挨户推门看哪家没锁，快让保安上来", "挨家挨户推门")]
    [InlineData("3号楼后面的井盖被偷了，晚上一个人都看不见", "井盖被偷")]
    [InlineData("5号梯的门开了，里面没有轿厢，太吓人了", "没有轿厢")]
    [InlineData("孩子的手指卷进了扶梯的扶手带，快来人", "卷进")]
    [InlineData("地下室配电箱一直滋滋响", "滋滋")]
    [InlineData("楼下有户人家门窗紧闭在屋里烧炭", "烧炭")]
    [InlineData("我妈有阿尔茨海默，下午出去遛弯到现在还没回来", "没回来")]
    [InlineData("对面楼有个小朋友坐在窗台上晃腿", "坐在窗台")]
    [InlineData("车库顶上往下掉混凝土块", "往下掉混凝土")]
    [InlineData("燃气管道被施工队打穿了", "打穿")]
    [InlineData("楼下饭店的煤气罐炸了", "炸了")]
    [InlineData("工地的塔吊钢丝在风里晃来晃去", "晃来晃去")]
    [InlineData("有个人倒在花坛边上，拍他也没动静", "没动静")]
    [InlineData("空调外机的吊架断了一根", "断")]
    [InlineData("清洗水箱的师傅被熏晕了", "熏晕")]
    [InlineData("The lift door opened onto an empty shaft.", "shaft")]
    [InlineData("隔壁烧烤摊的火星子飞到我家遮阳棚上了", "火星子飞")]
    [InlineData("我妈哮喘发作了，家里的药用完了", "哮喘发作")]
    [InlineData("小孩把一块磁铁吞了下去，又吞了两颗磁珠", "吞了两颗磁珠")]
    [InlineData("河面的冰上好几个小学生在溜冰", "冰上")]
    [InlineData("楼下那条大狗咬伤了一个快递员", "咬伤了一个快递员")]
    [InlineData("有人半夜往楼顶蓄水池里扔不明的东西", "蓄水池里扔不明")]
    [InlineData("配电间里的电线都烧焦了", "烧焦")]
    [InlineData("装修工人动了燃气管道，现在厨房里一股怪味", "一股怪味")]
    [InlineData("Someone is walking around the car park with a knife.", "knife")]
    [InlineData("My daughter's hand got trapped in the bin lift.", "hand got trapped")]
    [InlineData("广场上一个大爷中暑晕倒了", "中暑")]
    [InlineData("我儿子在花园里被黄蜂蜇了，手肿得很厉害", "蜇")]
    [InlineData("对面工地的脚手架倒下来了", "脚手架倒下")]
    [InlineData("电梯间的镜子碎了，一个小孩被划伤了", "小孩被划伤")]
    [InlineData("地下室的污水井冒沼气，味道很冲", "沼气")]
    [InlineData("楼上往下滴化学品，把我家的晾衣杆都腐蚀了", "化学品")]
    [InlineData("电梯的钢丝绳好像松了，轿厢晃得厉害", "钢丝绳好像松")]
    [InlineData("屋顶的彩钢板被大风掀起来了", "彩钢板被大风掀")]
    [InlineData("我妈电话一直不接，去敲门也没人开，已经一天了", "敲门也没人开")]
    [InlineData("电梯停在10楼和11楼中间，里面还有三个小学生", "电梯停在")]
    [InlineData("有个小孩在深水区扑腾，好像不会游泳", "扑腾")]
    [InlineData("一个老大爷在菜市场门口摔了，坐在地上站不起来", "坐在地上站不起来")]
    [InlineData("天台的水箱盖子没了，有几个孩子在上面跑", "孩子在上面跑")]
    [InlineData("邻居家的老太太喝了农药，正在等救护车", "喝了农药")]
    [InlineData("一条大狼狗冲出来扑向小孩", "扑向")]
    [InlineData("装修队把燃气管道的阀门弄坏了，现在关不上", "关不上")]
    [InlineData("The glass panel on the roof shattered over the entrance.", "shattered")]
    [InlineData("Someone is screaming for help in the stairwell.", "screaming for help")]
    [InlineData("Our shop was broken into last night.", "broken into")]
    [InlineData("楼下有人在焚烧垃圾，烟很大", "焚烧垃圾")]
    [InlineData("地铁口人太多，一个小孩被挤倒了", "挤倒")]
    [InlineData("食堂吃完午饭好几个同事上吐下泻", "上吐下泻")]
    [InlineData("大风把雨棚的玻璃吹碎了，碎片溅到了路上", "吹碎")]
    [InlineData("保安正在给一个倒地的老人做心肺复苏", "心肺复苏")]
    [InlineData("电梯刚才从15楼一下子滑到了10楼", "从15楼")]
    [InlineData("孩子的手卡进了自动门的缝里", "卡进")]
    [InlineData("那个醉汉把一个老人推倒了", "推倒")]
    [InlineData("A toddler is hanging from the balcony railing next door.", "hanging from")]
    [InlineData("商场的自动门把一个老人夹住了", "老人夹住")]
    [InlineData("锅炉房的管道爆裂了，蒸汽喷得到处都是", "蒸汽")]
    [InlineData("车库顶上掉下一块混凝土，砸中了一辆车旁边的人", "砸中")]
    [InlineData("小区西边的围墙往外倾斜得厉害，外面就是学校", "倾斜")]
    [InlineData("写字楼里的自动扶梯忽然倒行，几位顾客摔成一团", "倒行")]
    [InlineData("商场的货架倒下来，一个顾客被压在下面", "压在下面")]
    [InlineData("邻居家的电磁炉炸开了，厨房里全是黑烟", "黑烟")]
    [InlineData("电动车在路口被撞，骑车的人甩出去好远", "甩出去")]
    [InlineData("楼顶的蓄水池里漂着一只死猫，全楼都喝这个水", "死猫")]
    [InlineData("凌晨有人撬我家对门的锁，我从猫眼里看见了", "撬我家对门的锁")]
    [InlineData("两个孩子在天台边缘追着玩，没有大人看着", "边缘")]
    [InlineData("消防水带爆了，水冲得到处都是，边上就是电表箱", "电表箱")]
    [InlineData("巡查报告：一名工人从脚手架上跌落，已送医", "跌落")]
    [InlineData("邻居两口子吵架，男的把女的嘴角打出血了", "打出血")]
    [InlineData("The elevator got stuck with two kids inside.", "stuck")]
    [InlineData("管道井里有一股像臭鸡蛋的味道", "像臭鸡蛋")]
    [InlineData("河里有个人在挣扎，快来人", "挣扎")]
    [InlineData("大堂的灯箱在晃，下面排队的全是人", "灯箱在晃")]
    [InlineData("停车场的自动门把我的手夹了，现在动不了", "手夹了")]
    [InlineData("广告牌倒下来砸在一辆车上，车里还有人", "广告牌")]
    [InlineData("楼顶的装饰砖一块块往下掉", "一块块")]
    [InlineData("有个醉汉拿着钢管在停车场追着人打", "钢管")]
    [InlineData("楼下商铺把液化气罐放在走廊里", "液化气罐放在走廊")]
    [InlineData("有人从高空扔酒瓶，碎了一地", "高空扔")]
    [InlineData("店门口的招牌晃得厉害，好几颗螺丝都掉了", "招牌")]
    [InlineData("有个孩子从窗口探出了半个身子", "探出")]
    [InlineData("一个老太太往河里走，叫她也不回头", "往河里走")]
    [InlineData("楼顶有个男的在来回走，情绪很激动", "来回走")]
    [InlineData("自动喷淋的水滴到了电表箱上", "电表")]
    [InlineData("过山车停在半空，上面的人下不来", "下不来")]
    [InlineData("吊篮里的工人没系安全带", "安全带")]
    [InlineData("井盖被车轧翻了，路中间一个洞", "翻了")]
    [InlineData("岗亭被撞塌，司机被压在里面", "压在里面")]
    [InlineData("楼道里一股烧橡胶的味道", "烧橡胶")]
    [InlineData("我爸吃着饭突然说不出话，半边身子也麻了", "说不出话")]
    [InlineData("上回困人你们来得很快，可这次又困了半小时", "又困了")]
    [InlineData("電梯門夾到小朋友的手，現在腫起來了", "电梯门夹")]
    [InlineData("外墙的石屎一直在剥落，下面是幼儿园", "石屎")]
    [InlineData("泳池里有个孩子脸朝下漂着", "脸朝下")]
    [InlineData("楼顶有几个年轻人坐在女儿墙上拍照", "女儿墙")]
    [InlineData("Water is dripping from the ceiling light in the bathroom.", "ceiling light")]
    [InlineData("楼上的防盗窗松了，在风里晃", "防盗窗")]
    [InlineData("货架倒了，把一个阿姨压在了下面", "压在了下面")]
    [InlineData("孩子把钥匙插进插座里了", "插座")]
    [InlineData("一棵树倒下来砸在车上，司机还在车里", "在车里")]
    [InlineData("那条狗见人就扑人", "扑人")]
    [InlineData("配电间进水了", "配电间")]
    [InlineData("走廊里有人用炭炉烤肉", "炭炉")]
    [InlineData("电梯困仁了，快来", "困仁")]
    [InlineData("有位老人走失了，穿灰色外套，拄着拐杖", "走失")]
    [InlineData("我爸有点糊涂，早上出去买菜到现在还没回来", "糊涂")]
    [InlineData("对门大爷三天没见着了，敲门没人应", "没见着")]
    [InlineData("电梯里面关着个小孩，一直在哭", "关着")]
    [InlineData("塔吊歪了，下面有孩子在踢球", "塔吊歪")]
    [InlineData("一个老人倒在车道中间不动", "倒在车道")]
    [InlineData("楼上有人往下撂酒瓶", "往下撂")]
    [InlineData("有个人举着菜刀追着保安", "举着菜刀")]
    [InlineData("我女儿被邻居家的狗咬了一口", "狗咬")]
    [InlineData("路灯杆快倒了，下面有孩子在玩", "快倒了")]
    [InlineData("变压器的围栏破了，有小孩钻进去捡球", "小孩钻")]
    [InlineData("车库里有人用炭盆取暖，车库门都关上了", "炭盆")]
    [InlineData("外面有人在踹我家门，说要找我算账", "踹我家门")]
    [InlineData("车库被租出去住人了，他们用电炉取暖", "电炉取暖")]
    [InlineData("楼下积水淹到充电桩了，还有人在充电", "充电桩")]
    [InlineData("卫生间顶上漏水，漏水的地方就在灯座上", "灯座")]
    [InlineData("老鼠把厨房的电线皮咬破了，能看到里面的线", "电线皮咬破")]
    [InlineData("有个小朋友一个人在池塘边玩", "塘边")]
    [InlineData("工人在外墙干活，安全带都没系", "安全带都没系")]
    [InlineData("配电室的门一直开着，好几个孩子在门口看", "孩子")]
    [InlineData("我爸一个人住，手机一整天都打不通", "打不通")]
    [InlineData("楼道里堆满了纸箱，有户人家还在楼道里开着取暖器", "取暖器")]
    [InlineData("路边挖了个三米深的沟，晚上什么都看不见", "三米深")]
    [InlineData("工地的坑边上没有围挡，孩子放学都从那走", "没有围挡")]
    [InlineData("楼下独居的大爷已经四天没出门了", "四天没出门")]
    [InlineData("车库角落有人点了个火堆烤火", "火堆")]
    [InlineData("厨房燃气管那里总有股怪味道", "味道")]
    [InlineData("隔壁装修把窗外的护栏拆掉了，孩子老趴在窗边", "拆掉")]
    [InlineData("用燃气热水器洗完澡，头一直晕乎乎的", "头一直晕")]
    [InlineData("饭店门口的液化气罐就在大太阳底下晒着", "晒")]
    [InlineData("三楼的空调支架往外歪了，下面是小区的路", "往外歪")]
    [InlineData("保洁间里有人被锁在里面，一直在喊", "被锁在里面")]
    [InlineData("小孩拿钥匙捅进了插孔", "插孔")]
    [InlineData("煤气的软管裂了一道口子", "软管裂")]
    [InlineData("单元门口有一地的血，不知道谁受伤了", "一地的血")]
    [InlineData("有人爬到了楼顶围栏外边", "围栏外")]
    [InlineData("有个大爷不记得自己住哪了，在门口坐着", "不记得自己住哪")]
    [InlineData("车里有个人怎么拍都拍不醒", "拍不醒")]
    [InlineData("化粪池里下去的人半天没上来", "没上来")]
    [InlineData("地下室的安全出口上了锁", "上了锁")]
    [InlineData("有条眼镜蛇溜出来了，在花坛边", "眼镜蛇")]
    [InlineData("部𨋢困咗两个人", "困了两个人")]
    [InlineData("车库里有辆车锁着一个小孩，车窗都关着，热得满头汗", "车库里有辆车锁着一个小孩")]
    [InlineData("电梯天天出问题，今天直接从十楼掉到了五楼，吓得我腿都软了", "从十楼掉到")]
    [InlineData("4栋楼道13-15层的窗户玻璃碎了好几块，风大的时候玻璃还在往下掉", "玻璃还在往下掉")]
    [InlineData("停车场入口限高2.2米的杆子被撞歪了，斜着挂在车道上方", "限高2.2米的杆子被撞歪")]
    [InlineData("二期儿童乐园的秋千，左边那个链条断了一根，孩子还在上面荡", "链条断了一根，孩子还在上面荡")]
    [InlineData("12栋电梯（2号梯）19:40停在7楼不动了，里面有2个人，按了警铃没人应", "里面有2个人")]
    [InlineData("凌晨2:30，6栋楼下有人砸车窗，已经砸了两辆，保安快去", "砸车窗，已经砸了两辆，保安快去")]
    [InlineData("地库有人正在砸车窗偷东西", "有人正在砸车窗")]
    [InlineData("1号楼大堂的消防门被两个大纸箱堵住了，楼上住了200多户", "消防门堵")]
    [InlineData("冷库那边有氨气味，好几个工人说头晕", "氨气味，好几个工人说头晕")]
    [InlineData("化工厂那边氯气泄漏了，味道飘到小区里", "氯气泄漏")]
    [InlineData("仓库里好几个员工突然恶心呕吐，不知道是不是吸了什么", "好几个员工突然恶心")]
    [InlineData("一个老奶奶穿着睡衣在小区门口转，问她住哪也说不清，天这么冷", "老奶奶穿着睡衣在小区门口转，问她住哪也说不清")]
    [InlineData("消防通道被装修垃圾堵死了，上面是三十层的住宅楼", "消防通道堵")]
    [InlineData("停车场一辆白车里关着个宝宝在哭，找不到车主", "车里关着个宝宝")]
    [InlineData("𨋢困咗我阿媽喺入面成十分鐘，點解冇人理？", "困了")]
    [InlineData("𨋢壞咗，有個阿婆困咗喺入面成半個鐘", "困了在入面")]
    [InlineData("後樓梯嗰度堆滿晒雜物，消防門都開唔到，真係火燭就走唔甩", "消防门开不到")]
    [InlineData("走廊有阵燶味", "㶶味")]
    [InlineData("有人将啤酒樽掷落街", "掷落")]
    [InlineData("單車撞親個伯伯", "撞亲")]
    [InlineData("有個醉漢揸住把刀", "揸住")]
    [InlineData("插座突然冒出火花，仲有啪啪声", "火花")]
    [InlineData("货梯门口的推车压到了一个送货员", "压到")]
    [InlineData("倒车的货车把一个保洁员压住了", "压住")]
    [InlineData("快来，老人晕了", "晕了")]
    [InlineData("围墙快倒了", "快倒了")]
    [InlineData("三楼进贼了", "进贼")]
    [InlineData("有个女孩在楼顶边上站着不动", "楼顶边上站")]
    [InlineData("车库里有人在撬车门", "在撬")]
    [InlineData("小孩掉进了检修口，够不着", "掉进了检修口")]
    [InlineData("孩子爬到了路边的变压器上", "孩子爬到了路边的变压器")]
    [InlineData("几个小孩在施工的基坑边上跑", "坑边")]
    [InlineData("小男孩在商场跟妈妈走散了", "走散")]
    [InlineData("有个孩子在窗台上坐着，窗户开着", "窗台上坐")]
    [InlineData("孩子把一枚硬币吞下去了", "吞下")]
    [InlineData("电梯停了，我女儿还在里面", "还在里面")]
    [InlineData("孩子踩到了一根钉子", "钉子")]
    [InlineData("一群孩子在楼顶追逐打闹", "追逐打闹")]
    [InlineData("老人在停车场被车碰倒了", "碰倒")]
    [InlineData("有人从二楼阳台跳下去了", "跳下去")]
    [InlineData("泳池里有个孩子半天没上来", "没上来")]
    [InlineData("停车场有个人倒在地上不动", "不动")]
    [InlineData("三十楼的窗玻璃松了，下面是广场", "松了")]
    [InlineData("雨水顺着灯管往下滴，灯还开着", "顺着灯")]
    [InlineData("电梯上下乱跑，我们在里面出不来", "乱跑")]
    [InlineData("整栋楼停电了，应急灯也不亮，楼梯里都是人", "应急灯")]
    [InlineData("吵架的时候有位阿姨被推倒了", "被推倒")]
    [InlineData("洗衣机外壳一摸就麻", "一摸就麻")]
    [InlineData("阳台上的液化气罐有股臭味", "臭味")]
    [InlineData("车棚那边烟越来越大了", "烟越来越大")]
    [InlineData("有人从楼上丢了个酒瓶下来", "丢了个酒瓶下来")]
    [InlineData("插座那儿冒了个火花，啪的一声", "冒了个火花")]
    [InlineData("Somebody tossed a flower pot off their balcony this morning.", "tossed")]
    [InlineData("A boy is sitting on the window ledge of the 9th floor.", "sitting")]
    [InlineData("Plaster in the corridor just came down.", "came down")]
    [InlineData("A child in the pool went under and has not come up.", "went under")]
    [InlineData("There is a burning smell near the meter.", "burning smell")]
    [InlineData("Nobody has answered the door at 502 for days and the old man lives alone.", "answered the door")]
    [InlineData("My daughter got hurt on the broken slide.", "got hurt")]
    [InlineData("The fire escape at the back of the mall is padlocked.", "padlocked")]
    [InlineData("Two teenagers climbed the crane on the building site next door.", "climbed")]
    [InlineData("对面楼有个女孩站在窗边哭着说要跳下去", "要跳下去")]
    [InlineData("有个人在天台上嚷着要跳，快来人", "要跳")]
    [InlineData("门口有个酒鬼抡着铁棍追保安", "抡着铁棍")]
    [InlineData("有个醉汉在停车场追着业主骂", "醉汉")]
    [InlineData("外墙清洗的吊篮歪了，工人还吊在上面", "吊篮")]
    [InlineData("高空作业的安全绳断了一根", "安全绳断")]
    [InlineData("儿童池里有个小朋友漂在水面上没反应", "漂在水面")]
    [InlineData("真是厉害，3号电梯又把人关在里头了", "把人关在里头")]
    [InlineData("我在电梯里被关了四十分钟，你们人呢", "关了四十分钟")]
    [InlineData("感谢你们，让我们免费体验了一回燃气泄漏", "燃气泄漏")]
    [InlineData("我家宝宝被热水烫着了，附近哪有诊所", "烫着了")]
    [InlineData("厨房煤汽泄露了", "煤汽泄露")]
    [InlineData("前台有位访客突发心脏病倒在沙发上", "心脏病")]
    [InlineData("地下室积水已经漫到配电房了", "配电房")]
    [InlineData("救护车进不来，我爸等着送医", "送医")]
    [InlineData("楼里的紧急呼叫按了半天没人理", "没人理")]
    [InlineData("孩子被关在门外一个多小时，外面下着暴雨", "关在门外")]
    [InlineData("门口的广告牌被吊车撞歪了，半边吊在人行道上方", "吊在人行道上方")]
    [InlineData("早上坡道结冰，一辆车打滑撞上了柱子", "打滑撞上了柱子")]
    [InlineData("装卸区一名搬运工被货车撞了，站不起来", "被货车撞")]
    [InlineData("我婆婆在卫生间摔倒了，我一个人抬不动", "卫生间摔倒")]
    [InlineData("坡道太陡，我爸连人带轮椅翻了", "连人带轮椅翻")]
    [InlineData("天花板在漏水，下方就是插座", "下方就是插座")]
    [InlineData("绿化带里的电线露在外面，孩子们常在那儿玩", "电线露在外")]
    [InlineData("地下室的瓦斯漏了，味道好重", "瓦斯")]
    [InlineData("機房的線路走火了", "走火")]
    [InlineData("我爸在楼梯上摔断了腿", "摔断了腿")]
    [InlineData("小区主路边的树干裂开了，随时会倒", "树干裂开")]
    [InlineData("坡道太滑，停着的车自己往下溜", "往下溜")]
    [InlineData("屋檐上的瓦片松了，下面就是人行道", "下面就是人行道")]
    [InlineData("机房顶上渗水，水滴到了最里面那台配电柜上", "配电柜")]
    [InlineData("隔壁的空调支架锈断了一半，外机一直在晃，底下是小区主路", "支架锈断")]
    [InlineData("招牌只剩两颗螺丝吊着，风一大就晃", "两颗螺丝吊")]
    [InlineData("有个小孩趴在飘窗上往外探出半个身子", "探出半个身子")]
    [InlineData("送货的三轮车在小区里乱窜，刚才刮到了一个老人", "刮到了一个老人")]
    [InlineData("塔吊的钢丝绳断丝了，还在吊钢筋", "钢丝绳断丝")]
    [InlineData("搬运工的脚被货架压住了", "压住")]
    [InlineData("热水锅炉的指针已经过了红线", "红线")]
    [InlineData("路口的井盖被压碎了，车一过就往下陷", "井盖被压碎")]
    [InlineData("阳台的洗衣机外壳摸着有点麻手", "麻手")]
    [InlineData("我奶奶在门口被外卖电动车撞倒了", "撞倒")]
    [InlineData("孩子在台阶上摔破了膝盖，流了不少血", "摔破")]
    [InlineData("车库的承重柱子裂了一道大缝，还在往外渗水", "柱子裂")]
    [InlineData("草丛里有条毒蛇，小朋友们还在附近捉迷藏", "毒蛇")]
    [InlineData("门口那只野狗口吐白沫，到处乱窜", "口吐白沫")]
    [InlineData("仓库的老鼠昨晚咬了值班大爷的脚", "咬了")]
    [InlineData("台风把空调外机吹松了，吊在外墙上摇", "吊在外墙上摇")]
    [InlineData("电梯轿厢的玻璃碎了，还有人在坐", "玻璃碎")]
    [InlineData("楼顶的招牌被风吹得晃来晃去，下面是公交站", "晃来晃去")]
    [InlineData("隔壁那家人放话说要弄死我们全家", "弄死我")]
    [InlineData("有人在信箱里放了恐吓信", "恐吓信")]
    [InlineData("停车场有个男的掐住了保安的脖子", "脖子")]
    [InlineData("门口有人拎着钢管在找人", "拎着钢管")]
    [InlineData("被人用酒瓶砸破了头，血流不止", "砸破了头")]
    [InlineData("物业再这样我真的活不下去了", "活不下去了")]
    [InlineData("他说活着没意思，一个人关在屋里好几天了", "活着没意思")]
    [InlineData("走廊的吸顶灯灯罩里积了水，开关一按就闪", "积了水")]
    [InlineData("单杠的焊点快断了，孩子们还在上面吊着玩", "快断了")]
    public void Immediate_danger_to_people_is_red(string text, string trigger)
    {
        var alert = Analyze(text).Alert;
        alert.Level.ShouldBe("red");
        alert.Reasons.ShouldContain(r => r.Kind == AlertRules.Danger && r.Trigger.Contains(trigger));
    }

    [Theory]
    [InlineData("我们已经组织业主联名了，物业看着办", "联名")]
    [InlineData("全体业主都不满意，准备拉横幅", "拉横幅")]
    [InlineData("业主们准备集体去讨说法", "集体")]
    [InlineData("几十户业主明天一起到物业办公室讨说法", "几十户业主")]
    [InlineData("停车费涨价的事，住户们都签了名，下周交给业委会", "签了名")]
    [InlineData("全体商户决定明天一起停业抗议涨租", "全体商户")]
    [InlineData("我们几户人家约好了，周末一起去售楼处讨个说法", "讨个说法")]
    [InlineData("The residents' committee is organising a petition.", "petition")]
    [InlineData("条幅已经印好了，明天挂到售楼处", "条幅")]
    [InlineData("整栋楼都签了字，要求换电梯", "签了字")]
    [InlineData("业主群里在接龙签名，要求物业公开账目", "接龙签名")]
    [InlineData("有意见的业主明天一起去售楼处", "有意见的业主")]
    [InlineData("这栋楼的租户谁也不续约了", "不续约")]
    [InlineData("再不退钱，我们就去售楼处门口举牌子", "举牌子")]
    [InlineData("我要去你们集团总部门口静坐，直到给我一个说法", "静坐")]
    [InlineData("全楼的租户都在传要一起退租", "一起退租")]
    [InlineData("这个楼层的公司都说了，合同到期全部不续", "合同到期全部不续")]
    [InlineData("如果下周还不修好漏水，我们商户就联合起来不交下个月的管理费。", "联合起来不交")]
    public void Collective_action_is_red(string text, string trigger) =>
        Analyze(text).Alert.Reasons.ShouldContain(r => r.Kind == AlertRules.Collective && r.Trigger.Contains(trigger));

    [Theory]
    [InlineData("楼顶漏水从五月份就报了，现在都十月了，你们还有没有人管？")]
    [InlineData("三个星期了，门禁的事还是没人来看，太过分了")]
    [InlineData("问了又问，就是没人理，气死人了")]
    [InlineData("说好的上门维修，没有一次兑现过，太让人生气了")]
    [InlineData("这是我第三趟跑管理处了，还是没弄好，烦死了")]
    [InlineData("工单填了两张都没人处理，真气人")]
    [InlineData("这个问题年前就反映过，现在还是这样，真无语")]
    [InlineData("我都记不清打了多少次电话了，你们到底管不管")]
    [InlineData("Third time I have reported the broken gate and you keep ignoring me. I am livid.")]
    [InlineData("楼道灯坏了，这已经是第三次报修了，到现在还没人来，太气人了")]
    [InlineData("漏水拖了两个月了还是没修好，你们到底管不管！")]
    [InlineData("反映了好几次一直没人处理，实在忍无可忍")]
    [InlineData("我司会议室漏水已三次返修仍未解决，请贵中心高度重视。")]
    [InlineData("空调问题至今未彻底解决，我们非常不满")]
    [InlineData("The heating has failed for the third time this month. Completely unacceptable!")]
    [InlineData("同样的话我都说了一百遍了，到现在还是没人管，太过分了")]
    [InlineData("I reported the broken heating weeks ago and it is still freezing in here, absolutely ridiculous")]
    [InlineData("前前后后找了你们七八次，问题一点没解决，我受够了")]
    [InlineData("漏水从夏天拖到冬天还是没修，太过分了")]
    [InlineData("投诉了一个多月，一点动静都没有，我真的很生气")]
    [InlineData("半年了，外墙渗水的问题还是老样子，我对你们彻底失望")]
    [InlineData("从去年冬天说到现在，暖气还是不热，我受够了")]
    [InlineData("反反复复修了好多回，还是漏，我对你们彻底没信心了")]
    [InlineData("跟你们说了N次了，到底有没有人管")]
    [InlineData("三个月了，天天打电话天天说马上，马上个鬼")]
    [InlineData("说了多少遍了，垃圾站就是臭，你们就是不管")]
    [InlineData("都快一年了，漏水的事一直拖着，我忍不了了")]
    [InlineData("拖了整整一个季度还没解决，你们到底什么意思")]
    [InlineData("We have been asking for months and it still hasn't been fixed. Ridiculous.")]
    [InlineData("直饮水机上个月就坏了，到现在也没人来修，你们到底管不管？")]
    [InlineData("等了两周都没人来修，气死了")]
    [InlineData("地库里又有人偷电瓶，已经是这个月第四起了，保安到底在干嘛？")]
    [InlineData("楼道灯坏了你们也不修，已经两个月了！")]
    [InlineData("门禁去年就报过，今年又坏了，还是没人理")]
    [InlineData("次次都答应下午来人，可是一个人影都没见着，气人")]
    [InlineData("年年都说要修路，路还是坑坑洼洼，糊弄谁呢")]
    [InlineData("昨天报了今天又报，还要我打电话打到什么时候")]
    [InlineData("水管又漏了，这都是第几回了，烦死了")]
    [InlineData("短信发了一遍又一遍，没有一个人回")]
    [InlineData("搬进来四年了，这个噪音就从来没解决过，真受不了")]
    [InlineData("自从上个月报修到现在，卫生间的水管一直在漏，整整三十天了，你们当我是空气吗")]
    [InlineData("门禁坏了已经四十多天了还没修好，太离谱了")]
    [InlineData("报修记录都能排一页了，水管还是漏")]
    [InlineData("半年了！半年了！车库的灯还是一半不亮")]
    [InlineData("一个多月前就报了，客服说已经派单，结果到现在师傅的影子都没见着")]
    [InlineData("前前后后跑了物业七八趟，问题一个没解决")]
    [InlineData("整整一个季度了，这个问题还挂在那里")]
    [InlineData("从春节后就开始反映，现在都快端午了")]
    [InlineData("不是第一次了，也不是第二次了，你们自己数数")]
    [InlineData("上上周说的事，到今天还是没人来，我真的忍无可忍了")]
    [InlineData("维修完水管后墙上开的洞一直没补，都半个月了，每次打电话都说明天来")]
    [InlineData("单元楼的对讲门铃坏了快一个月了，快递员进不来，老人也听不到，到现在还没人修！")]
    [InlineData("Our shop's rent invoice is wrong again, third month in a row. Please fix it.")]
    [InlineData("客服态度是挺好的，每次都说\"非常抱歉，我们会尽快处理\"，然后就没有然后了。")]
    [InlineData("管家每次都笑着说\"好的好的马上安排\"，我都快被这句话治愈了，可是问题一个都没解决。")]
    [InlineData("佩服佩服，报修单提交了二十天，状态还是\"待派单\"，这效率我服了。")]
    [InlineData("工单提交了二十多天了，一直没人来")]
    [InlineData("物业答应装的楼道扶手，从孩子上幼儿园答应到现在孩子都上小学了。")]
    [InlineData("今年开春就说要补种的树坑，到现在还是一个个光秃秃的土坑，夏天都过完了。")]
    [InlineData("噪音的事反映了整整一个夏天，到现在秋天了，楼下的空调外机还是嗡嗡响。")]
    [InlineData("漏水从装修完就开始，快两年了，找了物业、开发商、施工队，谁都说不是自己的事。")]
    [InlineData("墙上的裂缝去年冬天报的，现在又快冬天了，裂缝越来越大。")]
    [InlineData("保洁打扫楼道这件事，每个月的业主群里都有人提，一年了一点变化都没有。")]
    [InlineData("客服每次都记下来说会转给相关部门，我打了不下五个电话了，没有一个回音。")]
    [InlineData("The lift has broken down three times this week and each time it takes a day to fix.")]
    [InlineData("I have called you four times this week about the leak.")]
    [InlineData("同一屋面防水已维修三次仍漏雨，业主对维修质量极为不满，要求公司领导出面并给出书面整改方案。")]
    [InlineData("我家楼道灯坏了两个月，我已经练成了夜视能力，感谢物业的特训。")]
    [InlineData("物业的工作效率真让人叹为观止，一个灯泡从报修到换好用了二十五天。")]
    [InlineData("报修单提交了二十五天，状态还是待派单。")]
    [InlineData("Well done, property management. Three weeks and the broken gate is still broken. Truly impressive.")]
    [InlineData("This is the fourth email I've sent about the broken intercom. Nobody has replied. I'm done being patient.")]
    [InlineData("My neighbour's renovation crew is drilling at 7am on Sunday again. Third weekend running.")]
    public void Angry_and_repeated_or_long_unresolved_is_red(string text)
    {
        var alert = Analyze(text).Alert;
        alert.Level.ShouldBe("red");
        alert.Reasons.ShouldContain(r => r.Kind == AlertRules.Repeated);
    }

    [Fact]
    public void Counting_how_often_a_thing_happened_is_not_a_repeated_complaint()
    {
        Analyze("小区门口的减速带太高了，底盘刮了好几次").Alert.Reasons.ShouldNotContain(r => r.Kind == AlertRules.Repeated);
        Analyze("空调温度太高，我们多次调节都没用").Alert.Reasons.ShouldNotContain(r => r.Kind == AlertRules.Repeated);
        Analyze("电梯坏了，投诉了好几次都没人管，太气人了").Alert.Reasons.ShouldContain(r => r.Kind == AlertRules.Repeated);
        // How often it happened, and how long the owner has suffered it, are not how often or how long it was reported.
        Analyze("垃圾桶被野猫翻得满地都是，已经好几次了，气死了").Alert.Reasons.ShouldNotContain(r => r.Kind == AlertRules.Repeated);
        Analyze("隔壁装修天天从早吵到晚，我两个月没睡过一个好觉了，烦死了").Alert.Reasons.ShouldNotContain(r => r.Kind == AlertRules.Repeated);
        Analyze("楼上装修已经三十多天了，天天电钻响，烦死了").Alert.Reasons.ShouldNotContain(r => r.Kind == AlertRules.Repeated);
        Analyze("电梯这个月坏了三次了，太气人了").Alert.Reasons.ShouldContain(r => r.Kind == AlertRules.Repeated);
    }

    // The company calling the owner again and again; days or a week of waiting (a complaint, not long unresolved).
    [Theory]
    [InlineData("你们的回访电话太多了，一个小问题打了三次电话来问满不满意。")]
    [InlineData("催费电话一天打三次，我又没说不交")]
    [InlineData("前几天报修的热水器，到现在还没人来，麻烦催一下")]
    [InlineData("管家答应回电话，结果一周都没消息。")]
    [InlineData("楼道太脏了，保洁能不能每天多打扫几次？")]
    [InlineData("我住了一年了，还是不太习惯这里的垃圾分类")]
    [InlineData("跑了好几趟健身房，都没排上跑步机，能不能多买两台")]
    [InlineData("装修了二十多天还没装完，邻居挺包容的")]
    [InlineData("I have lived here for three months and still love it.")]
    [InlineData("电梯三天两头坏，今天又停了，还让不让人上班了")]
    [InlineData("保安大哥晚上巡逻挺勤快的，俺看见好几回了。")]
    [InlineData("我家孩子第三次在小区游泳池上课了，教练和救生员都很负责。")]
    [InlineData("小区里的僵尸车停了一年多了，占着车位也没人清理。")]
    [InlineData("物业终于想起我们了？路灯坏了半年，今天终于修好了，值得放鞭炮庆祝一下。")]
    [InlineData("我们公司今年第四次续签写字楼的租约了，一直合作愉快。")]
    [InlineData("我已经记不清这是第几次夸你们了，服务一直这么好。")]
    [InlineData("I went to the gym three times this week, love the new machines.")]
    public void Calls_from_the_company_and_a_short_wait_are_not_a_repeated_complaint(string text) =>
        Analyze(text).Alert.Reasons.ShouldNotContain(r => r.Kind == AlertRules.Repeated);

    [Theory]
    [InlineData("物业什么时候组织业主开会？好多事情要商量。")]
    [InlineData("社区组织业主参观垃圾分类站，挺有意思的")]
    [InlineData("停车场的收益属于全体业主，请公示")]
    public void The_company_bringing_owners_together_is_not_collective_action(string text) =>
        Analyze(text).Alert.Reasons.ShouldNotContain(r => r.Kind == AlertRules.Collective);

    [Fact]
    public void Owners_organising_themselves_is_collective_action() =>
        Analyze("再不解决，我就组织业主去住建局").Alert.Reasons.ShouldContain(r => r.Kind == AlertRules.Collective && r.Trigger == "组织业主");

    [Fact]
    public void Many_owners_doing_something_is_not_collective_action()
    {
        var text = "快递柜总是满的，大家都只能把快递放在门卫那里";
        Analyze(text).Alert.Reasons.ShouldNotContain(r => r.Kind == AlertRules.Collective);
        AlertRules.HasCollectiveMarker(TextNormalizer.Normalize(text)).ShouldBeTrue();
    }

    [Fact]
    public void Fire_lane_blocked_is_red_only_with_danger_to_people()
    {
        Analyze("消防通道停满了车，救护车都进不来").Alert.Level.ShouldBe("red");
        Analyze("消防通道里有几个纸箱，麻烦清一下").Alert.Level.ShouldNotBe("red");
        Analyze("巡查发现：地下车库C区消防通道被两辆私家车占用，已联系车主挪车。").Alert.Level.ShouldNotBe("red");
        Analyze("疏散通道的门被锁上了，商场里全是人，出了事谁负责").Alert.Level.ShouldBe("red");
        Analyze("安全出口被锁了，里面有上百人在开会").Alert.Level.ShouldBe("red");
        Analyze("楼梯间的疏散通道堆满了旧家具，着了火谁都跑不掉").Alert.Level.ShouldBe("red");
        Analyze("消防通道堆了几箱矿泉水，麻烦挪一下").Alert.Level.ShouldNotBe("red");
        Analyze("仓库的安全出口被货物堵死了，里面还有三十多名员工在上夜班").Alert.Level.ShouldBe("red");
        Analyze("平时服务不错，谢谢。不过疏散通道现在被三轮车堵了，里面的人出不来").Alert.Level.ShouldBe("red");
        Analyze("上次消防通道被堵，你们很快就清理了，谢谢").Alert.Level.ShouldNotBe("red");
    }

    [Fact]
    public void A_threat_said_as_a_hypothetical_is_still_red() =>
        Analyze("如果再不修我就打12345").Alert.Level.ShouldBe("red");

    [Theory]
    [InlineData("检查过了，没有漏电，就是插座松了，麻烦来紧一下")]
    [InlineData("电梯没有困人，只是门关得有点慢")]
    [InlineData("小区公告：请勿高空抛物，违者追责")]
    [InlineData("麻烦提醒一下楼上的住户，不要往楼下扔烟头")]
    public void Negated_danger_is_not_red(string text) => Analyze(text).Alert.Level.ShouldNotBe("red");

    [Theory]
    [InlineData("大堂地面拖完湿漉漉的也不放警示牌，差点滑倒")]
    [InlineData("楼梯上有油，我差点滑了一跤，麻烦拖一下")]
    [InlineData("门口的地垫翘起来了，险些绊倒")]
    [InlineData("扶梯口地上有水，怕有人滑倒，麻烦拖一下")]
    [InlineData("我的车在地库被划伤了，监控能查一下吗")]
    [InlineData("出地库天天排队二十分钟，气得我想撞墙")]
    [InlineData("商场的旋转门转得太快，好几次差点夹到人")]
    public void A_near_fall_or_a_scratch_is_a_complaint_not_a_red(string text) => Analyze(text).Alert.Level.ShouldNotBe("red");

    [Fact]
    public void A_change_of_management_company_told_as_past_is_not_a_threat()
    {
        Analyze("这次换物业公司以后，小区变化挺大的，干净多了").Alert.Level.ShouldNotBe("red");
        Analyze("再这样下去我们就换物业").Alert.Level.ShouldBe("red");
    }

    [Theory]
    [InlineData("When is the next fire drill? Does everyone need to join?")]
    [InlineData("The smoke detector in my flat keeps beeping, is the battery low?")]
    [InlineData("消防演练是哪天，需要全员参加吗")]
    [InlineData("明天上午十点消防演练，警铃会响，请大家不要惊慌")]
    [InlineData("烟感报警器今天下午检测，会响几声，请知悉")]
    [InlineData("业主签名确认装修方案需要带什么材料？")]
    [InlineData("在今日头条上看到咱们小区的报道了，挺好")]
    [InlineData("楼下烧烤店一股烟味飘上来，麻烦跟店家说说")]
    [InlineData("孩子在楼下玩到很晚，睡着了才抱回家")]
    [InlineData("商场下沉广场的灯坏了两盏，麻烦换一下")]
    [InlineData("业主咨询：小区是否配备了急救药箱，放在什么位置？")]
    [InlineData("楼上装修太吵了，头都要炸裂了")]
    [InlineData("手机掉进马桶了，能帮忙疏通一下吗")]
    [InlineData("走廊的烟雾报警器一直闪红灯，是不是没电了")]
    [InlineData("明天上午进行火灾应急演练，听到警报请有序疏散")]
    [InlineData("厨房水管爆裂了，总阀已经关了，麻烦明天派师傅来换")]
    [InlineData("看到公告物业费明年要调整，想问下调多少")]
    [InlineData("我去告诉保安一声，让他们把门开一下")]
    [InlineData("致管理处：地下车库有积水，请贵处安排排查处理，并于本周内回复。")]
    [InlineData("小区里的路灯坏了两盏，麻烦修一下")]
    [InlineData("谁家的狗把垃圾袋咬破了，撒了一楼道，麻烦保洁清一下")]
    [InlineData("维修人员入室前请穿鞋套，谢谢")]
    [InlineData("小区留言板上有人贴小广告")]
    [InlineData("业主来电：5位业主反映3号楼电梯按钮失灵，请安排维修。")]
    [InlineData("Is the tennis court open on Sundays?")]
    [InlineData("我有心脏病，电梯坏了爬楼很吃力，希望快点修好")]
    [InlineData("律师楼的租户想问下会议室怎么预约")]
    [InlineData("这次的业主大会有几十户业主参加，很热闹")]
    [InlineData("家里的热水器打火有点慢")]
    [InlineData("The fire alarm test is on Monday at 10am.")]
    [InlineData("业主来电：反映家中燃气灶点火后有黄色火焰，怀疑燃气管道有问题，请安排燃气公司上门检查。")]
    [InlineData("致管理处：大厦地下车库B区长期有积水，请贵处安排处理。")]
    [InlineData("街道办组织的社区活动很有意思")]
    [InlineData("居委会今天开展了防诈骗宣传，讲得很实用")]
    [InlineData("我想了解一下12345热线的服务时间")]
    [InlineData("请问报警电话是多少？我想存一下")]
    [InlineData("请问高空抛物的监控摄像头装在哪里？")]
    [InlineData("楼道里的烟雾报警器一直在响，也没看到烟，是不是坏了？")]
    [InlineData("报社的记者来小区采访垃圾分类，大家表现很好")]
    [InlineData("物业费交了，服务却一年不如一年")]
    [InlineData("灭火器的压力表指针在红区了，是不是该换了")]
    [InlineData("門崗保安晚上都在睡覺，叫都叫不醒")]
    [InlineData("有人尾随进单元门，请相关人员处理一下")]
    [InlineData("电视台来小区拍垃圾分类的节目，大家都很配合，物业组织得好")]
    [InlineData("请每天发一下巡查日报表")]
    [InlineData("楼下邻居嫌我家孩子吵，天天拿棍子敲天花板")]
    [InlineData("手机卡住了，app打不开报修页面")]
    [InlineData("请工程部跟踪处理，谢谢")]
    [InlineData("保安站在门口一动不动，也不帮忙搬东西")]
    [InlineData("物业挂了一条宣传条幅，挺喜庆的")]
    [InlineData("这事气得我直冒火，三天了没人回")]
    [InlineData("装修押金什么时候退还？")]
    [InlineData("请问12369是什么热线？")]
    [InlineData("物业费可以在公证处提存吗？我想了解一下流程")]
    [InlineData("消防门锁坏了，关不严，麻烦修一下")]
    [InlineData("老人用呼吸机需要长期用电，停电前能否提前通知？")]
    [InlineData("我的车位被抢了，能不能帮忙看看")]
    [InlineData("电梯困人演练将于周三上午进行，届时请勿惊慌。")]
    [InlineData("请问119和110有什么区别？")]
    [InlineData("小区消防演练，119消防车来了，孩子们很兴奋")]
    [InlineData("消费者权益日物业搞的活动挺好")]
    [InlineData("我不会再忘记交物业费了，谢谢提醒")]
    [InlineData("环保局今天来检查垃圾分类，物业准备得很充分")]
    [InlineData("质监局来年检电梯，请大家配合")]
    [InlineData("有人把车卡在道闸下面了，出不去")]
    [InlineData("我住院了，物业费能晚点交吗")]
    [InlineData("请问电梯困人的时候应该按哪个按钮求救？")]
    [InlineData("上次家里漏电，电工半小时就来了，处理得很好。")]
    [InlineData("电梯关着门，一直不开")]
    [InlineData("停电检修期间，物业为使用呼吸机的住户准备了发电机，已确认正常供电。")]
    [InlineData("120平米的房子物业费一个月多少？")]
    [InlineData("110平米的房子物业费一个月多少？")]
    [InlineData("我家是110号，快递老送错")]
    [InlineData("小区游乐场的秋千链子断了一根，孩子差点摔下来，幸好家长在旁边扶住了。")]
    [InlineData("孩子放学回家，发现楼下的自行车不见了")]
    [InlineData("开会的时候有人推门进来找人，前台也不拦一下")]
    [InlineData("城管今天来清走了门口的小摊，路通畅多了")]
    [InlineData("市场监管局明天上午来写字楼检查电梯，请各公司知悉")]
    [InlineData("派出所民警来小区开了防诈骗讲座")]
    [InlineData("律师事务所租了我们楼的9层，请问他们的访客怎么登记？")]
    [InlineData("地库的排风扇一直滋滋响，能不能修一下")]
    [InlineData("空调外机的支架生锈了，能不能刷个漆")]
    [InlineData("物业发的防溺水宣传单挺实用的")]
    [InlineData("地下室的排风扇坏了，里面闷得喘不过气")]
    [InlineData("请问清明节小区里可以烧纸吗？")]
    [InlineData("在物业的抖音号上看到了新春活动，孩子很想参加")]
    [InlineData("微博上说明天有台风，物业有没有准备沙袋？")]
    [InlineData("健身房的年卡不想续了，剩下两个月能退钱吗？")]
    [InlineData("政府补贴的加装电梯项目，咱们小区什么时候报名？")]
    [InlineData("法院的人来送达文书，保安不让进，该怎么处理？")]
    [InlineData("派出所户籍科的电话是多少？孩子要办身份证")]
    [InlineData("夏天保安站岗很辛苦，建议给岗亭装个空调，别中暑了")]
    [InlineData("空调一直不制冷，办公室30多度，人都要中暑了")]
    [InlineData("台风把一棵树刮倒了，压在路中间，请尽快处理")]
    [InlineData("电视台的民生栏目来小区拍了垃圾分类，我们小区上镜了")]
    [InlineData("物业组织全楼的人拉横幅庆祝小区获得文明小区称号")]
    [InlineData("My solicitor needs a copy of the tenancy agreement, who should I ask?")]
    [InlineData("台阶结冰了，建议撒点盐，今天还没人摔倒")]
    [InlineData("12345回访了，问题已经解决，谢谢")]
    [InlineData("请问小区可以烧树叶吗")]
    [InlineData("写字楼组织了心肺复苏培训，大家学得很认真")]
    [InlineData("律师函的格式能不能发我一份？我们公司法务要用")]
    [InlineData("法院的调解员来小区调解了邻里纠纷，效果不错")]
    [InlineData("雨天踩踏地砖会溅水，希望整修")]
    [InlineData("住建委发了新的物业服务标准，请问咱们小区什么时候执行？")]
    [InlineData("人民网报道了我们小区的垃圾分类经验")]
    [InlineData("信访办在哪个位置？我去办点别的事")]
    [InlineData("集体户口的事情该找谁？")]
    [InlineData("巡查发现：小区北侧挡土墙有少量杂草，已安排清理。")]
    [InlineData("我们公司法务要一份物业服务合同的扫描件")]
    [InlineData("配电室门口的积水已经抽干了")]
    [InlineData("排烟口有点黑烟味，麻烦看看油烟机")]
    [InlineData("空调炸了个保险，师傅说换一下就好")]
    [InlineData("快递箱压在车底下了，帮忙拿一下")]
    [InlineData("上个月车位的地锁被人撬了，希望加强巡逻")]
    [InlineData("卫生间的防跌落扶手已经装好了，老人用着很方便")]
    [InlineData("楼上蹦迪，我家的吊灯都在晃，能不能去说一下")]
    [InlineData("车里有人吗？麻烦挪一下车")]
    [InlineData("@全体业主 下周三小区停水，请提前储水")]
    [InlineData("我搬来已经三个月了，这里环境很好")]
    [InlineData("猫在树上下不来了，能帮忙吗")]
    [InlineData("装修工人都系了安全绳，物业监督得很到位")]
    [InlineData("物业的回复让我气得说不出话")]
    [InlineData("我们不打算找律师，只希望物业给个解释")]
    [InlineData("虽然上回漏电的事你们处理得很快，但楼道的灯还是不亮")]
    [InlineData("在朋友圈里看到小区的樱花开了")]
    [InlineData("水面上漂着很多落叶，麻烦捞一下")]
    [InlineData("在楼道用酒精炉是不是违规的？")]
    [InlineData("纪检的同志来社区做了廉政宣讲")]
    [InlineData("社区办事处发了通知，下周三打疫苗")]
    [InlineData("邻居家走失的猫今天自己跑回来了")]
    [InlineData("我家的狗走失了两天，今天被保安找到了")]
    [InlineData("有人躺在马路边的长椅上晒太阳")]
    [InlineData("The tap is a bit loose, could someone tighten it?")]
    [InlineData("值班的保安在睡觉，叫都叫不醒")]
    [InlineData("我们请了律师办过户，需要物业开证明")]
    [InlineData("大堂的媒体墙不亮了")]
    [InlineData("全体租户欢迎新来的物业经理")]
    [InlineData("几十户业主联合举办了中秋晚会，很热闹")]
    [InlineData("孩子坐车晕了，想问问附近有没有药店")]
    [InlineData("小孩从滑梯上滑下来，玩得很开心")]
    [InlineData("游乐场的滑梯被晒得很烫，孩子滑下来直喊烫，能不能装个遮阳棚？")]
    [InlineData("维修师傅进了机房半天没出来，是在忙吗")]
    [InlineData("Thanks to the man sharpening knives at the gate today.")]
    [InlineData("一氧化碳报警器装在厨房哪个位置比较好？")]
    [InlineData("从市长信箱的回复里看到了新政策，物业能讲讲吗")]
    [InlineData("隔壁装修在砸门框，能不能别在午休时间")]
    [InlineData("湖边的长椅坏了，没人管")]
    [InlineData("元旦能不能在小区广场办个篝火晚会？")]
    [InlineData("燃气费的账单什么时候出？")]
    [InlineData("社保停缴证明能在物业开吗")]
    [InlineData("政府热线的电话号码是多少？")]
    [InlineData("每年都说要改进服务，今年确实改好了，点赞")]
    [InlineData("还要我报名吗？活动表格在哪里领")]
    [InlineData("孩子被暖气片烫到了一下，没事，能不能加个罩子")]
    [InlineData("烫伤膏小区便利店有卖吗")]
    [InlineData("电梯里关了半个小时的灯，能不能装个感应开关")]
    [InlineData("感谢物业让我们免费体验了一次插花课")]
    [InlineData("家里老人有心脏病，希望电梯能尽快修好")]
    [InlineData("管委会发布的停车新规什么时候执行")]
    [InlineData("紧急呼叫按钮按了一下就来人了，很及时，谢谢")]
    [InlineData("钥匙忘带被锁在门外了，管家帮忙开的门，谢谢")]
    [InlineData("小区门口的道闸被车撞了，什么时候修")]
    [InlineData("我停在楼下的车被别的车撞了，监控能调一下吗")]
    [InlineData("市府发布的新政策物业会执行吗")]
    [InlineData("树枝断了一根，已经被园林师傅清走了，谢谢")]
    [InlineData("孩子们在滑梯上往下溜，玩得很开心")]
    [InlineData("消防演练的时候电线走火是模拟的吗")]
    [InlineData("倒车的时候蹭到人家的车了，想问问监控能不能调")]
    [InlineData("我家孩子喜欢趴在窗边看风景，窗户有限位器，很放心")]
    [InlineData("草坪上打了药也不拉警戒线，我家狗吃了草口吐白沫")]
    [InlineData("孩子们在旁边看园林师傅抓到的那条小蛇，师傅说没毒")]
    [InlineData("公园的秋千被孩子们荡得晃来晃去，真热闹")]
    [InlineData("Do you know if the emergency exit door is locked after 10pm?")]
    [InlineData("The kids loved climbing the rope frame at the new playground.")]
    [InlineData("灯罩里积了好多灰，能擦一下吗")]
    [InlineData("今天热得不想活了，空调什么时候修好")]
    [InlineData("弄死蟑螂的药物业有没有统一发")]
    [InlineData("新年联欢会上孩子们举着标语跑步")]
    [InlineData("女儿嚷着要跳绳，活动室能借吗")]
    [InlineData("孩子说要往下跳水，跳台开不开")]
    [InlineData("麻烦把停水通知贴到业主论坛上")]
    [InlineData("外墙清洗的吊篮收起来了，谢谢")]
    public void Drills_safety_equipment_and_other_look_alikes_of_a_trigger_are_not_red(string text) => Analyze(text).Alert.Level.ShouldNotBe("red");

    [Theory]
    [InlineData("上次困人你们来得很快，谢谢")]
    [InlineData("上回电梯困人，保安十分钟就把我救出来了，非常感谢")]
    [InlineData("Thank you for evacuating everyone so quickly during the fire last month.")]
    [InlineData("The lift got stuck last week but they fixed it fast, thank you.")]
    [InlineData("电梯困人了但保安很快就把我们救出来了，谢谢")]
    public void Past_danger_in_a_thankful_message_is_not_red(string text)
    {
        var result = Analyze(text);
        result.Alert.Level.ShouldNotBe("red");
        result.Polarity.Label.ShouldBe("positive");
    }

    [Theory]
    [InlineData("维修师傅上门很快，修得很好，谢谢！", "none")]
    [InlineData("请问物业费可以用微信交吗？", "none")]
    [InlineData("楼道灯不亮了，麻烦修一下", "blue")]
    [InlineData("垃圾桶满了好几天都没人清，太让人失望了，你们到底管不管？", "yellow")]
    [InlineData("这个师傅手艺真好，瓷砖补得一点看不出来。", "none")]
    [InlineData("楼道的墙面翻新后刷得很平整，颜色也好看。", "none")]
    public void The_calm_levels_follow_the_feeling(string text, string level) => Analyze(text).Alert.Level.ShouldBe(level);

    [Fact]
    public void An_English_complaint_without_a_trigger_is_not_red() =>
        Analyze("My neighbour's dog barks all day. Please do something.").Alert.Level.ShouldBeOneOf("yellow", "blue");

    [Theory]
    [InlineData("收到")]
    [InlineData("好的，知道了")]
    [InlineData("嗯嗯，明白了！")]
    [InlineData("OK")]
    [InlineData("无")]
    [InlineData("没什么意见。")]
    [InlineData("暂无")]
    [InlineData("No comment")]
    [InlineData("问卷意见：无。")]
    [InlineData("其他建议: 暂无")]
    public void A_reply_that_only_acknowledges_is_neutral_with_no_alert(string text)
    {
        var result = Analyze(text);
        result.Polarity.Label.ShouldBe("neutral");
        result.Alert.Level.ShouldBe("none");
        result.Category.Key.ShouldBe("other");
    }

    [Theory]
    [InlineData("好的，谢谢你们", "positive")]
    [InlineData("收到，但是到现在还没人来修", "negative")]
    [InlineData("问卷意见：无法接受物业费上涨", "negative")]
    public void An_acknowledgement_with_more_to_say_is_read_by_the_models(string text, string polarity) =>
        Analyze(text).Polarity.Label.ShouldBe(polarity);

    [Theory]
    [InlineData("服务很及时，师傅也很专业", 2, 0)]
    [InlineData("处理得不及时，也不专业", 0, 2)]
    [InlineData("很不满意", 0, 1)]
    [InlineData("晚上一点都不吵，满意", 1, 0)]
    [InlineData("好的，明天上午九点到", 0, 0)]
    [InlineData("I'm not happy, the cleaners were rude", 0, 2)]
    [InlineData("The repair wasn't quick and the staff weren't friendly", 0, 2)]
    [InlineData("Please notice the lovely garden", 1, 0)]
    [InlineData("经理上门道歉了，这个处理我接受", 1, 0)]
    [InlineData("这种处理结果我们无法接受", 0, 1)]
    [InlineData("水电维修都很及时，没有什么不满意的", 1, 0)]
    [InlineData("没啥不满意", 0, 0)]
    [InlineData("这一年服务明显进步了，报修都能很快解决", 2, 0)]
    [InlineData("Good service overall, but the gym is not good enough", 1, 1)]
    public void Sentiment_words_count_after_negation(string text, int praise, int complaint) =>
        SentimentLexicon.Count(TextNormalizer.Normalize(text)).ShouldBe((praise, complaint));

    [Theory]
    [InlineData("保安可真“敬业”，值班的时候睡得比谁都香。", 1)]
    [InlineData("客服态度\"真好\"，我说一句她怼三句。", 1)]
    [InlineData("楼下新开的店叫“老王面馆”，味道不错。", 0)]
    [InlineData("他说\"明天来修\"，结果一直没来，太不负责了", 0)]
    [InlineData("I'm not sure it's \"fixed\" yet.", 0)]
    public void Praise_in_quotation_marks_is_counted_as_mockery(string text, int quoted) =>
        SentimentLexicon.ScareQuoted(text).ShouldBe(quoted);

    [Fact]
    public void Mock_praise_in_quotation_marks_is_a_complaint()
    {
        var result = Analyze("这物业费交得真值，交完以后我就每天在群里看你们发的\"温馨提示\"。");
        result.Polarity.Label.ShouldBe("negative");
        result.Alert.Level.ShouldNotBe("none");
    }

    [Theory]
    [InlineData("物业把地库的积水问题彻底解决了，下雨天停车再也不用踩水，很贴心")]
    [InlineData("以前小区晚上黑乎乎的，现在路灯全亮了，给物业点个赞")]
    [InlineData("门岗查得严，外卖都进不来，但是我们住着放心，谢谢保安")]
    public void Praise_that_names_a_usual_problem_is_positive_with_no_alert(string text)
    {
        var result = Analyze(text);
        result.Polarity.Label.ShouldBe("positive");
        result.Alert.Level.ShouldBe("none");
    }

    [Theory]
    [InlineData("真是谢谢你们了，漏水一个月没人管，明天我就找记者")]
    [InlineData("服务很好是吧？再不修电梯我就打12345")]
    public void Thanks_and_praise_words_in_a_threat_do_not_hide_the_red(string text) =>
        Analyze(text).Alert.Level.ShouldBe("red");

    [Fact]
    public void A_lawyer_at_a_community_event_is_not_a_threat() =>
        Analyze("小区的律师咨询活动很实用，希望多办").Alert.Level.ShouldNotBe("red");

    [Fact]
    public void Traditional_Chinese_is_read_like_Simplified()
    {
        var result = Analyze("電梯困人了！！快來人");
        result.Traditional.ShouldBeTrue();
        result.Alert.Level.ShouldBe("red");
        result.Category.Key.ShouldBe("emergency");
        TextNormalizer.Normalize("電梯壞了，還沒修").ShouldBe("电梯坏了,还没修");
        TextNormalizer.Normalize("廁所的護欄鬆了，外牆瓷磚脫落").ShouldBe("厕所的护栏松了,外墙瓷砖脱落");
        Analyze("商場四樓的玻璃護欄鬆了，小孩子靠在上面玩").Alert.Reasons.ShouldContain(r => r.Kind == AlertRules.Danger);
        // Characters beyond the hand-picked table, and ones Simplified text uses too, which stay as they are.
        TextNormalizer.Normalize("門夾到手，噴水，鄰居囂張").ShouldBe("门夹到手,喷水,邻居嚣张");
        TextNormalizer.Normalize("效果显著，乾坤").ShouldBe("效果显著,乾坤");
        Analyze("效果显著").Traditional.ShouldBeFalse();
    }

    [Fact]
    public void A_reason_is_the_longest_trigger_that_matches_where_the_first_one_starts()
    {
        // Several branches match at 摔 and at 1; the reader is shown the longest, whichever chunk of the rules holds it.
        Analyze("商场二楼有个小孩从扶梯上摔下来了，头在流血").Alert.Reasons.Select(r => r.Trigger).ShouldContain("摔下来");
        Analyze("业主投诉：物业长期不作为，已向区住建局及12345热线投诉。").Alert.Reasons.Select(r => r.Trigger).ShouldBe(["住建局", "12345热线"]);
    }

    [Theory]
    [InlineData("再这样下去，我就去政务服务热线投诉", "政务服务热线")]
    [InlineData("电梯的事我已经报给网格员了，他说会往上反映", "报给网格员")]
    [InlineData("我把你们乱收停车费的证据都整理好了，准备交给物价部门", "交给物价部门")]
    [InlineData("再不修我就打12345，电话是多少", "12345")]
    [InlineData("再不修我就打12345还是12319，你们自己选", "12345")]
    [InlineData("物业不给说法，我们就去开发商总部闹", "去开发商总部闹")]
    [InlineData("我们准备开业主大会把你们炒了", "开业主大会把你们炒")]
    [InlineData("再这样下去大家就把物业换了", "把物业换了")]
    [InlineData("你们这帮人什么态度，我要投诉到集团", "投诉到集团")]
    [InlineData("业委会已经发了公告，号召大家暂缓缴纳物业费", "暂缓缴纳物业")]
    [InlineData("业主代表明天约了街道的领导", "约了街道的领导")]
    [InlineData("这个投诉我会一直往上打，打到你们总部老板接电话为止。", "一直往上打")]
    [InlineData("I'm going to post the video of your guard sleeping on duty on Xiaohongshu.", "post the video of your guard sleeping on duty on xiaohongshu")]
    [InlineData("你们再这样敷衍，我就把和管家的聊天记录截图发到业主大群里，让大家评评理。", "发到业主大群里，让大家评评理")]
    public void Hotlines_grid_workers_regulators_the_head_office_and_an_owners_meeting_to_dismiss_the_company_are_escalation(string text, string trigger)
    {
        var alert = Analyze(text).Alert;
        alert.Level.ShouldBe("red");
        alert.Reasons.ShouldContain(r => r.Kind == AlertRules.Escalation && r.Trigger == trigger);
    }

    [Theory]
    [InlineData("网格员今天来小区登记流动人口，请大家配合")]
    [InlineData("物业服务热线是多少？")]
    [InlineData("政务服务热线的电话是多少？我想问社保的事")]
    [InlineData("12345热线的号码是什么？我想查公积金")]
    [InlineData("办居住证应该打12345还是12348？")]
    [InlineData("业主大会什么时候开？想了解一下流程")]
    [InlineData("我是租户，房东一直不交物业费，物业就停了我们的门禁卡")]
    [InlineData("公司总部在哪里？我想寄个快递")]
    [InlineData("暂缓缴纳物业费需要什么手续？家里经济困难")]
    [InlineData("街道的领导今天来小区检查垃圾分类，物业配合得很好")]
    [InlineData("合同到期后我们想续租，需要提前多久说？")]
    [InlineData("我们公司打算退租，押金怎么退？")]
    [InlineData("我在黑猫投诉上看到别的小区的案例，想问问咱们这边物业费多收了怎么退？")]
    [InlineData("我是做律师的，想咨询一下小区公共收益的账目可以在哪里查？")]
    [InlineData("12315的宣传海报贴在电梯里挺好的，大家都能看到。")]
    [InlineData("哈哈，今天电梯居然没坏，值得发个朋友圈庆祝一下。")]
    [InlineData("I will share the photos of the garden party on social media, thanks all!")]
    [InlineData("我在法院上班，经常加班到很晚，晚上十一点以后北门还能刷卡进吗？")]
    [InlineData("记者朋友来我家做客，夸我们小区绿化好，哈哈。")]
    [InlineData("我女儿在律所实习，想问下小区有没有安静一点的自习室？")]
    [InlineData("市场监督管理局来检查电梯，物业全程配合，检查结果都合格。")]
    [InlineData("我表哥在电视台上班，说想来拍拍咱小区的垃圾分类，物业同意不？")]
    [InlineData("The local TV station filmed our garden for a gardening show, so cool!")]
    [InlineData("Our lawyer asked for a copy of the lease, could you email it to us?")]
    [InlineData("Can residents start a petition for more bike parking? How does it work?")]
    public void A_grid_worker_at_work_and_the_company_hotline_are_not_escalation(string text) =>
        Analyze(text).Alert.Level.ShouldNotBe("red");

    // The alert model has read only a few hundred English messages and may still call these red on their words; the
    // rules must not.
    [Theory]
    [InlineData("We'll be posting photos of the lantern festival on Weibo tonight.")]
    [InlineData("I'll post the photos of the lantern festival on WeChat moments.")]
    public void Photos_of_a_festival_posted_online_are_not_escalation(string text) =>
        Analyze(text).Alert.Reasons.ShouldNotContain(r => r.Kind == AlertRules.Escalation);

    [Theory]
    [InlineData("冷库的氨气报警器该年检了吧？")]
    [InlineData("氨气的味道是从垃圾站飘过来的吗？上周清理完就没有了")]
    [InlineData("快递员问我住哪，我一下子也说不清门牌号")]
    [InlineData("好几个人说头晕是因为天太热了吗？空调能开大点吗")]
    public void Gas_alarms_and_a_forgotten_door_number_are_not_dangers(string text) =>
        Analyze(text).Alert.Level.ShouldNotBe("red");

    [Theory]
    [InlineData("玻璃杯掉下来摔碎了，我自己扫了")]
    [InlineData("屋檐下的冰溜子越挂越长，能不能找人敲掉？")]
    [InlineData("热水器喷头出水太小了，洗澡很不方便")]
    [InlineData("隔壁大爷出门旅游了，托我帮他收一个礼拜的报纸。")]
    [InlineData("楼顶的太阳能板多久清洗一次？")]
    [InlineData("我去加油站拿了桶汽油回来给割草机用")]
    [InlineData("商场的保安巡逻时对顾客态度很好，还帮一位老人找到了走散的孙子。")]
    [InlineData("楼梯扶手上的漆掉了，摸着有点扎手，能不能重新刷一下？")]
    [InlineData("我婆婆扶着扶手下楼，差点栽下去，扶手能不能加固一下？")]
    [InlineData("其他意见：健身区的器材生锈了，孩子玩的时候容易划伤手。")]
    [InlineData("清明节快到了，小区里有没有指定的地方可以烧纸？")]
    [InlineData("电梯门关得有点慢，每次都要等好久，能不能调一下？")]
    [InlineData("外墙清洗工人都系了安全绳，挺规范的")]
    [InlineData("车里的孩子睡着了，我开着空调在旁边等他醒")]
    [InlineData("请问锅炉房今年什么时候开始供暖？")]
    [InlineData("园区化学品仓库的出入登记表格能不能简化一下？")]
    [InlineData("物业组织的急救培训很实用，学会了心肺复苏。")]
    [InlineData("如果以后电梯困人，应该按哪个按钮？")]
    [InlineData("小区里有只流浪猫受伤了，谁能帮忙送去宠物医院？")]
    [InlineData("家里的老人摔了一跤，还好没事，想问问物业有没有上门量血压的服务？")]
    [InlineData("物业费一分不少，服务打了骨折，这性价比真是绝了。")]
    [InlineData("商场影院的安全出口指示牌有一个不亮了，麻烦换一下。")]
    [InlineData("厂房里的行车今天维保，下午两点前不能用，请各车间注意安排。")]
    [InlineData("商场中庭的吊饰好漂亮，是哪家公司做的？")]
    [InlineData("孩子坐在地上玩积木，保洁阿姨还特意给拿了个垫子")]
    [InlineData("我们挨个试了一遍门禁卡，都刷不开，麻烦看一下")]
    [InlineData("小区的冰溜子物业都提前敲掉了，走路放心多了。")]
    [InlineData("暖气片放气的时候热水喷了一点出来，没事，就是地板湿了。")]
    [InlineData("春节期间小区哪里可以放烟花？")]
    [InlineData("限高杆的高度是多少？我的车2.1米能进吗")]
    [InlineData("电梯里面有2个广告屏一直在放声音")]
    [InlineData("小区里有人半夜砸车窗，已经好几辆车被砸了，保安一个都没抓到，今晚我自己守着。")]
    [InlineData("My key got stuck inside the lock.")]
    public void A_glass_a_height_limit_and_a_lift_screen_named_calmly_are_not_dangers(string text) =>
        Analyze(text).Alert.Reasons.ShouldNotContain(r => r.Kind == AlertRules.Danger);

    [Theory]
    [InlineData("宝宝在车上睡着了，我在旁边看着")]
    [InlineData("车找着了，原来停在B区")]
    [InlineData("孩子的玩具锁在车里了，能帮忙开一下吗")]
    [InlineData("车里锁着孩子的书包，钥匙丢了")]
    public void Asleep_found_or_locked_in_a_car_is_not_a_fire_or_a_child_shut_in(string text) =>
        Analyze(text).Alert.Reasons.ShouldNotContain(r => r.Kind == AlertRules.Danger);

    [Fact]
    public void A_stove_flame_that_burns_yellow_or_low_is_a_repair_not_a_fire()
    {
        Analyze("燃气灶火苗发黄，是不是要清洗一下灶头了？").Alert.Level.ShouldNotBe("red");
        Analyze("燃气灶的火苗一直很小，麻烦来看看").Alert.Level.ShouldNotBe("red");
        Analyze("燃气灶的火苗窜出来，把抽油烟机烧黑了").Alert.Reasons.ShouldContain(r => r.Trigger == "火苗");
        // The alert model does not read the 着火 of a stove that will not light.
        AlertRules.Misread.Match(TextNormalizer.Normalize("燃气灶打不着火了")).Value.ShouldBe("打不着火");
        // Nor a swing that swings; a swing's broken chain is still read by the rules.
        AlertRules.Misread.Match(TextNormalizer.Normalize("公园的秋千被孩子们荡得晃来晃去，真热闹")).Value.ShouldBe("荡得晃来晃去");
        AlertRules.Misread.IsMatch(TextNormalizer.Normalize("广告牌被风吹得晃来晃去")).ShouldBeFalse();
        Analyze("家里的煤气灶点不着火了，是不是没气了").Alert.Level.ShouldNotBe("red");
        Analyze("燃气灶打不着火了，闻着也没有煤气味").Alert.Level.ShouldNotBe("red");
    }

    [Fact]
    public void A_decimal_point_or_a_time_of_day_does_not_end_a_clause()
    {
        TextNormalizer.Normalize("限高2.2米，8:30到9:00。好的").ShouldBe("限高2·2米,8∶30到9∶00.好的");
        TextNormalizer.Normalize("3号楼。5楼：漏水").ShouldBe("3号楼.5楼:漏水");
        // Before, "2.5" cut the clause, and "里面有人" was not read as in the stopped lift.
        var stuck = Analyze("电梯卡在2.5楼之间，里面有人在喊");
        stuck.Alert.Reasons.ShouldContain(r => r.Kind == AlertRules.Danger && r.Trigger.StartsWith("电梯卡在2.5楼"));
        // Reasons and evidence are shown as the owner wrote the numbers, with Chinese punctuation between Chinese words.
        Analyze("停车场入口限高2.2米的杆子被撞歪了，斜着挂在车道上方").Alert.Reasons.ShouldContain(r => r.Trigger.Contains("2.2米"));
        stuck.Alert.Reasons.ShouldContain(r => r.Trigger == "电梯卡在2.5楼之间，里面有");
        TextNormalizer.ForDisplay("smell of gas, 3·5米,8∶30").ShouldBe("smell of gas, 3.5米，8:30");
    }

    [Theory]
    [InlineData("楼道里有烟味，谁在抽烟")]
    [InlineData("楼道里有烟头，保洁也不扫")]
    [InlineData("楼下烧烤的烟呛得睡不着")]
    [InlineData("楼下饭店的油烟呛得我们不敢开窗")]
    [InlineData("上次电梯困人按警铃马上有人应，很快就来了，谢谢")]
    [InlineData("信报箱的锁被撬了3个，麻烦换一下")]
    [InlineData("被拖欠的工资什么时候发")]
    [InlineData("电动门把我的车夹住了，刮了一道")]
    [InlineData("地库积水，车里有人在等，问一下什么时候排完")]
    [InlineData("旋转木马坏了，今天不开放，孩子有点失望")]
    [InlineData("火锅店的锅里着了点小火，服务员很快处理了")]
    [InlineData("孩子趴在门上看外面的雪")]
    [InlineData("快递员在我家门口转了一圈没找到人")]
    [InlineData("配电房门口的排水沟堵了，麻烦疏通一下")]
    [InlineData("老人在浴室里洗澡，叫他吃饭他说马上好")]
    [InlineData("泳池的排水口盖子有点松，孩子们不在的时候修一下吧")]
    [InlineData("楼上阳台滴下来的水有点红，好像是在染布，麻烦提醒一下")]
    [InlineData("我在水池边上看孩子们喂鱼，物业把池子弄得很干净")]
    [InlineData("楼道里有人烧香拜佛，味道很大")]
    [InlineData("装修的时候工人不小心把楼道的墙皮刮掉了一块，我们会负责修补")]
    [InlineData("我在商场停车场被剐了车，找停车场要监控，说要派出所开证明才能看")]
    [InlineData("遛狗的时候总有只猫跟着我们，挺可爱的")]
    [InlineData("客厅吊灯有个灯泡不亮了，需要换一个")]
    [InlineData("心中燃起了希望，谢谢物业帮我们找回了猫")]
    [InlineData("老人三天没出门是因为感冒了，在家休息，谢谢关心")]
    [InlineData("插座上的指示灯不亮了")]
    public void Cigarettes_cooking_fumes_past_break_ins_and_other_look_alikes_are_not_a_danger(string text) =>
        Analyze(text).Alert.Reasons.ShouldNotContain(r => r.Kind == AlertRules.Danger);

    [Theory]
    [InlineData("大廈消防門被人用雜物頂住，萬一火警點走？", AlertRules.Danger)]
    [InlineData("樓上單位漏水漏到我屋企天花，已經同管理處講咗三次，都冇人跟進", AlertRules.Repeated)]
    [InlineData("樓下的住戶在頂樓加蓋違建，還佔用公共樓梯，已經檢舉好幾次了", AlertRules.Escalation)]
    public void Hong_Kong_and_Taiwan_wording_is_read(string text, string kind) =>
        Analyze(text).Alert.Reasons.ShouldContain(r => r.Kind == kind);

    [Theory]
    [InlineData("消防門口放了一盆花，有點擋路")]
    [InlineData("我同管理處講咗三次多謝，佢哋真係好好")]
    [InlineData("請問檢舉違建要去哪個單位？")]
    public void Hong_Kong_and_Taiwan_calm_twins_are_not_red(string text) =>
        Analyze(text).Alert.Level.ShouldNotBe("red");

    [Fact]
    public void Written_Cantonese_is_read_as_the_Mandarin_it_stands_for()
    {
        TextNormalizer.Normalize("部𨋢壞咗，我唔會再交管理費，冇人理").ShouldBe("部梯坏了,我不会再交管理费,没人理");
        TextNormalizer.Normalize("唔該晒").ShouldBe("多谢晒");
        Analyze("修咗三次都未搞掂，我唔會再交管理費").Alert.Reasons.ShouldContain(r => r.Kind == AlertRules.Escalation);
        // Calm twins: a stove that will not light is no fire, a past trapping told with Cantonese thanks is not red.
        Analyze("廚房冇煤氣味，只係爐頭打唔著火，麻煩睇下").Alert.Level.ShouldNotBe("red");
        Analyze("上次電梯困人你哋好快就到咗，唔該晒").Alert.Level.ShouldNotBe("red");
        Analyze("太困了我先睡了").Alert.Level.ShouldNotBe("red");
    }

    [Fact]
    public void Emoji_english_and_repeated_punctuation_are_tolerated()
    {
        TextNormalizer.Normalize("太差了！！！！！😡😡").ShouldBe("太差了!!" + TextNormalizer.NegativeEmoji + TextNormalizer.NegativeEmoji);
        Analyze("lift stuck!!! 电梯困人 please hurry 🙏").Alert.Level.ShouldBe("red");
        Analyze("great service，修得又快又好，thank you 👍").Polarity.Label.ShouldBe("positive");
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("！！？？")]
    [InlineData(null)]
    public void Empty_text_is_neutral_with_no_alert(string? text)
    {
        var result = Analyze(text!);
        result.Polarity.Label.ShouldBe("neutral");
        result.Alert.Level.ShouldBe("none");
        result.Keywords.ShouldBeEmpty();
    }

    [Fact]
    public void Very_long_text_is_analysed_and_a_red_trigger_anywhere_counts()
    {
        var text = string.Concat(Enumerable.Repeat("小区环境还可以，绿化也不错。", 720)) + "但是楼道里有很浓的燃气味！";
        text.Length.ShouldBeGreaterThan(10_000);
        var result = Analyze(text);
        result.Alert.Level.ShouldBe("red");
        result.Alert.Reasons.ShouldContain(r => r.Trigger.Contains("燃气味"));
    }

    [Theory]
    [InlineData("楼道灯不亮了，麻烦修一下")]
    [InlineData("电梯又坏了，每天爬十八楼，气死我了")]
    [InlineData("保安态度太差了，还骂人")]
    [InlineData("地库车位被外来车辆占用，保安也不管")]
    public void Model_evidence_is_whole_stretches_of_the_text_without_overlapping_fragments(string text)
    {
        var reason = Analyze(text).Alert.Reasons.Single(r => r.Kind == AlertRules.Model);
        var parts = reason.Trigger.Split('、');
        parts.Length.ShouldBeInRange(1, 3);
        parts.ShouldAllBe(p => TextNormalizer.Normalize(text).Contains(p));
        // "麻烦、麻烦修、烦修" was one stretch shown three times.
        foreach (var p in parts) parts.Count(q => q != p && q.Contains(p)).ShouldBe(0);
        // Nor does a stretch cut a lexicon word in two ("库车位" of "地库车位").
        parts.ShouldNotContain("库车位");
    }

    [Fact]
    public void Same_input_gives_the_same_output()
    {
        var a = System.Text.Json.JsonSerializer.Serialize(Analyze("物业费涨了，服务却越来越差"));
        var b = System.Text.Json.JsonSerializer.Serialize(Analyze("物业费涨了，服务却越来越差"));
        a.ShouldBe(b);
    }

    [Theory]
    [InlineData("我的车位又被人占了，保安也不管", "parking")]
    [InlineData("物业费账目从来不公示", "fees")]
    [InlineData("楼上半夜装修电钻声吵得睡不着", "neighbor")]
    [InlineData("草坪很久没修剪了", "greening")]
    [InlineData("门岗保安不登记外来人员", "security")]
    [InlineData("Could you tell me when the swimming pool opens?", "other")]
    [InlineData("Thanks to the security guard who helped me with my luggage.", "security")]
    [InlineData("The garbage room stinks and nobody cleans it.", "environment")]
    [InlineData("你们这是什么垃圾物业，电梯一坏坏半个月", "equipment")]
    public void Category_is_suggested(string text, string category) => Analyze(text).Category.Key.ShouldBe(category);

    [Fact]
    public void English_words_and_numbers_in_the_lexicon_count_only_whole()
    {
        DomainLexicon.Segment("the fee is high").ShouldContain(("fee", true));
        DomainLexicon.Segment("coffee machine").ShouldNotContain(t => t.Known);
        DomainLexicon.Segment("交了1200元").ShouldNotContain(t => t.Known && t.Token == "120");
        DomainLexicon.Segment("快打120").ShouldContain(("120", true));
    }
}
