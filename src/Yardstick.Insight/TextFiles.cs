using System.Text;

namespace Yardstick.Insight;

/// <summary>
/// Text files as Chinese offices hand them over. Excel on a Chinese Windows saves "CSV (逗号分隔)" in GBK, not UTF-8;
/// read as UTF-8 its Chinese turns to replacement characters, and a column named 姓名 is then "missing". A file with a
/// byte order mark is read in that encoding; one without is read as UTF-8 when it is valid UTF-8, else as GB18030 (a
/// superset of GBK and GB2312).
/// </summary>
public static class TextFiles
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    private static readonly Lazy<Encoding> Gb18030 = new(() =>
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        return Encoding.GetEncoding("GB18030");
    });

    public static string Decode(byte[] bytes)
    {
        ReadOnlySpan<byte> span = bytes;
        if (span.StartsWith(Encoding.UTF8.Preamble)) return Encoding.UTF8.GetString(span[3..]);
        if (span.StartsWith(Encoding.Unicode.Preamble)) return Encoding.Unicode.GetString(span[2..]);
        if (span.StartsWith(Encoding.BigEndianUnicode.Preamble)) return Encoding.BigEndianUnicode.GetString(span[2..]);
        try
        {
            return StrictUtf8.GetString(span);
        }
        catch (DecoderFallbackException)
        {
            return Gb18030.Value.GetString(span);
        }
    }

    /// <summary>The whole stream, decoded as <see cref="Decode"/> says; uploads and corpora fit in memory.</summary>
    public static string ReadAll(Stream stream)
    {
        using var buffer = new MemoryStream();
        stream.CopyTo(buffer);
        return Decode(buffer.ToArray());
    }

    public static TextReader OpenReader(Stream stream) => new StringReader(ReadAll(stream));

    public static TextReader OpenReader(string path) => new StringReader(Decode(File.ReadAllBytes(path)));
}
