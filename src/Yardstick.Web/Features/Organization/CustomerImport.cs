using System.Globalization;
using ClosedXML.Excel;
using CsvHelper;
using CsvHelper.Configuration;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Yardstick.Insight;
using Yardstick.Web.Platform.Data;

namespace Yardstick.Web.Features.Organization;

/// <summary>
/// Imports customers from .xlsx or .csv. All rows are checked first; if any row is bad nothing is saved and
/// the caller gets every problem as row + column + reason. Otherwise all rows go in one transaction.
/// </summary>
public sealed class CustomerImport(AppDbContext db, IStringLocalizer l)
{
    public const int MaxRows = 20000;

    /// <summary>The columns, in template order. Headers are accepted in Chinese or English.</summary>
    public static readonly IReadOnlyList<(string Key, string Zh, string En, bool Required)> Columns =
    [
        ("name", "姓名", "Name", true),
        ("phone", "手机号", "Phone", true),
        ("type", "客户类型", "Type", true),
        ("units", "房号", "Units", false),
        ("tags", "标签", "Tags", false),
        ("contact", "首选联系方式", "PreferredContact", false),
    ];

    public sealed record RowError(int Row, string Column, string Message);
    public sealed record Result(int Imported, IReadOnlyList<RowError> Errors);

    private static readonly Dictionary<string, CustomerType> TypeNames = new(StringComparer.OrdinalIgnoreCase)
    {
        ["业主"] = CustomerType.Owner, ["owner"] = CustomerType.Owner,
        ["租户"] = CustomerType.Tenant, ["tenant"] = CustomerType.Tenant,
        ["住户"] = CustomerType.Resident, ["resident"] = CustomerType.Resident,
    };

    private static readonly Dictionary<string, ContactMethod> ContactNames = new(StringComparer.OrdinalIgnoreCase)
    {
        ["电话"] = ContactMethod.Phone, ["phone"] = ContactMethod.Phone,
        ["短信"] = ContactMethod.Sms, ["sms"] = ContactMethod.Sms,
        ["微信"] = ContactMethod.WeChat, ["wechat"] = ContactMethod.WeChat,
        ["上门"] = ContactMethod.Visit, ["visit"] = ContactMethod.Visit,
    };

