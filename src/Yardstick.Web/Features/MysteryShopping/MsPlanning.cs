using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Yardstick.Web.Features.Organization;
using Yardstick.Web.Features.ServiceDesk;
using Yardstick.Web.Platform.Data;
using Yardstick.Web.Platform.Identity;
using Yardstick.Web.Platform.Web;

namespace Yardstick.Web.Features.MysteryShopping;

/// <summary>Scoring models, scenarios, programs, waves and the assignment of tasks within the rules.</summary>
public sealed class MsPlanning(AppDbContext db, MsAccess access, TimeProvider clock, IConfiguration config, IStringLocalizer l)
{
    public int LockoutDays => config.GetValue("MysteryShopping:LockoutDays", MsRules.DefaultLockoutDays);

    // ---------- scoring models ----------

    public async Task<IReadOnlyList<ModelSummary>> ModelsAsync(CancellationToken ct)
    {
        var used = await db.Waves.Select(w => w.ModelId).Distinct().ToListAsync(ct);
        var models = await db.ScoringModels.AsNoTracking().OrderBy(m => m.Key).ThenByDescending(m => m.VersionNumber).ToListAsync(ct);
        return models.Select(m => Summary(m, used.Contains(m.Id))).ToList();
    }

    public async Task<ModelDto?> ModelAsync(int id, CancellationToken ct)
    {
        var m = await db.ScoringModels.AsNoTracking().FirstOrDefaultAsync(x => x.Id == id, ct);
        if (m is null) return null;
        return new ModelDto(Summary(m, await db.Waves.AnyAsync(w => w.ModelId == id, ct)), m.Model);
    }

    private static ModelSummary Summary(ScoringModel m, bool inUse) =>
        new(m.Id, m.Key, m.VersionNumber, m.Name, m.PropertyType, m.Status, m.IsBuiltIn, m.Model.Items.Count, m.CreatedAt, m.PublishedAt, inUse);

    /// <summary>
    /// Saves a model as a draft: the latest draft of the key is updated in place; when the latest version is published
    /// (frozen), a new version is made. A new key starts at version 1.
    /// </summary>
    public async Task<(ScoringModel? Model, FieldErrors Errors)> SaveModelAsync(ModelInput input, CancellationToken ct)
    {
        var errors = new FieldErrors(l);
        var key = input.Key?.Trim().ToLowerInvariant() ?? "";
        if (!System.Text.RegularExpressions.Regex.IsMatch(key, "^[a-z0-9][a-z0-9-]{1,58}$")) errors.Add("key", "Ms.Err.ModelKey");
        errors.Required("name", input.Name, "Ms.Field.ModelName").MaxLength("name", input.Name, 100, "Ms.Field.ModelName");
        if (input.PropertyType is null) errors.Add("propertyType", "Err.Required", l["Ms.Field.PropertyType"]);
        if (input.Definition is null) errors.Add("definition", "Err.Required", l["Ms.Field.Definition"]);
        else input.Definition.Validate(errors);
        if (errors.Any) return (null, errors);

        var latest = await db.ScoringModels.Where(m => m.Key == key).OrderByDescending(m => m.VersionNumber).FirstOrDefaultAsync(ct);
        var now = clock.GetUtcNow().UtcDateTime;
        var definition = MsJson.Write(input.Definition! with { Grades = input.Definition!.GradeBands.ToList() });
        if (latest is { Status: ModelStatus.Draft })
        {
            latest.Name = input.Name!.Trim();
            latest.PropertyType = input.PropertyType!.Value;
            latest.Definition = definition;
            await db.SaveChangesAsync(ct);
            return (latest, errors);
        }
        var model = new ScoringModel
        {
            Key = key, VersionNumber = (latest?.VersionNumber ?? 0) + 1, Name = input.Name!.Trim(), PropertyType = input.PropertyType!.Value,
            Status = ModelStatus.Draft, Definition = definition, CreatedAt = now,
        };
        db.ScoringModels.Add(model);
        await db.SaveChangesAsync(ct);
        return (model, errors);
    }

