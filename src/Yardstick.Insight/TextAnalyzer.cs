using System.Reflection;
using System.Text.RegularExpressions;

namespace Yardstick.Insight;

public sealed record PolarityResult(string Label, IReadOnlyDictionary<string, float> Probabilities);

public sealed record AlertResult(string Level, IReadOnlyList<AlertReason> Reasons);

public sealed record CategoryResult(string Key, float Confidence);

/// <summary>What <see cref="TextAnalyzer.Analyze"/> says about one text (issue 6, requirement 1).</summary>
public sealed record AnalysisResult(
    PolarityResult Polarity, AlertResult Alert, CategoryResult Category, IReadOnlyList<string> Keywords, bool Traditional, string ModelVersion);

/// <summary>
/// Reads one text: polarity from its model, alert level from the red rules then the alert model, category from its model
/// backed by the domain lexicon, keywords from the lexicon. Thread-safe and allocation-light: one instance serves all.
/// </summary>
public sealed class TextAnalyzer
{
    private static readonly Lazy<TextAnalyzer> Shipped = new(() => new TextAnalyzer(
        LoadEmbedded(InsightTask.Polarity), LoadEmbedded(InsightTask.Alert), LoadEmbedded(InsightTask.Category)));

    /// <summary>The analyzer with the models shipped in the assembly, trained on the project's own property corpus.</summary>
    public static TextAnalyzer Default => Shipped.Value;

    public LinearModel PolarityModel { get; }
    public LinearModel AlertModel { get; }
    public LinearModel CategoryModel { get; }

    public TextAnalyzer(LinearModel polarity, LinearModel alert, LinearModel category)
        : this(polarity, alert, category, CompanyAlertWords.Empty) { }

    private TextAnalyzer(LinearModel polarity, LinearModel alert, LinearModel category, CompanyAlertWords words)
    {
        Check(polarity, InsightTask.Polarity);
        Check(alert, InsightTask.Alert);
        Check(category, InsightTask.Category);
        PolarityModel = polarity;
        AlertModel = alert;
        CategoryModel = category;
        AlertWords = words;
        // The company's words are part of what reads a text: "…+w1f3a" when there are any.
        Version = $"{polarity.Version[..4]}{alert.Version[..4]}{category.Version[..4]}" + (words.Count == 0 ? "" : $"+w{words.Version}");
    }

    /// <summary>This analyzer with one of its models replaced.</summary>
    public TextAnalyzer With(InsightTask task, LinearModel model) => task switch
    {
        InsightTask.Polarity => new TextAnalyzer(model, AlertModel, CategoryModel, AlertWords),
        InsightTask.Alert => new TextAnalyzer(PolarityModel, model, CategoryModel, AlertWords),
        _ => new TextAnalyzer(PolarityModel, AlertModel, model, AlertWords),
    };

    /// <summary>The words the company added to the rubric (none in the shipped analyzer).</summary>
    public CompanyAlertWords AlertWords { get; }

    /// <summary>This analyzer with the company's alert words in place of those it had.</summary>
    public TextAnalyzer With(CompanyAlertWords words) => new(PolarityModel, AlertModel, CategoryModel, words);

    /// <summary>One version for the three models and the company's words together: what a stored analysis records.</summary>
    public string Version { get; }

    public long ModelBytes => (long)sizeof(float) * (
        PolarityModel.Features.Buckets * PolarityModel.ClassCount +
        AlertModel.Features.Buckets * AlertModel.ClassCount +
        CategoryModel.Features.Buckets * CategoryModel.ClassCount);

