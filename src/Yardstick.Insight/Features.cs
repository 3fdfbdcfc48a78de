namespace Yardstick.Insight;

/// <summary>
/// Character n-grams, hashed into a fixed number of buckets. Chinese needs no word segmenter for this: the bigrams and
/// trigrams of "电梯困人" already carry 电梯, 困人 and 梯困. Each text is a unit-length vector of the n-grams present,
/// so short and long texts weigh the same. English words count as words too (<see cref="Words"/>); model files written
/// before that read without them.
/// </summary>
public sealed record FeatureSpec(int MinN, int MaxN, int Bits, bool Tail = true, bool Words = false)
{
    public static readonly FeatureSpec Default = new(1, 3, 20, Words: true);

    public int Buckets => 1 << Bits;

    public SparseVector Extract(string normalized)
    {
        var text = normalized.Length > MaxChars ? normalized[..MaxChars] : normalized;
        var count = 0;
        var tail = Tail ? TailOf(text) : "";
        var hashes = new int[Math.Max(1, (text.Length + tail.Length) * (MaxN - MinN + 1) + 2 + (Words ? text.Length : 0))];
        // '\u0002' and '\u0003' mark the start and the end, so "谢谢" at the end of a message is its own feature.
        var padded = "\u0002" + text + "\u0003";
        var mask = Buckets - 1;
        for (var n = MinN; n <= MaxN; n++)
            for (var start = 0; start + n <= padded.Length; start++)
            {
                if (n == 1 && (start == 0 || start == padded.Length - 1)) continue;
                hashes[count++] = (int)(Hash(padded.AsSpan(start, n)) & (uint)mask);
            }
        // The conclusion of a review ("…，不过总体还不错") again, marked as such: it decides mixed texts.
        for (var n = Math.Max(2, MinN); n <= MaxN; n++)
            for (var start = 0; start + n <= tail.Length; start++)
                hashes[count++] = (int)((Hash(tail.AsSpan(start, n)) * 31 + 17) & (uint)mask);
        if (Words) count = AddLatinWords(text, hashes, count, mask);
        if (count == 0) return SparseVector.Empty;
        Array.Sort(hashes, 0, count);
        var indices = new int[count];
        var unique = 0;
        for (var i = 0; i < count; i++)
            if (unique == 0 || indices[unique - 1] != hashes[i]) indices[unique++] = hashes[i];
        Array.Resize(ref indices, unique);
        return new SparseVector(indices, (float)(1 / Math.Sqrt(unique)));
    }

    /// <summary>
    /// English words and pairs of neighbouring words, as features of their own: character trigrams carry little of
    /// "elevator" or "management fee". A plural's "s" is dropped, so "lifts" and "lift" are one word.
    /// </summary>
    private static int AddLatinWords(string text, int[] hashes, int count, int mask)
    {
        var previous = 0u;
        var havePrevious = false;
        var i = 0;
        while (i < text.Length)
        {
            if (!char.IsAsciiLetter(text[i]))
            {
                if (text[i] != ' ') havePrevious = false;
                i++;
                continue;
            }
            var start = i;
            while (i < text.Length && char.IsAsciiLetter(text[i])) i++;
            var h = WordHash(text.AsSpan(start, i - start));
            hashes[count++] = (int)(h & (uint)mask);
            if (havePrevious) hashes[count++] = (int)(((previous * 16777619u) ^ h) * 31 + 41 & (uint)mask);
            previous = h;
            havePrevious = true;
        }
        return count;
    }

    private static uint WordHash(ReadOnlySpan<char> word)
    {
        if (word.Length > 3 && word[^1] == 's' && word[^2] != 's') word = word[..^1];
        return Hash(word) * 31 + 29;
    }

    /// <summary>The bucket of one English word, as <see cref="Extract"/> hashes it when <see cref="Words"/> is on.</summary>
    public int WordBucketOf(ReadOnlySpan<char> word) => (int)(WordHash(word) & (uint)(Buckets - 1));

    private static readonly string[] Contrasts = ["但是", "不过", "可是", "但", "然而", "只是", "就是", "总的来说", "总之", "总体"];

    /// <summary>What follows the last contrast word, or else the last clause.</summary>
    private static string TailOf(string text)
    {
        var at = -1;
        foreach (var c in Contrasts)
        {
            var i = text.LastIndexOf(c, StringComparison.Ordinal);
            if (i > at) at = i;
        }
        if (at >= 0) return text[at..];
        var end = text.Length;
        while (end > 0 && TextNormalizer.IsClauseBreak(text[end - 1])) end--;
        var start = end;
        while (start > 0 && !TextNormalizer.IsClauseBreak(text[start - 1])) start--;
        return text[start..end];
    }

    /// <summary>The bucket of one n-gram, as <see cref="Extract"/> hashes it.</summary>
    public int BucketOf(ReadOnlySpan<char> gram) => (int)(Hash(gram) & (uint)(Buckets - 1));

    /// <summary>Texts longer than this are read by their beginning: owners put the point first, and speed stays flat.</summary>
    public const int MaxChars = 2000;

    private static uint Hash(ReadOnlySpan<char> gram)
    {
        // FNV-1a, seeded with the length so "电" and "电\0" never share a hash by construction.
        var h = 2166136261u ^ (uint)gram.Length;
        foreach (var c in gram)
        {
            h = (h ^ (c & 0xFFu)) * 16777619u;
            h = (h ^ (uint)(c >> 8)) * 16777619u;
        }
        return h;
    }
}

/// <summary>A binary bag of buckets, every present bucket with the same value (1 / √count).</summary>
public readonly record struct SparseVector(int[] Indices, float Value)
{
    public static readonly SparseVector Empty = new([], 0);
}
