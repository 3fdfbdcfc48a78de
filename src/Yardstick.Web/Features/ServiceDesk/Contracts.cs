using Yardstick.Web.Features.Organization;

namespace Yardstick.Web.Features.ServiceDesk;

public sealed record WorkOrderInput(
    int? ProjectId, WorkOrderType? Type, Channel? Channel, Category? Category, Priority? Priority, string? Description,
    int? UnitId = null, string? UnitLabel = null, string? Location = null,
    int? CustomerId = null, string? CustomerName = null, string? CustomerPhone = null,
    RepairScope? RepairScope = null, DateTime? AppointmentAt = null, DateOnly? ContractStart = null, DateOnly? ContractEnd = null,
    ComplaintNature? Nature = null, CommunicativeKind? CommunicativeKind = null, Severity? Severity = null,
    string? AccusedDepartment = null, int? AccusedStaffId = null, string? Demand = null,
    IReadOnlyList<Guid>? PhotoIds = null,
    /// <summary>An inquiry answered on the spot: the order is resolved at intake with this answer (首次解决).</summary>
    string? AnsweredNow = null,
    /// <summary>The handbook article the answer came from.</summary>
    int? ArticleId = null);

/// <summary>The body of every action; which fields matter depends on the action.</summary>
public sealed record WorkOrderActionInput(int? Version = null, int? AssigneeId = null, string? Department = null,
    string? Note = null, string? Resolution = null, int? ArticleId = null);

public sealed record ClassifyInput(int? Version, WorkOrderType? Type, Category? Category, Priority? Priority,
    Severity? Severity = null, ComplaintNature? Nature = null, CommunicativeKind? CommunicativeKind = null, string? Note = null);

public sealed record ReplyInput(int? Version, ContactMethod? Method, string? Note, DateTime? At = null);
public sealed record RatingInput(int? Version, int? Score, string? Comment);
public sealed record MergeInput(int? Version, long? MasterId);

public sealed record WorkOrderFilter(
    int? ProjectId = null, WorkOrderType? Type = null, WorkOrderStatus? Status = null, Category? Category = null,
    Priority? Priority = null, bool? Overdue = null, bool? Open = null, bool? Mine = null, string? Q = null,
    int? Page = null, int? PageSize = null);

public sealed record WorkOrderListItem(
    long Id, string Number, int ProjectId, WorkOrderType Type, Category Category, Priority Priority, Severity? Severity,
    WorkOrderStatus Status, string Location, string CustomerName, string Summary, DateTime CreatedAt,
    int? AssigneeId, string? AssigneeName, string Department, DateTime? NextDueAt, bool Overdue, bool Repeat, long? MasterId);

public sealed record SlaClockDto(SlaTarget Target, int Amount, SlaUnit Unit, DateTime StartAt, DateTime DueAt,
    DateTime? MetAt, bool Met, bool Breached, int EscalationLevel);

public sealed record TimelineDto(DateTime At, string UserName, WorkOrderEventKind Kind, WorkOrderStatus? From, WorkOrderStatus? To, string Note);

public sealed record WorkOrderDto(
    long Id, string Number, int ProjectId, string ProjectName, WorkOrderType Type, RepairScope? RepairScope, Channel Channel,
    Category Category, Priority Priority, string Description, int? UnitId, string Location,
    int? CustomerId, string CustomerName, string CustomerPhone, DateTime? AppointmentAt, DateOnly? ContractStart, DateOnly? ContractEnd,
    ComplaintNature? Nature, CommunicativeKind? CommunicativeKind, Severity? Severity, string AccusedDepartment, int? AccusedStaffId, string Demand,
    WorkOrderStatus Status, int ReceiverId, string ReceiverName, string Department, int? AssigneeId, string? AssigneeName,
    DateTime CreatedAt, DateTime? DispatchedAt, DateTime? AcceptedAt, DateTime? StartedAt, DateTime? ResolvedAt, DateTime? ClosedAt,
    string Resolution, bool FirstContactResolution,
    DateTime? ReplyAt, ContactMethod? ReplyMethod, string ReplyNote, string? ReplyByName,
    int? ArticleId, string? ArticleQuestion,
    int? Rating, string RatingComment, int ReopenCount, long? MasterId, string? MasterNumber, long? RepeatOfId, string? RepeatOfNumber,
    IReadOnlyList<Guid> Photos, IReadOnlyList<SlaClockDto> Sla, IReadOnlyList<TimelineDto> Timeline,
    IReadOnlyList<string> Actions, int Version);

public sealed record DuplicateDto(long Id, string Number, WorkOrderType Type, Category Category, WorkOrderStatus Status,
    DateTime CreatedAt, string Location, string CustomerName, string Summary);

public sealed record SlaRuleDto(WorkOrderType Type, Priority? Priority, Severity? Severity, Channel? Channel, SlaTarget Target, int Amount, SlaUnit Unit);

public sealed record SlaPolicyDto(int ProjectId, bool IsDefault, IReadOnlyList<SlaRuleDto> Rules);

public sealed record SlaPolicyInput(IReadOnlyList<SlaRuleDto>? Rules);

public enum DeskOutcome { Ok, NotFound, Forbidden, Conflict, Invalid }

/// <summary>What an action did: the API turns it into 200/404/403/409/400, a page into a message.</summary>
public sealed record DeskResult(DeskOutcome Outcome, string? Message = null, Platform.Web.FieldErrors? Errors = null)
{
    public static readonly DeskResult Ok = new(DeskOutcome.Ok);
    public static readonly DeskResult NotFound = new(DeskOutcome.NotFound);
    public static readonly DeskResult Forbidden = new(DeskOutcome.Forbidden);
}

public sealed record BoardRow(long Id, string Number, int ProjectId, WorkOrderType Type, Priority Priority, Severity? Severity, WorkOrderStatus Status,
    string Location, string Summary, string? AssigneeName, string Department, SlaTarget Target, DateTime DueAt, int EscalationLevel, bool Breached);
