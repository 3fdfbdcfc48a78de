using System.IO.Compression;
using System.Security.Cryptography;
using System.Text;

namespace Yardstick.Insight;

/// <summary>Training settings. The defaults are what the README's figures were measured with.</summary>
public sealed record TrainingOptions
{
    public int Epochs { get; init; } = 12;
    public float LearningRate { get; init; } = 0.5f;
    public float L2 { get; init; } = 1e-6f;
    public int Seed { get; init; } = 20261123;
    public FeatureSpec Features { get; init; } = FeatureSpec.Default;

    /// <summary>Weigh classes by the inverse of their frequency, so a rare class (red) is not drowned by the common ones.</summary>
    public bool BalanceClasses { get; init; }

    /// <summary>
    /// Naive-Bayes scaling (NBSVM, Wang &amp; Manning 2012): each class sees its features weighted by how much more often
    /// they occur in that class than in the others, smoothed by this count; 0 turns it off. The scaling is folded into the
    /// weights after training, so a model file does not change shape.
    /// </summary>
    public float NaiveBayesAlpha { get; init; } = 1f;

    /// <summary>Start from the Naive-Bayes solution (all scaled weights 1) instead of from zero.</summary>
    public bool WarmStart { get; init; }

    /// <summary>
    /// Train this many times, each with its own shuffling seed, and average the weights. A few thousand rows leave the
    /// training order a say in the result (category accuracy on a round of 51 held-out rows moved between 0.78 and 0.86
    /// with the seed alone); the average is one model of the same size and speed that depends less on it.
    /// </summary>
    public int Runs { get; init; } = 1;
}

/// <summary>
/// Multinomial logistic regression over hashed character n-grams: deterministic, a few microseconds per text, and
/// small enough to ship in the repository. Trained with AdaGrad in a fixed order, so the same data and seed give the
/// same file byte for byte.
/// </summary>
public sealed class LinearModel
{
    private const string Magic = "YSTM";
    // Format 1 stores each row's bucket and weights as they are; format 2 stores the buckets as gaps and the weights byte
    // by byte (every first byte, then every second …), which gzip packs about a fifth smaller; format 3 (written since)
    // adds whether English words are features. All three load.
    private const int PlainFormat = 1;
    private const int PackedFormat = 2;
    private const int WordsFormat = 3;

    private readonly float[] weights; // bucket-major: weights[bucket * K + k]
    private readonly float[] bias;

    public string Task { get; }
    public IReadOnlyList<string> Labels { get; }
    public FeatureSpec Features { get; }

    /// <summary>The first 12 hex digits of the SHA-256 of the model's content: what "version" means for a model file.</summary>
    public string Version { get; }

    private LinearModel(string task, string[] labels, FeatureSpec features, float[] weights, float[] bias)
    {
        Task = task;
        Labels = labels;
        Features = features;
        this.weights = weights;
        this.bias = bias;
        Version = ComputeVersion();
    }

    public int ClassCount => Labels.Count;

