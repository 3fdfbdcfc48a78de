using System.Buffers.Binary;

namespace Yardstick.Web.Platform.Files;

/// <summary>
/// Removes the metadata a photo carries about who took it, where and with what (EXIF with GPS, XMP, IPTC, comments),
/// keeping the picture itself byte for byte. JPEG and PNG are handled; other types are returned unchanged (audio and video
/// from a phone browser carry no EXIF; their container metadata is a known gap, see ADR 0009).
/// </summary>
public static class MetadataStripper
{
    public static byte[] Strip(byte[] bytes, string contentType) => contentType switch
    {
        "image/jpeg" => StripJpeg(bytes),
        "image/png" => StripPng(bytes),
        _ => bytes,
    };

    private static byte[] StripJpeg(byte[] b)
    {
        if (b.Length < 4 || b[0] != 0xFF || b[1] != 0xD8) return b;
        using var output = new MemoryStream(b.Length);
        output.Write(b, 0, 2);
        var i = 2;
        while (i + 4 <= b.Length && b[i] == 0xFF)
        {
            var marker = b[i + 1];
            if (marker == 0xDA) break; // start of scan: the compressed picture and the rest follow as they are
            var length = (b[i + 2] << 8) | b[i + 3];
            if (length < 2 || i + 2 + length > b.Length) return b;
            // APP1 (EXIF, XMP), APP12, APP13 (IPTC) and COM carry metadata; APP0 (JFIF), APP2 (ICC colour) and APP14 stay.
            var drop = marker is 0xE1 or 0xEC or 0xED or 0xFE;
            if (!drop) output.Write(b, i, 2 + length);
            i += 2 + length;
        }
        output.Write(b, i, b.Length - i);
        return output.ToArray();
    }

    private static readonly string[] PngMetadataChunks = ["eXIf", "tEXt", "zTXt", "iTXt", "tIME"];

    private static byte[] StripPng(byte[] b)
    {
        if (b.Length < 8) return b;
        using var output = new MemoryStream(b.Length);
        output.Write(b, 0, 8);
        var i = 8;
        while (i + 12 <= b.Length)
        {
            var length = (int)BinaryPrimitives.ReadUInt32BigEndian(b.AsSpan(i));
            if (length < 0 || i + 12 + length > b.Length) return b;
            var type = System.Text.Encoding.ASCII.GetString(b, i + 4, 4);
            if (!PngMetadataChunks.Contains(type)) output.Write(b, i, 12 + length);
            i += 12 + length;
        }
        return output.ToArray();
    }
}