    public AnalysisResult Analyze(string? text)
    {
        var normalized = TextNormalizer.Normalize(text);
        var traditional = text is not null && text.Any(ChineseVariants.IsTraditional);
        var hasWords = normalized.Any(char.IsLetterOrDigit);
        if (!hasWords && !normalized.Any(TextNormalizer.IsEmoji)) return Quiet(0);
        // "收到", "好的，明白了", and a survey's "无" or "没什么意见": a reply that only acknowledges, or says there is nothing
        // to add, has no feeling and no problem, whatever models trained on complaints make of two characters.
        if (IsAcknowledgement(normalized)) return Quiet(1);

        // The three models read the same n-grams when they were trained with the same features (the shipped ones are):
        // extracting them once saves about a tenth of the time of an analysis.
        var features = PolarityModel.Features.Extract(normalized);
        var polarity = PolarityOf(normalized, features, SentimentLexicon.ScareQuoted(text!));
        // "一个月了还没修，麻烦尽快处理，谢谢！", "着火了，谢谢": thanks that close a request, a complaint or an alarm are
        // manners, and the rules ask how the text leans without them. Thanks after something done or praised ("投诉了两周，
        // 总算有人跟进了，谢谢") are thanks, and stay.
        var body = AlertRules.WithoutClosingThanks(normalized);
        var beforeThanks = body == normalized ? polarity : PolarityOf(body, PolarityModel.Features.Extract(body), 0);
        var alert = AlertOf(normalized, features, polarity, beforeThanks);
        // A red the closing thanks had hidden is a complaint: the text's polarity is that of what came before them.
        if (alert.Level == InsightLabels.Red && polarity.Label == InsightLabels.Positive && beforeThanks.Label != InsightLabels.Positive)
            polarity = beforeThanks;
        if (polarity.Label != InsightLabels.Positive) alert = AlertWords.Raise(alert, normalized);
        // One segmentation serves the category's lexicon backing and the keywords.
        var words = DomainLexicon.Segment(normalized).Where(t => t.Known).Select(t => t.Token).ToList();
        // An emoji alone ("👍👍", "😡") says how the owner feels and nothing of what about.
        var category = hasWords ? CategoryOf(normalized, features, words, alert) : new CategoryResult("other", 1);
        var keywords = Keywords.OfWords(words, 5);
        return new AnalysisResult(polarity, alert, category, keywords, traditional, Version);

        AnalysisResult Quiet(float confidence) => new(
            new PolarityResult(InsightLabels.Neutral, Probabilities(InsightLabels.Polarity, [0, 1, 0])),
            new AlertResult(InsightLabels.None, []), new CategoryResult("other", confidence), [], traditional, Version);
    }

    /// <summary>One sentence, asked: no full stop or exclamation before its question mark, nothing after it.</summary>
    private static bool IsOneQuestion(string normalized) =>
        normalized.TrimEnd().EndsWith('?') && normalized.TrimEnd().TrimEnd('?').IndexOfAny(['.', '!', '?']) < 0;

    private static readonly HashSet<string> Acknowledgements =
    [
        "好", "好的", "好滴", "好哒", "好嘞", "好的呢", "收到", "收到了", "已收到", "知道", "知道了", "明白", "明白了", "了解",
        "了解了", "清楚了", "懂了", "嗯", "嗯嗯", "嗯呢", "哦", "哦哦", "噢", "行", "可以", "没问题", "已阅", "已读", "ok", "okay",
        // Nothing to add: what owners type into a survey's comment box when they have no comment.
        "无", "暂无", "没有", "没有了", "没了", "无意见", "没意见", "没有意见", "没什么意见", "暂无意见", "无其他意见", "没有其他意见",
        "无建议", "没有建议", "暂无建议", "没什么", "没什么要说的", "none", "nothing", "no comment", "no comments", "n/a", "na", "nil",
    ];

    private static readonly char[] ReplySeparators = [',', '.', '!', '~', ' '];

    /// <summary>
    /// The whole text is one or more acknowledgements ("好的，收到", "no comment"), nothing else, perhaps after the label of
    /// the field it was typed into ("问卷意见：无。", "其他建议:暂无").
    /// </summary>
    private static bool IsAcknowledgement(string normalized)
    {
        if (normalized.IndexOf(':') is var colon and > 0 and <= 6 && !normalized.AsSpan(0, colon).ContainsAny(ReplySeparators))
            normalized = normalized[(colon + 1)..];
        return Acknowledgements.Contains(normalized.Trim(ReplySeparators))
            || (normalized.Split(ReplySeparators, StringSplitOptions.RemoveEmptyEntries) is { Length: > 0 } parts && parts.All(Acknowledgements.Contains));
    }

