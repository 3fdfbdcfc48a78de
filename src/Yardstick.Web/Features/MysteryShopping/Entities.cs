using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Yardstick.Web.Features.Organization;
using Yardstick.Web.Platform.Files;
using Yardstick.Web.Platform.Identity;

namespace Yardstick.Web.Features.MysteryShopping;

public enum ModelStatus { Draft, Published }

/// <summary>
/// A scoring model version (评分模型). A draft may be saved again; publishing freezes it, and only published versions
/// serve a wave, so the scores of every visit stay reproducible from the version it used.
/// </summary>
public sealed class ScoringModel : IAudited, INeverDeleted
{
    public int Id { get; set; }
    /// <summary>Shared by all versions of one model, e.g. residential-standard.</summary>
    public string Key { get; set; } = "";
    public int VersionNumber { get; set; } = 1;
    public string Name { get; set; } = "";
    public ProjectType PropertyType { get; set; }
    public ModelStatus Status { get; set; }
    public bool IsBuiltIn { get; set; }
    /// <summary>The <see cref="ModelDefinition"/> as JSON.</summary>
    public string Definition { get; set; } = "";
    public DateTime CreatedAt { get; set; }
    public DateTime? PublishedAt { get; set; }
    public int Version { get; set; }

    public ModelDefinition Model => JsonSerializer.Deserialize<ModelDefinition>(Definition, MsJson.Options)!;
}

/// <summary>A visit scenario (脚本): who the shopper pretends to be, what they do and what they watch for.</summary>
public sealed class Scenario : IAudited, INeverDeleted
{
    public int Id { get; set; }
    public string Title { get; set; } = "";
    public ProjectType PropertyType { get; set; }
    /// <summary>The role played: 潜在业主, 商务访客, 普通消费者, 投诉业主, 装修业主 …</summary>
    public string Identity { get; set; } = "";
    public string Purpose { get; set; } = "";
    public string DialogueGuide { get; set; } = "";
    public string ObservationPoints { get; set; } = "";
    /// <summary>Item keys the scenario covers, comma-separated; empty means every item of the model.</summary>
    public string ItemKeys { get; set; } = "";
    public string TimeSlots { get; set; } = "";
    public bool IsBuiltIn { get; set; }
    public bool IsActive { get; set; } = true;
    public DateTime CreatedAt { get; set; }

    public IReadOnlyList<string> Items => ItemKeys.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
}

/// <summary>A mystery-shopping program for a client over some projects; it runs in waves.</summary>
public sealed class MsProgram : IAudited, INeverDeleted
{
    public int Id { get; set; }
    public string Name { get; set; } = "";
    public string Client { get; set; } = "";
    public DateTime CreatedAt { get; set; }
    public List<MsProgramProject> Projects { get; set; } = [];
}

public sealed class MsProgramProject : IProjectOwned
{
    public int ProgramId { get; set; }
    public int ProjectId { get; set; }
}

/// <summary>A wave (批次): a period, the model version every visit of it is scored by, scenarios, a sample per project.</summary>
public sealed class Wave : IAudited, IVersioned, INeverDeleted
{
    public int Id { get; set; }
    public int ProgramId { get; set; }
    public int Number { get; set; }
    public string Name { get; set; } = "";
    public DateOnly StartsOn { get; set; }
    public DateOnly EndsOn { get; set; }
    public int ModelId { get; set; }
    /// <summary>Scenario ids, comma-separated.</summary>
    public string ScenarioIds { get; set; } = "";
    public int SamplePerProject { get; set; } = 1;
    public DateTime CreatedAt { get; set; }
    public int Version { get; set; }

    public IReadOnlyList<int> Scenarios => ScenarioIds.Split(',', StringSplitOptions.RemoveEmptyEntries).Select(int.Parse).ToList();
}

public enum TaskStatus { Offered, Accepted, CheckedIn, Submitted, Returned, Approved, Published, Cancelled }