    /// <param name="progress">Told the share of the epochs done (0 to 1) after each epoch.</param>
    /// <param name="ct">Checked between epochs.</param>
    public static LinearModel Train(string task, IReadOnlyList<(string Text, string Label)> rows, TrainingOptions? options = null,
        IProgress<double>? progress = null, CancellationToken ct = default)
    {
        options ??= new TrainingOptions();
        if (options.Runs > 1)
        {
            var runs = options.Runs;
            return Average(Enumerable.Range(0, runs).Select(i => Train(task, rows, options with { Runs = 1, Seed = options.Seed + i },
                progress is null ? null : new RunProgress(progress, i, runs), ct)).ToList());
        }
        if (rows.Count == 0) throw new ArgumentException("No training rows.", nameof(rows));
        var labels = rows.Select(r => r.Label).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToArray();
        if (labels.Length < 2) throw new ArgumentException("Training needs at least two labels.", nameof(rows));
        var index = labels.Select((l, i) => (l, i)).ToDictionary(x => x.l, x => x.i, StringComparer.Ordinal);
        var k = labels.Length;
        var spec = options.Features;
        var vectors = rows.Select(r => spec.Extract(TextNormalizer.Normalize(r.Text))).ToArray();
        var targets = rows.Select(r => index[r.Label]).ToArray();

        var classWeight = new float[k];
        for (var c = 0; c < k; c++)
        {
            var n = targets.Count(t => t == c);
            classWeight[c] = options.BalanceClasses ? (float)rows.Count / (k * n) : 1f;
        }

        var r = NaiveBayesRatios(vectors, targets, k, spec.Buckets, options.NaiveBayesAlpha);
        var w = new float[spec.Buckets * k];
        if (options.WarmStart && r is not null) Array.Fill(w, 1f);
        var g2 = new float[spec.Buckets * k];
        var b = new float[k];
        var gb2 = new float[k];
        var order = Enumerable.Range(0, rows.Count).ToArray();
        var random = new Random(options.Seed);
        var p = new float[k];
        const float eps = 1e-6f;
        for (var epoch = 0; epoch < options.Epochs; epoch++)
        {
            ct.ThrowIfCancellationRequested();
            random.Shuffle(order);
            foreach (var i in order)
            {
                var x = vectors[i];
                Scores(w, b, k, x, p, r);
                Softmax(p);
                var cw = classWeight[targets[i]];
                for (var c = 0; c < k; c++)
                {
                    var g = (p[c] - (c == targets[i] ? 1f : 0f)) * cw;
                    gb2[c] += g * g;
                    b[c] -= options.LearningRate * g / (MathF.Sqrt(gb2[c]) + eps);
                    foreach (var f in x.Indices)
                    {
                        var j = f * k + c;
                        var gj = g * x.Value * (r?[j] ?? 1f) + options.L2 * w[j];
                        g2[j] += gj * gj;
                        w[j] -= options.LearningRate * gj / (MathF.Sqrt(g2[j]) + eps);
                    }
                }
            }
            progress?.Report((epoch + 1) / (double)options.Epochs);
        }
        if (r is not null)
            for (var j = 0; j < w.Length; j++) w[j] *= r[j];
        return new LinearModel(task, labels, spec, w, b);
    }

    /// <summary>One run's share of the whole when a model is the average of several runs.</summary>
    private sealed class RunProgress(IProgress<double> whole, int run, int runs) : IProgress<double>
    {
        public void Report(double value) => whole.Report((run + value) / runs);
    }

    /// <summary>The mean of models trained on the same labels and features: each weight and bias averaged.</summary>
    public static LinearModel Average(IReadOnlyList<LinearModel> models)
    {
        if (models.Count == 0) throw new ArgumentException("No models to average.", nameof(models));
        var first = models[0];
        if (models.Any(m => m.Task != first.Task || m.Features != first.Features || !m.Labels.SequenceEqual(first.Labels)))
            throw new ArgumentException("Only models of the same task, labels and features can be averaged.", nameof(models));
        var weights = new float[first.weights.Length];
        var bias = new float[first.bias.Length];
        foreach (var m in models)
        {
            for (var j = 0; j < weights.Length; j++) weights[j] += m.weights[j] / models.Count;
            for (var c = 0; c < bias.Length; c++) bias[c] += m.bias[c] / models.Count;
        }
        return new LinearModel(first.Task, first.Labels.ToArray(), first.Features, weights, bias);
    }

    // r[f*k+c] = log((p_c[f] / |p_c|) / (q_c[f] / |q_c|)): p counts texts of class c with the feature, q the others'.
    private static float[]? NaiveBayesRatios(SparseVector[] vectors, int[] targets, int k, int buckets, float alpha)
    {
        if (alpha <= 0) return null;
        var inClass = new float[buckets * k];
        var totals = new double[k];
        var all = new float[buckets];
        double grand = 0;
        for (var i = 0; i < vectors.Length; i++)
            foreach (var f in vectors[i].Indices)
            {
                inClass[f * k + targets[i]]++;
                all[f]++;
                totals[targets[i]]++;
                grand++;
            }
        var r = new float[buckets * k];
        for (var f = 0; f < buckets; f++)
            for (var c = 0; c < k; c++)
            {
                var pc = (inClass[f * k + c] + alpha) / (totals[c] + alpha * buckets);
                var qc = (all[f] - inClass[f * k + c] + alpha) / (grand - totals[c] + alpha * buckets);
                r[f * k + c] = (float)Math.Log(pc / qc);
            }
        return r;
    }

