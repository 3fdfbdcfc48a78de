using Yardstick.Web.Features.Organization;
using Yardstick.Web.Platform.Web;

namespace Yardstick.Web.Features.MysteryShopping;

public enum ItemResult { Pass, Fail, NA }

/// <summary>A dimension of a scoring model (安全管理 25 …); its weight is its maximum points.</summary>
public sealed record ModelDimension(string Key, string Name, double Weight);

/// <summary>
/// One check (检查项): what to observe (观察要点), what counts as a failure (判定标准), the points a failure deducts
/// from its dimension, whether a failure needs evidence, and whether it is a red line (一票否决).
/// </summary>
public sealed record ModelItem(string Key, string Dimension, StaffPost Post, string Title, string Standard, string Criterion,
    double Points, bool EvidenceRequired = false, bool RedLine = false);

/// <summary>A grade band: a total of at least <see cref="Min"/> earns this grade. The band with Min 0 is the failing grade.</summary>
public sealed record GradeBand(double Min, string Name);

/// <summary>The content of a scoring model version: what "good service" means, as data.</summary>
public sealed record ModelDefinition(IReadOnlyList<ModelDimension> Dimensions, IReadOnlyList<ModelItem> Items, IReadOnlyList<GradeBand>? Grades = null)
{
    public static readonly IReadOnlyList<GradeBand> DefaultGrades = [new(90, "优秀"), new(80, "良好"), new(70, "合格"), new(0, "不合格")];

    public IReadOnlyList<GradeBand> GradeBands => Grades is { Count: > 0 } ? Grades : DefaultGrades;

    public ModelItem? Item(string key) => Items.FirstOrDefault(i => i.Key == key);

    public FieldErrors Validate(FieldErrors errors)
    {
        // JSON from a client may leave out lists or send nulls inside them; nothing below may then be read.
        if (Dimensions is null || Items is null || Dimensions.Any(d => d is null) || Items.Any(i => i is null) || (Grades?.Any(g => g is null) ?? false))
            return errors.Add("definition", "Ms.Err.Definition");
        if (Dimensions.Count == 0) errors.Add("dimensions", "Ms.Err.NoDimensions");
        if (Dimensions.Select(d => d.Key).Distinct().Count() != Dimensions.Count || Dimensions.Any(d => string.IsNullOrWhiteSpace(d.Key) || string.IsNullOrWhiteSpace(d.Name)))
            errors.Add("dimensions", "Ms.Err.DimensionKeys");
        if (Dimensions.Any(d => d.Name?.Length > 50)) errors.Add("dimensions", "Ms.Err.DimensionName");
        if (Dimensions.Any(d => d.Weight <= 0) || Math.Abs(Dimensions.Sum(d => d.Weight) - 100) > 0.001)
            errors.Add("dimensions", "Ms.Err.WeightsSum", Dimensions.Sum(d => d.Weight));
        if (Items.Count == 0) errors.Add("items", "Ms.Err.NoItems");
        if (Items.Select(i => i.Key).Distinct().Count() != Items.Count || Items.Any(i => string.IsNullOrWhiteSpace(i.Key)))
            errors.Add("items", "Ms.Err.ItemKeys");
        foreach (var item in Items)
        {
            var dimension = Dimensions.FirstOrDefault(d => d.Key == item.Dimension);
            // Messages name the item by its title where it has one: the editor's users never see keys.
            var label = string.IsNullOrWhiteSpace(item.Title) ? item.Key : item.Title;
            if (dimension is null) errors.Add("items", "Ms.Err.ItemDimension", label);
            if (string.IsNullOrWhiteSpace(item.Title) || string.IsNullOrWhiteSpace(item.Standard) || string.IsNullOrWhiteSpace(item.Criterion))
                errors.Add("items", "Ms.Err.ItemText", label);
            if (item.Points <= 0 || (dimension is not null && item.Points > dimension.Weight))
                errors.Add("items", "Ms.Err.ItemPoints", label);
            if (item.Title?.Length > 100 || item.Standard?.Length > 500 || item.Criterion?.Length > 500)
                errors.Add("items", "Ms.Err.ItemTooLong", label);
        }
        var bands = GradeBands;
        if (bands.Any(b => string.IsNullOrWhiteSpace(b.Name) || b.Name.Length > 20) || bands[^1].Min != 0 ||
            bands.Zip(bands.Skip(1)).Any(p => p.First.Min <= p.Second.Min) || bands[0].Min > 100)
            errors.Add("grades", "Ms.Err.Grades");
        return errors;
    }
}

/// <summary>An item as observed (or as the reviewer finally decided): the deduction defaults to the item's points on a Fail.</summary>
public readonly record struct ItemOutcome(string ItemKey, ItemResult Result, double? Deduction = null);

public sealed record PartScore(string Key, string Name, double Max, double Points, double? Rate, int Failed);

public sealed record VisitScore(double Total, string Grade, bool RedLineFailed, IReadOnlyList<PartScore> Dimensions, IReadOnlyList<PartScore> Posts);

/// <summary>
/// Seed 000's 100-point system with deductions. A dimension's maximum is its weight; each failed item deducts its points
/// from its dimension, never below zero; NA deducts nothing; the total is the sum of the dimensions. A failed red-line
/// item makes the grade the failing one whatever the total. A post's score is reckoned the same way over its items, its
/// maximum being the points of its items that were observed (Pass or Fail); a post with none observed has no score.
/// Items the scenario did not cover are not observed and deduct nothing.
/// </summary>
public static class MsScoring
{
    public static VisitScore Score(ModelDefinition model, IEnumerable<ItemOutcome> outcomes)
    {
        var byKey = new Dictionary<string, ItemOutcome>();
        foreach (var o in outcomes) byKey[o.ItemKey] = o;

        double DeductionOf(ModelItem item) =>
            byKey.TryGetValue(item.Key, out var o) && o.Result == ItemResult.Fail ? o.Deduction ?? item.Points : 0;
        bool Failed(ModelItem item) => byKey.TryGetValue(item.Key, out var o) && o.Result == ItemResult.Fail;
        bool Observed(ModelItem item) => byKey.TryGetValue(item.Key, out var o) && o.Result != ItemResult.NA;

        var dimensions = model.Dimensions.Select(d =>
        {
            var items = model.Items.Where(i => i.Dimension == d.Key).ToList();
            var points = Math.Max(0, d.Weight - items.Sum(DeductionOf));
            return new PartScore(d.Key, d.Name, d.Weight, Round(points), Round(points / d.Weight), items.Count(Failed));
        }).ToList();

        var posts = model.Items.Where(Observed).GroupBy(i => i.Post).OrderBy(g => g.Key).Select(g =>
        {
            var max = g.Sum(i => i.Points);
            var points = Math.Max(0, max - g.Sum(DeductionOf));
            return new PartScore(g.Key.ToString(), g.Key.ToString(), max, Round(points), Round(points / max), g.Count(Failed));
        }).ToList();

        var total = Round(dimensions.Sum(d => d.Points));
        var redLine = model.Items.Any(i => i.RedLine && Failed(i));
        var bands = model.GradeBands;
        var grade = redLine ? bands[^1].Name : bands.First(b => total >= b.Min).Name;
        return new VisitScore(total, grade, redLine, dimensions, posts);
    }

    private static double Round(double v) => Math.Round(v, 4, MidpointRounding.AwayFromZero);
}
