using System.Text;
using Yardstick.Insight;

namespace Yardstick.Insight.Tests;

public class InsightPartsTests
{
    private static readonly DateTimeOffset T0 = new(2026, 11, 2, 8, 0, 0, TimeSpan.FromHours(8));

    private static GroupItem Item(int id, double hours, string building = "3号楼", string category = "equipment", bool negative = true, bool collective = false) =>
        new(id.ToString(), "p1", building, T0.AddHours(hours), category, negative, collective);

    [Fact]
    public void Five_negative_texts_of_one_category_in_one_building_within_24_hours_raise_a_group_alert()
    {
        var alerts = GroupAlerts.Detect([Item(1, 0), Item(2, 3), Item(3, 10), Item(4, 20), Item(5, 23.9)]);
        alerts.Count.ShouldBe(1);
        alerts[0].Reason.ShouldBe(GroupAlerts.ManyTexts);
        alerts[0].Building.ShouldBe("3号楼");
        alerts[0].ItemIds.ShouldBe(["1", "2", "3", "4", "5"]);
    }

    [Fact]
    public void Four_texts_or_a_wider_window_or_mixed_categories_or_praise_raise_nothing()
    {
        GroupAlerts.Detect([Item(1, 0), Item(2, 1), Item(3, 2), Item(4, 3)]).ShouldBeEmpty();
        GroupAlerts.Detect([Item(1, 0), Item(2, 6), Item(3, 12), Item(4, 18), Item(5, 24.5)]).ShouldBeEmpty();
        GroupAlerts.Detect([Item(1, 0), Item(2, 1), Item(3, 2), Item(4, 3), Item(5, 4, category: "parking")]).ShouldBeEmpty();
        GroupAlerts.Detect([Item(1, 0), Item(2, 1), Item(3, 2), Item(4, 3), Item(5, 4, negative: false)]).ShouldBeEmpty();
    }

    [Fact]
    public void A_group_counts_owners_so_one_owners_order_rating_and_visit_count_once()
    {
        GroupItem Of(int id, double hours, string author) => Item(id, hours) with { Author = author };
        // Three owners, two of whom also complained in a rating comment or at the return visit: three, not five.
        GroupAlerts.Detect([Of(1, 0, "order:1"), Of(2, 1, "order:2"), Of(3, 2, "order:3"), Of(4, 5, "order:1"), Of(5, 6, "order:2")]).ShouldBeEmpty();
        var alert = GroupAlerts.Detect([Of(1, 0, "order:1"), Of(2, 1, "order:2"), Of(3, 2, "order:3"), Of(4, 5, "order:1"), Of(5, 6, "order:4"),
            Of(6, 7, "order:5")]).ShouldHaveSingleItem();
        alert.ItemIds.ShouldBe(["1", "2", "3", "4", "5", "6"]);
        alert.Owners.ShouldBe(5);
        // Texts with no author (a survey comment of its own) each count.
        GroupAlerts.Detect([Of(1, 0, "order:1"), Of(2, 1, "order:1"), Item(3, 2), Item(4, 3), Item(5, 4), Item(6, 5)]).ShouldHaveSingleItem();
    }

    [Fact]
    public void Texts_spread_over_buildings_alert_at_project_level_and_options_change_N_and_T()
    {
        var spread = new[] { Item(1, 0, "1栋"), Item(2, 1, "2栋"), Item(3, 2, "3栋"), Item(4, 3, "4栋"), Item(5, 4, "5栋") };
        var project = GroupAlerts.Detect(spread).ShouldHaveSingleItem();
        project.Building.ShouldBeNull();
        GroupAlerts.Detect(spread.Take(3), new GroupAlertOptions { MinTexts = 3, Window = TimeSpan.FromHours(2) }).Count.ShouldBe(1);
    }

    [Fact]
    public void A_collective_marker_alone_raises_a_group_alert()
    {
        AlertRules.HasCollectiveMarker(TextNormalizer.Normalize("全体业主要求更换物业")).ShouldBeTrue();
        AlertRules.HasCollectiveMarker(TextNormalizer.Normalize("楼道灯坏了")).ShouldBeFalse();
        GroupAlerts.Detect([Item(1, 0, collective: true)]).ShouldHaveSingleItem().Reason.ShouldBe(GroupAlerts.CollectiveMarker);
    }

