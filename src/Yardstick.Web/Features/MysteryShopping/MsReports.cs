using System.Text.Json;
using ClosedXML.Excel;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Yardstick.Web.Platform.Data;
using Yardstick.Web.Platform.Identity;

namespace Yardstick.Web.Features.MysteryShopping;

/// <summary>The visit report, the wave summary with its league table and trend, and shopper performance.</summary>
public sealed class MsReports(AppDbContext db, MsAccess access, MsFieldwork fieldwork, MsPlanning planning, IStringLocalizer l)
{
    public async Task<VisitReport?> VisitReportAsync(long id, CancellationToken ct)
    {
        var detail = await fieldwork.DetailAsync(id, ct);
        if (detail is null || detail.Task.Status != TaskStatus.Published) return null;
        var task = await db.ShopperTasks.AsNoTracking().FirstAsync(t => t.Id == id, ct);
        // The score fixed at approval, not a recomputation: a later change of anything cannot move a published score.
        var score = JsonSerializer.Deserialize<VisitScore>(task.Score!, MsJson.Options)!;
        var findings = await db.Findings.AsNoTracking().Where(f => f.TaskId == id).ToDictionaryAsync(f => f.ItemKey, ct);
        var evidence = detail.Evidence;
        // A failure the reviewer found has no note of the shopper's: the reviewer's reason is its fact.
        var reasons = detail.Adjustments.GroupBy(a => a.ItemKey).ToDictionary(g => g.Key, g => g.Last().Reason);
        var dimensions = score.Dimensions.Select(d => new ReportDimension(d, detail.Items
            .Where(i => i.Item.Dimension == d.Key && i.FinalResult == ItemResult.Fail)
            .Select(i => new ReportFinding(i.Item.Key, i.Item.Title, i.Item.Criterion, ItemResult.Fail, i.FinalDeduction,
                string.IsNullOrWhiteSpace(i.Note) || i.Result != ItemResult.Fail ? (reasons.TryGetValue(i.Item.Key, out var reason) ? reason : i.Note) : i.Note, i.Quote, i.Item.RedLine,
                evidence.Where(e => e.ItemKey == i.Item.Key).ToList(), findings.GetValueOrDefault(i.Item.Key)?.Id, findings.GetValueOrDefault(i.Item.Key)?.Status))
            .ToList())).ToList();
        var strengths = detail.Items.Where(i => i.FinalResult == ItemResult.Pass && !string.IsNullOrWhiteSpace(i.Note))
            .Select(i => $"{i.Item.Title}：{i.Note}").ToList();
        if (!string.IsNullOrWhiteSpace(task.Strengths)) strengths.Insert(0, task.Strengths);
        var posts = score.Posts.Select(p => p with { Name = l["Post." + p.Key] }).ToList();
        return new VisitReport(id, detail.Task.ProjectName, detail.Task.ProgramName, detail.Task.WaveName, task.CheckedInAt, detail.Scenario.Title,
            detail.Scenario.Identity, detail.Task.Shopper ?? "", score.Total, score.Grade, score.RedLineFailed, detail.Grades, dimensions, posts,
            detail.Record.Timeline, detail.Timing, detail.Record.Narrative, strengths, task.Suggestions, evidence, task.PublishedAt);
    }

