namespace Yardstick.Web.Features.Surveys;

/// <summary>
/// Answer counts of a set of responses, per question and value: everything the measures need, so a campaign of
/// 100,000 responses is read once and summed, and a project's, a building's or a campaign's figures are the same sums.
/// </summary>
public sealed class SurveyTally
{
    public AnswerSheet Sheet { get; }
    /// <summary>Per slot: count of each stored value (Likert 0..5, NPS 0..10, option index, Kano f*5+d).</summary>
    public long[][] Counts { get; }
    /// <summary>Per slot: responses that answered it (for multiple choice, the ones that ticked anything).</summary>
    public long[] Answered { get; }
    public long Responses { get; private set; }

    public SurveyTally(AnswerSheet sheet)
    {
        Sheet = sheet;
        Counts = sheet.Slots.Select(s => new long[Range(s.Question)]).ToArray();
        Answered = new long[sheet.Slots.Count];
    }

    private static int Range(SurveyQuestion q) => q.Type switch
    {
        QuestionType.Likert5 or QuestionType.Rating => 6,
        QuestionType.Nps => 11,
        QuestionType.SingleChoice or QuestionType.MultipleChoice => q.Options!.Count,
        QuestionType.KanoPair => 25,
        _ => 0,
    };

    public void Add(byte[] vector, ICollection<string>? textQuestionIds = null)
    {
        Responses++;
        var slots = Sheet.Slots;
        for (var i = 0; i < slots.Count; i++)
        {
            var slot = slots[i];
            if (slot.Width == 0)
            {
                if (textQuestionIds?.Contains(slot.Question.Id) == true) Answered[i]++;
                continue;
            }
            // A vector written by an older layout may be shorter; whatever it lacks is unanswered.
            if (slot.Offset + slot.Width > vector.Length) continue;
            if (slot.Question.Type == QuestionType.MultipleChoice)
            {
                var any = false;
                foreach (var option in AnswerSheet.Selected(slot, vector))
                {
                    Counts[i][option]++;
                    any = true;
                }
                if (any) Answered[i]++;
                continue;
            }
            var v = vector[slot.Offset];
            if (v == AnswerSheet.Missing || v >= Counts[i].Length) continue;
            Counts[i][v]++;
            Answered[i]++;
        }
    }

    public void Add(SurveyTally other)
    {
        Responses += other.Responses;
        for (var i = 0; i < Counts.Length; i++)
        {
            Answered[i] += other.Answered[i];
            for (var v = 0; v < Counts[i].Length; v++) Counts[i][v] += other.Counts[i][v];
        }
    }
}

public enum KanoCategory { A, O, M, I, R, Q }

public enum IpaQuadrant { Keep, Improve, LowPriority, Overkill }

public sealed record KanoResult(KanoCategory Category, IReadOnlyDictionary<KanoCategory, long> Counts, double? Better, double? Worse);

public sealed record QuestionResult(
    string Id, string SectionKey, string Text, string? TextEn, QuestionType Type, QuestionRole Role,
    long Answers, long NotApplicable, double? Score, double? SatisfactionRate, double? Mean, double? Nps,
    /// <summary>Value (Likert 1..5, NPS 0..10, stars, option key) → count.</summary>
    IReadOnlyDictionary<string, long> Distribution, KanoResult? Kano);

public sealed record SectionResult(
    string Key, string Title, string? TitleEn, double Weight, bool InIndex, long Answers, double? Score, double? SatisfactionRate,
    double? Importance);

public sealed record IpaPoint(string SectionKey, string Title, double Importance, double Performance, IpaQuadrant Quadrant);

public sealed record SurveyMeasuresResult(
    long Responses, double? SatisfactionRate, double? Csi, double? Nps, long NpsAnswers,
    QuestionResult? Overall, IReadOnlyList<SectionResult> Sections, IReadOnlyList<QuestionResult> Questions, IReadOnlyList<IpaPoint> Ipa);

