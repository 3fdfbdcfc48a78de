namespace Yardstick.Web.Features.Surveys;

public enum SamplingMode { All, Ratio, Size }

[Flags]
public enum ResponseFlags
{
    None = 0,
    /// <summary>Submitted less than <see cref="SurveyRules.TooFastSeconds"/> after the questionnaire was opened.</summary>
    TooFast = 1,
    /// <summary>Every Likert answer the same (straight-lining).</summary>
    StraightLined = 2,
    /// <summary>One of many responses from the same device or network address.</summary>
    SameSource = 4,
}

/// <summary>The planning and quality-control rules of seed 003's survey plan (调查策划书), unit-tested with its numbers.</summary>
public static class SurveyRules
{
    public const int TooFastSeconds = 30;
    /// <summary>Straight-lining needs this many Likert answers before identical answers mean anything.</summary>
    public const int StraightLineMinAnswers = 5;
    /// <summary>More responses than this from one device or address flag them all.</summary>
    public const int SameSourceLimit = 3;
    /// <summary>Seed 003: 品质部每一小区抽查5%.</summary>
    public const double AuditShare = 0.05;

    public sealed record Household(int UnitId, int BuildingId);

    /// <summary>
    /// A sample of households, stratified by building with proportional allocation (largest remainder), drawn with a
    /// stored seed so the same plan gives the same households. Buildings and units are ordered by id first, so the
    /// order the database returns them in does not matter.
    /// </summary>
    public static IReadOnlyList<Household> Sample(IEnumerable<Household> eligible, SamplingMode mode, double? ratio, int? size, int seed)
    {
        var strata = eligible.GroupBy(h => h.BuildingId).OrderBy(g => g.Key).Select(g => g.OrderBy(h => h.UnitId).ToList()).ToList();
        var total = strata.Sum(s => s.Count);
        var wanted = SampleSize(total, mode, ratio, size);
        if (wanted >= total) return strata.SelectMany(s => s).ToList();

        var quotas = strata.Select(s => (double)wanted * s.Count / total).ToArray();
        var allocated = quotas.Select(q => (int)Math.Floor(q)).ToArray();
        var left = wanted - allocated.Sum();
        foreach (var i in Enumerable.Range(0, strata.Count).OrderByDescending(i => quotas[i] - allocated[i]).ThenBy(i => i).Take(left))
            allocated[i]++;

        var random = new Random(seed);
        var sample = new List<Household>(wanted);
        for (var i = 0; i < strata.Count; i++)
        {
            var units = strata[i].ToArray();
            // A partial Fisher–Yates shuffle: the first n of a random permutation.
            for (var k = 0; k < allocated[i]; k++)
            {
                var j = random.Next(k, units.Length);
                (units[k], units[j]) = (units[j], units[k]);
            }
            sample.AddRange(units.Take(allocated[i]).OrderBy(h => h.UnitId));
        }
        return sample;
    }

    public static int SampleSize(int eligible, SamplingMode mode, double? ratio, int? size) => mode switch
    {
        SamplingMode.Ratio => Math.Min(eligible, (int)Math.Ceiling(eligible * Math.Clamp(ratio ?? 1, 0, 1) - 1e-9)),
        SamplingMode.Size => Math.Min(eligible, Math.Max(0, size ?? eligible)),
        _ => eligible,
    };

    /// <summary>Seed 003: 5 % of a project's staff-collected forms are re-verified, at least one.</summary>
    public static int AuditSampleSize(int staffCollected) => staffCollected == 0 ? 0 : Math.Max(1, (int)Math.Ceiling(staffCollected * AuditShare - 1e-9));

    /// <summary>
    /// Seed 003: 回收情况记入考核，每少一份扣0.5分; 每发现一份作弊的调查表扣该调查人10分. Forms short are counted against
    /// the recovery target over the households assigned to the surveyor.
    /// </summary>
    public static double SurveyorScore(int assigned, int valid, int fraudulent, double recoveryTargetPercent)
    {
        var required = (int)Math.Ceiling(assigned * recoveryTargetPercent / 100 - 1e-9);
        var shortBy = Math.Max(0, required - valid);
        return 100 - 0.5 * shortBy - 10 * fraudulent;
    }

    public static ResponseFlags FlagsOf(AnswerSheet sheet, byte[] vector, TimeSpan? timeTaken)
    {
        var flags = ResponseFlags.None;
        if (timeTaken is { } t && t.TotalSeconds < TooFastSeconds) flags |= ResponseFlags.TooFast;
        var likert = sheet.LikertAnswers(vector).Select(a => a.Answer).ToList();
        if (likert.Count >= StraightLineMinAnswers && likert.Distinct().Count() == 1) flags |= ResponseFlags.StraightLined;
        return flags;
    }

    /// <summary>
    /// Issue 4 rule 12: any answer 不满意 or 很不满意, or the overall rating 一般 or lower, needs a follow-up. Returns the
    /// questions that made it so (empty when none).
    /// </summary>
    public static IReadOnlyList<(SurveyQuestion Question, int Answer)> LowScores(AnswerSheet sheet, byte[] vector) =>
        sheet.LikertAnswers(vector)
            .Where(a => a.Answer <= 2 || (a.Slot.Question.Role == QuestionRole.Overall && a.Answer <= 3))
            .Select(a => (a.Slot.Question, a.Answer)).ToList();

    public static double Rate(long part, long whole) => whole == 0 ? 0 : 100.0 * part / whole;
}