/// <summary>
/// One visit: project, scenario, shopper and time window, then the shopper's record, the review and the fixed scores.
/// Project staff and the client see it only once published, so a visit can never be foreseen.
/// </summary>
public sealed class ShopperTask : IProjectOwned, IAudited, IVersioned, INeverDeleted
{
    public long Id { get; set; }
    public int WaveId { get; set; }
    public int ProjectId { get; set; }
    public int ScenarioId { get; set; }
    /// <summary>Null while the task is open to any shopper the rules allow.</summary>
    public int? ShopperId { get; set; }
    public DateTime WindowStart { get; set; }
    public DateTime WindowEnd { get; set; }
    public TaskStatus Status { get; set; }
    public string? CancelReason { get; set; }

    public DateTime? CheckedInAt { get; set; }
    public double? CheckInLatitude { get; set; }
    public double? CheckInLongitude { get; set; }
    public double? CheckInAccuracy { get; set; }
    public double? CheckInDistance { get; set; }
    public string? NoLocationReason { get; set; }
    /// <summary><see cref="MsFlag"/> names, comma-separated.</summary>
    public string Flags { get; set; } = "";

    /// <summary>The shopper's <see cref="VisitRecord"/> as JSON, as they last saved it.</summary>
    public string Record { get; set; } = "";
    public DateTime? RecordSavedAt { get; set; }
    public DateTime? SubmittedAt { get; set; }
    public bool Late { get; set; }
    public int Submissions { get; set; }
    public int Returns { get; set; }

    public int? ReviewerId { get; set; }
    public string? ReviewComment { get; set; }
    public string? Strengths { get; set; }
    public string? Suggestions { get; set; }
    public DateTime? ApprovedAt { get; set; }
    public DateTime? PublishedAt { get; set; }
    public double? TotalScore { get; set; }
    public string? Grade { get; set; }
    /// <summary>The <see cref="VisitScore"/> fixed at approval, as JSON.</summary>
    public string? Score { get; set; }
    public DateTime CreatedAt { get; set; }
    public int Version { get; set; }

    public VisitRecord VisitRecord => string.IsNullOrEmpty(Record) ? VisitRecord.Empty : JsonSerializer.Deserialize<VisitRecord>(Record, MsJson.Options)!;
    public IReadOnlyList<MsFlag> FlagList => MsJson.ParseFlags(Flags);
    public bool IsPublished => Status == TaskStatus.Published;
}

/// <summary>Every state change of a task: who, when, from, to and why.</summary>
public sealed class ShopperTaskEvent
{
    public long Id { get; set; }
    public long TaskId { get; set; }
    public DateTime At { get; set; }
    public int? UserId { get; set; }
    public TaskStatus? From { get; set; }
    public TaskStatus To { get; set; }
    public string? Note { get; set; }
}

/// <summary>A photo, recording or video of a visit. The file itself belongs to no project, so only this module serves it.</summary>
public sealed class Evidence
{
    public long Id { get; set; }
    public long TaskId { get; set; }
    public Guid FileId { get; set; }
    public string? ItemKey { get; set; }
    public string ContentType { get; set; } = "";
    public DateTime UploadedAt { get; set; }
    public DateTime? TakenAt { get; set; }
    public double? Latitude { get; set; }
    public double? Longitude { get; set; }
    public string Flags { get; set; } = "";
    public bool Removed { get; set; }

    public IReadOnlyList<MsFlag> FlagList => MsJson.ParseFlags(Flags);
}

/// <summary>A reviewer's change to one item: the original and the final result and points, and why.</summary>
public sealed class ReviewAdjustment
{
    public long Id { get; set; }
    public long TaskId { get; set; }
    public string ItemKey { get; set; } = "";
    public ItemResult FromResult { get; set; }
    public double FromPoints { get; set; }
    public ItemResult ToResult { get; set; }
    public double ToPoints { get; set; }
    public string Reason { get; set; } = "";
    public int? ReviewerId { get; set; }
    public DateTime At { get; set; }
}

