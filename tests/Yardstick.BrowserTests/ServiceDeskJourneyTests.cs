using Microsoft.Playwright;

namespace Yardstick.BrowserTests;

/// <summary>The service desk's closed loop as people click through it: intake by phone, a technician on a phone, reply, closure.</summary>
[Collection("browser")]
public sealed class ServiceDeskJourneyTests(BrowserApp app)
{
    [BrowserFact]
    public async Task A_phone_complaint_is_dispatched_resolved_on_a_phone_replied_and_closed()
    {
        // The agent takes the call.
        var desk = await app.NewPageAsync();
        await app.SignInAsync(desk, "agent");
        await desk.GotoAsync("/work-orders");
        await desk.ClickAsync("#new-order");
        await desk.ClickAsync("#save-order");
        (await desk.ContentAsync()).ShouldContain("请填写问题描述");
        await desk.SelectOptionAsync("#Input_ProjectId", new SelectOptionValue { Label = "翠湖花园" });
        await desk.SelectOptionAsync("#Input_Channel", "Phone");
        await desk.SelectOptionAsync("#Input_Type", "Complaint");
        await desk.SelectOptionAsync("#Input_Category", "Neighbor");
        await desk.FillAsync("#Input_UnitLabel", "3-1-502");
        await desk.FillAsync("#Input_CustomerName", "钱女士");
        await desk.FillAsync("#Input_CustomerPhone", "13812345678");
        await desk.FillAsync("#Input_Description", "楼上502装修，早上七点就开始电钻，已经连续三天了");
        await desk.SelectOptionAsync("#Input_Nature", "Valid");
        await desk.SelectOptionAsync("#Input_Severity", "General");
        await desk.FillAsync("#Input_Demand", "要求装修只在规定时间施工");
        await BrowserApp.ShotAsync(desk, "10-intake-complaint");
        await desk.ClickAsync("#save-order");
        await desk.WaitForSelectorAsync("#order-number");
        var number = (await desk.TextContentAsync("#order-number"))!.Trim();
        number.ShouldStartWith("GD");
        (await desk.TextContentAsync("#order-status"))!.ShouldContain("已受理");
        (await desk.TextContentAsync("#sla-clocks"))!.ShouldContain("派单");

        var dispatch = desk.Locator("form[data-action=dispatch]");
        await dispatch.Locator("select[name=assigneeId]").SelectOptionAsync(new SelectOptionValue { Label = "黄师傅" });
        await dispatch.Locator("button").ClickAsync();
        await desk.WaitForSelectorAsync("#order-status >> text=已派单");
        await BrowserApp.ShotAsync(desk, "11-order-dispatched");
        var url = desk.Url;

        // The technician works it on a 375-pixel phone.
        var phone = await app.NewPageAsync(375, 812);
        await app.SignInAsync(phone, "tech");
        await phone.GotoAsync("/work-orders");
        await phone.ClickAsync($"text={number}");
        await phone.WaitForSelectorAsync("form[data-action=accept]");
        await phone.Locator("form[data-action=accept] button").ClickAsync();
        await phone.WaitForSelectorAsync("#order-status >> text=已接单");
        await phone.Locator("form[data-action=start] button").ClickAsync();
        await phone.WaitForSelectorAsync("#order-status >> text=处理中");
        await phone.FillAsync("form[data-action=resolve] textarea", "已上门与502业主沟通，承诺每天9:00-12:00、14:00-18:00施工");
        await phone.Locator("form[data-action=resolve] button").ClickAsync();
        await phone.WaitForSelectorAsync("#order-status >> text=已办结");
        (await phone.EvaluateAsync<int>("document.documentElement.scrollWidth")).ShouldBeLessThanOrEqualTo(375);
        (await phone.Locator("form[data-action=close]").CountAsync()).ShouldBe(0);
        await BrowserApp.ShotAsync(phone, "12-technician-resolves-on-phone");

        // The agent who took the call replies to the customer, then closes.
        await desk.GotoAsync(url);
        await desk.Locator("form[data-action=close] button").ClickAsync();
        await desk.WaitForSelectorAsync("#flash-error");
        (await desk.TextContentAsync("#flash-error"))!.ShouldContain("回复");
        await desk.SelectOptionAsync("#reply-form select[name=method]", "Phone");
        await desk.FillAsync("#reply-form textarea", "已电话告知钱女士处理结果，钱女士表示认可");
        await desk.ClickAsync("#reply-form button");
        await desk.WaitForSelectorAsync("#order-reply");

        // The return visit at home: the customer signs on the screen, and the satisfied visit closes the order.
        await desk.ClickAsync("#order-visits a");
        await desk.WaitForSelectorAsync("#visit-form");
        await desk.CheckAsync("#outcome-Satisfied");
        await desk.SelectOptionAsync("#qualityScore", "5");
        await desk.SelectOptionAsync("#timelinessScore", "4");
        await desk.SelectOptionAsync("#attitudeScore", "5");
        await desk.FillAsync("#comment", "施工时间已规范，很满意");
        await desk.ClickAsync("#visit-submit");
        (await desk.IsVisibleAsync("#signature-missing")).ShouldBeTrue("no signature, no home visit");
        var pad = (await desk.Locator("#signature-pad").BoundingBoxAsync())!;
        await desk.Mouse.MoveAsync(pad.X + 20, pad.Y + 100);
        await desk.Mouse.DownAsync();
        for (var i = 1; i <= 30; i++) await desk.Mouse.MoveAsync(pad.X + 20 + i * 8, pad.Y + 80 + 30 * MathF.Sin(i / 3f));
        await desk.Mouse.UpAsync();
        await BrowserApp.ShotAsync(desk, "17-home-visit-signature");
        await desk.ClickAsync("#visit-submit");
        await desk.WaitForSelectorAsync("#signature-image");
        (await desk.TextContentAsync("#visit-status"))!.ShouldContain("已回访");
        // The stored PNG is served by a second request: wait for it to load before reading its size.
        await desk.WaitForFunctionAsync("() => { const i = document.getElementById('signature-image'); return i.complete && i.naturalWidth > 0; }");
        await desk.GotoAsync(url);
        await desk.WaitForSelectorAsync("#order-status >> text=已关闭");
        var timeline = (await desk.TextContentAsync("#timeline"))!;
        foreach (var step in new[] { "已派单", "已接单", "处理中", "已办结", "回复客户", "回访", "已关闭" }) timeline.ShouldContain(step);
        await BrowserApp.ShotAsync(desk, "13-order-closed-timeline");
        // What the system wrote on the timeline reads in English to an English reader; the agent's own words stay as typed.
        await desk.ClickAsync("#lang-switch");
        await desk.WaitForSelectorAsync("html[lang=en]");
        var english = (await desk.TextContentAsync("#timeline"))!;
        english.ShouldContain("Phone · ");
        english.ShouldContain("Home visit · Satisfied");
        await BrowserApp.ShotAsync(desk, "13-order-timeline-english");
        await desk.ClickAsync("#lang-switch");
        await desk.WaitForSelectorAsync("html[lang=zh-CN]");
    }

