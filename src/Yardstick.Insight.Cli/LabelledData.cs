namespace Yardstick.Insight.Cli;

/// <summary>Rows of text and label read from one or more CSV files with a header row (UTF-8 or GBK, see <see cref="TextFiles"/>).</summary>
public static class LabelledData
{
    public static List<(string Text, string Label)> Read(
        IEnumerable<string> paths, string textColumn, string? labelColumn, IReadOnlyDictionary<string, string>? labelMap)
    {
        var rows = new List<(string, string)>();
        foreach (var path in paths)
        {
            using var reader = TextFiles.OpenReader(path);
            try { rows.AddRange(LabelledCsv.Read(reader, path, textColumn, labelColumn, labelMap)); }
            catch (LabelledDataException e) { throw new CliError(e.Message); }
        }
        return rows;
    }

    public static Dictionary<string, string>? ParseLabelMap(string? value)
    {
        try { return LabelledCsv.ParseLabelMap(value); }
        catch (LabelledDataException e) { throw new CliError(e.Message); }
    }

    public static string DuplicateKey(string text) => LabelledCsv.DuplicateKey(text);
}

public sealed class CliError(string message) : Exception(message);
