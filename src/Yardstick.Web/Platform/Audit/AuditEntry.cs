namespace Yardstick.Web.Platform.Audit;

public class AuditEntry
{
    public long Id { get; set; }
    public DateTime At { get; set; }
    public int? UserId { get; set; }
    public string UserName { get; set; } = "";
    public string Entity { get; set; } = "";
    public string EntityId { get; set; } = "";
    public string Action { get; set; } = "";
    /// <summary>JSON object: field → [old, new].</summary>
    public string Changes { get; set; } = "{}";
}
