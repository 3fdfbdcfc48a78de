using System.Reflection;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Yardstick.Insight;
using Yardstick.Web.Features.ServiceDesk;
using Yardstick.Web.Features.Surveys;
using Yardstick.Web.Platform.Data;
using Yardstick.Web.Platform.Identity;
using Yardstick.Web.Platform.Localization;
using Yardstick.Web.Platform.Notifications;
using Yardstick.Web.Platform.Web;

namespace Yardstick.Web.Features.Insight;

/// <summary>
/// A text model the company trained from its own data (or a file made with the command line), kept with what it was
/// measured at. At most one version per task is active; none means the model shipped in the assembly serves.
/// </summary>
public sealed class InsightModelVersion
{
    public int Id { get; set; }
    public string Task { get; set; } = "";
    public string Version { get; set; } = "";
    public byte[] Data { get; set; } = [];
    /// <summary>Upload, Corrections, SurveyScores or ModelFile, with the file name where there was one.</summary>
    public string Source { get; set; } = "";
    public string? FileName { get; set; }
    public int CompanyRows { get; set; }
    public int CorpusRows { get; set; }
    public string LabelCounts { get; set; } = "";
    public int HeldOutRows { get; set; }
    /// <summary>Accuracy on the company's held-out rows: of the model serving when this one was trained, and of this one.</summary>
    public double? HeldOutBefore { get; set; }
    public double? HeldOutAfter { get; set; }
    /// <summary>Accuracy on the project corpus's test split, before and after: a company model must not forget the general case.</summary>
    public double CorpusBefore { get; set; }
    public double CorpusAfter { get; set; }
    /// <summary>
    /// The corpus test split's reds, how many of them the analyzer serving at the time of measuring called red, and how
    /// many it calls red with this model in its place. A red the shipped analyzer catches and a candidate misses is a
    /// major complaint that would go unflagged (seed 004 asks 100 %), so switching to such a version needs a confirmation.
    /// </summary>
    public int RedRows { get; set; }
    public int RedCaughtBefore { get; set; }
    public int RedCaughtAfter { get; set; }
    /// <summary>Reds the serving analyzer catches and this model misses: their count, and the first few, one per line.</summary>
    public int RedLostCount { get; set; }
    public string? RedLost { get; set; }
    public double TrainSeconds { get; set; }
    public DateTime CreatedAt { get; set; }
    public int CreatedById { get; set; }
    public bool IsActive { get; set; }
    public DateTime? ActivatedAt { get; set; }
    public DateTime? DeactivatedAt { get; set; }
    /// <summary>The version that served before this one was switched on (null: the shipped model): where rollback returns.</summary>
    public int? PreviousId { get; set; }
    /// <summary>A trained model is Queued, then Training, then Ready (or Failed); an uploaded file is Ready at once.</summary>
    public ModelStatus Status { get; set; } = ModelStatus.Ready;
    /// <summary>The share of the training done, 0 to 1.</summary>
    public double Progress { get; set; }
    public string? Error { get; set; }
    /// <summary>When the instance training it last said it was alive: a queued or training version that stops hearing from it was interrupted.</summary>
    public DateTime? HeartbeatAt { get; set; }

    public bool IsReady => Status == ModelStatus.Ready;

    public static void Configure(ModelBuilder b) => b.Entity<InsightModelVersion>(e =>
    {
        e.ToTable("InsightModels");
        e.Property(x => x.Task).HasMaxLength(20);
        e.Property(x => x.Version).HasMaxLength(40);
        e.Property(x => x.Source).HasMaxLength(30);
        e.Property(x => x.FileName).HasMaxLength(200);
        e.Property(x => x.LabelCounts).HasMaxLength(400);
        e.Property(x => x.Status).HasConversion<string>().HasMaxLength(12);
        e.Property(x => x.Error).HasMaxLength(400);
        e.Property(x => x.RedLost).HasMaxLength(1000);
        e.HasIndex(x => new { x.Task, x.IsActive });
    });
}