    [Fact]
    public void Keywords_of_a_small_set_rank_shared_topics_and_drop_stop_words_and_fragments()
    {
        string[] month =
        [
            "3号楼电梯又坏了，物业什么时候修？", "电梯坏了两天了，老人上不了楼", "电梯按钮失灵，麻烦看看",
            "楼下垃圾桶满了没人清", "垃圾桶旁边好臭", "停车位被占了，我们的车停不进去",
        ];
        string[] previous = ["垃圾桶满了", "垃圾桶太臭", "垃圾清运不及时", "电梯有异响"];
        var keywords = Keywords.Extract(month, previous, top: 5);
        keywords[0].Term.ShouldBe("电梯");
        keywords[0].Count.ShouldBe(3);
        keywords[0].PreviousCount.ShouldBe(1);
        keywords[0].Trend.ShouldBe("up");
        keywords[0].Examples.Count.ShouldBe(3);
        keywords.ShouldContain(k => k.Term == "垃圾桶" && k.Count == 2 && k.Trend == "flat");
        keywords.ShouldNotContain(k => DomainLexicon.StopWords.Contains(k.Term));
        keywords.ShouldNotContain(k => k.Term.Length < 2);
    }

    [Fact]
    public void How_long_something_took_is_not_a_keyword()
    {
        // Seen on the demo board: 分钟 from "等了二十分钟", "五分钟就到了" and "早高峰电梯等候超过五分钟".
        string[] texts = ["电梯等了二十分钟", "电梯五分钟就到了", "早高峰电梯等候超过五分钟", "停水三个小时", "修了一个小时", "早上七点就开始"];
        var keywords = Keywords.Extract(texts, top: 10);
        keywords.ShouldContain(k => k.Term == "电梯");
        keywords.ShouldNotContain(k => k.Term.Contains("分") || k.Term.Contains("小时") || k.Term.Contains("七点"));
    }

    [Fact]
    public void Statistical_phrases_are_found_beyond_the_lexicon()
    {
        string[] texts = ["快递驿站关门太早", "快递驿站不让放", "快递驿站乱收费", "今天天气不错"];
        Keywords.Extract(texts, top: 10).ShouldContain(k => k.Term.Contains("驿站") && k.Count == 3);
    }

    [Fact]
    public void Repeated_sentences_give_whole_words_not_pieces_cut_from_them()
    {
        // Seen on the demo board: "人清理" (没人清理), "偿服务" (有偿服务), "问题已" (问题已解决).
        var texts = Enumerable.Repeat("楼道里堆放杂物，很久没人清理", 3)
            .Concat(Enumerable.Repeat("户内维修按公示的有偿服务价目表收费", 3))
            .Concat(Enumerable.Repeat("已与相关方沟通，问题已解决", 3)).ToList();
        var terms = Keywords.Extract(texts, top: 30).Select(k => k.Term).ToList();
        terms.ShouldContain("清理");
        terms.ShouldContain("有偿服务");
        terms.ShouldNotContain("人清理");
        terms.ShouldNotContain("偿服务");
        terms.ShouldNotContain(t => t.StartsWith('已') || t.EndsWith('已'));
    }

    [Fact]
    public void Copies_of_one_message_give_no_phrases_of_their_own()
    {
        // Seen on the demo board: the same complaint sent twice gave "打了三次才接" and "接了说话".
        var texts = new[] { "客服电话打了三次才接，接了说话还不耐烦", "客服电话打了三次才接，接了说话还不耐烦", "楼道灯不亮了" };
        var terms = Keywords.Extract(texts, top: 30).Select(k => k.Term).ToList();
        terms.ShouldContain("客服");
        terms.ShouldNotContain("接了说话");
        terms.ShouldNotContain("打了三次才接");
        // A sentence quoted inside two different messages has no edges of its own either.
        var quoted = Keywords.Extract(["又是这个问题：客服电话打了三次才接，接了说话还不耐烦", "客服电话打了三次才接，接了说话还不耐烦"], top: 30);
        quoted.ShouldNotContain(k => k.Term == "接了说话" || k.Term == "打了三次才接");
        // Different messages that share a phrase still give it.
        Keywords.Extract(["快递驿站关门太早", "快递驿站关门太早", "快递驿站不让放"], top: 10).ShouldContain(k => k.Term.Contains("驿站") && k.Count == 3);
    }

