using Microsoft.Playwright;

namespace Yardstick.BrowserTests;

/// <summary>
/// Surveys as people meet them: the quality manager plans and launches a campaign; an owner answers on a phone, closes the
/// tab half-way and resumes; the results page shows the answer with its charts.
/// </summary>
[Collection("browser")]
public sealed class SurveyJourneyTests(BrowserApp app)
{
    [BrowserFact]
    public async Task A_campaign_is_launched_answered_on_a_phone_with_a_break_and_read_in_the_results()
    {
        var qm = await app.NewPageAsync();
        await app.SignInAsync(qm, "quality");
        await qm.GotoAsync("/surveys");
        (await qm.Locator("#campaigns tbody tr").CountAsync()).ShouldBeGreaterThanOrEqualTo(2); // the demo's spring and autumn campaigns
        // The questionnaire editor: one more question in 客户服务 makes the next version; the built-in one is unchanged.
        await qm.ClickAsync("#templates a >> nth=0");
        await qm.ClickAsync("#edit-template");
        await qm.ClickAsync(".tpl-section >> nth=0 >> .s-add");
        await qm.FillAsync(".tpl-section >> nth=0 >> .tpl-question >> nth=-1 >> .q-text", "前台接待礼仪");
        await BrowserApp.ShotAsync(qm, "30-survey-questionnaire-editor");
        await qm.ClickAsync("#tpl-save");
        await qm.WaitForSelectorAsync("#template-questions");
        (await qm.TextContentAsync("h1"))!.ShouldContain("v2");
        (await qm.TextContentAsync("#template-questions"))!.ShouldContain("前台接待礼仪");

        await qm.GotoAsync("/surveys");
        await qm.ClickAsync("#new-campaign");

        // Saving with nothing filled in says what is missing, in Chinese, and saves nothing.
        await qm.FillAsync("#Input_OpensOn", "");
        await qm.ClickAsync("#save-campaign");
        (await qm.TextContentAsync("#campaign-form"))!.ShouldContain("请填写调查名称");

        var today = DateTime.UtcNow.AddHours(8).ToString("yyyy-MM-dd");
        await qm.FillAsync("#Input_Name", "冬季抽样回访调查");
        await qm.CheckAsync("#project-1");
        await qm.FillAsync("#Input_OpensOn", today);
        await qm.SelectOptionAsync("#sampling", "Size");
        await qm.FillAsync("#Input_SampleSize", "12");
        await BrowserApp.ShotAsync(qm, "23-survey-plan");
        await qm.ClickAsync("#save-campaign");
        await qm.WaitForSelectorAsync("#campaign-status[data-status=Draft]");

        qm.Dialog += (_, dialog) => dialog.AcceptAsync();
        await qm.ClickAsync("#launch");
        await qm.WaitForSelectorAsync("#campaign-status[data-status=Open]");
        (await qm.TextContentAsync("#kpi-planned"))!.Trim().ShouldBe("12");
        (await qm.Locator("#by-building tbody tr").CountAsync()).ShouldBeGreaterThan(1); // stratified over buildings
        await BrowserApp.ShotAsync(qm, "24-survey-campaign");

        await qm.ClickAsync("#print-sheets");
        (await qm.Locator(".qr-card svg").CountAsync()).ShouldBe(12);
        var link = (await qm.Locator(".qr-card .text-break").First.TextContentAsync())!.Trim();
        await BrowserApp.ShotAsync(qm, "25-survey-qr-sheets");

        // The owner, on a 375-pixel phone, without an account.
        var phone = await app.NewPageAsync(375, 812);
        await phone.GotoAsync(link);
        (await phone.TextContentAsync("#survey-intro"))!.ShouldContain("妥善保管");
        (await phone.EvaluateAsync<int>("document.documentElement.scrollWidth")).ShouldBeLessThanOrEqualTo(375);
        // Next without answering: the required question is named.
        await phone.ClickAsync("#survey-next");
        (await phone.TextContentAsync(".survey-section[data-index='0'] .survey-error"))!.ShouldContain("请回答「客服工作态度」");
        await BrowserApp.ShotAsync(phone, "26-survey-phone-required");
        await Answer(phone, 0, 5);
        await phone.ClickAsync("#survey-next");
        await Answer(phone, 1, 4);
        await phone.WaitForSelectorAsync("#survey-saved:has-text('已自动保存')");
        (await phone.TextContentAsync("#survey-step"))!.ShouldContain("第 2/9 部分");
        await phone.CloseAsync();

        // Opened again later: the seven answers are still there.
        phone = await app.NewPageAsync(375, 812);
        await phone.GotoAsync(link);
        (await phone.TextContentAsync("#survey-step"))!.ShouldContain("已答 7/23 题"); // the new version has one more question in 客户服务
        (await phone.IsCheckedAsync("#eng-repair-speed-4")).ShouldBeTrue();
        for (var s = 0; s < 2; s++) await phone.ClickAsync("#survey-next");
        for (var s = 2; s < 6; s++)
        {
            await Answer(phone, s, s == 4 ? 0 : 4);
            await phone.ClickAsync("#survey-next");
        }
        await Answer(phone, 6, 4);
        await phone.ClickAsync("#survey-next");
        await phone.ClickAsync("label[for='nps-9']");
        await phone.ClickAsync("#survey-next");
        await phone.FillAsync("#open-improve", "希望地下车库的照明再亮一些");
        await BrowserApp.ShotAsync(phone, "27-survey-phone-last-part");
        await phone.ClickAsync("#survey-submit");
        await phone.WaitForSelectorAsync("#survey-thanks:visible");
        await BrowserApp.ShotAsync(phone, "28-survey-phone-thanks");
        // The link now says it was answered.
        await phone.GotoAsync(link);
        (await phone.GetAttributeAsync("#survey-state", "data-state")).ShouldBe("answered");

        await qm.GotoAsync(qm.Url.Replace("/sheets", "/results"));
        await qm.WaitForSelectorAsync("#chart-sections[data-rendered=true] canvas");
        await qm.WaitForSelectorAsync("#chart-distribution[data-rendered=true] canvas");
        (await qm.TextContentAsync("#kpi-rate"))!.Trim().ShouldBe("100.0%");
        (await qm.TextContentAsync("#kpi-nps"))!.Trim().ShouldBe("100.0");
        (await qm.TextContentAsync("#comments"))!.ShouldContain("地下车库的照明");

        // The demo's autumn campaign against spring: the story in charts.
        await qm.GotoAsync("/surveys/2/results");
        await qm.WaitForSelectorAsync("#chart-sections[data-rendered=true] canvas");
        (await qm.TextContentAsync("#league"))!.ShouldContain("金融中心大厦");
        await BrowserApp.ShotAsync(qm, "29-survey-results");
    }

    /// <summary>Answers every Likert question of one section with the same value.</summary>
    private static async Task Answer(IPage page, int section, int value)
    {
        var ids = await page.Locator($".survey-section[data-index='{section}'] .survey-q[data-type=Likert5]").EvaluateAllAsync<string[]>("qs => qs.map(q => q.dataset.id)");
        foreach (var id in ids) await page.ClickAsync($"label[for='{id}-{value}']");
    }
}