public enum ModelStatus { Queued, Training, Ready, Failed }

/// <summary>
/// The analyzer every request uses: the shipped models with the company's active versions in their place, and the
/// company's alert words. Switching is a reference swap, so an analysis in flight finishes with what it started with.
/// </summary>
public sealed class InsightModelHolder
{
    private readonly SemaphoreSlim _gate = new(1, 1);
    private volatile TextAnalyzer _current = TextAnalyzer.Default;
    private string _active = "", _words = "";

    public TextAnalyzer Current => _current;

    /// <summary>
    /// Loads the active versions and the alert words when they differ from those loaded: cheap when nothing changed (two
    /// small queries).
    /// </summary>
    public async Task RefreshAsync(AppDbContext db, CancellationToken ct = default)
    {
        await _gate.WaitAsync(ct);
        try
        {
            var ids = await db.InsightModels.AsNoTracking().Where(m => m.IsActive).OrderBy(m => m.Id).Select(m => m.Id).ToListAsync(ct);
            var words = await db.InsightAlertWords.AsNoTracking().OrderBy(w => w.Id).Select(w => new { w.Phrase, w.Level }).ToListAsync(ct);
            var stamp = string.Join(",", ids);
            var wordStamp = string.Join("\n", words.Select(w => w.Level + ":" + w.Phrase));
            if (stamp == _active && wordStamp == _words) return;
            var analyzer = _current;
            if (stamp != _active)
            {
                analyzer = TextAnalyzer.Default;
                foreach (var m in await db.InsightModels.AsNoTracking().Where(m => ids.Contains(m.Id)).ToListAsync(ct))
                    if (InsightLabels.TryParseTask(m.Task, out var task))
                        analyzer = analyzer.With(task, LinearModel.Load(new MemoryStream(m.Data)));
            }
            _current = analyzer.With(new CompanyAlertWords(words.Select(w => new AlertWord(w.Phrase, w.Level))));
            _active = stamp;
            _words = wordStamp;
        }
        finally { _gate.Release(); }
    }
}

/// <summary>Every instance checks for a switched model or changed alert words now and then, so all of them serve the same within a minute.</summary>
public sealed class InsightModelWatcher(IServiceScopeFactory scopes, InsightModelHolder holder, IConfiguration config, ILogger<InsightModelWatcher> log)
    : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(TimeSpan.FromSeconds(config.GetValue("Insight:ModelCheckSeconds", 60)));
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            try
            {
                await using var scope = scopes.CreateAsyncScope();
                await holder.RefreshAsync(scope.ServiceProvider.GetRequiredService<AppDbContext>(), stoppingToken);
            }
            catch (Exception e) when (e is not OperationCanceledException) { log.LogWarning(e, "Checking for a switched text model failed"); }
        }
    }
}

public enum TrainingSource { Upload, Corrections, SurveyScores }

public sealed record TrainInput(InsightTask? Task, TrainingSource? Source, string? TextColumn, string? LabelColumn, string? Labels);

/// <summary>One version as the page and the API show it. Status is Queued, Training, Ready, Failed or Interrupted (its instance stopped).</summary>
public sealed record ModelVersionDto(int Id, string Task, string Version, string Source, string? FileName, int CompanyRows, int CorpusRows,
    string LabelCounts, int HeldOutRows, double? HeldOutBefore, double? HeldOutAfter, double CorpusBefore, double CorpusAfter,
    int RedRows, int RedCaughtBefore, int RedCaughtAfter, int RedLostCount, IReadOnlyList<string> RedLost, double TrainSeconds,
    DateTime CreatedAt, string CreatedBy, bool IsActive, DateTime? ActivatedAt, DateTime? DeactivatedAt, int? PreviousId,
    string Status, double Progress, string? Error)
{
    public bool InProgress => Status is nameof(ModelStatus.Queued) or nameof(ModelStatus.Training);
    public bool Deletable => Status is nameof(ModelStatus.Failed) or "Interrupted";
}

