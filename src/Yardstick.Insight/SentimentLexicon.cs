namespace Yardstick.Insight;

/// <summary>
/// Words that say how the writer feels about the service, written for Yardstick. The polarity model learns from a corpus
/// where most texts are complaints, so praise that names a usual problem ("地库的积水问题彻底解决了，很贴心") reads as a
/// complaint to it; these words pull such texts back. A negation just before a word in its clause turns praise into
/// complaint ("不及时") and cancels a complaint word ("一点都不吵").
/// </summary>
public static class SentimentLexicon
{
    public static readonly string[] PositiveWords =
    [
        "谢谢", "感谢", "多谢", "谢了", "点赞", "点个赞", "好评", "表扬", "锦旗", "称赞", "满意", "给力", "贴心", "暖心", "周到", "耐心",
        "热情", "热心", "负责", "认真", "用心", "尽心", "很及时", "挺及时", "非常及时", "迅速", "很专业", "挺专业", "非常专业", "靠谱", "干净",
        "整洁", "漂亮", "好看", "舒服", "舒心", "很方便", "挺方便", "方便多了", "真方便", "放心", "安心", "省心", "透明", "清清楚楚",
        "很清楚", "一目了然", "到位", "彻底", "辛苦了", "改观", "值了", "很棒", "真棒", "太棒", "好用",
        "顺畅", "很好", "挺好", "真好", "不错", "完美", "规范", "温馨", "开心", "喜欢", "认可", "赞", "细心", "同理心",
        "帮了很多忙", "帮了大忙", "勤快", "麻利", "利索", "敬业", "愉快", "这么好", "夸你们", "夸夸", "接受", "进步了", "有进步", "明显进步",
        "很快解决", "很快就解决", "及时解决", "很客气", "挺客气", "非常客气", "特别客气", "一打就通", "醒目", "好叻", "花得值", "功不可没", "暖暖的", "心里暖", "温暖", "舒坦", "thanks", "thank you",
        "appreciate", "great", "yyds", "satisfied", "helpful", "excellent", "spotless", "good job",
        // English words match whole ("nice" is not in "notice") and read "not" and "never" before them, as 不 before 及时.
        "thank", "grateful", "lovely", "loved", "wonderful", "amazing", "beautiful", "friendly", "patient", "perfect", "perfectly",
        "quick", "quickly", "happy", "nice", "good", "well done", "works great", "professional", "shout out", "shout-out", "kudos", "useful", "as promised", "fine now",
        "love", "loves", "easy to use", "brilliant", "fantastic", "impressed", "impressive", "superb", "awesome", "efficient", "delighted", "pleased", "glad",
        TextNormalizer.PositiveEmoji.ToString(),
    ];

    public static readonly string[] NegativeWords =
    [
        "失望", "生气", "气死", "愤怒", "气愤", "不满", "不满意", "垃圾物业", "差劲", "太差", "很差", "真差", "恶心", "受不了",
        "忍无可忍", "受够了", "无语", "崩溃", "彻底失望", "寒心", "烦死", "吵死", "投诉", "没人管", "都不管", "也不管", "推脱", "推卸", "推诿", "敷衍",
        "不耐烦", "态度差", "乱收", "太贵", "坑人", "骗人", "凭什么", "什么玩意", "呵呵", "摆设", "形同虚设", "有什么用",
        "不及时", "不专业", "不方便", "还没人来", "没人来修", "到现在还没", "没擦干净", "没扫干净", "没消息", "没动静", "一改再改",
        "有待提高", "有待改进", "有待加强", "有待改善", "还需改进", "还需加强", "还需提高", "需要改进", "油乎乎", "脏兮兮", "臭烘烘", "见识了", "帮我减肥", "帮我们减肥", "帮大家减肥", "回回都", "照样漏", "又漏了", "还在漏", "还是漏", "还漏", "disappointed", "unacceptable", "terrible", "awful", "ridiculous", "rude", "dirty",
        "disgusting", "frustrated", "frustrating", "fed up", "had enough", "unhappy", "angry", "useless", "worst",
        "whats the point", "nobody", "no one", "still not", "impatient", "needs improvement", "needs to improve", "room for improvement", "is there a prize for", "longest running",
        "furious", "livid", "outraged", "fuming", "appalling", "pathetic", "ignoring", "ignored", "sick of", "tired of", "beyond a joke", "is a joke", "a shambles",
        "annoying", "annoyed", "upset", "horrible", "shocking", "disgraceful", "incompetent", "hopeless", TextNormalizer.NegativeEmoji.ToString(),
    ];

    // Words that hold a praise word without praising: a survey's name (满意度调查), a question (是否满意), a person (负责人),
    // a thing done for good that went wrong (彻底坏了), relief ("thank goodness he jumped off"), a wish ("I'd love to know who
    // decided …", "glad to hear back at last"). Being longer, they cover
    // the praise word inside them and count as nothing ("你们的满意度调查就是走过场" had been praise).
    private static readonly string[] NeutralWords =
        ["满意度", "满意率", "满意程度", "是否满意", "满不满意", "满意不满意", "负责人", "负责的人", "谁负责", "谁来负责", "彻底坏", "彻底不", "彻底没", "彻底停", "彻底瘫", "thank goodness", "thank god", "thank heavens", "thanks goodness",
         "love to", "would love", "be glad to", "would be glad", "glad to hear"];