    public async Task<WaveSummary?> WaveSummaryAsync(int waveId, CancellationToken ct)
    {
        var wave = await planning.WaveAsync(waveId, ct);
        if (wave is null) return null;
        var program = await db.MsPrograms.AsNoTracking().FirstAsync(p => p.Id == wave.ProgramId, ct);
        var waves = await db.Waves.AsNoTracking().Where(w => w.ProgramId == wave.ProgramId).OrderBy(w => w.Number).ToListAsync(ct);
        var waveIds = waves.Select(w => w.Id).ToList();
        var published = await access.Tasks().AsNoTracking()
            .Where(t => waveIds.Contains(t.WaveId) && t.Status == TaskStatus.Published)
            .Select(t => new { t.Id, t.WaveId, t.ProjectId, t.TotalScore, t.Grade, t.Score, t.Record })
            .ToListAsync(ct);
        var model = (await db.ScoringModels.AsNoTracking().FirstAsync(m => m.Id == wave.ModelId, ct)).Model;
        var scores = published.ToDictionary(t => t.Id, t => JsonSerializer.Deserialize<VisitScore>(t.Score!, MsJson.Options)!);
        var projectIds = published.Select(t => t.ProjectId).Distinct().ToList();
        var projects = await db.Projects.AsNoTracking().Where(p => projectIds.Contains(p.Id)).ToDictionaryAsync(p => p.Id, p => p.Name, ct);

        var current = published.Where(t => t.WaveId == waveId).ToList();
        var previousWave = waves.LastOrDefault(w => w.Number < wave.Number);
        var previous = previousWave is null ? [] : published.Where(t => t.WaveId == previousWave.Id).ToList();

        string GradeOf(double total) => model.GradeBands.First(b => total >= b.Min).Name;
        var league = current.GroupBy(t => t.ProjectId).Select(g =>
        {
            var avg = Math.Round(g.Average(t => t.TotalScore ?? 0), 1);
            var before = previous.Where(t => t.ProjectId == g.Key).ToList();
            double? prev = before.Count > 0 ? Math.Round(before.Average(t => t.TotalScore ?? 0), 1) : null;
            return new LeagueRow(g.Key, projects.GetValueOrDefault(g.Key, ""), g.Count(), avg, GradeOf(avg), prev, prev is null ? null : Math.Round(avg - prev.Value, 1));
        }).OrderByDescending(r => r.Average).ToList();

        List<PartAverage> Averages(Func<VisitScore, IReadOnlyList<PartScore>> parts, Func<string, string> name)
        {
            var now = current.SelectMany(t => parts(scores[t.Id])).Where(p => p.Rate is not null).GroupBy(p => p.Key).ToDictionary(g => g.Key, g => g.Average(p => p.Rate!.Value));
            var before = previous.SelectMany(t => parts(scores[t.Id])).Where(p => p.Rate is not null).GroupBy(p => p.Key).ToDictionary(g => g.Key, g => g.Average(p => p.Rate!.Value));
            return now.Select(kv => new PartAverage(kv.Key, name(kv.Key), Math.Round(kv.Value, 4), before.TryGetValue(kv.Key, out var b) ? Math.Round(b, 4) : null))
                .ToList();
        }
        var dimNames = model.Dimensions.ToDictionary(d => d.Key, d => d.Name);
        var order = model.Dimensions.Select((d, i) => (d.Key, i)).ToDictionary(x => x.Key, x => x.i);
        var dimensions = Averages(s => s.Dimensions, k => dimNames.GetValueOrDefault(k, k)).OrderBy(p => order.GetValueOrDefault(p.Key)).ToList();
        var posts = Averages(s => s.Posts, k => l["Post." + k]);

        // Most-failed items over the final outcomes (after review): the findings of this wave, against how often each item was observed.
        var failed = await db.Findings.AsNoTracking().Where(f => f.WaveId == waveId).GroupBy(f => f.ItemKey)
            .Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(g => g.Key, g => g.Count, ct);
        var observed = new Dictionary<string, int>();
        foreach (var t in current)
            foreach (var (key, o) in JsonSerializer.Deserialize<VisitRecord>(t.Record, MsJson.Options)!.Items)
                if (o.Result is ItemResult.Pass or ItemResult.Fail) observed[key] = observed.GetValueOrDefault(key) + 1;
        var titles = model.Items.ToDictionary(i => i.Key, i => i.Title);
        var mostFailed = failed.Select(kv => new FailedItem(kv.Key, titles.GetValueOrDefault(kv.Key, kv.Key), kv.Value, Math.Max(kv.Value, observed.GetValueOrDefault(kv.Key)),
                Math.Round((double)kv.Value / Math.Max(kv.Value, observed.GetValueOrDefault(kv.Key)), 4)))
            .OrderByDescending(f => f.Failed).ThenByDescending(f => f.Rate).Take(10).ToList();

        var grades = model.GradeBands.ToDictionary(b => b.Name, b => current.Count(t => t.Grade == b.Name));
        var trend = waves.Select(w =>
        {
            var of = published.Where(t => t.WaveId == w.Id).ToList();
            var dims = of.SelectMany(t => scores[t.Id].Dimensions).GroupBy(d => d.Key).ToDictionary(g => g.Key, g => Math.Round(g.Average(d => d.Rate ?? 0), 4));
            return new TrendPoint(w.Id, w.Number, w.Name, of.Count > 0 ? Math.Round(of.Average(t => t.TotalScore ?? 0), 1) : null, dims);
        }).ToList();
        return new WaveSummary(wave, program.Name, current.Count, current.Count > 0 ? Math.Round(current.Average(t => t.TotalScore ?? 0), 1) : null,
            league, dimensions, posts, mostFailed, grades, model.GradeBands, previousWave?.Id, trend);
    }