    /// <summary>The label for one task, for evaluation. <paramref name="restrictTo"/> limits the answer to some labels.</summary>
    public string Predict(InsightTask task, string text, IReadOnlyCollection<string>? restrictTo = null)
    {
        if (task == InsightTask.Polarity && restrictTo is not null) return PolarityModel.PredictLabel(TextNormalizer.Normalize(text), restrictTo);
        var result = Analyze(text);
        return task switch { InsightTask.Polarity => result.Polarity.Label, InsightTask.Alert => result.Alert.Level, _ => result.Category.Key };
    }

    // How much the word lists weigh against the models; each chosen by its own cross-validation (see where they are used).
    private const float LexiconWeight = 0.4f;
    private const float CategoryModelWeight = 0.6f, CategoryLexiconWeight = 0.4f;

    private PolarityResult PolarityOf(string normalized, SparseVector features, int scareQuoted)
    {
        var p = normalized.Length > LetterLength ? LetterPolarity(normalized, features) : PolarityModel.PredictFeatures(features);
        // The sentiment words back the model as the domain lexicon backs the category: 0.4 of the decision when the text
        // has any. Cross-validated over the handwritten training rows: 0.879 without, 0.897 with 0.4 (0.3: 0.889, 0.5: 0.895).
        var (praise, complaint) = SentimentLexicon.Count(normalized);
        // Praise in quotation marks is mockery (客服态度"真好"，我说一句她怼三句): it counts against the service.
        scareQuoted = Math.Min(scareQuoted, praise);
        (praise, complaint) = (praise - scareQuoted, complaint + scareQuoted);
        if (praise + complaint > 0 && PolarityModel.IndexOf(InsightLabels.Positive) is var positive and >= 0
            && PolarityModel.IndexOf(InsightLabels.Negative) is var negative and >= 0)
        {
            for (var c = 0; c < p.Length; c++) p[c] *= 1 - LexiconWeight;
            p[positive] += LexiconWeight * praise / (praise + complaint);
            p[negative] += LexiconWeight * complaint / (praise + complaint);
        }
        var probabilities = InsightLabels.Polarity.ToDictionary(l => l, l => PolarityModel.IndexOf(l) is var i and >= 0 ? Round(p[i]) : 0f);
        return new PolarityResult(probabilities.MaxBy(kv => kv.Value).Key, probabilities);
    }

    // The polarity model learnt from messages of about 25 characters, 99 % of them under 100. Over a letter the n-grams of
    // the story it tells (晕倒, 救护车, 水管爆开) outweigh its verdict (特此感谢), the more so as most long messages it read
    // were complaints: 8 of 20 letters of praise, notices and questions written after it were right. Read as the messages
    // it is made of, 14 were; a second such round went from 15 of 20 to 17. Five-fold cross-validation over the corpus's
    // own long rows is unchanged at 100 characters (at 60 or 80 it lost 0.01 to 0.02: those are mostly complaints the
    // whole-text model knows).
    private const int LetterLength = 100;

    /// <summary>
    /// The polarity of a long text as the geometric mean of its sentences' (short sentences together up to 30 characters):
    /// a sentence sure of its feeling weighs more than one that hesitates, and no single sentence decides.
    /// </summary>
    private float[] LetterPolarity(string normalized, SparseVector features)
    {
        var pieces = new List<string>();
        var piece = "";
        for (var start = 0; start < normalized.Length;)
        {
            var end = start;
            while (end < normalized.Length && !TextNormalizer.IsSentenceEnd(normalized[end])) end++;
            var sentence = normalized[start..Math.Min(end + 1, normalized.Length)];
            if (piece.Length > 0 && piece.Length + sentence.Length > 30) { pieces.Add(piece); piece = ""; }
            piece += sentence;
            start = end + 1;
        }
        if (piece.Any(char.IsLetterOrDigit)) pieces.Add(piece);
        if (pieces.Count < 2) return PolarityModel.PredictFeatures(features);
        var logs = new double[PolarityModel.ClassCount];
        foreach (var text in pieces)
        {
            var q = PolarityModel.PredictNormalized(text);
            for (var c = 0; c < logs.Length; c++) logs[c] += Math.Log(Math.Max(q[c], 1e-6f)) / pieces.Count;
        }
        var max = logs.Max();
        var total = logs.Sum(l => Math.Exp(l - max));
        return logs.Select(l => (float)(Math.Exp(l - max) / total)).ToArray();
    }

