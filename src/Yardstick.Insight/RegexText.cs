using System.Text;

namespace Yardstick.Insight;

/// <summary>Reading the text of the alert rules' patterns: their branches, and the words a match must contain.</summary>
internal static class RegexText
{
    /// <summary>
    /// The text with every Chinese character (or other non-ASCII letter or digit) that touches a Latin letter or digit
    /// read as a space, for the English patterns: .NET's <c>\b</c> counts Chinese characters as word characters, so
    /// "电梯stuck在12楼" would have no word edge around "stuck". The length and every index stay the same.
    /// </summary>
    public static string LatinWordsApart(string text)
    {
        char[]? copy = null;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c < 128 || !char.IsLetterOrDigit(c)) continue;
            if ((i > 0 && char.IsAsciiLetterOrDigit(text[i - 1])) || (i + 1 < text.Length && char.IsAsciiLetterOrDigit(text[i + 1])))
                (copy ??= text.ToCharArray())[i] = ' ';
        }
        return copy is null ? text : new string(copy);
    }

    /// <summary>The branches of a pattern's outermost alternation ("a|(b|c)d" → "a", "(b|c)d").</summary>
    public static List<string> TopLevelAlternatives(string pattern)
    {
        var branches = new List<string>();
        var (depth, start) = (0, 0);
        for (var i = 0; i < pattern.Length; i++)
        {
            var c = pattern[i];
            if (c == '\\') i++;
            else if (c == '[') i = ClassEnd(pattern, i);
            else if (c == '(') depth++;
            else if (c == ')') depth--;
            else if (c == '|' && depth == 0) { branches.Add(pattern[start..i]); start = i + 1; }
        }
        branches.Add(pattern[start..]);
        return branches;
    }

    /// <summary>
    /// Words of which every match of the branch contains at least one, read from its top level: a run of plain characters
    /// ("漏电" of "(?&lt;!没有)漏电(了)?") or a group whose every alternative needs words ("轿厢", "电梯井" of
    /// "(轿厢|电梯井)[^,]{0,4}进水"; "中毒", "一氧化碳" of "(中毒|一氧化碳(?!报警器))"), whichever has the longest shortest
    /// word. None when every part is a class, optional, a lookaround, or a group with an alternative that needs nothing.
    /// </summary>
    public static string[]? RequiredWords(string branch)
    {
        string[]? best = null;
        var run = new StringBuilder();
        for (var i = 0; i < branch.Length; i++)
        {
            var c = branch[i];
            var start = i;
            var plain = false;
            if (c == '\\') i = EscapeEnd(branch, i);
            else if (c == '[') i = ClassEnd(branch, i);
            else if (c == '(') i = GroupEnd(branch, i);
            else if (c == '{') i = branch.IndexOf('}', i);
            else plain = !IsSpecial(c);
            // Whatever has a quantifier after it may be absent or repeated.
            var quantified = i + 1 < branch.Length && branch[i + 1] is '?' or '*' or '+' or '{';
            if (plain && !quantified)
            {
                run.Append(c);
                continue;
            }
            Consider([run.ToString()]);
            run.Clear();
            if (c == '(' && !quantified && GroupWords(branch[(start + 1)..i]) is { } alternatives) Consider(alternatives);
        }
        Consider([run.ToString()]);
        return best;

        void Consider(string[] words)
        {
            if (words.Any(w => w.Length == 0)) return;
            if (best is null || words.Min(w => w.Length) > best.Min(w => w.Length)
                || (words.Min(w => w.Length) == best.Min(w => w.Length) && words.Length < best.Length)) best = words;
        }
    }

    // The words of a group's content of which any match contains one: all the words its alternatives need ("轿厢|电梯井",
    // "?:a|b", "sue|lawyers?(?! to review)": sue or lawyer), or null for a lookaround or an alternative that needs none.
    private static string[]? GroupWords(string content)
    {
        if (content.StartsWith("?:", StringComparison.Ordinal)) content = content[2..];
        else if (content.StartsWith('?')) return null;
        var words = new List<string>();
        foreach (var alternative in TopLevelAlternatives(content))
        {
            if (RequiredWords(alternative) is not { } needed) return null;
            words.AddRange(needed);
        }
        return [.. words.Distinct()];
    }

    private static bool IsSpecial(char c) => c is '\\' or '[' or ']' or '(' or ')' or '{' or '}' or '|' or '.' or '?' or '*' or '+' or '^' or '$';

    // An escape is two characters ("\d"), a character by its code four or two more ("\u4e00", "\x41"), a Unicode
    // category and a backreference by name run to their end ("\p{Lu}", "\k<said>"): none is a plain word.
    private static int EscapeEnd(string pattern, int start) => pattern[start + 1] switch
    {
        'k' when pattern.AsSpan(start + 2).StartsWith("<") => pattern.IndexOf('>', start),
        'p' or 'P' when pattern.AsSpan(start + 2).StartsWith("{") => pattern.IndexOf('}', start),
        'u' => start + 5,
        'x' => start + 3,
        _ => start + 1,
    };

    private static int ClassEnd(string pattern, int start)
    {
        var i = start + 1;
        if (pattern[i] == '^') i++;
        if (pattern[i] == ']') i++;
        for (; pattern[i] != ']'; i++)
            if (pattern[i] == '\\') i++;
        return i;
    }

    private static int GroupEnd(string pattern, int start)
    {
        var depth = 0;
        for (var i = start; ; i++)
        {
            if (pattern[i] == '\\') i++;
            else if (pattern[i] == '[') i = ClassEnd(pattern, i);
            else if (pattern[i] == '(') depth++;
            else if (pattern[i] == ')' && --depth == 0) return i;
        }
    }
}