/// <summary>
/// The survey measures of issue 4, defined once (seed 003: 满意率 and 满意度指数; seed 001: NPS and Kano). Rates and
/// scores are percentages 0..100; null where nothing was answered. 不适用 (0) is excluded everywhere.
/// </summary>
public static class SurveyMeasures
{
    /// <summary>The standard Kano evaluation table: rows the functional answer, columns the dysfunctional one (like … dislike).</summary>
    private static readonly KanoCategory[,] KanoTable =
    {
        { KanoCategory.Q, KanoCategory.A, KanoCategory.A, KanoCategory.A, KanoCategory.O },
        { KanoCategory.R, KanoCategory.I, KanoCategory.I, KanoCategory.I, KanoCategory.M },
        { KanoCategory.R, KanoCategory.I, KanoCategory.I, KanoCategory.I, KanoCategory.M },
        { KanoCategory.R, KanoCategory.I, KanoCategory.I, KanoCategory.I, KanoCategory.M },
        { KanoCategory.R, KanoCategory.R, KanoCategory.R, KanoCategory.R, KanoCategory.Q },
    };

    /// <summary>Answers 1..5 to both questions of a Kano pair.</summary>
    public static KanoCategory Kano(int functional, int dysfunctional) => KanoTable[functional - 1, dysfunctional - 1];

    /// <summary>NPS from counts of answers 0..10: % of 9–10 minus % of 0–6.</summary>
    public static double? Nps(IReadOnlyList<long> counts)
    {
        var n = counts.Sum();
        if (n == 0) return null;
        var promoters = counts[9] + counts[10];
        var detractors = counts.Take(7).Sum();
        return 100.0 * (promoters - detractors) / n;
    }

    public static SurveyMeasuresResult Compute(SurveyTally tally)
    {
        var sheet = tally.Sheet;
        var scores = sheet.Questionnaire.Scores;
        var questions = new List<QuestionResult>();
        for (var i = 0; i < sheet.Slots.Count; i++)
            questions.Add(Question(sheet.Slots[i], sheet.Questionnaire.Sections[sheet.Slots[i].Section].Key, tally.Counts[i], tally.Answered[i], scores));

        var sections = new List<SectionResult>();
        long indexSatisfied = 0, indexRated = 0;
        foreach (var (section, s) in sheet.Questionnaire.Sections.Select((x, s) => (x, s)))
        {
            var slots = sheet.Slots.Select((slot, i) => (slot, i)).Where(x => x.slot.Section == s).ToList();
            var likert = slots.Where(x => x.slot.Question.Type == QuestionType.Likert5 && x.slot.Question.Role != QuestionRole.Importance).ToList();
            var questionScores = likert.Select(x => questions[x.i].Score).OfType<double>().ToList();
            long satisfied = likert.Sum(x => tally.Counts[x.i][4] + tally.Counts[x.i][5]);
            long rated = likert.Sum(x => tally.Counts[x.i].Skip(1).Sum());
            if (section.InIndex)
            {
                indexSatisfied += satisfied;
                indexRated += rated;
            }
            var importance = slots.Where(x => x.slot.Question.Role == QuestionRole.Importance).Select(x => questions[x.i].Score).OfType<double>().ToList();
            sections.Add(new SectionResult(section.Key, section.Title, section.TitleEn, section.Weight, section.InIndex, rated,
                questionScores.Count == 0 ? null : questionScores.Average(),
                rated == 0 ? null : 100.0 * satisfied / rated,
                importance.Count == 0 ? null : importance.Average()));
        }

        // CSI: weighted mean of the service sections that have answers; a section nobody could rate does not pull it down.
        var indexed = sections.Where(s => s.InIndex && s.Score is not null && s.Weight > 0).ToList();
        var weights = indexed.Sum(s => s.Weight);
        double? csi = weights > 0 ? indexed.Sum(s => s.Weight * s.Score!.Value) / weights : null;

        var npsQuestion = questions.FirstOrDefault(q => q.Type == QuestionType.Nps && q.Answers > 0);
        return new SurveyMeasuresResult(tally.Responses,
            indexRated == 0 ? null : 100.0 * indexSatisfied / indexRated,
            csi, npsQuestion?.Nps, npsQuestion?.Answers ?? 0,
            questions.FirstOrDefault(q => q.Role == QuestionRole.Overall),
            sections, questions, Ipa(sections));
    }

