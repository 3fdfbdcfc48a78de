namespace Yardstick.Insight;

/// <summary>The three things a model can be trained to tell (issue 6's label keys, lower-case English).</summary>
public enum InsightTask { Polarity, Alert, Category }

public static class InsightLabels
{
    public const string Positive = "positive", Neutral = "neutral", Negative = "negative";
    public const string Red = "red", Yellow = "yellow", Blue = "blue", None = "none";

    public static readonly IReadOnlyList<string> Polarity = [Positive, Neutral, Negative];
    public static readonly IReadOnlyList<string> Alert = [Red, Yellow, Blue, None];

    public static readonly IReadOnlyList<string> Category =
        ["equipment", "attitude", "quality", "environment", "greening", "security", "parking", "fees", "neighbor", "emergency", "other"];

    public static IReadOnlyList<string> For(InsightTask task) => task switch
    {
        InsightTask.Polarity => Polarity,
        InsightTask.Alert => Alert,
        _ => Category,
    };

    public static string Key(this InsightTask task) => task.ToString().ToLowerInvariant();

    public static bool TryParseTask(string? value, out InsightTask task) =>
        Enum.TryParse(value, ignoreCase: true, out task) && Enum.IsDefined(task);
}
