using System.Globalization;
using System.Text;
using ClosedXML.Excel;
using CsvHelper;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Yardstick.Web.Platform.Data;
using Yardstick.Web.Platform.Web;

namespace Yardstick.Web.Features.Surveys;

/// <summary>客户满意度调查汇总表 and the raw responses, as .xlsx and as CSV (UTF-8 with BOM, so Excel reads the Chinese).</summary>
public sealed class SurveyExport(AppDbContext db, SurveyResults results, IStringLocalizer l)
{
    public const int MaxRawRows = 200_000;

    private sealed record Raw(string Project, string Building, string Unit, string Channel, string? FormNumber, string Submitted, string Flags,
        string Audit, bool Excluded, string? FollowUp, Dictionary<string, object> Answers);

    public async Task<ExportFile?> WorkbookAsync(int campaignId, CancellationToken ct = default)
    {
        var (r, _) = await results.ResultsAsync(campaignId, null, ct);
        if (r is null) return null;
        var (sheet, raw) = await RawAsync(campaignId, ct);
        using var wb = new XLWorkbook();
        var summary = wb.Worksheets.Add(l["Survey.Export.Summary"].Value);
        summary.Cell(1, 1).Value = l["Survey.Export.Title", r.Name].Value;
        summary.Cell(1, 1).Style.Font.Bold = true;
        var row = 3;
        foreach (var (label, value) in new (string, object?)[]
                 {
                     (l["Survey.SatisfactionRate"], Pct(r.SatisfactionRate)), (l["Survey.Csi"], Num(r.Csi)), (l["Survey.Nps"], Num(r.Nps)),
                     (l["Survey.Planned"], r.Planned), (l["Survey.Distributed"], r.Distributed), (l["Survey.DistributionRate"], Pct(r.DistributionRate)),
                     (l["Survey.ValidResponses"], r.Responses), (l["Survey.RecoveryRate"], Pct(r.RecoveryRate)), (l["Survey.Excluded"], r.Excluded),
                 })
        {
            summary.Cell(row, 1).Value = label;
            summary.Cell(row++, 2).Value = value?.ToString() ?? "—";
        }
        row++;
        string[] header = [l["Survey.Section"], l["Survey.Question"], l["Survey.Likert.verySatisfied"], l["Survey.Likert.satisfied"], l["Survey.Likert.neutral"],
            l["Survey.Likert.dissatisfied"], l["Survey.Likert.veryDissatisfied"], l["Survey.Likert.na"], l["Survey.Answers"], l["Survey.SatisfactionRate"], l["Survey.Score"]];
        for (var c = 0; c < header.Length; c++) summary.Cell(row, c + 1).Value = header[c];
        summary.Row(row).Style.Font.Bold = true;
        row++;
        foreach (var section in r.Sections.Where(s => s.Score is not null))
        {
            foreach (var q in r.Questions.Where(q => q.SectionKey == section.Key && q.Type == QuestionType.Likert5))
            {
                summary.Cell(row, 1).Value = section.Title;
                summary.Cell(row, 2).Value = q.Text;
                for (var v = 5; v >= 1; v--) summary.Cell(row, 3 + (5 - v)).Value = q.Distribution[v.ToString()];
                summary.Cell(row, 8).Value = q.NotApplicable;
                summary.Cell(row, 9).Value = q.Answers;
                summary.Cell(row, 10).Value = Pct(q.SatisfactionRate) ?? "—";
                summary.Cell(row, 11).Value = Num(q.Score) ?? "—";
                row++;
            }
            summary.Cell(row, 1).Value = section.Title;
            summary.Cell(row, 2).Value = l["Survey.SectionTotal"].Value;
            summary.Cell(row, 9).Value = section.Answers;
            summary.Cell(row, 10).Value = Pct(section.SatisfactionRate) ?? "—";
            summary.Cell(row, 11).Value = Num(section.Score) ?? "—";
            summary.Row(row).Style.Font.Italic = true;
            row++;
        }
        row++;
        summary.Cell(row, 1).Value = l["Survey.League"].Value;
        summary.Cell(row++, 1).Style.Font.Bold = true;
        foreach (var x in r.League)
        {
            summary.Cell(row, 1).Value = x.Rank;
            summary.Cell(row, 2).Value = x.Project;
            summary.Cell(row, 3).Value = x.Responses;
            summary.Cell(row, 4).Value = Pct(x.RecoveryRate) ?? "—";
            summary.Cell(row, 5).Value = Pct(x.SatisfactionRate) ?? "—";
            summary.Cell(row, 6).Value = Num(x.Csi) ?? "—";
            row++;
        }
        summary.Column(1).Width = 18;
        summary.Column(2).Width = 28;

        var data = wb.Worksheets.Add(l["Survey.Export.Raw"].Value);
        var columns = RawHeader(sheet);
        for (var c = 0; c < columns.Count; c++) data.Cell(1, c + 1).Value = columns[c];
        data.Row(1).Style.Font.Bold = true;
        var line = 2;
        foreach (var x in raw)
        {
            var cells = RawCells(sheet, x);
            for (var c = 0; c < cells.Count; c++) data.Cell(line, c + 1).Value = cells[c];
            line++;
        }
        using var stream = new MemoryStream();
        wb.SaveAs(stream);
        return new ExportFile(stream.ToArray(), $"survey-{campaignId}.xlsx");
    }