    [Fact]
    public void How_agents_frame_their_notes_is_not_what_owners_talk_about()
    {
        var notes = new[]
        {
            "客服回访：业主对维修结果满意，表示师傅态度好。", "客服回访：业主表示楼道灯已修好，满意。", "客服回访：租户对空调维修结果不满意，要求再次派人。",
            "租户来电：写字楼17层卫生间堵塞，请尽快处理。", "商户来电：商场二楼扶梯有异响，请协调。", "业主来电：楼道灯不亮，请尽快派人。",
        };
        var terms = Keywords.Extract(notes, top: 30).Select(k => k.Term).ToList();
        terms.ShouldContain("维修");
        terms.ShouldContain("楼道灯");
        terms.ShouldNotContain("客服", "客服回访 is the agent's tag, not a complaint about the service desk");
        terms.ShouldNotContain(t => t.Contains("回访") || t.Contains("来电") || t == "表示" || t == "派人" || t == "尽快");
    }

    [Fact]
    public void Vague_word_lint_flags_judgements_and_hedges_and_says_why()
    {
        var findings = VagueWordLint.Check("保安态度差，大概等了十分钟，环境还行");
        findings.Select(f => f.Word).ShouldBe(["态度差", "大概", "还行"]);
        findings[0].Kind.ShouldBe(VagueWordLint.Subjective);
        findings[0].Reason.ShouldContain("事实");
        findings[1].Kind.ShouldBe(VagueWordLint.Hedge);
        VagueWordLint.Check("保安未起身、未问候，登记用时 4 分 10 秒").ShouldBeEmpty();
        VagueWordLint.Check(null).ShouldBeEmpty();
    }

    [Fact]
    public void A_model_saved_and_loaded_predicts_the_same_and_keeps_its_version()
    {
        var rows = new List<(string, string)>
        {
            ("服务很好谢谢", "positive"), ("非常满意", "positive"), ("师傅很专业", "positive"),
            ("太差了", "negative"), ("很不满意", "negative"), ("没人管", "negative"),
        };
        var model = LinearModel.Train("polarity", rows, new TrainingOptions { Epochs = 5, Features = FeatureSpec.Default with { Bits = 12 } });
        var loaded = SavedAndLoaded(model);
        loaded.Version.ShouldBe(model.Version);
        loaded.Labels.ShouldBe(model.Labels);
        loaded.Predict("服务很满意").ShouldBe(model.Predict("服务很满意"));
        loaded.PredictLabel(TextNormalizer.Normalize("太差了没人管")).ShouldBe("negative");

        // Training is deterministic: the same rows and seed give the same model.
        LinearModel.Train("polarity", rows, new TrainingOptions { Epochs = 5, Features = FeatureSpec.Default with { Bits = 12 } })
            .Version.ShouldBe(model.Version);
    }

    [Fact]
    public void Several_runs_average_into_one_model_of_the_same_shape()
    {
        var rows = new List<(string, string)>
        {
            ("服务很好谢谢", "positive"), ("非常满意", "positive"), ("师傅很专业", "positive"),
            ("太差了", "negative"), ("很不满意", "negative"), ("没人管", "negative"),
        };
        var options = new TrainingOptions { Epochs = 5, Features = FeatureSpec.Default with { Bits = 12 } };
        var first = LinearModel.Train("polarity", rows, options);
        var second = LinearModel.Train("polarity", rows, options with { Seed = options.Seed + 1 });
        var averaged = LinearModel.Train("polarity", rows, options with { Runs = 2 });

        averaged.Version.ShouldBe(LinearModel.Average([first, second]).Version);
        averaged.Labels.ShouldBe(first.Labels);
        averaged.PredictLabel(TextNormalizer.Normalize("太差了没人管")).ShouldBe("negative");
        // Equal weights give equal scores, so averaging a model with itself changes nothing.
        LinearModel.Average([first, first]).Predict("服务很满意").ShouldBe(first.Predict("服务很满意"));

        var other = LinearModel.Train("polarity", rows, options with { Features = FeatureSpec.Default with { Bits = 13 } });
        Should.Throw<ArgumentException>(() => LinearModel.Average([first, other]));
    }

