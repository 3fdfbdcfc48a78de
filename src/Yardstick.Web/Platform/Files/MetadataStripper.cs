using System.Buffers.Binary;
using System.Text;

namespace Yardstick.Web.Platform.Files;

/// <summary>
/// Removes the metadata a file carries about who made it, where and with what (EXIF with GPS, XMP, IPTC, comments, tags),
/// keeping the picture or recording itself byte for byte. JPEG, PNG, WebP, WAV, MP3 and MP4/MOV/M4A are handled. A type
/// that may carry metadata this class cannot remove (HEIC keeps EXIF among its image items; GIF) is reported by
/// <see cref="CanStrip"/> so that the caller withholds it rather than serve it as it is.
/// </summary>
public static class MetadataStripper
{
    public static bool CanStrip(string contentType) => contentType is "image/jpeg" or "image/png" or "image/webp" or "audio/wav" or "audio/mpeg"
        or "audio/mp4" or "video/mp4" or "video/quicktime" or "audio/amr";

    public static byte[] Strip(byte[] bytes, string contentType) => contentType switch
    {
        "image/jpeg" => StripJpeg(bytes),
        "image/png" => StripPng(bytes),
        "image/webp" => StripRiff(bytes, ["EXIF", "XMP "]),
        "audio/wav" => StripRiff(bytes, ["LIST", "id3 ", "ID3 ", "bext", "iXML"]),
        "audio/mpeg" => StripMp3(bytes),
        "audio/mp4" or "video/mp4" or "video/quicktime" => BlankIsoMetadata(bytes),
        _ => bytes, // AMR has no metadata
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

    /// <summary>RIFF (WebP, WAV): drops the named chunks and fixes the RIFF size; WebP's VP8X flags stop announcing EXIF and XMP.</summary>
    private static byte[] StripRiff(byte[] b, string[] drop)
    {
        if (b.Length < 12) return b;
        using var output = new MemoryStream(b.Length);
        output.Write(b, 0, 12);
        var i = 12;
        while (i + 8 <= b.Length)
        {
            var id = Encoding.ASCII.GetString(b, i, 4);
            var size = BinaryPrimitives.ReadUInt32LittleEndian(b.AsSpan(i + 4));
            var whole = 8 + (long)size + (size & 1); // chunks are padded to an even length
            if (i + whole > b.Length) return b;
            if (!drop.Contains(id))
            {
                var start = (int)output.Position;
                output.Write(b, i, (int)whole);
                if (id == "VP8X") output.GetBuffer()[start + 8] &= unchecked((byte)~0x0C); // bit 3 EXIF, bit 2 XMP
            }
            i += (int)whole;
        }
        var result = output.ToArray();
        BinaryPrimitives.WriteUInt32LittleEndian(result.AsSpan(4), (uint)(result.Length - 8));
        return result;
    }

    /// <summary>MP3: the ID3v2 tag in front (title, artist, comments, pictures) and the ID3v1 tag at the end.</summary>
    private static byte[] StripMp3(byte[] b)
    {
        var start = 0;
        while (b.Length >= start + 10 && b[start] == (byte)'I' && b[start + 1] == (byte)'D' && b[start + 2] == (byte)'3')
        {
            // The size is "synchsafe": 7 bits per byte; a footer adds 10 bytes.
            var size = (b[start + 6] & 0x7F) << 21 | (b[start + 7] & 0x7F) << 14 | (b[start + 8] & 0x7F) << 7 | (b[start + 9] & 0x7F);
            var next = start + 10 + size + ((b[start + 5] & 0x10) != 0 ? 10 : 0);
            if (next > b.Length) return b;
            start = next;
        }
        var end = b.Length;
        if (end - start >= 128 && b[end - 128] == (byte)'T' && b[end - 127] == (byte)'A' && b[end - 126] == (byte)'G') end -= 128;
        return b[start..end];
    }

    private static readonly string[] IsoMetadataBoxes = ["udta", "meta", "uuid"];
    private static readonly string[] IsoContainers = ["moov", "trak"];

    /// <summary>
    /// MP4, MOV, M4A: the user-data and metadata boxes (where phones write the place, ©xyz and the location key, and the
    /// device) and XMP uuid boxes, at the top, in the movie and in each track, become "free" boxes of zeros. Their sizes
    /// stay, so the sample offsets the file points at still hold and the recording plays as before.
    /// </summary>
    private static byte[] BlankIsoMetadata(byte[] source)
    {
        var b = (byte[])source.Clone();
        return Walk(b, 0, b.Length) ? b : source;

        static bool Walk(byte[] b, long from, long to)
        {
            var i = from;
            while (i + 8 <= to)
            {
                long size = BinaryPrimitives.ReadUInt32BigEndian(b.AsSpan((int)i));
                var header = 8;
                if (size == 1)
                {
                    if (i + 16 > to) return false;
                    size = (long)BinaryPrimitives.ReadUInt64BigEndian(b.AsSpan((int)i + 8));
                    header = 16;
                }
                else if (size == 0) size = to - i; // to the end
                if (size < header || i + size > to) return false;
                var type = Encoding.ASCII.GetString(b, (int)i + 4, 4);
                if (IsoMetadataBoxes.Contains(type))
                {
                    Encoding.ASCII.GetBytes("free").CopyTo(b, (int)i + 4);
                    Array.Clear(b, (int)i + header, (int)(size - header));
                }
                else if (IsoContainers.Contains(type) && !Walk(b, i + header, i + size)) return false;
                i += size;
            }
            return true;
        }
    }
}
