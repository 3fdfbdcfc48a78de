using Microsoft.EntityFrameworkCore;
using Yardstick.Web.Features.Organization;
using Yardstick.Web.Features.ServiceDesk;
using Yardstick.Web.Platform.Files;
using Yardstick.Web.Platform.Identity;

namespace Yardstick.Web.Features.ReturnVisits;

public static class ReturnVisitsModel
{
    public static void Configure(ModelBuilder b)
    {
        b.Entity<ReturnVisit>(e =>
        {
            foreach (var p in new[] { nameof(ReturnVisit.Reason), nameof(ReturnVisit.Visitor), nameof(ReturnVisit.Method),
                         nameof(ReturnVisit.Outcome), nameof(ReturnVisit.Decision) })
                e.Property(p).HasConversion<string>().HasMaxLength(30);
            e.Property(x => x.Department).HasMaxLength(50);
            e.Property(x => x.Comment).HasMaxLength(500);
            e.Property(x => x.DecisionNote).HasMaxLength(500);
            e.Property(x => x.Version).IsConcurrencyToken();
            // The task lists: a project's open tasks by window; an order's tasks; one month's spot-check sample.
            // The rates read a project's tasks by due time and, for the year's share of methods, by visit time.
            e.HasIndex(x => new { x.ProjectId, x.DueAt }).IncludeProperties(x => new
            {
                x.Reason, x.OpensAt, x.OverdueAt, x.DoneAt, x.CancelledAt, x.Method, x.SignatureFileId, x.Outcome, x.QualityScore, x.TimelinessScore, x.AttitudeScore,
            });
            e.HasIndex(x => new { x.ProjectId, x.DoneAt }).IncludeProperties(x => new
            {
                x.Reason, x.OpensAt, x.DueAt, x.OverdueAt, x.CancelledAt, x.Method, x.SignatureFileId, x.Outcome, x.QualityScore, x.TimelinessScore, x.AttitudeScore,
            });
            e.HasIndex(x => x.WorkOrderId);
            e.HasIndex(x => new { x.ProjectId, x.SampleMonth });
            e.HasOne<Project>().WithMany().HasForeignKey(x => x.ProjectId);
            e.HasOne<WorkOrder>().WithMany().HasForeignKey(x => x.WorkOrderId);
            e.HasOne<WorkOrder>().WithMany().HasForeignKey(x => x.NewWorkOrderId).OnDelete(DeleteBehavior.NoAction);
            e.HasOne<AppUser>().WithMany().HasForeignKey(x => x.AssigneeId).OnDelete(DeleteBehavior.NoAction);
            e.HasOne<StoredFile>().WithMany().HasForeignKey(x => x.SignatureFileId).OnDelete(DeleteBehavior.NoAction);
            e.HasOne<OpenLetter>().WithMany().HasForeignKey(x => x.LetterId).OnDelete(DeleteBehavior.NoAction);
        });
        b.Entity<OpenLetter>(e =>
        {
            e.Property(x => x.Title).HasMaxLength(100);
            e.Property(x => x.Body).HasMaxLength(5000);
            e.HasOne<Project>().WithMany().HasForeignKey(x => x.ProjectId);
        });
    }
}