    public async Task<DeskResult> PublishModelAsync(int id, CancellationToken ct)
    {
        var m = await db.ScoringModels.FirstOrDefaultAsync(x => x.Id == id, ct);
        if (m is null) return DeskResult.NotFound;
        if (m.Status == ModelStatus.Published) return new(DeskOutcome.Conflict, l["Ms.Err.AlreadyPublished"]);
        m.Status = ModelStatus.Published;
        m.PublishedAt = clock.GetUtcNow().UtcDateTime;
        await db.SaveChangesAsync(ct);
        return DeskResult.Ok;
    }

    // ---------- scenarios ----------

    public async Task<IReadOnlyList<ScenarioDto>> ScenariosAsync(CancellationToken ct) =>
        (await db.Scenarios.AsNoTracking().Where(s => s.IsActive).OrderBy(s => s.PropertyType).ThenBy(s => s.Id).ToListAsync(ct)).Select(ToDto).ToList();

    public static ScenarioDto ToDto(Scenario s) =>
        new(s.Id, s.Title, s.PropertyType, s.Identity, s.Purpose, s.DialogueGuide, s.ObservationPoints, s.Items, s.TimeSlots, s.IsBuiltIn);

    /// <summary>The items a scenario may cover: those of each model's latest published version, each key once.</summary>
    public async Task<IReadOnlyList<(string Key, string Title, string Dimension)>> ItemCatalogAsync(CancellationToken ct)
    {
        var published = await db.ScoringModels.AsNoTracking().Where(m => m.Status == ModelStatus.Published).ToListAsync(ct);
        return published.GroupBy(m => m.Key).Select(g => g.MaxBy(m => m.VersionNumber)!.Model)
            .SelectMany(d => d.Items.Select(i => (i.Key, i.Title, Dimension: d.Dimensions.First(x => x.Key == i.Dimension).Name)))
            .DistinctBy(i => i.Key).ToList();
    }

    public async Task<(Scenario? Scenario, FieldErrors Errors)> AddScenarioAsync(ScenarioInput input, CancellationToken ct)
    {
        var errors = new FieldErrors(l);
        errors.Required("title", input.Title, "Ms.Field.Title").MaxLength("title", input.Title, 100, "Ms.Field.Title");
        errors.Required("identity", input.Identity, "Ms.Field.Identity").MaxLength("identity", input.Identity, 30, "Ms.Field.Identity");
        errors.Required("purpose", input.Purpose, "Ms.Field.Purpose").MaxLength("purpose", input.Purpose, 500, "Ms.Field.Purpose");
        errors.MaxLength("dialogueGuide", input.DialogueGuide, 4000, "Ms.Field.Dialogue");
        errors.MaxLength("observationPoints", input.ObservationPoints, 4000, "Ms.Field.Observe");
        errors.MaxLength("timeSlots", input.TimeSlots, 200, "Ms.Field.TimeSlots");
        if (input.PropertyType is null) errors.Add("propertyType", "Err.Required", l["Ms.Field.PropertyType"]);
        var keys = (input.ItemKeys ?? []).Select(k => k.Trim()).Where(k => k.Length > 0).Distinct().ToList();
        if (keys.Any(k => k.Contains(',') || k.Length > 40)) errors.Add("itemKeys", "Ms.Err.ItemKeys");
        if (errors.Any) return (null, errors);
        var s = new Scenario
        {
            Title = input.Title!.Trim(), PropertyType = input.PropertyType!.Value, Identity = input.Identity!.Trim(), Purpose = input.Purpose!.Trim(),
            DialogueGuide = input.DialogueGuide?.Trim() ?? "", ObservationPoints = input.ObservationPoints?.Trim() ?? "",
            ItemKeys = string.Join(",", keys), TimeSlots = input.TimeSlots?.Trim() ?? "", CreatedAt = clock.GetUtcNow().UtcDateTime,
        };
        db.Scenarios.Add(s);
        await db.SaveChangesAsync(ct);
        return (s, errors);
    }