    [BrowserFact]
    public async Task The_supervisor_sees_the_demo_history_and_the_overdue_board()
    {
        var page = await app.NewPageAsync();
        await app.SignInAsync(page, "supervisor");
        await page.GotoAsync("/work-orders");
        (await page.Locator("#orders-table tbody tr").CountAsync()).ShouldBe(20);
        await BrowserApp.ShotAsync(page, "14-work-order-list");
        await page.GotoAsync("/work-orders/overdue");
        await page.WaitForSelectorAsync("#board");
        await BrowserApp.ShotAsync(page, "15-overdue-board");
        await page.GotoAsync("/projects/1/sla");
        (await page.Locator("#sla-rules tbody tr").CountAsync()).ShouldBeGreaterThan(10);
        await BrowserApp.ShotAsync(page, "16-sla-policy");
    }

    [BrowserFact]
    public async Task The_statistics_page_draws_its_charts_and_the_handbook_warns_of_vague_words()
    {
        var page = await app.NewPageAsync();
        await app.SignInAsync(page, "supervisor");
        await page.GotoAsync("/service-desk/stats");
        await page.WaitForSelectorAsync("#chart-day[data-rendered=true] canvas");
        foreach (var id in new[] { "chart-type", "chart-category", "chart-sla", "chart-times", "chart-visits", "chart-channel" })
            (await page.Locator($"#{id} canvas").CountAsync()).ShouldBe(1, id);
        (await page.TextContentAsync("#kpis"))!.ShouldContain("首次解决率");
        int.Parse((await page.TextContentAsync("[data-kpi='Stats.Total']"))!.Replace(",", "")).ShouldBeGreaterThan(0);
        await BrowserApp.ShotAsync(page, "18-desk-statistics");

        await page.GotoAsync("/knowledge-base");
        await page.FillAsync("#kb-question", "电梯停运多久能修好？");
        await page.FillAsync("#kb-answer", "大概两个小时吧，具体不清楚");
        (await page.TextContentAsync("#kb-vague"))!.ShouldContain("大概");
        await BrowserApp.ShotAsync(page, "19-handbook-vague-words");
        await page.GotoAsync("/return-visits?tab=due");
        await page.WaitForSelectorAsync("#visits-table");
        await BrowserApp.ShotAsync(page, "20-visit-tasks");
        await page.GotoAsync("/return-visits?tab=done");
        (await page.TextContentAsync(".text-summary"))!.ShouldContain("正面");
        await BrowserApp.ShotAsync(page, "20-visit-remarks");

        // A remark that threatens 12345 holds its visit for the supervisor, beside the unsatisfied ones.
        await page.GotoAsync("/return-visits?tab=decide");
        await page.ClickAsync("#visits-table tr:has(.badge:text('红色预警待决定')) a");
        await page.WaitForSelectorAsync("#decide-form");
        (await page.TextContentAsync("#visit-needs-decision"))!.ShouldBe("红色预警待决定");
        (await page.TextContentAsync("#visit-insight"))!.ShouldContain("12345");
        (await page.TextContentAsync("#decide-form"))!.ShouldContain("回访意见触发红色预警");
        await BrowserApp.ShotAsync(page, "20-visit-red-remark");
    }
}
