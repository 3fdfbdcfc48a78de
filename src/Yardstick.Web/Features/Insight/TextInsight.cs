using Microsoft.EntityFrameworkCore;
using Yardstick.Web.Features.Organization;

namespace Yardstick.Web.Features.Insight;

/// <summary>
/// What text insight said about one piece of owners' text when it reached Yardstick (a work order's description or rating comment, a survey comment, a return-visit remark),
/// kept so the 情绪预警 board, keywords and group alerts read stored results, and so an agent's category correction
/// is kept as training data (<see cref="ConfirmedCategory"/> differs from <see cref="Category"/>).
/// </summary>
public sealed class TextInsight : IProjectOwned
{
    public const string WorkOrderSource = "WorkOrder";
    public const string SurveySource = "SurveyResponse";
    public const string VisitSource = "ReturnVisit";
    /// <summary>The comment a customer gave with their rating of a resolved order (SourceId is the order's).</summary>
    public const string RatingSource = "WorkOrderRating";

    public long Id { get; set; }
    public int ProjectId { get; set; }
    public string Source { get; set; } = "";
    public long SourceId { get; set; }
    public int? BuildingId { get; set; }
    public string Text { get; set; } = "";
    public string Polarity { get; set; } = "";
    public float NegativeProbability { get; set; }
    public string Alert { get; set; } = "";

    /// <summary>"kind:trigger" pairs joined by "; " — the reasons a user reads on the board.</summary>
    public string Reasons { get; set; } = "";
    public string Category { get; set; } = "";
    public float CategoryConfidence { get; set; }

    /// <summary>The category the agent chose at intake (lower-case key), when the text came with one.</summary>
    public string? ConfirmedCategory { get; set; }
    public string Keywords { get; set; } = "";
    public string ModelVersion { get; set; } = "";
    public DateTime CreatedAt { get; set; }

    public static void Configure(ModelBuilder b) => b.Entity<TextInsight>(e =>
    {
        e.Property(x => x.Source).HasMaxLength(30);
        e.Property(x => x.Text).HasMaxLength(2000);
        e.Property(x => x.Polarity).HasMaxLength(10);
        e.Property(x => x.Alert).HasMaxLength(10);
        e.Property(x => x.Reasons).HasMaxLength(500);
        e.Property(x => x.Category).HasMaxLength(20);
        e.Property(x => x.ConfirmedCategory).HasMaxLength(20);
        e.Property(x => x.Keywords).HasMaxLength(200);
        e.Property(x => x.ModelVersion).HasMaxLength(20);
        // The board reads a project's alerts newest first; keywords and group alerts read a project's period.
        e.HasIndex(x => new { x.ProjectId, x.CreatedAt });
        e.HasIndex(x => new { x.Alert, x.CreatedAt });
        e.HasIndex(x => new { x.Source, x.SourceId });
        // The company-wide board reads periods of every project's texts and counts weeks by polarity and alert: on PostgreSQL
        // the index carries both, so the counts never touch the table (a year of a million texts in bench/: its trend, keywords
        // and group alerts about 0.9–1.2 s → 0.35 s). The price: for a month's first days the planner prefers it for one
        // project's reads too, which then take 5–30 ms longer (README, Performance).
        e.HasIndex(x => x.CreatedAt).IncludeProperties(x => new { x.Polarity, x.Alert });
        e.HasOne<Project>().WithMany().HasForeignKey(x => x.ProjectId);
    });
}