    // ---------- programs and waves ----------

    public async Task<IReadOnlyList<ProgramDto>> ProgramsAsync(CancellationToken ct, int? id = null)
    {
        // The project filter of MsProgramProject leaves a client only the programs touching their projects.
        var programs = await db.MsPrograms.AsNoTracking().Include(p => p.Projects)
            .Where(p => p.Projects.Any() && (id == null || p.Id == id)).OrderByDescending(p => p.Id).ToListAsync(ct);
        var ids = programs.Select(p => p.Id).ToList();
        var waves = await WaveDtosAsync(db.Waves.Where(w => ids.Contains(w.ProgramId)), ct);
        var names = await db.Projects.AsNoTracking().ToDictionaryAsync(p => p.Id, p => p.Name, ct);
        return programs.Select(p => new ProgramDto(p.Id, p.Name, p.Client,
            p.Projects.Where(x => names.ContainsKey(x.ProjectId)).Select(x => new ProjectRef(x.ProjectId, names[x.ProjectId])).ToList(),
            waves.Where(w => w.ProgramId == p.Id).OrderBy(w => w.Number).ToList())).ToList();
    }

    public async Task<ProgramDto?> ProgramAsync(int id, CancellationToken ct) => (await ProgramsAsync(ct, id)).FirstOrDefault();

    public async Task<IReadOnlyList<WaveDto>> WaveDtosAsync(IQueryable<Wave> waves, CancellationToken ct)
    {
        var list = await waves.AsNoTracking().ToListAsync(ct);
        var modelIds = list.Select(w => w.ModelId).Distinct().ToList();
        var models = await db.ScoringModels.AsNoTracking().Where(m => modelIds.Contains(m.Id)).ToDictionaryAsync(m => m.Id, ct);
        var waveIds = list.Select(w => w.Id).ToList();
        var counts = await access.Tasks().Where(t => waveIds.Contains(t.WaveId) && t.Status != TaskStatus.Cancelled)
            .GroupBy(t => t.WaveId)
            .Select(g => new { g.Key, All = g.Count(), Published = g.Count(t => t.Status == TaskStatus.Published) })
            .ToDictionaryAsync(x => x.Key, ct);
        return list.Select(w => new WaveDto(w.Id, w.ProgramId, w.Number, w.Name, w.StartsOn, w.EndsOn, w.ModelId, models[w.ModelId].Name,
            models[w.ModelId].VersionNumber, w.Scenarios, w.SamplePerProject,
            counts.TryGetValue(w.Id, out var c) ? c.All : 0, counts.TryGetValue(w.Id, out var c2) ? c2.Published : 0)).ToList();
    }

    public async Task<WaveDto?> WaveAsync(int id, CancellationToken ct)
    {
        if (!await db.MsProgramProjects.AnyAsync(p => db.Waves.Any(w => w.Id == id && w.ProgramId == p.ProgramId), ct)) return null;
        return (await WaveDtosAsync(db.Waves.Where(w => w.Id == id), ct)).FirstOrDefault();
    }

