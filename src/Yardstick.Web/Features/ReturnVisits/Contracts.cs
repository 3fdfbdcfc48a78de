using Yardstick.Web.Features.ServiceDesk;

namespace Yardstick.Web.Features.ReturnVisits;

public sealed record VisitFilter(int? ProjectId = null, VisitStatus? Status = null, bool? Mine = null, bool? NeedsDecision = null,
    VisitReason? Reason = null, long? WorkOrderId = null, int? Page = null, int? PageSize = null);

public sealed record VisitListItem(long Id, long WorkOrderId, string OrderNumber, int ProjectId, WorkOrderType OrderType, Category Category,
    string CustomerName, string Location, VisitReason Reason, Visitor Visitor, string Department, int? AssigneeId, string? AssigneeName,
    DateTime OpensAt, DateTime DueAt, DateTime OverdueAt, VisitStatus Status, DateTime? DoneAt, VisitMethod? Method, VisitOutcome? Outcome,
    bool NeedsDecision, bool RedRemark);

public sealed record VisitDto(long Id, long WorkOrderId, string OrderNumber, int ProjectId, string ProjectName, WorkOrderType OrderType,
    Category Category, WorkOrderStatus OrderStatus, string OrderDescription, string Resolution, string CustomerName, string CustomerPhone,
    string Location, VisitReason Reason, Visitor Visitor, string Department, int? AssigneeId, string? AssigneeName,
    DateTime CreatedAt, DateTime OpensAt, DateTime DueAt, DateTime OverdueAt, VisitStatus Status,
    DateTime? DoneAt, VisitMethod? Method, VisitOutcome? Outcome, int? QualityScore, int? TimelinessScore, int? AttitudeScore, string Comment,
    bool RedRemark, Guid? SignatureFileId, long? LetterId, string? LetterTitle, string? VisitedByName,
    VisitDecision? Decision, string DecisionNote, DateTime? DecidedAt, long? NewWorkOrderId, long? PreviousVisitId,
    bool NeedsDecision, IReadOnlyList<string> Actions, int Version);

/// <summary>
/// A finished visit. <see cref="Signature"/> is the customer's signature as a PNG data URL
/// (<c>data:image/png;base64,…</c>), required for a home visit.
/// </summary>
public sealed record CompleteVisitInput(int? Version, VisitMethod? Method, VisitOutcome? Outcome,
    int? QualityScore = null, int? TimelinessScore = null, int? AttitudeScore = null, string? Comment = null,
    string? Signature = null, long? LetterId = null, DateTime? At = null);

public sealed record DecideVisitInput(int? Version, VisitDecision? Decision, string? Note);
public sealed record AssignVisitInput(int? Version, int? AssigneeId);

/// <summary>One open letter answering the same issue for many owners; it completes each of their tasks.</summary>
public sealed record OpenLetterInput(int? ProjectId, string? Title, string? Body, IReadOnlyList<long>? VisitIds, VisitOutcome? Outcome);

public sealed record SampleInput(int? ProjectId, string? Month);

public sealed record SampleResult(int ProjectId, int Month, int Repairs, int Households, int Size, IReadOnlyList<long> VisitIds, bool Existing);

/// <summary>A rate against its target: <see cref="AtMost"/> for targets that are ceilings (phone and letter share ≤ 60 %).</summary>
public sealed record RateDto(int Numerator, int Denominator, double? Value, double? Target, bool AtMost)
{
    public bool? Meets => Value is not double v || Target is not double t ? null : AtMost ? v <= t + 1e-9 : v >= t - 1e-9;
}

public sealed record VisitStatsDto(int? ProjectId, DateOnly From, DateOnly To,
    RateDto ComplaintVisitRate, RateDto RepairVisitRate, RateDto HomeSignedShare, RateDto PhoneLetterShareOfYear, RateDto OnTimeRate,
    IReadOnlyDictionary<string, int> ByStatus, IReadOnlyDictionary<string, int> ByOutcome, IReadOnlyDictionary<string, int> ByMethod,
    double? AverageQuality, double? AverageTimeliness, double? AverageAttitude);
