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
        await board.WaitForSelectorAsync("#trend-chart[data-ready=true] canvas");
        (await board.Locator(".group-alert").CountAsync()).ShouldBeGreaterThan(0);
        (await board.TextContentAsync("#group-alerts"))!.ShouldContain("电梯");
        int.Parse((await board.TextContentAsync("#red-count"))!).ShouldBeGreaterThan(0);
        (await board.Locator(".keyword-row").CountAsync()).ShouldBeGreaterThan(3);
        await BrowserApp.ShotAsync(board, "22-insight-board");

        // The report for the month's meeting: the board as a workbook, with the same filters.
        var download = await board.RunAndWaitForDownloadAsync(() => board.ClickAsync("#insight-export"));
        download.SuggestedFilename.ShouldStartWith("insight-");
        download.SuggestedFilename.ShouldEndWith(".xlsx");
        var bytes = await File.ReadAllBytesAsync((await download.PathAsync())!);
        bytes.Length.ShouldBeGreaterThan(5_000);
        bytes[..2].ShouldBe("PK"u8.ToArray(), "an .xlsx is a zip");

        // What is still open: the alerts whose work order is not yet resolved, each with where it stands.
        (await board.Locator(".alert-row .order-status").CountAsync()).ShouldBeGreaterThan(0);
        await board.SelectOptionAsync("#insight-open", "true");
        await board.ClickAsync("#insight-filter button");
        await board.WaitForURLAsync("**open=true**");
        var states = await board.Locator(".alert-row .order-status").AllTextContentsAsync();
        states.ShouldNotBeEmpty();
        states.ShouldAllBe(s => s != "已办结" && s != "已关闭" && s != "已取消");
        (await board.GetAttributeAsync("#insight-export", "href"))!.ShouldContain("open=true");
        await BrowserApp.ShotAsync(board, "22-insight-board-open");
    }

    /// <summary>
    /// The admin retrains the polarity model from the demo's survey comments (labelled by the overall rating), reads the
    /// comparison, switches to it and rolls back to the shipped model; then uploads an alert model that misses reds.
    /// </summary>
    [BrowserFact]
    public async Task An_admin_retrains_polarity_from_survey_comments_switches_and_rolls_back_and_must_confirm_a_model_that_misses_reds()
    {
        var page = await app.NewPageAsync();
        await app.SignInAsync(page, "admin");
        await page.GotoAsync("/admin/insight-models");
        await page.SelectOptionAsync("#Task", "Polarity");
        await page.SelectOptionAsync("#Source", "SurveyScores");
        await page.ClickAsync("#train");
        // The training runs in the background; the page shows its progress and reloads itself when it is done.
        (await page.TextContentAsync(".alert-success"))!.ShouldContain("已开始训练");
        var row = page.Locator("#task-polarity tr[data-version]").First;
        await row.WaitForAsync();
        if (await row.GetAttributeAsync("data-status") is "Queued" or "Training")
        {
            (await row.Locator(".status").TextContentAsync())!.ShouldMatch("排队中|训练中");
            await BrowserApp.ShotAsync(page, "23-insight-models-training");
        }
        await page.WaitForSelectorAsync("#task-polarity tr[data-status=Ready]", new() { Timeout = 300_000 });
        (await row.TextContentAsync())!.ShouldContain("候选");
        (await row.TextContentAsync())!.ShouldContain("→");
        await row.Locator(".activate").ClickAsync();
        await page.WaitForSelectorAsync("#task-polarity tr.table-success");
        (await page.TextContentAsync("#task-polarity .serving"))!.ShouldContain("公司模型");
        await BrowserApp.ShotAsync(page, "23-insight-models");
        await page.ClickAsync("#task-polarity .rollback");
        await page.WaitForSelectorAsync("#task-polarity .rollback", new() { State = WaitForSelectorState.Detached });
        (await page.TextContentAsync("#task-polarity .serving"))!.ShouldContain("出厂模型");

        // A polarity model made with the command line from four rows reads complaints as praise, and the reds the rules count
        // only in a complaint ("说了无数次") go unflagged: the page says how many and which, and the switch waits for the
        // admin to tick that they know.
        var blind = Yardstick.Insight.LinearModel.Train("polarity", [("谢谢师傅", "positive"), ("太让人失望了", "positive"), ("楼道灯不亮", "neutral"), ("qqqq", "negative")],
            new() { Features = Yardstick.Insight.FeatureSpec.Default with { Bits = 18 } });
        using var file = new MemoryStream();
        blind.Save(file);
        await page.Locator("#upload-form input[type=file]").SetInputFilesAsync(new FilePayload { Name = "blind-polarity.ysm", MimeType = "application/octet-stream", Buffer = file.ToArray() });
        await page.ClickAsync("#upload-form button[type=submit]");
        var candidate = page.Locator("#task-polarity tr[data-version]").First;
        (await candidate.Locator(".reds").TextContentAsync())!.ShouldContain("漏判");
        await candidate.Locator(".reds summary").ClickAsync();
        await BrowserApp.ShotAsync(page, "24-insight-models-red-loss");
        await candidate.Locator(".activate").ClickAsync();
        // The browser holds the form back until the box is ticked.
        (await page.Locator("#task-polarity tr.table-success").CountAsync()).ShouldBe(0);
        await candidate.Locator("input[name=AcceptRedLoss]").CheckAsync();
        await candidate.Locator(".activate").ClickAsync();
        await page.WaitForSelectorAsync("#task-polarity tr.table-success");
        (await page.TextContentAsync("#task-polarity .serving"))!.ShouldContain("公司模型");
        await page.ClickAsync("#task-polarity .rollback");
        await page.WaitForSelectorAsync("#task-polarity .rollback", new() { State = WaitForSelectorState.Detached });
        (await page.TextContentAsync("#task-polarity .serving"))!.ShouldContain("出厂模型");
    }

    /// <summary>
    /// The quality manager reads the demo company's alert words, tries a text against them, adds a word for expired
    /// extinguishers, sees the agent's intake turn red with the word as its reason, and deletes the word again.
    /// </summary>
    [BrowserFact]
    public async Task A_quality_manager_tries_the_alert_words_adds_one_that_turns_intake_red_and_deletes_it()
    {
        var page = await app.NewPageAsync();
        await app.SignInAsync(page, "quality");
        await page.GotoAsync("/insight");
        await page.ClickAsync("#alert-words-link");
        (await page.Locator(".word-row").CountAsync()).ShouldBe(2);
        await page.FillAsync("#Sample", "3号楼消防栓前面堆满了纸箱，麻烦清一下");
        await page.ClickAsync("#word-try-go");
        (await page.TextContentAsync("#word-tried"))!.ShouldContain("公司预警词「消防栓前面堆满了纸箱」");
        await BrowserApp.ShotAsync(page, "38-insight-alert-words");

        await page.FillAsync("#Input_Phrase", "灭火器*过期");
        await page.SelectOptionAsync("#Input_Level", "red");
        await page.FillAsync("#Input_Note", "灭火器过期，一律红色");
        await page.ClickAsync("#word-add");
        page.Dialog += (_, dialog) => dialog.AcceptAsync();
        try
        {
            (await page.TextContentAsync(".alert-success"))!.ShouldContain("已添加「灭火器*过期」");
            (await page.Locator(".word-row").CountAsync()).ShouldBe(3);

            var desk = await app.NewPageAsync();
            await app.SignInAsync(desk, "agent");
            await desk.GotoAsync("/work-orders/new");
            await desk.FillAsync("#Input_Description", "5号楼的灭火器都过期了，麻烦换一下");
            await desk.WaitForSelectorAsync("#insight-live[data-level=red]");
            (await desk.TextContentAsync("#insight-reasons"))!.ShouldContain("公司预警词「灭火器都过期」");

            // The month's stored texts follow when asked, after a confirmation.
            await page.Locator(".word-row", new() { HasText = "灭火器*过期" }).Locator("form.word-apply button").ClickAsync();
            await page.WaitForSelectorAsync(".alert-success >> text=已将近 30 天内");
            await BrowserApp.ShotAsync(page, "39-insight-alert-words-applied");
        }
        finally
        {
            // The other journeys share this company: the word must not outlive the test.
            await page.GotoAsync("/insight/alert-words");
            await page.Locator(".word-row", new() { HasText = "灭火器*过期" }).Locator("form[action*='handler=Delete'] button").ClickAsync();
            await page.WaitForSelectorAsync(".word-row >> text=灭火器*过期", new() { State = WaitForSelectorState.Detached });
        }
    }
}
