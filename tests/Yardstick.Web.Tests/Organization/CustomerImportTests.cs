using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using ClosedXML.Excel;
using Yardstick.Web.Tests.Infrastructure;

namespace Yardstick.Web.Tests.Organization;

public sealed class CustomerImportTestsSqlite(SqliteApp app) : CustomerImportTests<SqliteApp>(app);
public sealed class CustomerImportTestsPostgres(PostgresApp app) : CustomerImportTests<PostgresApp>(app), IUsesPostgres;

/// <summary>All rows are checked first; one bad row means nothing is imported and every problem is listed.</summary>
public abstract class CustomerImportTests<TApp>(TApp app) : IClassFixture<TApp> where TApp : TestApp
{
    public static byte[] Xlsx(params string[][] rows)
    {
        using var wb = new XLWorkbook();
        var ws = wb.AddWorksheet("客户");
        for (var r = 0; r < rows.Length; r++)
            for (var c = 0; c < rows[r].Length; c++)
                ws.Cell(r + 1, c + 1).SetValue(rows[r][c]);
        using var ms = new MemoryStream();
        wb.SaveAs(ms);
        return ms.ToArray();
    }

    private MultipartFormDataContent Form(byte[] content, string name, int projectId) => new()
    {
        { new ByteArrayContent(content), "file", name },
        { new StringContent(projectId.ToString()), "projectId" },
    };

    private async Task<int> CountAsync(HttpClient c) =>
        (await (await c.GetAsync($"/api/customers?projectId={app.ProjectA}")).Content.ReadFromJsonAsync<JsonElement>()).GetProperty("total").GetInt32();

    [DbFact]
    public async Task A_file_with_bad_rows_imports_nothing_and_lists_each_problem()
    {
        var agent = await app.ApiAs("agenta");
        var before = await CountAsync(agent);
        var file = Xlsx(
            ["姓名", "手机号", "客户类型", "房号", "标签", "首选联系方式"],
            ["周一", "13811110001", "业主", "1-1-102", "VIP", "微信"],
            ["", "12345", "业主", "1-1-201", "", ""],
            ["吴二", "13811110003", "房东", "9-9-909", "", "飞鸽传书"],
            ["周一", "13811110001", "业主", "", "", ""],
            ["张三", "13800000001", "业主", "", "", ""]);
        var r = await agent.PostAsync("/api/customers/import", Form(file, "customers.xlsx", app.ProjectA));
        r.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        var problem = await r.Content.ReadFromJsonAsync<JsonElement>();
        problem.GetProperty("title").GetString()!.ShouldContain("未导入任何数据");
        var rows = problem.GetProperty("rows").EnumerateArray()
            .Select(e => (Row: e.GetProperty("row").GetInt32(), Column: e.GetProperty("column").GetString(), Message: e.GetProperty("message").GetString()!))
            .ToList();
        rows.ShouldContain(e => e.Row == 3 && e.Column == "姓名");
        rows.ShouldContain(e => e.Row == 3 && e.Column == "手机号" && e.Message.Contains("12345"));
        rows.ShouldContain(e => e.Row == 4 && e.Column == "客户类型" && e.Message.Contains("房东"));
        rows.ShouldContain(e => e.Row == 4 && e.Column == "房号" && e.Message.Contains("9-9-909"));
        rows.ShouldContain(e => e.Row == 4 && e.Column == "首选联系方式");
        rows.ShouldContain(e => e.Row == 5 && e.Message.Contains("第 2 行"));
        rows.ShouldContain(e => e.Row == 6 && e.Message.Contains("已存在"));
        rows.ShouldNotContain(e => e.Row == 2);
        (await CountAsync(agent)).ShouldBe(before);
    }