    public async Task<Result> ImportAsync(int projectId, string fileName, Stream content, CancellationToken ct = default)
    {
        List<(int Row, Dictionary<string, string> Cells)> rows;
        try
        {
            rows = Path.GetExtension(fileName).ToLowerInvariant() switch
            {
                ".xlsx" => ReadXlsx(content),
                ".csv" => ReadCsv(content),
                _ => throw new ImportFormatException(l["Import.BadType"]),
            };
        }
        catch (ImportFormatException e)
        {
            return new Result(0, [new RowError(0, "", e.Message)]);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            return new Result(0, [new RowError(0, "", l["Import.Unreadable"])]);
        }
        if (rows.Count == 0) return new Result(0, [new RowError(0, "", l["Import.Empty"])]);
        if (rows.Count > MaxRows) return new Result(0, [new RowError(0, "", l["Import.TooMany", MaxRows])]);

        var errors = new List<RowError>();
        var units = await db.Units.Where(u => u.ProjectId == projectId).ToDictionaryAsync(u => u.Label, ct);
        var existing = (await db.Customers.Where(c => c.ProjectId == projectId)
            .Select(c => new { c.Name, c.Phone }).ToListAsync(ct)).Select(c => (c.Name, c.Phone)).ToHashSet();
        var seen = new Dictionary<(string, string), int>();
        var customers = new List<Customer>();

        foreach (var (row, cells) in rows)
        {
            void Err(string column, string key, params object[] args) =>
                errors.Add(new RowError(row, ColumnLabel(column), args.Length == 0 ? l[key] : l[key, args]));

            var name = cells.GetValueOrDefault("name", "").Trim();
            if (name.Length == 0) Err("name", "Err.Required", ColumnLabel("name"));
            else if (name.Length > 50) Err("name", "Err.MaxLength", ColumnLabel("name"), 50);

            var rawPhone = cells.GetValueOrDefault("phone", "").Trim();
            var phone = OrganizationService.NormalizePhone(rawPhone);
            if (phone.Length == 0) Err("phone", "Err.Required", ColumnLabel("phone"));
            else if (!OrganizationService.IsValidPhone(phone)) Err("phone", "Err.Phone", rawPhone);

            var typeText = cells.GetValueOrDefault("type", "").Trim();
            CustomerType type = default;
            if (typeText.Length == 0) Err("type", "Err.Required", ColumnLabel("type"));
            else if (!TypeNames.TryGetValue(typeText, out type)) Err("type", "Import.BadCustomerType", typeText);

            var contactText = cells.GetValueOrDefault("contact", "").Trim();
            var contact = ContactMethod.Phone;
            if (contactText.Length > 0 && !ContactNames.TryGetValue(contactText, out contact))
                Err("contact", "Import.BadContact", contactText);

            var tags = Customer.SplitTags(cells.GetValueOrDefault("tags", ""));
            if (string.Join(",", tags).Length > 200) Err("tags", "Err.MaxLength", ColumnLabel("tags"), 200);

            var customerUnits = new List<Unit>();
            foreach (var label in Customer.SplitTags(cells.GetValueOrDefault("units", "")))
            {
                if (units.TryGetValue(label, out var unit)) customerUnits.Add(unit);
                else Err("units", "Err.UnitNotFound", label);
            }

            if (name.Length > 0 && phone.Length > 0)
            {
                if (existing.Contains((name, phone))) Err("phone", "Import.Exists", name);
                else if (seen.TryGetValue((name, phone), out var first)) Err("phone", "Import.DuplicateRow", first);
                else seen[(name, phone)] = row;
            }

            customers.Add(new Customer
            {
                ProjectId = projectId, Name = name, Phone = phone, Type = type, Tags = string.Join(",", tags),
                PreferredContact = contact,
                Units = customerUnits.Select(u => new CustomerUnit { UnitId = u.Id }).ToList(),
            });
            foreach (var u in customerUnits) u.IsOccupied = true;
        }

        if (errors.Count > 0)
        {
            db.ChangeTracker.Clear();
            return new Result(0, errors);
        }
        db.Customers.AddRange(customers);
        await db.SaveChangesAsync(ct);
        return new Result(customers.Count, []);
    }

    private string ColumnLabel(string key)
    {
        var c = Columns.First(x => x.Key == key);
        return CultureInfo.CurrentUICulture.Name.StartsWith("en", StringComparison.OrdinalIgnoreCase) ? c.En : c.Zh;
    }

    private static string? KeyOfHeader(string header)
    {
        var h = header.Trim().TrimEnd('*').Trim();
        return Columns.FirstOrDefault(c => c.Zh == h || c.En.Equals(h, StringComparison.OrdinalIgnoreCase) || c.Key.Equals(h, StringComparison.OrdinalIgnoreCase)).Key;
    }

    private List<(int, Dictionary<string, string>)> FromTable(IReadOnlyList<string> headers, IEnumerable<(int Row, IReadOnlyList<string> Cells)> data)
    {
        var keys = headers.Select(KeyOfHeader).ToList();
        var missing = Columns.Where(c => c.Required && !keys.Contains(c.Key)).Select(c => ColumnLabel(c.Key)).ToList();
        if (missing.Count > 0) throw new ImportFormatException(l["Import.MissingColumns", string.Join("、", missing)]);
        var rows = new List<(int, Dictionary<string, string>)>();
        foreach (var (row, cells) in data)
        {
            if (cells.All(string.IsNullOrWhiteSpace)) continue;
            var dict = new Dictionary<string, string>();
            for (var i = 0; i < keys.Count && i < cells.Count; i++)
                if (keys[i] is { } k) dict[k] = cells[i];
            rows.Add((row, dict));
        }
        return rows;
    }

