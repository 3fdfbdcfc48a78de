using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Yardstick.Web.Features.Organization;
using Yardstick.Web.Features.ServiceDesk;
using Yardstick.Web.Platform.Data;
using Yardstick.Web.Platform.Files;
using Yardstick.Web.Platform.Web;

namespace Yardstick.Web.Features.MysteryShopping;

/// <summary>A task from offer to publication: accept, check in, record, evidence, submit, review.</summary>
public sealed class MsFieldwork(AppDbContext db, MsAccess access, MsPlanning planning, FileStore files, FindingService findings,
    TimeProvider clock, IStringLocalizer l)
{
    public static readonly string[] TimelineKinds = ["Arrived", "Greeted", "ServiceBegan", "ServiceEnded", "Left", "Other"];

    private DateTime Now => clock.GetUtcNow().UtcDateTime;

    // ---------- reading ----------

    public async Task<Paged<TaskDto>> TasksAsync(TaskQuery q, CancellationToken ct)
    {
        var query = access.Tasks().AsNoTracking();
        if (q.WaveId is int w) query = query.Where(t => t.WaveId == w);
        if (q.ProjectId is int p) query = query.Where(t => t.ProjectId == p);
        if (q.Status is { } s) query = query.Where(t => t.Status == s);
        if (q.Open == true) query = query.Where(t => t.ShopperId == null && t.Status == TaskStatus.Offered);
        var (page, size) = Paging.Normalize(q.Page, q.PageSize);
        query = query.OrderByDescending(t => t.WindowStart).ThenByDescending(t => t.Id);
        if (!access.IsShopper)
            return new Paged<TaskDto>(await ToDtosAsync(await query.Skip((page - 1) * size).Take(size).ToListAsync(ct), ct), await query.CountAsync(ct), page, size);
        // A shopper's open tasks pass the assignment rules one by one, so their list is filtered before it is paged.
        var list = await WithinRulesAsync(await query.ToListAsync(ct), ct);
        return new Paged<TaskDto>(await ToDtosAsync(list.Skip((page - 1) * size).Take(size).ToList(), ct), list.Count, page, size);
    }

    /// <summary>A shopper sees an open task only if the rules would let them take it.</summary>
    private async Task<List<ShopperTask>> WithinRulesAsync(List<ShopperTask> tasks, CancellationToken ct)
    {
        var result = new List<ShopperTask>();
        var identities = await db.Scenarios.AsNoTracking().ToDictionaryAsync(s => s.Id, s => s.Identity, ct);
        foreach (var t in tasks)
        {
            if (t.ShopperId is not null) { result.Add(t); continue; }
            var check = await planning.CheckAssignmentAsync(access.UserId!.Value, t.ProjectId, t.WindowStart, identities[t.ScenarioId], t.Id, ct);
            if (check.Allowed) result.Add(t);
        }
        return result;
    }

    public async Task<TaskDto?> TaskAsync(long id, CancellationToken ct) =>
        await access.Tasks().AsNoTracking().FirstOrDefaultAsync(t => t.Id == id, ct) is { } t ? (await ToDtosAsync([t], ct))[0] : null;

    public async Task<List<TaskDto>> ToDtosAsync(IReadOnlyList<ShopperTask> tasks, CancellationToken ct)
    {
        var waveIds = tasks.Select(t => t.WaveId).Distinct().ToList();
        var waves = await db.Waves.AsNoTracking().Where(w => waveIds.Contains(w.Id)).ToDictionaryAsync(w => w.Id, ct);
        var programIds = waves.Values.Select(w => w.ProgramId).Distinct().ToList();
        var programs = await db.MsPrograms.AsNoTracking().Where(p => programIds.Contains(p.Id)).ToDictionaryAsync(p => p.Id, p => p.Name, ct);
        var projectIds = tasks.Select(t => t.ProjectId).Distinct().ToList();
        var projects = await db.Projects.AsNoTracking().Where(p => projectIds.Contains(p.Id)).ToDictionaryAsync(p => p.Id, p => p.Name, ct);
        var scenarios = await db.Scenarios.AsNoTracking().ToDictionaryAsync(s => s.Id, ct);
        var shoppers = await access.ShopperLabelsAsync(tasks.Select(t => t.ShopperId), ct);
        return tasks.Select(t =>
        {
            var wave = waves[t.WaveId];
            return new TaskDto(t.Id, wave.ProgramId, programs.GetValueOrDefault(wave.ProgramId, ""), wave.Id, wave.Name, t.ProjectId,
                projects.GetValueOrDefault(t.ProjectId, ""), t.ScenarioId, scenarios[t.ScenarioId].Title, scenarios[t.ScenarioId].Identity,
                access.IsQuality ? t.ShopperId : null, t.ShopperId is int sid ? shoppers.GetValueOrDefault(sid) : null, t.WindowStart, t.WindowEnd,
                t.Status, access.IsQuality || access.IsShopper ? t.FlagList : [], t.CheckedInAt, t.SubmittedAt, t.Late, t.TotalScore, t.Grade, t.Version);
        }).ToList();
    }

    /// <summary>The model items the task's scenario covers (all of them when the scenario names none).</summary>
    public static IReadOnlyList<ModelItem> ItemsOf(ModelDefinition model, Scenario scenario)
    {
        var keys = scenario.Items;
        var covered = model.Items.Where(i => keys.Contains(i.Key)).ToList();
        return covered.Count > 0 ? covered : model.Items;
    }

    /// <summary>The shopper's results with the reviewer's adjustments applied, latest adjustment per item winning.</summary>
    public static List<ItemOutcome> Outcomes(VisitRecord record, IReadOnlyList<ModelItem> items, IEnumerable<ReviewAdjustment> adjustments)
    {
        var adjusted = adjustments.OrderBy(a => a.Id).GroupBy(a => a.ItemKey).ToDictionary(g => g.Key, g => g.Last());
        var outcomes = new List<ItemOutcome>();
        foreach (var item in items)
        {
            if (adjusted.TryGetValue(item.Key, out var a)) outcomes.Add(new(item.Key, a.ToResult, a.ToResult == ItemResult.Fail ? a.ToPoints : 0));
            else if (record.Items.TryGetValue(item.Key, out var o) && o.Result is { } r) outcomes.Add(new(item.Key, r, r == ItemResult.Fail ? item.Points : 0));
        }
        return outcomes;
    }

    public static TimingDto Timing(IReadOnlyList<TimelineEntry> timeline)
    {
        DateTime? At(string kind) => timeline.Where(e => e.Kind == kind).Select(e => (DateTime?)e.At).Min();
        int? Seconds(DateTime? from, DateTime? to) => from is { } f && to is { } t && t >= f ? (int)(t - f).TotalSeconds : null;
        var arrived = At("Arrived");
        var began = At("ServiceBegan");
        return new TimingDto(Seconds(arrived, At("Greeted")), Seconds(arrived, began), Seconds(began, At("ServiceEnded")), Seconds(arrived, At("Left")));
    }

    public async Task<TaskDetail?> DetailAsync(long id, CancellationToken ct)
    {
        var task = await access.Tasks().AsNoTracking().FirstOrDefaultAsync(t => t.Id == id, ct);
        if (task is null) return null;
        var dto = (await ToDtosAsync([task], ct))[0];
        var wave = await db.Waves.AsNoTracking().FirstAsync(w => w.Id == task.WaveId, ct);
        var modelRow = await db.ScoringModels.AsNoTracking().FirstAsync(m => m.Id == wave.ModelId, ct);
        var model = modelRow.Model;
        var scenario = await db.Scenarios.AsNoTracking().FirstAsync(s => s.Id == task.ScenarioId, ct);
        var project = await db.Projects.AsNoTracking().FirstAsync(p => p.Id == task.ProjectId, ct);
        var record = task.VisitRecord;
        var items = ItemsOf(model, scenario);
        var adjustments = await db.ReviewAdjustments.AsNoTracking().Where(a => a.TaskId == id).OrderBy(a => a.Id).ToListAsync(ct);
        var outcomes = Outcomes(record, items, adjustments).ToDictionary(o => o.ItemKey);
        var dims = model.Dimensions.ToDictionary(d => d.Key, d => d.Name);
        var itemDtos = items.Select(i =>
        {
            record.Items.TryGetValue(i.Key, out var o);
            outcomes.TryGetValue(i.Key, out var final);
            return new TaskItemDto(i, dims.GetValueOrDefault(i.Dimension, i.Dimension), o?.Result, o?.Note, o?.Quote,
                o?.Result == ItemResult.Fail ? i.Points : 0, final.ItemKey is null ? null : final.Result, final.Deduction ?? 0, MsRules.Lint(o?.Note));
        }).ToList();
        var evidence = await EvidenceAsync(id, ct);
        var events = await db.ShopperTaskEvents.AsNoTracking().Where(e => e.TaskId == id).OrderBy(e => e.Id).ToListAsync(ct);
        var actors = await access.ActorLabelsAsync(events.Select(e => e.UserId).Concat(adjustments.Select(a => a.ReviewerId)), ct);
        var titles = model.Items.ToDictionary(i => i.Key, i => i.Title);
        return new TaskDetail(dto, MsPlanning.ToDto(scenario), modelRow.Id, modelRow.Name, modelRow.VersionNumber, model.GradeBands,
            access.IsQuality || access.IsShopper ? task.CheckInLatitude : null, access.IsQuality || access.IsShopper ? task.CheckInLongitude : null,
            task.CheckInAccuracy, task.CheckInDistance, project.GeofenceRadiusMeters, task.NoLocationReason,
            record, task.RecordSavedAt, itemDtos, Timing(record.Timeline), evidence,
            events.Select(e => new EventDto(e.At, e.UserId is int u ? actors.GetValueOrDefault(u, "") : "system", e.From, e.To, e.Note)).ToList(),
            adjustments.Select(a => new AdjustmentDto(a.ItemKey, titles.GetValueOrDefault(a.ItemKey, a.ItemKey), a.FromResult, a.FromPoints, a.ToResult,
                a.ToPoints, a.Reason, a.ReviewerId is int r ? actors.GetValueOrDefault(r, "") : "", a.At)).ToList(),
            MsScoring.Score(model, outcomes.Values), access.IsQuality || access.IsShopper ? task.ReviewComment : null, task.Strengths, task.Suggestions,
            task.Submissions, task.Returns);
    }

    /// <summary>A file whose metadata cannot be removed goes only to quality staff and to the shopper who made it.</summary>
    private bool MayReceive(Evidence e) => access.IsQuality || access.IsShopper || MetadataStripper.CanStrip(e.ContentType);

    public async Task<List<EvidenceDto>> EvidenceAsync(long taskId, CancellationToken ct) =>
        (await db.Evidence.AsNoTracking().Where(e => e.TaskId == taskId && !e.Removed).OrderBy(e => e.Id).ToListAsync(ct))
        .Where(MayReceive).Select(e => new EvidenceDto(e.Id, e.ItemKey, e.ContentType, e.UploadedAt, e.TakenAt, access.IsQuality ? e.FlagList : [], $"/api/ms/evidence/{e.Id}"))
        .ToList();

    // ---------- the shopper's steps ----------

    /// <summary>Loads a task the caller (a shopper) holds, or the open one they want to accept.</summary>
    private async Task<(ShopperTask? Task, DeskResult? Failure)> OwnAsync(long id, params TaskStatus[] allowed)
    {
        var task = await access.Tasks().FirstOrDefaultAsync(t => t.Id == id);
        if (task is null) return (null, DeskResult.NotFound);
        if (!access.IsShopper || task.ShopperId != access.UserId) return (null, DeskResult.Forbidden);
        if (!allowed.Contains(task.Status)) return (null, new(DeskOutcome.Conflict, l["Ms.Err.State"]));
        return (task, null);
    }

    private void Move(ShopperTask task, TaskStatus to, string? note = null)
    {
        db.ShopperTaskEvents.Add(new ShopperTaskEvent { TaskId = task.Id, At = Now, UserId = access.UserId, From = task.Status, To = to, Note = note });
        task.Status = to;
    }

    public async Task<DeskResult> AcceptAsync(long id, CancellationToken ct)
    {
        var task = await access.Tasks().FirstOrDefaultAsync(t => t.Id == id, ct);
        if (task is null) return DeskResult.NotFound;
        if (!access.IsShopper) return DeskResult.Forbidden;
        if (task.ShopperId is int holder && holder != access.UserId) return DeskResult.NotFound;
        if (task.Status != TaskStatus.Offered) return new(DeskOutcome.Conflict, l["Ms.Err.State"]);
        var identity = await db.Scenarios.Where(s => s.Id == task.ScenarioId).Select(s => s.Identity).FirstAsync(ct);
        var check = await planning.CheckAssignmentAsync(access.UserId!.Value, task.ProjectId, task.WindowStart, identity, task.Id, ct);
        if (!check.Allowed) return new(DeskOutcome.Conflict, l[check.BlockReasonKey!, planning.LockoutDays]);
        task.ShopperId = access.UserId;
        Move(task, TaskStatus.Accepted);
        try { await db.SaveChangesAsync(ct); }
        catch (DbUpdateConcurrencyException) { return new(DeskOutcome.Conflict, l["Ms.Err.Taken"]); }
        return DeskResult.Ok;
    }

    public async Task<DeskResult> CheckInAsync(long id, CheckInInput input, CancellationToken ct)
    {
        var (task, failure) = await OwnAsync(id, TaskStatus.Accepted);
        if (task is null) return failure!;
        var errors = new FieldErrors(l);
        var hasLocation = input.Latitude is not null && input.Longitude is not null;
        if (hasLocation && (input.Latitude is < -90 or > 90 || input.Longitude is < -180 or > 180)) errors.Add("latitude", "Ms.Err.Coordinates");
        if (input.Accuracy is < 0) errors.Add("accuracy", "Ms.Err.Coordinates");
        if (!hasLocation && string.IsNullOrWhiteSpace(input.NoLocationReason)) errors.Add("noLocationReason", "Ms.Err.NoLocationReason");
        errors.MaxLength("noLocationReason", input.NoLocationReason, 500, "Ms.Field.NoLocationReason");
        if (errors.Any) return new(DeskOutcome.Invalid, null, errors);

        var project = await db.Projects.AsNoTracking().FirstAsync(p => p.Id == task.ProjectId, ct);
        var now = Now;
        var (distance, flags) = MsRules.CheckIn(new MsRules.CheckInFacts(hasLocation ? input.Latitude : null, hasLocation ? input.Longitude : null,
            input.Accuracy, now, project.Latitude, project.Longitude, project.GeofenceRadiusMeters, task.WindowStart, task.WindowEnd));
        task.CheckedInAt = now;
        task.CheckInLatitude = hasLocation ? input.Latitude : null;
        task.CheckInLongitude = hasLocation ? input.Longitude : null;
        task.CheckInAccuracy = hasLocation ? input.Accuracy : null;
        task.CheckInDistance = distance;
        task.NoLocationReason = hasLocation ? null : input.NoLocationReason!.Trim();
        task.Flags = MsJson.Flags(flags);
        Move(task, TaskStatus.CheckedIn, flags.Count > 0 ? string.Join(", ", flags.Select(f => l["Ms.Flag." + f].Value)) : null);
        await db.SaveChangesAsync(ct);
        return DeskResult.Ok;
    }

    public async Task<DeskResult> SaveRecordAsync(long id, RecordInput input, CancellationToken ct)
    {
        var (task, failure) = await OwnAsync(id, TaskStatus.CheckedIn, TaskStatus.Returned);
        if (task is null) return failure!;
        if (input.BaseVersion is int v && v != task.Version) return new(DeskOutcome.Conflict, l["Err.Concurrency"]);
        var items = await ItemsOfAsync(task, ct);
        var errors = new FieldErrors(l);
        var timeline = (input.Timeline ?? []).ToList();
        if (timeline.Count > 50 || timeline.Any(e => !TimelineKinds.Contains(e.Kind) || (e.Label?.Length ?? 0) > 100)) errors.Add("timeline", "Ms.Err.Timeline");
        var observations = new Dictionary<string, ItemObservation>();
        foreach (var (key, o) in input.Items ?? new Dictionary<string, ItemInput>())
        {
            if (!items.Any(i => i.Key == key)) { errors.Add("items", "Ms.Err.UnknownItem", key); continue; }
            if ((o.Note?.Length ?? 0) > 1000 || (o.Quote?.Length ?? 0) > 500) errors.Add("items", "Ms.Err.NoteLength", key);
            observations[key] = new ItemObservation(o.Result, o.Note?.Trim(), o.Quote?.Trim());
        }
        errors.MaxLength("narrative", input.Narrative, 4000, "Ms.Field.Narrative").MaxLength("exposureNote", input.ExposureNote, 500, "Ms.Field.ExposureNote");
        if (errors.Any) return new(DeskOutcome.Invalid, null, errors);

        task.Record = MsJson.Write(new VisitRecord(
            timeline.Select(e => e with { At = DateTime.SpecifyKind(e.At.Kind == DateTimeKind.Local ? e.At.ToUniversalTime() : e.At, DateTimeKind.Utc) })
                .OrderBy(e => e.At).ToList(),
            observations, input.Narrative?.Trim(), input.IdentityExposed, input.ExposureNote?.Trim()));
        task.RecordSavedAt = Now;
        try { await db.SaveChangesAsync(ct); }
        catch (DbUpdateConcurrencyException) { return new(DeskOutcome.Conflict, l["Err.Concurrency"]); }
        return DeskResult.Ok;
    }

    private async Task<IReadOnlyList<ModelItem>> ItemsOfAsync(ShopperTask task, CancellationToken ct)
    {
        var (model, scenario) = await ModelOfAsync(task, ct);
        return ItemsOf(model, scenario);
    }

    public async Task<(ModelDefinition Model, Scenario Scenario)> ModelOfAsync(ShopperTask task, CancellationToken ct)
    {
        var modelId = await db.Waves.Where(w => w.Id == task.WaveId).Select(w => w.ModelId).FirstAsync(ct);
        var definition = await db.ScoringModels.Where(m => m.Id == modelId).Select(m => m.Definition).FirstAsync(ct);
        var scenario = await db.Scenarios.AsNoTracking().FirstAsync(s => s.Id == task.ScenarioId, ct);
        return (System.Text.Json.JsonSerializer.Deserialize<ModelDefinition>(definition, MsJson.Options)!, scenario);
    }

    public async Task<(EvidenceDto? Evidence, DeskResult Result)> AddEvidenceAsync(long id, Stream content, string fileName, string? itemKey, CancellationToken ct)
    {
        var (task, failure) = await OwnAsync(id, TaskStatus.CheckedIn, TaskStatus.Returned);
        if (task is null) return (null, failure!);
        var items = await ItemsOfAsync(task, ct);
        var errors = new FieldErrors(l);
        if (!string.IsNullOrEmpty(itemKey) && !items.Any(i => i.Key == itemKey))
            return (null, new(DeskOutcome.Invalid, null, errors.Add("itemKey", "Ms.Err.UnknownItem", itemKey)));
        // No project on the file: the generic file endpoint will not serve it to project staff; only this module does.
        var (file, fileErrors) = await files.SaveAsync(content, fileName, null, ct);
        if (file is null) return (null, new(DeskOutcome.Invalid, null, fileErrors));
        // A phone that lost the page while sending its waiting files sends them again: the same bytes for the same item are
        // the evidence already kept.
        var item = string.IsNullOrEmpty(itemKey) ? null : itemKey;
        var same = await (from e in db.Evidence.AsNoTracking()
                          join f in db.Files.IgnoreQueryFilters() on e.FileId equals f.Id
                          where e.TaskId == id && !e.Removed && e.ItemKey == item && f.Sha256 == file.Sha256
                          select e).FirstOrDefaultAsync(ct);
        if (same is not null)
            return (new EvidenceDto(same.Id, same.ItemKey, same.ContentType, same.UploadedAt, same.TakenAt, same.FlagList, $"/api/ms/evidence/{same.Id}"), DeskResult.Ok);
        var project = await db.Projects.AsNoTracking().FirstAsync(p => p.Id == task.ProjectId, ct);
        var flags = MsRules.Evidence(file.TakenAt, file.Latitude, file.Longitude, task.CheckedInAt ?? Now, project.Latitude, project.Longitude,
            project.GeofenceRadiusMeters, file.ContentType.StartsWith("image/", StringComparison.Ordinal));
        var evidence = new Evidence
        {
            TaskId = id, FileId = file.Id, ItemKey = item, ContentType = file.ContentType, UploadedAt = Now,
            TakenAt = file.TakenAt, Latitude = file.Latitude, Longitude = file.Longitude, Flags = MsJson.Flags(flags),
        };
        db.Evidence.Add(evidence);
        await db.SaveChangesAsync(ct);
        return (new EvidenceDto(evidence.Id, evidence.ItemKey, evidence.ContentType, evidence.UploadedAt, evidence.TakenAt, flags, $"/api/ms/evidence/{evidence.Id}"), DeskResult.Ok);
    }

    public async Task<DeskResult> RemoveEvidenceAsync(long evidenceId, CancellationToken ct)
    {
        var evidence = await db.Evidence.FirstOrDefaultAsync(e => e.Id == evidenceId && !e.Removed, ct);
        if (evidence is null) return DeskResult.NotFound;
        var (task, failure) = await OwnAsync(evidence.TaskId, TaskStatus.CheckedIn, TaskStatus.Returned);
        if (task is null) return failure!;
        evidence.Removed = true;
        await db.SaveChangesAsync(ct);
        return DeskResult.Ok;
    }

    /// <summary>
    /// Every item answered, each Fail described, evidence where the item requires it, the exposure question answered;
    /// vague words are refused unless the shopper confirms them. Late submissions are accepted and marked.
    /// </summary>
    public async Task<DeskResult> SubmitAsync(long id, SubmitInput input, CancellationToken ct)
    {
        var (task, failure) = await OwnAsync(id, TaskStatus.CheckedIn, TaskStatus.Returned);
        if (task is null) return failure!;
        var items = await ItemsOfAsync(task, ct);
        var errors = new FieldErrors(l);
        var record = task.VisitRecord;
        var evidenceItems = await db.Evidence.Where(e => e.TaskId == id && !e.Removed).Select(e => e.ItemKey).ToListAsync(ct);
        foreach (var item in items)
        {
            if (!record.Items.TryGetValue(item.Key, out var o) || o.Result is null) { errors.Add($"items.{item.Key}", "Ms.Err.Unanswered", item.Title); continue; }
            if (o.Result != ItemResult.Fail) continue;
            if (string.IsNullOrWhiteSpace(o.Note)) errors.Add($"items.{item.Key}", "Ms.Err.FailNote", item.Title);
            if (item.EvidenceRequired && !evidenceItems.Contains(item.Key)) errors.Add($"items.{item.Key}", "Ms.Err.FailEvidence", item.Title);
        }
        if (record.IdentityExposed is null) errors.Add("identityExposed", "Ms.Err.Exposure");
        if (errors.Any) return new(DeskOutcome.Invalid, null, errors);
        if (input.IgnoreVagueWords != true)
        {
            foreach (var item in items)
                if (record.Items[item.Key].Note is { } note && MsRules.Lint(note) is { Count: > 0 } words)
                    errors.Add($"items.{item.Key}", "Ms.Err.Vague", item.Title, string.Join("、", words.Select(w => $"“{w}”")));
            if (errors.Any) return new(DeskOutcome.Invalid, null, errors);
        }

        var now = Now;
        task.SubmittedAt = now;
        task.Submissions++;
        task.Late = task.Late || MsRules.IsLate(task.CheckedInAt ?? now, now);
        var flags = task.FlagList.ToList();
        if (task.Late) flags.Add(MsFlag.Late);
        if (record.IdentityExposed == true) flags.Add(MsFlag.IdentityExposed);
        task.Flags = MsJson.Flags(flags);
        Move(task, TaskStatus.Submitted, task.Late ? l["Ms.Flag.Late"].Value : null);
        await db.SaveChangesAsync(ct);
        return DeskResult.Ok;
    }

    // ---------- review ----------

    public async Task<DeskResult> ReviewAsync(long id, ReviewInput input, CancellationToken ct)
    {
        var task = await access.Tasks().FirstOrDefaultAsync(t => t.Id == id, ct);
        if (task is null) return DeskResult.NotFound;
        if (!access.IsQuality) return DeskResult.Forbidden;
        if (task.Status != TaskStatus.Submitted) return new(DeskOutcome.Conflict, l["Ms.Err.State"]);
        var errors = new FieldErrors(l);
        var approve = string.Equals(input.Decision, "Approve", StringComparison.OrdinalIgnoreCase);
        var @return = string.Equals(input.Decision, "Return", StringComparison.OrdinalIgnoreCase);
        if (!approve && !@return) errors.Add("decision", "Ms.Err.Decision");
        if (@return && string.IsNullOrWhiteSpace(input.Comment)) errors.Add("comment", "Ms.Err.ReturnComment");
        if (@return && input.Adjustments is { Count: > 0 }) errors.Add("adjustments", "Ms.Err.AdjustOnReturn");
        errors.MaxLength("comment", input.Comment, 2000, "Ms.Field.Comment").MaxLength("strengths", input.Strengths, 2000, "Ms.Field.Strengths")
            .MaxLength("suggestions", input.Suggestions, 4000, "Ms.Field.Suggestions");
        var (model, scenario) = await ModelOfAsync(task, ct);
        var items = ItemsOf(model, scenario);
        var record = task.VisitRecord;
        var previous = await db.ReviewAdjustments.Where(a => a.TaskId == id).ToListAsync(ct);
        var current = Outcomes(record, items, previous).ToDictionary(o => o.ItemKey);
        var adjustments = new List<ReviewAdjustment>();
        foreach (var (a, i) in (input.Adjustments ?? []).Select((a, i) => (a, i)))
        {
            var item = items.FirstOrDefault(x => x.Key == a.Item);
            var field = $"adjustments[{i}]";
            if (item is null) { errors.Add(field, "Ms.Err.UnknownItem", a.Item ?? ""); continue; }
            if (a.Result is null) { errors.Add(field, "Err.Required", l["Ms.Field.Result"]); continue; }
            if (string.IsNullOrWhiteSpace(a.Reason)) errors.Add(field, "Ms.Err.AdjustReason", item.Title);
            else if (a.Reason.Length > 1000) errors.Add(field, "Err.MaxLength", l["Ms.Field.Reason"], 1000);
            var dimensionMax = model.Dimensions.First(d => d.Key == item.Dimension).Weight;
            var points = a.Result == ItemResult.Fail ? a.Points ?? item.Points : 0;
            if (a.Result == ItemResult.Fail && (points <= 0 || points > dimensionMax)) errors.Add(field, "Ms.Err.AdjustPoints", item.Title, dimensionMax);
            if (a.Result != ItemResult.Fail && a.Points is > 0) errors.Add(field, "Ms.Err.AdjustPointsPass", item.Title);
            current.TryGetValue(item.Key, out var was);
            if (was.ItemKey is not null && was.Result == a.Result && (was.Deduction ?? 0) == points) errors.Add(field, "Ms.Err.AdjustSame", item.Title);
            adjustments.Add(new ReviewAdjustment
            {
                TaskId = id, ItemKey = item.Key, FromResult = was.ItemKey is null ? ItemResult.NA : was.Result, FromPoints = was.Deduction ?? 0,
                ToResult = a.Result.Value, ToPoints = points, Reason = a.Reason?.Trim() ?? "", ReviewerId = access.UserId, At = Now,
            });
        }
        if (errors.Any) return new(DeskOutcome.Invalid, null, errors);

        task.ReviewerId = access.UserId;
        task.ReviewComment = input.Comment?.Trim();
        if (@return)
        {
            task.Returns++;
            Move(task, TaskStatus.Returned, task.ReviewComment);
            await db.SaveChangesAsync(ct);
            return DeskResult.Ok;
        }

        db.ReviewAdjustments.AddRange(adjustments);
        var outcomes = Outcomes(record, items, previous.Concat(adjustments));
        var score = MsScoring.Score(model, outcomes);
        var now = Now;
        task.TotalScore = score.Total;
        task.Grade = score.Grade;
        task.Score = MsJson.Write(score);
        task.Strengths = input.Strengths?.Trim();
        task.Suggestions = input.Suggestions?.Trim();
        task.ApprovedAt = now;
        Move(task, TaskStatus.Approved, task.ReviewComment);
        task.PublishedAt = now;
        Move(task, TaskStatus.Published);
        await using var tx = await db.Database.BeginOrJoinTransactionAsync(ct);
        await db.SaveChangesAsync(ct);
        await findings.FromVisitAsync(task, model, items, outcomes, ct,
            previous.Concat(adjustments).GroupBy(a => a.ItemKey).ToDictionary(g => g.Key, g => g.Last().Reason));
        await tx.CommitAsync(ct);
        return DeskResult.Ok;
    }

    // ---------- evidence files ----------

    /// <summary>
    /// The bytes of a piece of evidence, if the caller may see its task. Everyone but quality staff gets images with their
    /// metadata (EXIF time, GPS, camera owner) removed and a neutral file name, so nothing in the file points to the shopper.
    /// </summary>
    public async Task<(byte[] Bytes, string ContentType, string Name)?> EvidenceFileAsync(long evidenceId, CancellationToken ct)
    {
        var evidence = await db.Evidence.AsNoTracking().FirstOrDefaultAsync(e => e.Id == evidenceId && !e.Removed, ct);
        if (evidence is null || !await access.Tasks().AnyAsync(t => t.Id == evidence.TaskId, ct)) return null;
        if (access.IsShopper && !await access.Tasks().AnyAsync(t => t.Id == evidence.TaskId && t.ShopperId == access.UserId, ct)) return null;
        if (!MayReceive(evidence)) return null;
        var file = await db.Files.IgnoreQueryFilters().AsNoTracking().FirstAsync(f => f.Id == evidence.FileId, ct);
        await using var stream = files.Open(file);
        using var buffer = new MemoryStream();
        await stream.CopyToAsync(buffer, ct);
        var bytes = buffer.ToArray();
        var extension = Path.GetExtension(file.FileName);
        if (!access.IsQuality) bytes = MetadataStripper.Strip(bytes, evidence.ContentType);
        return (bytes, evidence.ContentType, $"evidence-{evidence.Id}{extension}");
    }
}