    private static readonly string[] Negations = ["不", "没", "没有", "无", "未", "别", "不太", "不够", "不很", "不是很", "不怎么", "不能", "无法", "难以", "不可", "没什么", "没有什么", "没啥"];

    // The normalizer drops apostrophes: "isn't" arrives as "isnt".
    private static readonly string[] EnglishNegations =
    [
        "not ", "never ", "no ", "dont ", "doesnt ", "didnt ", "isnt ", "wasnt ", "arent ", "werent ", "cant ", "cannot ", "wont ",
        "havent ", "hasnt ", "not very ", "not so ", "not a ", "not an ", "not exactly ", "not really ", "not that ", "not too ", "hardly ",
    ];

    private static readonly (string Word, int Sign)[] Cues =
        PositiveWords.Select(w => (w, 1)).Concat(NegativeWords.Select(w => (w, -1))).Concat(NeutralWords.Select(w => (w, 0)))
            .OrderByDescending(c => c.Item1.Length).ToArray();

    private static readonly string[] ChinesePraise = PositiveWords.Where(w => w.Any(TextNormalizer.IsChinese)).ToArray();
    private static readonly HashSet<string> EnglishPraise = PositiveWords.Where(w => w.All(c => char.IsAsciiLetterLower(c) || c == ' ')).ToHashSet();

    /// <summary>
    /// How many praise words of the raw text stand alone in quotation marks ("热情", 「负责」, "helpful"): the writer holding the word at
    /// arm's length. The normalizer drops the marks, so this reads the text as typed.
    /// </summary>
    public static int ScareQuoted(string raw)
    {
        var count = 0;
        for (var open = raw.IndexOfAny(Quotes); open >= 0 && open < raw.Length - 1; open = raw.IndexOfAny(Quotes, open + 1))
        {
            var close = raw.IndexOfAny(Quotes, open + 1);
            if (close < 0) break;
            if (close - open - 1 is > 0 and <= 12 && raw.Substring(open + 1, close - open - 1) is var inner
                && (ChinesePraise.Any(w => inner.Contains(w, StringComparison.Ordinal)) || EnglishPraise.Contains(inner.Trim().ToLowerInvariant())))
                count++;
            open = close;
        }
        return count;
    }

    private static readonly char[] Quotes = ['"', '“', '”', '「', '」', '『', '』'];

    /// <summary>How many praise and complaint words a normalized text holds, after negation.</summary>
    public static (int Positive, int Negative) Count(string normalized)
    {
        int positive = 0, negative = 0;
        var covered = new bool[normalized.Length];
        foreach (var (word, sign) in Cues)
            for (var at = normalized.IndexOf(word, StringComparison.Ordinal); at >= 0;
                 at = normalized.IndexOf(word, at + word.Length, StringComparison.Ordinal))
            {
                // The longest word wins: 不满意 is one complaint, not 满意 negated as well.
                if (covered.AsSpan(at, word.Length).Contains(true) || !DomainLexicon.IsWhole(normalized, at, word.Length)) continue;
                covered.AsSpan(at, word.Length).Fill(true);
                if (sign == 0) continue;
                var negated = IsNegated(normalized, at);
                if (sign > 0) { if (negated) negative++; else positive++; }
                else if (!negated) negative++;
            }
        return (positive, negative);
    }

    // Words that say outright the writer is dissatisfied or disappointed: the rubric's yellow, however calmly the rest is put
    // ("我司对本次外墙清洗的质量不满意，请安排返工"). Narrower than the complaint words above, most of which a calm report
    // of a problem also uses (不方便, 没消息, 投诉).
    private static readonly string[] Dissatisfaction =
        ["不满意", "不满", "失望", "寒心", "愤怒", "气愤", "生气", "气死", "忍无可忍", "受够了", "离谱", "unacceptable", "disappointed", "disappointing", "fed up"];

    /// <summary>Whether the text says, not negated, that the writer is dissatisfied (not "满不满意", a survey's question).</summary>
    public static bool SaysDissatisfied(string normalized)
    {
        foreach (var word in Dissatisfaction)
            for (var at = normalized.IndexOf(word, StringComparison.Ordinal); at >= 0;
                 at = normalized.IndexOf(word, at + word.Length, StringComparison.Ordinal))
                if (DomainLexicon.IsWhole(normalized, at, word.Length) && !IsNegated(normalized, at) && !(at > 0 && normalized[at - 1] == '满'))
                    return true;
        return false;
    }

    private static bool IsNegated(string text, int index)
    {
        if (char.IsAsciiLetter(text[index]))
        {
            var preceding = text.AsSpan(0, index);
            foreach (var n in EnglishNegations)
                if (preceding.EndsWith(n, StringComparison.Ordinal)) return true;
            return false;
        }
        var start = index;
        while (start > 0 && index - start < 4 && !TextNormalizer.IsClauseBreak(text[start - 1])) start--;
        var before = text.AsSpan(start, index - start);
        foreach (var n in Negations)
            if (before.EndsWith(n, StringComparison.Ordinal)) return true;
        return false;
    }
}