    public async Task<ExportFile?> CsvAsync(int campaignId, CancellationToken ct = default)
    {
        if (!await db.SurveyCampaigns.AnyAsync(c => c.Id == campaignId && db.SurveyCampaignProjects.Any(p => p.CampaignId == c.Id), ct)) return null;
        var (sheet, raw) = await RawAsync(campaignId, ct);
        using var stream = new MemoryStream();
        using (var writer = new StreamWriter(stream, new UTF8Encoding(encoderShouldEmitUTF8Identifier: true), leaveOpen: true))
        using (var csv = new CsvWriter(writer, CultureInfo.InvariantCulture))
        {
            foreach (var h in RawHeader(sheet)) csv.WriteField(h);
            csv.NextRecord();
            foreach (var x in raw)
            {
                foreach (var cell in RawCells(sheet, x)) csv.WriteField(cell);
                csv.NextRecord();
            }
        }
        return new ExportFile(stream.ToArray(), $"survey-{campaignId}-responses.csv");
    }

    private List<string> RawHeader(AnswerSheet sheet) =>
    [
        l["Field.Project"], l["Field.Building"], l["Survey.Unit"], l["Survey.Channel"], l["Survey.Field.FormNumber"], l["Survey.SubmittedAt"],
        l["Survey.Flags"], l["Survey.Audit"], l["Survey.Excluded"], l["Survey.FollowUp"],
        .. sheet.Slots.Select(s => s.Question.Text),
    ];

    private List<string> RawCells(AnswerSheet sheet, Raw x) =>
    [
        x.Project, x.Building, x.Unit, x.Channel, x.FormNumber ?? "", x.Submitted, x.Flags, x.Audit, x.Excluded ? l["Common.Yes"] : "", x.FollowUp ?? "",
        .. sheet.Slots.Select(s => x.Answers.TryGetValue(s.Question.Id, out var v) ? Show(s.Question, v) : ""),
    ];

    private string Show(SurveyQuestion q, object value) => value switch
    {
        int n when q.Type == QuestionType.Likert5 => $"{n} {l[$"Survey.Likert.{LikertAnswers.Keys[n]}"]}",
        int[] pair => $"{pair[0]}/{pair[1]} {SurveyMeasures.Kano(pair[0], pair[1])}",
        string[] keys => string.Join("、", keys.Select(k => q.Options!.First(o => o.Key == k).Text)),
        string key when q.Type == QuestionType.SingleChoice => q.Options!.First(o => o.Key == key).Text,
        _ => value.ToString() ?? "",
    };

    private async Task<(AnswerSheet Sheet, List<Raw> Rows)> RawAsync(int campaignId, CancellationToken ct)
    {
        var templateId = await db.SurveyCampaigns.Where(c => c.Id == campaignId).Select(c => c.TemplateId).FirstAsync(ct);
        var sheet = await AnswerSheet.ForTemplateAsync(db, templateId, ct);
        var rows = await (from r in db.SurveyResponses.AsNoTracking().Where(r => r.CampaignId == campaignId)
                          join i in db.SurveyInvitations on r.InvitationId equals i.Id
                          join p in db.Projects on r.ProjectId equals p.Id
                          join b in db.Buildings on r.BuildingId equals b.Id
                          join o in db.WorkOrders on r.FollowUpOrderId equals o.Id into orders
                          from o in orders.DefaultIfEmpty()
                          orderby r.ProjectId, i.UnitLabel
                          select new { r, i.UnitLabel, Project = p.Name, Building = b.Name, Order = o == null ? null : o.Number })
            .Take(MaxRawRows).ToListAsync(ct);
        return (sheet, rows.Select(x => new Raw(x.Project, x.Building, x.UnitLabel, l[$"Survey.Channel.{x.r.Channel}"], x.r.FormNumber,
            Display.Time(x.r.SubmittedAt), string.Join("、", SurveyService.FlagList(x.r.Flags).Select(f => l[$"Survey.Flag.{f}"].Value)),
            l[$"Survey.AuditState.{x.r.Audit}"], x.r.Excluded, x.Order, sheet.Values(x.r.Answers, SurveyService.TextsOf(x.r.Texts)))).ToList());
    }

    private static string? Pct(double? v) => v is null ? null : v.Value.ToString("0.0", CultureInfo.InvariantCulture) + "%";
    private static string? Num(double? v) => v?.ToString("0.0", CultureInfo.InvariantCulture);
}