    public async Task<(byte[] Bytes, string Name)?> WaveWorkbookAsync(int waveId, CancellationToken ct)
    {
        var s = await WaveSummaryAsync(waveId, ct);
        if (s is null) return null;
        using var wb = new XLWorkbook();
        var league = wb.AddWorksheet(l["Ms.Summary.League"].Value);
        Row(league, 1, l["Ms.Col.Rank"], l["Ms.Col.Project"], l["Ms.Col.Visits"], l["Ms.Col.Average"], l["Ms.Col.Grade"], l["Ms.Col.Previous"], l["Ms.Col.Change"]);
        var r = 2;
        foreach (var (row, i) in s.League.Select((row, i) => (row, i)))
            Row(league, r++, i + 1, row.ProjectName, row.Visits, row.Average, row.Grade, row.Previous, row.Change);
        var parts = wb.AddWorksheet(l["Ms.Summary.Dimensions"].Value);
        Row(parts, 1, l["Ms.Col.Part"], l["Ms.Col.Rate"], l["Ms.Col.Previous"]);
        r = 2;
        foreach (var p in s.Dimensions.Concat(s.Posts)) Row(parts, r++, p.Name, p.Rate, p.Previous);
        var failed = wb.AddWorksheet(l["Ms.Summary.MostFailed"].Value);
        Row(failed, 1, l["Ms.Col.Item"], l["Ms.Col.Failed"], l["Ms.Col.Observed"], l["Ms.Col.FailRate"]);
        r = 2;
        foreach (var f in s.MostFailed) Row(failed, r++, f.Title, f.Failed, f.Observed, f.Rate);
        var visits = wb.AddWorksheet(l["Ms.Summary.Visits"].Value);
        Row(visits, 1, l["Ms.Col.Visit"], l["Ms.Col.Project"], l["Ms.Col.Scenario"], l["Ms.Col.Shopper"], l["Ms.Col.VisitedAt"], l["Ms.Col.Total"], l["Ms.Col.Grade"]);
        r = 2;
        var tasks = await fieldwork.TasksAsync(new TaskQuery(waveId, null, TaskStatus.Published, null, 1, 200), ct);
        foreach (var t in tasks.Items)
            Row(visits, r++, t.Id, t.ProjectName, t.ScenarioTitle, t.Shopper, t.CheckedInAt is { } at ? Platform.Web.Display.Time(at) : "", t.TotalScore, t.Grade);
        // Fixed widths: measuring text needs a graphics library the server may not have.
        foreach (var ws in wb.Worksheets)
        {
            ws.Columns().Width = 14;
            ws.Column(2).Width = 30;
        }
        using var ms = new MemoryStream();
        wb.SaveAs(ms);
        return (ms.ToArray(), $"wave-{waveId}-summary.xlsx");
    }

    /// <summary>
    /// The visit report as a workbook, in the report's order: the facts (visit, timeline, narrative), the findings by
    /// dimension, the scores, then strengths and suggestions. It names the shopper as the report does: by alias.
    /// </summary>
    public async Task<(byte[] Bytes, string Name)?> VisitWorkbookAsync(long id, CancellationToken ct)
    {
        var r = await VisitReportAsync(id, ct);
        if (r is null) return null;
        using var wb = new XLWorkbook();
        var facts = wb.AddWorksheet(l["Ms.Facts"].Value);
        var row = 1;
        foreach (var (label, value) in new (string, object?)[]
        {
            (l["Ms.Col.Project"], r.ProjectName), (l["Ms.Col.Wave"], $"{r.ProgramName} · {r.WaveName}"),
            (l["Ms.Col.VisitedAt"], r.VisitedAt is { } at ? Platform.Web.Display.Time(at) : ""), (l["Ms.Col.Scenario"], $"{r.ScenarioTitle}（{r.Identity}）"),
            (l["Ms.Col.Shopper"], r.Shopper), (l["Ms.Col.Total"], r.Total), (l["Ms.Col.Grade"], r.RedLineFailed ? $"{r.Grade}（{l["Ms.RedLine"]}）" : r.Grade),
        })
        {
            Row(facts, row, label, value);
            facts.Cell(row++, 1).Style.Font.Bold = true;
        }
        row++;
        foreach (var e in r.Timeline) Row(facts, row++, Platform.Web.Display.Time(e.At), e.Kind == "Other" && e.Label is not null ? e.Label : l["Ms.Kind." + e.Kind].Value);
        foreach (var (label, seconds) in new[] { (l["Ms.GreetingWait"], r.Timing.GreetingSeconds), (l["Ms.Waiting"], r.Timing.WaitingSeconds), (l["Ms.Handling"], r.Timing.HandlingSeconds) })
            Row(facts, row++, label, seconds is int n ? $"{n / 60}′{n % 60:00}″" : "—");
        row++;
        Row(facts, row++, l["Ms.Field.Narrative"], r.Narrative);

        var analysis = wb.AddWorksheet(l["Ms.Analysis"].Value);
        Row(analysis, 1, l["Ms.Col.Dimension"], l["Ms.Col.Item"], l["Ms.Criterion"], l["Ms.Col.Deduction"], l["Ms.Fact"], l["Ms.Quote"], l["Ms.Evidence"], l["Ms.Rectification"]);
        row = 2;
        foreach (var d in r.Dimensions)
            foreach (var f in d.Findings)
                Row(analysis, row++, d.Score.Name, f.RedLine ? $"{f.Title}（{l["Ms.RedLine"]}）" : f.Title, f.Criterion, -f.Deduction, f.Fact, f.Quote, f.Evidence.Count,
                    f.FindingStatus is { } status ? l["Ms.FindingStatus." + status].Value : null);

        var scores = wb.AddWorksheet(l["Ms.Scores"].Value);
        Row(scores, 1, l["Ms.Col.Part"], l["Ms.Max"], l["Ms.Earned"], l["Ms.Col.Rate"]);
        row = 2;
        foreach (var p in r.Dimensions.Select(d => d.Score).Concat(r.Posts)) Row(scores, row++, p.Name, p.Max, p.Points, p.Rate);
        Row(scores, row, l["Ms.Col.Total"], 100.0, r.Total, r.Total / 100);

        var advice = wb.AddWorksheet(l["Ms.StrengthsAndSuggestions"].Value);
        Row(advice, 1, l["Ms.Strengths"]);
        row = 2;
        foreach (var s in r.Strengths) Row(advice, row++, s);
        row++;
        Row(advice, row, l["Ms.Suggestions"]);
        advice.Cell(row++, 1).Style.Font.Bold = true;
        Row(advice, row, r.Suggestions);

        foreach (var ws in wb.Worksheets)
        {
            ws.Columns().Width = 16;
            ws.Column(2).Width = 40;
            ws.Columns().Style.Alignment.WrapText = true;
        }
        analysis.Column(3).Width = analysis.Column(5).Width = 40;
        advice.Column(1).Width = 80;
        using var ms = new MemoryStream();
        wb.SaveAs(ms);
        return (ms.ToArray(), $"visit-{id}-report.xlsx");
    }