    public async Task<(MsProgram? Program, FieldErrors Errors)> CreateProgramAsync(ProgramInput input, CancellationToken ct)
    {
        var errors = new FieldErrors(l);
        errors.Required("name", input.Name, "Ms.Field.ProgramName").MaxLength("name", input.Name, 100, "Ms.Field.ProgramName");
        errors.Required("client", input.Client, "Ms.Field.Client").MaxLength("client", input.Client, 100, "Ms.Field.Client");
        var projectIds = (input.ProjectIds ?? []).Distinct().ToList();
        if (projectIds.Count == 0) errors.Add("projectIds", "Err.Required", l["Ms.Field.Projects"]);
        else if (await db.Projects.CountAsync(p => projectIds.Contains(p.Id), ct) != projectIds.Count) errors.Add("projectIds", "Err.ProjectNotFound");
        if (errors.Any) return (null, errors);
        var program = new MsProgram
        {
            Name = input.Name!.Trim(), Client = input.Client!.Trim(), CreatedAt = clock.GetUtcNow().UtcDateTime,
            Projects = projectIds.Select(id => new MsProgramProject { ProjectId = id }).ToList(),
        };
        db.MsPrograms.Add(program);
        await db.SaveChangesAsync(ct);
        return (program, errors);
    }

    public async Task<(Wave? Wave, FieldErrors Errors)> AddWaveAsync(int programId, WaveInput input, CancellationToken ct)
    {
        var errors = new FieldErrors(l);
        var program = await db.MsPrograms.Include(p => p.Projects).FirstOrDefaultAsync(p => p.Id == programId, ct);
        if (program is null) return (null, errors.Add("id", "Err.NotFound"));
        errors.MaxLength("name", input.Name, 100, "Ms.Field.WaveName");
        if (input.StartsOn is null) errors.Add("startsOn", "Err.Required", l["Ms.Field.StartsOn"]);
        if (input.EndsOn is null) errors.Add("endsOn", "Err.Required", l["Ms.Field.EndsOn"]);
        if (input.StartsOn is { } s && input.EndsOn is { } e && e < s) errors.Add("endsOn", "Ms.Err.EndsBeforeStart");
        var model = input.ModelId is int mid ? await db.ScoringModels.AsNoTracking().FirstOrDefaultAsync(m => m.Id == mid, ct) : null;
        if (model is null) errors.Add("modelId", "Ms.Err.ModelNotFound");
        else if (model.Status != ModelStatus.Published) errors.Add("modelId", "Ms.Err.ModelDraft");
        var scenarioIds = (input.ScenarioIds ?? []).Distinct().ToList();
        if (scenarioIds.Count == 0) errors.Add("scenarioIds", "Err.Required", l["Ms.Field.Scenarios"]);
        else if (await db.Scenarios.CountAsync(x => scenarioIds.Contains(x.Id) && x.IsActive, ct) != scenarioIds.Count) errors.Add("scenarioIds", "Ms.Err.ScenarioNotFound");
        if (input.SamplePerProject is not (>= 1 and <= 50)) errors.Add("samplePerProject", "Ms.Err.Sample");
        if (errors.Any) return (null, errors);

        var number = (await db.Waves.Where(w => w.ProgramId == programId).MaxAsync(w => (int?)w.Number, ct) ?? 0) + 1;
        var wave = new Wave
        {
            ProgramId = programId, Number = number, Name = string.IsNullOrWhiteSpace(input.Name) ? l["Ms.WaveDefaultName", number] : input.Name.Trim(),
            StartsOn = input.StartsOn!.Value, EndsOn = input.EndsOn!.Value, ModelId = model!.Id, ScenarioIds = string.Join(",", scenarioIds),
            SamplePerProject = input.SamplePerProject!.Value, CreatedAt = clock.GetUtcNow().UtcDateTime,
        };
        db.Waves.Add(wave);
        await db.SaveChangesAsync(ct);
        return (wave, errors);
    }

    // ---------- tasks and assignment rules ----------

    /// <summary>Shoppers a planner may pick, with the alias and name (the planner is quality staff).</summary>
    public async Task<IReadOnlyList<(int Id, string Label)>> ShoppersAsync(CancellationToken ct)
    {
        var roleId = await db.Roles.Where(r => r.Name == Roles.Shopper).Select(r => r.Id).FirstOrDefaultAsync(ct);
        var users = await db.Users.Where(u => u.IsActive && db.UserRoles.Any(ur => ur.UserId == u.Id && ur.RoleId == roleId))
            .OrderBy(u => u.ShopperAlias).Select(u => new { u.Id, u.DisplayName, u.ShopperAlias }).ToListAsync(ct);
        return users.Select(u => (u.Id, $"{u.ShopperAlias ?? "MS-" + u.Id} {u.DisplayName}")).ToList();
    }

