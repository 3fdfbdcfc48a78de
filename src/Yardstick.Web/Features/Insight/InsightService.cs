using System.Linq.Expressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Yardstick.Insight;
using Yardstick.Web.Features.Organization;
using Yardstick.Web.Features.ServiceDesk;
using Yardstick.Web.Platform.Calendar;
using Yardstick.Web.Platform.Data;
using Yardstick.Web.Platform.Identity;
using Yardstick.Web.Platform.Localization;
using Yardstick.Web.Platform.Notifications;
using Yardstick.Web.Platform.Web;

namespace Yardstick.Web.Features.Insight;

public sealed record InsightAlertDto(
    long Id, int ProjectId, string Source, long SourceId, string? Number, string? Building, string Text, string Polarity,
    string Alert, IReadOnlyList<AlertReason> Reasons, string Category, string? ConfirmedCategory, IReadOnlyList<string> Keywords, DateTime CreatedAt)
{
    public string Link => InsightService.LinkOf(Source, SourceId);

    /// <summary>Where the order the text came from stands now (null for a survey comment or a visit remark), so a supervisor sees which reds are still open.</summary>
    public WorkOrderStatus? OrderStatus { get; init; }
}

/// <summary>Which stored alerts the board, the API and the workbook ask for; <see cref="OpenOnly"/> keeps the texts of orders not yet resolved.</summary>
public sealed record AlertFilter(int? ProjectId = null, string? Level = null, DateOnly? From = null, DateOnly? To = null, bool OpenOnly = false);

public sealed record GroupAlertItemDto(long Id, long SourceId, string? Number, string Text, DateTime CreatedAt)
{
    public string Source { get; init; } = TextInsight.WorkOrderSource;
    public string Link => InsightService.LinkOf(Source, SourceId);
}

public sealed record GroupAlertDto(
    string Reason, int ProjectId, string? Building, string Category, DateTime From, DateTime To, IReadOnlyList<GroupAlertItemDto> Items)
{
    /// <summary>How many owners wrote the texts (an order's description, rating comment and visit remarks are one).</summary>
    public int Owners { get; init; }
}

/// <summary>One week of 情绪趋势: from Monday, the texts read, the negative ones and each alert level's count.</summary>
public sealed record WeekTrend(DateOnly Week, int Texts, int Negative, int Red, int Yellow, int Blue)
{
    public double? NegativeShare => Texts == 0 ? null : Math.Round((double)Negative / Texts, 3);
}

public sealed record KeywordsDto(DateOnly From, DateOnly To, int Texts, int PreviousTexts, IReadOnlyList<KeywordStat> Keywords);

