using Yardstick.Insight;

namespace Yardstick.Web.Features.Insight;

/// <summary>
/// How a set of owners' texts reads — the share of each feeling and what they talk about — shown beside the texts
/// wherever a module lists them (survey comments, return-visit remarks; issue 6).
/// </summary>
public sealed record TextSummary(int Texts, int Positive, int Neutral, int Negative, IReadOnlyList<KeywordStat> Keywords)
{
    public static TextSummary Of(IReadOnlyList<(string Text, string Polarity)> items, int top = 15) => new(
        items.Count,
        items.Count(i => i.Polarity == InsightLabels.Positive),
        items.Count(i => i.Polarity == InsightLabels.Neutral),
        items.Count(i => i.Polarity == InsightLabels.Negative),
        Yardstick.Insight.Keywords.Extract(items.Select(i => i.Text).ToList(), null, top));

    public double Percent(int count) => Texts == 0 ? 0 : Math.Round(100.0 * count / Texts, 1);
}