    public async Task<MsRules.AssignmentCheck> CheckAssignmentAsync(int shopperId, int projectId, DateTime windowStart, string identity, long? exceptTask, CancellationToken ct)
    {
        var conflict = await db.ShopperConflicts.AnyAsync(c => c.ShopperId == shopperId && c.ProjectId == projectId, ct);
        var history = await db.ShopperTasks.AsNoTracking()
            .Where(t => t.ShopperId == shopperId && t.Status != TaskStatus.Cancelled && t.Id != (exceptTask ?? 0))
            .Join(db.Scenarios, t => t.ScenarioId, s => s.Id, (t, s) => new MsRules.PastTask(t.ProjectId, t.WindowStart, s.Identity))
            .ToListAsync(ct);
        return MsRules.CheckAssignment(projectId, windowStart, identity, conflict, history, LockoutDays);
    }

    public async Task<(ShopperTask? Task, IReadOnlyList<string> Warnings, FieldErrors Errors)> AddTaskAsync(int waveId, TaskInput input, CancellationToken ct)
    {
        var errors = new FieldErrors(l);
        var wave = await db.Waves.AsNoTracking().FirstOrDefaultAsync(w => w.Id == waveId, ct);
        if (wave is null || !await db.MsProgramProjects.AnyAsync(p => p.ProgramId == wave.ProgramId, ct)) return (null, [], errors.Add("id", "Err.NotFound"));
        var inProgram = input.ProjectId is int pid && await db.MsProgramProjects.AnyAsync(p => p.ProgramId == wave.ProgramId && p.ProjectId == pid, ct);
        if (!inProgram) errors.Add("projectId", "Ms.Err.ProjectNotInProgram");
        if (input.ScenarioId is not int sid || !wave.Scenarios.Contains(sid)) errors.Add("scenarioId", "Ms.Err.ScenarioNotInWave");
        if (input.WindowStart is null || input.WindowEnd is null) errors.Add("windowStart", "Err.Required", l["Ms.Field.Window"]);
        else if (input.WindowEnd <= input.WindowStart) errors.Add("windowEnd", "Ms.Err.WindowOrder");
        else
        {
            var zone = Platform.Calendar.BusinessCalendar.FindZone(Project.DefaultTimeZone);
            var startDay = DateOnly.FromDateTime(TimeZoneInfo.ConvertTimeFromUtc(input.WindowStart.Value.UtcDateTime, zone));
            if (startDay < wave.StartsOn || startDay > wave.EndsOn) errors.Add("windowStart", "Ms.Err.WindowOutsideWave", wave.StartsOn, wave.EndsOn);
        }
        if (errors.Any) return (null, [], errors);

        var warnings = new List<string>();
        var scenario = await db.Scenarios.AsNoTracking().FirstAsync(s => s.Id == input.ScenarioId, ct);
        var start = input.WindowStart!.Value.UtcDateTime;
        if (input.ShopperId is int shopperId)
        {
            if (!(await ShoppersAsync(ct)).Any(s => s.Id == shopperId)) return (null, [], errors.Add("shopperId", "Ms.Err.NotAShopper"));
            var check = await CheckAssignmentAsync(shopperId, input.ProjectId!.Value, start, scenario.Identity, null, ct);
            if (!check.Allowed) return (null, [], errors.Add("shopperId", check.BlockReasonKey!, LockoutDays));
            warnings.AddRange(Recognisable(check, scenario.Identity));
        }
        var planned = await db.ShopperTasks.CountAsync(t => t.WaveId == waveId && t.ProjectId == input.ProjectId && t.Status != TaskStatus.Cancelled, ct);
        if (planned >= wave.SamplePerProject) warnings.Add(l["Ms.Warn.OverSample", planned + 1, wave.SamplePerProject]);

        var now = clock.GetUtcNow().UtcDateTime;
        var task = new ShopperTask
        {
            WaveId = waveId, ProjectId = input.ProjectId!.Value, ScenarioId = scenario.Id, ShopperId = input.ShopperId,
            WindowStart = start, WindowEnd = input.WindowEnd!.Value.UtcDateTime, Status = TaskStatus.Offered, CreatedAt = now,
        };
        db.ShopperTasks.Add(task);
        await db.SaveChangesAsync(ct);
        db.ShopperTaskEvents.Add(new ShopperTaskEvent { TaskId = task.Id, At = now, UserId = access.UserId, To = TaskStatus.Offered });
        await db.SaveChangesAsync(ct);
        return (task, warnings, errors);
    }