/// <summary>A reusable reviewer comment (评审意见库).</summary>
public sealed class ReviewComment
{
    public int Id { get; set; }
    public string Text { get; set; } = "";
    public DateTime CreatedAt { get; set; }
}

/// <summary>A shopper's declaration that they live or work at a project: they are never sent there.</summary>
public sealed class ShopperConflict : IProjectOwned
{
    public int ShopperId { get; set; }
    public int ProjectId { get; set; }
    public string Reason { get; set; } = "";
    public DateTime DeclaredAt { get; set; }
}

public enum FindingStatus { Open, Planned, Done, Verified, Reopened }

/// <summary>
/// A failed item of an approved visit (整改项): the client names an owner, a date, the action and the expected effect; the
/// next wave's visit of the same project verifies it or reopens it.
/// </summary>
public sealed class Finding : IProjectOwned, IAudited, IVersioned, INeverDeleted
{
    public long Id { get; set; }
    public long TaskId { get; set; }
    public int WaveId { get; set; }
    public int ProgramId { get; set; }
    public int ProjectId { get; set; }
    public string ItemKey { get; set; } = "";
    public string ItemTitle { get; set; } = "";
    public string Dimension { get; set; } = "";
    public StaffPost Post { get; set; }
    public string Fact { get; set; } = "";
    public double Deduction { get; set; }
    public FindingStatus Status { get; set; }
    public int? OwnerStaffId { get; set; }
    public DateOnly? DueOn { get; set; }
    public string? Action { get; set; }
    public string? ExpectedEffect { get; set; }
    public string? CompletionNote { get; set; }
    public DateTime? CompletedAt { get; set; }
    public DateTime? VerifiedAt { get; set; }
    public long? VerifiedByTaskId { get; set; }
    /// <summary>Failed in two consecutive waves (系统性问题).</summary>
    public bool Systemic { get; set; }
    public long? PreviousFindingId { get; set; }
    public DateTime? OverdueNotifiedAt { get; set; }
    public DateTime CreatedAt { get; set; }
    public int Version { get; set; }
}

public sealed class FindingEvent
{
    public long Id { get; set; }
    public long FindingId { get; set; }
    public DateTime At { get; set; }
    public int? UserId { get; set; }
    public FindingStatus? From { get; set; }
    public FindingStatus To { get; set; }
    public string? Note { get; set; }
}

/// <summary>What the shopper records on site.</summary>
public sealed record VisitRecord(
    IReadOnlyList<TimelineEntry> Timeline,
    IReadOnlyDictionary<string, ItemObservation> Items,
    string? Narrative,
    bool? IdentityExposed,
    string? ExposureNote)
{
    public static readonly VisitRecord Empty = new([], new Dictionary<string, ItemObservation>(), null, null, null);
}

/// <summary>A moment of the visit: Arrived, Greeted, ServiceBegan, ServiceEnded, Left, or Other with a label.</summary>
public sealed record TimelineEntry(string Kind, DateTime At, string? Label = null);

public sealed record ItemObservation(ItemResult? Result, string? Note, string? Quote);

public static class MsJson
{
    public static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web)
    {
        Converters = { new System.Text.Json.Serialization.JsonStringEnumConverter() },
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    /// <summary>For data written into a page's script: the default encoder escapes &lt; and &gt;, so no note can close the script tag.</summary>
    public static readonly JsonSerializerOptions PageOptions = new(JsonSerializerDefaults.Web)
    {
        Converters = { new System.Text.Json.Serialization.JsonStringEnumConverter() },
    };

    public static string Write<T>(T value) => JsonSerializer.Serialize(value, Options);

    public static IReadOnlyList<MsFlag> ParseFlags(string flags) =>
        flags.Split(',', StringSplitOptions.RemoveEmptyEntries).Select(Enum.Parse<MsFlag>).ToList();

    public static string Flags(IEnumerable<MsFlag> flags) => string.Join(",", flags.Distinct());
}

