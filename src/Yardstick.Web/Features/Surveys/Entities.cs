using Yardstick.Web.Features.Organization;

namespace Yardstick.Web.Features.Surveys;

/// <summary>A questionnaire version. Used by a launched campaign, it is frozen: changes make a new version.</summary>
public sealed class SurveyTemplate : IAudited, INeverDeleted
{
    public int Id { get; set; }
    /// <summary>Shared by all versions of one questionnaire, e.g. property-satisfaction-standard.</summary>
    public string Key { get; set; } = "";
    public int VersionNumber { get; set; } = 1;
    public string Name { get; set; } = "";
    /// <summary>The <see cref="Questionnaire"/> as JSON.</summary>
    public string Definition { get; set; } = "";
    public bool IsBuiltIn { get; set; }
    public DateTime? FrozenAt { get; set; }
    public bool IsActive { get; set; } = true;
    public DateTime CreatedAt { get; set; }
    public int? CreatedById { get; set; }

    public Questionnaire Questionnaire => Surveys.Questionnaire.FromJson(Definition);
}

[Flags]
public enum SurveyChannels { None = 0, Link = 1, Paper = 2, Phone = 4, All = Link | Paper | Phone }

/// <summary>How one response was collected.</summary>
public enum SurveyChannel { Link = 1, Paper = 2, Phone = 4 }

public enum CampaignStatus { Draft, Scheduled, Open, Closed }

/// <summary>调查策划: who is surveyed, when, how, and against which targets (seed 003's 策划书).</summary>
public sealed class SurveyCampaign : IAudited, IVersioned, INeverDeleted
{
    public int Id { get; set; }
    public string Name { get; set; } = "";
    public int TemplateId { get; set; }
    public DateOnly OpensOn { get; set; }
    public DateOnly ClosesOn { get; set; }
    public SurveyChannels Channels { get; set; } = SurveyChannels.All;
    public SamplingMode Sampling { get; set; }
    public double? SampleRatio { get; set; }
    public int? SampleSize { get; set; }
    public int Seed { get; set; }
    /// <summary>Households invited by another campaign within this many days are left out.</summary>
    public int? ExcludeSurveyedWithinDays { get; set; }
    /// <summary>Seed 003: 发放率为100%, 回收率≥85%.</summary>
    public double DistributionTarget { get; set; } = 100;
    public double RecoveryTarget { get; set; } = 85;
    public DateTime? LaunchedAt { get; set; }
    public DateTime? ClosedAt { get; set; }
    public DateTime CreatedAt { get; set; }
    public int? CreatedById { get; set; }
    public int Version { get; set; }
    public List<SurveyCampaignProject> Projects { get; set; } = [];

    public CampaignStatus StatusOn(DateOnly today) =>
        LaunchedAt is null ? CampaignStatus.Draft
        : ClosedAt is not null || today > ClosesOn ? CampaignStatus.Closed
        : today < OpensOn ? CampaignStatus.Scheduled
        : CampaignStatus.Open;
}

/// <summary>A project of a campaign; its planned sample is fixed at launch.</summary>
public sealed class SurveyCampaignProject : IProjectOwned
{
    public int CampaignId { get; set; }
    public int ProjectId { get; set; }
    public int PlannedSample { get; set; }
}

/// <summary>One sampled household: its link and QR code carry <see cref="Token"/>.</summary>
public sealed class SurveyInvitation : IProjectOwned
{
    public long Id { get; set; }
    public int CampaignId { get; set; }
    public int ProjectId { get; set; }
    public int BuildingId { get; set; }
    public int UnitId { get; set; }
    public string UnitLabel { get; set; } = "";
    /// <summary>At least 128 random bits, URL-safe; the only thing an owner needs to answer.</summary>
    public string Token { get; set; } = "";
    /// <summary>The staff member who delivers and collects this household's form or calls it.</summary>
    public int? SurveyorId { get; set; }
    /// <summary>Why the form could not be handed over (空置, 拒收 …); such a household does not count as distributed.</summary>
    public string? NotDeliveredReason { get; set; }
    public DateTime? OpenedAt { get; set; }
    public byte[]? DraftAnswers { get; set; }
    public string? DraftTexts { get; set; }
    public DateTime? DraftSavedAt { get; set; }
    public DateTime? RespondedAt { get; set; }
}

public enum AuditState { None, Sampled, Verified, Fraudulent }

public enum FlagDecision { None, Kept, Excluded }

/// <summary>A household's answers. Excluded responses (fraudulent, or excluded by a reviewer) count in no measure.</summary>
public sealed class SurveyResponse : IProjectOwned, IVersioned, INeverDeleted
{
    public long Id { get; set; }
    public int CampaignId { get; set; }
    public long InvitationId { get; set; }
    public int ProjectId { get; set; }
    public int BuildingId { get; set; }
    public SurveyChannel Channel { get; set; }
    /// <summary>编号 printed on a paper form.</summary>
    public string? FormNumber { get; set; }
    /// <summary>Who collected it (paper, phone); null for an owner's own answer by link.</summary>
    public int? SurveyorId { get; set; }
    public int? EnteredById { get; set; }
    public DateTime? StartedAt { get; set; }
    public DateTime SubmittedAt { get; set; }
    /// <summary>The compact answer vector (<see cref="AnswerSheet"/>).</summary>
    public byte[] Answers { get; set; } = [];
    /// <summary>Text answers as a JSON object keyed by question id ("" when none).</summary>
    public string Texts { get; set; } = "";
    public ResponseFlags Flags { get; set; }
    public FlagDecision FlagDecision { get; set; }
    /// <summary>Hashes of the network address and the browser's device cookie, to spot many answers from one source.</summary>
    public string? SourceAddress { get; set; }
    public string? SourceDevice { get; set; }
    public AuditState Audit { get; set; }
    public int? AuditedById { get; set; }
    public DateTime? AuditedAt { get; set; }
    public string? AuditNote { get; set; }
    public bool Excluded { get; set; }
    public long? FollowUpOrderId { get; set; }
    /// <summary>Set when a low score needs a follow-up order; the follow-up sweeper creates it and clears this.</summary>
    public DateTime? FollowUpDueAt { get; set; }
    public int Version { get; set; }

    public bool StaffCollected => Channel != SurveyChannel.Link;

    /// <summary>Fraud is excluded whatever a flag decision says; a flag excludes only by decision.</summary>
    public void Recompute() => Excluded = Audit == AuditState.Fraudulent || FlagDecision == FlagDecision.Excluded;
}

public enum ResponseEventKind { Submitted, Flagged, AuditSampled, Verified, Fraudulent, Excluded, Kept, FollowUp }

/// <summary>Every state change of a response: who, when, from, to and why (DESIGN: rules of the house).</summary>
public sealed class SurveyResponseEvent : IProjectOwned
{
    public long Id { get; set; }
    public long ResponseId { get; set; }
    public int ProjectId { get; set; }
    public DateTime At { get; set; }
    public int? UserId { get; set; }
    public string UserName { get; set; } = "";
    public ResponseEventKind Kind { get; set; }
    public string? From { get; set; }
    public string? To { get; set; }
    public string? Note { get; set; }
}
