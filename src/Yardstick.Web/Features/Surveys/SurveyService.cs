using System.Security.Cryptography;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Yardstick.Insight;
using Yardstick.Web.Features.Organization;
using Yardstick.Web.Features.ServiceDesk;
using Yardstick.Web.Platform.Calendar;
using Yardstick.Web.Platform.Data;
using Yardstick.Web.Platform.Identity;
using Yardstick.Web.Platform.Web;

namespace Yardstick.Web.Features.Surveys;

/// <summary>
/// Questionnaires, campaigns (plan, launch, close), invitations, staff-entered responses, the fraud audit and the
/// reviewers' decisions on flagged responses. Owners' own answers arrive through <see cref="PublicSurveyService"/>;
/// both record responses through <see cref="RecordAsync"/>, owners' in batches (<see cref="SurveySubmissionWriter"/>).
/// </summary>
public sealed class SurveyService(AppDbContext db, ICurrentUser me, ServiceDeskService desk, Insight.InsightService insight,
    TextAnalyzer analyzer, TimeProvider clock, IStringLocalizer l)
{
    private static readonly TimeZoneInfo China = BusinessCalendar.FindZone(Project.DefaultTimeZone);
    private DateTime Now => clock.GetUtcNow().UtcDateTime;
    public DateOnly Today => DateOnly.FromDateTime(TimeZoneInfo.ConvertTimeFromUtc(Now, China));

    public static bool MayPlan(ICurrentUser user) => Policies.RolesByPolicy[Policies.SurveysPlan].Any(user.IsInRole);

    // ---------- questionnaires ----------

    /// <summary>The built-in questionnaire exists in every installation, demo or not.</summary>
    public static async Task EnsureStandardAsync(AppDbContext db, DateTime now, CancellationToken ct = default)
    {
        if (await db.SurveyTemplates.AnyAsync(t => t.Key == StandardQuestionnaire.Key, ct)) return;
        db.SurveyTemplates.Add(new SurveyTemplate
        {
            Key = StandardQuestionnaire.Key, Name = StandardQuestionnaire.Name, IsBuiltIn = true,
            Definition = StandardQuestionnaire.Create().ToJson(), CreatedAt = now,
        });
        await db.SaveChangesAsync(ct);
    }

    public async Task<List<TemplateSummary>> TemplatesAsync(CancellationToken ct = default)
    {
        var rows = await db.SurveyTemplates.AsNoTracking().Where(t => t.IsActive).OrderBy(t => t.Key).ThenByDescending(t => t.VersionNumber).ToListAsync(ct);
        return rows.Select(t => new TemplateSummary(t.Id, t.Key, t.VersionNumber, t.Name, t.IsBuiltIn, t.FrozenAt is not null,
            t.Questionnaire.Questions.Count(), t.CreatedAt)).ToList();
    }

    public async Task<TemplateDto?> TemplateAsync(int id, CancellationToken ct = default) =>
        await db.SurveyTemplates.AsNoTracking().FirstOrDefaultAsync(t => t.Id == id, ct) is { } t
            ? new TemplateDto(t.Id, t.Key, t.VersionNumber, t.Name, t.IsBuiltIn, t.FrozenAt, t.Questionnaire)
            : null;

    /// <summary>Saves a questionnaire as a new template, or as the next version of the one with the same key: versions are never edited in place, so every campaign keeps the questions it was answered with.</summary>
    public async Task<(TemplateDto? Template, FieldErrors Errors)> SaveTemplateAsync(TemplateInput input, CancellationToken ct = default)
    {
        var errors = new FieldErrors(l);
        errors.Required("name", input.Name, "Survey.Field.TemplateName").MaxLength("name", input.Name, 100, "Survey.Field.TemplateName");
        var key = string.IsNullOrWhiteSpace(input.Key) ? null : input.Key.Trim();
        if (key is not null && (key.Length > 60 || !key.All(c => char.IsAsciiLetterOrDigit(c) || c == '-')))
            errors.Add("key", "Survey.Err.TemplateKey");
        if (input.Questionnaire is null) errors.Add("questionnaire", "Err.Required", l["Survey.Field.Questionnaire"]);
        else
        {
            if (string.IsNullOrWhiteSpace(input.Questionnaire.Intro)) errors.Add("intro", "Err.Required", l["Survey.Field.Intro"]);
            if (input.Questionnaire.Sections is null) errors.Add("sections", "Survey.Err.NoSections");
            else foreach (var (field, message, args) in input.Questionnaire.Problems()) errors.Add(field, message, args);
        }
        if (errors.Any) return (null, errors);

        key ??= $"custom-{Guid.NewGuid():N}"[..20];
        var latest = await db.SurveyTemplates.Where(t => t.Key == key).OrderByDescending(t => t.VersionNumber).FirstOrDefaultAsync(ct);
        var template = new SurveyTemplate
        {
            Key = key, VersionNumber = (latest?.VersionNumber ?? 0) + 1, Name = input.Name!.Trim(),
            Definition = input.Questionnaire!.ToJson(), CreatedAt = Now, CreatedById = me.UserId,
        };
        db.SurveyTemplates.Add(template);
        await db.SaveChangesAsync(ct);
        return (await TemplateAsync(template.Id, ct), errors);
    }

    // ---------- campaigns ----------

    /// <summary>Campaigns the caller may see: those with at least one project in scope (the join rows are scope-filtered).</summary>
    private IQueryable<SurveyCampaign> Campaigns => db.SurveyCampaigns.Where(c => db.SurveyCampaignProjects.Any(p => p.CampaignId == c.Id));

    public async Task<List<CampaignSummary>> CampaignsAsync(CancellationToken ct = default)
    {
        var campaigns = await Campaigns.AsNoTracking().Include(c => c.Projects).OrderByDescending(c => c.OpensOn).ThenByDescending(c => c.Id).ToListAsync(ct);
        var ids = campaigns.Select(c => c.Id).ToList();
        var invitations = await db.SurveyInvitations.Where(i => ids.Contains(i.CampaignId) && i.NotDeliveredReason == null)
            .GroupBy(i => i.CampaignId).Select(g => new { g.Key, N = g.Count() }).ToDictionaryAsync(x => x.Key, x => x.N, ct);
        var responses = await db.SurveyResponses.Where(r => ids.Contains(r.CampaignId) && !r.Excluded)
            .GroupBy(r => r.CampaignId).Select(g => new { g.Key, N = g.Count() }).ToDictionaryAsync(x => x.Key, x => x.N, ct);
        var names = await ProjectNamesAsync(ct);
        var today = Today;
        return campaigns.Select(c =>
        {
            var n = invitations.GetValueOrDefault(c.Id);
            var r = responses.GetValueOrDefault(c.Id);
            return new CampaignSummary(c.Id, c.Name, c.StatusOn(today), c.OpensOn, c.ClosesOn,
                c.Projects.Select(p => names.GetValueOrDefault(p.ProjectId, "")).ToList(), n, r, n == 0 ? null : SurveyRules.Rate(r, n));
        }).ToList();
    }

    public async Task<(SurveyCampaign? Campaign, FieldErrors Errors)> CreateCampaignAsync(CampaignInput input, CancellationToken ct = default)
    {
        var errors = new FieldErrors(l);
        errors.Required("name", input.Name, "Survey.Field.CampaignName").MaxLength("name", input.Name, 100, "Survey.Field.CampaignName");
        SurveyTemplate? template = null;
        if (input.TemplateId is null) errors.Add("templateId", "Err.Required", l["Survey.Field.Template"]);
        else if ((template = await db.SurveyTemplates.FirstOrDefaultAsync(t => t.Id == input.TemplateId && t.IsActive, ct)) is null)
            errors.Add("templateId", "Err.NotFound", l["Survey.Field.Template"]);
        var projectIds = input.ProjectIds?.Distinct().ToList() ?? [];
        if (projectIds.Count == 0) errors.Add("projectIds", "Err.Required", l["Field.Project"]);
        else if (await db.Projects.CountAsync(p => projectIds.Contains(p.Id) && p.IsActive, ct) != projectIds.Count)
            errors.Add("projectIds", "Err.NotFound", l["Field.Project"]);
        if (input.OpensOn is null) errors.Add("opensOn", "Err.Required", l["Survey.Field.OpensOn"]);
        if (input.ClosesOn is null) errors.Add("closesOn", "Err.Required", l["Survey.Field.ClosesOn"]);
        if (input.OpensOn > input.ClosesOn) errors.Add("closesOn", "Survey.Err.ClosesBeforeOpens");
        if (input.ClosesOn is { } closes && closes < Today) errors.Add("closesOn", "Survey.Err.ClosesInPast");
        var channels = input.Channels?.Aggregate(SurveyChannels.None, (all, c) => all | (SurveyChannels)(int)c) ?? SurveyChannels.None;
        if (channels == SurveyChannels.None) errors.Add("channels", "Err.Required", l["Survey.Field.Channels"]);
        var sampling = input.Sampling ?? SamplingMode.All;
        if (sampling == SamplingMode.Ratio && input.SampleRatio is not (> 0 and <= 1)) errors.Add("sampleRatio", "Survey.Err.Ratio");
        if (sampling == SamplingMode.Size && input.SampleSize is not (>= 1 and <= 100_000)) errors.Add("sampleSize", "Survey.Err.Size");
        if (input.ExcludeSurveyedWithinDays is < 0 or > 730) errors.Add("excludeSurveyedWithinDays", "Survey.Err.ExcludeDays");
        if (input.DistributionTarget is < 0 or > 100) errors.Add("distributionTarget", "Survey.Err.Percent", l["Survey.Field.DistributionTarget"]);
        if (input.RecoveryTarget is < 0 or > 100) errors.Add("recoveryTarget", "Survey.Err.Percent", l["Survey.Field.RecoveryTarget"]);
        if (errors.Any) return (null, errors);

        var campaign = new SurveyCampaign
        {
            Name = input.Name!.Trim(), TemplateId = template!.Id, OpensOn = input.OpensOn!.Value, ClosesOn = input.ClosesOn!.Value,
            Channels = channels, Sampling = sampling,
            SampleRatio = sampling == SamplingMode.Ratio ? input.SampleRatio : null,
            SampleSize = sampling == SamplingMode.Size ? input.SampleSize : null,
            Seed = input.Seed ?? RandomNumberGenerator.GetInt32(1, int.MaxValue),
            ExcludeSurveyedWithinDays = input.ExcludeSurveyedWithinDays is > 0 ? input.ExcludeSurveyedWithinDays : null,
            DistributionTarget = input.DistributionTarget ?? 100, RecoveryTarget = input.RecoveryTarget ?? 85,
            CreatedAt = Now, CreatedById = me.UserId,
            Projects = projectIds.Select(p => new SurveyCampaignProject { ProjectId = p }).ToList(),
        };
        db.SurveyCampaigns.Add(campaign);
        await db.SaveChangesAsync(ct);
        return (campaign, errors);
    }

    /// <summary>Households that may be invited: occupied units, less those invited by another campaign within the window.</summary>
    private async Task<List<SurveyRules.Household>> EligibleAsync(SurveyCampaign c, int projectId, CancellationToken ct)
    {
        var units = db.Units.AsNoTracking().Where(u => u.ProjectId == projectId && u.IsOccupied);
        if (c.ExcludeSurveyedWithinDays is int days)
        {
            var since = Now.AddDays(-days);
            var recent = from i in db.SurveyInvitations
                         join other in db.SurveyCampaigns on i.CampaignId equals other.Id
                         where i.ProjectId == projectId && other.Id != c.Id && other.LaunchedAt >= since
                         select i.UnitId;
            units = units.Where(u => !recent.Contains(u.Id));
        }
        return await units.Select(u => new SurveyRules.Household(u.Id, u.BuildingId)).ToListAsync(ct);
    }

    public async Task<CampaignDto?> CampaignAsync(int id, CancellationToken ct = default)
    {
        var c = await Campaigns.AsNoTracking().Include(x => x.Projects).FirstOrDefaultAsync(x => x.Id == id, ct);
        if (c is null) return null;
        var template = await db.SurveyTemplates.AsNoTracking().FirstAsync(t => t.Id == c.TemplateId, ct);
        var projectNames = await ProjectNamesAsync(ct);
        var visible = c.Projects.Where(p => me.CanSee(p.ProjectId)).ToList();

        var invitationRows = await db.SurveyInvitations.AsNoTracking().Where(i => i.CampaignId == id)
            .GroupBy(i => new { i.ProjectId, i.BuildingId, i.SurveyorId })
            .Select(g => new { g.Key.ProjectId, g.Key.BuildingId, g.Key.SurveyorId, N = g.Count(), Distributed = g.Count(i => i.NotDeliveredReason == null) })
            .ToListAsync(ct);
        var responseRows = await (from r in db.SurveyResponses.AsNoTracking().Where(r => r.CampaignId == id)
                                  join i in db.SurveyInvitations on r.InvitationId equals i.Id
                                  group r by new { r.ProjectId, r.BuildingId, i.SurveyorId, r.Excluded, r.Audit, r.Flags, r.FlagDecision, HasFollowUp = r.FollowUpOrderId != null } into g
                                  select new { g.Key.ProjectId, g.Key.BuildingId, g.Key.SurveyorId, g.Key.Excluded, g.Key.Audit, g.Key.Flags, g.Key.FlagDecision, g.Key.HasFollowUp, N = g.Count() })
            .ToListAsync(ct);
        var buildingNames = await db.Buildings.AsNoTracking().Where(b => invitationRows.Select(r => r.BuildingId).Distinct().Contains(b.Id))
            .ToDictionaryAsync(b => b.Id, b => b.Name, ct);
        var surveyorIds = invitationRows.Select(r => r.SurveyorId).OfType<int>().Distinct().ToList();
        var surveyorNames = await UserNamesAsync(surveyorIds, ct);

        var projects = new List<CampaignProjectDto>();
        foreach (var p in visible)
        {
            var inv = invitationRows.Where(r => r.ProjectId == p.ProjectId).ToList();
            var valid = responseRows.Where(r => r.ProjectId == p.ProjectId && !r.Excluded).Sum(r => r.N);
            int n = inv.Sum(r => r.N), distributed = inv.Sum(r => r.Distributed);
            var eligible = c.LaunchedAt is null ? (await EligibleAsync(c, p.ProjectId, ct)).Count : p.PlannedSample;
            var planned = c.LaunchedAt is null ? SurveyRules.SampleSize(eligible, c.Sampling, c.SampleRatio, c.SampleSize) : p.PlannedSample;
            projects.Add(new CampaignProjectDto(p.ProjectId, projectNames.GetValueOrDefault(p.ProjectId, ""), eligible, planned, n, distributed, valid,
                planned == 0 ? null : SurveyRules.Rate(distributed, planned), distributed == 0 ? null : SurveyRules.Rate(valid, distributed)));
        }

        var buildings = invitationRows.GroupBy(r => (r.ProjectId, r.BuildingId)).Select(g =>
        {
            var distributed = g.Sum(r => r.Distributed);
            var valid = responseRows.Where(r => r.ProjectId == g.Key.ProjectId && r.BuildingId == g.Key.BuildingId && !r.Excluded).Sum(r => r.N);
            return new BuildingProgressDto(g.Key.ProjectId, g.Key.BuildingId, buildingNames.GetValueOrDefault(g.Key.BuildingId, ""), g.Sum(r => r.N),
                distributed, valid, distributed == 0 ? null : SurveyRules.Rate(valid, distributed));
        }).OrderBy(b => b.ProjectId).ThenBy(b => b.BuildingId).ToList();

        var surveyors = invitationRows.GroupBy(r => (r.ProjectId, r.SurveyorId)).Select(g =>
        {
            var mine = responseRows.Where(r => r.ProjectId == g.Key.ProjectId && r.SurveyorId == g.Key.SurveyorId).ToList();
            int assigned = g.Sum(r => r.N), distributed = g.Sum(r => r.Distributed);
            int valid = mine.Where(r => !r.Excluded).Sum(r => r.N), fraud = mine.Where(r => r.Audit == AuditState.Fraudulent).Sum(r => r.N);
            return new SurveyorProgressDto(g.Key.ProjectId, g.Key.SurveyorId,
                g.Key.SurveyorId is int s ? surveyorNames.GetValueOrDefault(s, "") : l["Survey.Unassigned"], assigned, distributed, valid, fraud,
                distributed == 0 ? null : SurveyRules.Rate(valid, distributed), SurveyRules.SurveyorScore(distributed, valid, fraud, c.RecoveryTarget));
        }).OrderBy(s => s.ProjectId).ThenBy(s => s.Surveyor, StringComparer.Ordinal).ToList();

        int invitations = projects.Sum(p => p.Invitations), distributedAll = projects.Sum(p => p.Distributed), responses = projects.Sum(p => p.Responses);
        var plannedAll = projects.Sum(p => p.PlannedSample);
        return new CampaignDto(c.Id, c.Name, c.TemplateId, template.Name, template.VersionNumber, c.OpensOn, c.ClosesOn,
            Enum.GetValues<SurveyChannel>().Where(x => c.Channels.HasFlag((SurveyChannels)(int)x)).ToList(),
            c.Sampling, c.SampleRatio, c.SampleSize, c.Seed, c.ExcludeSurveyedWithinDays, c.DistributionTarget, c.RecoveryTarget,
            c.StatusOn(Today), c.LaunchedAt, c.ClosedAt, c.Version, projects, invitations, distributedAll, responses,
            responseRows.Where(r => r.Excluded).Sum(r => r.N),
            plannedAll == 0 ? null : SurveyRules.Rate(distributedAll, plannedAll), distributedAll == 0 ? null : SurveyRules.Rate(responses, distributedAll),
            responseRows.Where(r => r.Audit != AuditState.None).Sum(r => r.N), responseRows.Where(r => r.Audit == AuditState.Sampled).Sum(r => r.N),
            responseRows.Where(r => r.Flags != ResponseFlags.None).Sum(r => r.N), responseRows.Where(r => r.HasFollowUp).Sum(r => r.N),
            buildings, surveyors);
    }

    /// <summary>
    /// 发放: draws each project's sample from the stored seed, freezes the questionnaire version, creates one invitation with
    /// an unguessable token per household and spreads the households over the project's service agents, building by building.
    /// </summary>
    public async Task<FieldErrors> LaunchAsync(int id, CancellationToken ct = default)
    {
        var errors = new FieldErrors(l);
        var c = await Campaigns.Include(x => x.Projects).FirstOrDefaultAsync(x => x.Id == id, ct);
        if (c is null) return errors.Add("id", "Err.NotFound", l["Survey.Field.Campaign"]);
        if (c.LaunchedAt is not null) return errors.Add("status", "Survey.Err.AlreadyLaunched");
        if (c.ClosesOn < Today) return errors.Add("closesOn", "Survey.Err.ClosesInPast");

        await using var tx = await db.Database.BeginOrJoinTransactionAsync(ct);
        var invitations = new List<SurveyInvitation>();
        foreach (var p in c.Projects)
        {
            var sample = SurveyRules.Sample(await EligibleAsync(c, p.ProjectId, ct), c.Sampling, c.SampleRatio, c.SampleSize, unchecked(c.Seed + p.ProjectId));
            if (sample.Count == 0)
            {
                errors.Add("projectIds", "Survey.Err.NoHouseholds", (await db.Projects.FirstAsync(x => x.Id == p.ProjectId, ct)).Name);
                continue;
            }
            p.PlannedSample = sample.Count;
            var labels = await db.Units.AsNoTracking().Where(u => u.ProjectId == p.ProjectId && u.IsOccupied).ToDictionaryAsync(u => u.Id, u => u.Label, ct);
            var agents = await ServiceDeskService.UsersInRoleAsync(db, Roles.ServiceAgent, p.ProjectId, ct);
            agents.Sort();
            for (var i = 0; i < sample.Count; i++)
                invitations.Add(new SurveyInvitation
                {
                    CampaignId = c.Id, ProjectId = p.ProjectId, BuildingId = sample[i].BuildingId, UnitId = sample[i].UnitId,
                    UnitLabel = labels[sample[i].UnitId], Token = NewToken(),
                    // Contiguous runs, so each surveyor walks whole buildings rather than every fifth door.
                    SurveyorId = agents.Count == 0 ? null : agents[(int)((long)i * agents.Count / sample.Count)],
                });
        }
        if (errors.Any) return errors;
        db.SurveyInvitations.AddRange(invitations);
        c.LaunchedAt = Now;
        var template = await db.SurveyTemplates.FirstAsync(t => t.Id == c.TemplateId, ct);
        template.FrozenAt ??= Now;
        await db.SaveChangesAsync(ct);
        await tx.CommitAsync(ct);
        return errors;
    }

    /// <summary>144 random bits, URL-safe (24 characters).</summary>
    public static string NewToken() => Convert.ToBase64String(RandomNumberGenerator.GetBytes(18)).Replace('+', '-').Replace('/', '_');

    public async Task<FieldErrors> CloseAsync(int id, CancellationToken ct = default)
    {
        var errors = new FieldErrors(l);
        var c = await Campaigns.FirstOrDefaultAsync(x => x.Id == id, ct);
        if (c is null) return errors.Add("id", "Err.NotFound", l["Survey.Field.Campaign"]);
        if (c.LaunchedAt is null) return errors.Add("status", "Survey.Err.NotLaunched");
        if (c.ClosedAt is not null) return errors;
        c.ClosedAt = Now;
        await db.SaveChangesAsync(ct);
        return errors;
    }

    // ---------- invitations ----------

    public async Task<Paged<InvitationDto>?> InvitationsAsync(int campaignId, InvitationQuery q, string? baseUrl, CancellationToken ct = default)
    {
        if (!await Campaigns.AnyAsync(c => c.Id == campaignId, ct)) return null;
        var (page, size) = Paging.Normalize(q.Page, q.PageSize ?? 50);
        var query = db.SurveyInvitations.AsNoTracking().Where(i => i.CampaignId == campaignId);
        if (q.ProjectId is int pid) query = query.Where(i => i.ProjectId == pid);
        if (q.BuildingId is int bid) query = query.Where(i => i.BuildingId == bid);
        if (q.SurveyorId is int sid) query = query.Where(i => i.SurveyorId == sid);
        if (q.Answered is bool answered) query = answered ? query.Where(i => i.RespondedAt != null) : query.Where(i => i.RespondedAt == null);
        var total = await query.CountAsync(ct);
        var rows = await (from i in query.OrderBy(i => i.ProjectId).ThenBy(i => i.BuildingId).ThenBy(i => i.UnitLabel).Skip((page - 1) * size).Take(size)
                          join b in db.Buildings on i.BuildingId equals b.Id
                          select new { I = i, Building = b.Name }).ToListAsync(ct);
        var firstCustomer = await HouseholdsAsync(rows.Select(r => r.I.UnitId), ct);
        var surveyors = await UserNamesAsync(rows.Select(r => r.I.SurveyorId).OfType<int>().Distinct(), ct);
        var fullPhones = me.CanSeeFullPhones() || MayPlan(me);
        return new Paged<InvitationDto>(rows.Select(r =>
        {
            var cust = firstCustomer.GetValueOrDefault(r.I.UnitId);
            return new InvitationDto(r.I.Id, r.I.ProjectId, r.Building, r.I.UnitLabel, cust?.Name,
                cust is null ? null : fullPhones ? cust.Phone : PhoneMask.Mask(cust.Phone),
                r.I.SurveyorId, r.I.SurveyorId is int s ? surveyors.GetValueOrDefault(s) : null,
                baseUrl is null ? null : $"{baseUrl.TrimEnd('/')}/s/{r.I.Token}",
                r.I.NotDeliveredReason is null, r.I.NotDeliveredReason, r.I.OpenedAt is not null, r.I.RespondedAt);
        }).ToList(), total, page, size);
    }

    /// <summary>Invitations with their tokens, for the printed door-hanger sheets (grouped by building by the page).</summary>
    public async Task<List<(SurveyInvitation Invitation, string Building)>?> SheetAsync(int campaignId, int? projectId, CancellationToken ct = default)
    {
        if (!await Campaigns.AnyAsync(c => c.Id == campaignId, ct)) return null;
        var query = db.SurveyInvitations.AsNoTracking().Where(i => i.CampaignId == campaignId && i.RespondedAt == null && i.NotDeliveredReason == null);
        if (projectId is int pid) query = query.Where(i => i.ProjectId == pid);
        var rows = await (from i in query join b in db.Buildings on i.BuildingId equals b.Id
                          orderby i.ProjectId, b.Code, i.UnitLabel
                          select new { i, b.Name }).ToListAsync(ct);
        return rows.Select(r => (r.i, r.Name)).ToList();
    }

    public async Task<FieldErrors> SetNotDeliveredAsync(long invitationId, string? reason, CancellationToken ct = default)
    {
        var errors = new FieldErrors(l);
        var invitation = await db.SurveyInvitations.FirstOrDefaultAsync(i => i.Id == invitationId, ct);
        if (invitation is null || !await Campaigns.AnyAsync(c => c.Id == invitation.CampaignId, ct))
            return errors.Add("id", "Err.NotFound", l["Survey.Field.Invitation"]);
        if (invitation.RespondedAt is not null) return errors.Add("id", "Survey.Err.AlreadyAnswered");
        errors.MaxLength("reason", reason, 100, "Survey.Field.NotDeliveredReason");
        if (errors.Any) return errors;
        invitation.NotDeliveredReason = string.IsNullOrWhiteSpace(reason) ? null : reason.Trim();
        await db.SaveChangesAsync(ct);
        return errors;
    }

    // ---------- responses ----------

    /// <summary>Paper forms and phone interviews, entered by staff through the same questions.</summary>
    public async Task<(SurveyResponse? Response, FieldErrors Errors, bool Conflict)> EnterAsync(int campaignId, StaffResponseInput input, CancellationToken ct = default)
    {
        var errors = new FieldErrors(l);
        var c = await Campaigns.AsNoTracking().FirstOrDefaultAsync(x => x.Id == campaignId, ct);
        if (c is null) return (null, errors.Add("id", "Err.NotFound", l["Survey.Field.Campaign"]), false);
        var status = c.StatusOn(Today);
        if (status != CampaignStatus.Open) return (null, errors.Add("status", status == CampaignStatus.Closed ? "Survey.Err.Closed" : "Survey.Err.NotOpen"), false);
        if (input.Channel is not (SurveyChannel.Paper or SurveyChannel.Phone)) errors.Add("channel", "Survey.Err.StaffChannel");
        else if (!c.Channels.HasFlag((SurveyChannels)(int)input.Channel)) errors.Add("channel", "Survey.Err.ChannelNotPlanned");
        errors.MaxLength("formNumber", input.FormNumber, 30, "Survey.Field.FormNumber");
        if (input.Channel == SurveyChannel.Paper && string.IsNullOrWhiteSpace(input.FormNumber)) errors.Add("formNumber", "Err.Required", l["Survey.Field.FormNumber"]);

        SurveyInvitation? invitation = null;
        if (input.InvitationId is long iid)
            invitation = await db.SurveyInvitations.AsNoTracking().FirstOrDefaultAsync(i => i.Id == iid && i.CampaignId == campaignId, ct);
        else if (input.ProjectId is int pid && !string.IsNullOrWhiteSpace(input.UnitLabel))
            invitation = await db.SurveyInvitations.AsNoTracking().FirstOrDefaultAsync(i => i.CampaignId == campaignId && i.ProjectId == pid && i.UnitLabel == input.UnitLabel.Trim(), ct);
        if (invitation is null) errors.Add("invitationId", "Survey.Err.NotInSample");
        else if (invitation.RespondedAt is not null) return (null, errors.Add("invitationId", "Survey.Err.AlreadyAnswered"), true);

        var surveyorId = input.SurveyorId ?? invitation?.SurveyorId ?? me.UserId;
        if (input.SurveyorId is int sid && !await db.Users.AnyAsync(u => u.Id == sid && u.IsActive, ct)) errors.Add("surveyorId", "Err.NotFound", l["Survey.Field.Surveyor"]);
        if (errors.Any) return (null, errors, false);

        var sheet = await AnswerSheet.ForTemplateAsync(db, c.TemplateId, ct);
        var encoded = sheet.Encode(input.Answers, complete: true);
        if (!encoded.Ok) return (null, AnswerErrors(encoded), false);
        var response = new SurveyResponse
        {
            Channel = input.Channel!.Value, FormNumber = input.FormNumber?.Trim() is { Length: > 0 } f ? f : null,
            SurveyorId = surveyorId, EnteredById = me.UserId,
        };
        return (await RecordAsync([Checked(c.Id, sheet, invitation!.Id, response, encoded)], ct))[0] switch
        {
            Outcome.Stored => (response, errors, false),
            Outcome.Answered => (null, errors.Add("invitationId", "Survey.Err.AlreadyAnswered"), true),
            // The campaign closed between the check above and the write.
            Outcome.Closed => (null, errors.Add("status", "Survey.Err.Closed"), false),
            _ => (null, errors.Add("status", "Survey.Err.NotOpen"), false),
        };
    }

    public FieldErrors AnswerErrors(AnswerSheet.Encoded encoded)
    {
        var errors = new FieldErrors(l);
        foreach (var p in encoded.Problems) errors.Add($"answers.{p.QuestionId}", p.Key, p.Args);
        return errors;
    }

    /// <summary>A complete, checked response waiting to be stored for its household, its comments already read.</summary>
    public sealed record NewResponse(int CampaignId, AnswerSheet Sheet, long InvitationId, SurveyResponse Response, AnswerSheet.Encoded Encoded,
        string Comment, AnalysisResult? CommentInsight);

    /// <summary>The comments are read here, by the submitting request, so that a batch's single writer only stores them.</summary>
    public NewResponse Checked(int campaignId, AnswerSheet sheet, long invitationId, SurveyResponse response, AnswerSheet.Encoded encoded)
    {
        var comment = string.Join("；", encoded.Texts.Values);
        return new NewResponse(campaignId, sheet, invitationId, response, encoded, comment, encoded.Texts.Count == 0 ? null : analyzer.Analyze(comment));
    }

    /// <summary>What became of a submission: stored, or refused because of what changed since its answers were checked.</summary>
    public enum Outcome { Stored, Answered, NotYetOpen, Closed, Unknown }

    /// <summary>
    /// Stores complete, checked responses with their flags, the due follow-up and the text insight of their comments, in
    /// one transaction. What may have changed since a submission was checked is decided here, in the same transaction:
    /// whether the household has answered meanwhile and whether the campaign is still open. The unique index decides
    /// between nodes; a batch that meets it throws, and <see cref="SurveySubmissionWriter"/> writes its members one by one.
    /// </summary>
    public async Task<Outcome[]> RecordAsync(IReadOnlyList<NewResponse> submissions, CancellationToken ct)
    {
        var now = Now;
        var today = Today;
        var outcomes = new Outcome[submissions.Count];
        await using var tx = await db.Database.BeginOrJoinTransactionAsync(ct);
        var ids = submissions.Select(s => s.InvitationId).Distinct().ToList();
        // Read, not tracked: the households are marked answered by one UPDATE below, not one statement each.
        var households = await db.SurveyInvitations.AsNoTracking().Where(i => ids.Contains(i.Id))
            .Select(i => new { i.Id, i.CampaignId, i.ProjectId, i.BuildingId, i.UnitLabel, i.OpenedAt, i.RespondedAt }).ToDictionaryAsync(i => i.Id, ct);
        var campaignIds = households.Values.Select(i => i.CampaignId).Distinct().ToList();
        var status = await Campaigns.AsNoTracking().Where(c => campaignIds.Contains(c.Id)).ToDictionaryAsync(c => c.Id, c => c.StatusOn(today), ct);
        var stored = new List<(NewResponse S, string UnitLabel)>();
        for (var i = 0; i < submissions.Count; i++)
        {
            var s = submissions[i];
            var invitation = households.GetValueOrDefault(s.InvitationId);
            outcomes[i] = invitation is null || invitation.CampaignId != s.CampaignId ? Outcome.Unknown
                // Answered before, or twice within this batch: the first one stands.
                : invitation.RespondedAt is not null ? Outcome.Answered
                : status[invitation.CampaignId] switch
                {
                    CampaignStatus.Open => Outcome.Stored,
                    CampaignStatus.Scheduled => Outcome.NotYetOpen,
                    CampaignStatus.Closed => Outcome.Closed,
                    _ => Outcome.Unknown,
                };
            if (invitation is null || outcomes[i] != Outcome.Stored) continue;
            households[s.InvitationId] = invitation with { RespondedAt = now };
            var response = s.Response;
            response.CampaignId = s.CampaignId;
            response.InvitationId = invitation.Id;
            response.ProjectId = invitation.ProjectId;
            response.BuildingId = invitation.BuildingId;
            response.SubmittedAt = now;
            // An owner's clock starts when the link was first opened; staff enter forms filled elsewhere.
            if (response.Channel == SurveyChannel.Link) response.StartedAt = invitation.OpenedAt;
            response.Answers = s.Encoded.Vector;
            response.Texts = s.Encoded.Texts.Count == 0 ? "" : JsonSerializer.Serialize(s.Encoded.Texts, Questionnaire.Json);
            var timeTaken = response.StartedAt is { } started ? now - started : (TimeSpan?)null;
            response.Flags = SurveyRules.FlagsOf(s.Sheet, s.Encoded.Vector, response.Channel == SurveyChannel.Paper ? null : timeTaken);
            // The follow-up order (numbering, SLA clocks, notices) is made by the follow-up sweeper within seconds, so
            // a submission stays one short transaction when a whole estate answers at once.
            // A red comment (a threat to call 12345, a danger) is followed up too, whatever the scores beside it.
            if (SurveyRules.LowScores(s.Sheet, s.Encoded.Vector).Count > 0 || s.CommentInsight?.Alert.Level == InsightLabels.Red)
                response.FollowUpDueAt = now;
            stored.Add((s, invitation.UnitLabel));
        }
        if (stored.Count == 0) return outcomes;
        var responses = stored.Select(x => x.S.Response).ToList();
        // Every flag is decided before the rows are written, so each response is written once.
        await FlagSameSourceAsync(responses, ct);
        // New responses, their timeline and their comments' insights are appended a table at a time (RowAppender), not one
        // EF Core INSERT each; what changes on older rows (their same-source flags) goes through SaveChanges below.
        try
        {
            await db.AppendAsync(responses, ct);
        }
        catch (Exception e) when (IsUniqueViolation(e) && submissions.Count == 1)
        {
            db.ChangeTracker.Clear();
            return [Outcome.Answered];
        }
        var answered = stored.Select(x => x.S.InvitationId).ToList();
        var keys = await db.SurveyResponses.Where(r => answered.Contains(r.InvitationId)).Select(r => new { r.InvitationId, r.Id })
            .ToDictionaryAsync(r => r.InvitationId, r => r.Id, ct);
        foreach (var r in responses) r.Id = keys[r.InvitationId];
        await db.SurveyInvitations.Where(i => answered.Contains(i.Id)).ExecuteUpdateAsync(u => u
            .SetProperty(i => i.RespondedAt, now).SetProperty(i => i.DraftAnswers, (byte[]?)null).SetProperty(i => i.DraftTexts, (string?)null), ct);
        var events = new List<SurveyResponseEvent>();
        var comments = new List<Insight.InsightService.ReadText>();
        foreach (var (s, label) in stored)
        {
            var response = s.Response;
            events.Add(NewEvent(response, ResponseEventKind.Submitted, null, response.Channel.ToString(), response.FormNumber));
            if (response.Flags != ResponseFlags.None) events.Add(NewEvent(response, ResponseEventKind.Flagged, null, response.Flags.ToString(), null));
            if (s.CommentInsight is { } read)
                comments.Add(new(Insight.TextInsight.SurveySource, response.Id, response.ProjectId, response.BuildingId, s.Comment, read,
                    $"/surveys/responses/{response.Id}", label));
        }
        await db.AppendAsync(events, ct);
        await insight.RecordAsync(comments, ct);
        await db.SaveChangesAsync(ct);
        await tx.CommitAsync(ct);
        return outcomes;
    }

    /// <summary>
    /// Many answers from one device or address within a campaign: all of them are flagged for a reviewer. The new
    /// responses, not written yet, are flagged before they are; older ones get an event saying why.
    /// </summary>
    private async Task FlagSameSourceAsync(List<SurveyResponse> responses, CancellationToken ct)
    {
        foreach (var group in responses.Where(r => r.SourceAddress is not null).GroupBy(r => (r.CampaignId, r.SourceAddress)))
            await FlagAsync(group.ToList(), db.SurveyResponses.Where(r => r.CampaignId == group.Key.CampaignId && r.SourceAddress == group.Key.SourceAddress));
        foreach (var group in responses.Where(r => r.SourceDevice is not null).GroupBy(r => (r.CampaignId, r.SourceDevice)))
            await FlagAsync(group.ToList(), db.SurveyResponses.Where(r => r.CampaignId == group.Key.CampaignId && r.SourceDevice == group.Key.SourceDevice));

        async Task FlagAsync(List<SurveyResponse> fresh, IQueryable<SurveyResponse> same)
        {
            // Queries read the database, where the fresh responses are not yet.
            var count = await same.CountAsync(ct) + fresh.Count;
            if (count <= SurveyRules.SameSourceLimit) return;
            foreach (var r in fresh) r.Flags |= ResponseFlags.SameSource;
            // Only the ones not flagged yet are loaded: the fourth answer from an address flags four, the fortieth one.
            foreach (var r in await same.Where(r => (r.Flags & ResponseFlags.SameSource) == 0).ToListAsync(ct))
            {
                r.Flags |= ResponseFlags.SameSource;
                Event(r, ResponseEventKind.Flagged, null, r.Flags.ToString(), l["Survey.SameSourceNote", count]);
            }
        }
    }

    /// <summary>
    /// Issue 4 rule 12: a low score becomes a work order of channel Survey for the project's customer service, linked to
    /// the response; so does a comment read as a red alert (issue 6), urgent, whatever the scores. Called by
    /// <see cref="SurveyFollowUpSweeper"/> for every response whose follow-up is due.
    /// </summary>
    public async Task FollowUpAsync(long responseId, CancellationToken ct)
    {
        await using var tx = await db.Database.BeginOrJoinTransactionAsync(ct);
        // Read, not tracked: the follow-up is the system's note on the response, not a change to what a reviewer decides,
        // so it leaves the response's version alone. A sample drawn or an audit saved meanwhile is not refused for it.
        var response = await db.SurveyResponses.AsNoTracking().FirstOrDefaultAsync(r => r.Id == responseId && r.FollowUpDueAt != null, ct);
        if (response is null) return;
        var sheet = await AnswerSheet.ForTemplateAsync(db, await db.SurveyCampaigns.Where(c => c.Id == response.CampaignId).Select(c => c.TemplateId).FirstAsync(ct), ct);
        var low = SurveyRules.LowScores(sheet, response.Answers);
        var red = await db.TextInsights.AsNoTracking()
            .Where(t => t.Source == Insight.TextInsight.SurveySource && t.SourceId == responseId && t.Alert == InsightLabels.Red)
            .Select(t => new { t.Reasons, Category = t.ConfirmedCategory ?? t.Category }).FirstOrDefaultAsync(ct);
        long? orderId = null;
        // A response excluded meanwhile (fraud, a reviewer's decision) gets no follow-up.
        if ((low.Count > 0 || red is not null) && !response.Excluded)
        {
            var c = await db.SurveyCampaigns.AsNoTracking().FirstAsync(x => x.Id == response.CampaignId, ct);
            var invitation = await db.SurveyInvitations.AsNoTracking().FirstAsync(i => i.Id == response.InvitationId, ct);
            var texts = TextsOf(response.Texts);
            var items = string.Join("、", low.Select(x => $"{x.Question.Text}（{l[$"Survey.Likert.{LikertAnswers.Keys[x.Answer]}"]}）"));
            var comment = texts.Count == 0 ? "" : l["Survey.FollowUpComment", string.Join("；", texts.Values)].Value;
            var triggers = red is null ? "" : Insight.InsightService.Triggers(Insight.InsightService.ParseReasons(red.Reasons));
            var description = (low.Count > 0 ? l["Survey.FollowUpText", c.Name, invitation.UnitLabel, items].Value
                                  : l["Survey.FollowUpRedText", c.Name, invitation.UnitLabel, triggers].Value) + comment;
            var category = low.Count > 0 ? CategoryOf(low)
                : Enum.TryParse<Category>(red!.Category, ignoreCase: true, out var read) ? read : Category.Other;
            var customerId = (await HouseholdsAsync([invitation.UnitId], ct)).GetValueOrDefault(invitation.UnitId)?.Id;
            // 首问负责: whoever entered the form, else the household's surveyor, else a supervisor of the project, else an administrator.
            var receiver = response.EnteredById ?? invitation.SurveyorId
                           ?? (await ServiceDeskService.UsersInRoleAsync(db, Roles.ServiceSupervisor, invitation.ProjectId, ct)).Cast<int?>().FirstOrDefault()
                           ?? (await ServiceDeskService.UsersInRoleAsync(db, Roles.Admin, invitation.ProjectId, ct)).Cast<int?>().FirstOrDefault();
            var (order, errors) = await desk.CreateAsync(new WorkOrderInput(invitation.ProjectId, WorkOrderType.Suggestion, Channel.Survey,
                category, red is null ? Priority.Routine : Priority.Urgent, description.Length > 2000 ? description[..2000] : description,
                UnitId: invitation.UnitId, CustomerId: customerId), ct, receiver);
            if (order is null) throw new InvalidOperationException("Survey follow-up order rejected: " + errors.Summary);
            orderId = order.Id;
            Event(response, ResponseEventKind.FollowUp, null, order.Number, low.Count > 0 ? items : triggers);
        }
        // Still due when this transaction writes, or another sweep made it first: then its order stands and this one is
        // rolled back with the transaction.
        var claimed = await db.SurveyResponses.Where(r => r.Id == responseId && r.FollowUpDueAt != null).ExecuteUpdateAsync(u => u
            .SetProperty(r => r.FollowUpDueAt, (DateTime?)null).SetProperty(r => r.FollowUpOrderId, r => orderId ?? r.FollowUpOrderId), ct);
        if (claimed == 0) return;
        await db.SaveChangesAsync(ct);
        await tx.CommitAsync(ct);
    }

    /// <summary>The service area the worst answer is about, as a work-order category.</summary>
    internal static Category CategoryOf(IReadOnlyList<(SurveyQuestion Question, int Answer)> low)
    {
        var worst = low.OrderBy(x => x.Answer).First().Question.Id;
        return worst switch
        {
            _ when worst.StartsWith("eng-") || worst == "paid-repair" => Category.Equipment,
            _ when worst.StartsWith("cs-") || worst.StartsWith("cmp-") => Category.Attitude,
            "sec-parking" => Category.Parking,
            _ when worst.StartsWith("sec-") => Category.Security,
            "env-greening" => Category.Greening,
            _ when worst.StartsWith("env-") || worst == "paid-cleaning" => Category.Environment,
            _ => Category.Quality,
        };
    }

    private void Event(SurveyResponse r, ResponseEventKind kind, string? from, string? to, string? note) =>
        db.SurveyResponseEvents.Add(NewEvent(r, kind, from, to, note));

    private SurveyResponseEvent NewEvent(SurveyResponse r, ResponseEventKind kind, string? from, string? to, string? note) => new()
    {
        ResponseId = r.Id, ProjectId = r.ProjectId, At = Now, UserId = me.UserId, UserName = me.UserName ?? "system",
        Kind = kind, From = from, To = to, Note = note is { Length: > 500 } ? note[..500] : note,
    };

    public async Task<ResponseDto?> ResponseAsync(long id, CancellationToken ct = default)
    {
        var r = await db.SurveyResponses.AsNoTracking().FirstOrDefaultAsync(x => x.Id == id, ct);
        if (r is null) return null;
        var c = await db.SurveyCampaigns.AsNoTracking().FirstAsync(x => x.Id == r.CampaignId, ct);
        var sheet = await AnswerSheet.ForTemplateAsync(db, c.TemplateId, ct);
        var unit = await db.SurveyInvitations.AsNoTracking().Where(i => i.Id == r.InvitationId).Select(i => i.UnitLabel).FirstAsync(ct);
        var project = await db.Projects.AsNoTracking().Where(p => p.Id == r.ProjectId).Select(p => p.Name).FirstAsync(ct);
        var number = r.FollowUpOrderId is long oid ? await db.WorkOrders.AsNoTracking().Where(o => o.Id == oid).Select(o => o.Number).FirstOrDefaultAsync(ct) : null;
        var surveyor = r.SurveyorId is int s ? (await UserNamesAsync([s], ct)).GetValueOrDefault(s) : null;
        var events = await db.SurveyResponseEvents.AsNoTracking().Where(e => e.ResponseId == id).OrderBy(e => e.At).ThenBy(e => e.Id)
            .Select(e => new ResponseEventDto(e.At, e.UserName, e.Kind, e.From, e.To, e.Note)).ToListAsync(ct);
        return new ResponseDto(r.Id, r.CampaignId, c.Name, r.ProjectId, project, unit, r.Channel, r.FormNumber, surveyor, r.StartedAt, r.SubmittedAt,
            FlagList(r.Flags), r.FlagDecision, r.Audit, r.AuditNote, r.Excluded, r.FollowUpOrderId, number, r.Version,
            sheet.Values(r.Answers, TextsOf(r.Texts)), events);
    }

    public static IReadOnlyDictionary<string, string> TextsOf(string json) =>
        string.IsNullOrEmpty(json) ? new Dictionary<string, string>() : JsonSerializer.Deserialize<Dictionary<string, string>>(json)!;

    public static List<ResponseFlags> FlagList(ResponseFlags flags) =>
        Enum.GetValues<ResponseFlags>().Where(f => f != ResponseFlags.None && flags.HasFlag(f)).ToList();

    // ---------- quality control ----------

    /// <summary>
    /// Seed 003: 品质部每一小区抽查5%. Draws, per project, 5 % (at least one) of the staff-collected responses not yet
    /// drawn, up to the share of all staff-collected ones; drawing again after more forms came in tops the sample up.
    /// </summary>
    public async Task<(AuditSampleDto? Sample, FieldErrors Errors)> DrawAuditSampleAsync(int campaignId, CancellationToken ct = default)
    {
        var errors = new FieldErrors(l);
        var c = await Campaigns.AsNoTracking().Include(x => x.Projects).FirstOrDefaultAsync(x => x.Id == campaignId, ct);
        if (c is null) return (null, errors.Add("id", "Err.NotFound", l["Survey.Field.Campaign"]));
        if (c.LaunchedAt is null) return (null, errors.Add("status", "Survey.Err.NotLaunched"));
        var staff = await db.SurveyResponses.Where(r => r.CampaignId == campaignId && r.Channel != SurveyChannel.Link).ToListAsync(ct);
        var drawn = 0;
        foreach (var project in staff.GroupBy(r => r.ProjectId))
        {
            var wanted = SurveyRules.AuditSampleSize(project.Count());
            var already = project.Count(r => r.Audit != AuditState.None);
            var pool = project.Where(r => r.Audit == AuditState.None).OrderBy(r => r.Id).ToList();
            var random = new Random(unchecked(c.Seed * 31 + project.Key + already));
            foreach (var r in pool.OrderBy(_ => random.Next()).Take(Math.Max(0, wanted - already)))
            {
                r.Audit = AuditState.Sampled;
                Event(r, ResponseEventKind.AuditSampled, nameof(AuditState.None), nameof(AuditState.Sampled), null);
                drawn++;
            }
        }
        await db.SaveChangesAsync(ct);
        var items = await ReviewItemsAsync(campaignId, audit: true, ct);
        return (new AuditSampleDto(drawn, items.Count, items), errors);
    }

    /// <summary>The audit sample (audit: true) or the flagged responses (audit: false), with what a reviewer needs to call.</summary>
    public async Task<List<ReviewItemDto>> ReviewItemsAsync(int campaignId, bool audit, CancellationToken ct = default)
    {
        var query = db.SurveyResponses.AsNoTracking().Where(r => r.CampaignId == campaignId);
        query = audit ? query.Where(r => r.Audit != AuditState.None) : query.Where(r => r.Flags != ResponseFlags.None);
        var rows = await (from r in query.OrderBy(r => r.ProjectId).ThenBy(r => r.Id).Take(1000)
                          join i in db.SurveyInvitations on r.InvitationId equals i.Id
                          select new { R = r, i.UnitLabel, i.UnitId }).ToListAsync(ct);
        var customers = await HouseholdsAsync(rows.Select(x => x.UnitId), ct);
        var names = await UserNamesAsync(rows.Select(x => x.R.SurveyorId).OfType<int>().Distinct(), ct);
        // Re-verifying by phone is the quality department's job (seed 003), so it sees the number it has to call.
        var fullPhones = me.CanSeeFullPhones() || MayPlan(me);
        return rows.Select(x =>
        {
            var cust = customers.GetValueOrDefault(x.UnitId);
            return new ReviewItemDto(x.R.Id, x.R.ProjectId, x.UnitLabel, x.R.Channel, x.R.FormNumber,
                x.R.SurveyorId is int s ? names.GetValueOrDefault(s) : null, cust?.Name,
                cust is null ? null : fullPhones ? cust.Phone : PhoneMask.Mask(cust.Phone), x.R.SubmittedAt,
                FlagList(x.R.Flags), x.R.FlagDecision, x.R.Audit, x.R.Excluded, x.R.Version);
        }).ToList();
    }

    public async Task<DeskResult> AuditAsync(long responseId, AuditInput input, CancellationToken ct = default)
    {
        var errors = new FieldErrors(l);
        if (input.Result is not (AuditState.Verified or AuditState.Fraudulent)) errors.Add("result", "Survey.Err.AuditResult");
        errors.MaxLength("note", input.Note, 500, "Survey.Field.Note");
        if (input.Result == AuditState.Fraudulent && string.IsNullOrWhiteSpace(input.Note)) errors.Add("note", "Err.Required", l["Survey.Field.Note"]);
        var r = await db.SurveyResponses.FirstOrDefaultAsync(x => x.Id == responseId, ct);
        if (r is null || !await Campaigns.AnyAsync(c => c.Id == r.CampaignId, ct)) return DeskResult.NotFound;
        if (errors.Any) return Invalid(errors);
        if (r.Audit == AuditState.None) return Invalid(errors.Add("result", "Survey.Err.NotSampled"));
        if (input.Version is int v && v != r.Version) return new DeskResult(DeskOutcome.Conflict, l["Err.Concurrency"]);
        var from = r.Audit;
        r.Audit = input.Result!.Value;
        r.AuditedAt = Now;
        r.AuditedById = me.UserId;
        r.AuditNote = input.Note?.Trim();
        r.Recompute();
        Event(r, r.Audit == AuditState.Fraudulent ? ResponseEventKind.Fraudulent : ResponseEventKind.Verified, from.ToString(), r.Audit.ToString(), r.AuditNote);
        await db.SaveChangesAsync(ct);
        return DeskResult.Ok;
    }

    /// <summary>A flag (too fast, straight-lined, same source) excludes a response only when a reviewer decides so, with a reason.</summary>
    public async Task<DeskResult> DecideFlagAsync(long responseId, FlagDecisionInput input, CancellationToken ct = default)
    {
        var errors = new FieldErrors(l);
        if (input.Decision is not (FlagDecision.Kept or FlagDecision.Excluded)) errors.Add("decision", "Survey.Err.FlagDecision");
        errors.Required("note", input.Note, "Survey.Field.Note").MaxLength("note", input.Note, 500, "Survey.Field.Note");
        var r = await db.SurveyResponses.FirstOrDefaultAsync(x => x.Id == responseId, ct);
        if (r is null || !await Campaigns.AnyAsync(c => c.Id == r.CampaignId, ct)) return DeskResult.NotFound;
        if (errors.Any) return Invalid(errors);
        if (r.Flags == ResponseFlags.None) return Invalid(errors.Add("decision", "Survey.Err.NotFlagged"));
        if (input.Version is int v && v != r.Version) return new DeskResult(DeskOutcome.Conflict, l["Err.Concurrency"]);
        var from = r.FlagDecision;
        r.FlagDecision = input.Decision!.Value;
        r.Recompute();
        Event(r, r.FlagDecision == FlagDecision.Excluded ? ResponseEventKind.Excluded : ResponseEventKind.Kept, from.ToString(), r.FlagDecision.ToString(), input.Note!.Trim());
        await db.SaveChangesAsync(ct);
        return DeskResult.Ok;
    }

    // ---------- helpers ----------

    public sealed record Household(int Id, string Name, string Phone);

    /// <summary>The customer who answers for each unit (an owner before a tenant or resident, then the oldest record).</summary>
    private async Task<Dictionary<int, Household>> HouseholdsAsync(IEnumerable<int> unitIds, CancellationToken ct)
    {
        var ids = unitIds.Distinct().ToList();
        var rows = await (from cu in db.CustomerUnits.AsNoTracking()
                          join cust in db.Customers on cu.CustomerId equals cust.Id
                          where ids.Contains(cu.UnitId) && cust.IsActive
                          orderby cust.Type, cust.Id
                          select new { cu.UnitId, cust.Id, cust.Name, cust.Phone }).ToListAsync(ct);
        return rows.GroupBy(x => x.UnitId).ToDictionary(g => g.Key, g => new Household(g.First().Id, g.First().Name, g.First().Phone));
    }

    /// <summary>What a page about a campaign needs around its own content, without the progress figures of <see cref="CampaignAsync"/>.</summary>
    public async Task<CampaignHead?> CampaignHeadAsync(int id, CancellationToken ct = default)
    {
        var c = await Campaigns.AsNoTracking().Include(x => x.Projects).FirstOrDefaultAsync(x => x.Id == id, ct);
        if (c is null) return null;
        var names = await ProjectNamesAsync(ct);
        return new CampaignHead(c.Id, c.Name, c.TemplateId, c.OpensOn, c.ClosesOn,
            Enum.GetValues<SurveyChannel>().Where(x => c.Channels.HasFlag((SurveyChannels)(int)x)).ToList(), c.StatusOn(Today),
            c.Projects.Where(p => me.CanSee(p.ProjectId)).Select(p => new CampaignProjectName(p.ProjectId, names.GetValueOrDefault(p.ProjectId, ""))).ToList());
    }

    /// <summary>
    /// A unique index refused the row (SQLite constraint error 19 with "UNIQUE", PostgreSQL 23505): wrapped when it came
    /// through SaveChanges, as it is from appended rows.
    /// </summary>
    private static bool IsUniqueViolation(Exception e) => (e is DbUpdateException ? e.InnerException : e) switch
    {
        Npgsql.PostgresException pg => pg.SqlState == "23505",
        Microsoft.Data.Sqlite.SqliteException sqlite => sqlite.SqliteErrorCode == 19 && sqlite.Message.Contains("UNIQUE"),
        _ => false,
    };

    private static DeskResult Invalid(FieldErrors errors) => new(DeskOutcome.Invalid, Errors: errors);

    public Task<Dictionary<int, string>> ProjectNamesAsync(CancellationToken ct) =>
        db.Projects.AsNoTracking().ToDictionaryAsync(p => p.Id, p => p.Name, ct);

    private Task<Dictionary<int, string>> UserNamesAsync(IEnumerable<int> ids, CancellationToken ct)
    {
        var list = ids.Distinct().ToList();
        return db.Users.AsNoTracking().Where(u => list.Contains(u.Id)).ToDictionaryAsync(u => u.Id, u => u.DisplayName, ct);
    }
}
