using ClosedXML.Excel;
using Microsoft.Playwright;

namespace Yardstick.BrowserTests;

/// <summary>The main journeys of the foundation, as a person would click through them, with screenshots.</summary>
[Collection("browser")]
public sealed class JourneyTests(BrowserApp app)
{
    [BrowserFact]
    public async Task Admin_signs_in_and_sees_the_Chinese_home_page()
    {
        var page = await app.NewPageAsync();
        await app.SignInAsync(page, "admin");
        (await page.TextContentAsync("h1"))!.ShouldContain("您好");
        (await page.Locator("#mainNav").TextContentAsync())!.ShouldContain("用户与权限");
        await page.WaitForSelectorAsync("#occupancy-chart canvas");
        await BrowserApp.ShotAsync(page, "01-home-admin");
    }

    [BrowserFact]
    public async Task Admin_creates_a_project_with_a_building_and_units()
    {
        var page = await app.NewPageAsync();
        await app.SignInAsync(page, "admin");
        await page.GotoAsync("/projects");
        await page.ClickAsync("#new-project");
        // Saving an empty form shows the problems next to the fields and saves nothing.
        await page.ClickAsync("#save-project");
        (await page.ContentAsync()).ShouldContain("请填写项目名称");
        await page.FillAsync("#Input_Name", "江畔名苑");
        await page.FillAsync("#Input_Code", "JPMY");
        await page.SelectOptionAsync("#Input_Type", "Residential");
        await page.FillAsync("#Input_Address", "南京市建邺区江东中路 88 号");
        await page.ClickAsync("#save-project");
        await page.WaitForURLAsync("**/projects/*");
        (await page.TextContentAsync("#project-name"))!.ShouldContain("江畔名苑");

        await page.FillAsync("#building-code", "1");
        await page.FillAsync("#building-floors", "11");
        await page.ClickAsync("#add-building");
        await page.WaitForSelectorAsync("#buildings >> text=1号楼");
        await page.FillAsync("#gen-entrances", "2");
        await page.FillAsync("#gen-floors", "11");
        await page.FillAsync("#gen-per-floor", "2");
        await page.FillAsync("#gen-area", "96");
        await page.ClickAsync("#generate-units");
        await page.WaitForSelectorAsync(".alert-success");
        (await page.TextContentAsync(".alert-success"))!.ShouldContain("已生成 44 户");
        (await page.TextContentAsync("#unit-count"))!.Trim().ShouldBe("44");
        (await page.Locator("#units-table tbody tr").CountAsync()).ShouldBe(44);
        await BrowserApp.ShotAsync(page, "02-project-with-units");
    }

    [BrowserFact]
    public async Task A_bad_import_shows_every_problem_and_imports_nothing_then_a_good_file_imports()
    {
        var page = await app.NewPageAsync();
        await app.SignInAsync(page, "agent");
        await page.GotoAsync("/customers?projectId=1");
        var before = await page.TextContentAsync("#customer-total");

        var dir = Path.Combine(Path.GetTempPath(), "yardstick-browser-files");
        Directory.CreateDirectory(dir);
        var bad = Path.Combine(dir, "客户-有错误.xlsx");
        var good = Path.Combine(dir, "客户-正确.xlsx");
        WriteXlsx(bad, ["姓名", "手机号", "客户类型", "房号", "标签"],
            ["欧阳晨", "13955550001", "业主", "1-1-101", "VIP"],
            ["司马琳", "1395555", "业主", "1-1-102", ""],
            ["上官雨", "13955550003", "租户", "1-1-103", ""]);
        WriteXlsx(good, ["姓名", "手机号", "客户类型", "房号", "标签"],
            ["欧阳晨", "13955550001", "业主", "1-1-101", "VIP"],
            ["司马琳", "13955550002", "业主", "1-1-102", ""],
            ["上官雨", "13955550003", "租户", "1-1-103", ""]);

        await page.GotoAsync("/customers/import");
        await page.SelectOptionAsync("#import-project", "1");
        await page.SetInputFilesAsync("#import-file", bad);
        await page.ClickAsync("#import-submit");
        await page.WaitForSelectorAsync("#import-errors");
        var errors = await page.TextContentAsync("#import-errors") ?? "";
        errors.ShouldContain("未导入任何数据");
        errors.ShouldContain("1395555");
        await BrowserApp.ShotAsync(page, "03-import-rejected");
        await page.GotoAsync("/customers?projectId=1");
        (await page.TextContentAsync("#customer-total")).ShouldBe(before);

        await page.GotoAsync("/customers/import");
        await page.SelectOptionAsync("#import-project", "1");
        await page.SetInputFilesAsync("#import-file", good);
        await page.ClickAsync("#import-submit");
        await page.WaitForURLAsync("**/customers?projectId=1");
        (await page.TextContentAsync(".alert-success"))!.ShouldContain("导入成功，共 3 位客户");
        (await page.TextContentAsync("#customer-total")).ShouldNotBe(before);
        await page.GotoAsync("/customers?q=欧阳晨");
        (await page.TextContentAsync("#customers-table"))!.ShouldContain("1-1-101");
        await BrowserApp.ShotAsync(page, "04-import-done");
    }

