using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Yardstick.Insight;
using Yardstick.Web.Platform.Data;
using Yardstick.Web.Platform.Identity;
using Yardstick.Web.Platform.Web;

namespace Yardstick.Web.Features.Surveys;

/// <summary>
/// A campaign's results: the counted answers are read once into one tally per building, and the campaign's, each
/// project's and each building's measures are sums of those tallies. Excluded responses are never read.
/// </summary>
public sealed class SurveyResults(AppDbContext db, ICurrentUser me, TextAnalyzer analyzer, IStringLocalizer l)
{
    public sealed record Tallies(AnswerSheet Sheet, Dictionary<(int Project, int Building), SurveyTally> ByBuilding)
    {
        public SurveyTally Sum(Func<(int Project, int Building), bool> where)
        {
            var total = new SurveyTally(Sheet);
            foreach (var (key, tally) in ByBuilding)
                if (where(key)) total.Add(tally);
            return total;
        }
    }

    public async Task<Tallies?> TallyAsync(int campaignId, CancellationToken ct = default)
    {
        var templateId = await db.SurveyCampaigns.Where(c => c.Id == campaignId && db.SurveyCampaignProjects.Any(p => p.CampaignId == c.Id))
            .Select(c => (int?)c.TemplateId).FirstOrDefaultAsync(ct);
        if (templateId is null) return null;
        var sheet = await AnswerSheet.ForTemplateAsync(db, templateId.Value, ct);
        var byBuilding = new Dictionary<(int, int), SurveyTally>();
        var rows = db.SurveyResponses.AsNoTracking().Where(r => r.CampaignId == campaignId && !r.Excluded)
            .Select(r => new { r.ProjectId, r.BuildingId, r.Answers }).AsAsyncEnumerable();
        await foreach (var r in rows.WithCancellation(ct))
        {
            if (!byBuilding.TryGetValue((r.ProjectId, r.BuildingId), out var tally)) byBuilding[(r.ProjectId, r.BuildingId)] = tally = new SurveyTally(sheet);
            tally.Add(r.Answers);
        }
        return new Tallies(sheet, byBuilding);
    }

    public async Task<(SurveyResultsDto? Results, FieldErrors Errors)> ResultsAsync(int campaignId, int? projectId, CancellationToken ct = default)
    {
        var errors = new FieldErrors(l);
        var campaign = await db.SurveyCampaigns.AsNoTracking().Include(c => c.Projects).FirstOrDefaultAsync(c => c.Id == campaignId, ct);
        var tallies = campaign is null ? null : await TallyAsync(campaignId, ct);
        if (campaign is null || tallies is null) return (null, errors);
        var projectIds = campaign.Projects.Select(p => p.ProjectId).Where(me.CanSee).ToList();
        if (projectId is int only)
        {
            if (!projectIds.Contains(only)) return (null, errors.Add("projectId", "Err.NotFound", l["Field.Project"]));
            projectIds = [only];
        }

        var measures = SurveyMeasures.Compute(tallies.Sum(k => projectIds.Contains(k.Project)));
        var invitations = await db.SurveyInvitations.AsNoTracking().Where(i => i.CampaignId == campaignId && projectIds.Contains(i.ProjectId))
            .GroupBy(i => new { i.ProjectId, i.BuildingId })
            .Select(g => new { g.Key.ProjectId, g.Key.BuildingId, Distributed = g.Count(i => i.NotDeliveredReason == null) }).ToListAsync(ct);
        var excluded = await db.SurveyResponses.CountAsync(r => r.CampaignId == campaignId && r.Excluded && projectIds.Contains(r.ProjectId), ct);
        var planned = campaign.Projects.Where(p => projectIds.Contains(p.ProjectId)).Sum(p => p.PlannedSample);
        var distributed = invitations.Sum(i => i.Distributed);
        var names = await db.Projects.AsNoTracking().Where(p => projectIds.Contains(p.Id)).ToDictionaryAsync(p => p.Id, p => p.Name, ct);

        var league = projectIds.Select(p =>
            {
                var m = SurveyMeasures.Compute(tallies.Sum(k => k.Project == p));
                var d = invitations.Where(i => i.ProjectId == p).Sum(i => i.Distributed);
                return (p, m, Recovery: d == 0 ? (double?)null : SurveyRules.Rate(m.Responses, d));
            })
            .OrderByDescending(x => x.m.Csi ?? -1).ThenBy(x => x.p).ToList();
        var buildingNames = await db.Buildings.AsNoTracking().Where(b => projectIds.Contains(b.ProjectId)).ToDictionaryAsync(b => b.Id, b => b.Name, ct);
        var buildings = invitations.Select(i =>
        {
            var m = SurveyMeasures.Compute(tallies.Sum(k => k == (i.ProjectId, i.BuildingId)));
            return new BuildingResultRow(i.ProjectId, i.BuildingId, buildingNames.GetValueOrDefault(i.BuildingId, ""), m.Responses,
                i.Distributed == 0 ? null : SurveyRules.Rate(m.Responses, i.Distributed), m.SatisfactionRate, m.Csi);
        }).OrderBy(b => b.ProjectId).ThenBy(b => b.BuildingId).ToList();

        var (previous, comparison) = await PreviousAsync(campaign, projectIds, measures, ct);
        return (new SurveyResultsDto(campaign.Id, campaign.Name, projectId, measures.Responses, excluded, planned, distributed,
            planned == 0 ? null : SurveyRules.Rate(distributed, planned), distributed == 0 ? null : SurveyRules.Rate(measures.Responses, distributed),
            measures.SatisfactionRate, measures.Csi, measures.Nps, measures.NpsAnswers, measures.Overall, measures.Sections, measures.Questions, measures.Ipa,
            previous, comparison,
            league.Select((x, i) => new LeagueRow(i + 1, x.p, names.GetValueOrDefault(x.p, ""), x.m.Responses, x.Recovery, x.m.SatisfactionRate, x.m.Csi, x.m.Nps)).ToList(),
            buildings), errors);
    }

