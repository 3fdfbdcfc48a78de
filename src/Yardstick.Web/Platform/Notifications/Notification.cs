namespace Yardstick.Web.Platform.Notifications;

public class Notification
{
    public long Id { get; set; }
    public int UserId { get; set; }
    public int? ProjectId { get; set; }
    public string Title { get; set; } = "";
    public string Body { get; set; } = "";
    public string? Link { get; set; }
    public DateTime CreatedAt { get; set; }
    public DateTime? ReadAt { get; set; }
}

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
