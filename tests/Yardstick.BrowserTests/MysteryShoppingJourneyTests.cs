using Microsoft.Playwright;
using Yardstick.Web.Tests.MysteryShopping;

namespace Yardstick.BrowserTests;

/// <summary>
/// A mystery-shopper visit as people do it: the shopper on a 375-pixel phone checks in with the phone's position, records
/// the items with a photo, loses the network, takes another photo, closes the page and comes back without losing a word or
/// a photo, and submits; the reviewer adjusts one item with a reason and approves; the client reads the report and sees
/// only the alias.
/// </summary>
[Collection("browser")]
public sealed class MysteryShoppingJourneyTests(BrowserApp app)
{
    [BrowserFact]
    public async Task A_visit_is_recorded_offline_safe_on_a_phone_reviewed_and_read_by_the_client_under_an_alias()
    {
        // 翠湖花园's coordinates in the demo: the check-in falls inside the geofence.
        var context = await app.Browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = app.BaseUrl, ViewportSize = new ViewportSize { Width = 375, Height = 812 }, Locale = "zh-CN",
            Geolocation = new Geolocation { Latitude = 31.1127f, Longitude = 121.3819f, Accuracy = 15 }, Permissions = ["geolocation"],
        });
        var phone = await context.NewPageAsync();
        await app.SignInAsync(phone, "shopper");
        await phone.GotoAsync("/ms/tasks");
        var first = phone.Locator("#tasks a[data-task]").First;
        var id = await first.GetAttributeAsync("data-task");
        (await first.TextContentAsync())!.ShouldContain("翠湖花园");
        await BrowserApp.ShotAsync(phone, "31-ms-shopper-tasks");
        await first.ClickAsync();

        await phone.ClickAsync("#check-in");
        await phone.WaitForSelectorAsync("#check-in-info");
        (await phone.TextContentAsync("#check-in-info"))!.ShouldContain("距项目");
        (await phone.EvaluateAsync<int>("document.documentElement.scrollWidth")).ShouldBeLessThanOrEqualTo(375);

        await phone.ClickAsync("#timeline-buttons [data-kind=Arrived]");
        await phone.ClickAsync("#timeline-buttons [data-kind=Greeted]");
        await phone.ClickAsync("#timeline-buttons [data-kind=ServiceBegan]");
        var items = await phone.EvaluateAsync<string[]>("[...document.querySelectorAll('.ms-item')].map(e => e.dataset.item)");
        items.Length.ShouldBe(17);
        foreach (var item in items)
            await phone.ClickAsync($"label[for='r-{item}-{(item == "gate-check" ? "Fail" : "Pass")}']");
        var gate = phone.Locator(".ms-item[data-item=gate-check]");
        await gate.Locator("[data-field=note]").FillAsync("10:32 到达东门，安保人员未询问来访事由，也未核对身份即抬杆放行");
        await gate.Locator("[data-field=quote]").FillAsync("“进去吧。”");
        // A photo as a phone camera makes it: a real JPEG with the capture time and position in its EXIF.
        var picture = await phone.ScreenshotAsync(new PageScreenshotOptions { Type = ScreenshotType.Jpeg, Quality = 60 });
        var photo = TestJpeg.Create(DateTime.UtcNow.AddHours(8), 31.1126, 121.3818, picture);
        await gate.Locator(".evidence-input").SetInputFilesAsync(new FilePayload { Name = "IMG_0001.jpg", MimeType = "image/jpeg", Buffer = photo });
        await gate.Locator(".evidence-list img").WaitForAsync();
        await phone.WaitForSelectorAsync("#sync-state.text-success");

        // The network goes; the narrative is typed; the page is closed before anything could be sent.
        await context.SetOfflineAsync(true);
        const string narrative = "周一上午以潜在业主身份到访，门岗放行后在客服中心咨询物业费，大堂整洁。";
        await phone.FillAsync("#narrative", narrative);
        await phone.WaitForSelectorAsync("#sync-state.text-warning");
        await phone.WaitForFunctionAsync("document.getElementById('sync-state').textContent.includes('本机')");
        // A second photo in the basement: it waits on the phone too.
        var second = TestJpeg.Create(DateTime.UtcNow.AddHours(8), 31.1127, 121.3819, picture);
        await gate.Locator(".evidence-input").SetInputFilesAsync(new FilePayload { Name = "IMG_0002.jpg", MimeType = "image/jpeg", Buffer = second });
        await gate.Locator(".evidence-queued").WaitForAsync();
        await BrowserApp.ShotAsync(phone, "32-ms-visit-offline");
        await phone.CloseAsync();

        // Back online, the page reopens and sends what was kept on the phone.
        await context.SetOfflineAsync(false);
        phone = await context.NewPageAsync();
        await phone.GotoAsync($"/ms/tasks/{id}");
        await phone.WaitForSelectorAsync("#sync-state.text-success");
        // The waiting photo's upload also shows success, and may finish before the record's save: reload only once the
        // server has acknowledged the record, or the reloaded page may be rendered from the copy before it.
        await phone.WaitForFunctionAsync($"JSON.parse(localStorage.getItem('ms-record-{id}') || 'null')?.dirty === false");
        await phone.ReloadAsync();
        (await phone.InputValueAsync("#narrative")).ShouldBe(narrative);
        (await phone.Locator("#timeline li").CountAsync()).ShouldBe(3);
        await phone.WaitForFunctionAsync("document.querySelectorAll('.ms-item[data-item=gate-check] .evidence-list img').length === 2");
        // The reloaded page may still be sending the photo (the server keeps one copy); it stops waiting once sent.
        await phone.WaitForFunctionAsync("document.querySelectorAll('.evidence-queued').length === 0");

        // A reload in the same instant as a save: the new page is rendered from the copy before the save, and the save's
        // answer reaches the old page before the new one opens. The words just saved must not be lost to the older copy.
        const string more = narrative + "离开时保安未道别。";
        // Another tab of the same site sees the phone's storage, while the reloading page cannot be asked.
        var watcher = await context.NewPageAsync();
        await watcher.GotoAsync("/ms/tasks");
        await phone.RouteAsync($"**/ms/tasks/{id}", async route =>
        {
            var before = await route.FetchAsync(); // rendered now, before the record below is sent (700 ms after the edit)
            await watcher.WaitForFunctionAsync(
                $"(s => s !== null && s.dirty === false && s.record.narrative === '{more}')(JSON.parse(localStorage.getItem('ms-record-{id}')))");
            await route.FulfillAsync(new() { Response = before });
        });
        await phone.EvaluateAsync("t => { const n = document.getElementById('narrative'); n.value = t; n.dispatchEvent(new Event('input')); }", more);
        await phone.ReloadAsync();
        await phone.UnrouteAllAsync();
        await watcher.CloseAsync();
        (await phone.InputValueAsync("#narrative")).ShouldBe(more);
        await phone.ReloadAsync();
        (await phone.InputValueAsync("#narrative")).ShouldBe(more);

        await phone.ClickAsync("label[for=exposed-no]");
        await phone.WaitForSelectorAsync("#sync-state.text-success");
        await BrowserApp.ShotAsync(phone, "33-ms-visit-record");
        await phone.ClickAsync("#submit");
        await phone.WaitForSelectorAsync("#visit[data-status=Submitted]");

        // The reviewer finds the greeting was not the standard one on the recording: Fail, −2, with the reason.
        var reviewer = await app.NewPageAsync();
        await app.SignInAsync(reviewer, "reviewer");
        await reviewer.GotoAsync($"/ms/tasks/{id}/review");
        (await reviewer.TextContentAsync("#live-score"))!.ShouldContain("95");
        (await reviewer.TextContentAsync(".small.text-secondary.mb-3"))!.ShouldContain("刘晓雨");
        var row = reviewer.Locator("#review-items tr[data-item=standard-greeting]");
        await row.Locator("select").SelectOptionAsync("Fail");
        await row.Locator("input[type=number]").FillAsync("2");
        await row.Locator("input[name$='.Reason']").FillAsync("录音 00:12 客服说“什么事？”，不是标准问候语");
        await reviewer.FillAsync("#Suggestions", "门岗交接班时段增加一名岗员，班前会演练“看、问、查”三步检查。");
        await BrowserApp.ShotAsync(reviewer, "34-ms-review");
        await reviewer.ClickAsync("#approve");
        await reviewer.WaitForURLAsync($"**/ms/visits/{id}");

        // The client: 100 − 5 (gate) − 2 (greeting) = 93, 优秀; the alias, never the name.
        var client = await app.NewPageAsync();
        await app.SignInAsync(client, "client");
        await client.GotoAsync($"/ms/visits/{id}");
        await client.WaitForSelectorAsync("#dims-chart[data-rendered=true]");
        (await client.TextContentAsync("#total"))!.Trim().ShouldBe("93");
        (await client.TextContentAsync("#shopper-alias"))!.Trim().ShouldBe("MS-017");
        var html = await client.ContentAsync();
        html.ShouldNotContain("刘晓雨");
        (await client.Locator(".finding[data-item=gate-check] img").CountAsync()).ShouldBe(2);
        await BrowserApp.ShotAsync(client, "35-ms-visit-report");

        await client.GotoAsync("/ms/findings");
        (await client.Locator("#findings tbody tr").CountAsync()).ShouldBeGreaterThan(2);
        await client.GotoAsync("/ms");
        await client.ClickAsync("#programs a >> nth=1");
        await client.WaitForSelectorAsync("#trend-chart[data-rendered=true]");
        await BrowserApp.ShotAsync(client, "36-ms-wave-summary");
    }

    /// <summary>
    /// The quality manager continues the built-in office model as a new version: moves weight between dimensions (the
    /// editor shows the total is off and the server refuses it in Chinese), adds an item, saves the draft and publishes it.
    /// </summary>
    [BrowserFact]
    public async Task A_quality_manager_edits_a_scoring_model_into_a_new_version_and_publishes_it()
    {
        var page = await app.NewPageAsync();
        await app.SignInAsync(page, "quality");
        await page.GotoAsync("/ms");
        await page.ClickAsync("#models a:has-text('写字楼物业神秘客户评分标准')");
        await page.ClickAsync("#edit-model");
        await page.WaitForSelectorAsync("#model-editor .ms-dimension");
        (await page.TextContentAsync("#model-edit-help"))!.ShouldContain("新版本草稿");
        (await page.TextContentAsync("#model-weight-sum"))!.ShouldContain("100");

        var experience = page.Locator(".ms-dimension", new() { Has = page.Locator(".d-name[value='客户体验']") });
        await experience.Locator(".d-weight").FillAsync("15");
        (await page.GetAttributeAsync("#model-weight-sum", "class"))!.ShouldContain("text-danger");
        await page.ClickAsync("#model-save");
        await page.WaitForSelectorAsync("#model-errors:not(.d-none)");
        (await page.TextContentAsync("#model-errors"))!.ShouldContain("权重之和须为 100");

        var service = page.Locator(".ms-dimension", new() { Has = page.Locator(".d-name[value='服务质量']") });
        await service.Locator(".d-weight").FillAsync("20");
        (await page.GetAttributeAsync("#model-weight-sum", "class"))!.ShouldContain("text-success");
        await experience.Locator(".d-add").ClickAsync();
        var added = experience.Locator(".ms-item").Last;
        await added.Locator(".i-title").FillAsync("离场时主动道别");
        await added.Locator(".i-post").SelectOptionAsync("CustomerService");
        await added.Locator(".i-points").FillAsync("2");
        await added.Locator(".i-standard").FillAsync("客户离开服务台时服务人员是否起身或点头道别");
        await added.Locator(".i-criterion").FillAsync("客户离开时无任何道别语或目光接触");
        await BrowserApp.ShotAsync(page, "37-ms-model-editor");
        // Waiting on the save itself: when it is refused, the failure says why instead of timing out on the URL.
        var saved = await page.RunAndWaitForResponseAsync(() => page.ClickAsync("#model-save"),
            r => r.Request.Method == "POST" && r.Url.EndsWith("/api/ms/scoring-models"), new() { Timeout = 60_000 });
        saved.Status.ShouldBe(201, saved.Status == 201 ? null : await saved.TextAsync()); // a saved model navigates away and takes the body
        await page.WaitForURLAsync(new System.Text.RegularExpressions.Regex("/ms/models/\\d+$"),
            new() { WaitUntil = WaitUntilState.DOMContentLoaded });
        (await page.TextContentAsync("#model-status"))!.ShouldContain("草稿");
        var content = await page.ContentAsync();
        content.ShouldContain("离场时主动道别");
        content.ShouldContain("客户体验（15）");
        await page.ClickAsync("button:has-text('发布')");
        await page.WaitForSelectorAsync("#model-status.text-bg-success");
    }
}
