using System.Security.Cryptography;
using MetadataExtractor;
using MetadataExtractor.Formats.Exif;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Yardstick.Web.Platform.Data;
using Yardstick.Web.Platform.Web;

namespace Yardstick.Web.Platform.Files;

/// <summary>
/// Evidence and attachments: bytes on disk under the data directory, metadata in the database. The type is
/// decided from the bytes, never the name; reading goes through the scoped DbContext, so a file of a project
/// outside the caller's scope is "not found".
/// </summary>
public sealed class FileStore(AppDbContext db, YardstickPaths paths, IConfiguration config, IStringLocalizer l)
{
    public long MaxBytes => config.GetValue("Yardstick:Files:MaxBytes", 20L * 1024 * 1024);

    public async Task<(StoredFile? File, FieldErrors Errors)> SaveAsync(Stream content, string fileName, int? projectId, CancellationToken ct = default)
    {
        var errors = new FieldErrors(l);
        if (projectId is int pid && !await db.Projects.AnyAsync(p => p.Id == pid, ct))
            return (null, errors.Add("projectId", "Err.ProjectNotFound"));

        var id = Guid.NewGuid();
        var now = DateTime.UtcNow;
        var relative = Path.Combine(now.ToString("yyyy"), now.ToString("MM"), id.ToString("N"));
        var full = Path.Combine(paths.FilesDirectory, relative);
        System.IO.Directory.CreateDirectory(Path.GetDirectoryName(full)!);

        long size = 0;
        var head = new byte[32];
        var headLength = 0;
        using var sha = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        await using (var output = File.Create(full))
        {
            var buffer = new byte[81920];
            int read;
            while ((read = await content.ReadAsync(buffer, ct)) > 0)
            {
                size += read;
                if (size > MaxBytes) break;
                if (headLength < head.Length)
                {
                    var n = Math.Min(read, head.Length - headLength);
                    Array.Copy(buffer, 0, head, headLength, n);
                    headLength += n;
                }
                sha.AppendData(buffer, 0, read);
                await output.WriteAsync(buffer.AsMemory(0, read), ct);
            }
        }
        var type = FileSniffer.Sniff(head.AsSpan(0, headLength));
        if (size == 0) errors.Add("file", "Err.FileEmpty");
        else if (size > MaxBytes) errors.Add("file", "Err.FileTooLarge", MaxBytes / 1024 / 1024);
        else if (type is null) errors.Add("file", "Err.FileType");
        if (errors.Any)
        {
            File.Delete(full);
            return (null, errors);
        }

        var file = new StoredFile
        {
            Id = id, ProjectId = projectId, FileName = SafeName(fileName, type!.Value.Extension), ContentType = type.Value.ContentType,
            Size = size, Sha256 = Convert.ToHexStringLower(sha.GetHashAndReset()), StoragePath = relative,
            UploadedById = db.CurrentUser.UserId, UploadedAt = now,
        };
        if (type.Value.ContentType.StartsWith("image/", StringComparison.Ordinal))
            ReadExif(full, file);
        db.Files.Add(file);
        await db.SaveChangesAsync(ct);
        return (file, errors);
    }

    public Task<StoredFile?> FindAsync(Guid id, CancellationToken ct = default) =>
        db.Files.AsNoTracking().FirstOrDefaultAsync(f => f.Id == id, ct);

    public Stream Open(StoredFile file) => File.OpenRead(Path.Combine(paths.FilesDirectory, file.StoragePath));

    private static string SafeName(string name, string extension)
    {
        var baseName = Path.GetFileNameWithoutExtension(Path.GetFileName(name ?? ""));
        var cleaned = new string(baseName.Where(c => !Path.GetInvalidFileNameChars().Contains(c) && !char.IsControl(c)).ToArray()).Trim();
        if (cleaned.Length == 0) cleaned = "file";
        if (cleaned.Length > 100) cleaned = cleaned[..100];
        return cleaned + extension;
    }

    /// <summary>EXIF capture time (as UTC, assuming China time when the camera gives no offset) and GPS.</summary>
    private static void ReadExif(string path, StoredFile file)
    {
        try
        {
            var dirs = ImageMetadataReader.ReadMetadata(path);
            var sub = dirs.OfType<ExifSubIfdDirectory>().FirstOrDefault();
            if (sub is not null && sub.TryGetDateTime(ExifDirectoryBase.TagDateTimeOriginal, out var taken))
                file.TakenAt = DateTime.SpecifyKind(taken.AddHours(-8), DateTimeKind.Utc);
            var gps = dirs.OfType<GpsDirectory>().FirstOrDefault()?.GetGeoLocation();
            if (gps is not null && !gps.IsZero)
            {
                file.Latitude = gps.Latitude;
                file.Longitude = gps.Longitude;
            }
        }
        catch (ImageProcessingException)
        {
            // An image without readable metadata is still a valid upload.
        }
    }
}

public static class FileSniffer
{
    public readonly record struct FileType(string ContentType, string Extension);

    /// <summary>The accepted types, recognised by their leading bytes. Anything else is refused.</summary>
    public static FileType? Sniff(ReadOnlySpan<byte> h)
    {
        static bool At(ReadOnlySpan<byte> h, int offset, params byte[] sig) => h.Length >= offset + sig.Length && h.Slice(offset, sig.Length).SequenceEqual(sig);
        static bool Ascii(ReadOnlySpan<byte> h, int offset, string s) => At(h, offset, System.Text.Encoding.ASCII.GetBytes(s));

        if (At(h, 0, 0xFF, 0xD8, 0xFF)) return new("image/jpeg", ".jpg");
        if (At(h, 0, 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A)) return new("image/png", ".png");
        if (Ascii(h, 0, "GIF87a") || Ascii(h, 0, "GIF89a")) return new("image/gif", ".gif");
        if (Ascii(h, 0, "RIFF") && Ascii(h, 8, "WEBP")) return new("image/webp", ".webp");
        if (Ascii(h, 0, "RIFF") && Ascii(h, 8, "WAVE")) return new("audio/wav", ".wav");
        if (Ascii(h, 4, "ftyp"))
        {
            if (Ascii(h, 8, "heic") || Ascii(h, 8, "heix") || Ascii(h, 8, "mif1")) return new("image/heic", ".heic");
            if (Ascii(h, 8, "M4A ")) return new("audio/mp4", ".m4a");
            if (Ascii(h, 8, "qt  ")) return new("video/quicktime", ".mov");
            return new("video/mp4", ".mp4");
        }
        if (Ascii(h, 0, "ID3") || At(h, 0, 0xFF, 0xFB) || At(h, 0, 0xFF, 0xF3) || At(h, 0, 0xFF, 0xF2)) return new("audio/mpeg", ".mp3");
        if (Ascii(h, 0, "#!AMR")) return new("audio/amr", ".amr");
        if (Ascii(h, 0, "%PDF-")) return new("application/pdf", ".pdf");
        if (At(h, 0, 0x50, 0x4B, 0x03, 0x04)) return new("application/zip", ".zip");
        return null;
    }
}
