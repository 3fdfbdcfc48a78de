using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Yardstick.Web.Platform.Data;
using Yardstick.Web.Platform.Identity;
using Yardstick.Web.Platform.Web;

namespace Yardstick.Web.Features.Surveys;

/// <summary>
/// What an owner does with an invitation link, without an account: open the questionnaire, save answers as they go,
/// submit once. The token is the only credential, so every call works as the system user on that one invitation.
/// </summary>
public sealed class PublicSurveyService(AppDbContext db, CurrentUser current, SurveyService surveys, SurveySubmissionWriter writer,
    SurveyLinks links, TimeProvider clock, IStringLocalizer l)
{
    public const int MaxTokenLength = 40;

    public sealed record Submission(int Status, string? Title = null, FieldErrors? Errors = null);

    private sealed record Found(SurveyInvitation? Invitation, SurveyCampaign? Campaign, AnswerSheet? Sheet, string State);

    /// <summary>The invitation, its campaign and its questions in one round trip: a whole estate may submit at once.</summary>
    private async Task<Found> FindAsync(string token, bool track, CancellationToken ct)
    {
        current.AsSystem();
        if (string.IsNullOrEmpty(token) || token.Length > MaxTokenLength) return new(null, null, null, PublicSurveyState.Unknown);
        var query = from i in db.SurveyInvitations
                    where i.Token == token
                    join c in db.SurveyCampaigns on i.CampaignId equals c.Id
                    join t in db.SurveyTemplates on c.TemplateId equals t.Id
                    select new { Invitation = i, Campaign = c, t.Definition };
        // Tracking is one switch for the whole query: when on, the campaign is tracked too (nothing here changes it).
        var row = await (track ? query : query.AsNoTracking()).FirstOrDefaultAsync(ct);
        if (row is null) return new(null, null, null, PublicSurveyState.Unknown);
        var (invitation, campaign) = (row.Invitation, row.Campaign);
        var state = invitation.RespondedAt is not null ? PublicSurveyState.Answered
            : campaign.StatusOn(surveys.Today) switch
            {
                CampaignStatus.Open => PublicSurveyState.Open,
                CampaignStatus.Scheduled => PublicSurveyState.NotYetOpen,
                CampaignStatus.Closed => PublicSurveyState.Closed,
                _ => PublicSurveyState.Unknown,
            };
        var sheet = AnswerSheet.For(row.Definition);
        links.Remember(token, new SurveyLinks.Link(invitation.Id, campaign.Id, sheet));
        return new(invitation, campaign, sheet, state);
    }

    /// <summary>The questionnaire and any saved answers; the first opening starts the clock used by the too-fast flag.</summary>
    public async Task<PublicSurveyDto> OpenAsync(string token, CancellationToken ct = default)
    {
        var (invitation, campaign, sheet, state) = await FindAsync(token, track: true, ct);
        if (invitation is null) return new PublicSurveyDto(state, null, null, null, null, null, null);
        var project = await db.Projects.AsNoTracking().Where(p => p.Id == invitation.ProjectId).Select(p => p.Name).FirstAsync(ct);
        if (state != PublicSurveyState.Open) return new PublicSurveyDto(state, campaign!.Name, project, invitation.UnitLabel, campaign.ClosesOn, null, null);
        if (invitation.OpenedAt is null)
        {
            invitation.OpenedAt = clock.GetUtcNow().UtcDateTime;
            await db.SaveChangesAsync(ct);
        }
        var draft = invitation.DraftAnswers is null ? null : sheet!.Values(invitation.DraftAnswers, SurveyService.TextsOf(invitation.DraftTexts ?? ""));
        return new PublicSurveyDto(state, campaign!.Name, project, invitation.UnitLabel, campaign.ClosesOn, sheet!.Questionnaire, draft);
    }

    /// <summary>Answers so far, so a closed browser resumes where it stopped. Nothing is checked but the values themselves.</summary>
    public async Task<Submission> SaveDraftAsync(string token, PublicResponseInput input, CancellationToken ct = default)
    {
        var (invitation, _, sheet, state) = await FindAsync(token, track: true, ct);
        if (Refused(invitation, state) is { } refused) return refused;
        var encoded = sheet!.Encode(input.Answers, complete: false);
        if (!encoded.Ok) return new Submission(400, Errors: surveys.AnswerErrors(encoded));
        invitation!.DraftAnswers = encoded.Vector;
        invitation.DraftTexts = encoded.Texts.Count == 0 ? null : JsonSerializer.Serialize(encoded.Texts, Questionnaire.Json);
        invitation.DraftSavedAt = clock.GetUtcNow().UtcDateTime;
        invitation.OpenedAt ??= invitation.DraftSavedAt;
        await db.SaveChangesAsync(ct);
        return new Submission(200);
    }

    public async Task<Submission> SubmitAsync(string token, PublicResponseInput input, string? address, string? device, CancellationToken ct = default)
    {
        // Usually the link was opened moments before and is known: the answers are checked without a database read, and
        // the writer decides whether the household answered or the campaign closed meanwhile. Answers that fail the check
        // are looked at again with the invitation read, so a household that has answered hears that, not field errors.
        if (!links.TryGet(token, out var link) || link.Sheet.Encode(input.Answers, complete: true) is not { Ok: true } encoded)
        {
            var (invitation, campaign, sheet, state) = await FindAsync(token, track: false, ct);
            if (Refused(invitation, state) is { } refused) return refused;
            link = new SurveyLinks.Link(invitation!.Id, campaign!.Id, sheet!);
            encoded = link.Sheet.Encode(input.Answers, complete: true);
            if (!encoded.Ok) return new Submission(400, Errors: surveys.AnswerErrors(encoded));
        }
        var response = new SurveyResponse { Channel = SurveyChannel.Link, SourceAddress = Hash(address), SourceDevice = Hash(device) };
        return await writer.WriteAsync(surveys.Checked(link.CampaignId, link.Sheet, link.InvitationId, response, encoded)) switch
        {
            SurveyService.Outcome.Stored => new Submission(200),
            SurveyService.Outcome.Answered => Refused(PublicSurveyState.Answered),
            SurveyService.Outcome.Closed => Refused(PublicSurveyState.Closed),
            SurveyService.Outcome.NotYetOpen => Refused(PublicSurveyState.NotYetOpen),
            _ => new Submission(404, l["Survey.Public.unknown"]),
        };
    }

    private Submission? Refused(SurveyInvitation? invitation, string state) => state switch
    {
        _ when invitation is null => new Submission(404, l["Survey.Public.unknown"]),
        PublicSurveyState.Open => null,
        _ => Refused(state),
    };

    private Submission Refused(string state) => new(409, l[$"Survey.Public.{state}"]);

    /// <summary>Addresses and device ids are kept only as hashes: enough to see many answers from one source, not to trace an owner.</summary>
    private static string? Hash(string? value) =>
        string.IsNullOrEmpty(value) ? null : Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes("yardstick-survey:" + value)))[..32];
}
