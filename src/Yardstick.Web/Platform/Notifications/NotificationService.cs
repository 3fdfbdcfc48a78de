using System.Globalization;
using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using Yardstick.Web.Platform.Background;
using Yardstick.Web.Platform.Data;
using Yardstick.Web.Platform.Localization;

namespace Yardstick.Web.Platform.Notifications;

/// <summary>
/// In-app notifications (the bell) and, when the project has a WeCom group-robot webhook, an outbound
/// message. The outbound message is written to the database first and posted by <see cref="WebhookSweeper"/>,
/// so a restart or an unreachable webhook loses nothing.
/// </summary>
public sealed class NotificationService(AppDbContext db, TimeProvider clock)
{
    public async Task NotifyAsync(IReadOnlyCollection<int> userIds, int? projectId, LocalText title, LocalText body, string? link, CancellationToken ct = default)
    {
        await AddAsync(userIds, projectId, title, body, link, ct);
        await db.SaveChangesAsync(ct);
    }

    /// <summary>
    /// Adds the notifications to the unit of work without saving, so they commit with the change they report. Both
    /// languages are kept, as each reader reads in their own; the WeCom group gets the Chinese.
    /// </summary>
    public async Task AddAsync(IReadOnlyCollection<int> userIds, int? projectId, LocalText title, LocalText body, string? link, CancellationToken ct = default)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        foreach (var id in userIds.Distinct())
        {
            var n = new Notification { UserId = id, ProjectId = projectId, Link = link, CreatedAt = now };
            n.SetText(title, body);
            db.Notifications.Add(n);
        }
        if (projectId is int pid)
        {
            var url = await db.Projects.IgnoreQueryFilters().Where(p => p.Id == pid).Select(p => p.WeComWebhookUrl).FirstOrDefaultAsync(ct);
            if (!string.IsNullOrWhiteSpace(url)) QueueWebhook(pid, url, $"**{title.Zh}**\n{body.Zh}");
        }
    }

    public void QueueWebhook(int projectId, string url, string markdown)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        db.WebhookMessages.Add(new WebhookMessage { ProjectId = projectId, Url = url, Content = markdown, CreatedAt = now, NextAttemptAt = now });
    }

    public Task<int> UnreadCountAsync(CancellationToken ct = default) => db.Notifications.CountAsync(n => n.ReadAt == null, ct);

    /// <summary>The caller's latest notifications, in the current UI language.</summary>
    public async Task<List<NotificationView>> ListAsync(int take = 50, CancellationToken ct = default)
    {
        var culture = CultureInfo.CurrentUICulture;
        return (await db.Notifications.AsNoTracking().OrderByDescending(n => n.Id).Take(take).ToListAsync(ct)).Select(n => n.View(culture)).ToList();
    }

    /// <summary>Marks one (or, with null, all) of the caller's notifications read; false if it is not theirs.</summary>
    public async Task<bool> MarkReadAsync(long? id, CancellationToken ct = default)
    {
        var query = db.Notifications.Where(n => n.ReadAt == null);
        if (id is not null)
        {
            if (!await db.Notifications.AnyAsync(n => n.Id == id, ct)) return false;
            query = query.Where(n => n.Id == id);
        }
        await query.ExecuteUpdateAsync(s => s.SetProperty(n => n.ReadAt, clock.GetUtcNow().UtcDateTime), ct);
        return true;
    }
}

/// <summary>Posts queued WeCom messages; retries with back-off, gives up after 8 attempts.</summary>
public sealed class WebhookSweeper(IServiceScopeFactory scopes, IHttpClientFactory http, TimeProvider clock, ILogger<WebhookSweeper> log)
    : Sweeper(scopes, log)
{
    public const int MaxAttempts = 8;
    public override string Name => "webhooks";
    public override TimeSpan Interval => TimeSpan.FromSeconds(15);

    protected override async Task<int> SweepAsync(AppDbContext db, CancellationToken ct)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var due = await db.WebhookMessages
            .Where(m => m.SentAt == null && m.Attempts < MaxAttempts && m.NextAttemptAt <= now)
            .OrderBy(m => m.Id).Take(50).ToListAsync(ct);
        var client = http.CreateClient("wecom");
        foreach (var m in due)
        {
            m.Attempts++;
            try
            {
                using var response = await client.PostAsJsonAsync(m.Url, new { msgtype = "markdown", markdown = new { content = m.Content } }, ct);
                response.EnsureSuccessStatusCode();
                m.SentAt = clock.GetUtcNow().UtcDateTime;
                m.LastError = null;
            }
            catch (Exception e) when (e is HttpRequestException or TaskCanceledException && !ct.IsCancellationRequested)
            {
                m.LastError = e.Message.Length > 500 ? e.Message[..500] : e.Message;
                m.NextAttemptAt = clock.GetUtcNow().UtcDateTime.AddMinutes(Math.Pow(2, m.Attempts));
                log.LogWarning("WeCom webhook for project {Project} failed (attempt {Attempt}): {Error}", m.ProjectId, m.Attempts, m.LastError);
            }
        }
        await db.SaveChangesAsync(ct);
        return due.Count;
    }
}