public static class MysteryShoppingModel
{
    public static void Configure(ModelBuilder b)
    {
        b.Entity<ScoringModel>(e =>
        {
            e.Property(x => x.Key).HasMaxLength(60);
            e.Property(x => x.Name).HasMaxLength(100);
            e.Property(x => x.PropertyType).HasConversion<string>().HasMaxLength(20);
            e.Property(x => x.Status).HasConversion<string>().HasMaxLength(10);
            e.Property(x => x.Version).IsConcurrencyToken();
            e.HasIndex(x => new { x.Key, x.VersionNumber }).IsUnique();
            e.Ignore(x => x.Model);
        });
        b.Entity<Scenario>(e =>
        {
            e.Property(x => x.Title).HasMaxLength(100);
            e.Property(x => x.PropertyType).HasConversion<string>().HasMaxLength(20);
            e.Property(x => x.Identity).HasMaxLength(30);
            e.Property(x => x.Purpose).HasMaxLength(500);
            e.Property(x => x.DialogueGuide).HasMaxLength(4000);
            e.Property(x => x.ObservationPoints).HasMaxLength(4000);
            e.Property(x => x.ItemKeys).HasMaxLength(2000);
            e.Property(x => x.TimeSlots).HasMaxLength(200);
            e.Ignore(x => x.Items);
        });
        b.Entity<MsProgram>(e =>
        {
            e.Property(x => x.Name).HasMaxLength(100);
            e.Property(x => x.Client).HasMaxLength(100);
            e.HasMany(x => x.Projects).WithOne().HasForeignKey(x => x.ProgramId);
        });
        b.Entity<MsProgramProject>(e =>
        {
            e.HasKey(x => new { x.ProgramId, x.ProjectId });
            e.HasIndex(x => x.ProjectId);
            e.HasOne<Project>().WithMany().HasForeignKey(x => x.ProjectId);
        });
        b.Entity<Wave>(e =>
        {
            e.Property(x => x.Name).HasMaxLength(100);
            e.Property(x => x.ScenarioIds).HasMaxLength(500);
            e.Property(x => x.Version).IsConcurrencyToken();
            e.HasIndex(x => new { x.ProgramId, x.Number }).IsUnique();
            e.HasOne<MsProgram>().WithMany().HasForeignKey(x => x.ProgramId);
            e.HasOne<ScoringModel>().WithMany().HasForeignKey(x => x.ModelId).OnDelete(DeleteBehavior.NoAction);
            e.Ignore(x => x.Scenarios);
        });
        b.Entity<ShopperTask>(e =>
        {
            e.Property(x => x.Status).HasConversion<string>().HasMaxLength(12);
            e.Property(x => x.CancelReason).HasMaxLength(500);
            e.Property(x => x.NoLocationReason).HasMaxLength(500);
            e.Property(x => x.Flags).HasMaxLength(300);
            e.Property(x => x.Grade).HasMaxLength(20);
            e.Property(x => x.ReviewComment).HasMaxLength(2000);
            e.Property(x => x.Strengths).HasMaxLength(2000);
            e.Property(x => x.Suggestions).HasMaxLength(4000);
            e.Property(x => x.Version).IsConcurrencyToken();
            e.HasIndex(x => new { x.WaveId, x.ProjectId });
            e.HasIndex(x => new { x.ShopperId, x.Status });
            e.HasIndex(x => new { x.ProjectId, x.Status });
            e.HasOne<Wave>().WithMany().HasForeignKey(x => x.WaveId);
            e.HasOne<Project>().WithMany().HasForeignKey(x => x.ProjectId);
            e.HasOne<Scenario>().WithMany().HasForeignKey(x => x.ScenarioId).OnDelete(DeleteBehavior.NoAction);
            e.HasOne<AppUser>().WithMany().HasForeignKey(x => x.ShopperId).OnDelete(DeleteBehavior.NoAction);
            e.Ignore(x => x.VisitRecord);
            e.Ignore(x => x.FlagList);
            e.Ignore(x => x.IsPublished);
        });
        b.Entity<ShopperTaskEvent>(e =>
        {
            e.Property(x => x.From).HasConversion<string>().HasMaxLength(12);
            e.Property(x => x.To).HasConversion<string>().HasMaxLength(12);
            e.Property(x => x.Note).HasMaxLength(2000);
            e.HasIndex(x => x.TaskId);
            e.HasOne<ShopperTask>().WithMany().HasForeignKey(x => x.TaskId);
        });
        b.Entity<Evidence>(e =>
        {
            e.Property(x => x.ItemKey).HasMaxLength(40);
            e.Property(x => x.ContentType).HasMaxLength(100);
            e.Property(x => x.Flags).HasMaxLength(200);
            e.HasIndex(x => x.TaskId);
            e.HasOne<ShopperTask>().WithMany().HasForeignKey(x => x.TaskId);
            e.HasOne<StoredFile>().WithMany().HasForeignKey(x => x.FileId).OnDelete(DeleteBehavior.NoAction);
            e.Ignore(x => x.FlagList);
        });
        b.Entity<ReviewAdjustment>(e =>
        {
            e.Property(x => x.ItemKey).HasMaxLength(40);
            e.Property(x => x.FromResult).HasConversion<string>().HasMaxLength(6);
            e.Property(x => x.ToResult).HasConversion<string>().HasMaxLength(6);
            e.Property(x => x.Reason).HasMaxLength(1000);
            e.HasIndex(x => x.TaskId);
            e.HasOne<ShopperTask>().WithMany().HasForeignKey(x => x.TaskId);
        });
        b.Entity<ReviewComment>(e => e.Property(x => x.Text).HasMaxLength(500));
        b.Entity<ShopperConflict>(e =>
        {
            e.HasKey(x => new { x.ShopperId, x.ProjectId });
            e.Property(x => x.Reason).HasMaxLength(200);
            e.HasOne<AppUser>().WithMany().HasForeignKey(x => x.ShopperId);
            e.HasOne<Project>().WithMany().HasForeignKey(x => x.ProjectId);
        });
        b.Entity<Finding>(e =>
        {
            e.Property(x => x.ItemKey).HasMaxLength(40);
            e.Property(x => x.ItemTitle).HasMaxLength(200);
            e.Property(x => x.Dimension).HasMaxLength(60);
            e.Property(x => x.Post).HasConversion<string>().HasMaxLength(20);
            e.Property(x => x.Fact).HasMaxLength(2000);
            e.Property(x => x.Status).HasConversion<string>().HasMaxLength(10);
            e.Property(x => x.Action).HasMaxLength(1000);
            e.Property(x => x.ExpectedEffect).HasMaxLength(500);
            e.Property(x => x.CompletionNote).HasMaxLength(1000);
            e.Property(x => x.Version).IsConcurrencyToken();
            e.HasIndex(x => new { x.ProjectId, x.ItemKey, x.Status });
            e.HasIndex(x => new { x.Status, x.DueOn });
            e.HasOne<ShopperTask>().WithMany().HasForeignKey(x => x.TaskId);
            e.HasOne<Wave>().WithMany().HasForeignKey(x => x.WaveId).OnDelete(DeleteBehavior.NoAction);
            e.HasOne<Project>().WithMany().HasForeignKey(x => x.ProjectId).OnDelete(DeleteBehavior.NoAction);
            e.HasOne<Staff>().WithMany().HasForeignKey(x => x.OwnerStaffId).OnDelete(DeleteBehavior.NoAction);
        });
        b.Entity<FindingEvent>(e =>
        {
            e.Property(x => x.From).HasConversion<string>().HasMaxLength(10);
            e.Property(x => x.To).HasConversion<string>().HasMaxLength(10);
            e.Property(x => x.Note).HasMaxLength(1000);
            e.HasIndex(x => x.FindingId);
            e.HasOne<Finding>().WithMany().HasForeignKey(x => x.FindingId);
        });
    }
}