    private AlertResult AlertOf(string normalized, SparseVector features, PolarityResult polarity, PolarityResult beforeThanks)
    {
        var negative = polarity.Probabilities[InsightLabels.Negative];
        var positive = polarity.Probabilities[InsightLabels.Positive];
        var dismissed = new List<Range>();
        var reasons = AlertRules.Red(normalized, beforeThanks.Probabilities[InsightLabels.Negative], beforeThanks.Probabilities[InsightLabels.Positive],
            dismissed, positive);
        if (reasons.Count > 0) return new AlertResult(InsightLabels.Red, reasons);

        // "请勿高空抛物" and "差点滑倒": the rules weighed those words and ruled them out; the model, which cannot read a
        // negation, reads the text without them.
        // Nor does it read a number of square metres or yuan, which it cannot tell from 120 the ambulance ("120平米的房子
        // 物业费多少？" had been red by the model alone), or a stove that will not light ("燃气灶打不着火了").
        var misread = AlertRules.Misread.Matches(normalized);
        var read = normalized;
        if (dismissed.Count > 0 || misread.Count > 0)
        {
            var chars = normalized.ToCharArray();
            foreach (var range in dismissed) chars.AsSpan(range).Fill(',');
            foreach (Match m in misread) chars.AsSpan(m.Index, m.Length).Fill(',');
            read = new string(chars);
        }
        var p = read == normalized ? Predict(AlertModel, features, normalized) : AlertModel.PredictNormalized(read);
        float P(string label) => AlertModel.IndexOf(label) is var i and >= 0 ? p[i] : 0f;
        // Whether a near miss is red is asked without its "差点" as well, unless the text says it was averted.
        var red = P(InsightLabels.Red);
        if (dismissed.Count > 0 && !AlertRules.Averted.IsMatch(normalized) && AlertRules.WithoutNearMiss(read) is { } blanked)
            red = AlertModel.PredictNormalized(blanked)[AlertModel.IndexOf(InsightLabels.Red)];
        // Without a trigger the model alone may still call red when it gives red at least even odds; its evidence is then the
        // reason. (At 0.7 it missed two of the seventh handwritten round's reds that 0.5 catches, at no cost in precision
        // on the held-out rows; below 0.5 false reds grow faster than caught ones.) It needs 0.7 where the rules have
        // already weighed a trigger and ruled it out ("差点滑倒": the words around a near miss are those of the falls the
        // model has read), and in a text with no Chinese at all: the model has read about a hundred English messages, and
        // at 0.5 it called "My neighbour's dog barks all day." red; English reds are caught by the rules' English wording.
        // Never in a text the polarity model calls praise: a notice warning against charging e-bikes indoors had been red by
        // the model alone. On the corpus's rows the model alone never caught a red in such a text; the rules still apply.
        // In English only in a complaint: "Is there a charging point for electric cars in the basement?" had been red, and
        // every English red the model alone caught in the corpus was read as negative. A lone English question is no
        // complaint however the polarity model reads it ("Will the lobby Christmas tree go up again this year?").
        var english = !normalized.Any(TextNormalizer.IsChinese);
        var complaint = english ? polarity.Label == InsightLabels.Negative && !IsOneQuestion(normalized) : polarity.Label != InsightLabels.Positive;
        if (red >= (dismissed.Count > 0 || english ? 0.7f : 0.5f) && complaint)
            return new AlertResult(InsightLabels.Red,
                [new AlertReason(AlertRules.Model, string.Join("、", AlertModel.Evidence(read, InsightLabels.Red)))]);
        string[] calm = [InsightLabels.Yellow, InsightLabels.Blue, InsightLabels.None];
        var level = calm.MaxBy(P)!;
        // Praise is not an alert whatever the alert model thought of a problem word in it ("瓷砖补得一点看不出来"): a
        // positive text is never a complaint in the rubric. Praise is what the polarity result says, not a threshold on
        // it: even odds rather than 0.7 took the twelfth handwritten round from 0.817 to 0.837; the polarity label rather
        // than even odds is a wash in cross-validation (0.842 / 0.841) and keeps "墙面刷得很平整，颜色也好看" (positive
        // 0.48 of three labels) calm.
        if (polarity.Label == InsightLabels.Positive) level = InsightLabels.None;
        else if (level == InsightLabels.None && negative >= 0.7f) level = InsightLabels.Blue;
        // Dissatisfaction said outright is yellow in the rubric, however calm the rest: in five-fold cross-validation over the
        // handwritten training rows, all 6 texts the model called blue with such a word were labelled yellow.
        if (level == InsightLabels.Blue && SentimentLexicon.SaysDissatisfied(normalized)) level = InsightLabels.Yellow;
        var evidence = level == InsightLabels.None ? [] : AlertModel.Evidence(read, level);
        return new AlertResult(level, evidence.Count == 0 ? [] : [new AlertReason(AlertRules.Model, string.Join("、", evidence))]);
    }

