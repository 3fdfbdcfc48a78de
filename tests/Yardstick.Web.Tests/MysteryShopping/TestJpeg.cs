using System.Text;

namespace Yardstick.Web.Tests.MysteryShopping;

/// <summary>
/// Builds JPEG files with an EXIF block (capture time and GPS) as a phone camera writes it, so that the evidence checks
/// and the metadata stripping are tested on real structures. The picture part is either a real JPEG (from the browser)
/// or a minimal scan.
/// </summary>
public static class TestJpeg
{
    /// <summary>SOI, an empty scan and EOI: enough for type sniffing and metadata parsing.</summary>
    private static readonly byte[] MinimalBody = [0xFF, 0xDA, 0x00, 0x02, 0x00, 0xFF, 0xD9];

    public static byte[] Create(DateTime? takenLocal, double? latitude, double? longitude, byte[]? jpeg = null)
    {
        var rest = jpeg is null ? MinimalBody : jpeg[2..];
        using var ms = new MemoryStream();
        ms.Write([0xFF, 0xD8]);
        if (takenLocal is not null || latitude is not null)
        {
            var exif = Exif(takenLocal, latitude, longitude);
            ms.Write([0xFF, 0xE1, (byte)((exif.Length + 2) >> 8), (byte)((exif.Length + 2) & 0xFF)]);
            ms.Write(exif);
        }
        ms.Write(rest);
        return ms.ToArray();
    }

    private static byte[] Exif(DateTime? taken, double? lat, double? lon)
    {
        // Little-endian TIFF: IFD0 → Exif IFD (DateTimeOriginal) and GPS IFD (N/E degrees, minutes, seconds).
        var tiff = new List<byte>();
        void U16(int v) { tiff.Add((byte)v); tiff.Add((byte)(v >> 8)); }
        void U32(long v) { for (var i = 0; i < 4; i++) tiff.Add((byte)(v >> (8 * i))); }
        void Entry(int tag, int type, int count, long valueOrOffset) { U16(tag); U16(type); U32(count); U32(valueOrOffset); }

        const int ifd0 = 8, ifd0Size = 2 + 2 * 12 + 4;
        const int exifIfd = ifd0 + ifd0Size, exifSize = 2 + 12 + 4;
        const int gpsIfd = exifIfd + exifSize, gpsSize = 2 + 4 * 12 + 4;
        const int data = gpsIfd + gpsSize;
        tiff.AddRange("II"u8.ToArray()); U16(42); U32(ifd0);
        U16(2); Entry(0x8769, 4, 1, exifIfd); Entry(0x8825, 4, 1, gpsIfd); U32(0);
        U16(1); Entry(0x9003, 2, 20, data); U32(0);
        U16(4);
        Entry(0x0001, 2, 2, 'N'); Entry(0x0002, 5, 3, data + 20);
        Entry(0x0003, 2, 2, 'E'); Entry(0x0004, 5, 3, data + 44);
        U32(0);
        tiff.AddRange(Encoding.ASCII.GetBytes((taken ?? new DateTime(2000, 1, 1)).ToString("yyyy:MM:dd HH:mm:ss") + "\0"));
        foreach (var value in new[] { lat ?? 0, lon ?? 0 })
        {
            var degrees = Math.Floor(value);
            var minutes = Math.Floor((value - degrees) * 60);
            var seconds = Math.Round(((value - degrees) * 60 - minutes) * 60 * 1000);
            U32((long)degrees); U32(1); U32((long)minutes); U32(1); U32((long)seconds); U32(1000);
        }
        return [.. "Exif\0\0"u8.ToArray(), .. tiff];
    }
}
