using System.Diagnostics;
using System.Globalization;
using System.Text;
using System.Text.Json;
using Yardstick.Insight;
using Yardstick.Insight.Cli;

Console.OutputEncoding = Encoding.UTF8;
CultureInfo.CurrentCulture = CultureInfo.InvariantCulture;
try
{
    if (args.Length == 0 || args[0] is "-h" or "--help" or "help")
    {
        Console.WriteLine(Usage);
        return 0;
    }
    var options = Options.Parse(args.Skip(1));
    return args[0] switch
    {
        "train" => Train(options),
        "evaluate" => Evaluate(options),
        "analyze" => Analyze(options),
        "bench" => Bench(options),
        "split" => Split(options),
        _ => throw new CliError($"Unknown verb '{args[0]}'.\n{Usage}"),
    };
}
catch (CliError e)
{
    Console.Error.WriteLine($"error: {e.Message}");
    return 2;
}
catch (IOException e)
{
    Console.Error.WriteLine($"error: {e.Message}");
    return 2;
}

static int Train(Options o)
{
    var task = o.Task();
    var rows = LabelledData.Read(o.Files("data"), o.Required("text-column"), o.Required("label-column"), LabelledData.ParseLabelMap(o.Get("labels")));
    CheckLabels(rows, task);
    // Evaluating a file of one label is fine; learning from one is not.
    if (rows.Select(r => r.Label).Distinct().Count() < 2)
        throw new CliError($"training needs at least two labels; every row is '{rows[0].Label}'.");
    if (o.Get("holdout") is { } holdout)
    {
        // Reviews repeat across the public corpora; a held-out text must not be learnt from another file.
        var held = LabelledData.Read(o.Split(holdout), o.Required("text-column"), null, null).Select(r => LabelledData.DuplicateKey(r.Text)).ToHashSet();
        var before = rows.Count;
        rows = rows.Where(r => !held.Contains(LabelledData.DuplicateKey(r.Text))).ToList();
        Console.WriteLine($"dropped {before - rows.Count} rows that duplicate the held-out set");
    }
    var training = new TrainingOptions
    {
        Epochs = o.Int("epochs", 12),
        LearningRate = o.Float("lr", new TrainingOptions().LearningRate),
        L2 = o.Float("l2", new TrainingOptions().L2),
        NaiveBayesAlpha = o.Float("nb-alpha", new TrainingOptions().NaiveBayesAlpha),
        WarmStart = o.Has("warm-start"),
        Runs = o.Int("runs", 1),
        BalanceClasses = o.Has("balance") || task == InsightTask.Alert,
        Features = FeatureSpec.Default with
        {
            Bits = o.Int("bits", FeatureSpec.Default.Bits), MinN = o.Int("min-n", FeatureSpec.Default.MinN), MaxN = o.Int("max-n", FeatureSpec.Default.MaxN), Tail = !o.Has("no-tail"), Words = !o.Has("no-words"),
        },
    };
    var watch = Stopwatch.StartNew();
    var model = LinearModel.Train(task.Key(), rows, training);
    var output = o.Required("out");
    model.Save(output);
    Console.WriteLine($"trained {task.Key()} on {rows.Count} rows ({string.Join(", ", rows.GroupBy(r => r.Label).OrderBy(g => g.Key).Select(g => $"{g.Key} {g.Count()}"))}) in {watch.Elapsed.TotalSeconds:0.0} s");
    Console.WriteLine($"model {model.Version} → {output}");
    if (o.Get("red-check") is { } redFile) PrintRedCheck(redFile, task, model);
    return 0;
}

// The reds of a labelled file (text and alert columns, such as corpus/property-feedback/test.csv) read by the shipped
// models and by them with the new model in its place, as the admin page does before switching.
static void PrintRedCheck(string file, InsightTask task, LinearModel model)
{
    var reds = LabelledData.Read([file], "text", "alert", null).Where(r => r.Label == InsightLabels.Red).Select(r => r.Text).ToList();
    if (reds.Count == 0) throw new CliError($"{file} has no rows with alert red.");
    var check = RedCheck.Of(TextAnalyzer.Default, TextAnalyzer.Default.With(task, model), reds);
    Console.WriteLine($"red check: {check.Reds} reds in {file}, shipped models {check.CaughtBefore}, with this model {check.CaughtAfter}");
    if (check.Lost.Count == 0) return;
    Console.WriteLine($"warning: this model loses {check.Lost.Count} red(s) the shipped models catch, for example:");
    foreach (var text in check.Lost.Take(3)) Console.WriteLine($"  {text.ReplaceLineEndings(" ")}");
}

