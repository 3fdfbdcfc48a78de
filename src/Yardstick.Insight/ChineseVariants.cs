namespace Yardstick.Insight;

/// <summary>
/// Traditional → Simplified for the characters owners actually write about property service. Not a full
/// converter (no word-level rules such as 乾→干/乾): a single-character table is enough for the models and
/// triggers, which all work on Simplified text.
/// </summary>
public static class ChineseVariants
{
    // Each entry is Traditional then Simplified.
    private const string Pairs =
        "電电 樓楼 業业 費费 車车 門门 燈灯 壞坏 態态 務务 處处 極极 還还 沒没 們们 說说 話话 這这 個个 來来 時时 間间 問问 題题 為为 " +
        "麼么 會会 對对 開开 關关 應应 該该 經经 過过 進进 幾几 與与 給给 讓让 點点 聽听 見见 覺觉 長长 錢钱 繳缴 報报 網网 線线 號号 " +
        "機机 廳厅 區区 園园 綠绿 環环 衛卫 潔洁 臟脏 髒脏 亂乱 聲声 鄰邻 寵宠 貓猫 場场 庫库 擋挡 飛飞 滅灭 燒烧 煙烟 氣气 洩泄 觸触 " +
        "險险 傷伤 層层 戶户 體体 訴诉 師师 熱热 舉举 辦办 謝谢 滿满 讚赞 專专 禮礼 負负 責责 難难 聯联 員员 動动 遲迟 遠远 實实 際际 " +
        "無无 發发 現现 頭头 腦脑 視视 記记 錄录 單单 據据 帶带 歡欢 憤愤 煩烦 惱恼 劃划 紅红 黃黄 藍蓝 額额 餘余 鎖锁 鑰钥 櫃柜 裝装 " +
        "設设 備备 維维 護护 條条 歲岁 兒儿 東东 隻只 從从 後后 裡里 裏里 邊边 將将 當当 總总 復复 複复 確确 認认 識识 語语 調调 讀读 " +
        "請请 誰谁 試试 詢询 談谈 論论 證证 議议 顧顾 項项 順顺 須须 領领 願愿 類类 風风 飯饭 館馆 馬马 驗验 鬧闹 魚鱼 鳥鸟 齊齐 龍龙 " +
        "夠够 嗎吗 啟启 圍围 國国 圖图 壓压 執执 塊块 墊垫 奪夺 婦妇 媽妈 孫孙 寶宝 寫写 尋寻 導导 屬属 幣币 廢废 廣广 張张 彈弹 徵征 " +
        "愛爱 慣惯 懷怀 戰战 擔担 擇择 擊击 擴扩 擾扰 攔拦 敗败 數数 斷断 於于 書书 棄弃 樂乐 標标 樣样 橋桥 檢检 權权 歷历 殺杀 決决 " +
        "淨净 測测 溝沟 滯滞 漲涨 濕湿 烏乌 爭争 牆墙 狀状 獨独 獲获 產产 畫画 療疗 盡尽 監监 盤盘 眾众 礙碍 稅税 穩稳 積积 筆笔 節节 " +
        "範范 築筑 簡简 簽签 糾纠 紀纪 約约 級级 紙纸 細细 終终 組组 結结 統统 絕绝 續续 編编 練练 緊紧 織织 繼继 罰罚 罵骂 聞闻 職职 " +
        "脅胁 腳脚 興兴 舊旧 藥药 蟲虫 補补 製制 規规 親亲 觀观 計计 討讨 訓训 許许 診诊 詞词 詳详 誠诚 誤误 課课 諾诺 謊谎 講讲 謹谨 " +
        "變变 貨货 質质 貴贵 買买 資资 賠赔 賬账 賣卖 購购 贈赠 趕赶 跡迹 軟软 較较 載载 輛辆 輕轻 輪轮 轉转 農农 運运 達达 違违 遞递 " +
        "選选 郵邮 醫医 釋释 針针 銀银 鋪铺 錯错 鍵键 鐘钟 鐵铁 閉闭 閒闲 閘闸 闖闯 隊队 階阶 陽阳 隨随 隱隐 雖虽 雙双 雜杂 離离 雲云 " +
        "霧雾 靈灵 靜静 響响 頁页 頂顶 預预 頓顿 頻频 顏颜 顯显 飄飘 飲饮 養养 餓饿 驚惊 鬆松 齡龄 級级 紛纷 糞粪 爛烂 牠它 犬犬 " +
        "漏漏 鬥斗 臺台 檯台 颱台 僅仅 價价 優优 倉仓 傳传 債债 傾倾 偽伪 僱雇 儀仪 凍冻 劑剂 勞劳 勢势 勵励 區区 協协 厲厉 厭厌 參参 " +
        "叢丛 吳吴 員员 啞哑 嘆叹 噴喷 嚴严 團团 園园 壇坛 墳坟 壯壮 夢梦 奧奥 婁娄 嬰婴 宮宫 寧宁 實实 寬宽 層层 峽峡 幫帮 庄庄 庫库 " +
        "彎弯 徹彻 恆恒 惡恶 惱恼 慶庆 憂忧 懶懒 懸悬 戀恋 戲戏 扱扱 掃扫 掛挂 換换 損损 搖摇 搶抢 撐撑 擁拥 據据 擠挤 攤摊 敵敌 斬斩 " +
        "暈晕 暫暂 曬晒 條条 棟栋 榮荣 槍枪 樁桩 橫横 歸归 毀毁 氣气 氫氢 氾泛 汙污 況况 洶汹 渦涡 溫温 滲渗 滷卤 漁渔 潛潜 澀涩 灑洒 " +
        "災灾 炮炮 焦焦 煉炼 熗炝 燈灯 營营 爐炉 牽牵 獎奖 瑣琐 瓏珑 甦苏 畢毕 異异 瘋疯 癢痒 皺皱 盜盗 瞞瞒 礎础 禍祸 稱称 種种 穀谷 " +
        "窩窝 竊窃 競竞 筍笋 籠笼 粵粤 緒绪 緣缘 縣县 縫缝 總总 繩绳 繪绘 罷罢 羅罗 義义 習习 聖圣 腫肿 膽胆 臉脸 臨临 艙舱 莊庄 華华 " +
        "萬万 葉叶 蓋盖 蔥葱 薦荐 蘋苹 蝦虾 螞蚂 蟻蚁 蠅蝇 蠟蜡 衝冲 袞衮 襪袜 訂订 託托 訊讯 詐诈 評评 詭诡 誇夸 認认 誘诱 諮咨 謀谋 " +
        "豐丰 豬猪 貓猫 貝贝 財财 貧贫 貪贪 貫贯 賀贺 賂赂 賃赁 賞赏 賴赖 贊赞 趙赵 蹟迹 躍跃 輩辈 輸输 轟轰 辭辞 邏逻 醜丑 釘钉 鈴铃 " +
        "鉛铅 鋼钢 錶表 鍋锅 鎮镇 鏡镜 鐲镯 閃闪 閣阁 闆板 闊阔 陣阵 陰阴 陳陈 陸陆 隻只 雞鸡 雛雏 電电 霸霸 靂雳 韓韩 頸颈 頻频 颳刮 " +
        "墜坠 癱瘫 燙烫 攜携 懼惧 嚇吓 慘惨 濺溅 灘滩 纜缆 瀉泻 聳耸 " +
        "濃浓 淺浅 滾滚 淚泪 灣湾 礦矿 窮穷 紋纹 綁绑 緩缓 縮缩 繞绕 聰聪 膚肤 艱艰 蘭兰 貼贴 賺赚 趨趋 踐践 蹤踪 軍军 迴回 鄉乡 " +
        "醬酱 鈕钮 銷销 鋁铝 鏈链 鍊链 鑽钻 閥阀 顆颗 餵喂 騎骑 鹽盐 黨党 瀝沥 燉炖 磚砖 竄窜 絲丝 綜综 緻致 繃绷 腸肠 膠胶 臥卧 " +
        "藝艺 襯衬 覽览 訪访 誌志 諒谅 譜谱 豎竖 貿贸 賓宾 賽赛 贏赢 軌轨 輔辅 遊游 遙遥 遷迁 銅铜 鏟铲 閱阅 駐驻 驟骤 麥麦 蓮莲 " +
        "蘆芦 漢汉 劍剑 獄狱 濟济 纖纤 鬨哄 衊蔑 顫颤 癢痒 瘡疮 膿脓 痠酸 喪丧 嘔呕 嚨咙 喚唤 嘯啸 " +
        "飽饱 飾饰 餅饼 館馆 駕驾 駛驶 騙骗 騷骚 驅驱 髮发 鬍胡 鬱郁 魯鲁 鮮鲜 鳳凤 鴨鸭 鵝鹅 麗丽 麵面 黴霉 齒齿 龜龟 " +
        // Railings, toilets, a beam, a thief, coming loose (欄杆, 廁所, 樑, 賊, 脫落): a Traditional 護欄鬆了 had not been read as 护栏松了.
        "欄栏 樑梁 廁厕 擱搁 碼码 漿浆 猶犹 瞭了 糧粮 纏缠 誕诞 賊贼 賭赌 轄辖 遺遗 鉤钩 隸隶 鹹咸 羨羡 肅肃 脫脱 膩腻 謙谦 譴谴 譽誉 " +
        "辯辩 閩闽 韌韧 頗颇 頰颊 顛颠 飆飙 饅馒 騰腾 鴿鸽";

    private static readonly Dictionary<char, char> Map = Build();

    private static Dictionary<char, char> Build()
    {
        var map = new Dictionary<char, char>();
        foreach (var pair in Pairs.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            if (pair.Length == 2 && pair[0] != pair[1]) map[pair[0]] = pair[1];
        return map;
    }

    public static char ToSimplified(char c) => Map.TryGetValue(c, out var s) ? s : c;

    /// <summary>How many characters of the table a text contains: lets callers tell Traditional input apart.</summary>
    public static bool IsTraditional(char c) => Map.ContainsKey(c);
}