    private CategoryResult CategoryOf(string normalized, SparseVector features, List<string> words, AlertResult alert)
    {
        var p = Predict(CategoryModel, features, normalized);
        var labels = CategoryModel.Labels;
        var hits = new float[labels.Count];
        var total = 0f;
        foreach (var word in words)
            foreach (var category in DomainLexicon.CategoriesOf(word))
                if (CategoryModel.IndexOf(category) is var i and >= 0) { hits[i]++; total++; }
        if (alert.Reasons.Any(r => r.Kind == AlertRules.Danger) && CategoryModel.IndexOf("emergency") is var e and >= 0) { hits[e] += 4; total += 4; }
        // The lexicon backs the model where the corpus is thin; the model decides when both have something to say. The
        // weights were chosen by cross-validation over the handwritten training rows: 0.4 for the lexicon gave 0.79, 0.3 gave 0.78.
        var best = 0;
        var bestScore = -1f;
        for (var c = 0; c < labels.Count; c++)
        {
            var score = CategoryModelWeight * p[c] + (total > 0 ? CategoryLexiconWeight * hits[c] / total : 0f);
            if (score > bestScore) (best, bestScore) = (c, score);
        }
        return new CategoryResult(labels[best], Round(bestScore));
    }

    /// <summary>The model's reading of the polarity model's features, or of its own when it was trained with others.</summary>
    private float[] Predict(LinearModel model, SparseVector features, string normalized) =>
        model.Features == PolarityModel.Features ? model.PredictFeatures(features) : model.PredictNormalized(normalized);

    private static float Round(float v) => MathF.Round(v, 4);

    private static IReadOnlyDictionary<string, float> Probabilities(IReadOnlyList<string> labels, float[] values) =>
        labels.Select((l, i) => (l, v: values[i])).ToDictionary(x => x.l, x => x.v);

    private static void Check(LinearModel model, InsightTask task)
    {
        if (model.Task != task.Key()) throw new ArgumentException($"A {model.Task} model cannot serve as the {task.Key()} model.");
        var unknown = model.Labels.Except(InsightLabels.For(task)).ToList();
        if (unknown.Count > 0) throw new ArgumentException($"The {task.Key()} model has unknown labels: {string.Join(", ", unknown)}.");
    }

    private static LinearModel LoadEmbedded(InsightTask task)
    {
        var name = $"Yardstick.Insight.Models.{task.Key()}.ysm";
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream(name)
            ?? throw new InvalidOperationException($"The shipped model {name} is missing from the assembly.");
        return LinearModel.Load(stream);
    }
}
