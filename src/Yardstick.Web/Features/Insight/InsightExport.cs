using ClosedXML.Excel;
using Microsoft.Extensions.Localization;
using Yardstick.Web.Features.Organization;
using Yardstick.Web.Platform.Web;

namespace Yardstick.Web.Features.Insight;

/// <summary>
/// 情绪预警报表: the board as a workbook for the quality department's monthly report — the period's alerts with their
/// reasons and source, the group complaints that ended in it, what owners talked about against the period before, and
/// the last weeks' trend. Same filters and the same project scope as the board.
/// </summary>
public sealed class InsightExport(InsightService insight, OrganizationService org, TimeProvider clock, IStringLocalizer l)
{
    /// <summary>Alerts in one workbook: a month of a large company's red and yellow fits many times over.</summary>
    public const int MaxAlerts = 10_000;

    /// <param name="baseUrl">Where this Yardstick answers (scheme and host), so each row links to its order, visit or response.</param>
    public async Task<(ExportFile? File, FieldErrors Errors)> WorkbookAsync(AlertFilter filter, string baseUrl, CancellationToken ct)
    {
        var (alerts, errors) = await insight.AlertsAsync(filter, MaxAlerts, MaxAlerts, ct);
        if (alerts is null) return (null, errors);
        var (projectId, from, to) = (filter.ProjectId, filter.From, filter.To);
        var (keywords, _) = await insight.PeriodKeywordsAsync(projectId, from, to, 50, ct);
        var period = keywords!;
        // Times as the board shows them: in the project's zone, or the company's default over all projects.
        var zone = (await org.ZoneOfAsync(projectId, ct))!;
        var rule = insight.GroupRule;
        var (groups, _) = await insight.GroupAlertsInPeriodAsync(projectId, from, to, ct);
        var inPeriod = groups!;
        var projects = (await org.ListProjectsAsync(ct)).ToDictionary(p => p.Id, p => p.Name);
        var scope = projectId is int pid ? projects.GetValueOrDefault(pid, "") : l["Common.AllProjects"].Value;

        using var wb = new XLWorkbook();
        var sheet = wb.Worksheets.Add(l["Insight.Export.Alerts"].Value);
        sheet.Cell(1, 1).Value = l["Insight.Export.Title", scope, period.From.ToString("yyyy-MM-dd"), period.To.ToString("yyyy-MM-dd")].Value
            + (filter.OpenOnly ? " · " + l["Insight.OpenOnly"].Value : "");
        sheet.Cell(1, 1).Style.Font.Bold = true;
        sheet.Cell(2, 1).Value = l["Insight.Export.Counts", alerts.Count(a => a.Alert == "red"), alerts.Count(a => a.Alert == "yellow"), inPeriod.Count,
            period.Texts, Display.Time(clock.GetUtcNow().UtcDateTime, zone)].Value;
        if (alerts.Count == MaxAlerts) sheet.Cell(3, 1).Value = l["Insight.Export.Capped", MaxAlerts].Value;
        Header(sheet, 4, l["Insight.Export.Time"], l["Field.Project"], l["Insight.Export.Building"], l["Insight.Export.Source"], l["Insight.Export.Number"],
            l["Insight.OrderStatus"], l["Insight.Level"], l["Insight.Why"], l["Insight.Export.Polarity"], l["Insight.Export.Suggested"], l["Insight.Export.Confirmed"],
            l["Insight.Export.Keywords"], l["Insight.Export.Text"]);
        var row = 5;
        foreach (var a in alerts)
        {
            At(sheet.Cell(row, 1), a.CreatedAt, zone);
            sheet.Cell(row, 2).Value = projects.GetValueOrDefault(a.ProjectId, "");
            sheet.Cell(row, 3).Value = a.Building ?? "";
            sheet.Cell(row, 4).Value = l[$"Insight.Source.{a.Source}"].Value;
            var number = sheet.Cell(row, 5);
            number.Value = a.Number ?? a.SourceId.ToString();
            number.Hyperlink = new XLHyperlink(baseUrl.TrimEnd('/') + a.Link);
            sheet.Cell(row, 6).Value = a.OrderStatus is { } status ? l[$"Status.{status}"].Value : "";
            sheet.Cell(row, 7).Value = l[$"Insight.Alert.{a.Alert}"].Value;
            sheet.Cell(row, 8).Value = InsightService.Why(a.Reasons, l);
            sheet.Cell(row, 9).Value = l[$"Insight.Polarity.{a.Polarity}"].Value;
            sheet.Cell(row, 10).Value = InsightService.CategoryLabel(a.Category, l);
            sheet.Cell(row, 11).Value = a.ConfirmedCategory is { } c ? InsightService.CategoryLabel(c, l) : "";
            sheet.Cell(row, 12).Value = string.Join("、", a.Keywords);
            sheet.Cell(row, 13).Value = a.Text;
            if (a.Alert == "red") sheet.Cell(row, 7).Style.Font.FontColor = XLColor.Red;
            row++;
        }
        Widths(sheet, 17, 14, 10, 10, 18, 10, 10, 36, 8, 12, 12, 20, 60);
        sheet.SheetView.FreezeRows(4);

        var group = wb.Worksheets.Add(l["Insight.GroupAlerts"].Value);
        group.Cell(1, 1).Value = l["Insight.Export.GroupRule", rule.MinTexts, (int)rule.Window.TotalHours].Value;
        Header(group, 3, l["Field.Project"], l["Insight.Export.Building"], l["Insight.Export.Category"], l["Insight.Export.Kind"], l["Insight.Export.From"],
            l["Insight.Export.To"], l["Insight.Export.Texts"], l["Insight.Export.Latest"]);
        row = 4;
        foreach (var g in inPeriod)
        {
            group.Cell(row, 1).Value = projects.GetValueOrDefault(g.ProjectId, "");
            group.Cell(row, 2).Value = g.Building ?? l["Insight.WholeProject"].Value;
            group.Cell(row, 3).Value = InsightService.CategoryLabel(g.Category, l);
            group.Cell(row, 4).Value = g.Reason == "collective" ? l["Insight.GroupCollective"].Value : l["Insight.GroupMany", g.Items.Count, g.Owners].Value;
            At(group.Cell(row, 5), g.From, zone);
            At(group.Cell(row, 6), g.To, zone);
            group.Cell(row, 7).Value = g.Items.Count;
            group.Cell(row, 8).Value = g.Items.MaxBy(i => i.CreatedAt)?.Text ?? "";
            row++;
        }
        Widths(group, 14, 12, 12, 22, 17, 17, 8, 60);

        var words = wb.Worksheets.Add(l["Insight.Export.Keywords"].Value);
        words.Cell(1, 1).Value = l["Insight.Export.KeywordPeriods", period.Texts, period.PreviousTexts].Value;
        Header(words, 3, l["Insight.Term"], l["Insight.Count"], l["Insight.Before"], l["Insight.Export.Trend"], l["Insight.Example"]);
        row = 4;
        foreach (var k in period.Keywords)
        {
            words.Cell(row, 1).Value = k.Term;
            words.Cell(row, 2).Value = k.Count;
            words.Cell(row, 3).Value = k.PreviousCount;
            words.Cell(row, 4).Value = l[$"Insight.Trend.{k.Trend}"].Value;
            words.Cell(row, 5).Value = k.Examples.FirstOrDefault() ?? "";
            row++;
        }
        Widths(words, 16, 8, 8, 8, 60);

        var (trend, _) = await insight.TrendAsync(projectId, InsightService.TrendWeeks, ct);
        var weeks = wb.Worksheets.Add(l["Insight.Trend"].Value);
        weeks.Cell(1, 1).Value = l["Insight.TrendHelp", InsightService.TrendWeeks].Value;
        Header(weeks, 3, l["Insight.Export.Week"], l["Insight.Export.Texts"], l["Insight.Alert.red"], l["Insight.Alert.yellow"], l["Insight.Alert.blue"],
            l["Insight.NegativeShare"]);
        row = 4;
        foreach (var w in trend!)
        {
            weeks.Cell(row, 1).Value = w.Week.ToDateTime(TimeOnly.MinValue);
            weeks.Cell(row, 1).Style.DateFormat.Format = "yyyy-mm-dd";
            weeks.Cell(row, 2).Value = w.Texts;
            weeks.Cell(row, 3).Value = w.Red;
            weeks.Cell(row, 4).Value = w.Yellow;
            weeks.Cell(row, 5).Value = w.Blue;
            if (w.NegativeShare is double share)
            {
                weeks.Cell(row, 6).Value = share;
                weeks.Cell(row, 6).Style.NumberFormat.Format = "0.0%";
            }
            row++;
        }
        Widths(weeks, 14, 8, 10, 10, 10, 10);

        using var stream = new MemoryStream();
        wb.SaveAs(stream);
        return (new ExportFile(stream.ToArray(), $"insight-{period.From:yyyyMMdd}-{period.To:yyyyMMdd}.xlsx"), errors);
    }

    /// <summary>An instant as a real date and time in the zone, so Excel sorts and filters by it.</summary>
    private static void At(IXLCell cell, DateTime utc, TimeZoneInfo zone)
    {
        cell.Value = TimeZoneInfo.ConvertTimeFromUtc(DateTime.SpecifyKind(utc, DateTimeKind.Utc), zone);
        cell.Style.DateFormat.Format = "yyyy-mm-dd hh:mm";
    }

    private static void Header(IXLWorksheet sheet, int row, params LocalizedString[] names)
    {
        for (var c = 0; c < names.Length; c++) sheet.Cell(row, c + 1).Value = names[c].Value;
        sheet.Row(row).Style.Font.Bold = true;
    }

    private static void Widths(IXLWorksheet sheet, params double[] widths)
    {
        for (var c = 0; c < widths.Length; c++) sheet.Column(c + 1).Width = widths[c];
    }
}