    [Fact]
    public void The_words_a_rule_branch_needs_are_read_from_its_pattern()
    {
        RegexText.TopLevelAlternatives("a|(b|c)d|[|]e").ShouldBe(["a", "(b|c)d", "[|]e"]);
        RegexText.RequiredWords("(?<!没有)漏电(了)?").ShouldBe(["漏电"]);
        RegexText.RequiredWords("(燃|煤|天然)[气汽]泄[漏露]").ShouldBe(["泄"]);
        RegexText.RequiredWords("(轿厢|电梯井)[^,.!?]{0,4}(进水|漏水)").ShouldBe(["轿厢", "电梯井"]);
        RegexText.RequiredWords("(说|答应)(?<said>[\\u4e00-\\u9fff]),\\k<said>到(现在|如今)").ShouldBe(["现在", "如今"]);
        RegexText.RequiredWords("(?:消防通道|安全出口)被?堵").ShouldBe(["消防通道", "安全出口"]);
        // Optional or repeated parts, lookarounds and classes guarantee nothing.
        RegexText.RequiredWords("困人?").ShouldBe(["困"]);
        RegexText.RequiredWords("(困人)?[0-9]+").ShouldBeNull();
        RegexText.RequiredWords("(?=漏电)[a-z]").ShouldBeNull();
        RegexText.RequiredWords("(a|b.c)x").ShouldBe(["x"]);
        // A group whose alternatives are patterns still needs one of their words; an escape by code is no word.
        RegexText.RequiredWords("(?<!防)(中毒|一氧化碳(?!报警器))").ShouldBe(["中毒", "一氧化碳"]);
        RegexText.RequiredWords("\\b(sue|lawyers?(?! to review)|(?<!social )media)\\b").ShouldBe(["sue", "lawyer", "media"]);
        RegexText.RequiredWords("(中毒|[0-9]+)了").ShouldBe(["了"]);
        RegexText.RequiredWords("\\u4e00\\x41\\p{Lu}").ShouldBeNull();
    }

    [Fact]
    public void English_words_in_the_rules_end_at_a_Chinese_character()
    {
        var stuck = new System.Text.RegularExpressions.Regex("\\bstuck\\b");
        stuck.IsMatch("电梯stuck在12楼").ShouldBeFalse();
        RegexText.LatinWordsApart("电梯stuck在12楼").ShouldBe("电 stuck 12 ");
        stuck.IsMatch(RegexText.LatinWordsApart("电梯stuck在12楼")).ShouldBeTrue();
        stuck.IsMatch(RegexText.LatinWordsApart("unstuck")).ShouldBeFalse();
        // Chinese away from Latin letters stays, and a text with nothing to change is the same string.
        var text = "lift stuck 还没修";
        RegexText.LatinWordsApart(text).ShouldBeSameAs(text);
    }

    [Fact]
    public void The_rules_bench_sees_every_pattern_and_each_chunk_matches_only_beside_its_words()
    {
        var patterns = AlertRules.Patterns().ToList();
        patterns.Select(p => p.Name).ShouldBeUnique();
        patterns.Select(p => p.Name).ShouldContain("CollectivePattern");
        patterns.Select(p => p.Name).ShouldContain("CountedPattern");
        foreach (var list in new[] { "Escalation", "Danger", "Repeated" })
        {
            patterns.ShouldContain(p => p.Name.StartsWith(list + "[") && p.Words != null && !p.English);
            patterns.ShouldContain(p => p.Name.StartsWith(list + "[") && p.English);
        }
        // What the bench times for a chunk with words is what the rules search: a text without any of them has no match.
        string[] texts = ["电梯困人了快来", "第三次报修了还没人管，我要打12345", "楼道里有烟，好像着火了", "The lift has been broken for three weeks, I've reported it four times.", "谢谢物业"];
        foreach (var (name, pattern, words, english) in patterns.Where(p => p.Words != null))
            foreach (var text in texts.Select(TextNormalizer.Normalize).Select(t => english ? RegexText.LatinWordsApart(t) : t))
                if (pattern.IsMatch(text)) words!.ShouldContain(w => text.Contains(w), $"{name} matched \"{text}\" without its words");
    }

