namespace Yardstick.Web.Platform.Background;

/// <summary>A named lease in the database: the node that holds it runs that sweep until it expires.</summary>
public class Lease
{
    public string Name { get; set; } = "";
    public string Holder { get; set; } = "";
    public DateTime ExpiresAt { get; set; }
}