    private static void Row(IXLWorksheet ws, int row, params object?[] values)
    {
        for (var i = 0; i < values.Length; i++)
        {
            var cell = ws.Cell(row, i + 1);
            switch (values[i])
            {
                case null: break;
                case double d: cell.Value = d; break;
                case int n: cell.Value = n; break;
                case long n: cell.Value = n; break;
                default: cell.Value = values[i]!.ToString(); break;
            }
            if (row == 1) cell.Style.Font.Bold = true;
        }
    }

    /// <summary>Seed 000's standards for shoppers: on time (24 h), few returns and adjustments, 0 identity exposures.</summary>
    public async Task<IReadOnlyList<ShopperPerformance>> ShopperPerformanceAsync(CancellationToken ct)
    {
        var shoppers = await planning.ShoppersAsync(ct);
        var tasks = await db.ShopperTasks.AsNoTracking().Where(t => t.ShopperId != null && t.Status != TaskStatus.Cancelled)
            .Select(t => new { t.Id, t.ShopperId, t.Status, t.SubmittedAt, t.Late, t.Returns, t.Record }).ToListAsync(ct);
        var adjustments = await db.ReviewAdjustments.AsNoTracking().GroupBy(a => a.TaskId).Select(g => new { g.Key, Count = g.Count() })
            .ToDictionaryAsync(g => g.Key, g => g.Count, ct);
        var users = await db.Users.Where(u => shoppers.Select(s => s.Id).Contains(u.Id)).ToDictionaryAsync(u => u.Id, ct);
        return shoppers.Select(s =>
        {
            var own = tasks.Where(t => t.ShopperId == s.Id).ToList();
            var submitted = own.Where(t => t.SubmittedAt is not null).ToList();
            var approved = own.Where(t => t.Status is TaskStatus.Approved or TaskStatus.Published).ToList();
            var exposures = submitted.Count(t => JsonSerializer.Deserialize<VisitRecord>(string.IsNullOrEmpty(t.Record) ? "{}" : t.Record, MsJson.Options)?.IdentityExposed == true);
            var user = users[s.Id];
            return new ShopperPerformance(s.Id, user.DisplayName, user.ShopperAlias ?? "", own.Count, submitted.Count,
                submitted.Count > 0 ? Math.Round(submitted.Count(t => !t.Late) / (double)submitted.Count, 4) : null,
                submitted.Count > 0 ? Math.Round(submitted.Count(t => t.Returns > 0) / (double)submitted.Count, 4) : null,
                approved.Count > 0 ? Math.Round(approved.Average(t => adjustments.GetValueOrDefault(t.Id)), 2) : null, exposures);
        }).ToList();
    }
}
