using System.Globalization;
using System.Text;

namespace Yardstick.Insight;

/// <summary>
/// Brings owners' free text to one form before any rule or model reads it: full-width to half-width, Traditional to
/// Simplified, written Cantonese to Mandarin, lower-case Latin, one kind of clause punctuation, runs of "!!!!" or "啊啊啊啊" shortened (the emphasis is
/// kept, the length is not), and emoji reduced to two markers for angry and happy faces (the rest carry little).
/// </summary>
public static class TextNormalizer
{
    /// <summary>Stands for an angry or sad emoji in normalized text.</summary>
    public const char NegativeEmoji = '\uE000';

    /// <summary>Stands for a happy or thankful emoji in normalized text.</summary>
    public const char PositiveEmoji = '\uE001';

    // Hand-picked: the faces and gestures owners use in chat about service.
    private static readonly HashSet<int> NegativeFaces =
    [
        0x1F620, 0x1F621, 0x1F624, 0x1F92C, 0x1F47F, 0x1F4A2, 0x1F61E, 0x1F61F, 0x1F622, 0x1F62D, 0x1F629, 0x1F62B,
        0x1F616, 0x1F623, 0x1F625, 0x1F630, 0x1F631, 0x1F613, 0x1F612, 0x1F644, 0x1F611, 0x1F610, 0x1F615, 0x1F641,
        0x2639, 0x1F44E, 0x1F494, 0x1F92E, 0x1F922, 0x1F635,
    ];

    private static readonly HashSet<int> PositiveFaces =
    [
        0x1F600, 0x1F601, 0x1F602, 0x1F603, 0x1F604, 0x1F606, 0x1F60A, 0x1F60D, 0x1F618, 0x1F619, 0x1F642, 0x1F917,
        0x1F970, 0x1F929, 0x263A, 0x1F44D, 0x1F44F, 0x1F64F, 0x2764, 0x1F496, 0x1F497, 0x1F339, 0x1F490, 0x1F389,
        0x1F4AF, 0x1F31F, 0x2B50, 0x1F60E,
    ];

    public static string Normalize(string? text)
    {
        if (string.IsNullOrWhiteSpace(text)) return "";
        var folded = FoldCompatibility(text);
        // 唔該 is Cantonese thanks; every other 唔 below is 不.
        if (folded.Contains('唔')) folded = folded.Replace("唔該", "多謝", StringComparison.Ordinal).Replace("唔该", "多谢", StringComparison.Ordinal);
        var sb = new StringBuilder(folded.Length);
        foreach (var rune in folded.EnumerateRunes())
        {
            var c = Map(rune);
            if (c == '\0') continue;
            if (c == ' ' && (sb.Length == 0 || sb[^1] == ' ')) continue;
            if (RepeatRun(sb, c) >= (IsPunctuation(c) ? 2 : 3)) continue;
            sb.Append(c);
        }
        KeepNumbersWhole(sb);
        return sb.ToString().TrimEnd();
    }

    // Unicode compatibility folding (NFKC: full-width "ＡＢＣ１２３！" to "ABC123!", ligatures, circled digits …). ICU refuses
    // a text with half an emoji (a lone surrogate, as a field cut at a length limit leaves) or a noncharacter (U+FFFE):
    // those carry nothing, so they are dropped rather than failing the whole analysis.
    private static string FoldCompatibility(string text)
    {
        try
        {
            return text.Normalize(NormalizationForm.FormKC);
        }
        catch (ArgumentException)
        {
            var valid = new StringBuilder(text.Length);
            foreach (var rune in text.EnumerateRunes())
                if (rune != Rune.ReplacementChar && (rune.Value & 0xFFFE) != 0xFFFE && rune.Value is not (>= 0xFDD0 and <= 0xFDEF))
                    valid.Append(rune.ToString());
            return valid.ToString().Normalize(NormalizationForm.FormKC);
        }
    }

    /// <summary>Stands for a decimal point between digits ("3.5米"), which does not end a clause.</summary>
    public const char DecimalPoint = '·';

    /// <summary>Stands for the colon of a time of day ("8:30"), which does not end a clause.</summary>
    public const char TimeColon = '∶';

    // Owners who give details write "漏了3.5个小时" and "8:30到9:00电梯等不到": a '.' or ':' between digits is part of the
    // number, and must not cut the clause that the rules read for negation, time words and who is in danger.
    private static void KeepNumbersWhole(StringBuilder sb)
    {
        for (var i = 1; i < sb.Length - 1; i++)
        {
            if (!char.IsAsciiDigit(sb[i - 1]) || !char.IsAsciiDigit(sb[i + 1])) continue;
            if (sb[i] == '.') sb[i] = DecimalPoint;
            else if (sb[i] == ':') sb[i] = TimeColon;
        }
    }

