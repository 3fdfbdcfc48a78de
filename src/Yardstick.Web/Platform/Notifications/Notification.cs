using System.Globalization;
using Yardstick.Web.Platform.Localization;

namespace Yardstick.Web.Platform.Notifications;

public class Notification
{
    public long Id { get; set; }
    public int UserId { get; set; }
    public int? ProjectId { get; set; }
    /// <summary>In Chinese, the company's language; the WeCom message and the group-notice check use it.</summary>
    public string Title { get; set; } = "";
    public string Body { get; set; } = "";
    /// <summary>The English text where it differs (null where it is the same, as an owner's own words are).</summary>
    public string? TitleEn { get; set; }
    public string? BodyEn { get; set; }
    public string? Link { get; set; }
    public DateTime CreatedAt { get; set; }
    public DateTime? ReadAt { get; set; }

    /// <summary>Keeps each language's text, leaving the English empty where it says the same.</summary>
    public void SetText(LocalText title, LocalText body)
    {
        (Title, TitleEn) = (title.Zh, title.EnglishToStore);
        (Body, BodyEn) = (body.Zh, body.EnglishToStore);
    }

    /// <summary>The notification as its reader sees it, in the reader's language.</summary>
    public NotificationView View(CultureInfo culture) =>
        new(Id, ProjectId, LocalText.Stored(Title, TitleEn).In(culture), LocalText.Stored(Body, BodyEn).In(culture), Link, CreatedAt, ReadAt);
}

public sealed record NotificationView(long Id, int? ProjectId, string Title, string Body, string? Link, DateTime CreatedAt, DateTime? ReadAt);

/// <summary>A message waiting to be posted to a project's WeCom group robot; the sweeper delivers it.</summary>
public class WebhookMessage
{
    public long Id { get; set; }
    public int ProjectId { get; set; }
    public string Url { get; set; } = "";
    public string Content { get; set; } = "";
    public DateTime CreatedAt { get; set; }
    public DateTime? SentAt { get; set; }
    public int Attempts { get; set; }
    public DateTime NextAttemptAt { get; set; }
    public string? LastError { get; set; }
}
