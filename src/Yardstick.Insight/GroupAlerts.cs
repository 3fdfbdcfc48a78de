namespace Yardstick.Insight;

/// <summary>One analysed text as the group-complaint detector sees it.</summary>
/// <param name="Author">
/// Whose complaint the text belongs to, when known: an owner's order, its rating comment and its return-visit remark
/// share one, so that one owner complaining three times does not look like three owners. Null counts the text alone.
/// </param>
public sealed record GroupItem(string Id, string ProjectId, string? Building, DateTimeOffset At, string Category, bool Negative, bool CollectiveMarker,
    string? Author = null)
{
    public string Counted => Author ?? Id;
}

/// <summary>A group alert: the scope it concerns, the texts that raised it and how many owners wrote them.</summary>
public sealed record GroupAlert(string Reason, string ProjectId, string? Building, string Category, DateTimeOffset From, DateTimeOffset To, IReadOnlyList<string> ItemIds,
    int Owners);

public sealed record GroupAlertOptions
{
    /// <summary>Seed 004's 群体性投诉预警: negative texts of this many owners (<see cref="GroupItem.Author"/>) …</summary>
    public int MinTexts { get; init; } = 5;

    /// <summary>… in the same category and building (or project) within this window.</summary>
    public TimeSpan Window { get; init; } = TimeSpan.FromHours(24);
}

/// <summary>
/// 群体性投诉预警 (seed 004): negative texts of at least N owners in one category from one building — or from one project
/// when the building is unknown or the texts spread over buildings — within T hours; or any text with a collective marker.
/// </summary>
public static class GroupAlerts
{
    public const string ManyTexts = "many", CollectiveMarker = "collective";

    public static List<GroupAlert> Detect(IEnumerable<GroupItem> items, GroupAlertOptions? options = null)
    {
        options ??= new GroupAlertOptions();
        var list = items.OrderBy(i => i.At).ThenBy(i => i.Id, StringComparer.Ordinal).ToList();
        var alerts = new List<GroupAlert>();
        var covered = new HashSet<string>(StringComparer.Ordinal);

        foreach (var building in list.Where(i => i.Negative && i.Building is not null).GroupBy(i => (i.ProjectId, i.Building, i.Category)))
            foreach (var window in Windows(building.ToList(), options))
            {
                alerts.Add(Alert(ManyTexts, window, building.Key.Building));
                covered.UnionWith(window.Select(w => w.Id));
            }
        // A project-wide alert only for what the building alerts did not already say.
        foreach (var project in list.Where(i => i.Negative).GroupBy(i => (i.ProjectId, i.Category)))
            foreach (var window in Windows(project.ToList(), options))
                if (!window.All(w => covered.Contains(w.Id))) alerts.Add(Alert(ManyTexts, window, null));

        foreach (var item in list.Where(i => i.CollectiveMarker))
            alerts.Add(Alert(CollectiveMarker, [item], item.Building));
        return alerts;
    }

    // Maximal runs in which every text lies within the window of the run's first text, from at least MinTexts authors.
    private static IEnumerable<List<GroupItem>> Windows(List<GroupItem> sorted, GroupAlertOptions options)
    {
        var start = 0;
        while (start < sorted.Count)
        {
            var end = start;
            while (end + 1 < sorted.Count && sorted[end + 1].At - sorted[start].At <= options.Window) end++;
            var run = sorted.GetRange(start, end - start + 1);
            if (run.Select(i => i.Counted).Distinct().Count() >= options.MinTexts)
            {
                yield return run;
                start = end + 1;
            }
            else start++;
        }
    }

    private static GroupAlert Alert(string reason, List<GroupItem> items, string? building) =>
        new(reason, items[0].ProjectId, building, items[0].Category, items[0].At, items[^1].At, items.Select(i => i.Id).ToList(),
            items.Select(i => i.Counted).Distinct().Count());
}
