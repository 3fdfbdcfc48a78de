using System.Globalization;
using CsvHelper;

namespace Yardstick.Insight.Cli;

/// <summary>"--name value" pairs, "--flag" switches and the words that are neither.</summary>
public sealed class Options
{
    private readonly Dictionary<string, string?> values = new(StringComparer.Ordinal);
    public List<string> Positional { get; } = [];

    public static Options Parse(IEnumerable<string> args)
    {
        var o = new Options();
        var list = args.ToList();
        for (var i = 0; i < list.Count; i++)
        {
            if (list[i].StartsWith("--", StringComparison.Ordinal) && list[i].Length > 2)
            {
                var name = list[i][2..];
                var hasValue = i + 1 < list.Count && !list[i + 1].StartsWith("--", StringComparison.Ordinal);
                o.values[name] = hasValue ? list[++i] : null;
            }
            else o.Positional.Add(list[i]);
        }
        return o;
    }

    public bool Has(string name) => values.ContainsKey(name);
    public string? Get(string name) => values.GetValueOrDefault(name);
    public string Required(string name) => Get(name) ?? throw new CliError($"--{name} is required.");

    public int Int(string name, int fallback) =>
        Get(name) is { } v ? int.TryParse(v, CultureInfo.InvariantCulture, out var n) ? n : throw new CliError($"--{name}: '{v}' is not a number.") : fallback;

    public float Float(string name, float fallback) =>
        Get(name) is { } v ? float.TryParse(v, CultureInfo.InvariantCulture, out var n) ? n : throw new CliError($"--{name}: '{v}' is not a number.") : fallback;

    public InsightTask Task() =>
        InsightLabels.TryParseTask(Required("task"), out var task) ? task : throw new CliError("--task must be polarity, alert or category.");

    public IEnumerable<string> Files(string name) => Split(Required(name));

    public IEnumerable<string> Split(string value)
    {
        var paths = value.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        foreach (var p in paths)
            if (!File.Exists(p)) throw new CliError($"no such file: {p}");
        return paths;
    }
}

/// <summary>Whole CSV rows, for the split verb, which keeps every column as it was.</summary>
public static class CsvRows
{
    public static List<string[]> ReadAll(string path)
    {
        using var reader = new StreamReader(path);
        using var csv = new CsvParser(reader, CultureInfo.InvariantCulture);
        var rows = new List<string[]>();
        while (csv.Read()) rows.Add(csv.Record!);
        if (rows.Count == 0) throw new CliError($"{path}: empty file.");
        return rows;
    }

    public static void Write(string path, string[] header, IEnumerable<string[]> rows)
    {
        using var writer = new StreamWriter(path, false, new System.Text.UTF8Encoding(false));
        using var csv = new CsvWriter(writer, CultureInfo.InvariantCulture);
        foreach (var row in rows.Prepend(header))
        {
            foreach (var field in row) csv.WriteField(field);
            csv.NextRecord();
        }
    }
}
