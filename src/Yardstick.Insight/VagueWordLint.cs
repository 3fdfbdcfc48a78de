namespace Yardstick.Insight;

/// <summary>A vague word found in a text and why it is a problem.</summary>
public sealed record VagueWordFinding(string Word, string Kind, string Reason, string ReasonEn);

/// <summary>
/// Words that make a report, finding or standard answer vague (seed 000: 报告中避免"不错""一般"等模糊词; seed 002:
/// 标准答复不得含糊其辞). Shared by the handbook, mystery-shopper notes and text insight, so every module warns about
/// the same words with the same advice.
/// </summary>
public static class VagueWordLint
{
    public const string Subjective = "subjective", Hedge = "hedge";

    private static readonly (string Word, string Kind)[] Words =
    [
        ("态度差", Subjective), ("态度好", Subjective), ("服务差", Subjective), ("服务好", Subjective), ("不错", Subjective),
        ("还行", Subjective), ("还可以", Subjective), ("一般", Subjective), ("很差", Subjective), ("较差", Subjective),
        ("很好", Subjective), ("挺好", Subjective), ("比较好", Subjective), ("差劲", Subjective), ("马马虎虎", Subjective),
        ("不太好", Subjective), ("不够好", Subjective),
        ("可能", Hedge), ("大概", Hedge), ("也许", Hedge), ("差不多", Hedge), ("应该吧", Hedge), ("不清楚", Hedge),
        ("好像", Hedge), ("估计", Hedge), ("或许", Hedge), ("说不定", Hedge), ("左右吧", Hedge), ("尽快", Hedge),
    ];

    /// <summary>Every word the lint knows, for pages that warn while the user types.</summary>
    public static IReadOnlyList<string> AllWords { get; } = Words.Select(w => w.Word).ToList();

    /// <summary>Each vague word in <paramref name="text"/> once, in the order they appear; a longer word hides the shorter inside it.</summary>
    public static List<VagueWordFinding> Check(string? text)
    {
        if (string.IsNullOrWhiteSpace(text)) return [];
        var normalized = TextNormalizer.Normalize(text);
        var found = new List<(int At, string Word, string Kind)>();
        foreach (var (word, kind) in Words.OrderByDescending(w => w.Word.Length))
        {
            var at = normalized.IndexOf(word, StringComparison.Ordinal);
            if (at < 0 || found.Any(f => at >= f.At && at < f.At + f.Word.Length)) continue;
            found.Add((at, word, kind));
        }
        return found.OrderBy(f => f.At).Select(f => new VagueWordFinding(f.Word, f.Kind,
            f.Kind == Subjective
                ? $"“{f.Word}”是主观评价，请写看到或听到的事实（谁、何时、做了什么、原话），如“保安未起身、未问候”。"
                : $"“{f.Word}”含糊其辞，请写明确的时间、数量或结论，如“明天 18:00 前修复”。",
            f.Kind == Subjective
                ? $"'{f.Word}' is a judgement: state what was seen or heard (who, when, what was done, the exact words)."
                : $"'{f.Word}' is a hedge: state a definite time, number or conclusion.")).ToList();
    }

    /// <summary>Just the words, for places that list them.</summary>
    public static List<string> Find(string? text) => Check(text).Select(f => f.Word).ToList();
}