    /// <summary>
    /// The latest earlier launched campaign that surveyed any of these projects, measured over the same projects; sections
    /// and questions are matched by key, so a new questionnaire version still compares with the last one.
    /// </summary>
    private async Task<(PreviousCampaign?, List<SectionComparison>)> PreviousAsync(SurveyCampaign campaign, List<int> projectIds,
        SurveyMeasuresResult now, CancellationToken ct)
    {
        var prev = await db.SurveyCampaigns.AsNoTracking()
            .Where(c => c.Id != campaign.Id && c.LaunchedAt != null && c.OpensOn < campaign.OpensOn
                        && db.SurveyCampaignProjects.Any(p => p.CampaignId == c.Id && projectIds.Contains(p.ProjectId)))
            .OrderByDescending(c => c.OpensOn).ThenByDescending(c => c.Id).FirstOrDefaultAsync(ct);
        var comparison = new List<SectionComparison>();
        if (prev is null)
        {
            comparison.AddRange(now.Sections.Where(s => s.Score is not null).Select(s => new SectionComparison(s.Key, s.Title, s.Score, null, s.SatisfactionRate, null)));
            return (null, comparison);
        }
        var tallies = (await TallyAsync(prev.Id, ct))!;
        var before = SurveyMeasures.Compute(tallies.Sum(k => projectIds.Contains(k.Project)));
        var distributed = await db.SurveyInvitations.CountAsync(i => i.CampaignId == prev.Id && projectIds.Contains(i.ProjectId) && i.NotDeliveredReason == null, ct);
        foreach (var s in now.Sections.Where(s => s.Score is not null))
        {
            var old = before.Sections.FirstOrDefault(x => x.Key == s.Key);
            comparison.Add(new SectionComparison(s.Key, s.Title, s.Score, old?.Score, s.SatisfactionRate, old?.SatisfactionRate));
        }
        return (new PreviousCampaign(prev.Id, prev.Name, prev.OpensOn, before.SatisfactionRate, before.Csi, before.Nps,
            distributed == 0 ? null : SurveyRules.Rate(before.Responses, distributed)), comparison);
    }

    /// <summary>Comments of the counted responses, newest first, each read by text insight.</summary>
    public async Task<List<CommentDto>?> CommentsAsync(int campaignId, int? projectId, int take, CancellationToken ct = default)
    {
        var campaign = await db.SurveyCampaigns.AsNoTracking().FirstOrDefaultAsync(c => c.Id == campaignId && db.SurveyCampaignProjects.Any(p => p.CampaignId == c.Id), ct);
        if (campaign is null) return null;
        var sheet = await AnswerSheet.ForTemplateAsync(db, campaign.TemplateId, ct);
        var query = db.SurveyResponses.AsNoTracking().Where(r => r.CampaignId == campaignId && !r.Excluded && r.Texts != "");
        if (projectId is int pid) query = query.Where(r => r.ProjectId == pid);
        var rows = await (from r in query.OrderByDescending(r => r.SubmittedAt).ThenByDescending(r => r.Id).Take(Math.Clamp(take, 1, 2000))
                          join i in db.SurveyInvitations on r.InvitationId equals i.Id
                          select new { r.Id, r.ProjectId, i.UnitLabel, r.Texts, r.SubmittedAt }).ToListAsync(ct);
        var comments = new List<CommentDto>();
        foreach (var r in rows)
            foreach (var (questionId, text) in SurveyService.TextsOf(r.Texts))
            {
                var result = analyzer.Analyze(text);
                comments.Add(new CommentDto(r.Id, r.ProjectId, r.UnitLabel, questionId, sheet.Find(questionId)?.Question.Text ?? questionId, text,
                    r.SubmittedAt, result.Polarity.Label, result.Alert.Level, result.Category.Key));
            }
        return comments;
    }
}