static int Evaluate(Options o)
{
    var task = o.Task();
    var rows = LabelledData.Read(o.Files("data"), o.Required("text-column"), o.Required("label-column"), LabelledData.ParseLabelMap(o.Get("labels")));
    CheckLabels(rows, task);
    var model = o.Get("model") ?? "default";
    // A polarity model file is judged alone; the shipped models, and alert and category always, as the analyzer decides.
    Func<string, IReadOnlyCollection<string>?, string> predict;
    if (task == InsightTask.Polarity && model != "default")
    {
        var polarity = LoadModel(model, task);
        predict = (text, only) => polarity.PredictLabel(TextNormalizer.Normalize(text), only);
    }
    else
    {
        var analyzer = LoadAnalyzer(model, task);
        predict = (text, only) => analyzer.Predict(task, text, only);
    }
    var present = rows.Select(r => r.Label).ToHashSet();
    // Two-class data (positive/negative reviews) is judged between those two: "neutral" is not an answer it can score.
    var restrictTo = task == InsightTask.Polarity && present.IsSubsetOf([InsightLabels.Positive, InsightLabels.Negative])
        ? new[] { InsightLabels.Positive, InsightLabels.Negative } : null;
    var metrics = new Metrics(restrictTo ?? InsightLabels.For(task));
    foreach (var (text, label) in rows) metrics.Add(label, predict(text, restrictTo));
    Console.Write(metrics.Report());
    return 0;
}

static int Analyze(Options o)
{
    var text = string.Join(' ', o.Positional);
    if (string.IsNullOrWhiteSpace(text)) throw new CliError("analyze needs a text: analyze [--model <file>] <text>");
    var analyzer = o.Get("model") is { } path ? LoadAnalyzer(path, null) : TextAnalyzer.Default;
    Console.WriteLine(JsonSerializer.Serialize(analyzer.Analyze(text), InsightJson.Options));
    return 0;
}

static int Bench(Options o)
{
    var texts = LabelledData.Read(o.Files("data"), o.Required("text-column"), null, null).Select(r => r.Text).ToArray();
    if (texts.Length == 0) throw new CliError("no texts to analyze.");
    if (o.Has("rules")) return BenchRules(texts, o);
    var analyzer = o.Get("model") is { } path ? LoadAnalyzer(path, null) : TextAnalyzer.Default;
    var threads = o.Int("threads", 1);
    foreach (var t in texts.Take(200)) analyzer.Analyze(t); // warm-up
    var total = Math.Max(texts.Length, o.Int("min-texts", 20000));
    var runs = new List<double>();
    for (var run = 0; run < o.Int("runs", 5); run++)
    {
        var watch = Stopwatch.StartNew();
        Parallel.For(0, threads, new ParallelOptions { MaxDegreeOfParallelism = threads }, worker =>
        {
            for (var i = worker; i < total; i += threads) analyzer.Analyze(texts[i % texts.Length]);
        });
        runs.Add(total / watch.Elapsed.TotalSeconds);
    }
    runs.Sort();
    var meanLength = texts.Average(t => t.Length);
    Console.WriteLine($"texts: {texts.Length} (mean {meanLength:0} characters), analysed {total} per run, {threads} thread(s), {runs.Count} runs");
    Console.WriteLine($"texts_per_second: {runs[runs.Count / 2]:0} (median; min {runs[0]:0}, max {runs[^1]:0})");
    Console.WriteLine($"model_memory_mb: {analyzer.ModelBytes / 1048576.0:0.0}");
    return 0;
}

// The alert rules pattern by pattern, slowest first: where a new rule's cost lands before it lands in texts per second.
static int BenchRules(string[] texts, Options o)
{
    var normalized = texts.Select(TextNormalizer.Normalize).ToArray();
    var runs = o.Int("runs", 5);
    double MedianMs(Action pass)
    {
        var times = new List<double>();
        for (var run = 0; run < runs; run++)
        {
            var watch = Stopwatch.StartNew();
            pass();
            times.Add(watch.Elapsed.TotalMilliseconds);
        }
        times.Sort();
        return times[times.Count / 2];
    }

    // Read as complaints, so that every rule that asks for one runs.
    var red = MedianMs(() => { foreach (var t in normalized) AlertRules.Red(t, 0.9f, 0.05f); });
    var rows = new List<(string Name, double Ms, double Searched, string Pattern)>();
    foreach (var (name, pattern, words, english) in AlertRules.Patterns())
    {
        var searched = (english ? normalized.Where(t => t.AsSpan().ContainsAnyInRange('a', 'z')).Select(RegexText.LatinWordsApart) : normalized)
            .Where(t => words is null || words.Any(w => t.Contains(w, StringComparison.Ordinal))).ToArray();
        rows.Add((name, MedianMs(() => { foreach (var t in searched) pattern.IsMatch(t); }), searched.Length / (double)normalized.Length, pattern.ToString()));
    }
    Console.WriteLine($"texts: {texts.Length} (mean {texts.Average(t => t.Length):0} characters), {runs} runs, medians");
    Console.WriteLine($"alert_rules_ms: {red:0} (all rules, each text read as a complaint)");
    Console.WriteLine("pattern\tms\tsearched\tbegins");
    foreach (var r in rows.OrderByDescending(r => r.Ms).Take(o.Int("top", 20)))
        Console.WriteLine($"{r.Name}\t{r.Ms:0.0}\t{r.Searched:P0}\t{(r.Pattern.Length > 60 ? r.Pattern[..60] + "…" : r.Pattern)}");
    return 0;
}