    [Fact]
    public void Skipping_rule_chunks_whose_words_are_absent_changes_no_answer()
    {
        // The held-out corpus rows, whole lines: any text will do, and these name every kind of trigger.
        var corpus = new DirectoryInfo(AppContext.BaseDirectory);
        while (!File.Exists(Path.Combine(corpus.FullName, "corpus", "property-feedback", "test.csv"))) corpus = corpus.Parent!;
        var texts = File.ReadLines(Path.Combine(corpus.FullName, "corpus", "property-feedback", "test.csv")).Skip(1).ToList();
        texts.Count.ShouldBeGreaterThan(1000);
        var with = texts.Select(t => TextAnalyzer.Default.Analyze(t).Alert).ToList();
        try
        {
            AlertRules.UseRequiredWords = false;
            var without = texts.Select(t => TextAnalyzer.Default.Analyze(t).Alert).ToList();
            for (var i = 0; i < texts.Count; i++)
            {
                without[i].Level.ShouldBe(with[i].Level, texts[i]);
                without[i].Reasons.ShouldBe(with[i].Reasons, texts[i]);
            }
        }
        finally
        {
            AlertRules.UseRequiredWords = true;
        }
    }

    [Fact]
    public void Training_tells_its_progress_run_by_run_and_stops_when_cancelled()
    {
        var rows = new List<(string, string)> { ("服务很好谢谢", "positive"), ("太差了", "negative"), ("非常满意", "positive"), ("没人管", "negative") };
        var options = new TrainingOptions { Epochs = 4, Runs = 2, Features = FeatureSpec.Default with { Bits = 12 } };
        var told = new List<double>();
        var model = LinearModel.Train("polarity", rows, options, new Collect(told));
        told.ShouldBe([0.125, 0.25, 0.375, 0.5, 0.625, 0.75, 0.875, 1.0]);
        // Being watched changes nothing in the model.
        model.Version.ShouldBe(LinearModel.Train("polarity", rows, options).Version);

        using var cancelled = new CancellationTokenSource();
        cancelled.Cancel();
        Should.Throw<OperationCanceledException>(() => LinearModel.Train("polarity", rows, options, ct: cancelled.Token));
    }

    /// <summary>Progress&lt;T&gt; posts to a thread pool; the test wants every report in order, on the training thread.</summary>
    private sealed class Collect(List<double> into) : IProgress<double>
    {
        public void Report(double value) => into.Add(value);
    }

    [Fact]
    public void A_model_trained_with_other_features_reads_its_own_n_grams_in_the_analyzer()
    {
        // The analyzer extracts n-grams once for the three models; a replaced model with other features must not be fed them.
        var rows = Enumerable.Range(0, 10).SelectMany(_ => new[] { ("电梯坏了", "equipment"), ("保洁没打扫", "environment"), ("物业费太贵", "fees") }).ToList();
        var category = LinearModel.Train("category", rows, new TrainingOptions { Epochs = 5, Features = FeatureSpec.Default with { Bits = 12, MaxN = 2 } });
        var analyzer = TextAnalyzer.Default.With(InsightTask.Category, category);
        foreach (var text in new[] { "电梯又坏了，麻烦修一下", "物业费太贵了", "楼下保洁一直没打扫" })
        {
            var own = category.Predict(text);
            var result = analyzer.Analyze(text).Category;
            result.Key.ShouldBe(category.Labels[Array.IndexOf(own, own.Max())]);
        }
    }