/// <summary>Text insight inside Yardstick: reads texts as they arrive, keeps the results, and serves the board.</summary>
public sealed class InsightService(AppDbContext db, TextAnalyzer analyzer, NotificationService notes, OrganizationService org,
    TimeProvider clock, IStringLocalizer l, IConfiguration config)
{
    /// <summary>
    /// The company's rule for 群体性投诉预警 (issue 6: N texts within T hours, default 5 and 24): what notifies the
    /// supervisors and what the board shows unless asked otherwise. A setting out of the API's range falls back to the default.
    /// </summary>
    public GroupAlertOptions GroupRule { get; } = new()
    {
        MinTexts = config.GetValue("Insight:GroupMinTexts", 5) is var n and >= 2 and <= 100 ? n : 5,
        Window = TimeSpan.FromHours(config.GetValue("Insight:GroupWindowHours", 24) is var h and >= 1 and <= 168 ? h : 24),
    };

    public const int MaxTexts = 100, MaxTextLength = 10_000;

    /// <summary>How many weeks the board's and the workbook's 情绪趋势 show (the API's default).</summary>
    public const int TrendWeeks = 12;

    /// <summary>An alert's reasons as a reader sees them: 扬言外部投诉「12345」；公司预警词「消防栓前面堆满了纸箱」.</summary>
    public static string Why(IEnumerable<AlertReason> reasons, IStringLocalizer l) =>
        string.Join(l["Insight.ReasonSeparator"], reasons.Select(r => r.Trigger.Length > 0
            ? l["Insight.ReasonQuoted", l[$"Insight.Reason.{r.Kind}"], r.Trigger].Value
            : l[$"Insight.Reason.{r.Kind}"].Value));

    /// <summary>The name of a category key of the taxonomy (equipment → 设施设备) in the reader's language.</summary>
    public static string CategoryLabel(string key, IStringLocalizer l) =>
        key.Length == 0 ? key : l[$"Category.{char.ToUpperInvariant(key[0])}{key[1..]}"].Value;

    /// <summary>Texts analysed on request (intake while typing, the API); nothing is stored.</summary>
    public (List<AnalysisResult>? Results, FieldErrors Errors) Analyze(IReadOnlyList<string?>? texts)
    {
        var errors = Validate(texts);
        return errors.Any ? (null, errors) : (texts!.Select(t => analyzer.Analyze(t)).ToList(), errors);
    }

    public (IReadOnlyList<KeywordStat>? Keywords, FieldErrors Errors) Keywords(IReadOnlyList<string?>? texts, IReadOnlyList<string?>? previous, int top)
    {
        var errors = Validate(texts, max: 10_000);
        if (previous is not null) Validate(previous, errors, "previousTexts", 10_000);
        if (errors.Any) return (null, errors);
        return (Yardstick.Insight.Keywords.Extract(texts!.Select(t => t ?? "").ToList(), previous?.Select(t => t ?? "").ToList(), Math.Clamp(top, 1, 100)), errors);
    }

    /// <summary>
    /// Reads a work order's description as it is created, inside the order's unit of work: the result is stored, and a red
    /// alert or a group complaint it completes notifies the project's service supervisors at once (in-app and, when set,
    /// the WeCom group).
    /// </summary>
    public async Task RecordWorkOrderAsync(WorkOrder order, CancellationToken ct)
    {
        var result = analyzer.Analyze(order.Description);
        var stored = ForWorkOrder(order, result, clock.GetUtcNow().UtcDateTime);
        db.TextInsights.Add(stored);
        await NotifyRedAsync(result, order.ProjectId, order.Number, order.Description, $"/work-orders/{order.Id}", ct);
        await NotifyGroupsAsync([stored], ct);
    }

    /// <summary>
    /// The comment a customer gave with their rating of a resolved order ("修了跟没修一样，再这样我就打12345"): read like the
    /// description, and what it said replaces what an earlier rating's comment said.
    /// </summary>
    public async Task RecordRatingAsync(WorkOrder order, CancellationToken ct)
    {
        db.TextInsights.RemoveRange(await db.TextInsights.Where(t => t.Source == TextInsight.RatingSource && t.SourceId == order.Id).ToListAsync(ct));
        if (order.RatingComment.Length > 0)
            await RecordAsync(TextInsight.RatingSource, order.Id, order.ProjectId, order.BuildingId, order.RatingComment, $"/work-orders/{order.Id}",
                Origin(TextInsight.RatingSource, order.Number, l), ct);
    }

    /// <summary>Any other owners' text (a return-visit remark …), read and stored the same way inside the caller's unit of work.</summary>
    public async Task<AnalysisResult> RecordAsync(string source, long sourceId, int projectId, int? buildingId, string text, string link, string label, CancellationToken ct)
    {
        var result = analyzer.Analyze(text);
        var stored = Stored(result, projectId, source, sourceId, buildingId, text, null, clock.GetUtcNow().UtcDateTime);
        db.TextInsights.Add(stored);
        await NotifyRedAsync(result, projectId, label, text, link, ct);
        await NotifyGroupsAsync([stored], ct);
        return result;
    }

    /// <summary>A text someone has read already, with where it came from and how a notice points to it.</summary>
    public sealed record ReadText(string Source, long SourceId, int ProjectId, int? BuildingId, string Text, AnalysisResult Result, string Link, string Label);

    /// <summary>
    /// Texts read where that cost least (survey comments: by each submitting request, not in the single writer's turn),
    /// appended a table at a time in the caller's transaction (<see cref="RowAppender"/>), a red alert notified as any other.
    /// </summary>
    public async Task RecordAsync(IReadOnlyList<ReadText> texts, CancellationToken ct)
    {
        var at = clock.GetUtcNow().UtcDateTime;
        var stored = texts.Select(t => Stored(t.Result, t.ProjectId, t.Source, t.SourceId, t.BuildingId, t.Text, null, at)).ToList();
        await db.AppendAsync(stored, ct);
        foreach (var t in texts) await NotifyRedAsync(t.Result, t.ProjectId, t.Label, t.Text, t.Link, ct);
        await NotifyGroupsAsync(stored, ct);
    }

    /// <summary>
    /// 群体性投诉预警 as it forms (seed 004): when new negative texts bring their category in their building to
    /// <see cref="GroupAlertOptions.MinTexts"/> within the window — or in their project, when the texts are spread over
    /// buildings or have none — the project's service supervisors hear of it at once; the board lists the group with its
    /// texts. Only the crossing notifies, so a group that keeps growing costs one count per call and no second notice.
    /// </summary>
    private async Task NotifyGroupsAsync(IReadOnlyList<TextInsight> added, CancellationToken ct)
    {
        var negative = added.Where(t => t.Polarity == InsightLabels.Negative).ToList();
        if (negative.Count == 0) return;
        var options = GroupRule;
        var since = negative.Min(t => t.CreatedAt) - options.Window;
        var projectIds = negative.Select(t => t.ProjectId).Distinct().ToList();
        var categories = negative.Select(CategoryOf).Distinct().ToList();
        // Counted over every stored text of the project, whoever's request this is (a survey's writer has no projects of
        // its own), and over the rows this unit of work is about to save.
        // Every intake runs this, so only the columns a count needs are read, not the texts themselves.
        var texts = await db.TextInsights.IgnoreQueryFilters().AsNoTracking()
            .Where(t => projectIds.Contains(t.ProjectId) && t.CreatedAt >= since && t.Polarity == InsightLabels.Negative
                        && categories.Contains(t.ConfirmedCategory ?? t.Category))
            .Select(t => new TextInsight
            {
                ProjectId = t.ProjectId, BuildingId = t.BuildingId, Category = t.Category, ConfirmedCategory = t.ConfirmedCategory,
                Source = t.Source, SourceId = t.SourceId, Polarity = t.Polarity, CreatedAt = t.CreatedAt,
            })
            .ToListAsync(ct);
        texts.AddRange(db.ChangeTracker.Entries<TextInsight>().Where(e => e.State == EntityState.Added).Select(e => e.Entity)
            .Where(t => t.Polarity == InsightLabels.Negative && t.CreatedAt >= since && projectIds.Contains(t.ProjectId) && categories.Contains(CategoryOf(t))));
        var author = await AuthorsAsync(texts, ct);
        var arriving = negative.Select(t => (t.Source, t.SourceId)).ToHashSet();
        int Owners(IEnumerable<TextInsight> rows, bool withArriving) =>
            rows.Where(t => withArriving || !arriving.Contains((t.Source, t.SourceId))).Select(author).Distinct().Count();
        bool Crossed(IEnumerable<TextInsight> rows) => Owners(rows, true) >= options.MinTexts && Owners(rows, false) < options.MinTexts;

        foreach (var (project, category) in negative.Select(t => (t.ProjectId, CategoryOf(t))).Distinct().ToList())
        {
            var inProject = texts.Where(t => t.ProjectId == project && CategoryOf(t) == category).ToList();
            var buildings = inProject.Where(t => t.BuildingId is not null).GroupBy(t => t.BuildingId).ToList();
            foreach (var building in buildings.Where(Crossed))
                await NotifyGroupAsync(project, building.Key, category, negative.Last(t => t.ProjectId == project && t.BuildingId == building.Key && CategoryOf(t) == category), options, ct);
            // Spread over buildings (or without one): the project's group, unless one building alone already makes it.
            if (Crossed(inProject) && !buildings.Any(b => Owners(b, true) >= options.MinTexts))
                await NotifyGroupAsync(project, null, category, negative.Last(t => t.ProjectId == project && CategoryOf(t) == category), options, ct);
        }

        static string CategoryOf(TextInsight t) => t.ConfirmedCategory ?? t.Category;
    }

    /// <summary>
    /// Whose complaint each text is, so that a group counts owners (<see cref="GroupItem.Author"/>). An owner is a
    /// household: an order's description, its rating comment and its return visits' remarks are its caller's, known by
    /// the unit, else the customer record, else the phone, else the order alone; a survey response is its invited unit's.
    /// So a household that files two orders, or answers a survey too, counts once.
    /// </summary>
    private async Task<Func<TextInsight, string>> AuthorsAsync(IReadOnlyCollection<TextInsight> rows, CancellationToken ct)
    {
        List<long> IdsOf(string source) => rows.Where(r => r.Source == source).Select(r => r.SourceId).Distinct().ToList();
        var visitIds = IdsOf(TextInsight.VisitSource);
        var orderOfVisit = visitIds.Count == 0 ? []
            : await db.ReturnVisits.IgnoreQueryFilters().Where(v => visitIds.Contains(v.Id)).ToDictionaryAsync(v => v.Id, v => v.WorkOrderId, ct);
        long? OrderOf(TextInsight r) => r.Source switch
        {
            TextInsight.WorkOrderSource or TextInsight.RatingSource => r.SourceId,
            TextInsight.VisitSource when orderOfVisit.TryGetValue(r.SourceId, out var order) => order,
            _ => null,
        };
        var orderIds = rows.Select(OrderOf).OfType<long>().Distinct().ToList();
        var callers = orderIds.Count == 0 ? []
            : await db.WorkOrders.IgnoreQueryFilters().Where(o => orderIds.Contains(o.Id))
                .Select(o => new { o.Id, o.UnitId, o.CustomerId, o.CustomerPhone })
                .ToDictionaryAsync(o => o.Id, o => o.UnitId is int unit ? $"unit:{unit}"
                    : o.CustomerId is int customer ? $"customer:{customer}"
                    : o.CustomerPhone != "" ? $"phone:{o.CustomerPhone}"
                    : $"order:{o.Id}", ct);
        var responseIds = IdsOf(TextInsight.SurveySource);
        var unitOfResponse = responseIds.Count == 0 ? []
            : await db.SurveyResponses.IgnoreQueryFilters().Where(r => responseIds.Contains(r.Id))
                .Join(db.SurveyInvitations.IgnoreQueryFilters(), r => r.InvitationId, i => i.Id, (r, i) => new { r.Id, i.UnitId })
                .ToDictionaryAsync(x => x.Id, x => x.UnitId, ct);
        return r => OrderOf(r) is long order ? callers.GetValueOrDefault(order) ?? $"order:{order}"
            : r.Source == TextInsight.SurveySource && unitOfResponse.TryGetValue(r.SourceId, out var unit) ? $"unit:{unit}"
            : $"{r.Source}:{r.SourceId}";
    }

    private async Task NotifyGroupAsync(int projectId, int? buildingId, string category, TextInsight latest, GroupAlertOptions options, CancellationToken ct)
    {
        // Named whoever's request this is, as the texts were counted.
        var project = await db.Projects.IgnoreQueryFilters().Where(p => p.Id == projectId).Select(p => p.Name).FirstAsync(ct);
        var building = buildingId is int b
            ? await db.Buildings.IgnoreQueryFilters().Where(x => x.Id == b).Select(x => x.Name).FirstAsync(ct)
            : null;
        var title = GroupNoticeTitle(project, building, category, l);
        // Two requests crossing together, or a group that fell under the count and came back within the window, would say it
        // twice.
        var noticedSince = clock.GetUtcNow().UtcDateTime - options.Window;
        if (db.Notifications.Local.Any(n => n.ProjectId == projectId && n.Title == title.Zh)
            || await db.Notifications.IgnoreQueryFilters().AnyAsync(n => n.ProjectId == projectId && n.Title == title.Zh && n.CreatedAt >= noticedSince, ct))
            return;
        var supervisors = await ServiceDeskService.UsersInRoleAsync(db, Roles.ServiceSupervisor, projectId, ct);
        await notes.AddAsync(supervisors, projectId, title, GroupNoticeBody(latest.Text, options, l), GroupNoticeLink(projectId), ct);
    }

    public static LocalText GroupNoticeTitle(string project, string? building, string category, IStringLocalizer l) =>
        LocalText.Of(() => l["Insight.GroupNotice", project, building ?? l["Insight.WholeProject"].Value, CategoryLabel(category, l)]);

    public static LocalText GroupNoticeBody(string latest, GroupAlertOptions options, IStringLocalizer l) =>
        LocalText.Of(() => l["Insight.GroupNoticeBody", (int)options.Window.TotalHours, options.MinTexts, Truncate(latest, 80)]);

    public static string GroupNoticeLink(int projectId) => $"/insight?projectId={projectId}";

    private async Task NotifyRedAsync(AnalysisResult result, int projectId, string label, string text, string link, CancellationToken ct)
    {
        if (result.Alert.Level != InsightLabels.Red) return;
        var supervisors = await ServiceDeskService.UsersInRoleAsync(db, Roles.ServiceSupervisor, projectId, ct);
        await notes.AddAsync(supervisors, projectId, RedNoticeTitle(result.Alert.Reasons, label, l), Truncate(text, 120), link, ct);
    }

    /// <summary>情绪预警（红）：工单 WO-…，触发：12345、曝光 — what a supervisor reads first.</summary>
    public static LocalText RedNoticeTitle(IEnumerable<AlertReason> reasons, string label, IStringLocalizer l) =>
        LocalText.Of(() => l["Insight.RedNotice", label, Triggers(reasons, l["Common.ListSeparator"])]);

    /// <summary>The words that set off a red alert ("12345、第三次"), as notices and follow-up orders name them.</summary>
    public static string Triggers(IEnumerable<AlertReason> reasons, string separator = "、") =>
        string.Join(separator, reasons.Select(r => r.Trigger).Where(t => t.Length > 0).Distinct());

    public static TextInsight ForWorkOrder(WorkOrder order, AnalysisResult result, DateTime at) =>
        Stored(result, order.ProjectId, TextInsight.WorkOrderSource, order.Id, order.BuildingId, order.Description,
            order.Category.ToString().ToLowerInvariant(), at);

    public static TextInsight Stored(AnalysisResult result, int projectId, string source, long sourceId, int? buildingId, string text,
        string? confirmedCategory, DateTime at) => new()
    {
        ProjectId = projectId,
        Source = source,
        SourceId = sourceId,
        BuildingId = buildingId,
        Text = Truncate(text, 2000),
        Polarity = result.Polarity.Label,
        NegativeProbability = result.Polarity.Probabilities[InsightLabels.Negative],
        Alert = result.Alert.Level,
        Reasons = Truncate(string.Join("; ", result.Alert.Reasons.Select(r => $"{r.Kind}:{r.Trigger}")), 500),
        Category = result.Category.Key,
        CategoryConfidence = result.Category.Confidence,
        ConfirmedCategory = confirmedCategory,
        Keywords = Truncate(string.Join("、", result.Keywords), 200),
        ModelVersion = result.ModelVersion,
        CreatedAt = at,
    };

    /// <param name="take">How many, newest first, from 1 up to <paramref name="maxTake"/> (the API's page or the workbook's cap).</param>
    public async Task<(List<InsightAlertDto>? Alerts, FieldErrors Errors)> AlertsAsync(AlertFilter filter, int take, int maxTake, CancellationToken ct)
    {
        var errors = new FieldErrors(l);
        if (filter.Level is { } level && !InsightLabels.Alert.Contains(level)) errors.Add("level", "Insight.BadLevel", string.Join(", ", InsightLabels.Alert));
        var period = await PeriodAsync(filter.ProjectId, filter.From, filter.To, errors, ct);
        if (errors.Any) return (null, errors);
        var query = db.TextInsights.AsNoTracking().Where(t => t.CreatedAt >= period!.StartUtc && t.CreatedAt < period.EndUtc);
        if (filter.ProjectId is int pid) query = query.Where(t => t.ProjectId == pid);
        query = filter.Level is null
            ? query.Where(t => t.Alert == InsightLabels.Red || t.Alert == InsightLabels.Yellow)
            : query.Where(t => t.Alert == filter.Level);
        if (filter.OpenOnly)
            query = query.Where(t => (t.Source == TextInsight.WorkOrderSource || t.Source == TextInsight.RatingSource)
                                     && db.WorkOrders.Any(o => o.Id == t.SourceId && EF.Constant(WorkOrder.OpenStatuses).Contains(o.Status)));
        var rows = await query.OrderByDescending(t => t.CreatedAt).ThenByDescending(t => t.Id).Take(Math.Clamp(take, 1, maxTake)).ToListAsync(ct);
        return (await ToDtosAsync(rows, ct), errors);
    }

    /// <summary>群体性投诉预警 over the stored results of the last <paramref name="days"/> days.</summary>
    public async Task<(List<GroupAlertDto>? Alerts, FieldErrors Errors)> GroupAlertsAsync(
        int? projectId, int days, int minTexts, int windowHours, CancellationToken ct)
    {
        var errors = new FieldErrors(l);
        if (days is < 1 or > 92) errors.Add("days", "Insight.BadRange", "days", 1, 92);
        if (minTexts is < 2 or > 100) errors.Add("minTexts", "Insight.BadRange", "minTexts", 2, 100);
        if (windowHours is < 1 or > 168) errors.Add("windowHours", "Insight.BadRange", "windowHours", 1, 168);
        if (projectId is int p && !await db.Projects.AnyAsync(x => x.Id == p, ct)) errors.Add("projectId", "Err.NotFound", l["Field.Project"]);
        if (errors.Any) return (null, errors);
        var since = clock.GetUtcNow().UtcDateTime.AddDays(-days);
        var options = new GroupAlertOptions { MinTexts = minTexts, Window = TimeSpan.FromHours(windowHours) };
        return (await DetectGroupsAsync(projectId, since, DateTime.MaxValue, options, ct), errors);
    }

    /// <summary>
    /// 群体性投诉预警 that ended in a period of the project's days, this month so far by default, as the board and its
    /// workbook show them. The texts of one window before the period are read too, so that a group whose first
    /// complaints came the evening before still counts where it ended.
    /// </summary>
    public async Task<(List<GroupAlertDto>? Alerts, FieldErrors Errors)> GroupAlertsInPeriodAsync(
        int? projectId, DateOnly? from, DateOnly? to, CancellationToken ct)
    {
        var errors = new FieldErrors(l);
        var period = await PeriodAsync(projectId, from, to, errors, ct);
        if (errors.Any) return (null, errors);
        var groups = await DetectGroupsAsync(projectId, period!.StartUtc - GroupRule.Window, period.EndUtc, GroupRule, ct);
        return (groups.Where(g => g.To >= period.StartUtc && g.To < period.EndUtc).ToList(), errors);
    }

    /// <summary>
    /// Groups among the stored texts from <paramref name="sinceUtc"/> up to <paramref name="untilUtc"/> (exclusive),
    /// the latest ended first. At most the newest 20,000 texts are read: a period longer than that holds more
    /// complaints than any group rule is for.
    /// </summary>
    private async Task<List<GroupAlertDto>> DetectGroupsAsync(
        int? projectId, DateTime sinceUtc, DateTime untilUtc, GroupAlertOptions options, CancellationToken ct)
    {
        var query = db.TextInsights.AsNoTracking().Where(t => t.CreatedAt >= sinceUtc && t.CreatedAt < untilUtc);
        if (projectId is int pid) query = query.Where(t => t.ProjectId == pid);
        var rows = (await query.OrderByDescending(t => t.CreatedAt).ThenByDescending(t => t.Id).Take(20_000).ToListAsync(ct))
            .OrderBy(t => t.CreatedAt).ThenBy(t => t.Id).ToList();
        var buildings = await BuildingNamesAsync(rows.Select(r => r.BuildingId), ct);
        // Only negative texts are counted by owner; a collective marker is an alert of its own whoever wrote it.
        var author = await AuthorsAsync(rows.Where(r => r.Polarity == InsightLabels.Negative).ToList(), ct);
        var items = rows.Select(r => new GroupItem(r.Id.ToString(), r.ProjectId.ToString(), r.BuildingId is int b ? buildings.GetValueOrDefault(b) : null,
            new DateTimeOffset(r.CreatedAt, TimeSpan.Zero), r.ConfirmedCategory ?? r.Category,
            r.Polarity == InsightLabels.Negative, AlertRules.HasCollectiveMarker(TextNormalizer.Normalize(r.Text)), author(r)));
        var found = GroupAlerts.Detect(items, options);
        var byId = rows.ToDictionary(r => r.Id);
        var orders = await OrdersAsync(found.SelectMany(a => a.ItemIds).Distinct().Select(id => byId[long.Parse(id)]).ToList(), ct);
        return found.OrderByDescending(a => a.To).Select(a => new GroupAlertDto(a.Reason, int.Parse(a.ProjectId), a.Building, a.Category,
            a.From.UtcDateTime, a.To.UtcDateTime, a.ItemIds.Select(id => byId[long.Parse(id)]).Select(r =>
                new GroupAlertItemDto(r.Id, r.SourceId, OrderOf(orders, r)?.Number, r.Text, r.CreatedAt) { Source = r.Source }).ToList()) { Owners = a.Owners }).ToList();
    }

    /// <summary>
    /// 情绪趋势 (seed 004: 风险可视化): per week, Monday to Sunday in the project's zone, the texts read, how many were negative
    /// and how many raised each alert level — whether a building's lift repair or a new guard roster calmed owners down.
    /// The last week is the current one, so far.
    /// </summary>
    public async Task<(List<WeekTrend>? Weeks, FieldErrors Errors)> TrendAsync(int? projectId, int weeks, CancellationToken ct)
    {
        var errors = new FieldErrors(l);
        if (weeks is < 2 or > 53) errors.Add("weeks", "Insight.BadRange", "weeks", 2, 53);
        var zone = await org.ZoneOfAsync(projectId, ct);
        if (zone is null) errors.Add("projectId", "Err.NotFound", l["Field.Project"]);
        if (errors.Any) return (null, errors);
        var today = ReportPeriod.Today(zone!, clock.GetUtcNow().UtcDateTime);
        var monday = today.AddDays(-(((int)today.DayOfWeek + 6) % 7));
        var first = monday.AddDays(-7 * (weeks - 1));
        var period = new ReportPeriod(zone!, first, today);
        var query = db.TextInsights.AsNoTracking().Where(t => t.CreatedAt >= period.StartUtc && t.CreatedAt < period.EndUtc);
        if (projectId is int pid) query = query.Where(t => t.ProjectId == pid);
        // The database counts each week: a company's twelve weeks are a few hundred thousand texts, not worth sending over.
        var counted = await query.GroupBy(WeekOf(Enumerable.Range(0, weeks).Select(w => period.Utc(first.AddDays(7 * w))).ToArray()))
            .Select(g => new
            {
                Week = g.Key, Texts = g.Count(), Negative = g.Count(t => t.Polarity == InsightLabels.Negative),
                Red = g.Count(t => t.Alert == InsightLabels.Red), Yellow = g.Count(t => t.Alert == InsightLabels.Yellow), Blue = g.Count(t => t.Alert == InsightLabels.Blue),
            })
            .ToDictionaryAsync(w => w.Week, ct);
        return (Enumerable.Range(0, weeks).Select(w => counted.GetValueOrDefault(w) is { } c
            ? new WeekTrend(first.AddDays(7 * w), c.Texts, c.Negative, c.Red, c.Yellow, c.Blue)
            : new WeekTrend(first.AddDays(7 * w), 0, 0, 0, 0, 0)).ToList(), errors);
    }

    /// <summary>
    /// The week a text falls in, as SQL can group by it: CASE WHEN CreatedAt &lt; (start of week 1) THEN 0 WHEN … ELSE
    /// the last week END. Weeks start on the project's Mondays, so their lengths in UTC may differ; the bounds say where.
    /// </summary>
    private static Expression<Func<TextInsight, int>> WeekOf(DateTime[] weekStartsUtc)
    {
        var t = Expression.Parameter(typeof(TextInsight), "t");
        var at = Expression.Property(t, nameof(TextInsight.CreatedAt));
        Expression week = Expression.Constant(weekStartsUtc.Length - 1);
        for (var w = weekStartsUtc.Length - 1; w >= 1; w--)
            week = Expression.Condition(
                Expression.LessThan(at, Expression.Constant(weekStartsUtc[w])),
                Expression.Constant(w - 1), week);
        return Expression.Lambda<Func<TextInsight, int>>(week, t);
    }

    /// <summary>What owners talked about in a period (this month by default), against the period of the same length before.</summary>
    public async Task<(KeywordsDto? Keywords, FieldErrors Errors)> PeriodKeywordsAsync(int? projectId, DateOnly? from, DateOnly? to, int top, CancellationToken ct)
    {
        var errors = new FieldErrors(l);
        var period = await PeriodAsync(projectId, from, to, errors, ct);
        if (errors.Any) return (null, errors);
        var length = period!.To.DayNumber - period.From.DayNumber + 1;
        var previous = period with { From = period.From.AddDays(-length), To = period.From.AddDays(-1) };
        var current = await TextsAsync(projectId, period, ct);
        var before = await TextsAsync(projectId, previous, ct);
        return (new KeywordsDto(period.From, period.To, current.Count, before.Count,
            Yardstick.Insight.Keywords.Extract(current, before, Math.Clamp(top, 1, 100))), errors);
    }

    /// <summary>The latest texts of one source (a module's remarks or comments), summarised.</summary>
    public async Task<TextSummary> SummaryAsync(string source, int? projectId, int latest, CancellationToken ct)
    {
        var query = db.TextInsights.AsNoTracking().Where(t => t.Source == source);
        if (projectId is int pid) query = query.Where(t => t.ProjectId == pid);
        var rows = await query.OrderByDescending(t => t.Id).Take(latest).Select(t => new { t.Text, t.Polarity }).ToListAsync(ct);
        return TextSummary.Of(rows.Select(r => (r.Text, r.Polarity)).ToList());
    }

    /// <summary>
    /// What customers wrote with their ratings of the orders received in a period (the orders 客服统计's average rating
    /// counts), the latest 5,000: their feeling and keywords.
    /// </summary>
    public async Task<TextSummary> RatingSummaryAsync(int? projectId, DateOnly from, DateOnly to, CancellationToken ct)
    {
        var period = await PeriodAsync(projectId, from, to, new FieldErrors(l), ct);
        if (period is null) return TextSummary.Of([]);
        var orders = db.WorkOrders.Where(o => o.CreatedAt >= period.StartUtc && o.CreatedAt < period.EndUtc);
        if (projectId is int pid) orders = orders.Where(o => o.ProjectId == pid);
        var rows = await db.TextInsights.AsNoTracking()
            .Where(t => t.Source == TextInsight.RatingSource && orders.Select(o => o.Id).Contains(t.SourceId))
            .OrderByDescending(t => t.Id).Take(5_000).Select(t => new { t.Text, t.Polarity }).ToListAsync(ct);
        return TextSummary.Of(rows.Select(r => (r.Text, r.Polarity)).ToList());
    }

    private async Task<List<string>> TextsAsync(int? projectId, ReportPeriod period, CancellationToken ct)
    {
        var query = db.TextInsights.AsNoTracking().Where(t => t.CreatedAt >= period.StartUtc && t.CreatedAt < period.EndUtc);
        if (projectId is int pid) query = query.Where(t => t.ProjectId == pid);
        return await query.OrderBy(t => t.Id).Select(t => t.Text).Take(50_000).ToListAsync(ct);
    }

    private async Task<ReportPeriod?> PeriodAsync(int? projectId, DateOnly? from, DateOnly? to, FieldErrors errors, CancellationToken ct)
    {
        var zone = await org.ZoneOfAsync(projectId, ct);
        if (zone is null)
        {
            errors.Add("projectId", "Err.NotFound", l["Field.Project"]);
            return null;
        }
        var period = ReportPeriod.Resolve(zone, from, to, clock.GetUtcNow().UtcDateTime);
        if (period is null) errors.Add("to", "Err.PeriodOrder");
        return period;
    }

    /// <summary>What was read in one order's description, a visit's remark or a response's comment when it arrived (null if nothing was).</summary>
    public async Task<InsightAlertDto?> OfAsync(string source, long sourceId, CancellationToken ct)
    {
        var rows = await db.TextInsights.AsNoTracking().Where(t => t.Source == source && t.SourceId == sourceId).OrderByDescending(t => t.Id).Take(1).ToListAsync(ct);
        return rows.Count == 0 ? null : (await ToDtosAsync(rows, ct))[0];
    }

    private async Task<List<InsightAlertDto>> ToDtosAsync(List<TextInsight> rows, CancellationToken ct)
    {
        var buildings = await BuildingNamesAsync(rows.Select(r => r.BuildingId), ct);
        var orders = await OrdersAsync(rows, ct);
        return rows.Select(r => new InsightAlertDto(r.Id, r.ProjectId, r.Source, r.SourceId, OrderOf(orders, r)?.Number,
            r.BuildingId is int b ? buildings.GetValueOrDefault(b) : null, r.Text, r.Polarity, r.Alert, ParseReasons(r.Reasons), r.Category,
            r.ConfirmedCategory, r.Keywords.Split('、', StringSplitOptions.RemoveEmptyEntries), r.CreatedAt) { OrderStatus = OrderOf(orders, r)?.Status }).ToList();
    }

    private async Task<Dictionary<int, string>> BuildingNamesAsync(IEnumerable<int?> ids, CancellationToken ct)
    {
        var wanted = ids.OfType<int>().Distinct().ToList();
        return wanted.Count == 0 ? [] : await db.Buildings.Where(b => wanted.Contains(b.Id)).ToDictionaryAsync(b => b.Id, b => b.Name, ct);
    }

    private sealed record OrderRef(string Number, WorkOrderStatus Status);

    /// <summary>The number and present status of the orders the texts came from.</summary>
    private async Task<Dictionary<long, OrderRef>> OrdersAsync(List<TextInsight> rows, CancellationToken ct)
    {
        var ids = rows.Where(IsOrders).Select(r => r.SourceId).Distinct().ToList();
        return ids.Count == 0 ? [] : await db.WorkOrders.Where(o => ids.Contains(o.Id)).Select(o => new { o.Id, o.Number, o.Status })
            .ToDictionaryAsync(o => o.Id, o => new OrderRef(o.Number, o.Status), ct);
    }

    private static OrderRef? OrderOf(Dictionary<long, OrderRef> orders, TextInsight r) => IsOrders(r) ? orders.GetValueOrDefault(r.SourceId) : null;

    private static bool IsOrders(TextInsight r) => r.Source is TextInsight.WorkOrderSource or TextInsight.RatingSource;

    /// <summary>Where a text came from as a reader names it: the order's number, "GD… · 工单评价" for its rating comment, or the kind of text.</summary>
    public static string Origin(string source, string? number, IStringLocalizer l) => (source, number) switch
    {
        (TextInsight.WorkOrderSource, { } n) => n,
        (TextInsight.RatingSource, { } n) => $"{n} · {l[$"Insight.Source.{source}"]}",
        _ => l[$"Insight.Source.{source}"].Value,
    };

    /// <summary>Where the text came from, for the board's links.</summary>
    public static string LinkOf(string source, long sourceId) => source switch
    {
        TextInsight.SurveySource => $"/surveys/responses/{sourceId}",
        TextInsight.VisitSource => $"/return-visits/{sourceId}",
        _ => $"/work-orders/{sourceId}",
    };

    /// <summary>The reasons of a stored text (<see cref="TextInsight.Reasons"/>) as the analysis gave them.</summary>
    public static List<AlertReason> ParseReasons(string stored) =>
        stored.Split("; ", StringSplitOptions.RemoveEmptyEntries)
            .Select(p => p.Split(':', 2) is [var kind, var trigger] ? new AlertReason(kind, trigger) : new AlertReason("", p)).ToList();

    private FieldErrors Validate(IReadOnlyList<string?>? texts, FieldErrors? errors = null, string field = "texts", int max = MaxTexts)
    {
        errors ??= new FieldErrors(l);
        if (texts is null || texts.Count == 0) errors.Add(field, "Insight.NoTexts");
        else if (texts.Count > max) errors.Add(field, "Insight.TooManyTexts", max);
        else if (texts.Any(t => t is not null && t.Length > MaxTextLength)) errors.Add(field, "Insight.TextTooLong", MaxTextLength);
        return errors;
    }

    internal static string Truncate(string s, int max) => s.Length <= max ? s : s[..(max - 1)] + "…";
}

/// <summary>Reads each new work order's description (issue 6: every owner's text is read at once).</summary>
public sealed class InsightObserver(InsightService insight) : IWorkOrderObserver
{
    public Task OnCreatedAsync(WorkOrder order, CancellationToken ct) => insight.RecordWorkOrderAsync(order, ct);

    public Task OnTransitionAsync(WorkOrder order, WorkOrderAction action, CancellationToken ct) => Task.CompletedTask;

    public Task OnRatedAsync(WorkOrder order, CancellationToken ct) => insight.RecordRatingAsync(order, ct);
}