    [BrowserFact]
    public async Task A_technician_has_no_users_menu_and_cannot_open_the_page()
    {
        var page = await app.NewPageAsync();
        await app.SignInAsync(page, "tech");
        (await page.Locator("a[href='/admin/users']").CountAsync()).ShouldBe(0);
        await page.GotoAsync("/admin/users");
        page.Url.ShouldContain("/account/denied");
        (await page.TextContentAsync("h1"))!.ShouldContain("没有权限");
        await BrowserApp.ShotAsync(page, "05-technician-denied");
    }

    [BrowserFact]
    public async Task The_language_switch_turns_the_interface_English_and_stays()
    {
        var page = await app.NewPageAsync();
        await app.SignInAsync(page, "supervisor");
        await page.ClickAsync("#lang-switch");
        await page.WaitForSelectorAsync("html[lang=en]");
        (await page.Locator("#mainNav").TextContentAsync())!.ShouldContain("Customers");
        await page.GotoAsync("/customers");
        (await page.TextContentAsync("h1"))!.ShouldContain("Customers");
        await BrowserApp.ShotAsync(page, "06-english-customers");
        // The demo's red notices were written in Chinese; an English reader reads them in English.
        await page.GotoAsync("/notifications");
        var notices = (await page.Locator(".list-group").TextContentAsync())!;
        notices.ShouldContain("Emotion alert (red): order GD");
        notices.ShouldNotContain("情绪预警");
        await BrowserApp.ShotAsync(page, "06-english-notifications");
        await page.ClickAsync("#lang-switch");
        await page.WaitForSelectorAsync("html[lang=zh-CN]");
    }

    [BrowserFact]
    public async Task The_interface_works_on_a_375_pixel_phone()
    {
        var page = await app.NewPageAsync(375, 812);
        await app.SignInAsync(page, "pm");
        await page.ClickAsync(".navbar-toggler");
        await page.WaitForSelectorAsync("#mainNav.show");
        await page.ClickAsync("#mainNav >> text=客户档案");
        await page.WaitForURLAsync("**/customers");
        var width = await page.EvaluateAsync<int>("document.documentElement.scrollWidth");
        width.ShouldBeLessThanOrEqualTo(375);
        await BrowserApp.ShotAsync(page, "07-phone-customers");
    }

    private static void WriteXlsx(string path, params string[][] rows)
    {
        using var wb = new XLWorkbook();
        var ws = wb.AddWorksheet("客户");
        for (var r = 0; r < rows.Length; r++)
            for (var c = 0; c < rows[r].Length; c++)
                ws.Cell(r + 1, c + 1).SetValue(rows[r][c]);
        wb.SaveAs(path);
    }
}
