using System.Security.Cryptography;
using System.Text;

namespace Yardstick.Insight;

/// <summary>One word or phrase a company added to the rubric, and the level it raises a text to (red or yellow).</summary>
public sealed record AlertWord(string Phrase, string Level);

/// <summary>
/// Words a company adds to the red and yellow rubric for conventions of its own, which the shipped rules leave to it (an
/// expired lift inspection, a hydrant blocked by cartons). A word raises a complaint to at least its level and never lowers
/// one: missing a red costs more than a false one. "年检*过期" matches its parts in that order within one sentence, each at
/// most <see cref="MaxGap"/> characters after the one before. A word the owner denies just before it ("没有年检过期") does
/// not count, as with the shipped triggers; <see cref="TextAnalyzer"/> does not raise praise with them.
/// </summary>
public sealed class CompanyAlertWords
{
    public const string Kind = "company";
    public const int MaxLength = 40, MaxParts = 4, MaxGap = 12;

    /// <summary>Why a phrase cannot be an alert word; the web application words each for its users.</summary>
    public enum Problem { None, Empty, TooLong, TooShort, TooManyParts, Level }

    public static readonly CompanyAlertWords Empty = new([]);

    private static readonly string[] Gaps = ["*", "＊", "…", "..."];

    private readonly (AlertWord Word, int Rank, string[] Parts)[] _words;

    /// <summary>Words that fail <see cref="Check"/> are left out rather than failing every analysis.</summary>
    public CompanyAlertWords(IEnumerable<AlertWord> words)
    {
        _words = words.Where(w => Check(w.Phrase, w.Level) == Problem.None)
            .Select(w => (w, Rank(w.Level), Parts(w.Phrase))).OrderByDescending(w => w.Item2).ToArray();
        Version = _words.Length == 0 ? "" : Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(
            string.Join("\n", _words.Select(w => $"{w.Word.Level}:{string.Join("*", w.Parts)}").Order(StringComparer.Ordinal)))))[..4];
    }

    public int Count => _words.Length;

    /// <summary>
    /// Four hex digits that change when a word, its level or its order of parts does ("" without words), so a stored
    /// analysis can say which words read it; the same words in any order give the same digits.
    /// </summary>
    public string Version { get; }

    public IEnumerable<AlertWord> Words => _words.Select(w => w.Word);

    public static Problem Check(string? phrase, string? level) => IsLevel(level) ? CheckPhrase(phrase) : Problem.Level;

    public static bool IsLevel(string? level) => level is InsightLabels.Red or InsightLabels.Yellow;

    public static Problem CheckPhrase(string? phrase)
    {
        if (string.IsNullOrWhiteSpace(phrase)) return Problem.Empty;
        if (phrase.Length > MaxLength) return Problem.TooLong;
        var parts = Parts(phrase);
        if (parts.Length > MaxParts) return Problem.TooManyParts;
        // One character ("火", "堵") would raise half of all complaints; two are a word.
        if (parts.Length == 0 || parts.Sum(p => p.Count(char.IsLetterOrDigit)) < 2) return Problem.TooShort;
        return Problem.None;
    }

    /// <summary>The phrase's parts as the rules read text: normalized, so "年檢*過期" and "ＬＩＦＴ" match what owners type.</summary>
    public static string[] Parts(string phrase) =>
        phrase.Split(Gaps, StringSplitOptions.None).Select(p => TextNormalizer.Normalize(p).Trim()).Where(p => p.Length > 0).ToArray();

    /// <summary>The words a normalized text contains, as it reads them.</summary>
    public IEnumerable<(AlertWord Word, string Matched)> Matches(string normalized)
    {
        foreach (var (word, _, parts) in _words)
            if (Find(normalized, parts) is { } matched) yield return (word, matched);
    }

    /// <summary>The alert raised to the highest level among the words in the text, with them as its reasons.</summary>
    public AlertResult Raise(AlertResult alert, string normalized)
    {
        if (_words.Length == 0) return alert;
        var current = Rank(alert.Level);
        List<AlertReason>? reasons = null;
        var level = current;
        foreach (var (word, rank, parts) in _words)
        {
            // Sorted highest level first: once a word has set the level, a lower one adds nothing.
            if (rank < level || Find(normalized, parts) is not { } matched) continue;
            level = rank;
            (reasons ??= []).Add(new AlertReason(Kind, matched));
        }
        if (reasons is null) return alert;
        // A word at the level the text already has adds its reason to the others; a higher one replaces them, as they
        // were the reasons for a lower level.
        return level == current
            ? alert with { Reasons = [.. alert.Reasons, .. reasons] }
            : new AlertResult(LevelOf(level), reasons);
    }

    private static int Rank(string level) => level switch
    {
        InsightLabels.Red => 3, InsightLabels.Yellow => 2, InsightLabels.Blue => 1, _ => 0,
    };

    private static string LevelOf(int rank) => rank switch
    {
        3 => InsightLabels.Red, 2 => InsightLabels.Yellow, 1 => InsightLabels.Blue, _ => InsightLabels.None,
    };

    /// <summary>The first place the parts stand in order in one sentence, none of them denied just before it; null if none.</summary>
    private static string? Find(string text, string[] parts)
    {
        for (var start = text.IndexOf(parts[0], StringComparison.Ordinal); start >= 0;
             start = text.IndexOf(parts[0], start + 1, StringComparison.Ordinal))
        {
            if (AlertRules.IsNegated(text, start)) continue;
            var end = start + parts[0].Length;
            var found = true;
            for (var i = 1; i < parts.Length && found; i++)
            {
                var next = text.IndexOf(parts[i], end, Math.Min(MaxGap + parts[i].Length, text.Length - end), StringComparison.Ordinal);
                // "年检没有过期" denies the second part.
                found = next >= 0 && !CrossesSentence(text, end, next) && !AlertRules.IsNegated(text, next);
                if (found) end = next + parts[i].Length;
            }
            if (found) return text[start..end];
        }
        return null;
    }

    private static bool CrossesSentence(string text, int from, int to)
    {
        for (var i = from; i < to; i++)
            if (TextNormalizer.IsSentenceEnd(text[i])) return true;
        return false;
    }
}