    [DbFact]
    public async Task A_good_xlsx_imports_every_row_with_units_and_tags()
    {
        var agent = await app.ApiAs("agenta");
        var before = await CountAsync(agent);
        var file = Xlsx(
            ["Name", "Phone", "Type", "Units", "Tags", "PreferredContact"],
            ["郑好", "13822220001", "Owner", "1-2-101;1-2-102", "独居老人，重点关注", "Visit"],
            ["冯静", "021-64381234", "租户", "1-2-201", "", ""]);
        var r = await agent.PostAsync("/api/customers/import", Form(file, "good.xlsx", app.ProjectA));
        r.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await r.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("imported").GetInt32().ShouldBe(2);
        (await CountAsync(agent)).ShouldBe(before + 2);
        var zheng = (await (await agent.GetAsync("/api/customers?q=郑好")).Content.ReadFromJsonAsync<JsonElement>()).GetProperty("items")[0];
        zheng.GetProperty("units").EnumerateArray().Select(u => u.GetString()).ShouldBe(["1-2-101", "1-2-102"], ignoreOrder: true);
        zheng.GetProperty("tags").EnumerateArray().Select(u => u.GetString()).ShouldBe(["独居老人", "重点关注"]);
        zheng.GetProperty("preferredContact").GetString().ShouldBe("Visit");
    }

    [DbFact]
    public async Task A_csv_with_a_byte_order_mark_imports()
    {
        var agent = await app.ApiAs("agenta");
        var csv = Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes("姓名,手机号,客户类型,房号\n褚明,13833330001,住户,1-1-301\n")).ToArray();
        var r = await agent.PostAsync("/api/customers/import", Form(csv, "c.csv", app.ProjectA));
        r.StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    [DbFact]
    public async Task A_csv_saved_in_GBK_by_a_Chinese_Excel_imports_with_its_Chinese_intact()
    {
        var agent = await app.ApiAs("agenta");
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        var csv = Encoding.GetEncoding("GBK").GetBytes("姓名,手机号,客户类型,房号\r\n卫青,13833330002,住户,1-1-302\r\n");
        var r = await agent.PostAsync("/api/customers/import", Form(csv, "c.csv", app.ProjectA));
        r.StatusCode.ShouldBe(HttpStatusCode.OK, await r.Content.ReadAsStringAsync());
        var found = (await (await agent.GetAsync("/api/customers?q=卫青")).Content.ReadFromJsonAsync<JsonElement>()).GetProperty("items");
        found.GetArrayLength().ShouldBe(1);
        found[0].GetProperty("name").GetString().ShouldBe("卫青");
    }

    [DbFact]
    public async Task Wrong_files_are_explained()
    {
        var agent = await app.ApiAs("agenta");
        var txt = await agent.PostAsync("/api/customers/import", Form("hello"u8.ToArray(), "c.txt", app.ProjectA));
        (await txt.Content.ReadAsStringAsync()).ShouldContain("只支持 .xlsx 或 .csv 文件");
        var broken = await agent.PostAsync("/api/customers/import", Form("not a zip"u8.ToArray(), "c.xlsx", app.ProjectA));
        (await broken.Content.ReadAsStringAsync()).ShouldContain("无法读取该文件");
        var noColumns = await agent.PostAsync("/api/customers/import", Form(Xlsx(["foo", "bar"], ["1", "2"]), "c.xlsx", app.ProjectA));
        (await noColumns.Content.ReadAsStringAsync()).ShouldContain("缺少必需的列：姓名、手机号、客户类型");
        using var missing = new MultipartFormDataContent { { new StringContent(app.ProjectA.ToString()), "projectId" } };
        (await agent.PostAsync("/api/customers/import", missing)).StatusCode.ShouldBe(HttpStatusCode.BadRequest);
    }

    [DbFact]
    public async Task Import_respects_scope_and_role()
    {
        var agent = await app.ApiAs("agenta");
        var file = Xlsx(["姓名", "手机号", "客户类型"], ["越权", "13844440001", "业主"]);
        (await agent.PostAsync("/api/customers/import", Form(file, "x.xlsx", app.ProjectB))).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        var tech = await app.ApiAs("techa");
        (await tech.PostAsync("/api/customers/import", Form(file, "x.xlsx", app.ProjectA))).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
    }

    [DbFact]
    public async Task The_template_downloads_and_imports_as_is()
    {
        var agent = await app.ApiAs("agenta");
        var template = await agent.GetAsync("/api/customers/import/template");
        template.Content.Headers.ContentType!.MediaType.ShouldBe("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        using var wb = new XLWorkbook(await template.Content.ReadAsStreamAsync());
        wb.Worksheet(1).Cell(1, 1).GetString().ShouldBe("姓名*");
        (await agent.GetStringAsync("/api/customers/import/template?format=csv")).ShouldContain("姓名,手机号,客户类型");
    }
}
