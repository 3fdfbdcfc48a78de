using Microsoft.EntityFrameworkCore;
using Yardstick.Web.Features.Organization;
using Yardstick.Web.Features.ServiceDesk;
using Yardstick.Web.Platform.Identity;

namespace Yardstick.Web.Features.Surveys;

public static class SurveysModel
{
    public static void Configure(ModelBuilder b)
    {
        b.Entity<SurveyTemplate>(e =>
        {
            e.Property(x => x.Key).HasMaxLength(60);
            e.Property(x => x.Name).HasMaxLength(100);
            e.HasIndex(x => new { x.Key, x.VersionNumber }).IsUnique();
            e.Ignore(x => x.Questionnaire);
        });
        b.Entity<SurveyCampaign>(e =>
        {
            e.Property(x => x.Name).HasMaxLength(100);
            e.Property(x => x.Sampling).HasConversion<string>().HasMaxLength(10);
            e.Property(x => x.Version).IsConcurrencyToken();
            e.HasOne<SurveyTemplate>().WithMany().HasForeignKey(x => x.TemplateId).OnDelete(DeleteBehavior.NoAction);
            e.HasMany(x => x.Projects).WithOne().HasForeignKey(x => x.CampaignId);
        });
        b.Entity<SurveyCampaignProject>(e =>
        {
            e.HasKey(x => new { x.CampaignId, x.ProjectId });
            e.HasIndex(x => x.ProjectId);
            e.HasOne<Project>().WithMany().HasForeignKey(x => x.ProjectId);
        });
        b.Entity<SurveyInvitation>(e =>
        {
            e.Property(x => x.UnitLabel).HasMaxLength(40);
            e.Property(x => x.Token).HasMaxLength(40);
            e.Property(x => x.NotDeliveredReason).HasMaxLength(100);
            e.Property(x => x.DraftTexts).HasMaxLength(8000);
            e.HasIndex(x => x.Token).IsUnique();
            e.HasIndex(x => new { x.CampaignId, x.ProjectId, x.BuildingId });
            // "Left out when invited within N days" looks a unit's invitations up.
            e.HasIndex(x => x.UnitId);
            e.HasOne<SurveyCampaign>().WithMany().HasForeignKey(x => x.CampaignId);
            e.HasOne<Project>().WithMany().HasForeignKey(x => x.ProjectId);
            e.HasOne<Building>().WithMany().HasForeignKey(x => x.BuildingId).OnDelete(DeleteBehavior.NoAction);
            e.HasOne<Unit>().WithMany().HasForeignKey(x => x.UnitId).OnDelete(DeleteBehavior.NoAction);
            e.HasOne<AppUser>().WithMany().HasForeignKey(x => x.SurveyorId).OnDelete(DeleteBehavior.SetNull);
        });
        b.Entity<SurveyResponse>(e =>
        {
            e.Property(x => x.Channel).HasConversion<string>().HasMaxLength(10);
            e.Property(x => x.FormNumber).HasMaxLength(30);
            e.Property(x => x.Texts).HasMaxLength(8000);
            e.Property(x => x.SourceAddress).HasMaxLength(32);
            e.Property(x => x.SourceDevice).HasMaxLength(32);
            e.Property(x => x.Audit).HasConversion<string>().HasMaxLength(12);
            e.Property(x => x.FlagDecision).HasConversion<string>().HasMaxLength(10);
            e.Property(x => x.AuditNote).HasMaxLength(500);
            e.Property(x => x.Version).IsConcurrencyToken();
            // One response per invitation: a second submission fails on this index, whichever node takes it.
            e.HasIndex(x => x.InvitationId).IsUnique();
            // Results read a campaign's counted answers in one pass.
            e.HasIndex(x => new { x.CampaignId, x.Excluded }).IncludeProperties(x => new { x.ProjectId, x.BuildingId, x.Answers });
            e.HasIndex(x => new { x.CampaignId, x.SourceAddress });
            e.HasIndex(x => new { x.CampaignId, x.SourceDevice });
            e.HasIndex(x => x.FollowUpDueAt);
            e.HasOne<SurveyCampaign>().WithMany().HasForeignKey(x => x.CampaignId);
            e.HasOne<SurveyInvitation>().WithMany().HasForeignKey(x => x.InvitationId).OnDelete(DeleteBehavior.NoAction);
            e.HasOne<Project>().WithMany().HasForeignKey(x => x.ProjectId).OnDelete(DeleteBehavior.NoAction);
            e.HasOne<WorkOrder>().WithMany().HasForeignKey(x => x.FollowUpOrderId).OnDelete(DeleteBehavior.NoAction);
        });
        b.Entity<SurveyResponseEvent>(e =>
        {
            e.Property(x => x.UserName).HasMaxLength(100);
            e.Property(x => x.Kind).HasConversion<string>().HasMaxLength(20);
            e.Property(x => x.From).HasMaxLength(60);
            e.Property(x => x.To).HasMaxLength(60);
            e.Property(x => x.Note).HasMaxLength(500);
            e.HasIndex(x => x.ResponseId);
            e.HasOne<SurveyResponse>().WithMany().HasForeignKey(x => x.ResponseId);
        });
    }
}
