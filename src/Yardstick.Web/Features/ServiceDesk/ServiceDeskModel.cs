using Microsoft.EntityFrameworkCore;
using Yardstick.Web.Features.Organization;
using Yardstick.Web.Platform.Files;
using Yardstick.Web.Platform.Identity;

namespace Yardstick.Web.Features.ServiceDesk;

/// <summary>The service desk's tables. Scope filters come from <see cref="IProjectOwned"/>, as everywhere.</summary>
public static class ServiceDeskModel
{
    public static void Configure(ModelBuilder b)
    {
        b.Entity<WorkOrder>(e =>
        {
            e.Property(x => x.Number).HasMaxLength(20);
            e.HasIndex(x => x.Number).IsUnique();
            e.Property(x => x.Location).HasMaxLength(100);
            e.Property(x => x.CustomerName).HasMaxLength(50);
            e.Property(x => x.CustomerPhone).HasMaxLength(20);
            e.Property(x => x.Description).HasMaxLength(2000);
            e.Property(x => x.AccusedDepartment).HasMaxLength(50);
            e.Property(x => x.Demand).HasMaxLength(500);
            e.Property(x => x.Department).HasMaxLength(50);
            e.Property(x => x.Resolution).HasMaxLength(2000);
            e.Property(x => x.ReplyNote).HasMaxLength(1000);
            e.Property(x => x.RatingComment).HasMaxLength(500);
            foreach (var p in new[] { nameof(WorkOrder.Channel), nameof(WorkOrder.Type), nameof(WorkOrder.RepairScope), nameof(WorkOrder.Category),
                         nameof(WorkOrder.Priority), nameof(WorkOrder.Nature), nameof(WorkOrder.CommunicativeKind), nameof(WorkOrder.Severity),
                         nameof(WorkOrder.Status), nameof(WorkOrder.StatusBeforeHold), nameof(WorkOrder.ReplyMethod) })
                e.Property(p).HasConversion<string>().HasMaxLength(20);
            e.Property(x => x.Version).IsConcurrencyToken();
            // The list's common paths: a project's orders newest first, by status; open orders everywhere; one person's
            // work; duplicates by unit/phone. A project's orders are spread over the whole table (they arrive mixed with
            // every other project's), so on PostgreSQL the project index carries what the list counts and the
            // statistics read, and both are answered from the index alone.
            e.HasIndex(x => new { x.ProjectId, x.CreatedAt }).IncludeProperties(x => new
            {
                x.Type, x.Category, x.Channel, x.Priority, x.Severity, x.Nature, x.Department, x.Status, x.ResolvedAt,
                x.Id, x.FirstContactResolution, x.RepeatOfId, x.ReopenCount, x.Rating, x.MasterId,
            });
            e.HasIndex(x => new { x.ProjectId, x.Status });
            e.HasIndex(x => new { x.Status, x.CreatedAt });
            e.HasIndex(x => new { x.AssigneeId, x.Status });
            e.HasIndex(x => new { x.UnitId, x.Category });
            e.HasIndex(x => new { x.CustomerId, x.Category });
            e.HasIndex(x => x.CustomerPhone);
            e.HasOne<Project>().WithMany().HasForeignKey(x => x.ProjectId);
            e.HasOne<Unit>().WithMany().HasForeignKey(x => x.UnitId).OnDelete(DeleteBehavior.NoAction);
            e.HasOne<Customer>().WithMany().HasForeignKey(x => x.CustomerId).OnDelete(DeleteBehavior.NoAction);
            e.HasOne<AppUser>().WithMany().HasForeignKey(x => x.ReceiverId).OnDelete(DeleteBehavior.NoAction);
            e.HasOne<AppUser>().WithMany().HasForeignKey(x => x.AssigneeId).OnDelete(DeleteBehavior.NoAction);
            e.HasOne<WorkOrder>().WithMany().HasForeignKey(x => x.MasterId).OnDelete(DeleteBehavior.NoAction);
            e.HasOne<WorkOrder>().WithMany().HasForeignKey(x => x.RepeatOfId).OnDelete(DeleteBehavior.NoAction);
            // Statistics read a project's orders by creation or resolution time.
            e.HasIndex(x => new { x.ProjectId, x.ResolvedAt });
            e.HasMany(x => x.Deadlines).WithOne().HasForeignKey(d => d.WorkOrderId);
            e.HasMany(x => x.Photos).WithOne().HasForeignKey(p => p.WorkOrderId);
        });
        b.Entity<WorkOrderDeadline>(e =>
        {
            e.Property(x => x.Target).HasConversion<string>().HasMaxLength(20);
            e.Property(x => x.Unit).HasConversion<string>().HasMaxLength(20);
            e.HasIndex(x => x.NextCheckAt);
            e.HasIndex(x => new { x.WorkOrderId, x.Target }).IsUnique();
            // The statistics' share of clocks met, per project.
            e.HasIndex(x => x.ProjectId).IncludeProperties(x => new { x.WorkOrderId, x.Target, x.DueAt, x.MetAt });
        });
        b.Entity<WorkOrderEvent>(e =>
        {
            e.Property(x => x.UserName).HasMaxLength(100);
            e.Property(x => x.Note).HasMaxLength(2000);
            e.Property(x => x.NoteEn).HasMaxLength(2000);
            e.Ignore(x => x.Text);
            e.Property(x => x.Kind).HasConversion<string>().HasMaxLength(20);
            e.Property(x => x.From).HasConversion<string>().HasMaxLength(20);
            e.Property(x => x.To).HasConversion<string>().HasMaxLength(20);
            e.HasIndex(x => x.WorkOrderId);
            e.HasOne<WorkOrder>().WithMany().HasForeignKey(x => x.WorkOrderId);
        });
        b.Entity<WorkOrderPhoto>(e =>
        {
            e.HasKey(x => new { x.WorkOrderId, x.FileId });
            e.HasOne<StoredFile>().WithMany().HasForeignKey(x => x.FileId).OnDelete(DeleteBehavior.NoAction);
        });
        b.Entity<SlaRule>(e =>
        {
            foreach (var p in new[] { nameof(SlaRule.Type), nameof(SlaRule.Priority), nameof(SlaRule.Severity), nameof(SlaRule.Channel),
                         nameof(SlaRule.Target), nameof(SlaRule.Unit) })
                e.Property(p).HasConversion<string>().HasMaxLength(20);
            e.HasIndex(x => x.ProjectId);
            e.HasOne<Project>().WithMany().HasForeignKey(x => x.ProjectId);
        });
        b.Entity<KnowledgeArticle>(e =>
        {
            e.Property(x => x.Category).HasConversion<string>().HasMaxLength(20);
            e.Property(x => x.Question).HasMaxLength(200);
            e.Property(x => x.Answer).HasMaxLength(2000);
            e.Property(x => x.Tags).HasMaxLength(200);
            e.Property(x => x.Version).IsConcurrencyToken();
        });
        b.Entity<CompensationOption>(e =>
        {
            e.Property(x => x.Name).HasMaxLength(50);
            e.HasIndex(x => x.Name).IsUnique();
            e.Property(x => x.Description).HasMaxLength(500);
            e.Property(x => x.Value).HasPrecision(10, 2);
        });
        b.Entity<CompensationRequest>(e =>
        {
            e.Property(x => x.OptionName).HasMaxLength(50);
            e.Property(x => x.Value).HasPrecision(10, 2);
            e.Property(x => x.Reason).HasMaxLength(500);
            e.Property(x => x.DecisionNote).HasMaxLength(500);
            e.Property(x => x.ApproverRole).HasMaxLength(30);
            e.Property(x => x.Status).HasConversion<string>().HasMaxLength(20);
            e.HasIndex(x => new { x.ProjectId, x.Status });
            e.HasIndex(x => x.WorkOrderId);
            e.HasOne<WorkOrder>().WithMany().HasForeignKey(x => x.WorkOrderId);
            e.HasOne<CompensationOption>().WithMany().HasForeignKey(x => x.OptionId).OnDelete(DeleteBehavior.NoAction);
        });
    }
}
