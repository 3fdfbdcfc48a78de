using System.Text.Json;
using Yardstick.Web.Features.Surveys;
using Yardstick.Web.Platform.Localization;

namespace Yardstick.Web.Tests.Surveys;

/// <summary>The survey measures against hand-computed examples (issue 4, seed 003 and seed 001).</summary>
public sealed class SurveyMeasuresTests
{
    private static readonly AnswerSheet Standard = new(StandardQuestionnaire.Create());

    private static AnswerInput A(string id, object value) => new(id, JsonSerializer.SerializeToElement(value));

    /// <summary>All required Likert questions answered <paramref name="all"/>, with some overrides.</summary>
    private static byte[] Vector(int all, params (string Id, object Value)[] overrides)
    {
        var answers = Standard.Slots.Where(s => s.Question.Type == QuestionType.Likert5)
            .Select(s => A(s.Question.Id, overrides.FirstOrDefault(o => o.Id == s.Question.Id).Value ?? all))
            .Concat(overrides.Where(o => Standard.Find(o.Id)!.Question.Type != QuestionType.Likert5).Select(o => A(o.Id, o.Value)));
        var encoded = Standard.Encode(answers, complete: true);
        encoded.Problems.ShouldBeEmpty();
        return encoded.Vector;
    }

    [Fact]
    public void The_standard_questionnaire_has_the_seed_sections_and_questions()
    {
        var q = StandardQuestionnaire.Create();
        q.Problems().ShouldBeEmpty();
        q.Sections.Select(s => s.Title).ShouldBe(["客户服务", "工程服务", "安全服务", "环境管理", "有偿服务", "投诉受理", "物业管理总体满意度", "推荐意愿", "您对本公司物业服务的意见与建议"]);
        q.Sections[0].Questions.Select(x => x.Text).ShouldBe(["客服工作态度", "工作及时性", "处理问题效果"]);
        q.Sections[5].Questions.Select(x => x.Text).ShouldBe(["处理态度", "处理结果"]);
        q.Sections.Count(s => s.InIndex).ShouldBe(6);
        q.Questions.Count(x => x.Type == QuestionType.Likert5).ShouldBe(18);
        q.Questions.Count(x => x.Type == QuestionType.Text).ShouldBe(3);
        q.Questions.Single(x => x.Type == QuestionType.Nps).Required.ShouldBeFalse();
    }

    [Fact]
    public void Satisfaction_rate_CSI_and_question_scores_match_a_hand_computation_with_NA_excluded()
    {
        var tally = new SurveyTally(Standard);
        // Owner 1: everything 5 (非常满意).  Owner 2: everything 4, but 有偿服务 all 不适用 and 客服工作态度 2 (不满意).
        // Owner 3: everything 3, 投诉受理 不适用.
        tally.Add(Vector(5));
        tally.Add(Vector(4, ("paid-repair", 0), ("paid-cleaning", 0), ("paid-contract", 0), ("cs-attitude", 2)));
        tally.Add(Vector(3, ("cmp-attitude", 0), ("cmp-result", 0)));
        var m = SurveyMeasures.Compute(tally);

        // 客服工作态度: answers 5, 2, 3 → scores 100, 40, 60 → 66.67; satisfied 1 of 3.
        var attitude = m.Questions.Single(q => q.Id == "cs-attitude");
        attitude.Score!.Value.ShouldBe(200.0 / 3, 1e-9);
        attitude.SatisfactionRate!.Value.ShouldBe(100.0 / 3, 1e-9);
        // 户内维修质量: 5 and 3 (the 不适用 is excluded) → 80; satisfied 1 of 2.
        var paid = m.Questions.Single(q => q.Id == "paid-repair");
        paid.Answers.ShouldBe(2);
        paid.NotApplicable.ShouldBe(1);
        paid.Score.ShouldBe(80);
        paid.SatisfactionRate.ShouldBe(50);

        // Section 客户服务: questions 66.67, 80 (5,4,3), 80 → mean 75.56.
        var cs = m.Sections.Single(s => s.Key == "customer-service");
        cs.Score!.Value.ShouldBe((200.0 / 3 + 80 + 80) / 3, 1e-9);
        // Sections 工程/安全/环境: 80 each; 有偿服务: 80; 投诉受理: 5 and 4 → 90. Equal weights → CSI is their mean.
        m.Sections.Single(s => s.Key == "complaints").Score.ShouldBe(90);
        m.Csi!.Value.ShouldBe((cs.Score.Value + 80 + 80 + 80 + 80 + 90) / 6, 1e-9);

        // Satisfaction rate over every rated answer of the six service sections (overall excluded):
        // owner 1: 17 answers, 17 satisfied; owner 2: 14 rated, 13 satisfied (客服工作态度 2); owner 3: 15 rated, 0 satisfied.
        m.SatisfactionRate!.Value.ShouldBe(100.0 * 30 / 46, 1e-9);
        // The overall question on its own: 5, 4, 3 → 80, two of three satisfied.
        m.Overall!.Score.ShouldBe(80);
        m.Overall.SatisfactionRate!.Value.ShouldBe(200.0 / 3, 1e-9);
    }

