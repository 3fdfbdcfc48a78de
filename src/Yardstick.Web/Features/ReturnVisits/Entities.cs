using Yardstick.Web.Features.Organization;

namespace Yardstick.Web.Features.ReturnVisits;

/// <summary>Why a visit task exists: the rule that created it (seed 003).</summary>
public enum VisitReason { Complaint, Repair, SpecialServiceMidTerm, SpecialServiceEnd, FollowUp, Sample }

/// <summary>Who is expected to visit (issue: Major complaints the PM, General ones the accused department's supervisor, the rest an agent).</summary>
public enum Visitor { ProjectManager, DepartmentSupervisor, Agent, SpotCheck }

public enum VisitMethod { Home, Phone, Form, Letter }
public enum VisitOutcome { Satisfied, BasicallySatisfied, Unsatisfied }

/// <summary>Computed from the window and the clock, never stored: Pending before the window opens, Due inside it, Overdue after it.</summary>
public enum VisitStatus { Pending, Due, Overdue, Done, Cancelled }

/// <summary>What the supervisor decides after an unsatisfied visit.</summary>
public enum VisitDecision { Reopen, NewComplaint, CloseByManager }

/// <summary>A 回访 task on a work order, from the rule that created it to its outcome.</summary>
public class ReturnVisit : IAudited, IVersioned, IProjectOwned
{
    public long Id { get; set; }
    public int ProjectId { get; set; }
    public long WorkOrderId { get; set; }
    public VisitReason Reason { get; set; }
    public Visitor Visitor { get; set; }
    /// <summary>For a department supervisor's visit: the accused department.</summary>
    public string Department { get; set; } = "";
    public int? AssigneeId { get; set; }
    /// <summary>For the monthly repair spot-check: the month sampled, as yyyyMM.</summary>
    public int? SampleMonth { get; set; }
    public long? PreviousVisitId { get; set; }

    public DateTime CreatedAt { get; set; }
    /// <summary>The window: not before <see cref="OpensAt"/>, on time until <see cref="DueAt"/>, overdue after <see cref="OverdueAt"/>.</summary>
    public DateTime OpensAt { get; set; }
    public DateTime DueAt { get; set; }
    public DateTime OverdueAt { get; set; }
    public DateTime? DoneAt { get; set; }
    public DateTime? CancelledAt { get; set; }

    public VisitMethod? Method { get; set; }
    public VisitOutcome? Outcome { get; set; }
    public int? QualityScore { get; set; }
    public int? TimelinessScore { get; set; }
    public int? AttitudeScore { get; set; }
    public string Comment { get; set; } = "";
    /// <summary>
    /// The customer's words at the visit read as a red alert (a threat to call 12345, a danger): the order waits for a
    /// supervisor's decision as after an unsatisfied visit, whatever outcome the visitor ticked.
    /// </summary>
    public bool RedRemark { get; set; }
    /// <summary>A home visit's signature, drawn by the customer on the screen, stored as a PNG.</summary>
    public Guid? SignatureFileId { get; set; }
    public long? LetterId { get; set; }
    public int? VisitedById { get; set; }

    public VisitDecision? Decision { get; set; }
    public string DecisionNote { get; set; } = "";
    public DateTime? DecidedAt { get; set; }
    public int? DecidedById { get; set; }
    /// <summary>The complaint opened when the decision was <see cref="VisitDecision.NewComplaint"/>.</summary>
    public long? NewWorkOrderId { get; set; }

    public int Version { get; set; }
}

/// <summary>公开信: one letter answering the same issue for many owners; attached to each of their visit tasks.</summary>
public class OpenLetter : IAudited, IProjectOwned
{
    public long Id { get; set; }
    public int ProjectId { get; set; }
    public string Title { get; set; } = "";
    public string Body { get; set; } = "";
    public DateTime CreatedAt { get; set; }
    public int? CreatedById { get; set; }
}
