using System.Runtime.CompilerServices;
using Yardstick.Insight;

namespace Yardstick.Insight.Tests;

/// <summary>Skips, saying why, when ../shared/data is not beside the repository (it is in CI).</summary>
public sealed class SharedDataFactAttribute : FactAttribute
{
    public SharedDataFactAttribute([CallerFilePath] string source = "")
    {
        if (SharedData.Folder is null)
            Skip = "../shared/data/sentiment not found beside the repository: tests on the public review corpora skipped";
    }
}

public static class SharedData
{
    public static string? Folder { get; } = Find();

    private static string? Find()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "..", "shared", "data", "sentiment");
            if (File.Exists(Path.Combine(candidate, "chnsenticorp_htl_train.csv"))) return Path.GetFullPath(candidate);
        }
        return null;
    }

    /// <summary>label,review rows of a shared CSV (quoted fields allowed), label 1 → positive.</summary>
    public static List<(string Text, string Label)> Read(string file)
    {
        var rows = new List<(string, string)>();
        foreach (var line in File.ReadLines(Path.Combine(Folder!, file)).Skip(1))
        {
            var comma = line.IndexOf(',');
            if (comma < 0) continue;
            rows.Add((line[(comma + 1)..].Trim('"'), line[..comma] == "1" ? "positive" : "negative"));
        }
        return rows;
    }
}

public class SharedCorpusTests
{
    [SharedDataFact]
    public void The_learning_algorithm_learns_hotel_review_polarity_from_the_public_corpus()
    {
        // A smoke test of learning on real data; the README's figure comes from the CLI on a fixed split.
        var rows = SharedData.Read("chnsenticorp_htl_train.csv");
        var test = rows.Where((_, i) => i % 5 == 0).ToList();
        var train = rows.Where((_, i) => i % 5 != 0).ToList();
        var model = LinearModel.Train("polarity", train, new TrainingOptions { Epochs = 3, LearningRate = 0.1f });
        var correct = test.Count(r => model.PredictLabel(TextNormalizer.Normalize(r.Text)) == r.Label);
        (correct / (double)test.Count).ShouldBeGreaterThan(0.85);
    }
}
