namespace Yardstick.Web.Platform.Files;

public class StoredFile
{
    public Guid Id { get; set; }
    /// <summary>The project whose scope guards the download; null only for files of no project (then only the uploader and Admin).</summary>
    public int? ProjectId { get; set; }
    public string FileName { get; set; } = "";
    public string ContentType { get; set; } = "";
    public long Size { get; set; }
    public string Sha256 { get; set; } = "";
    /// <summary>Path relative to the file root.</summary>
    public string StoragePath { get; set; } = "";
    public int? UploadedById { get; set; }
    public DateTime UploadedAt { get; set; }
    public DateTime? TakenAt { get; set; }
    public double? Latitude { get; set; }
    public double? Longitude { get; set; }
}
