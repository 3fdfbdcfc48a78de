using System.Globalization;
using System.Text;

namespace Yardstick.Insight;

/// <summary>Accuracy, macro F1, per-class precision and recall, and the confusion matrix of a labelled evaluation.</summary>
public sealed class Metrics
{
    public IReadOnlyList<string> Labels { get; }
    public int[,] Confusion { get; } // [actual, predicted]
    public int Total { get; private set; }

    public Metrics(IEnumerable<string> labels)
    {
        Labels = labels.ToList();
        Confusion = new int[Labels.Count, Labels.Count];
    }

    public void Add(string actual, string predicted)
    {
        var a = Index(actual);
        var p = Index(predicted);
        if (a < 0 || p < 0) throw new ArgumentException($"Unknown label '{(a < 0 ? actual : predicted)}'.");
        Confusion[a, p]++;
        Total++;
    }

    public double Accuracy => Total == 0 ? 0 : Enumerable.Range(0, Labels.Count).Sum(i => Confusion[i, i]) / (double)Total;

    public int Support(int c) => Enumerable.Range(0, Labels.Count).Sum(p => Confusion[c, p]);
    private int Predicted(int c) => Enumerable.Range(0, Labels.Count).Sum(a => Confusion[a, c]);

    public double Precision(int c) => Predicted(c) == 0 ? 0 : Confusion[c, c] / (double)Predicted(c);
    public double Recall(int c) => Support(c) == 0 ? 0 : Confusion[c, c] / (double)Support(c);

    public double F1(int c)
    {
        var p = Precision(c);
        var r = Recall(c);
        return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }

    /// <summary>Mean F1 over the classes that occur in the data.</summary>
    public double MacroF1
    {
        get
        {
            var present = Enumerable.Range(0, Labels.Count).Where(c => Support(c) > 0).ToList();
            return present.Count == 0 ? 0 : present.Average(F1);
        }
    }

    public int Index(string label)
    {
        for (var i = 0; i < Labels.Count; i++)
            if (Labels[i] == label) return i;
        return -1;
    }

    /// <summary>The report the CLI prints: accuracy and macro F1 first, one line each, then per class, then the matrix.</summary>
    public string Report()
    {
        var inv = CultureInfo.InvariantCulture;
        var sb = new StringBuilder();
        sb.AppendLine(string.Create(inv, $"accuracy: {Accuracy:0.0000}"));
        sb.AppendLine(string.Create(inv, $"macro_f1: {MacroF1:0.0000}"));
        for (var c = 0; c < Labels.Count; c++)
            sb.AppendLine(string.Create(inv, $"{Labels[c]}: precision {Precision(c):0.00} recall {Recall(c):0.00} support {Support(c)}"));
        sb.AppendLine("confusion (rows actual, columns predicted):");
        var width = Math.Max(8, Labels.Max(l => l.Length) + 1);
        sb.Append(new string(' ', width));
        foreach (var l in Labels) sb.Append(l.PadLeft(width));
        sb.AppendLine();
        for (var a = 0; a < Labels.Count; a++)
        {
            sb.Append(Labels[a].PadRight(width));
            for (var p = 0; p < Labels.Count; p++) sb.Append(Confusion[a, p].ToString(inv).PadLeft(width));
            sb.AppendLine();
        }
        return sb.ToString();
    }
}
