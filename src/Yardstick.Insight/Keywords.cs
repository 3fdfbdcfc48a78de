using System.Text.RegularExpressions;

namespace Yardstick.Insight;

/// <summary>A keyword of a set of texts: how many texts name it, how many did in the previous period, and examples.</summary>
public sealed record KeywordStat(string Term, int Count, int PreviousCount, string Trend, IReadOnlyList<string> Examples);

/// <summary>
/// Keywords (seed 002: 从反馈中提取关键词). Word boundaries come from the domain lexicon; phrases it does not know are
/// found by statistics over the set — a run of characters that several different texts share, with neighbours that
/// vary on at least one side, that does not start or end with a function character, and that is not just a piece of
/// a longer shared phrase.
/// </summary>
public static class Keywords
{
    /// <summary>The lexicon words of one normalized text, most specific (longest) first, without stop words.</summary>
    public static IReadOnlyList<string> OfText(string normalized, int top) =>
        OfWords(DomainLexicon.Segment(normalized).Where(t => t.Known).Select(t => t.Token), top);

    /// <summary>As <see cref="OfText"/>, from lexicon words already segmented.</summary>
    public static IReadOnlyList<string> OfWords(IEnumerable<string> words, int top) =>
        words.Where(w => !DomainLexicon.StopWords.Contains(w)).Distinct().OrderByDescending(w => w.Length).Take(top).ToList();

    public static IReadOnlyList<KeywordStat> Extract(IReadOnlyList<string> texts, IReadOnlyList<string>? previous = null, int top = 20, int examples = 3)
    {
        var current = Terms(texts);
        var before = previous is null ? new Dictionary<string, List<int>>() : Terms(previous);
        return current
            .Where(kv => kv.Value.Count >= (texts.Count >= 20 ? 2 : 1))
            .OrderByDescending(kv => kv.Value.Count).ThenByDescending(kv => kv.Key.Length).ThenBy(kv => kv.Key, StringComparer.Ordinal)
            .Take(top)
            .Select(kv =>
            {
                var prev = before.TryGetValue(kv.Key, out var p) ? p.Count : 0;
                var trend = previous is null ? "none" : prev == 0 ? "new" : kv.Value.Count > prev ? "up" : kv.Value.Count < prev ? "down" : "flat";
                var samples = kv.Value.Take(examples).Select(i => Shorten(texts[i])).ToList();
                return new KeywordStat(kv.Key, kv.Value.Count, prev, trend, samples);
            })
            .ToList();
    }

    // term → the indices of the texts that contain it (each text counted once).
    private static Dictionary<string, List<int>> Terms(IReadOnlyList<string> texts)
    {
        var terms = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        var unknownSpans = new List<(int Doc, string Span)>();
        // Each text's first identical twin: copies of one message share every run of characters, so they say nothing
        // about where a phrase begins or ends ("接了说话" of "客服电话打了三次才接，接了说话还不耐烦" sent twice).
        var firstCopy = new int[texts.Count];
        var seen = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var d = 0; d < texts.Count; d++)
        {
            var normalized = TextNormalizer.Normalize(texts[d]);
            firstCopy[d] = seen.TryAdd(normalized, d) ? d : seen[normalized];
            foreach (var (token, known) in DomainLexicon.Segment(normalized))
            {
                if (known) { if (!DomainLexicon.StopWords.Contains(token)) AddDoc(terms, token, d); }
                else if (token.Length >= 2 && token.All(TextNormalizer.IsChinese)) unknownSpans.Add((d, token));
            }
        }
        foreach (var (phrase, docs) in FrequentPhrases(unknownSpans, firstCopy))
            foreach (var d in docs) AddDoc(terms, phrase, d);
        return terms;
    }

    private static IEnumerable<(string Phrase, List<int> Docs)> FrequentPhrases(List<(int Doc, string Span)> spans, int[] firstCopy)
    {
        var minDocs = Math.Max(2, firstCopy.Length / 50);
        var grams = new Dictionary<string, Gram>(StringComparer.Ordinal);
        foreach (var (doc, span) in spans)
            for (var n = 2; n <= MaxPhrase; n++)
                for (var s = 0; s + n <= span.Length; s++)
                {
                    var g = span.Substring(s, n);
                    if (DomainLexicon.EdgeStopChars.Contains(g[0]) || DomainLexicon.EdgeStopChars.Contains(g[^1])) continue;
                    if (DomainLexicon.StopWords.Contains(g) || Quantity.IsMatch(g)) continue;
                    if (!grams.TryGetValue(g, out var gram)) grams[g] = gram = new Gram();
                    gram.Docs.Add(doc);
                    gram.Left.Add(s > 0 ? span[s - 1] : '^');
                    gram.Right.Add(s + n < span.Length ? span[s + n] : '$');
                }
        // A phrase is a unit when what stands around it varies: "快递驿站" is followed by 关, 不 and 乱. A run that two
        // texts share with the same neighbours on both sides ("接了说话" of a sentence both quote) has no edges of its own.
        var frequent = grams
            .Where(kv => kv.Value.Docs.Select(d => firstCopy[d]).Distinct().Count() >= minDocs && (kv.Value.Left.Count > 1 || kv.Value.Right.Count > 1))
            .ToDictionary(kv => kv.Key, kv => kv.Value.Docs);
        foreach (var (gram, docs) in frequent)
        {
            // "电梯坏" inside "电梯坏了三天" with (nearly) the same texts is the same finding: keep the longer one.
            var subsumed = frequent.Any(o => o.Key.Length > gram.Length && o.Key.Contains(gram, StringComparison.Ordinal) && o.Value.Count >= docs.Count * 0.8);
            // A window that overlaps a longer phrase with the same texts is a piece of it ("区加装遮" of "游乐区加装遮阳棚").
            var piece = !subsumed && gram.Length == MaxPhrase && frequent.Any(o => o.Key != gram && o.Key.Length == MaxPhrase
                && o.Value.SetEquals(docs) && string.CompareOrdinal(o.Key, gram) < 0 && Overlaps(o.Key, gram));
            if (!subsumed && !piece) yield return (gram, docs.Order().ToList());
        }
    }

    // "五分钟", "三个小时", "七点", "两次": how long, when or how often, never what owners talk about; "五分" is the piece of
    // "五分钟" that the statistics would otherwise keep.
    private static readonly Regex Quantity = new("^[零一二两三四五六七八九十百千几半多个]*(分钟|分|小时|点|天|周|星期|个月|月|年|次|遍|回)$", RegexOptions.Compiled);

    private sealed class Gram
    {
        public HashSet<int> Docs { get; } = [];
        public HashSet<char> Left { get; } = [];
        public HashSet<char> Right { get; } = [];
    }

    // Long enough for "游乐区加装遮阳棚", so a repeated sentence comes back as one phrase rather than its overlapping pieces.
    private const int MaxPhrase = 8;

    private static void AddDoc(Dictionary<string, List<int>> terms, string term, int doc)
    {
        if (!terms.TryGetValue(term, out var list)) terms[term] = list = [];
        if (list.Count == 0 || list[^1] != doc) list.Add(doc);
    }

    private static bool Overlaps(string a, string b)
    {
        for (var k = 1; k < a.Length; k++)
            if (a.EndsWith(b[..k], StringComparison.Ordinal) || b.EndsWith(a[..k], StringComparison.Ordinal)) return true;
        return false;
    }

    private static string Shorten(string text) => text.Length <= 80 ? text : text[..79] + "…";
}