    /// <summary>Class probabilities in the order of <see cref="Labels"/>.</summary>
    public float[] Predict(string text) => PredictNormalized(TextNormalizer.Normalize(text));

    /// <summary>The most probable label, among <paramref name="restrictTo"/> when given.</summary>
    public string PredictLabel(string normalized, IReadOnlyCollection<string>? restrictTo = null)
    {
        var p = PredictNormalized(normalized);
        var best = -1;
        for (var c = 0; c < ClassCount; c++)
            if ((restrictTo is null || restrictTo.Contains(Labels[c])) && (best < 0 || p[c] > p[best])) best = c;
        return best < 0 ? Labels[0] : Labels[best];
    }

    public float[] PredictNormalized(string normalized) => PredictFeatures(Features.Extract(normalized));

    /// <summary>Class probabilities for a text already turned into this model's <see cref="Features"/>.</summary>
    public float[] PredictFeatures(SparseVector x)
    {
        var p = new float[ClassCount];
        Scores(weights, bias, ClassCount, x, p);
        Softmax(p);
        return p;
    }

    /// <summary>The buckets of a text that pushed hardest towards <paramref name="label"/>, as the n-grams that fell in them.</summary>
    public IReadOnlyList<string> Evidence(string normalized, string label, int top = 3)
    {
        var c = IndexOf(label);
        if (c < 0) return [];
        // Only the strongest few n-grams are shown, so only they are kept, strongest first (ties in the order met).
        var keep = 3 * top;
        var grams = new List<(int Start, int End, float Weight)>(keep + 1);
        void Keep(int start, int end, float weight)
        {
            if (weight <= 0 || (grams.Count == keep && weight <= grams[^1].Weight)) return;
            var i = grams.Count;
            while (i > 0 && grams[i - 1].Weight < weight) i--;
            grams.Insert(i, (start, end, weight));
            if (grams.Count > keep) grams.RemoveAt(keep);
        }
        var text = normalized.Length > FeatureSpec.MaxChars ? normalized[..FeatureSpec.MaxChars] : normalized;
        // How much more a bucket pushes towards the label than towards the average class.
        float Lean(int bucket)
        {
            var row = bucket * ClassCount;
            var mean = 0f;
            for (var o = 0; o < ClassCount; o++) mean += weights[row + o];
            return weights[row + c] - mean / ClassCount;
        }
        for (var n = Math.Max(2, Features.MinN); n <= Features.MaxN; n++)
            for (var s = 0; s + n <= text.Length; s++)
            {
                var gram = text.AsSpan(s, n);
                if (gram.ContainsAny(" ,.!?;:~\n()[]<>/-·∶")) continue;
                // "修一" or "的电" explain nothing to a reader: evidence starts and ends on a content character.
                if (DomainLexicon.EdgeStopChars.Contains(gram[0]) || DomainLexicon.EdgeStopChars.Contains(gram[^1])) continue;
                Keep(s, s + n, Lean(Features.BucketOf(gram)));
            }
        // An English word weighs as a word too, so "aircon" is evidence by its own weight, not by "air" and "rco".
        if (Features.Words)
            for (var s = 0; s < text.Length;)
            {
                if (!char.IsAsciiLetter(text[s])) { s++; continue; }
                var e = s;
                while (e < text.Length && char.IsAsciiLetter(text[e])) e++;
                Keep(s, e, Lean(Features.WordBucketOf(text.AsSpan(s, e - s))));
                s = e;
            }
        // The strongest n-grams overlap ("麻烦", "麻烦修", "烦修") or touch ("就开" and "始电钻"), the more so once widened to
        // the words they cut through: a reader is shown the stretch of text they cover together, once, ranked by its
        // strongest n-gram.
        var strongest = grams
            .Select(g => WholeWords(text, g.Start, g.End) is var (start, end) ? (Start: start, End: end, g.Weight) : g)
            .OrderBy(g => g.Start).ToList();
        var spans = new List<(int Start, int End, float Weight)>();
        foreach (var g in strongest)
        {
            if (spans.Count > 0 && g.Start <= spans[^1].End)
                spans[^1] = (spans[^1].Start, Math.Max(spans[^1].End, g.End), Math.Max(spans[^1].Weight, g.Weight));
            else
                spans.Add(g);
        }
        var shown = spans.OrderByDescending(g => g.Weight).Select(g => TextNormalizer.ForDisplay(text[g.Start..g.End]))
            .Where(w => w.Any(char.IsLetter)).Distinct().ToList();
        // Stop words explain little, but a red whose only evidence is "物业" should still say so rather than nothing.
        var content = shown.Where(w => !DomainLexicon.StopWords.Contains(w)).ToList();
        return (content.Count > 0 ? content : shown).Take(top).ToList();
    }

