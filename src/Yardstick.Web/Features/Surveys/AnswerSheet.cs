using System.Collections.Concurrent;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Yardstick.Web.Platform.Data;

namespace Yardstick.Web.Features.Surveys;

/// <summary>One answer as an API client sends it: Likert, NPS and ratings as numbers, choices as option keys, text as a string.</summary>
public sealed record AnswerInput(string? QuestionId, JsonElement Value);

/// <summary>
/// Where each question's answer lives in a response's compact answer vector: one byte per scored question (255 =
/// unanswered), a bitmask for multiple choice, nothing for text (kept by question id beside it). Results read the
/// vectors of 100,000 responses without parsing a JSON document per response (ADR 0008).
/// </summary>
public sealed class AnswerSheet
{
    public const byte Missing = 255;
    public const int MaxTextLength = 1000;

    public sealed record Slot(SurveyQuestion Question, int Section, int Offset, int Width);

    private readonly Dictionary<string, Slot> _byId = new(StringComparer.Ordinal);

    public Questionnaire Questionnaire { get; }
    public IReadOnlyList<Slot> Slots { get; }
    public int Length { get; }

    public AnswerSheet(Questionnaire questionnaire)
    {
        Questionnaire = questionnaire;
        var slots = new List<Slot>();
        var offset = 0;
        for (var s = 0; s < questionnaire.Sections.Count; s++)
            foreach (var q in questionnaire.Sections[s].Questions)
            {
                var width = q.Type switch
                {
                    QuestionType.Text => 0,
                    QuestionType.MultipleChoice => (q.Options!.Count + 7) / 8,
                    _ => 1,
                };
                var slot = new Slot(q, s, offset, width);
                slots.Add(slot);
                _byId[q.Id] = slot;
                offset += width;
            }
        Slots = slots;
        Length = offset;
    }

    public Slot? Find(string id) => _byId.GetValueOrDefault(id);

    private static readonly ConcurrentDictionary<string, AnswerSheet> ByDefinition = new();

    /// <summary>
    /// The sheet of a stored questionnaire, parsed once per distinct definition: template rows are never edited in place
    /// (a change is a new version), so an owner's submission does not parse the questionnaire again.
    /// </summary>
    public static AnswerSheet For(string definition) =>
        ByDefinition.GetOrAdd(definition, d => new AnswerSheet(Surveys.Questionnaire.FromJson(d)));

    public static async Task<AnswerSheet> ForTemplateAsync(AppDbContext db, int templateId, CancellationToken ct) =>
        For(await db.SurveyTemplates.Where(t => t.Id == templateId).Select(t => t.Definition).FirstAsync(ct));

    public byte[] Empty()
    {
        var v = new byte[Length];
        foreach (var s in Slots.Where(s => s.Width == 1)) v[s.Offset] = Missing;
        return v;
    }

    public sealed record Problem(string QuestionId, string Key, object[] Args);

    public sealed record Encoded(byte[] Vector, Dictionary<string, string> Texts, List<Problem> Problems)
    {
        public bool Ok => Problems.Count == 0;
    }

    /// <summary>
    /// Checks and packs the answers. <paramref name="complete"/> enforces required questions (a submission); a draft
    /// keeps whatever was answered so far. Unknown questions and values out of range are problems either way.
    /// </summary>
    public Encoded Encode(IEnumerable<AnswerInput>? answers, bool complete)
    {
        var vector = Empty();
        var texts = new Dictionary<string, string>(StringComparer.Ordinal);
        var problems = new List<Problem>();
        var answered = new HashSet<string>(StringComparer.Ordinal);
        foreach (var a in answers ?? [])
        {
            if (string.IsNullOrWhiteSpace(a.QuestionId) || Find(a.QuestionId) is not { } slot)
            {
                problems.Add(new Problem(a.QuestionId ?? "", "Survey.Err.UnknownQuestion", [a.QuestionId ?? ""]));
                continue;
            }
            if (!answered.Add(slot.Question.Id))
            {
                problems.Add(new Problem(slot.Question.Id, "Survey.Err.Duplicate", [slot.Question.Text]));
                continue;
            }
            if (a.Value.ValueKind is JsonValueKind.Null or JsonValueKind.Undefined)
            {
                answered.Remove(slot.Question.Id);
                continue;
            }
            var ok = Write(slot, a.Value, vector, texts);
            if (!ok) problems.Add(new Problem(slot.Question.Id, "Survey.Err.Value", [slot.Question.Text, Expected(slot.Question)]));
            else if (!IsAnswered(slot, vector, texts)) answered.Remove(slot.Question.Id);
        }
        if (complete)
            foreach (var slot in Slots.Where(s => s.Question.Required && !answered.Contains(s.Question.Id)))
                problems.Add(new Problem(slot.Question.Id, "Survey.Err.Required", [slot.Question.Text]));
        return new Encoded(vector, texts, problems);
    }