static int Split(Options o)
{
    // A reproducible held-out split, stratified by label: the same file and seed always give the same two files.
    var path = o.Required("data");
    var labelColumn = o.Required("label-column");
    var fraction = double.Parse(o.Get("test-fraction") ?? "0.2", CultureInfo.InvariantCulture);
    var lines = CsvRows.ReadAll(path);
    var header = lines[0];
    var labelIndex = Array.IndexOf(header, labelColumn);
    if (labelIndex < 0) throw new CliError($"{path}: no column '{labelColumn}'.");
    var random = new Random(o.Int("seed", 7));
    var train = new List<string[]>();
    var test = new List<string[]>();
    foreach (var group in lines.Skip(1).GroupBy(l => l[labelIndex]).OrderBy(g => g.Key, StringComparer.Ordinal))
    {
        var items = group.ToArray();
        random.Shuffle(items);
        var testCount = (int)Math.Round(items.Length * fraction);
        test.AddRange(items.Take(testCount));
        train.AddRange(items.Skip(testCount));
    }
    CsvRows.Write(o.Required("out-train"), header, train);
    CsvRows.Write(o.Required("out-test"), header, test);
    Console.WriteLine($"train {train.Count}, test {test.Count}");
    return 0;
}

static void CheckLabels(List<(string Text, string Label)> rows, InsightTask task)
{
    if (rows.Count == 0) throw new CliError("no labelled rows.");
    var allowed = InsightLabels.For(task);
    var unknown = rows.Select(r => r.Label).Where(l => !allowed.Contains(l)).Distinct().Take(5).ToList();
    if (unknown.Count > 0)
        throw new CliError($"labels {string.Join(", ", unknown.Select(u => $"'{u}'"))} are not {task.Key()} labels ({string.Join(", ", allowed)}); map them with --labels.");
}

static TextAnalyzer LoadAnalyzer(string model, InsightTask? task)
{
    if (model == "default") return TextAnalyzer.Default;
    var loaded = LoadModel(model, task);
    return TextAnalyzer.Default.With(Enum.Parse<InsightTask>(loaded.Task, ignoreCase: true), loaded);
}

static LinearModel LoadModel(string path, InsightTask? task)
{
    if (!File.Exists(path)) throw new CliError($"no such model file: {path}");
    LinearModel loaded;
    try { loaded = LinearModel.Load(path); }
    catch (InvalidDataException e) { throw new CliError($"{path}: {e.Message}"); }
    if (!InsightLabels.TryParseTask(loaded.Task, out var modelTask)) throw new CliError($"{path}: unknown task '{loaded.Task}'.");
    if (task is { } t && t != modelTask) throw new CliError($"{path} is a {loaded.Task} model, not {t.Key()}.");
    return loaded;
}

partial class Program
{
    private const string Usage = """
        Yardstick text insight
          train    --data <csv>[,<csv>...] --text-column <name> --label-column <name> [--labels 1=positive,0=negative]
                   --task polarity|alert|category --out <model file> [--holdout <csv>] [--epochs 12] [--bits 20] [--runs 1] [--no-words]
                   [--red-check <csv with text and alert columns>]
          evaluate --model <model file>|default --data <csv> --text-column <name> --label-column <name> [--labels ...]
                   --task polarity|alert|category
          analyze  [--model <model file>] <text>
          bench    --data <csv> --text-column <name> [--model <model file>] [--threads 1]
                   [--rules [--top 20]]   time the alert rules pattern by pattern instead
          split    --data <csv> --label-column <name> --out-train <csv> --out-test <csv> [--test-fraction 0.2] [--seed 7]
        """;
}