    [Fact]
    public void The_red_check_names_the_reds_a_model_in_its_place_would_lose()
    {
        // A polarity model that reads complaints as praise: the rules count "说了无数次" only in a complaint.
        var blind = LinearModel.Train("polarity", [("谢谢师傅", "positive"), ("太让人失望了", "positive"), ("楼道灯不亮", "neutral"), ("qqqq", "negative")],
            new TrainingOptions { Features = FeatureSpec.Default with { Bits = 18 } });
        string[] reds = ["物业收支从来不公示，说了无数次了，一直没人处理，太过分了！", "电梯困人了，快来人", "再不修我就打12345"];
        var check = RedCheck.Of(TextAnalyzer.Default, TextAnalyzer.Default.With(InsightTask.Polarity, blind), reds);
        (check.Reds, check.CaughtBefore, check.CaughtAfter).ShouldBe((3, 3, 2));
        check.Lost.ShouldBe([reds[0]]);
        RedCheck.Of(TextAnalyzer.Default, TextAnalyzer.Default, reds).Lost.ShouldBeEmpty();
    }

    [Fact]
    public void Praise_is_not_red_on_the_alert_models_word_alone()
    {
        // An alert model that calls every mention of the plumber red: the analyzer still hears the praise.
        var rows = Enumerable.Range(0, 10).SelectMany(_ => new[] { ("师傅修水管", "red"), ("请问几点开门", "none") }).ToList();
        var alert = LinearModel.Train("alert", rows, new TrainingOptions { Epochs = 5, Features = FeatureSpec.Default with { Bits = 12 } });
        var analyzer = TextAnalyzer.Default.With(InsightTask.Alert, alert);
        analyzer.Analyze("谢谢师傅修水管，修得又快又好，非常满意").Alert.Level.ShouldNotBe("red");
        analyzer.Analyze("师傅修水管修了一半就走了，太差了").Alert.Level.ShouldBe("red");
    }

    [Fact]
    public void Model_evidence_is_shown_without_brackets_cut_in_half()
    {
        // Seen on the demo board: "(三" from "户内深度保洁（三室两厅）".
        var text = TextNormalizer.Normalize("户内深度保洁（三室两厅），约周六上午");
        foreach (var label in TextAnalyzer.Default.AlertModel.Labels)
            TextAnalyzer.Default.AlertModel.Evidence(text, label, top: 5).ShouldNotContain(e => e.Contains('(') || e.Contains(')'));
    }

    [Fact]
    public void English_evidence_is_whole_words_and_never_a_function_word()
    {
        // Seen in the analysis of English complaints: "arks", "da", "we", "been".
        var text = TextNormalizer.Normalize("The dog next door barks all day and we have been complaining for weeks.");
        var words = text.Split([' ', '.']).ToHashSet();
        foreach (var label in TextAnalyzer.Default.AlertModel.Labels)
            foreach (var e in TextAnalyzer.Default.AlertModel.Evidence(text, label, top: 5))
            {
                e.Split(' ').ShouldAllBe(w => words.Contains(w), $"{label}: {e}");
                DomainLexicon.StopWords.ShouldNotContain(e);
            }
    }

    [Fact]
    public void A_number_cut_out_of_a_room_number_is_not_evidence()
    {
        // Seen on the demo board: "早上七点就开始电钻、02" for "楼上502装修，早上七点就开始电钻，已经连续三天了".
        var text = TextNormalizer.Normalize("楼上502装修，早上七点就开始电钻，已经连续三天了");
        foreach (var label in TextAnalyzer.Default.AlertModel.Labels)
            TextAnalyzer.Default.AlertModel.Evidence(text, label, top: 5).ShouldAllBe(e => e.Any(char.IsLetter) && e != "02");
    }

    [Theory]
    [InlineData("楼上502装修，早上七点就开始电钻，已经连续三天了")]
    [InlineData("电梯停运也不通知一声，很不满意，请尽快修好")]
    [InlineData("地库车位被外来车辆占用，保安也不管")]
    public void Model_evidence_never_shows_two_pieces_that_touch_in_the_text(string raw)
    {
        // Seen on the demo board: "早上七点就开" and "始电钻", one stretch of text shown as two cut words.
        var text = TextNormalizer.Normalize(raw);
        var model = TextAnalyzer.Default.AlertModel;
        foreach (var label in model.Labels)
        {
            var evidence = model.Evidence(text, label, top: 5);
            foreach (var a in evidence)
                foreach (var b in evidence)
                    if (a != b) text.Contains(a + b, StringComparison.Ordinal).ShouldBeFalse($"{label}: {a} + {b}");
        }
    }

