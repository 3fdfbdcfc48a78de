using Yardstick.Web.Features.Organization;

namespace Yardstick.Web.Features.MysteryShopping;

public sealed record ModelInput(string? Key, string? Name, ProjectType? PropertyType, ModelDefinition? Definition);

public sealed record ModelSummary(int Id, string Key, int VersionNumber, string Name, ProjectType PropertyType, ModelStatus Status,
    bool IsBuiltIn, int Items, DateTime CreatedAt, DateTime? PublishedAt, bool InUse);

public sealed record ModelDto(ModelSummary Model, ModelDefinition Definition);

public sealed record ScenarioInput(string? Title, ProjectType? PropertyType, string? Identity, string? Purpose, string? DialogueGuide,
    string? ObservationPoints, IReadOnlyList<string>? ItemKeys, string? TimeSlots);

public sealed record ScenarioDto(int Id, string Title, ProjectType PropertyType, string Identity, string Purpose, string DialogueGuide,
    string ObservationPoints, IReadOnlyList<string> ItemKeys, string TimeSlots, bool IsBuiltIn);

public sealed record ProgramInput(string? Name, string? Client, IReadOnlyList<int>? ProjectIds);

public sealed record ProjectRef(int Id, string Name);

public sealed record WaveInput(string? Name, DateOnly? StartsOn, DateOnly? EndsOn, int? ModelId, IReadOnlyList<int>? ScenarioIds, int? SamplePerProject);

public sealed record WaveDto(int Id, int ProgramId, int Number, string Name, DateOnly StartsOn, DateOnly EndsOn, int ModelId, string ModelName,
    int ModelVersion, IReadOnlyList<int> ScenarioIds, int SamplePerProject, int Tasks, int Published);

public sealed record ProgramDto(int Id, string Name, string Client, IReadOnlyList<ProjectRef> Projects, IReadOnlyList<WaveDto> Waves);

/// <summary>Windows are instants (send an offset, e.g. 2026-12-05T09:00+08:00). No shopper: the task is open to those the rules allow.</summary>
public sealed record TaskInput(int? ProjectId, int? ScenarioId, int? ShopperId, DateTimeOffset? WindowStart, DateTimeOffset? WindowEnd);

/// <summary>
/// A task as the caller may see it. <see cref="Shopper"/> is the alias (MS-017) for everyone but quality staff, who also get
/// the name and <see cref="ShopperId"/>; the identity never reaches project staff or the client.
/// </summary>
public sealed record TaskDto(long Id, int ProgramId, string ProgramName, int WaveId, string WaveName, int ProjectId, string ProjectName,
    int ScenarioId, string ScenarioTitle, string Identity, int? ShopperId, string? Shopper, DateTime WindowStart, DateTime WindowEnd,
    TaskStatus Status, IReadOnlyList<MsFlag> Flags, DateTime? CheckedInAt, DateTime? SubmittedAt, bool Late, double? TotalScore, string? Grade,
    int Version);

public sealed record TaskCreated(TaskDto Task, IReadOnlyList<string> Warnings);

public sealed record CheckInInput(double? Latitude, double? Longitude, double? Accuracy, string? NoLocationReason);

public sealed record ItemInput(ItemResult? Result, string? Note, string? Quote);

public sealed record RecordInput(IReadOnlyList<TimelineEntry>? Timeline, IReadOnlyDictionary<string, ItemInput>? Items, string? Narrative,
    bool? IdentityExposed, string? ExposureNote, int? BaseVersion);

public sealed record SubmitInput(bool? IgnoreVagueWords);

public sealed record AdjustmentInput(string? Item, ItemResult? Result, double? Points, string? Reason);

public sealed record ReviewInput(string? Decision, string? Comment, IReadOnlyList<AdjustmentInput>? Adjustments, string? Strengths, string? Suggestions);

public sealed record EvidenceDto(long Id, string? ItemKey, string ContentType, DateTime UploadedAt, DateTime? TakenAt, IReadOnlyList<MsFlag> Flags, string Url);

public sealed record EventDto(DateTime At, string By, TaskStatus? From, TaskStatus To, string? Note);

public sealed record AdjustmentDto(string ItemKey, string ItemTitle, ItemResult FromResult, double FromPoints, ItemResult ToResult, double ToPoints,
    string Reason, string By, DateTime At);

/// <summary>An item of the task's model as the shopper records it and the reviewer sees it.</summary>
public sealed record TaskItemDto(ModelItem Item, string DimensionName, ItemResult? Result, string? Note, string? Quote, double Deduction,
    ItemResult? FinalResult, double FinalDeduction, IReadOnlyList<string> VagueWords);