    [Fact]
    public void CSI_weights_sections_and_ignores_a_section_nobody_could_rate()
    {
        var q = new Questionnaire("intro", null, "privacy", null,
        [
            new SurveySection("a", "A", null, 3, true, [new SurveyQuestion("a1", QuestionType.Likert5, "A1", AllowNotApplicable: true)]),
            new SurveySection("b", "B", null, 1, true, [new SurveyQuestion("b1", QuestionType.Likert5, "B1", AllowNotApplicable: true)]),
            new SurveySection("c", "C", null, 5, true, [new SurveyQuestion("c1", QuestionType.Likert5, "C1", AllowNotApplicable: true)]),
        ]);
        var sheet = new AnswerSheet(q);
        var tally = new SurveyTally(sheet);
        tally.Add(sheet.Encode([A("a1", 5), A("b1", 2), A("c1", 0)], true).Vector);
        var m = SurveyMeasures.Compute(tally);
        // (3 × 100 + 1 × 40) / (3 + 1) = 85; section C (weight 5) has only 不适用 and is left out.
        m.Csi.ShouldBe(85);
        m.Sections.Single(s => s.Key == "c").Score.ShouldBeNull();
    }

    [Fact]
    public void The_Likert_score_map_is_configurable_per_questionnaire()
    {
        var q = new Questionnaire("i", null, "p", null,
            [new SurveySection("a", "A", null, 1, true, [new SurveyQuestion("a1", QuestionType.Likert5, "A1")])], [0, 25, 50, 75, 100]);
        var sheet = new AnswerSheet(q);
        var tally = new SurveyTally(sheet);
        tally.Add(sheet.Encode([A("a1", 4)], true).Vector);
        SurveyMeasures.Compute(tally).Csi.ShouldBe(75);
    }

    [Fact]
    public void NPS_is_promoters_minus_detractors()
    {
        // 10 answers: 9, 10, 10, 9 promoters (4); 7, 8 passives; 0, 3, 6, 6 detractors (4) → 0. Then one more 10 → (5-4)/11.
        long[] counts = new long[11];
        foreach (var v in new[] { 9, 10, 10, 9, 7, 8, 0, 3, 6, 6 }) counts[v]++;
        SurveyMeasures.Nps(counts).ShouldBe(0);
        counts[10]++;
        SurveyMeasures.Nps(counts)!.Value.ShouldBe(100.0 / 11, 1e-9);
        SurveyMeasures.Nps(new long[11]).ShouldBeNull();

        var tally = new SurveyTally(Standard);
        tally.Add(Vector(5, ("nps", 10)));
        tally.Add(Vector(5, ("nps", 6)));
        tally.Add(Vector(5, ("nps", 8)));
        tally.Add(Vector(5));
        var m = SurveyMeasures.Compute(tally);
        m.NpsAnswers.ShouldBe(3);
        m.Nps.ShouldBe(0);
    }

    [Theory]
    [InlineData(1, 5, KanoCategory.O)] // like having it, dislike missing it: one-dimensional
    [InlineData(1, 3, KanoCategory.A)] // like having it, neutral without: attractive
    [InlineData(2, 5, KanoCategory.M)] // expect it, dislike missing it: must-be
    [InlineData(3, 3, KanoCategory.I)]
    [InlineData(5, 1, KanoCategory.R)]
    [InlineData(1, 1, KanoCategory.Q)]
    [InlineData(5, 5, KanoCategory.Q)]
    [InlineData(4, 5, KanoCategory.M)]
    [InlineData(1, 4, KanoCategory.A)]
    public void Kano_pairs_follow_the_standard_evaluation_table(int functional, int dysfunctional, KanoCategory expected) =>
        SurveyMeasures.Kano(functional, dysfunctional).ShouldBe(expected);

