using Yardstick.Web.Features.Organization;
using Yardstick.Web.Platform.Localization;

namespace Yardstick.Web.Features.ServiceDesk;

// Enum names are the English keys of the issue; JSON carries them as strings.
public enum WorkOrderType { Inquiry, Repair, Complaint, Suggestion, Praise, SpecialService }
public enum RepairScope { InHome, CommonArea }
public enum Channel { WalkIn, Phone, Online, WeChat, Letter, Patrol, MysteryShopper, Survey }
public enum Priority { Emergency, Urgent, Routine }
public enum Category { Equipment, Attitude, Quality, Environment, Greening, Security, Parking, Fees, Neighbor, Emergency, Other }
public enum ComplaintNature { Valid, Communicative, Invalid }
public enum CommunicativeKind { Help, Consult, Vent }
public enum Severity { Major, Important, General }

public enum WorkOrderStatus { Received, Dispatched, Accepted, InProgress, OnHold, Resolved, Closed, Cancelled }

/// <summary>The four clocks an SLA policy can set on an order.</summary>
public enum SlaTarget { Dispatch, Response, Arrival, Resolution }

/// <summary>How a target's amount is counted: calendar minutes, or working time of the project's business calendar.</summary>
public enum SlaUnit { Minutes, WorkingHours, WorkingDays }

public enum WorkOrderEventKind
{
    Created, Transition, Reclassified, Reply, Rating, Merged, Warning, Escalation, AutoMajor, Note, Compensation, Visit,
}

/// <summary>A 工单: every request of a customer, from intake to closure.</summary>
public class WorkOrder : IAudited, IVersioned, IProjectOwned, INeverDeleted
{
    public long Id { get; set; }
    /// <summary>Human-readable, unique per deployment: GD + local date + daily sequence, e.g. GD202611230007.</summary>
    public string Number { get; set; } = "";
    public int ProjectId { get; set; }

    public int? UnitId { get; set; }
    public int? BuildingId { get; set; }
    /// <summary>Where, in words: a unit label, a building, or a common area such as 地库B2.</summary>
    public string Location { get; set; } = "";
    public int? CustomerId { get; set; }
    public string CustomerName { get; set; } = "";
    /// <summary>Digits only; empty for an anonymous caller.</summary>
    public string CustomerPhone { get; set; } = "";

    public Channel Channel { get; set; }
    public WorkOrderType Type { get; set; }
    public RepairScope? RepairScope { get; set; }
    public Category Category { get; set; }
    public Priority Priority { get; set; } = Priority.Routine;
    public string Description { get; set; } = "";
    public DateTime? AppointmentAt { get; set; }
    public DateOnly? ContractStart { get; set; }
    public DateOnly? ContractEnd { get; set; }

    // Complaints (seed 003).
    public ComplaintNature? Nature { get; set; }
    public CommunicativeKind? CommunicativeKind { get; set; }
    public Severity? Severity { get; set; }
    public string AccusedDepartment { get; set; } = "";
    public int? AccusedStaffId { get; set; }
    public string Demand { get; set; } = "";

    public WorkOrderStatus Status { get; set; } = WorkOrderStatus.Received;
    /// <summary>The status to return to when an order on hold resumes.</summary>
    public WorkOrderStatus? StatusBeforeHold { get; set; }
    public DateTime? HeldAt { get; set; }

    /// <summary>受理人: responsible for the order until it closes, whoever works on it (首问负责制).</summary>
    public int ReceiverId { get; set; }
    public string Department { get; set; } = "";
    public int? AssigneeId { get; set; }

    public DateTime CreatedAt { get; set; }
    public DateTime? DispatchedAt { get; set; }
    public DateTime? AcceptedAt { get; set; }
    public DateTime? StartedAt { get; set; }
    public DateTime? ResolvedAt { get; set; }
    public DateTime? ClosedAt { get; set; }
    public string Resolution { get; set; } = "";
    /// <summary>An inquiry answered at intake, without dispatch (首次解决).</summary>
    public bool FirstContactResolution { get; set; }

    // The reply to the customer: who, when, how (谁受理、谁回复).
    public DateTime? ReplyAt { get; set; }
    public ContactMethod? ReplyMethod { get; set; }
    public string ReplyNote { get; set; } = "";
    public int? ReplyById { get; set; }

    public int? Rating { get; set; }
    public string RatingComment { get; set; } = "";
    public DateTime? RatedAt { get; set; }

    public int ReopenCount { get; set; }
    /// <summary>Set when merged into another order: counted once, under the master.</summary>
    public long? MasterId { get; set; }
    /// <summary>An earlier complaint of the same unit or customer and category closed within 30 days before this one.</summary>
    public long? RepeatOfId { get; set; }
    /// <summary>The handbook article the agent answered an inquiry with (a soft link: articles are deactivated, never deleted).</summary>
    public int? ArticleId { get; set; }

    public int Version { get; set; }

    public List<WorkOrderDeadline> Deadlines { get; set; } = [];
    public List<WorkOrderPhoto> Photos { get; set; } = [];

    public bool IsOpen => Status is not (WorkOrderStatus.Resolved or WorkOrderStatus.Closed or WorkOrderStatus.Cancelled);