public sealed record TimingDto(int? GreetingSeconds, int? WaitingSeconds, int? HandlingSeconds, int? OnSiteSeconds);

public sealed record TaskDetail(TaskDto Task, ScenarioDto Scenario, int ModelId, string ModelName, int ModelVersion, IReadOnlyList<GradeBand> Grades,
    double? CheckInLatitude, double? CheckInLongitude, double? CheckInAccuracy, double? CheckInDistance, int GeofenceMeters, string? NoLocationReason,
    VisitRecord Record, DateTime? RecordSavedAt, IReadOnlyList<TaskItemDto> Items, TimingDto Timing, IReadOnlyList<EvidenceDto> Evidence,
    IReadOnlyList<EventDto> Events, IReadOnlyList<AdjustmentDto> Adjustments, VisitScore Score, string? ReviewComment, string? Strengths,
    string? Suggestions, int Submissions, int Returns);

public sealed record ReportFinding(string ItemKey, string Title, string Criterion, ItemResult Result, double Deduction, string? Fact, string? Quote,
    bool RedLine, IReadOnlyList<EvidenceDto> Evidence, long? FindingId, FindingStatus? FindingStatus);

public sealed record ReportDimension(PartScore Score, IReadOnlyList<ReportFinding> Findings);

/// <summary>Seed 000's report: facts → analysis → scores → suggestions. Names no shopper, only the alias.</summary>
public sealed record VisitReport(long Id, string ProjectName, string ProgramName, string WaveName, DateTime? VisitedAt, string ScenarioTitle,
    string Identity, string Shopper, double Total, string Grade, bool RedLineFailed, IReadOnlyList<GradeBand> Grades,
    IReadOnlyList<ReportDimension> Dimensions, IReadOnlyList<PartScore> Posts, IReadOnlyList<TimelineEntry> Timeline, TimingDto Timing,
    string? Narrative, IReadOnlyList<string> Strengths, string? Suggestions, IReadOnlyList<EvidenceDto> Evidence, DateTime? PublishedAt);

public sealed record LeagueRow(int ProjectId, string ProjectName, int Visits, double Average, string Grade, double? Previous, double? Change);

public sealed record PartAverage(string Key, string Name, double Rate, double? Previous);

public sealed record FailedItem(string ItemKey, string Title, int Failed, int Observed, double Rate);

public sealed record TrendPoint(int WaveId, int Number, string Name, double? Average, IReadOnlyDictionary<string, double> Dimensions);

public sealed record WaveSummary(WaveDto Wave, string ProgramName, int Visits, double? Average, IReadOnlyList<LeagueRow> League,
    IReadOnlyList<PartAverage> Dimensions, IReadOnlyList<PartAverage> Posts, IReadOnlyList<FailedItem> MostFailed,
    IReadOnlyDictionary<string, int> Grades, IReadOnlyList<GradeBand> GradeBands, int? PreviousWaveId, IReadOnlyList<TrendPoint> Trend);

public sealed record FindingDto(long Id, long TaskId, int ProgramId, int WaveId, string WaveName, int ProjectId, string ProjectName, string ItemKey,
    string ItemTitle, string Dimension, StaffPost Post, string Fact, double Deduction, FindingStatus Status, int? OwnerStaffId, string? OwnerName,
    DateOnly? DueOn, bool Overdue, string? Action, string? ExpectedEffect, string? CompletionNote, DateTime? VerifiedAt, long? VerifiedByTaskId,
    bool Systemic, long? PreviousFindingId, int Version);

public sealed record FindingQuery(int? ProjectId, int? ProgramId, int? WaveId, FindingStatus? Status, bool? Systemic, bool? Overdue, int? Page, int? PageSize);

public sealed record PlanInput(int? OwnerStaffId, DateOnly? DueOn, string? Action, string? ExpectedEffect);

public sealed record CompleteInput(string? Note);

public sealed record VerifyInput(bool? Passed, string? Note);

public sealed record ShopperPerformance(int ShopperId, string Name, string Alias, int Tasks, int Submitted, double? OnTimeRate, double? ReturnRate,
    double? AverageAdjustments, int IdentityExposures);

public sealed record ConflictInput(int? ShopperId, int? ProjectId, string? Reason);

public sealed record TaskQuery(int? WaveId, int? ProjectId, TaskStatus? Status, bool? Open, int? Page, int? PageSize);
