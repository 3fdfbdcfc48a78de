using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Unicode;

namespace Yardstick.Insight;

/// <summary>JSON as the CLI prints it: camelCase, Chinese left readable.</summary>
public static class InsightJson
{
    public static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web)
    {
        WriteIndented = true,
        Encoder = JavaScriptEncoder.Create(UnicodeRanges.All),
    };
}