    // Named as lists rather than "not closed" so that queries use the status indexes: open orders are a few percent.
    public static readonly WorkOrderStatus[] OpenStatuses =
        [WorkOrderStatus.Received, WorkOrderStatus.Dispatched, WorkOrderStatus.Accepted, WorkOrderStatus.InProgress, WorkOrderStatus.OnHold];
    /// <summary>Open and not on hold: the clocks are running.</summary>
    public static readonly WorkOrderStatus[] RunningStatuses =
        [WorkOrderStatus.Received, WorkOrderStatus.Dispatched, WorkOrderStatus.Accepted, WorkOrderStatus.InProgress];
}

/// <summary>
/// One SLA clock of an order. The sweeper reads <see cref="NextCheckAt"/> only, so a pass over a million orders
/// touches just the clocks that are due (warning at 80 %, escalation at 100 % and 200 % of the target).
/// </summary>
public class WorkOrderDeadline : IProjectOwned
{
    public long Id { get; set; }
    public long WorkOrderId { get; set; }
    public int ProjectId { get; set; }
    public SlaTarget Target { get; set; }
    public int Amount { get; set; }
    public SlaUnit Unit { get; set; }
    public DateTime StartAt { get; set; }
    public DateTime DueAt { get; set; }
    public DateTime? MetAt { get; set; }
    public DateTime? WarnedAt { get; set; }
    /// <summary>0 none, 1 breached (supervisor told), 2 twice the target (project manager told).</summary>
    public int EscalationLevel { get; set; }
    public DateTime? NextCheckAt { get; set; }
}

/// <summary>The timeline: every change of an order, who did it and why.</summary>
public class WorkOrderEvent : IProjectOwned
{
    public long Id { get; set; }
    public long WorkOrderId { get; set; }
    public int ProjectId { get; set; }
    public DateTime At { get; set; }
    public int? UserId { get; set; }
    public string UserName { get; set; } = "";
    public WorkOrderEventKind Kind { get; set; }
    public WorkOrderStatus? From { get; set; }
    public WorkOrderStatus? To { get; set; }
    /// <summary>What was said or done; a note the system wrote is kept in Chinese here and in English below.</summary>
    public string Note { get; set; } = "";
    /// <summary>The English where it differs (null for what a person typed, which reads the same to everyone).</summary>
    public string? NoteEn { get; set; }

    public LocalText Text
    {
        get => LocalText.Stored(Note, NoteEn);
        set => (Note, NoteEn) = (value.Zh, value.EnglishToStore);
    }
}

public class WorkOrderPhoto
{
    public long WorkOrderId { get; set; }
    public Guid FileId { get; set; }
}

/// <summary>
/// One row of a project's SLA policy: for orders of <see cref="Type"/> (narrowed by priority, severity or channel
/// when set), the <see cref="Target"/> is <see cref="Amount"/> in <see cref="Unit"/>. The most specific row wins.
/// </summary>
public class SlaRule : IAudited, IProjectOwned
{
    public int Id { get; set; }
    public int ProjectId { get; set; }
    public WorkOrderType Type { get; set; }
    public Priority? Priority { get; set; }
    public Severity? Severity { get; set; }
    public Channel? Channel { get; set; }
    public SlaTarget Target { get; set; }
    public int Amount { get; set; }
    public SlaUnit Unit { get; set; }
}

/// <summary>An article of the standard-answer handbook (咨询应答手册), shared by every project.</summary>
public class KnowledgeArticle : IAudited, IVersioned
{
    public int Id { get; set; }
    public Category Category { get; set; }
    public string Question { get; set; } = "";
    public string Answer { get; set; } = "";
    /// <summary>Comma-separated.</summary>
    public string Tags { get; set; } = "";
    public bool IsActive { get; set; } = true;
    /// <summary>How many inquiries were answered with it.</summary>
    public int UseCount { get; set; }
    public int Version { get; set; }
}

/// <summary>An option of the compensation library (补偿方案库, seed 004), e.g. 物业费减免券.</summary>
public class CompensationOption : IAudited
{
    public int Id { get; set; }
    public string Name { get; set; } = "";
    public string Description { get; set; } = "";
    /// <summary>Value in yuan; decides who must approve.</summary>
    public decimal Value { get; set; }
    public bool IsActive { get; set; } = true;
}

public enum CompensationStatus { Pending, Approved, Rejected }

/// <summary>An option applied to a complaint, waiting for or carrying its approval.</summary>
public class CompensationRequest : IAudited, IProjectOwned
{
    public long Id { get; set; }
    public int ProjectId { get; set; }
    public long WorkOrderId { get; set; }
    public int OptionId { get; set; }
    public string OptionName { get; set; } = "";
    public decimal Value { get; set; }
    public string Reason { get; set; } = "";
    public CompensationStatus Status { get; set; }
    /// <summary>ServiceSupervisor, or ProjectManager when the value is above the configured limit.</summary>
    public string ApproverRole { get; set; } = "";
    public int RequestedById { get; set; }
    public DateTime RequestedAt { get; set; }
    public int? DecidedById { get; set; }
    public DateTime? DecidedAt { get; set; }
    public string DecisionNote { get; set; } = "";
}
