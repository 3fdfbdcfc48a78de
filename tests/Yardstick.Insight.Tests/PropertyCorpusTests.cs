using Yardstick.Insight;

namespace Yardstick.Insight.Tests;

/// <summary>
/// The property corpus the default models are trained and measured on: its labels are the issue's keys, its held-out
/// files hold no training message written again, and none of it comes from the public review corpora.
/// </summary>
public class PropertyCorpusTests
{
    private static readonly string Folder = FindFolder();
    private const string Train = "train.csv", Test = "test.csv", Probes = "probes.csv", Unseen = "probes-unseen.csv";

    private static string FindFolder()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (!File.Exists(Path.Combine(dir.FullName, "corpus", "property-feedback", Train))) dir = dir.Parent!;
        return Path.Combine(dir.FullName, "corpus", "property-feedback");
    }

    private static List<(string Text, string Label)> Read(string file, string column)
    {
        using var reader = new StreamReader(Path.Combine(Folder, file));
        return LabelledCsv.Read(reader, file, "text", column, null);
    }

    [Theory]
    [InlineData(Train), InlineData(Test), InlineData(Probes), InlineData(Unseen)]
    public void Every_label_is_one_of_the_issue_keys(string file)
    {
        foreach (var task in Enum.GetValues<InsightTask>())
            Read(file, task.Key()).Select(r => r.Label).Distinct().ShouldBeSubsetOf(InsightLabels.For(task), $"{file}, {task.Key()}");
    }

    [Fact]
    public void The_corpus_has_at_least_2000_messages_from_homes_offices_and_malls_in_both_registers()
    {
        var rows = Read(Train, "setting").Concat(Read(Test, "setting")).ToList();
        rows.Count.ShouldBeGreaterThanOrEqualTo(2000);
        rows.Select(r => r.Label).Distinct().Order().ShouldBe(["mall", "office", "residential"]);
        Read(Train, "register").Select(r => r.Label).Distinct().Order().ShouldBe(["colloquial", "formal"]);
    }

    [Fact]
    public void No_held_out_message_is_a_training_message_written_again()
    {
        // Probes train the shipped polarity and category models, so they count as training here. Messages that are all
        // punctuation or emoji ("？", "👍👍👍") have no key and may repeat.
        var trained = Read(Train, "polarity").Concat(Read(Probes, "polarity"))
            .Select(r => LabelledCsv.DuplicateKey(r.Text)).Where(k => k.Length > 0).ToHashSet();
        foreach (var file in new[] { Test, Unseen })
            Read(file, "polarity").Where(r => trained.Contains(LabelledCsv.DuplicateKey(r.Text))).Select(r => r.Text)
                .ShouldBeEmpty($"{file} repeats training messages");
    }

    [SharedDataFact]
    public void No_message_is_taken_from_the_public_review_corpora()
    {
        // Twelve Chinese characters in a row are an excerpt, not a common phrase: ten already match stock phrases such as
        // "给您带来不便敬请谅解". Short whole messages ("还行吧", "差评") are in both by nature.
        const int run = 12;
        var windows = new Dictionary<string, string>();
        foreach (var file in new[] { Train, Test, Probes, Unseen })
            foreach (var (text, _) in Read(file, "polarity"))
                foreach (var window in ChineseRuns(LabelledCsv.DuplicateKey(text), run))
                    windows.TryAdd(window, text);

        var taken = new List<string>();
        foreach (var file in new[] { "chnsenticorp_htl_train.csv", "waimai_10k.csv", "online_shopping_10_cats.csv" })
        {
            using var reader = new StreamReader(Path.Combine(SharedData.Folder!, file));
            foreach (var (review, _) in LabelledCsv.Read(reader, file, "review", null, null))
            {
                var match = ChineseRuns(LabelledCsv.DuplicateKey(review), run).FirstOrDefault(windows.ContainsKey);
                if (match is not null) taken.Add($"{windows[match]} ← {file}");
            }
        }
        taken.ShouldBeEmpty();
    }

    private static IEnumerable<string> ChineseRuns(string key, int length)
    {
        for (var i = 0; i + length <= key.Length; i++)
        {
            var window = key.Substring(i, length);
            if (window.All(c => c is >= '\u4e00' and <= '\u9fff')) yield return window;
        }
    }
}
