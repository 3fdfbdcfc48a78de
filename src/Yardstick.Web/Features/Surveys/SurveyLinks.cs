using System.Collections.Concurrent;

namespace Yardstick.Web.Features.Surveys;

/// <summary>
/// What an owner's link fixes for good: its invitation, campaign and questionnaire. Launch writes them once and nothing
/// changes them after (a token is never reissued, and a questionnaire version used by a campaign is frozen), so they are
/// kept in memory from the first time the link is opened. A submission then checks its answers without reading the
/// database, and what can change (answered, campaign open) is decided by <see cref="SurveyService.RecordAsync"/> in the
/// batch that writes it. One per node: nodes need not agree, as nothing here ever goes stale.
/// </summary>
public sealed class SurveyLinks
{
    public sealed record Link(long InvitationId, int CampaignId, AnswerSheet Sheet);

    /// <summary>A large estate's campaign, a few tens of megabytes at most; past it, the links are learnt again.</summary>
    public const int Capacity = 100_000;

    private readonly ConcurrentDictionary<string, Link> links = new(StringComparer.Ordinal);

    public bool TryGet(string token, out Link link) => links.TryGetValue(token, out link!);

    public void Remember(string token, Link link)
    {
        if (links.Count >= Capacity) links.Clear();
        links[token] = link;
    }
}