    [Fact]
    public void Kano_category_is_the_most_frequent_with_better_and_worse()
    {
        var q = new Questionnaire("i", null, "p", null,
            [new SurveySection("k", "K", null, 0, false, [new SurveyQuestion("k1", QuestionType.KanoPair, "如果提供快递代收服务，您觉得？", Dysfunctional: "如果不提供，您觉得？")])]);
        var sheet = new AnswerSheet(q);
        var tally = new SurveyTally(sheet);
        // 3 × O (1,5), 2 × A (1,3), 1 × M (2,5), 1 × I (3,3)
        foreach (var (f, d) in new[] { (1, 5), (1, 5), (1, 5), (1, 3), (1, 3), (2, 5), (3, 3) })
            tally.Add(sheet.Encode([A("k1", new[] { f, d })], true).Vector);
        var kano = SurveyMeasures.Compute(tally).Questions.Single().Kano!;
        kano.Category.ShouldBe(KanoCategory.O);
        kano.Better!.Value.ShouldBe(5.0 / 7, 1e-9);  // (A + O) / (A + O + M + I) = 5/7
        kano.Worse!.Value.ShouldBe(-4.0 / 7, 1e-9);  // −(O + M) / 7
    }

    [Fact]
    public void IPA_places_sections_in_quadrants_around_the_means()
    {
        SectionResult S(string key, double importance, double score) => new(key, key, null, 1, true, 1, score, null, importance);
        var points = SurveyMeasures.Ipa([S("a", 90, 90), S("b", 90, 60), S("c", 50, 60), S("d", 50, 90)]);
        points.Select(p => p.Quadrant).ShouldBe([IpaQuadrant.Keep, IpaQuadrant.Improve, IpaQuadrant.LowPriority, IpaQuadrant.Overkill]);
    }

    [Fact]
    public void Answers_are_checked_and_packed_and_read_back_the_same()
    {
        var bad = Standard.Encode([A("cs-attitude", 6), A("nps", 11), A("nope", 1), A("overall", "x")], complete: true);
        bad.Problems.Select(p => p.QuestionId).ShouldContain("cs-attitude");
        bad.Problems.Select(p => p.QuestionId).ShouldContain("nps");
        bad.Problems.Select(p => p.QuestionId).ShouldContain("nope");
        bad.Problems.Select(p => p.QuestionId).ShouldContain("overall");
        // 18 required questions; the two answered with bad values are reported once, as bad values, not also as missing.
        bad.Problems.Count(p => p.Key == "Survey.Err.Required").ShouldBe(16);

        var draft = Standard.Encode([A("cs-attitude", 4), A("open-other", "  电梯经常坏  ")], complete: false);
        draft.Problems.ShouldBeEmpty();
        var values = Standard.Values(draft.Vector, draft.Texts);
        values["cs-attitude"].ShouldBe(4);
        values["open-other"].ShouldBe("电梯经常坏");
        values.Count.ShouldBe(2);

        var q = new Questionnaire("i", null, "p", null,
        [
            new SurveySection("c", "C", null, 0, false,
            [
                new SurveyQuestion("m", QuestionType.MultipleChoice, "M", Options: Enumerable.Range(0, 10).Select(i => new SurveyOption($"o{i}", $"选项{i}")).ToList()),
                new SurveyQuestion("s", QuestionType.SingleChoice, "S", Options: [new("y", "是"), new("n", "否")]),
                new SurveyQuestion("r", QuestionType.Rating, "R"),
            ]),
        ]);
        var sheet = new AnswerSheet(q);
        var packed = sheet.Encode([A("m", new[] { "o0", "o9" }), A("s", "n"), A("r", 4)], true);
        packed.Problems.ShouldBeEmpty();
        var back = sheet.Values(packed.Vector, packed.Texts);
        ((string[])back["m"]).ShouldBe(["o0", "o9"]);
        back["s"].ShouldBe("n");
        back["r"].ShouldBe(4);
        sheet.Encode([A("r", 0)], true).Problems.ShouldNotBeEmpty(); // stars are 1–5
    }

    [Fact]
    public void Stratified_sampling_is_proportional_and_reproducible()
    {
        // Buildings of 50, 30 and 20 households; a 10 % sample is 5 + 3 + 2.
        var households = Enumerable.Range(1, 50).Select(i => new SurveyRules.Household(i, 1))
            .Concat(Enumerable.Range(51, 30).Select(i => new SurveyRules.Household(i, 2)))
            .Concat(Enumerable.Range(81, 20).Select(i => new SurveyRules.Household(i, 3))).ToList();
        var sample = SurveyRules.Sample(households, SamplingMode.Ratio, 0.1, null, seed: 42);
        sample.Count.ShouldBe(10);
        sample.Count(h => h.BuildingId == 1).ShouldBe(5);
        sample.Count(h => h.BuildingId == 2).ShouldBe(3);
        sample.Count(h => h.BuildingId == 3).ShouldBe(2);
        // Same seed, households in another order → the same sample; another seed → another one.
        SurveyRules.Sample(households.AsEnumerable().Reverse(), SamplingMode.Ratio, 0.1, null, 42).ShouldBe(sample);
        SurveyRules.Sample(households, SamplingMode.Ratio, 0.1, null, 43).ShouldNotBe(sample);
        // Size 7 over 50/30/20: quotas 3.5, 2.1, 1.4 → floors 3, 2, 1 and the one left goes to the largest remainder (3.5).
        var seven = SurveyRules.Sample(households, SamplingMode.Size, null, 7, 1);
        seven.GroupBy(h => h.BuildingId).Select(g => g.Count()).ShouldBe([4, 2, 1]);
        SurveyRules.Sample(households, SamplingMode.All, null, null, 1).Count.ShouldBe(100);
        SurveyRules.Sample(households, SamplingMode.Size, null, 500, 1).Count.ShouldBe(100);
        SurveyRules.SampleSize(101, SamplingMode.Ratio, 0.5, null).ShouldBe(51);
    }

