using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Yardstick.Insight;
using Yardstick.Web.Features.Organization;
using Yardstick.Web.Features.ServiceDesk;
using Yardstick.Web.Platform.Data;
using Yardstick.Web.Platform.Identity;
using Yardstick.Web.Platform.Web;

namespace Yardstick.Web.Features.Insight;

/// <summary>
/// A word the quality department added to the red and yellow rubric (预警词), company-wide: every text read from then on
/// is raised to at least its level when it contains the word (<see cref="CompanyAlertWords"/>).
/// </summary>
public sealed class InsightAlertWord : IAudited
{
    public int Id { get; set; }
    public string Phrase { get; set; } = "";
    public string Level { get; set; } = "";
    public string? Note { get; set; }
    public int CreatedById { get; set; }
    public DateTime CreatedAt { get; set; }

    public static void Configure(ModelBuilder b) => b.Entity<InsightAlertWord>(e =>
    {
        e.ToTable("InsightAlertWords");
        e.Property(x => x.Phrase).HasMaxLength(CompanyAlertWords.MaxLength);
        e.Property(x => x.Level).HasMaxLength(10);
        e.Property(x => x.Note).HasMaxLength(AlertWordService.MaxNote);
        e.HasIndex(x => x.Phrase).IsUnique();
    });
}

public sealed record AlertWordInput(string? Phrase, string? Level, string? Note);

/// <summary>A word's level and note change in place; its phrase does not (a new phrase is a new word, with its own reach).</summary>
public sealed record AlertWordChange(string? Level, string? Note);

public sealed record AlertWordDto(int Id, string Phrase, string Level, string? Note, string CreatedBy, DateTime CreatedAt);

/// <summary>What a new word would have done to the texts already stored in the caller's projects over the last days.</summary>
public sealed record AlertWordReach(int Days, int TextsRead, int Containing, int Raised);

public sealed record AlertWordAdded(AlertWordDto Word, AlertWordReach Reach);

/// <summary>How many stored texts of the last days, in the caller's projects, a word raised when it was applied to them.</summary>
public sealed record AlertWordApplied(int Days, int Raised);

public sealed class AlertWordService(AppDbContext db, InsightModelHolder holder, ICurrentUser me, TimeProvider clock, IStringLocalizer l)
{
    public const int MaxNote = 200, MaxWords = 500, ReachDays = 30, ReachTexts = 20_000;

    public async Task<List<AlertWordDto>> ListAsync(CancellationToken ct)
    {
        var words = await db.InsightAlertWords.AsNoTracking().OrderBy(w => w.Level == InsightLabels.Red ? 0 : 1).ThenBy(w => w.Phrase).ToListAsync(ct);
        var userIds = words.Select(w => w.CreatedById).Distinct().ToList();
        var names = await db.Users.Where(u => userIds.Contains(u.Id)).ToDictionaryAsync(u => u.Id, u => u.DisplayName, ct);
        return words.Select(w => Dto(w, names.GetValueOrDefault(w.CreatedById, ""))).ToList();
    }

    public async Task<(AlertWordAdded? Added, DeskResult Result)> AddAsync(AlertWordInput input, CancellationToken ct)
    {
        var phrase = input.Phrase?.Trim() ?? "";
        var (level, errors) = CheckLevelAndNote(input.Level, input.Note);
        switch (CompanyAlertWords.CheckPhrase(phrase))
        {
            case CompanyAlertWords.Problem.Empty: errors.Required("phrase", null, "Insight.Words.Phrase"); break;
            case CompanyAlertWords.Problem.TooLong: errors.Add("phrase", "Insight.Words.Err.TooLong", CompanyAlertWords.MaxLength); break;
            case CompanyAlertWords.Problem.TooShort: errors.Add("phrase", "Insight.Words.Err.TooShort"); break;
            case CompanyAlertWords.Problem.TooManyParts: errors.Add("phrase", "Insight.Words.Err.TooManyParts", CompanyAlertWords.MaxParts); break;
        }
        if (errors.Any) return (null, Invalid(errors));
        var parts = string.Join("*", CompanyAlertWords.Parts(phrase));
        var existing = await db.InsightAlertWords.AsNoTracking().Select(w => w.Phrase).ToListAsync(ct);
        // "年檢*過期" and "年检 * 过期" are the same word once read.
        if (existing.Any(p => string.Join("*", CompanyAlertWords.Parts(p)) == parts))
            return (null, Invalid(errors.Add("phrase", "Insight.Words.Err.Exists", phrase)));
        if (existing.Count >= MaxWords) return (null, new DeskResult(DeskOutcome.Conflict, l["Insight.Words.Err.TooMany", MaxWords]));

        var word = new InsightAlertWord
        {
            Phrase = phrase, Level = level!, Note = NoteOf(input.Note), CreatedById = me.UserId ?? 0, CreatedAt = clock.GetUtcNow().UtcDateTime,
        };
        db.InsightAlertWords.Add(word);
        await SaveAndServeAsync(ct);
        return (new AlertWordAdded(await DtoAsync(word, ct), await ReachAsync(word, ct)), DeskResult.Ok);
    }

    public async Task<(AlertWordDto? Word, DeskResult Result)> UpdateAsync(int id, AlertWordChange input, CancellationToken ct)
    {
        var word = await db.InsightAlertWords.FirstOrDefaultAsync(w => w.Id == id, ct);
        if (word is null) return (null, DeskResult.NotFound);
        var (level, errors) = CheckLevelAndNote(input.Level, input.Note);
        if (errors.Any) return (null, Invalid(errors));
        word.Level = level!;
        word.Note = NoteOf(input.Note);
        await SaveAndServeAsync(ct);
        return (await DtoAsync(word, ct), DeskResult.Ok);
    }