    private static QuestionResult Question(AnswerSheet.Slot slot, string sectionKey, long[] c, long answered, IReadOnlyList<double> scores)
    {
        var q = slot.Question;
        double? score = null, rate = null, mean = null, nps = null;
        long na = 0;
        KanoResult? kano = null;
        var distribution = new Dictionary<string, long>();
        switch (q.Type)
        {
            case QuestionType.Likert5:
                na = c[0];
                var rated = answered - na;
                if (rated > 0)
                {
                    score = Enumerable.Range(1, 5).Sum(v => c[v] * scores[v - 1]) / rated;
                    rate = 100.0 * (c[4] + c[5]) / rated;
                }
                for (var v = 1; v <= 5; v++) distribution[v.ToString()] = c[v];
                answered = rated;
                break;
            case QuestionType.Rating:
                if (answered > 0)
                {
                    mean = (double)Enumerable.Range(1, 5).Sum(v => c[v] * v) / answered;
                    rate = 100.0 * (c[4] + c[5]) / answered;
                }
                for (var v = 1; v <= 5; v++) distribution[v.ToString()] = c[v];
                break;
            case QuestionType.Nps:
                nps = Nps(c);
                if (answered > 0) mean = (double)Enumerable.Range(0, 11).Sum(v => c[v] * v) / answered;
                for (var v = 0; v <= 10; v++) distribution[v.ToString()] = c[v];
                break;
            case QuestionType.SingleChoice or QuestionType.MultipleChoice:
                for (var v = 0; v < c.Length; v++) distribution[q.Options![v].Key] = c[v];
                break;
            case QuestionType.KanoPair:
                var counts = Enum.GetValues<KanoCategory>().ToDictionary(k => k, _ => 0L);
                for (var v = 0; v < 25; v++) counts[Kano(v / 5 + 1, v % 5 + 1)] += c[v];
                for (var v = 0; v < 25; v++) distribution[$"{v / 5 + 1}-{v % 5 + 1}"] = c[v];
                if (answered > 0) kano = KanoOf(counts);
                break;
        }
        return new QuestionResult(q.Id, sectionKey, q.Text, q.TextEn, q.Type, q.Role, answered, na, score, rate, mean, nps, distribution, kano);
    }

    /// <summary>The most frequent category (ties go to the one that matters more for a decision: M, O, A, I, R, Q) and Better/Worse.</summary>
    public static KanoResult KanoOf(IReadOnlyDictionary<KanoCategory, long> counts)
    {
        KanoCategory[] priority = [KanoCategory.M, KanoCategory.O, KanoCategory.A, KanoCategory.I, KanoCategory.R, KanoCategory.Q];
        var category = priority.OrderByDescending(k => counts.GetValueOrDefault(k)).First();
        long a = counts.GetValueOrDefault(KanoCategory.A), o = counts.GetValueOrDefault(KanoCategory.O),
            m = counts.GetValueOrDefault(KanoCategory.M), i = counts.GetValueOrDefault(KanoCategory.I);
        var n = a + o + m + i;
        return new KanoResult(category, counts, n == 0 ? null : (double)(a + o) / n, n == 0 ? null : -(double)(o + m) / n);
    }

    /// <summary>Importance × performance, split at the means of the sections that have both.</summary>
    public static IReadOnlyList<IpaPoint> Ipa(IReadOnlyList<SectionResult> sections)
    {
        var both = sections.Where(s => s.Importance is not null && s.Score is not null).ToList();
        if (both.Count == 0) return [];
        var meanImportance = both.Average(s => s.Importance!.Value);
        var meanPerformance = both.Average(s => s.Score!.Value);
        return both.Select(s =>
        {
            bool important = s.Importance >= meanImportance, good = s.Score >= meanPerformance;
            var quadrant = (important, good) switch
            {
                (true, true) => IpaQuadrant.Keep,
                (true, false) => IpaQuadrant.Improve,
                (false, false) => IpaQuadrant.LowPriority,
                _ => IpaQuadrant.Overkill,
            };
            return new IpaPoint(s.Key, s.Title, s.Importance!.Value, s.Score!.Value, quadrant);
        }).ToList();
    }
}
