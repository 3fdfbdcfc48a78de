using System.Globalization;
using CsvHelper;
using CsvHelper.Configuration;

namespace Yardstick.Insight.Cli;

/// <summary>Rows of text and label read from one or more UTF-8 CSV files with a header row.</summary>
public static class LabelledData
{
    public static List<(string Text, string Label)> Read(
        IEnumerable<string> paths, string textColumn, string? labelColumn, IReadOnlyDictionary<string, string>? labelMap)
    {
        var rows = new List<(string, string)>();
        foreach (var path in paths)
        {
            using var reader = new StreamReader(path, detectEncodingFromByteOrderMarks: true);
            using var csv = new CsvReader(reader, new CsvConfiguration(CultureInfo.InvariantCulture) { BadDataFound = null });
            if (!csv.Read() || !csv.ReadHeader()) throw new CliError($"{path}: empty file, a header row is required.");
            var header = csv.HeaderRecord!;
            Require(header, textColumn, path);
            if (labelColumn is not null) Require(header, labelColumn, path);
            while (csv.Read())
            {
                var text = csv.GetField(textColumn) ?? "";
                if (string.IsNullOrWhiteSpace(text)) continue;
                var label = labelColumn is null ? "" : (csv.GetField(labelColumn) ?? "").Trim();
                if (labelMap is not null && labelColumn is not null)
                {
                    if (!labelMap.TryGetValue(label, out var mapped))
                        throw new CliError($"{path}: label '{label}' is not in --labels.");
                    label = mapped;
                }
                rows.Add((text, label.ToLowerInvariant()));
            }
        }
        return rows;
    }

    /// <summary>"1=positive,0=negative" → a map from the file's values to the issue's label keys.</summary>
    public static Dictionary<string, string>? ParseLabelMap(string? value)
    {
        if (string.IsNullOrWhiteSpace(value)) return null;
        var map = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var part in value.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var eq = part.IndexOf('=');
            if (eq <= 0 || eq == part.Length - 1) throw new CliError($"--labels: '{part}' is not value=label.");
            map[part[..eq].Trim()] = part[(eq + 1)..].Trim().ToLowerInvariant();
        }
        return map;
    }

    /// <summary>The text with punctuation, spaces and emoji removed: two texts equal this way are the same review.</summary>
    public static string DuplicateKey(string text) =>
        new(TextNormalizer.Normalize(text).Where(char.IsLetterOrDigit).ToArray());

    private static void Require(string[] header, string column, string path)
    {
        if (!header.Contains(column)) throw new CliError($"{path}: no column '{column}' (columns: {string.Join(", ", header)}).");
    }
}

public sealed class CliError(string message) : Exception(message);