    /// <summary>
    /// The span widened to the words it cuts through: "库车位" of "地库车位" is shown as "地库车位", "arks" of "barks" as
    /// "barks", "02" of "502" as "502" (which, naming no thing, is then not shown at all).
    /// </summary>
    private static (int Start, int End) WholeWords(string text, int start, int end)
    {
        while (WordAcross(text, start) is (var from, _)) start = from;
        while (WordAcross(text, end) is (_, var to)) end = to;
        while (start > 0 && DomainLexicon.IsLatin(text[start - 1]) && DomainLexicon.IsLatin(text[start])) start--;
        while (end < text.Length && DomainLexicon.IsLatin(text[end]) && DomainLexicon.IsLatin(text[end - 1])) end++;
        return (start, end);
    }

    /// <summary>A lexicon word that begins before <paramref name="boundary"/> and ends after it, if there is one.</summary>
    private static (int Start, int End)? WordAcross(string text, int boundary)
    {
        var longest = DomainLexicon.MaxWordLength;
        for (var s = Math.Max(0, boundary - longest + 1); s < boundary; s++)
            for (var e = boundary + 1; e <= Math.Min(text.Length, s + longest); e++)
                if (DomainLexicon.IsWordOrStopWord(text.AsSpan(s, e - s))) return (s, e);
        return null;
    }

    public int IndexOf(string label)
    {
        for (var i = 0; i < Labels.Count; i++)
            if (Labels[i] == label) return i;
        return -1;
    }

    private static void Scores(float[] w, float[] b, int k, SparseVector x, float[] into, float[]? scale = null)
    {
        Array.Copy(b, into, k);
        foreach (var f in x.Indices)
        {
            var row = f * k;
            for (var c = 0; c < k; c++) into[c] += w[row + c] * x.Value * (scale?[row + c] ?? 1f);
        }
    }

    private static void Softmax(float[] z)
    {
        var max = z.Max();
        var sum = 0f;
        for (var i = 0; i < z.Length; i++) sum += z[i] = MathF.Exp(z[i] - max);
        for (var i = 0; i < z.Length; i++) z[i] /= sum;
    }

    // File: "YSTM", format, task, labels, n-gram range, bits, bias, then only the non-zero rows, all gzip-compressed.
    public void Save(Stream stream)
    {
        using var gzip = new GZipStream(stream, CompressionLevel.SmallestSize, leaveOpen: true);
        using var writer = new BinaryWriter(gzip, Encoding.UTF8);
        var rows = WriteHeader(writer, WordsFormat);
        var gap = 0;
        foreach (var r in rows)
        {
            writer.Write7BitEncodedInt(r - gap);
            gap = r;
        }
        var k = ClassCount;
        for (var b = 0; b < sizeof(float); b++)
            foreach (var r in rows)
                for (var c = 0; c < k; c++)
                    writer.Write(ByteOf(weights[r * k + c], b));
    }

    private static byte ByteOf(float value, int index) => (byte)(BitConverter.SingleToInt32Bits(value) >> (8 * index));

    public void Save(string path)
    {
        using var file = File.Create(path);
        Save(file);
    }

    public static LinearModel Load(string path)
    {
        using var file = File.OpenRead(path);
        return Load(file);
    }

