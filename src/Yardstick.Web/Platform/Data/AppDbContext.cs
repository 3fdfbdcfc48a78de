using System.Text.Json;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;
using Yardstick.Web.Features.Organization;
using Yardstick.Web.Platform.Audit;
using Yardstick.Web.Platform.Background;
using Yardstick.Web.Platform.Files;
using Yardstick.Web.Platform.Identity;
using Yardstick.Web.Platform.Notifications;

namespace Yardstick.Web.Platform.Data;

/// <summary>
/// The one database. Its query filters are the single place where project scope is enforced: a row of a
/// project outside the caller's scope is never read, whichever page or endpoint asks.
/// Provider-specific subclasses exist only so each provider has its own migrations.
/// </summary>
public abstract class AppDbContext(DbContextOptions options)
    : IdentityDbContext<AppUser, AppRole, int>(options)
{
    /// <summary>
    /// Whose scope the query filters apply. Contexts are pooled (see Database.AddYardstickDatabase): this is set each
    /// time one is handed to a request or job, and cleared when it is given back, so no context keeps a borrower's scope.
    /// </summary>
    public ICurrentUser CurrentUser { get; internal set; } = Nobody.Instance;

    public override void Dispose()
    {
        CurrentUser = Nobody.Instance;
        base.Dispose();
    }

    public override ValueTask DisposeAsync()
    {
        CurrentUser = Nobody.Instance;
        return base.DisposeAsync();
    }

    // Read by the query filters; EF evaluates them per query against this context instance.
    private bool ScopeAll => CurrentUser.AllProjects;
    private IReadOnlyList<int> ScopeProjectIds => CurrentUser.ProjectIds;
    private int? ScopeUserId => CurrentUser.UserId;
    private bool ScopeIsAdmin => CurrentUser.IsInRole(Identity.Roles.Admin);

    public DbSet<UserProject> UserProjects => Set<UserProject>();
    public DbSet<Project> Projects => Set<Project>();
    public DbSet<CalendarDay> CalendarDays => Set<CalendarDay>();
    public DbSet<Building> Buildings => Set<Building>();
    public DbSet<Unit> Units => Set<Unit>();
    public DbSet<Customer> Customers => Set<Customer>();
    public DbSet<CustomerUnit> CustomerUnits => Set<CustomerUnit>();
    public DbSet<Staff> Staff => Set<Staff>();
    public DbSet<AuditEntry> AuditEntries => Set<AuditEntry>();
    public DbSet<StoredFile> Files => Set<StoredFile>();
    public DbSet<Notification> Notifications => Set<Notification>();
    public DbSet<WebhookMessage> WebhookMessages => Set<WebhookMessage>();
    public DbSet<Lease> Leases => Set<Lease>();
    public DbSet<Counter> Counters => Set<Counter>();
    public DbSet<Features.ServiceDesk.WorkOrder> WorkOrders => Set<Features.ServiceDesk.WorkOrder>();
    public DbSet<Features.ServiceDesk.WorkOrderDeadline> WorkOrderDeadlines => Set<Features.ServiceDesk.WorkOrderDeadline>();
    public DbSet<Features.ServiceDesk.WorkOrderEvent> WorkOrderEvents => Set<Features.ServiceDesk.WorkOrderEvent>();
    public DbSet<Features.ServiceDesk.SlaRule> SlaRules => Set<Features.ServiceDesk.SlaRule>();
    public DbSet<Features.ServiceDesk.KnowledgeArticle> KnowledgeArticles => Set<Features.ServiceDesk.KnowledgeArticle>();
    public DbSet<Features.ServiceDesk.CompensationOption> CompensationOptions => Set<Features.ServiceDesk.CompensationOption>();
    public DbSet<Features.ServiceDesk.CompensationRequest> CompensationRequests => Set<Features.ServiceDesk.CompensationRequest>();
    public DbSet<Features.ReturnVisits.ReturnVisit> ReturnVisits => Set<Features.ReturnVisits.ReturnVisit>();
    public DbSet<Features.ReturnVisits.OpenLetter> OpenLetters => Set<Features.ReturnVisits.OpenLetter>();
    public DbSet<Features.Insight.TextInsight> TextInsights => Set<Features.Insight.TextInsight>();
    public DbSet<Features.Insight.InsightModelVersion> InsightModels => Set<Features.Insight.InsightModelVersion>();
    public DbSet<Features.Insight.InsightAlertWord> InsightAlertWords => Set<Features.Insight.InsightAlertWord>();
    public DbSet<Features.Surveys.SurveyTemplate> SurveyTemplates => Set<Features.Surveys.SurveyTemplate>();
    public DbSet<Features.Surveys.SurveyCampaign> SurveyCampaigns => Set<Features.Surveys.SurveyCampaign>();
    public DbSet<Features.Surveys.SurveyCampaignProject> SurveyCampaignProjects => Set<Features.Surveys.SurveyCampaignProject>();
    public DbSet<Features.Surveys.SurveyInvitation> SurveyInvitations => Set<Features.Surveys.SurveyInvitation>();
    public DbSet<Features.Surveys.SurveyResponse> SurveyResponses => Set<Features.Surveys.SurveyResponse>();
    public DbSet<Features.Surveys.SurveyResponseEvent> SurveyResponseEvents => Set<Features.Surveys.SurveyResponseEvent>();
    public DbSet<Features.MysteryShopping.ScoringModel> ScoringModels => Set<Features.MysteryShopping.ScoringModel>();
    public DbSet<Features.MysteryShopping.Scenario> Scenarios => Set<Features.MysteryShopping.Scenario>();
    public DbSet<Features.MysteryShopping.MsProgram> MsPrograms => Set<Features.MysteryShopping.MsProgram>();
    public DbSet<Features.MysteryShopping.MsProgramProject> MsProgramProjects => Set<Features.MysteryShopping.MsProgramProject>();
    public DbSet<Features.MysteryShopping.Wave> Waves => Set<Features.MysteryShopping.Wave>();
    public DbSet<Features.MysteryShopping.ShopperTask> ShopperTasks => Set<Features.MysteryShopping.ShopperTask>();
    public DbSet<Features.MysteryShopping.ShopperTaskEvent> ShopperTaskEvents => Set<Features.MysteryShopping.ShopperTaskEvent>();
    public DbSet<Features.MysteryShopping.Evidence> Evidence => Set<Features.MysteryShopping.Evidence>();
    public DbSet<Features.MysteryShopping.ReviewAdjustment> ReviewAdjustments => Set<Features.MysteryShopping.ReviewAdjustment>();
    public DbSet<Features.MysteryShopping.ReviewComment> ReviewComments => Set<Features.MysteryShopping.ReviewComment>();
    public DbSet<Features.MysteryShopping.ShopperConflict> ShopperConflicts => Set<Features.MysteryShopping.ShopperConflict>();
    public DbSet<Features.MysteryShopping.Finding> Findings => Set<Features.MysteryShopping.Finding>();
    public DbSet<Features.MysteryShopping.FindingEvent> FindingEvents => Set<Features.MysteryShopping.FindingEvent>();

    protected override void ConfigureConventions(ModelConfigurationBuilder builder)
    {
        // Instants are stored as UTC DateTime (SQLite cannot order DateTimeOffset); read them back as UTC.
        builder.Properties<DateTime>().HaveConversion<UtcConverter>();
        builder.Properties<DateTime?>().HaveConversion<NullableUtcConverter>();
    }

    protected override void OnModelCreating(ModelBuilder b)
    {
        base.OnModelCreating(b);
        b.Entity<AppUser>(e =>
        {
            e.Property(u => u.DisplayName).HasMaxLength(100);
            e.Property(u => u.ShopperAlias).HasMaxLength(20);
            e.HasIndex(u => u.ShopperAlias).IsUnique();
            e.HasMany(u => u.Projects).WithOne().HasForeignKey(p => p.UserId);
        });
        b.Entity<UserProject>(e =>
        {
            e.HasKey(p => new { p.UserId, p.ProjectId });
            e.HasOne<Project>().WithMany().HasForeignKey(p => p.ProjectId);
        });

        b.Entity<Project>(e =>
        {
            e.Property(p => p.Name).HasMaxLength(100);
            e.Property(p => p.Code).HasMaxLength(30);
            e.HasIndex(p => p.Code).IsUnique();
            e.Property(p => p.Address).HasMaxLength(200);
            e.Property(p => p.TimeZone).HasMaxLength(50);
            e.Property(p => p.WeComWebhookUrl).HasMaxLength(500);
            e.Property(p => p.Type).HasConversion<string>().HasMaxLength(20);
            e.Property(p => p.Version).IsConcurrencyToken();
            e.HasQueryFilter(p => ScopeAll || ScopeProjectIds.Contains(p.Id));
        });
        b.Entity<CalendarDay>(e =>
        {
            e.HasIndex(d => new { d.ProjectId, d.Date }).IsUnique();
            e.Property(d => d.Kind).HasConversion<string>().HasMaxLength(20);
            e.Property(d => d.Name).HasMaxLength(50);
            e.HasOne<Project>().WithMany(p => p.CalendarDays).HasForeignKey(d => d.ProjectId);
        });
        b.Entity<Building>(e =>
        {
            e.Property(x => x.Code).HasMaxLength(20);
            e.Property(x => x.Name).HasMaxLength(50);
            e.HasIndex(x => new { x.ProjectId, x.Code }).IsUnique();
            e.HasOne<Project>().WithMany(p => p.Buildings).HasForeignKey(x => x.ProjectId);
        });
        b.Entity<Unit>(e =>
        {
            e.Property(x => x.Room).HasMaxLength(20);
            e.Property(x => x.Label).HasMaxLength(40);
            e.HasIndex(x => new { x.ProjectId, x.Label }).IsUnique();
            e.HasOne(x => x.Building).WithMany(x => x.Units).HasForeignKey(x => x.BuildingId);
            e.HasOne<Project>().WithMany().HasForeignKey(x => x.ProjectId).OnDelete(DeleteBehavior.NoAction);
        });
        b.Entity<Customer>(e =>
        {
            e.Property(x => x.Name).HasMaxLength(50);
            e.Property(x => x.Phone).HasMaxLength(20);
            e.Property(x => x.Tags).HasMaxLength(200);
            e.Property(x => x.Type).HasConversion<string>().HasMaxLength(20);
            e.Property(x => x.PreferredContact).HasConversion<string>().HasMaxLength(20);
            e.Property(x => x.Version).IsConcurrencyToken();
            e.HasIndex(x => new { x.ProjectId, x.Name });
            e.HasIndex(x => x.Phone);
            e.HasOne<Project>().WithMany().HasForeignKey(x => x.ProjectId);
        });
        b.Entity<CustomerUnit>(e =>
        {
            e.HasKey(x => new { x.CustomerId, x.UnitId });
            e.HasOne<Customer>().WithMany(c => c.Units).HasForeignKey(x => x.CustomerId);
            e.HasOne(x => x.Unit).WithMany().HasForeignKey(x => x.UnitId).OnDelete(DeleteBehavior.NoAction);
            e.HasQueryFilter(x => ScopeAll || ScopeProjectIds.Contains(x.Unit!.ProjectId));
        });
        b.Entity<Staff>(e =>
        {
            e.Property(x => x.Name).HasMaxLength(50);
            e.Property(x => x.Phone).HasMaxLength(20);
            e.Property(x => x.Department).HasMaxLength(50);
            e.Property(x => x.Post).HasConversion<string>().HasMaxLength(20);
            e.Property(x => x.Version).IsConcurrencyToken();
            e.HasOne<Project>().WithMany().HasForeignKey(x => x.ProjectId);
            e.HasOne<AppUser>().WithMany().HasForeignKey(x => x.UserId).OnDelete(DeleteBehavior.SetNull);
        });
        Features.ServiceDesk.ServiceDeskModel.Configure(b);
        Features.ReturnVisits.ReturnVisitsModel.Configure(b);
        Features.Insight.TextInsight.Configure(b);
        Features.Insight.InsightModelVersion.Configure(b);
        Features.Insight.InsightAlertWord.Configure(b);
        Features.Surveys.SurveysModel.Configure(b);
        Features.MysteryShopping.MysteryShoppingModel.Configure(b);

        var apply = typeof(AppDbContext).GetMethod(nameof(ApplyProjectScope), System.Reflection.BindingFlags.NonPublic | System.Reflection.BindingFlags.Instance)!;
        foreach (var type in b.Model.GetEntityTypes().Select(t => t.ClrType).Where(t => typeof(IProjectOwned).IsAssignableFrom(t)).ToList())
            apply.MakeGenericMethod(type).Invoke(this, [b]);

        b.Entity<AuditEntry>(e =>
        {
            e.Property(x => x.Entity).HasMaxLength(50);
            e.Property(x => x.EntityId).HasMaxLength(50);
            e.Property(x => x.Action).HasMaxLength(20);
            e.Property(x => x.UserName).HasMaxLength(100);
            e.HasIndex(x => x.At);
            e.HasIndex(x => new { x.Entity, x.EntityId });
        });
        b.Entity<StoredFile>(e =>
        {
            e.Property(x => x.FileName).HasMaxLength(255);
            e.Property(x => x.ContentType).HasMaxLength(100);
            e.Property(x => x.Sha256).HasMaxLength(64);
            e.Property(x => x.StoragePath).HasMaxLength(300);
            e.HasIndex(x => x.Sha256);
            e.HasQueryFilter(x => x.ProjectId == null
                ? ScopeIsAdmin || x.UploadedById == ScopeUserId
                : ScopeAll || ScopeProjectIds.Contains(x.ProjectId.Value));
        });
        b.Entity<Notification>(e =>
        {
            e.Property(x => x.Title).HasMaxLength(200);
            e.Property(x => x.TitleEn).HasMaxLength(200);
            e.Property(x => x.Link).HasMaxLength(300);
            e.HasIndex(x => new { x.UserId, x.ReadAt });
            // Notifications are personal: a user reads only their own (the system user reads none).
            e.HasQueryFilter(x => x.UserId == ScopeUserId);
        });
        b.Entity<WebhookMessage>(e =>
        {
            e.Property(x => x.Url).HasMaxLength(500);
            e.HasIndex(x => new { x.SentAt, x.NextAttemptAt });
        });
        b.Entity<Counter>(e =>
        {
            e.HasKey(x => x.Name);
            e.Property(x => x.Name).HasMaxLength(100);
        });
        b.Entity<Lease>(e =>
        {
            e.HasKey(x => x.Name);
            e.Property(x => x.Name).HasMaxLength(100);
            e.Property(x => x.Holder).HasMaxLength(200);
        });
    }

    /// <summary>
    /// Every entity that belongs to a project is filtered by the caller's scope: a new module's entity gets
    /// the filter by implementing <see cref="IProjectOwned"/>, and a test checks that none is forgotten.
    /// </summary>
    private void ApplyProjectScope<T>(ModelBuilder b) where T : class, IProjectOwned =>
        b.Entity<T>().HasQueryFilter(e => ScopeAll || ScopeProjectIds.Contains(e.ProjectId));

    public override int SaveChanges(bool acceptAllChangesOnSuccess) =>
        SaveChangesAsync(acceptAllChangesOnSuccess).GetAwaiter().GetResult();

    /// <summary>
    /// Bumps row versions and writes the audit log in the same transaction as the change itself, so a change
    /// is never saved without its audit record.
    /// </summary>
    public override async Task<int> SaveChangesAsync(bool acceptAllChangesOnSuccess, CancellationToken ct = default)
    {
        ChangeTracker.DetectChanges();
        if (ChangeTracker.Entries<INeverDeleted>().FirstOrDefault(e => e.State == EntityState.Deleted) is { } deleted)
            throw new InvalidOperationException($"{deleted.Metadata.ClrType.Name} rows are never deleted; deactivate them instead.");
        foreach (var entry in ChangeTracker.Entries<IVersioned>().Where(e => e.State == EntityState.Modified))
            entry.Entity.Version++;

        var audited = ChangeTracker.Entries()
            .Where(e => e.Entity is IAudited && e.State is EntityState.Added or EntityState.Modified or EntityState.Deleted)
            .Select(e => (Entry: e, Action: e.State.ToString(), Changes: DescribeChanges(e)))
            .ToList();
        if (audited.Count == 0)
            return await base.SaveChangesAsync(acceptAllChangesOnSuccess, ct);

        var ownTransaction = Database.CurrentTransaction is null ? await Database.BeginTransactionAsync(ct) : null;
        try
        {
            var result = await base.SaveChangesAsync(acceptAllChangesOnSuccess, ct);
            var now = DateTime.UtcNow;
            foreach (var (entry, action, changes) in audited)
            {
                // Generated keys are known only after the first save.
                if (action == nameof(EntityState.Added))
                    foreach (var key in entry.Properties.Where(p => p.Metadata.IsPrimaryKey()))
                        changes[key.Metadata.Name] = [null, key.CurrentValue];
                AuditEntries.Add(NewAuditEntry(entry.Metadata.ClrType.Name,
                    string.Join(",", entry.Properties.Where(p => p.Metadata.IsPrimaryKey()).Select(p => p.CurrentValue)),
                    action, JsonSerializer.Serialize(changes, AuditJson), now));
            }
            await base.SaveChangesAsync(acceptAllChangesOnSuccess, ct);
            if (ownTransaction is not null) await ownTransaction.CommitAsync(ct);
            return result;
        }
        finally
        {
            if (ownTransaction is not null) await ownTransaction.DisposeAsync();
        }
    }

    /// <summary>
    /// Records an action that changes no audited row itself (a word applied to stored texts), by whoever this context acts
    /// for, to be saved with the unit of work.
    /// </summary>
    public void Audit(string entity, string entityId, string action, object details, DateTime at) =>
        AuditEntries.Add(NewAuditEntry(entity, entityId, action, JsonSerializer.Serialize(details, AuditJson), at));

    private AuditEntry NewAuditEntry(string entity, string entityId, string action, string changes, DateTime at) => new()
    {
        At = at, UserId = CurrentUser.UserId, UserName = CurrentUser.UserName ?? "system",
        Entity = entity, EntityId = entityId, Action = action, Changes = changes,
    };

    private static readonly JsonSerializerOptions AuditJson = new()
    {
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    private static Dictionary<string, object?[]> DescribeChanges(EntityEntry entry)
    {
        var changes = new Dictionary<string, object?[]>();
        foreach (var p in entry.Properties)
        {
            if (p.Metadata.IsPrimaryKey()) continue;
            switch (entry.State)
            {
                case EntityState.Added:
                    changes[p.Metadata.Name] = [null, p.CurrentValue];
                    break;
                case EntityState.Deleted:
                    changes[p.Metadata.Name] = [p.OriginalValue, null];
                    break;
                case EntityState.Modified when p.IsModified && !Equals(p.OriginalValue, p.CurrentValue):
                    changes[p.Metadata.Name] = [p.OriginalValue, p.CurrentValue];
                    break;
            }
        }
        return changes;
    }

    private sealed class UtcConverter() : ValueConverter<DateTime, DateTime>(
        v => v.Kind == DateTimeKind.Utc ? v : DateTime.SpecifyKind(v.ToUniversalTime(), DateTimeKind.Utc),
        v => DateTime.SpecifyKind(v, DateTimeKind.Utc));

    private sealed class NullableUtcConverter() : ValueConverter<DateTime?, DateTime?>(
        v => v == null ? v : v.Value.Kind == DateTimeKind.Utc ? v : DateTime.SpecifyKind(v.Value.ToUniversalTime(), DateTimeKind.Utc),
        v => v == null ? v : DateTime.SpecifyKind(v.Value, DateTimeKind.Utc));
}

/// <summary>The scope of a context nobody has borrowed: no user, no project, no role.</summary>
internal sealed class Nobody : ICurrentUser
{
    public static readonly Nobody Instance = new();
    public int? UserId => null;
    public string? UserName => null;
    public bool AllProjects => false;
    public IReadOnlyList<int> ProjectIds => [];
    public bool IsInRole(string role) => false;
}

public sealed class SqliteAppDbContext(DbContextOptions<SqliteAppDbContext> options) : AppDbContext(options);

public sealed class PostgresAppDbContext(DbContextOptions<PostgresAppDbContext> options) : AppDbContext(options);
