namespace Yardstick.Insight.Tests;

public class CompanyAlertWordsTests
{
    private static TextAnalyzer With(params (string Phrase, string Level)[] words) =>
        TextAnalyzer.Default.With(new CompanyAlertWords(words.Select(w => new AlertWord(w.Phrase, w.Level))));

    [Fact]
    public void A_company_word_raises_a_calm_report_to_its_level_with_the_words_it_matched_as_the_reason()
    {
        const string text = "3号楼消防栓前面堆满了纸箱";
        TextAnalyzer.Default.Analyze(text).Alert.Level.ShouldBe(InsightLabels.Blue);

        var alert = With(("消防栓*纸箱", InsightLabels.Red)).Analyze(text).Alert;

        alert.Level.ShouldBe(InsightLabels.Red);
        alert.Reasons.ShouldBe([new AlertReason(CompanyAlertWords.Kind, "消防栓前面堆满了纸箱")]);
    }

    [Fact]
    public void A_stored_analysis_names_the_words_that_read_it_and_the_shipped_analyzer_names_none()
    {
        TextAnalyzer.Default.Version.Length.ShouldBe(12);
        TextAnalyzer.Default.Analyze("电梯年检过期了").ModelVersion.ShouldBe(TextAnalyzer.Default.Version);
        var two = With(("消防栓*纸箱", "red"), ("年检*过期", "yellow"));
        two.Version.ShouldStartWith(TextAnalyzer.Default.Version + "+w");
        two.Version.Length.ShouldBeLessThanOrEqualTo(20, "the stored column's length");
        two.Analyze("电梯年检过期了").ModelVersion.ShouldBe(two.Version);
        // The same words in another order or in Traditional characters are the same words; another level is not.
        With(("年檢*過期", "yellow"), ("消防栓*纸箱", "red")).Version.ShouldBe(two.Version);
        With(("消防栓*纸箱", "red"), ("年检*过期", "red")).Version.ShouldNotBe(two.Version);
        With(("消防栓*纸箱", "red")).Version.ShouldNotBe(two.Version);
    }

    [Fact]
    public void A_yellow_word_raises_to_yellow_only()
    {
        var alert = With(("纸箱", InsightLabels.Yellow)).Analyze("3号楼消防栓前面堆满了纸箱").Alert;
        alert.Level.ShouldBe(InsightLabels.Yellow);
        alert.Reasons.ShouldBe([new AlertReason(CompanyAlertWords.Kind, "纸箱")]);
    }

    [Fact]
    public void Traditional_Chinese_and_full_width_letters_match_the_word_as_written()
    {
        var analyzer = With(("年检*过期", InsightLabels.Red), ("ＥＶ*电梯", InsightLabels.Red));
        TextAnalyzer.Default.Analyze("電梯年檢過期了").Alert.Level.ShouldBe(InsightLabels.None);
        analyzer.Analyze("電梯年檢過期了").Alert.Level.ShouldBe(InsightLabels.Red);
        analyzer.Analyze("有人推着EV车进电梯").Alert.Level.ShouldBe(InsightLabels.Red);
    }

    [Theory]
    [InlineData("电梯年检没有过期，只是合格证贴错了位置")] // the second part denied
    [InlineData("不是年检过期，是合格证掉了")] // the first part denied
    [InlineData("电梯年检。过期的牛奶别放在前台")] // two sentences
    [InlineData("电梯年检的通知贴在一楼大堂的公告栏上面了，说明书过期")] // too far apart
    [InlineData("过期的年检合格证贴在哪里")] // the parts in the other order
    [InlineData("电梯年检过期的事已经处理好了，谢谢物业")] // praise
    public void A_word_denied_split_over_sentences_too_far_apart_out_of_order_or_in_praise_raises_nothing(string text)
    {
        var plain = TextAnalyzer.Default.Analyze(text).Alert;
        ShouldBeTheSame(With(("年检*过期", InsightLabels.Red)).Analyze(text).Alert, plain);
    }

    [Fact]
    public void A_word_never_lowers_a_level_and_one_at_the_level_already_reached_adds_its_reason()
    {
        const string text = "电梯困人了，快来人";
        var plain = TextAnalyzer.Default.Analyze(text).Alert;
        plain.Level.ShouldBe(InsightLabels.Red);

        ShouldBeTheSame(With(("电梯", InsightLabels.Yellow)).Analyze(text).Alert, plain);
        var both = With(("电梯", InsightLabels.Red)).Analyze(text).Alert;
        both.Level.ShouldBe(InsightLabels.Red);
        both.Reasons.ShouldBe([.. plain.Reasons, new AlertReason(CompanyAlertWords.Kind, "电梯")]);
    }

    [Fact]
    public void The_highest_level_among_the_words_found_wins_and_only_its_words_are_reasons()
    {
        var alert = With(("纸箱", InsightLabels.Yellow), ("消防栓", InsightLabels.Red), ("堆满", InsightLabels.Red))
            .Analyze("3号楼消防栓前面堆满了纸箱").Alert;
        alert.Level.ShouldBe(InsightLabels.Red);
        alert.Reasons.Select(r => r.Trigger).ShouldBe(["消防栓", "堆满"], ignoreOrder: true);
    }

    [Theory]
    [InlineData("火", "red", CompanyAlertWords.Problem.TooShort)]
    [InlineData("火*", "red", CompanyAlertWords.Problem.TooShort)]
    [InlineData("  ", "red", CompanyAlertWords.Problem.Empty)]
    [InlineData(null, "red", CompanyAlertWords.Problem.Empty)]
    [InlineData("消防栓", "blue", CompanyAlertWords.Problem.Level)]
    [InlineData("消防栓", null, CompanyAlertWords.Problem.Level)]
    [InlineData("一*二*三*四*五", "red", CompanyAlertWords.Problem.TooManyParts)]
    [InlineData("消防栓被纸箱挡住消防栓被纸箱挡住消防栓被纸箱挡住消防栓被纸箱挡住消防栓被纸箱挡住消防栓", "red", CompanyAlertWords.Problem.TooLong)]
    [InlineData("年检…过期", "red", CompanyAlertWords.Problem.None)]
    [InlineData("火警", "yellow", CompanyAlertWords.Problem.None)]
    public void A_word_must_be_two_characters_or_more_in_at_most_four_parts_and_red_or_yellow(string? phrase, string? level, CompanyAlertWords.Problem problem) =>
        CompanyAlertWords.Check(phrase, level).ShouldBe(problem);

    [Fact]
    public void The_shipped_analyzer_has_no_words_and_switching_a_model_keeps_the_company_words()
    {
        TextAnalyzer.Default.AlertWords.Count.ShouldBe(0);
        var analyzer = With(("年检*过期", InsightLabels.Red)).With(InsightTask.Category, TextAnalyzer.Default.CategoryModel);
        analyzer.AlertWords.Words.ShouldBe([new AlertWord("年检*过期", InsightLabels.Red)]);
        analyzer.Analyze("電梯年檢過期了").Alert.Level.ShouldBe(InsightLabels.Red);
    }

    private static void ShouldBeTheSame(AlertResult actual, AlertResult expected)
    {
        actual.Level.ShouldBe(expected.Level);
        actual.Reasons.ShouldBe(expected.Reasons);
    }
}