    private List<(int, Dictionary<string, string>)> ReadXlsx(Stream content)
    {
        using var wb = new XLWorkbook(content);
        var ws = wb.Worksheets.First();
        var used = ws.RangeUsed();
        if (used is null) return [];
        var lastCol = used.LastColumn().ColumnNumber();
        var headers = Enumerable.Range(1, lastCol).Select(c => ws.Cell(1, c).GetFormattedString()).ToList();
        var data = Enumerable.Range(2, Math.Max(0, used.LastRow().RowNumber() - 1))
            .Select(r => (r, (IReadOnlyList<string>)Enumerable.Range(1, lastCol).Select(c => ws.Cell(r, c).GetFormattedString()).ToList()));
        return FromTable(headers, data);
    }

    private List<(int, Dictionary<string, string>)> ReadCsv(Stream content)
    {
        using var reader = TextFiles.OpenReader(content);
        using var csv = new CsvParser(reader, new CsvConfiguration(CultureInfo.InvariantCulture) { BadDataFound = null });
        if (!csv.Read()) return [];
        var headers = csv.Record ?? [];
        var data = new List<(int, IReadOnlyList<string>)>();
        var row = 1;
        while (csv.Read()) data.Add((++row, csv.Record ?? []));
        return FromTable(headers, data);
    }

    /// <summary>An .xlsx with the headers, a note per column and two example rows.</summary>
    public static byte[] TemplateXlsx()
    {
        using var wb = new XLWorkbook();
        var ws = wb.AddWorksheet("客户导入");
        for (var i = 0; i < Columns.Count; i++)
        {
            ws.Cell(1, i + 1).Value = Columns[i].Zh + (Columns[i].Required ? "*" : "");
            ws.Cell(1, i + 1).Style.Font.Bold = true;
        }
        string[][] examples =
        [
            ["张建国", "13812345678", "业主", "1-1-101", "独居老人,重点关注", "电话"],
            ["李晓梅", "13987654321", "租户", "1-1-102;1-1-103", "", "微信"],
        ];
        for (var r = 0; r < examples.Length; r++)
            for (var c = 0; c < examples[r].Length; c++)
                ws.Cell(r + 2, c + 1).SetValue(examples[r][c]);
        // Fixed widths: ClosedXML's AdjustToContents needs GDI+, which Linux servers lack.
        foreach (var (column, width) in new[] { (1, 12), (2, 16), (3, 10), (4, 22), (5, 22), (6, 14) }) ws.Column(column).Width = width;
        var help = wb.AddWorksheet("说明");
        string[] notes =
        [
            "姓名*：必填，最多 50 字",
            "手机号*：11 位手机号或带区号的固定电话，如 13812345678、021-64381234",
            "客户类型*：业主 / 租户 / 住户（或 Owner / Tenant / Resident）",
            "房号：楼栋-单元-房号，如 3-2-102；多个房号用分号隔开；须是本项目已有的房屋",
            "标签：逗号隔开，如 独居老人,企业租户,VIP,重点关注",
            "首选联系方式：电话 / 短信 / 微信 / 上门，默认电话",
            "任一行有错误时整个文件都不会导入，请按提示修改后重新上传。",
        ];
        for (var i = 0; i < notes.Length; i++) help.Cell(i + 1, 1).SetValue(notes[i]);
        help.Column(1).Width = 90;
        using var ms = new MemoryStream();
        wb.SaveAs(ms);
        return ms.ToArray();
    }

    public static string TemplateCsv() =>
        "\uFEFF" + string.Join(",", Columns.Select(c => c.Zh)) + "\n张建国,13812345678,业主,1-1-101,\"独居老人,重点关注\",电话\n";

    private sealed class ImportFormatException(string message) : Exception(message);
}
