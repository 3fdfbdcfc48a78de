namespace Yardstick.Web.Platform.Text;

/// <summary>
/// Words that make an answer or a finding vague (seed 002: 标准答复不得含糊其辞). Shared by the handbook, mystery-shopper
/// reports and text insight, so that every module warns about the same words.
/// </summary>
public static class VagueWords
{
    public static readonly IReadOnlyList<string> Default = ["可能", "大概", "也许", "差不多", "应该吧", "不清楚", "好像", "估计", "或许", "说不定"];

    /// <summary>The vague words in <paramref name="text"/>, in the order of the list, each once.</summary>
    public static List<string> Find(string? text) =>
        string.IsNullOrEmpty(text) ? [] : Default.Where(w => text.Contains(w, StringComparison.Ordinal)).ToList();
}