    private static bool Write(Slot slot, JsonElement value, byte[] vector, Dictionary<string, string> texts)
    {
        var q = slot.Question;
        switch (q.Type)
        {
            case QuestionType.Likert5:
                return Number(value, q.AllowNotApplicable ? 0 : 1, 5, out var likert) && Put(vector, slot, likert);
            case QuestionType.Nps:
                return Number(value, 0, 10, out var nps) && Put(vector, slot, nps);
            case QuestionType.Rating:
                return Number(value, 1, 5, out var stars) && Put(vector, slot, stars);
            case QuestionType.SingleChoice:
                if (value.ValueKind != JsonValueKind.String) return false;
                var index = IndexOf(q, value.GetString());
                return index >= 0 && Put(vector, slot, index);
            case QuestionType.MultipleChoice:
                if (value.ValueKind != JsonValueKind.Array) return false;
                foreach (var item in value.EnumerateArray())
                {
                    var i = item.ValueKind == JsonValueKind.String ? IndexOf(q, item.GetString()) : -1;
                    if (i < 0) return false;
                    vector[slot.Offset + i / 8] |= (byte)(1 << (i % 8));
                }
                return true;
            case QuestionType.KanoPair:
                int f, d;
                if (value.ValueKind == JsonValueKind.Array && value.GetArrayLength() == 2)
                {
                    if (!Number(value[0], 1, 5, out f) || !Number(value[1], 1, 5, out d)) return false;
                }
                else if (value.ValueKind == JsonValueKind.Object
                         && value.TryGetProperty("functional", out var fv) && value.TryGetProperty("dysfunctional", out var dv))
                {
                    if (!Number(fv, 1, 5, out f) || !Number(dv, 1, 5, out d)) return false;
                }
                else return false;
                return Put(vector, slot, (f - 1) * 5 + (d - 1));
            case QuestionType.Text:
                if (value.ValueKind != JsonValueKind.String) return false;
                var text = value.GetString()!.Trim();
                if (text.Length > MaxTextLength) return false;
                if (text.Length > 0) texts[q.Id] = text;
                return true;
            default:
                return false;
        }
    }

    private static bool Put(byte[] vector, Slot slot, int value)
    {
        vector[slot.Offset] = (byte)value;
        return true;
    }

    private static bool Number(JsonElement value, int min, int max, out int n)
    {
        n = 0;
        if (value.ValueKind == JsonValueKind.Number && value.TryGetInt32(out n)) return n >= min && n <= max;
        // Forms post numbers as strings.
        return value.ValueKind == JsonValueKind.String && int.TryParse(value.GetString(), out n) && n >= min && n <= max;
    }

    private static int IndexOf(SurveyQuestion q, string? key)
    {
        for (var i = 0; i < q.Options!.Count; i++)
            if (q.Options[i].Key == key) return i;
        return -1;
    }

    private static string Expected(SurveyQuestion q) => q.Type switch
    {
        QuestionType.Likert5 => q.AllowNotApplicable ? "0–5" : "1–5",
        QuestionType.Nps => "0–10",
        QuestionType.Rating => "1–5",
        QuestionType.SingleChoice or QuestionType.MultipleChoice => string.Join("/", q.Options!.Select(o => o.Key)),
        QuestionType.KanoPair => "[1–5, 1–5]",
        _ => "≤ " + MaxTextLength,
    };

    public static bool IsAnswered(Slot slot, byte[] vector, IReadOnlyDictionary<string, string> texts) => slot.Question.Type switch
    {
        QuestionType.Text => texts.ContainsKey(slot.Question.Id),
        QuestionType.MultipleChoice => vector.AsSpan(slot.Offset, slot.Width).IndexOfAnyExcept((byte)0) >= 0,
        _ => vector[slot.Offset] != Missing,
    };

    /// <summary>The answer of one question as the API shows it (the same shapes it accepts), or null.</summary>
    public static object? Value(Slot slot, byte[] vector, IReadOnlyDictionary<string, string> texts)
    {
        if (!IsAnswered(slot, vector, texts)) return null;
        var q = slot.Question;
        var b = vector.Length > slot.Offset ? vector[slot.Offset] : Missing;
        return q.Type switch
        {
            QuestionType.Text => texts[q.Id],
            QuestionType.SingleChoice => q.Options![b].Key,
            QuestionType.MultipleChoice => Selected(slot, vector).Select(i => q.Options![i].Key).ToArray(),
            QuestionType.KanoPair => new[] { b / 5 + 1, b % 5 + 1 },
            _ => (int)b,
        };
    }

    public static IEnumerable<int> Selected(Slot slot, byte[] vector)
    {
        for (var i = 0; i < slot.Question.Options!.Count; i++)
            if ((vector[slot.Offset + i / 8] & (1 << (i % 8))) != 0) yield return i;
    }

    public Dictionary<string, object> Values(byte[] vector, IReadOnlyDictionary<string, string> texts)
    {
        var result = new Dictionary<string, object>(StringComparer.Ordinal);
        foreach (var slot in Slots)
            if (Value(slot, vector, texts) is { } v) result[slot.Question.Id] = v;
        return result;
    }

    /// <summary>The Likert answers 1..5 of the service sections, for low-score and straight-lining checks.</summary>
    public IEnumerable<(Slot Slot, int Answer)> LikertAnswers(byte[] vector) =>
        from s in Slots
        where s.Question.Type == QuestionType.Likert5 && s.Question.Role != QuestionRole.Importance
        let v = vector[s.Offset]
        where v is >= 1 and <= 5
        select (s, (int)v);
}