    [Fact]
    public void Surveyor_score_follows_seed_003()
    {
        // 40 households, target 85 % → 34 forms needed. 30 valid → 4 short → −2; one fraudulent form → −10.
        SurveyRules.SurveyorScore(40, 30, 1, 85).ShouldBe(88);
        SurveyRules.SurveyorScore(40, 34, 0, 85).ShouldBe(100);
        SurveyRules.SurveyorScore(40, 40, 0, 85).ShouldBe(100);
        SurveyRules.SurveyorScore(20, 0, 0, 85).ShouldBe(100 - 0.5 * 17);
    }

    [Fact]
    public void The_audit_sample_is_five_percent_and_at_least_one()
    {
        SurveyRules.AuditSampleSize(0).ShouldBe(0);
        SurveyRules.AuditSampleSize(1).ShouldBe(1);
        SurveyRules.AuditSampleSize(20).ShouldBe(1);
        SurveyRules.AuditSampleSize(21).ShouldBe(2);
        SurveyRules.AuditSampleSize(200).ShouldBe(10);
    }

    [Fact]
    public void Flags_and_low_scores()
    {
        var same = Vector(4);
        SurveyRules.FlagsOf(Standard, same, TimeSpan.FromSeconds(20)).ShouldBe(ResponseFlags.TooFast | ResponseFlags.StraightLined);
        SurveyRules.FlagsOf(Standard, Vector(4, ("cs-attitude", 5)), TimeSpan.FromMinutes(3)).ShouldBe(ResponseFlags.None);
        SurveyRules.FlagsOf(Standard, same, null).ShouldBe(ResponseFlags.StraightLined);

        SurveyRules.LowScores(Standard, Vector(4)).ShouldBeEmpty();
        SurveyRules.LowScores(Standard, Vector(4, ("eng-repair-speed", 2))).Select(x => x.Question.Id).ShouldBe(["eng-repair-speed"]);
        // The overall rating 一般 already needs a follow-up; 一般 elsewhere does not.
        SurveyRules.LowScores(Standard, Vector(4, ("overall", 3), ("sec-fire", 3))).Select(x => x.Question.Id).ShouldBe(["overall"]);
        SurveyRules.LowScores(Standard, Vector(4, ("paid-repair", 0))).ShouldBeEmpty();
    }

    [Fact]
    public void Every_label_the_survey_pages_build_from_a_value_exists()
    {
        IEnumerable<string> Keys<T>(string prefix) where T : struct, Enum => Enum.GetNames<T>().Select(n => $"{prefix}.{n}");
        var keys = Keys<CampaignStatus>("Survey.CampaignStatus").Concat(Keys<SamplingMode>("Survey.SamplingMode")).Concat(Keys<SurveyChannel>("Survey.Channel"))
            .Concat(Keys<AuditState>("Survey.AuditState")).Concat(Keys<ResponseEventKind>("Survey.Event")).Concat(Keys<QuestionType>("Survey.Type"))
            .Concat(Keys<IpaQuadrant>("Survey.IpaQuadrant")).Concat(Keys<KanoCategory>("Survey.KanoName"))
            .Concat(Enum.GetNames<ResponseFlags>().Where(n => n != "None").Select(n => $"Survey.Flag.{n}"))
            .Concat(["Survey.FlagDecision.Kept", "Survey.FlagDecision.Excluded"])
            .Concat(LikertAnswers.Keys.Select(k => $"Survey.Likert.{k}")).Concat(KanoAnswers.Keys.Select(k => $"Survey.Kano.{k}"))
            .Concat(new[] { "answered", "closed", "notYetOpen", "unknown" }.Select(s => $"Survey.Public.{s}"))
            .Concat(Enum.GetNames<SurveyChannel>().Select(n => $"Survey.NoticeChannel.{n}"))
            .Concat(new[] { "WorkOrder", "SurveyResponse", "ReturnVisit" }.Select(s => $"Insight.Source.{s}"));
        keys.Where(k => !JsonStringLocalizer.Instance.All.ContainsKey(k)).ShouldBeEmpty();
    }
}