    [Fact]
    public void Model_evidence_does_not_cut_through_common_words()
    {
        // Seen on the demo board: "业到底管不管" and "里老人" from 物业 and 家里, "请问什、候能处" from 什么时候 and 处理.
        var texts = new[] { "电梯停了一上午，家里老人下不了楼，物业到底管不管？", "请问什么时候能处理？陌生人在楼道里转悠" };
        foreach (var text in texts)
        {
            var reasons = TextAnalyzer.Default.Analyze(text).Alert.Reasons.ShouldHaveSingleItem().Trigger.Split('、');
            reasons.ShouldNotContain(r => r.StartsWith('业') || r.StartsWith('里') || r.StartsWith('候') || r.EndsWith('什') || r.EndsWith('处'));
            reasons.Count(r => r.Contains("什么时候")).ShouldBeLessThanOrEqualTo(1);
        }
    }

    [Fact]
    public void Model_evidence_falls_back_to_stop_words_rather_than_saying_nothing()
    {
        // A red board once showed "模型判断「」": every n-gram the model weighed for red was a stop word.
        var rows = Enumerable.Range(0, 20).SelectMany(i => new[] { ("物业，物业", "red"), ("楼道灯坏了", "blue") }).ToList();
        var model = LinearModel.Train("alert", rows, new TrainingOptions { Epochs = 5 });
        model.Evidence(TextNormalizer.Normalize("物业，物业"), "red").ShouldBe(["物业"]);
        model.Evidence(TextNormalizer.Normalize("楼道灯坏了"), "blue").ShouldNotBeEmpty();
    }

    [Fact]
    public void English_words_and_word_pairs_are_features_and_a_plural_is_its_word()
    {
        var spec = FeatureSpec.Default;
        spec.Words.ShouldBeTrue();
        var without = spec with { Words = false };
        // Two words and their pair.
        spec.Extract("lifts broken").Indices.Length.ShouldBe(without.Extract("lifts broken").Indices.Length + 3);
        var shared = spec.Extract("lift broken").Indices.Intersect(spec.Extract("lifts broken").Indices).Count();
        var sharedWithout = without.Extract("lift broken").Indices.Intersect(without.Extract("lifts broken").Indices).Count();
        shared.ShouldBe(sharedWithout + 3);
        // A Chinese text has no words to add; a Chinese character ends an English word as a space does.
        spec.Extract("电梯又坏了").ShouldBe(without.Extract("电梯又坏了"), new SparseVectorComparer());
        spec.Extract("电梯stuck在12楼").Indices.Length.ShouldBe(without.Extract("电梯stuck在12楼").Indices.Length + 1);

        var rows = new List<(string, string)> { ("the lift is broken", "negative"), ("thanks so much", "positive") };
        var model = LinearModel.Train("polarity", rows, new TrainingOptions { Epochs = 2, Features = spec with { Bits = 12 } });
        var loaded = SavedAndLoaded(model);
        loaded.Features.ShouldBe(model.Features);
        loaded.Version.ShouldBe(model.Version);
        var plain = LinearModel.Train("polarity", rows, new TrainingOptions { Epochs = 2, Features = without with { Bits = 12 } });
        plain.Version.ShouldNotBe(model.Version);
    }

    private static LinearModel SavedAndLoaded(LinearModel model)
    {
        using var buffer = new MemoryStream();
        model.Save(buffer);
        buffer.Position = 0;
        return LinearModel.Load(buffer);
    }

    private sealed class SparseVectorComparer : IEqualityComparer<SparseVector>
    {
        public bool Equals(SparseVector a, SparseVector b) => a.Value == b.Value && a.Indices.SequenceEqual(b.Indices);
        public int GetHashCode(SparseVector v) => v.Indices.Length;
    }

