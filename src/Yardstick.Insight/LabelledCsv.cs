using System.Globalization;
using CsvHelper;
using CsvHelper.Configuration;

namespace Yardstick.Insight;

/// <summary>Why labelled rows could not be read: <see cref="Kind"/> lets each caller say it in its users' language.</summary>
public sealed class LabelledDataException(string message, LabelledDataProblem kind, string value) : Exception(message)
{
    public LabelledDataProblem Kind { get; } = kind;
    public string Value { get; } = value;
}

public enum LabelledDataProblem { NoHeader, NoColumn, UnmappedLabel, BadLabelMap }

/// <summary>Rows of text and label from CSV with a header row: the command line's files and the admin page's uploads.</summary>
public static class LabelledCsv
{
    public static List<(string Text, string Label)> Read(
        TextReader reader, string source, string textColumn, string? labelColumn, IReadOnlyDictionary<string, string>? labelMap)
    {
        using var csv = new CsvReader(reader, new CsvConfiguration(CultureInfo.InvariantCulture) { BadDataFound = null });
        if (!csv.Read() || !csv.ReadHeader()) throw new LabelledDataException($"{source}: empty file, a header row is required.", LabelledDataProblem.NoHeader, source);
        var header = csv.HeaderRecord!;
        foreach (var column in new[] { textColumn, labelColumn }.OfType<string>())
            if (!header.Contains(column))
                throw new LabelledDataException($"{source}: no column '{column}' (columns: {string.Join(", ", header)}).", LabelledDataProblem.NoColumn, column);
        var rows = new List<(string, string)>();
        while (csv.Read())
        {
            var text = csv.GetField(textColumn) ?? "";
            if (string.IsNullOrWhiteSpace(text)) continue;
            var label = labelColumn is null ? "" : (csv.GetField(labelColumn) ?? "").Trim();
            if (labelMap is not null && labelColumn is not null)
            {
                if (!labelMap.TryGetValue(label, out var mapped))
                    throw new LabelledDataException($"{source}: label '{label}' is not in --labels.", LabelledDataProblem.UnmappedLabel, label);
                label = mapped;
            }
            rows.Add((text, label.ToLowerInvariant()));
        }
        return rows;
    }

    /// <summary>"1=positive,0=negative" → a map from the file's values to the issue's label keys.</summary>
    public static Dictionary<string, string>? ParseLabelMap(string? value)
    {
        if (string.IsNullOrWhiteSpace(value)) return null;
        var map = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var part in value.Split([',', '，'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var eq = part.IndexOf('=');
            if (eq <= 0 || eq == part.Length - 1) throw new LabelledDataException($"--labels: '{part}' is not value=label.", LabelledDataProblem.BadLabelMap, part);
            map[part[..eq].Trim()] = part[(eq + 1)..].Trim().ToLowerInvariant();
        }
        return map;
    }

    /// <summary>The text with punctuation, spaces and emoji removed: two texts equal this way are the same message.</summary>
    public static string DuplicateKey(string text) =>
        new(TextNormalizer.Normalize(text).Where(char.IsLetterOrDigit).ToArray());
}
