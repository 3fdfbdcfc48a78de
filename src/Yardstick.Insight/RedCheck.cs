namespace Yardstick.Insight;

/// <summary>
/// How many of a set of reds two analyzers call red, and which the second loses: the check before switching to a
/// retrained model. A red that only the old alert model read can be lost by retraining, and so can one whose complaint only
/// the old polarity model read; the rubric's target is that no red is missed.
/// </summary>
public sealed record RedCheck(int Reds, int CaughtBefore, int CaughtAfter, IReadOnlyList<string> Lost)
{
    public static RedCheck Of(TextAnalyzer before, TextAnalyzer after, IReadOnlyCollection<string> reds)
    {
        var read = reds.Select(t => (Text: t, Before: IsRed(before, t), After: IsRed(after, t))).ToList();
        return new(reds.Count, read.Count(r => r.Before), read.Count(r => r.After), [.. read.Where(r => r.Before && !r.After).Select(r => r.Text)]);
    }

    private static bool IsRed(TextAnalyzer analyzer, string text) => analyzer.Analyze(text).Alert.Level == InsightLabels.Red;
}
