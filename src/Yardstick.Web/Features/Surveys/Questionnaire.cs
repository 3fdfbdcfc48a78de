using System.Text.Json;
using System.Text.Json.Serialization;

namespace Yardstick.Web.Features.Surveys;

public enum QuestionType { Likert5, SingleChoice, MultipleChoice, Nps, Rating, Text, KanoPair }

/// <summary>What a question stands for in the measures, beyond its section.</summary>
public enum QuestionRole
{
    /// <summary>An ordinary question of its section.</summary>
    None,
    /// <summary>服务总体满意度: reported on its own, outside the index.</summary>
    Overall,
    /// <summary>How important the section is to the owner (Likert 1–5), for the IPA view.</summary>
    Importance,
}

public sealed record SurveyOption(string Key, string Text, string? TextEn = null);

public sealed record SurveyQuestion(
    string Id, QuestionType Type, string Text, string? TextEn = null, bool Required = false,
    bool AllowNotApplicable = false, IReadOnlyList<SurveyOption>? Options = null,
    /// <summary>KanoPair: the dysfunctional question ("如果没有……，您觉得？"); <see cref="Text"/> is the functional one.</summary>
    string? Dysfunctional = null, string? DysfunctionalEn = null,
    QuestionRole Role = QuestionRole.None);

public sealed record SurveySection(
    string Key, string Title, string? TitleEn, double Weight,
    /// <summary>Counts in the satisfaction index (服务 sections); the overall question and the open questions do not.</summary>
    bool InIndex,
    IReadOnlyList<SurveyQuestion> Questions);

/// <summary>
/// A questionnaire version: sections of questions, the intro and privacy note, and the Likert score map. Stored as one
/// JSON document on the template row, so a frozen version is frozen as a whole.
/// </summary>
public sealed record Questionnaire(
    string Intro, string? IntroEn, string Privacy, string? PrivacyEn, IReadOnlyList<SurveySection> Sections,
    /// <summary>Score of Likert answers 1..5 (index 0 is answer 1). Seed 003 has no numbers; the issue gives 20..100.</summary>
    IReadOnlyList<double>? LikertScores = null)
{
    public static readonly IReadOnlyList<double> DefaultLikertScores = [20, 40, 60, 80, 100];
    public const int MaxChoiceOptions = 32;

    public IReadOnlyList<double> Scores => LikertScores ?? DefaultLikertScores;
    public IEnumerable<SurveyQuestion> Questions => Sections.SelectMany(s => s.Questions);

    public static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        Converters = { new JsonStringEnumConverter() },
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public string ToJson() => JsonSerializer.Serialize(this, Json);
    public static Questionnaire FromJson(string json) => JsonSerializer.Deserialize<Questionnaire>(json, Json)!;

    /// <summary>Structural problems as (field, message-key, args); empty when the questionnaire can be used.</summary>
    public IEnumerable<(string Field, string Key, object[] Args)> Problems()
    {
        if (Sections.Count == 0) yield return ("sections", "Survey.Err.NoSections", []);
        if (Scores.Count != 5 || Scores.Any(s => s < 0 || s > 100)) yield return ("likertScores", "Survey.Err.LikertScores", []);
        var ids = new HashSet<string>(StringComparer.Ordinal);
        var sectionKeys = new HashSet<string>(StringComparer.Ordinal);
        foreach (var s in Sections)
        {
            if (string.IsNullOrWhiteSpace(s.Key) || !sectionKeys.Add(s.Key)) yield return ("sections", "Survey.Err.SectionKey", [s.Title]);
            if (string.IsNullOrWhiteSpace(s.Title)) yield return ("sections", "Survey.Err.SectionTitle", [s.Key]);
            if (s.Weight < 0 || double.IsNaN(s.Weight)) yield return ("sections", "Survey.Err.Weight", [s.Title]);
            if (s.Questions.Count == 0) yield return ("sections", "Survey.Err.EmptySection", [s.Title]);
            foreach (var q in s.Questions)
            {
                if (string.IsNullOrWhiteSpace(q.Id) || q.Id.Length > 40 || !ids.Add(q.Id)) yield return ("questions", "Survey.Err.QuestionId", [q.Text]);
                if (string.IsNullOrWhiteSpace(q.Text)) yield return ("questions", "Survey.Err.QuestionText", [q.Id]);
                var options = q.Options?.Count ?? 0;
                if (q.Type is QuestionType.SingleChoice or QuestionType.MultipleChoice)
                {
                    if (options < 2 || options > MaxChoiceOptions) yield return ("questions", "Survey.Err.Options", [q.Text, MaxChoiceOptions]);
                    else if (q.Options!.Select(o => o.Key).Distinct().Count() != options || q.Options!.Any(o => string.IsNullOrWhiteSpace(o.Key)))
                        yield return ("questions", "Survey.Err.OptionKeys", [q.Text]);
                }
                if (q.Type == QuestionType.KanoPair && string.IsNullOrWhiteSpace(q.Dysfunctional)) yield return ("questions", "Survey.Err.Kano", [q.Text]);
                if (q.Role == QuestionRole.Importance && q.Type != QuestionType.Likert5) yield return ("questions", "Survey.Err.Importance", [q.Text]);
            }
        }
    }
}

/// <summary>The five standard Kano answers, 1..5, for both questions of a pair.</summary>
public static class KanoAnswers
{
    public static readonly string[] Keys = ["like", "mustBe", "neutral", "liveWith", "dislike"];
}

/// <summary>The Likert answer labels; 0 is 不适用/未接触.</summary>
public static class LikertAnswers
{
    public static readonly string[] Keys = ["na", "veryDissatisfied", "dissatisfied", "neutral", "satisfied", "verySatisfied"];
}