    private List<string> Recognisable(MsRules.AssignmentCheck check, string identity) =>
        check.Recognisable.Count == 0 ? [] :
        [
            l["Ms.Warn.Recognisable", check.Recognisable.Count, check.Recognisable.Max(h => h.WindowStart).ToString("yyyy-MM-dd"),
                check.Recognisable.Any(h => h.Identity == identity) ? l["Ms.Warn.SameIdentity", identity] : ""].Value.Trim(),
        ];

    public async Task<DeskResult> CancelTaskAsync(long id, string? reason, CancellationToken ct)
    {
        var task = await db.ShopperTasks.FirstOrDefaultAsync(t => t.Id == id, ct);
        if (task is null) return DeskResult.NotFound;
        if (string.IsNullOrWhiteSpace(reason)) return new(DeskOutcome.Invalid, null, new FieldErrors(l).Add("reason", "Err.Required", l["Ms.Field.Reason"]));
        if (task.Status is TaskStatus.Approved or TaskStatus.Published or TaskStatus.Cancelled) return new(DeskOutcome.Conflict, l["Ms.Err.State"]);
        var from = task.Status;
        task.Status = TaskStatus.Cancelled;
        task.CancelReason = reason.Trim()[..Math.Min(500, reason.Trim().Length)];
        db.ShopperTaskEvents.Add(new ShopperTaskEvent { TaskId = task.Id, At = clock.GetUtcNow().UtcDateTime, UserId = access.UserId, From = from, To = TaskStatus.Cancelled, Note = task.CancelReason });
        await db.SaveChangesAsync(ct);
        return DeskResult.Ok;
    }

    public async Task<FieldErrors> DeclareConflictAsync(ConflictInput input, CancellationToken ct)
    {
        var errors = new FieldErrors(l);
        var shopperId = access.IsShopper ? access.UserId : input.ShopperId;
        if (shopperId is null || !(await ShoppersAsync(ct)).Any(s => s.Id == shopperId)) errors.Add("shopperId", "Ms.Err.NotAShopper");
        if (input.ProjectId is not int pid || !await db.Projects.AnyAsync(p => p.Id == pid, ct)) errors.Add("projectId", "Err.ProjectNotFound");
        errors.Required("reason", input.Reason, "Ms.Field.Reason").MaxLength("reason", input.Reason, 200, "Ms.Field.Reason");
        if (errors.Any) return errors;
        if (!await db.ShopperConflicts.AnyAsync(c => c.ShopperId == shopperId && c.ProjectId == input.ProjectId, ct))
        {
            db.ShopperConflicts.Add(new ShopperConflict { ShopperId = shopperId!.Value, ProjectId = input.ProjectId!.Value, Reason = input.Reason!.Trim(), DeclaredAt = clock.GetUtcNow().UtcDateTime });
            await db.SaveChangesAsync(ct);
        }
        return errors;
    }
}