    [Fact]
    public void A_model_file_in_the_first_format_still_loads()
    {
        // Models retrained before the packed format are kept in the database in this layout.
        using var buffer = new MemoryStream();
        using (var gzip = new System.IO.Compression.GZipStream(buffer, System.IO.Compression.CompressionLevel.Fastest, leaveOpen: true))
        using (var writer = new BinaryWriter(gzip, Encoding.UTF8))
        {
            writer.Write("YSTM".ToCharArray());
            writer.Write(1);
            writer.Write("polarity");
            writer.Write(2);
            writer.Write("positive");
            writer.Write("negative");
            writer.Write(1);
            writer.Write(2);
            writer.Write(8);
            writer.Write(false);
            writer.Write(2f);
            writer.Write(0f);
            writer.Write(1);
            writer.Write(3);
            writer.Write(0.5f);
            writer.Write(-0.5f);
        }
        buffer.Position = 0;
        var model = LinearModel.Load(buffer);
        model.Labels.ShouldBe(["positive", "negative"]);
        model.Features.Words.ShouldBeFalse();
        model.PredictLabel("好").ShouldBe("positive");

        SavedAndLoaded(model).Version.ShouldBe(model.Version);
    }

    [Fact]
    public void A_damaged_model_file_is_refused_with_a_clear_error()
    {
        using var junk = new MemoryStream([1, 2, 3, 4]);
        Should.Throw<InvalidDataException>(() => LinearModel.Load(junk));
    }

    [Fact]
    public void The_shipped_models_load_quickly_and_stay_small()
    {
        var watch = System.Diagnostics.Stopwatch.StartNew();
        var analyzer = TextAnalyzer.Default;
        analyzer.Analyze("测试");
        // Loading is measured in the README; here only a generous bound against an accidental regression to seconds.
        watch.Elapsed.TotalSeconds.ShouldBeLessThan(5);
        analyzer.ModelBytes.ShouldBeLessThan(200L * 1024 * 1024);
    }

    [Fact]
    public void Metrics_compute_accuracy_macro_f1_and_the_report()
    {
        var m = new Metrics(["positive", "negative"]);
        m.Add("positive", "positive");
        m.Add("positive", "negative");
        m.Add("negative", "negative");
        m.Add("negative", "negative");
        m.Accuracy.ShouldBe(0.75);
        m.Precision(1).ShouldBe(2 / 3.0, 1e-9);
        m.Recall(0).ShouldBe(0.5);
        m.MacroF1.ShouldBe((2 * 1 * 0.5 / 1.5 + 2 * (2 / 3.0) * 1 / (5 / 3.0)) / 2, 1e-9);
        var report = m.Report().Split('\n');
        report[0].ShouldBe("accuracy: 0.7500");
        report[1].ShouldStartWith("macro_f1: ");
        report[2].ShouldBe("positive: precision 1.00 recall 0.50 support 2");
    }
}

public class TextFilesTests
{
    private const string Csv = "内容,类别\r\n电梯困人了,emergency\r\nLift stuck,emergency\r\n";

    private static byte[] Gbk(string s)
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        return Encoding.GetEncoding("GBK").GetBytes(s);
    }

    [Fact]
    public void Utf8_with_or_without_a_byte_order_mark_reads_as_written()
    {
        TextFiles.Decode(Encoding.UTF8.GetBytes(Csv)).ShouldBe(Csv);
        TextFiles.Decode([.. Encoding.UTF8.Preamble, .. Encoding.UTF8.GetBytes(Csv)]).ShouldBe(Csv);
    }

    [Fact]
    public void Utf16_with_a_byte_order_mark_reads_as_written()
    {
        TextFiles.Decode([.. Encoding.Unicode.Preamble, .. Encoding.Unicode.GetBytes(Csv)]).ShouldBe(Csv);
        TextFiles.Decode([.. Encoding.BigEndianUnicode.Preamble, .. Encoding.BigEndianUnicode.GetBytes(Csv)]).ShouldBe(Csv);
    }

    [Fact]
    public void Gbk_from_a_Chinese_Excel_reads_as_written()
    {
        TextFiles.Decode(Gbk(Csv)).ShouldBe(Csv);
        TextFiles.Decode(Gbk("繁體與簡體，全角标点！")).ShouldBe("繁體與簡體，全角标点！");
    }

    [Fact]
    public void A_labelled_csv_in_gbk_gives_its_rows()
    {
        using var reader = TextFiles.OpenReader(new MemoryStream(Gbk(Csv)));
        LabelledCsv.Read(reader, "gbk.csv", "内容", "类别", null).ShouldBe([("电梯困人了", "emergency"), ("Lift stuck", "emergency")]);
    }
}