    public async Task<DeskResult> DeleteAsync(int id, CancellationToken ct)
    {
        var word = await db.InsightAlertWords.FirstOrDefaultAsync(w => w.Id == id, ct);
        if (word is null) return DeskResult.NotFound;
        db.InsightAlertWords.Remove(word);
        await SaveAndServeAsync(ct);
        return DeskResult.Ok;
    }

    /// <summary>
    /// Raises the last <see cref="ReachDays"/> days' stored texts in the caller's projects that the word would have raised,
    /// as the quality department asks after adding it, so the board and the open orders show them: the level goes up
    /// to the word's, the word joins the reasons, nothing else of what was read changes and nobody is notified (the texts
    /// are not new). Applying again raises nothing more. Recorded in the audit log with the count.
    /// </summary>
    public async Task<(AlertWordApplied? Applied, DeskResult Result)> ApplyAsync(int id, CancellationToken ct)
    {
        var word = await db.InsightAlertWords.AsNoTracking().FirstOrDefaultAsync(w => w.Id == id, ct);
        if (word is null) return (null, DeskResult.NotFound);
        var since = clock.GetUtcNow().UtcDateTime.AddDays(-ReachDays);
        var below = await db.TextInsights.Where(t => t.CreatedAt >= since && t.Polarity != InsightLabels.Positive && t.Alert != InsightLabels.Red
                                                     && (word.Level == InsightLabels.Red || t.Alert != InsightLabels.Yellow))
            .OrderByDescending(t => t.CreatedAt).Take(ReachTexts).ToListAsync(ct);
        var one = new CompanyAlertWords([new AlertWord(word.Phrase, word.Level)]);
        var raised = 0;
        foreach (var t in below)
        {
            var match = one.Matches(TextNormalizer.Normalize(t.Text)).Select(m => m.Matched).FirstOrDefault();
            if (match is null) continue;
            t.Alert = word.Level;
            var reason = $"company:{match}";
            t.Reasons = t.Reasons.Length == 0 ? reason : InsightService.Truncate($"{t.Reasons}; {reason}", 500);
            raised++;
        }
        db.Audit(nameof(InsightAlertWord), word.Id.ToString(), "Apply", new { phrase = word.Phrase, days = ReachDays, raised }, clock.GetUtcNow().UtcDateTime);
        await db.SaveChangesAsync(ct);
        return (new AlertWordApplied(ReachDays, raised), DeskResult.Ok);
    }

    /// <summary>The level as stored (lower case) and the errors of the two fields every change of a word carries.</summary>
    private (string? Level, FieldErrors Errors) CheckLevelAndNote(string? level, string? note)
    {
        var errors = new FieldErrors(l);
        var key = level?.Trim().ToLowerInvariant();
        if (!CompanyAlertWords.IsLevel(key)) errors.Add("level", "Insight.Words.Err.Level");
        errors.MaxLength("note", note, MaxNote, "Insight.Words.Note");
        return (key, errors);
    }

    private static string? NoteOf(string? note) => string.IsNullOrWhiteSpace(note) ? null : note.Trim();

    /// <summary>Saves the change and serves it on this instance at once (the others follow within the model check).</summary>
    private async Task SaveAndServeAsync(CancellationToken ct)
    {
        await db.SaveChangesAsync(ct);
        await holder.RefreshAsync(db, ct);
    }

    private async Task<AlertWordDto> DtoAsync(InsightAlertWord w, CancellationToken ct) =>
        Dto(w, await db.Users.Where(u => u.Id == w.CreatedById).Select(u => u.DisplayName).FirstOrDefaultAsync(ct) ?? "");

    /// <summary>
    /// How many of the last <see cref="ReachDays"/> days' stored texts in the caller's projects (the newest
    /// <see cref="ReachTexts"/>) contain the word, and how many of those it would have raised. Stored texts are not read
    /// again: the word applies to texts that arrive from now on.
    /// </summary>
    private async Task<AlertWordReach> ReachAsync(InsightAlertWord word, CancellationToken ct)
    {
        var since = clock.GetUtcNow().UtcDateTime.AddDays(-ReachDays);
        var texts = await db.TextInsights.AsNoTracking().Where(t => t.CreatedAt >= since).OrderByDescending(t => t.CreatedAt)
            .Take(ReachTexts).Select(t => new { t.Text, t.Alert, t.Polarity }).ToListAsync(ct);
        var one = new CompanyAlertWords([new AlertWord(word.Phrase, word.Level)]);
        var containing = texts.Where(t => t.Polarity != InsightLabels.Positive && one.Matches(TextNormalizer.Normalize(t.Text)).Any()).ToList();
        var raised = containing.Count(t => t.Alert != InsightLabels.Red && (word.Level == InsightLabels.Red || t.Alert != InsightLabels.Yellow));
        return new AlertWordReach(ReachDays, texts.Count, containing.Count, raised);
    }

    private static AlertWordDto Dto(InsightAlertWord w, string createdBy) => new(w.Id, w.Phrase, w.Level, w.Note, createdBy, w.CreatedAt);

    private static DeskResult Invalid(FieldErrors errors) => new(DeskOutcome.Invalid, null, errors);
}
