namespace Yardstick.Web.Features.Surveys;

public sealed record TemplateSummary(int Id, string Key, int Version, string Name, bool IsBuiltIn, bool Frozen, int Questions, DateTime CreatedAt);

public sealed record TemplateDto(int Id, string Key, int Version, string Name, bool IsBuiltIn, DateTime? FrozenAt, Questionnaire Questionnaire);

/// <summary>A new questionnaire, or — with the key of an existing one — its next version.</summary>
public sealed record TemplateInput(string? Key, string? Name, Questionnaire? Questionnaire);

public sealed record CampaignInput(
    string? Name, int? TemplateId, IReadOnlyList<int>? ProjectIds, DateOnly? OpensOn, DateOnly? ClosesOn,
    IReadOnlyList<SurveyChannel>? Channels, SamplingMode? Sampling, double? SampleRatio, int? SampleSize, int? Seed,
    int? ExcludeSurveyedWithinDays, double? DistributionTarget, double? RecoveryTarget);

public sealed record CampaignProjectDto(int ProjectId, string ProjectName, int Eligible, int PlannedSample, int Invitations, int Distributed, int Responses,
    double? DistributionRate, double? RecoveryRate);

public sealed record BuildingProgressDto(int ProjectId, int BuildingId, string Building, int Invitations, int Distributed, int Responses, double? RecoveryRate);

public sealed record SurveyorProgressDto(int ProjectId, int? SurveyorId, string Surveyor, int Assigned, int Distributed, int Valid, int Fraudulent,
    double? RecoveryRate, double Score);

public sealed record CampaignDto(
    int Id, string Name, int TemplateId, string TemplateName, int TemplateVersion, DateOnly OpensOn, DateOnly ClosesOn,
    IReadOnlyList<SurveyChannel> Channels, SamplingMode Sampling, double? SampleRatio, int? SampleSize, int Seed, int? ExcludeSurveyedWithinDays,
    double DistributionTarget, double RecoveryTarget, CampaignStatus Status, DateTime? LaunchedAt, DateTime? ClosedAt, int Version,
    IReadOnlyList<CampaignProjectDto> Projects, int Invitations, int Distributed, int Responses, int Excluded, double? DistributionRate,
    double? RecoveryRate, int AuditSampled, int AuditPending, int Flagged, int FollowUps,
    IReadOnlyList<BuildingProgressDto> Buildings, IReadOnlyList<SurveyorProgressDto> Surveyors);

public sealed record CampaignProjectName(int ProjectId, string ProjectName);

public sealed record CampaignHead(int Id, string Name, int TemplateId, DateOnly OpensOn, DateOnly ClosesOn, IReadOnlyList<SurveyChannel> Channels,
    CampaignStatus Status, IReadOnlyList<CampaignProjectName> Projects);

public sealed record CampaignSummary(int Id, string Name, CampaignStatus Status, DateOnly OpensOn, DateOnly ClosesOn, IReadOnlyList<string> Projects,
    int Invitations, int Responses, double? RecoveryRate);

public sealed record InvitationDto(
    long Id, int ProjectId, string Building, string UnitLabel, string? CustomerName, string? CustomerPhone, int? SurveyorId, string? Surveyor,
    string? Link, bool Distributed, string? NotDeliveredReason, bool Opened, DateTime? RespondedAt);

public sealed record InvitationQuery(int? ProjectId, int? BuildingId, int? SurveyorId, bool? Answered, int? Page, int? PageSize);

public sealed record StaffResponseInput(
    long? InvitationId, int? ProjectId, string? UnitLabel, SurveyChannel? Channel, string? FormNumber, int? SurveyorId,
    IReadOnlyList<AnswerInput>? Answers);

public sealed record PublicResponseInput(IReadOnlyList<AnswerInput>? Answers);

public sealed record AuditInput(AuditState? Result, string? Note, int? Version = null);

public sealed record FlagDecisionInput(FlagDecision? Decision, string? Note, int? Version = null);

public sealed record NotDeliveredInput(string? Reason);

public sealed record ResponseEventDto(DateTime At, string UserName, ResponseEventKind Kind, string? From, string? To, string? Note);

public sealed record ResponseDto(
    long Id, int CampaignId, string CampaignName, int ProjectId, string ProjectName, string UnitLabel, SurveyChannel Channel, string? FormNumber,
    string? Surveyor, DateTime? StartedAt, DateTime SubmittedAt, IReadOnlyList<ResponseFlags> Flags, FlagDecision FlagDecision,
    AuditState Audit, string? AuditNote, bool Excluded, long? FollowUpOrderId, string? FollowUpNumber, int Version,
    IReadOnlyDictionary<string, object> Answers, IReadOnlyList<ResponseEventDto> Events);

public sealed record ReviewItemDto(
    long Id, int ProjectId, string UnitLabel, SurveyChannel Channel, string? FormNumber, string? Surveyor, string? CustomerName, string? CustomerPhone,
    DateTime SubmittedAt, IReadOnlyList<ResponseFlags> Flags, FlagDecision FlagDecision, AuditState Audit, bool Excluded, int Version);

public sealed record AuditSampleDto(int Drawn, int Sampled, IReadOnlyList<ReviewItemDto> Items);

public sealed record LeagueRow(int Rank, int ProjectId, string Project, long Responses, double? RecoveryRate, double? SatisfactionRate, double? Csi, double? Nps);

public sealed record BuildingResultRow(int ProjectId, int BuildingId, string Building, long Responses, double? RecoveryRate, double? SatisfactionRate, double? Csi);

public sealed record SectionComparison(string Key, string Title, double? Score, double? PreviousScore, double? SatisfactionRate, double? PreviousSatisfactionRate);

public sealed record PreviousCampaign(int Id, string Name, DateOnly OpensOn, double? SatisfactionRate, double? Csi, double? Nps, double? RecoveryRate);

public sealed record CommentDto(long ResponseId, int ProjectId, string UnitLabel, string QuestionId, string Question, string Text, DateTime SubmittedAt,
    string? Polarity, string? Alert, string? Category);

public sealed record SurveyResultsDto(
    int CampaignId, string Name, int? ProjectId, long Responses, int Excluded, int Planned, int Distributed,
    double? DistributionRate, double? RecoveryRate, double? SatisfactionRate, double? Csi, double? Nps, long NpsAnswers,
    QuestionResult? Overall, IReadOnlyList<SectionResult> Sections, IReadOnlyList<QuestionResult> Questions, IReadOnlyList<IpaPoint> Ipa,
    PreviousCampaign? Previous, IReadOnlyList<SectionComparison> Comparison, IReadOnlyList<LeagueRow> League, IReadOnlyList<BuildingResultRow> Buildings);

/// <summary>What an owner's phone needs to show the questionnaire, or why it cannot.</summary>
public sealed record PublicSurveyDto(
    string State, string? CampaignName, string? ProjectName, string? UnitLabel, DateOnly? ClosesOn, Questionnaire? Questionnaire,
    IReadOnlyDictionary<string, object>? Draft);

public static class PublicSurveyState
{
    public const string Open = "open", Answered = "answered", Closed = "closed", NotYetOpen = "notYetOpen", Unknown = "unknown";
}