    /// <summary>
    /// A stretch of normalized text as a reader would write it: "限高2.2米" rather than "限高2·2米", and Chinese clause
    /// punctuation beside Chinese ("困在电梯里，按铃没人应" rather than "困在电梯里,按铃没人应").
    /// </summary>
    public static string ForDisplay(string normalized)
    {
        var chars = normalized.ToCharArray();
        for (var i = 0; i < chars.Length; i++)
        {
            var beside = (i > 0 && IsChinese(chars[i - 1])) || (i + 1 < chars.Length && IsChinese(chars[i + 1]));
            chars[i] = chars[i] switch
            {
                DecimalPoint => '.',
                TimeColon => ':',
                ',' when beside => '，',
                '.' when beside => '。',
                '!' when beside => '！',
                '?' when beside => '？',
                ';' when beside => '；',
                ':' when beside => '：',
                var c => c,
            };
        }
        // A reader sees a face for each marker, not a blank box.
        return new string(chars).Replace(NegativeEmoji.ToString(), "😡").Replace(PositiveEmoji.ToString(), "👍");
    }

    /// <summary>One of the two markers an emoji is normalized to.</summary>
    public static bool IsEmoji(char c) => c is NegativeEmoji or PositiveEmoji;

    /// <summary>A CJK unified ideograph: the characters Chinese text is written in.</summary>
    public static bool IsChinese(char c) => c is >= '\u4e00' and <= '\u9fff';

    /// <summary>Clause ends after normalization: rules look for negation and time words within one clause.</summary>
    public static bool IsClauseBreak(char c) => c is ',' or '.' or '!' or '?' or ';' or ':' or '\n' or '~';

    /// <summary>Sentence ends after normalization: a letter's sentences, where a clause is too short a reach.</summary>
    public static bool IsSentenceEnd(char c) => c is '.' or '!' or '?' or '\n';

    private static bool IsPunctuation(char c) => IsClauseBreak(c) || c is '-' or '…';

    private static char Map(Rune rune)
    {
        if (NegativeFaces.Contains(rune.Value)) return NegativeEmoji;
        if (PositiveFaces.Contains(rune.Value)) return PositiveEmoji;
        if (rune.Value == 0x282E2) return '梯'; // 𨋢, the Cantonese lift
        if (!rune.IsBmp) return '\0';
        var c = (char)rune.Value;
        switch (c)
        {
            case '。': case '．': return '.';
            case '、': return ',';
            case '！': return '!';
            case '？': return '?';
            case '；': return ';';
            case '：': return ':';
            case '～': return '~';
            case '\r': return '\0';
            case '\n': return '\n';
            case '“': case '”': case '「': case '」': case '『': case '』': case '"': case '\'': case '‘': case '’': return '\0';
        }
        if (char.IsWhiteSpace(c)) return ' ';
        var category = CharUnicodeInfo.GetUnicodeCategory(c);
        if (category is UnicodeCategory.Control or UnicodeCategory.Format or UnicodeCategory.OtherSymbol
            or UnicodeCategory.Surrogate or UnicodeCategory.PrivateUse or UnicodeCategory.NonSpacingMark) return '\0';
        if (c is >= 'A' and <= 'Z') return (char)(c + 32);
        return Cantonese.TryGetValue(c, out var mandarin) ? mandarin : ChineseVariants.ToSimplified(c);
    }

    // Owners in Guangdong and Hong Kong write as they speak ("部電梯困咗人", "我唔會再交管理費"). These characters are
    // written Cantonese only, and each stands for one Mandarin character, so the rules and models, written and trained in
    // Mandarin, read them. Characters Mandarin also uses (係, 俾, 啲 …) are left alone.
    private static readonly Dictionary<char, char> Cantonese = new()
    {
        ['咗'] = '了', ['喺'] = '在', ['冇'] = '没', ['嘅'] = '的', ['佢'] = '他', ['睇'] = '看', ['嚟'] = '来', ['唔'] = '不',
        ['搵'] = '找', ['揾'] = '找', ['攞'] = '拿',
    };

    private static int RepeatRun(StringBuilder sb, char c)
    {
        var run = 0;
        for (var i = sb.Length - 1; i >= 0 && sb[i] == c; i--) run++;
        return run;
    }
}