public sealed record TaskModels(string Task, string Serving, IReadOnlyList<ModelVersionDto> Versions);

/// <summary>
/// Retraining from a company's own data (issue 6, requirement 15): rows from an uploaded CSV, the categories agents chose
/// at intake, or survey comments labelled by the overall rating; trained together with the project corpus, measured on a
/// held-out fifth of the company rows and on the corpus test split against the model now serving, kept as a version;
/// an Admin switches to it and can roll back to the one before.
/// </summary>
public sealed class InsightModelService(AppDbContext db, InsightModelHolder holder, InsightTrainer trainer, NotificationService notes, ICurrentUser me,
    TimeProvider clock, IStringLocalizer l)
{
    /// <summary>Company rows count this many times against the corpus, so that a few hundred corrections make a difference.</summary>
    public const int CompanyWeight = 3;
    public const int MinimumRows = 10;
    public const int MaximumRows = 50_000;
    public const long MaximumUploadBytes = 20 * 1024 * 1024;

    public FieldErrors Required(string field, string labelKey) => new FieldErrors(l).Add(field, "Err.Required", l[labelKey]);

    public FieldErrors TooLarge() => new FieldErrors(l).Add("file", "Insight.Models.Err.TooLarge", MaximumUploadBytes / 1024 / 1024);

    public async Task<IReadOnlyList<TaskModels>> ListAsync(CancellationToken ct)
    {
        var versions = await VersionsAsync(db.InsightModels, ct);
        var shipped = TextAnalyzer.Default;
        return Enum.GetValues<InsightTask>().Select(task =>
        {
            var of = versions.Where(v => v.Task == task.Key()).ToList();
            var serving = of.FirstOrDefault(v => v.IsActive)?.Version ?? ModelOf(shipped, task).Version;
            return new TaskModels(task.Key(), serving, of);
        }).ToList();
    }

    /// <summary>One version: what the page polls while it trains.</summary>
    public async Task<ModelVersionDto?> GetAsync(int id, CancellationToken ct) =>
        (await VersionsAsync(db.InsightModels.Where(m => m.Id == id), ct)).FirstOrDefault();

    private async Task<List<ModelVersionDto>> VersionsAsync(IQueryable<InsightModelVersion> query, CancellationToken ct)
    {
        var versions = await query.AsNoTracking().OrderByDescending(m => m.Id)
            .Select(m => new { m.Id, m.Task, m.Version, m.Source, m.FileName, m.CompanyRows, m.CorpusRows, m.LabelCounts, m.HeldOutRows, m.HeldOutBefore, m.HeldOutAfter,
                m.CorpusBefore, m.CorpusAfter, m.RedRows, m.RedCaughtBefore, m.RedCaughtAfter, m.RedLostCount, m.RedLost, m.TrainSeconds,
                m.CreatedAt, m.CreatedById, m.IsActive, m.ActivatedAt, m.DeactivatedAt, m.PreviousId, m.Status, m.Progress, m.Error, m.HeartbeatAt })
            .Take(300).ToListAsync(ct);
        var userIds = versions.Select(v => v.CreatedById).Distinct().ToList();
        var names = await db.Users.Where(u => userIds.Contains(u.Id)).ToDictionaryAsync(u => u.Id, u => u.DisplayName, ct);
        return versions.Select(v =>
        {
            var interrupted = IsInterrupted(v.Status, v.HeartbeatAt, v.CreatedAt);
            return new ModelVersionDto(v.Id, v.Task, v.Version, v.Source, v.FileName, v.CompanyRows, v.CorpusRows, v.LabelCounts, v.HeldOutRows,
                v.HeldOutBefore, v.HeldOutAfter, v.CorpusBefore, v.CorpusAfter, v.RedRows, v.RedCaughtBefore, v.RedCaughtAfter, v.RedLostCount,
                v.RedLost?.Split('\n') ?? [], v.TrainSeconds, v.CreatedAt, names.GetValueOrDefault(v.CreatedById, ""),
                v.IsActive, v.ActivatedAt, v.DeactivatedAt, v.PreviousId, interrupted ? "Interrupted" : v.Status.ToString(), v.Progress, v.Error);
        }).ToList();
    }

    /// <summary>
    /// Checks the rows and queues the training of a candidate (<see cref="InsightTrainer"/>); the version is kept at once,
    /// Queued, and becomes Ready when trained and measured. It serves nobody until an Admin switches to it.
    /// </summary>
    public async Task<(InsightModelVersion? Model, DeskResult Result)> TrainAsync(TrainInput input, Stream? upload, string? fileName, CancellationToken ct)
    {
        var (rows, errors) = await TrainingRowsAsync(input, upload, fileName, ct);
        if (rows is null) return (null, new DeskResult(DeskOutcome.Invalid, null, errors));
        if (trainer.Full) return (null, new DeskResult(DeskOutcome.Conflict, l["Insight.Models.Err.Busy", InsightTrainer.Capacity]));
        var task = input.Task!.Value;

        // A stable fifth of the company rows is held out (by the text, so the same data always splits the same way).
        var heldOut = rows.Where(r => HeldOut(r.Text)).ToList();
        var learn = rows.Where(r => !HeldOut(r.Text)).ToList();
        var corpus = PropertyCorpus.TrainingRows(task);
        var now = clock.GetUtcNow().UtcDateTime;
        var version = new InsightModelVersion
        {
            Task = task.Key(), Source = input.Source!.Value.ToString(), FileName = input.Source == TrainingSource.Upload ? Shorten(fileName) : null,
            CompanyRows = rows.Count, CorpusRows = corpus.Count, HeldOutRows = heldOut.Count,
            LabelCounts = string.Join(", ", rows.GroupBy(r => r.Label).OrderByDescending(g => g.Count()).Select(g => $"{g.Key} {g.Count()}")),
            CreatedAt = now, CreatedById = me.UserId ?? 0, Status = ModelStatus.Queued, HeartbeatAt = now,
        };
        db.InsightModels.Add(version);
        await db.SaveChangesAsync(ct);
        var training = corpus.Concat(Enumerable.Repeat(learn, CompanyWeight).SelectMany(x => x)).ToList();
        if (!trainer.TryEnqueue(new TrainingJob(version.Id, task, training, heldOut)))
        {
            // Another request took the last place between the check and now.
            db.InsightModels.Remove(version);
            await db.SaveChangesAsync(CancellationToken.None);
            return (null, new DeskResult(DeskOutcome.Conflict, l["Insight.Models.Err.Busy", InsightTrainer.Capacity]));
        }
        return (version, DeskResult.Ok);
    }

    /// <summary>The trainer's last step: the model measured against the one serving now, kept, and the Admin told.</summary>
    public async Task FinishTrainingAsync(TrainingJob job, LinearModel model, TimeSpan took, CancellationToken ct)
    {
        var version = await db.InsightModels.FirstAsync(m => m.Id == job.VersionId, ct);
        Measure(version, job.Task, model, job.HeldOut);
        version.TrainSeconds = Math.Round(took.TotalSeconds, 1);
        version.Status = ModelStatus.Ready;
        version.Progress = 1;
        version.HeartbeatAt = clock.GetUtcNow().UtcDateTime;
        await notes.AddAsync([version.CreatedById], null, LocalText.Of(() => l["Insight.Models.Notify.Trained", version.Id, l["Insight.Models.Task." + version.Task]]),
            LocalText.Of(() => l["Insight.Models.Trained", version.Id, Percent(version.CorpusBefore), Percent(version.CorpusAfter)]
                + (version.RedLostCount > 0 ? l["Insight.Models.TrainedLosesReds", version.RedLostCount, version.RedRows] : "")), "/admin/insight-models", ct);
        await db.SaveChangesAsync(ct);
    }

    /// <summary>Keeps the version as Failed. The admin reads a sentence in their language; the exception's own text, in
    /// English, follows it for whoever reads the server log.</summary>
    public async Task FailTrainingAsync(int id, Exception failure, CancellationToken ct)
    {
        var version = await db.InsightModels.FirstOrDefaultAsync(m => m.Id == id, ct);
        if (version is null) return;
        version.Status = ModelStatus.Failed;
        string error = l["Insight.Models.Err.TrainingFailed", $"{failure.GetType().Name}: {failure.Message}"];
        version.Error = error[..Math.Min(400, error.Length)];
        await notes.AddAsync([version.CreatedById], null, LocalText.Of(() => l["Insight.Models.Notify.Failed", version.Id, l["Insight.Models.Task." + version.Task]]), version.Error,
            "/admin/insight-models", ct);
        await db.SaveChangesAsync(ct);
    }

    public static string Percent(double? v) => v is double d ? (d * 100).ToString("0.0") + "%" : "—";

    private static string? Shorten(string? text, int length = 200) => text?[..Math.Min(length, text.Length)];

    /// <summary>The labelled rows of the chosen source, or why they cannot be trained on.</summary>
    private async Task<(List<(string Text, string Label)>? Rows, FieldErrors Errors)> TrainingRowsAsync(TrainInput input, Stream? upload, string? fileName,
        CancellationToken ct)
    {
        var errors = new FieldErrors(l);
        if (input.Task is not InsightTask task) return (null, errors.Add("task", "Err.Required", l["Insight.Models.Task"]));
        if (input.Source is not TrainingSource source) return (null, errors.Add("source", "Err.Required", l["Insight.Models.Source"]));
        List<(string Text, string Label)> rows;
        switch (source)
        {
            case TrainingSource.Upload:
                if (upload is null) return (null, errors.Add("file", "Err.Required", l["Field.File"]));
                errors.Required("textColumn", input.TextColumn, "Insight.Models.TextColumn").Required("labelColumn", input.LabelColumn, "Insight.Models.LabelColumn");
                if (errors.Any) return (null, errors);
                try
                {
                    using var reader = TextFiles.OpenReader(upload);
                    rows = LabelledCsv.Read(reader, fileName ?? "upload", input.TextColumn!.Trim(), input.LabelColumn!.Trim(), LabelledCsv.ParseLabelMap(input.Labels));
                }
                catch (LabelledDataException e)
                {
                    return (null, errors.Add("file", "Insight.Models.Err." + e.Kind, e.Value));
                }
                break;
            case TrainingSource.Corrections when task != InsightTask.Category:
            case TrainingSource.SurveyScores when task != InsightTask.Polarity:
                return (null, errors.Add("source", "Insight.Models.Err.SourceTask", l["Insight.Models.Source." + source], l["Insight.Models.Task." + task.Key()]));
            case TrainingSource.Corrections:
                rows = await CorrectionsAsync(ct);
                break;
            default:
                rows = await SurveyCommentsAsync(ct);
                break;
        }

        var allowed = InsightLabels.For(task);
        var unknown = rows.Select(r => r.Label).Where(x => !allowed.Contains(x)).Distinct().Take(5).ToList();
        if (unknown.Count > 0) return (null, errors.Add("labels", "Insight.Models.Err.UnknownLabels", string.Join("、", unknown), string.Join(", ", allowed)));
        if (rows.Count < MinimumRows) return (null, errors.Add("file", "Insight.Models.Err.TooFew", rows.Count, MinimumRows));
        if (rows.Count > MaximumRows) return (null, errors.Add("file", "Insight.Models.Err.TooMany", rows.Count, MaximumRows));
        return (rows, errors);
    }

    /// <summary>A model file trained with the command line (<c>train … --out my.ysm</c>): checked, measured and kept like a trained one.</summary>
    public async Task<(InsightModelVersion? Model, FieldErrors Errors)> UploadModelAsync(Stream file, string? fileName, CancellationToken ct)
    {
        var errors = new FieldErrors(l);
        LinearModel model;
        try { model = LinearModel.Load(file); }
        catch (Exception e) when (e is InvalidDataException or EndOfStreamException or IOException or ArgumentException)
        {
            return (null, errors.Add("file", "Insight.Models.Err.NotAModel"));
        }
        if (!InsightLabels.TryParseTask(model.Task, out var task)) return (null, errors.Add("file", "Insight.Models.Err.NotAModel"));
        try { holder.Current.With(task, model); }
        catch (ArgumentException) { return (null, errors.Add("file", "Insight.Models.Err.UnknownLabels", string.Join("、", model.Labels), string.Join(", ", InsightLabels.For(task)))); }
        var version = new InsightModelVersion
        {
            Task = task.Key(), Source = "ModelFile", FileName = Shorten(fileName), CreatedAt = clock.GetUtcNow().UtcDateTime, CreatedById = me.UserId ?? 0,
        };
        Measure(version, task, model, []);
        db.InsightModels.Add(version);
        await db.SaveChangesAsync(ct);
        return (version, errors);
    }

    /// <param name="acceptRedLoss">The Admin has seen that this version misses reds the serving analyzer catches, and switches anyway.</param>
    public async Task<DeskResult> ActivateAsync(int id, bool acceptRedLoss, CancellationToken ct)
    {
        var model = await db.InsightModels.FirstOrDefaultAsync(m => m.Id == id, ct);
        if (model is null) return DeskResult.NotFound;
        if (model.IsActive) return new DeskResult(DeskOutcome.Conflict, l["Insight.Models.Err.AlreadyActive"]);
        if (!model.IsReady) return new DeskResult(DeskOutcome.Conflict, l["Insight.Models.Err.NotReady"]);
        // Measured again against what serves now: another version may have been switched on since this one was trained.
        if (InsightLabels.TryParseTask(model.Task, out var task))
        {
            MeasureReds(model, task, LinearModel.Load(new MemoryStream(model.Data)));
            if (model.RedLostCount > 0 && !acceptRedLoss)
            {
                await db.SaveChangesAsync(ct);
                return new DeskResult(DeskOutcome.Conflict,
                    l["Insight.Models.Err.LosesReds", model.RedLostCount, model.RedRows, model.RedLost!.Split('\n')[0]]);
            }
        }
        var now = clock.GetUtcNow().UtcDateTime;
        var serving = await db.InsightModels.FirstOrDefaultAsync(m => m.Task == model.Task && m.IsActive, ct);
        if (serving is not null)
        {
            serving.IsActive = false;
            serving.DeactivatedAt = now;
        }
        model.IsActive = true;
        model.ActivatedAt = now;
        model.DeactivatedAt = null;
        model.PreviousId = serving?.Id;
        await db.SaveChangesAsync(ct);
        await holder.RefreshAsync(db, ct);
        return DeskResult.Ok;
    }

    /// <summary>A version that failed or was cut off holds no model: the Admin may clear it from the list.</summary>
    public async Task<DeskResult> DeleteAsync(int id, CancellationToken ct)
    {
        var model = await db.InsightModels.FirstOrDefaultAsync(m => m.Id == id, ct);
        if (model is null) return DeskResult.NotFound;
        if (model.Status != ModelStatus.Failed && !IsInterrupted(model.Status, model.HeartbeatAt, model.CreatedAt))
            return new DeskResult(DeskOutcome.Conflict, l["Insight.Models.Err.NotDeletable"]);
        db.InsightModels.Remove(model);
        await db.SaveChangesAsync(ct);
        return DeskResult.Ok;
    }

    /// <summary>Queued or training, and the instance holding the job has stopped saying it is alive.</summary>
    private bool IsInterrupted(ModelStatus status, DateTime? heartbeatAt, DateTime createdAt) =>
        status is ModelStatus.Queued or ModelStatus.Training && (heartbeatAt ?? createdAt) < clock.GetUtcNow().UtcDateTime - InsightTrainer.StaleAfter;

    /// <summary>Back to the version that served before the active one (or to the shipped model).</summary>
    public async Task<DeskResult> RollbackAsync(InsightTask task, CancellationToken ct)
    {
        var serving = await db.InsightModels.FirstOrDefaultAsync(m => m.Task == task.Key() && m.IsActive, ct);
        if (serving is null) return new DeskResult(DeskOutcome.Conflict, l["Insight.Models.Err.NothingToRollBack"]);
        var now = clock.GetUtcNow().UtcDateTime;
        serving.IsActive = false;
        serving.DeactivatedAt = now;
        if (serving.PreviousId is int previousId && await db.InsightModels.FirstOrDefaultAsync(m => m.Id == previousId, ct) is { } previous)
        {
            previous.IsActive = true;
            previous.ActivatedAt = now;
            previous.DeactivatedAt = null;
        }
        await db.SaveChangesAsync(ct);
        await holder.RefreshAsync(db, ct);
        return DeskResult.Ok;
    }

    public async Task<(byte[] Bytes, string Name)?> FileAsync(int id, CancellationToken ct) =>
        await db.InsightModels.AsNoTracking().Where(m => m.Id == id && m.Status == ModelStatus.Ready).Select(m => new { m.Data, m.Task, m.Version })
            .FirstOrDefaultAsync(ct) is { } m
            ? (m.Data, $"{m.Task}-{m.Version[..Math.Min(8, m.Version.Length)]}.ysm")
            : null;

    /// <summary>The model and its measurements against the model now serving, on the same rows.</summary>
    private void Measure(InsightModelVersion version, InsightTask task, LinearModel model, List<(string Text, string Label)> heldOut)
    {
        var before = holder.Current;
        var after = before.With(task, model);
        var test = PropertyCorpus.Rows("test", task);
        using var data = new MemoryStream();
        model.Save(data);
        version.Version = model.Version;
        version.Data = data.ToArray();
        version.HeldOutRows = heldOut.Count;
        version.HeldOutBefore = heldOut.Count > 0 ? Accuracy(before, task, heldOut) : null;
        version.HeldOutAfter = heldOut.Count > 0 ? Accuracy(after, task, heldOut) : null;
        version.CorpusBefore = Accuracy(before, task, test);
        version.CorpusAfter = Accuracy(after, task, test);
        MeasureReds(version, task, model);
    }

    /// <summary>
    /// The corpus test split's reds read by the serving analyzer and by it with this model in its place. Every task counts:
    /// the alert model calls reds of its own, and the polarity model decides whether an English text is a complaint at all.
    /// </summary>
    private void MeasureReds(InsightModelVersion version, InsightTask task, LinearModel model)
    {
        var reds = PropertyCorpus.Rows("test", InsightTask.Alert).Where(r => r.Label == InsightLabels.Red).Select(r => r.Text).ToList();
        var serving = holder.Current;
        var check = RedCheck.Of(serving, serving.With(task, model), reds);
        version.RedRows = check.Reds;
        version.RedCaughtBefore = check.CaughtBefore;
        version.RedCaughtAfter = check.CaughtAfter;
        version.RedLostCount = check.Lost.Count;
        version.RedLost = check.Lost.Count == 0 ? null : string.Join('\n', check.Lost.Take(3).Select(t => Shorten(t.ReplaceLineEndings(" "), 300)));
    }

    private static double Accuracy(TextAnalyzer analyzer, InsightTask task, List<(string Text, string Label)> rows) =>
        Math.Round(rows.Count(r => analyzer.Predict(task, r.Text) == r.Label) / (double)rows.Count, 4);

    private static bool HeldOut(string text) => (uint)StableHash(LabelledCsv.DuplicateKey(text)) % 5 == 0;

    private static int StableHash(string s)
    {
        unchecked
        {
            var h = (int)2166136261;
            foreach (var c in s) h = (h ^ c) * 16777619;
            return h;
        }
    }

    /// <summary>
    /// The settings the shipped models were trained with (corpus/property-feedback/README.md), but five runs instead of
    /// twenty: the admin waits for the training, and a category model of the corpus takes 5 s instead of 20 s on two cores.
    /// </summary>
    public static TrainingOptions ShippedOptions(InsightTask task) => new()
    {
        Epochs = 20, Runs = 5, Features = FeatureSpec.Default with { Bits = 18 }, BalanceClasses = task == InsightTask.Alert,
        NaiveBayesAlpha = task == InsightTask.Alert ? 1f : 0f,
    };

    private static LinearModel ModelOf(TextAnalyzer a, InsightTask task) => task switch
    {
        InsightTask.Polarity => a.PolarityModel,
        InsightTask.Alert => a.AlertModel,
        _ => a.CategoryModel,
    };

    /// <summary>Each text whose category an agent chose at intake, labelled with the agent's choice.</summary>
    private async Task<List<(string Text, string Label)>> CorrectionsAsync(CancellationToken ct) =>
        (await db.TextInsights.AsNoTracking().Where(t => t.ConfirmedCategory != null).OrderByDescending(t => t.Id).Take(MaximumRows + 1)
            .Select(t => new { t.Text, t.ConfirmedCategory }).ToListAsync(ct))
        .Select(t => (t.Text, t.ConfirmedCategory!)).ToList();

    /// <summary>
    /// Survey comments labelled by the same response's overall rating (服务总体满意度): 非常满意/满意 → positive, 一般 → neutral,
    /// 不满意/很不满意 → negative. Responses without an overall rating, and excluded ones, are left out.
    /// </summary>
    private async Task<List<(string Text, string Label)>> SurveyCommentsAsync(CancellationToken ct)
    {
        var responses = await (from r in db.SurveyResponses.AsNoTracking()
                               where !r.Excluded && r.Texts != ""
                               join c in db.SurveyCampaigns on r.CampaignId equals c.Id
                               orderby r.Id descending
                               select new { r.Answers, r.Texts, c.TemplateId }).Take(MaximumRows).ToListAsync(ct);
        var rows = new List<(string, string)>();
        foreach (var group in responses.GroupBy(r => r.TemplateId))
        {
            var sheet = await AnswerSheet.ForTemplateAsync(db, group.Key, ct);
            foreach (var r in group)
            {
                var overall = sheet.LikertAnswers(r.Answers).Where(a => a.Slot.Question.Role == QuestionRole.Overall).Select(a => a.Answer).FirstOrDefault();
                if (overall == 0) continue;
                var label = overall >= 4 ? InsightLabels.Positive : overall == 3 ? InsightLabels.Neutral : InsightLabels.Negative;
                rows.AddRange(SurveyService.TextsOf(r.Texts).Values.Select(text => (text, label)));
            }
        }
        return rows;
    }
}

/// <summary>The project corpus (corpus/property-feedback, embedded): what retraining starts from and measures against.</summary>
public static class PropertyCorpus
{
    private static readonly System.Collections.Concurrent.ConcurrentDictionary<(string, InsightTask), List<(string Text, string Label)>> Cache = new();

    /// <summary>
    /// What the shipped model of the task was trained on: the training split, and for polarity and category the probes too.
    /// The alert model leaves the probes out: their reds are long waits told in images whose calm twins live only in the
    /// rules' tests, and a model that read those reds without the twins called the twins red.
    /// </summary>
    public static List<(string Text, string Label)> TrainingRows(InsightTask task) =>
        task == InsightTask.Alert ? Rows("train", task) : [.. Rows("train", task), .. Rows("probes", task)];

    public static List<(string Text, string Label)> Rows(string split, InsightTask task) => Cache.GetOrAdd((split, task), key =>
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream($"Yardstick.Corpus.{split}.csv")
            ?? throw new InvalidOperationException($"The corpus split {split} is missing from the assembly.");
        using var reader = new StreamReader(stream);
        return LabelledCsv.Read(reader, split, "text", task.Key(), null);
    });
}
