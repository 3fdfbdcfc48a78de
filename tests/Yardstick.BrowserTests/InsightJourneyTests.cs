using Microsoft.Playwright;

namespace Yardstick.BrowserTests;

/// <summary>Text insight as people meet it: the agent sees the analysis while typing; the supervisor reads the 情绪预警 board.</summary>
[Collection("browser")]
public sealed class InsightJourneyTests(BrowserApp app)
{
    [BrowserFact]
    public async Task Intake_reads_the_text_while_the_agent_types_and_the_board_shows_alerts_group_alerts_and_keywords()
    {
        var desk = await app.NewPageAsync();
        await app.SignInAsync(desk, "agent");
        await desk.GotoAsync("/work-orders/new");
        (await desk.Locator("#insight-live").IsHiddenAsync()).ShouldBeTrue();
        await desk.FillAsync("#Input_Description", "地库的车位又被外来车占了，说了好几次都不管，再不处理我就打12345投诉你们");
        await desk.WaitForSelectorAsync("#insight-live[data-level=red]");
        (await desk.TextContentAsync("#insight-alert"))!.ShouldBe("红色预警");
        (await desk.TextContentAsync("#insight-reasons"))!.ShouldContain("扬言外部投诉「12345」");
        (await desk.TextContentAsync("#insight-category"))!.ShouldBe("停车交通");
        await desk.ClickAsync("#insight-use");
        (await desk.InputValueAsync("#Input_Category")).ShouldBe("Parking");
        await BrowserApp.ShotAsync(desk, "21-intake-live-insight");

        // A calm report is blue and reads as neutral.
        await desk.FillAsync("#Input_Description", "3号楼1单元的楼道灯不亮了，麻烦安排修一下");
        await desk.WaitForSelectorAsync("#insight-live[data-level=blue]");
        (await desk.TextContentAsync("#insight-polarity"))!.ShouldBe("中性");

        var board = await app.NewPageAsync();
        await app.SignInAsync(board, "supervisor");
        await board.GotoAsync("/insight");
        await board.WaitForSelectorAsync("#keyword-chart[data-ready=true] canvas");
        (await board.Locator(".group-alert").CountAsync()).ShouldBeGreaterThan(0);
        (await board.TextContentAsync("#group-alerts"))!.ShouldContain("电梯");
        int.Parse((await board.TextContentAsync("#red-count"))!).ShouldBeGreaterThan(0);
        (await board.Locator(".keyword-row").CountAsync()).ShouldBeGreaterThan(3);
        await BrowserApp.ShotAsync(board, "22-insight-board");
    }
}