    public static LinearModel Load(Stream stream)
    {
        using var gzip = new GZipStream(stream, CompressionMode.Decompress, leaveOpen: true);
        using var reader = new BinaryReader(gzip, Encoding.UTF8);
        if (new string(reader.ReadChars(4)) != Magic) throw new InvalidDataException("Not a Yardstick text model.");
        var format = reader.ReadInt32();
        if (format is not (PlainFormat or PackedFormat or WordsFormat)) throw new InvalidDataException($"Unsupported model format {format}.");
        var task = reader.ReadString();
        var labels = new string[reader.ReadInt32()];
        for (var i = 0; i < labels.Length; i++) labels[i] = reader.ReadString();
        var spec = new FeatureSpec(reader.ReadInt32(), reader.ReadInt32(), reader.ReadInt32(), reader.ReadBoolean());
        if (format == WordsFormat) spec = spec with { Words = reader.ReadBoolean() };
        if (spec.Bits is < 8 or > 24 || spec.MinN < 1 || spec.MaxN < spec.MinN || spec.MaxN > 8)
            throw new InvalidDataException("Model feature settings out of range.");
        var k = labels.Length;
        var bias = new float[k];
        for (var c = 0; c < k; c++) bias[c] = reader.ReadSingle();
        var weights = new float[spec.Buckets * k];
        var rows = reader.ReadInt32();
        if (rows < 0 || rows > spec.Buckets) throw new InvalidDataException("Model row count out of range.");
        if (format == PlainFormat)
            for (var r = 0; r < rows; r++)
            {
                var bucket = CheckedBucket(reader.ReadInt32(), spec);
                for (var c = 0; c < k; c++) weights[bucket * k + c] = reader.ReadSingle();
            }
        else
        {
            // Formats 2 and 3 store the rows alike.
            var buckets = new int[rows];
            for (var r = 0; r < rows; r++) buckets[r] = CheckedBucket((r == 0 ? 0 : buckets[r - 1]) + reader.Read7BitEncodedInt(), spec);
            // One read for all the planes: byte by byte through the gzip stream took most of a second for the three models.
            var n = rows * k;
            var planes = reader.ReadBytes(n * sizeof(float));
            if (planes.Length != n * sizeof(float)) throw new InvalidDataException("Model file is cut short.");
            for (var r = 0; r < rows; r++)
                for (var c = 0; c < k; c++)
                {
                    var i = r * k + c;
                    weights[buckets[r] * k + c] = BitConverter.Int32BitsToSingle(
                        planes[i] | planes[n + i] << 8 | planes[2 * n + i] << 16 | planes[3 * n + i] << 24);
                }
        }
        return new LinearModel(task, labels, spec, weights, bias);
    }

    private static int CheckedBucket(int bucket, FeatureSpec spec) =>
        (uint)bucket < spec.Buckets ? bucket : throw new InvalidDataException("Model bucket out of range.");

    // The header, then the rows that hold a non-zero weight, in order.
    private List<int> WriteHeader(BinaryWriter writer, int format)
    {
        writer.Write(Magic.ToCharArray());
        writer.Write(format);
        writer.Write(Task);
        writer.Write(Labels.Count);
        foreach (var l in Labels) writer.Write(l);
        writer.Write(Features.MinN);
        writer.Write(Features.MaxN);
        writer.Write(Features.Bits);
        writer.Write(Features.Tail);
        // The version is hashed over format 1's layout, which gains this flag only when it is set, so that models
        // without English word features keep the versions they had.
        if (format == WordsFormat || Features.Words) writer.Write(Features.Words);
        foreach (var v in bias) writer.Write(v);
        var k = ClassCount;
        var nonZero = Enumerable.Range(0, Features.Buckets).Where(r => RowIsUsed(r, k)).ToList();
        writer.Write(nonZero.Count);
        return nonZero;
    }

    private bool RowIsUsed(int row, int k)
    {
        for (var c = 0; c < k; c++)
            if (weights[row * k + c] != 0) return true;
        return false;
    }

    // The version hashes the weights as format 1 lays them out, so a model keeps its version whichever format stores it.
    private string ComputeVersion()
    {
        using var buffer = new MemoryStream();
        using (var writer = new BinaryWriter(buffer, Encoding.UTF8, leaveOpen: true))
        {
            var k = ClassCount;
            foreach (var r in WriteHeader(writer, PlainFormat))
            {
                writer.Write(r);
                for (var c = 0; c < k; c++) writer.Write(weights[r * k + c]);
            }
        }
        return Convert.ToHexStringLower(SHA256.HashData(buffer.ToArray()))[..12];
    }
}
