using System.Text;
using Microsoft.EntityFrameworkCore;
using Yardstick.Web.Tests.Infrastructure;
using MetadataExtractor;
using MetadataExtractor.Formats.Exif;
using Yardstick.Web.Features.MysteryShopping;
using Yardstick.Web.Features.Organization;
using Yardstick.Web.Platform.Files;

namespace Yardstick.Web.Tests.MysteryShopping;

/// <summary>Scoring and field rules with the numbers of seed 000 and the issue.</summary>
public class MsRulesTests
{
    private static readonly ModelDefinition Model = new(
        [new("safety", "安全管理", 25), new("environment", "环境设施", 20), new("process", "流程执行", 20), new("service", "服务质量", 25), new("experience", "客户体验", 10)],
        [
            new("gate-check", "safety", StaffPost.Gate, "看问查", "s", "未核对访客身份 −5", 5),
            new("stranger", "safety", StaffPost.Security, "陌生人拦截", "s", "未拦截 一票否决", 5, RedLine: true),
            new("litter", "environment", StaffPost.Cleaning, "明显垃圾", "s", "明显垃圾未清理 −3", 3),
            new("greeting", "service", StaffPost.CustomerService, "标准问候语", "s", "未使用标准问候语 −2", 2),
            new("repair", "process", StaffPost.Engineering, "报修响应", "s", "24 小时未响应 −4", 4),
            new("reply", "process", StaffPost.Butler, "投诉回复", "s", "未在承诺时间内回复 −3", 3),
            new("big-1", "experience", StaffPost.Butler, "x", "s", "c", 8),
            new("big-2", "experience", StaffPost.Butler, "y", "s", "c", 6),
        ]);

    private static ItemOutcome Fail(string key, double? points = null) => new(key, ItemResult.Fail, points);
    private static ItemOutcome Pass(string key) => new(key, ItemResult.Pass);
    private static ItemOutcome NA(string key) => new(key, ItemResult.NA);

    [Fact]
    public void The_seeds_deductions_come_off_their_dimensions_and_the_total()
    {
        // −5 (identity not checked), −3 (litter), −2 (no greeting), −4 (repair), −3 (reply): 100 − 17 = 83, 良好.
        var s = MsScoring.Score(Model, [Fail("gate-check"), Pass("stranger"), Fail("litter"), Fail("greeting"), Fail("repair"), Fail("reply"), Pass("big-1"), Pass("big-2")]);
        s.Total.ShouldBe(83);
        s.Grade.ShouldBe("良好");
        s.Dimensions.Single(d => d.Key == "safety").Points.ShouldBe(20);
        s.Dimensions.Single(d => d.Key == "safety").Rate.ShouldBe(0.8);
        s.Dimensions.Single(d => d.Key == "process").Points.ShouldBe(13);
        s.Dimensions.Single(d => d.Key == "process").Rate.ShouldBe(0.65);
        s.Dimensions.Single(d => d.Key == "process").Failed.ShouldBe(2);
    }

    [Fact]
    public void A_dimension_never_goes_below_zero()
    {
        // Experience is worth 10; its failures deduct 8 + 6 = 14, but the dimension stops at 0, so the total loses 10, not 14.
        var s = MsScoring.Score(Model, [Fail("big-1"), Fail("big-2")]);
        s.Dimensions.Single(d => d.Key == "experience").Points.ShouldBe(0);
        s.Total.ShouldBe(90);
        s.Grade.ShouldBe("优秀");
    }

    [Fact]
    public void NA_deducts_nothing_and_leaves_the_post_out()
    {
        var s = MsScoring.Score(Model, [NA("gate-check"), NA("litter"), Pass("greeting")]);
        s.Total.ShouldBe(100);
        s.Posts.ShouldNotContain(p => p.Key == nameof(StaffPost.Gate));
        s.Posts.Single(p => p.Key == nameof(StaffPost.CustomerService)).Rate.ShouldBe(1);
    }

    [Fact]
    public void A_failed_red_line_fails_the_grade_whatever_the_total()
    {
        var s = MsScoring.Score(Model, [Fail("stranger"), Pass("gate-check")]);
        s.Total.ShouldBe(95);
        s.RedLineFailed.ShouldBeTrue();
        s.Grade.ShouldBe("不合格");
    }

    [Theory]
    [InlineData(90, "优秀")]
    [InlineData(89.5, "良好")]
    [InlineData(80, "良好")]
    [InlineData(79, "合格")]
    [InlineData(70, "合格")]
    [InlineData(69.9, "不合格")]
    public void Default_grade_bands(double total, string grade)
    {
        // One deduction of (100 − total) from a 100-point single-dimension model.
        var model = new ModelDefinition([new("all", "全部", 100)], [new("x", "all", StaffPost.Gate, "x", "s", "c", 100 - total > 0 ? 100 - total : 1)]);
        var s = MsScoring.Score(model, total == 100 ? [] : [Fail("x")]);
        s.Total.ShouldBe(total);
        s.Grade.ShouldBe(grade);
    }

    [Fact]
    public void Grade_bands_are_configurable()
    {
        var model = Model with { Grades = [new(95, "A"), new(60, "B"), new(0, "C")] };
        MsScoring.Score(model, [Fail("litter"), Fail("greeting")]).Grade.ShouldBe("A");
        MsScoring.Score(model, [Fail("litter"), Fail("greeting"), Fail("gate-check")]).Grade.ShouldBe("B");
    }

    [Fact]
    public void Post_scores_are_reckoned_over_each_posts_observed_items()
    {
        // Butler: reply (3) failed, big-1 (8) and big-2 (6) passed: max 17, points 14. A reviewer's partial deduction counts as given.
        var s = MsScoring.Score(Model, [Fail("reply"), Pass("big-1"), Pass("big-2"), Fail("repair", 1.5)]);
        var butler = s.Posts.Single(p => p.Key == nameof(StaffPost.Butler));
        butler.Max.ShouldBe(17);
        butler.Points.ShouldBe(14);
        butler.Rate!.Value.ShouldBe(14 / 17.0, 0.0001);
        s.Posts.Single(p => p.Key == nameof(StaffPost.Engineering)).Points.ShouldBe(2.5);
        s.Total.ShouldBe(95.5);
    }

    [Fact]
    public void The_built_in_models_are_valid_and_carry_the_seeds_examples()
    {
        foreach (var m in StandardModels.Models)
        {
            var errors = new Yardstick.Web.Platform.Web.FieldErrors(Yardstick.Web.Platform.Localization.JsonStringLocalizer.Instance);
            m.Definition.Validate(errors).Any.ShouldBeFalse(m.Key + ": " + errors.Summary);
            m.Definition.Dimensions.Select(d => d.Weight).ShouldBe([25, 20, 20, 25, 10]);
        }
        var residential = StandardModels.Models.Single(m => m.Type == ProjectType.Residential).Definition;
        residential.Item("gate-check")!.Points.ShouldBe(5);
        residential.Item("no-litter")!.Points.ShouldBe(3);
        residential.Item("standard-greeting")!.Points.ShouldBe(2);
        residential.Item("repair-response")!.Points.ShouldBe(4);
        residential.Item("complaint-reply")!.Points.ShouldBe(3);
        residential.Item("stranger-intercept")!.RedLine.ShouldBeTrue();
        StandardModels.Scenarios.Count.ShouldBe(7);
    }

    [Fact]
    public void A_model_whose_weights_do_not_sum_to_100_is_refused()
    {
        var errors = new Yardstick.Web.Platform.Web.FieldErrors(Yardstick.Web.Platform.Localization.JsonStringLocalizer.Instance);
        (Model with { Dimensions = [.. Model.Dimensions.Take(4)] }).Validate(errors);
        errors.All.Keys.ShouldContain("dimensions");
        errors.All.Keys.ShouldContain("items");
    }

    [Fact]
    public void Geofence_distance()
    {
        // One thousandth of a degree of latitude is about 111 m everywhere.
        MsRules.DistanceMeters(31.2000, 121.4000, 31.2010, 121.4000).ShouldBe(111.2, 0.5);
        // Shanghai People's Square to the Bund is about 1.5 km.
        MsRules.DistanceMeters(31.2304, 121.4737, 31.2400, 121.4900).ShouldBe(1880, 60);
    }

    private static readonly DateTime Start = new(2026, 12, 5, 1, 0, 0, DateTimeKind.Utc);

    private static MsRules.CheckInFacts Facts(double? lat, double? lon, double? accuracy, DateTime at) =>
        new(lat, lon, accuracy, at, 31.1, 121.4, 300, Start, Start.AddHours(4));

    [Fact]
    public void Check_in_flags()
    {
        MsRules.CheckIn(Facts(31.1005, 121.4, 20, Start.AddHours(1))).Flags.ShouldBeEmpty();
        MsRules.CheckIn(Facts(31.1005, 121.4, 20, Start.AddHours(1))).Distance!.Value.ShouldBe(55.6, 0.5);
        MsRules.CheckIn(Facts(31.11, 121.4, 20, Start.AddHours(1))).Flags.ShouldBe([MsFlag.OutsideGeofence]);
        MsRules.CheckIn(Facts(31.1, 121.4, 150, Start.AddHours(1))).Flags.ShouldBe([MsFlag.PoorAccuracy]);
        MsRules.CheckIn(Facts(31.1, 121.4, 100, Start.AddHours(1))).Flags.ShouldBeEmpty();
        MsRules.CheckIn(Facts(31.1, 121.4, 10, Start.AddHours(5))).Flags.ShouldBe([MsFlag.OutsideWindow]);
        MsRules.CheckIn(Facts(null, null, null, Start.AddHours(1))).Flags.ShouldBe([MsFlag.NoLocation]);
    }

    [Fact]
    public void Evidence_is_checked_against_the_visit()
    {
        var checkIn = Start.AddHours(1);
        MsRules.Evidence(checkIn.AddMinutes(30), 31.1, 121.4, checkIn, 31.1, 121.4, 300, true).ShouldBeEmpty();
        MsRules.Evidence(checkIn.AddHours(-2), null, null, checkIn, 31.1, 121.4, 300, true).ShouldBeEmpty();
        MsRules.Evidence(checkIn.AddHours(2.1), null, null, checkIn, 31.1, 121.4, 300, true).ShouldBe([MsFlag.EvidenceTimeMismatch]);
        MsRules.Evidence(checkIn, 31.2, 121.4, checkIn, 31.1, 121.4, 300, true).ShouldBe([MsFlag.EvidenceFarAway]);
        MsRules.Evidence(null, null, null, checkIn, 31.1, 121.4, 300, true).ShouldBe([MsFlag.EvidenceNoMetadata]);
        MsRules.Evidence(null, null, null, checkIn, 31.1, 121.4, 300, false).ShouldBeEmpty();
    }

    [Fact]
    public void Submission_is_late_after_24_hours()
    {
        MsRules.IsLate(Start, Start.AddHours(24)).ShouldBeFalse();
        MsRules.IsLate(Start, Start.AddHours(24).AddMinutes(1)).ShouldBeTrue();
    }

    [Fact]
    public void Conflict_and_lockout_block_recognisable_warns()
    {
        var history = new List<MsRules.PastTask> { new(1, Start.AddDays(-120), "潜在业主"), new(2, Start.AddDays(-30), "商务访客") };
        MsRules.CheckAssignment(3, Start, "潜在业主", conflict: true, history).BlockReasonKey.ShouldBe("Ms.Err.Conflict");
        MsRules.CheckAssignment(2, Start, "潜在业主", false, history).BlockReasonKey.ShouldBe("Ms.Err.Lockout");
        // 89 days after: still locked; 90: allowed. The lockout also looks forward (a visit already planned later).
        MsRules.CheckAssignment(2, Start.AddDays(59), "x", false, history).Allowed.ShouldBeFalse();
        MsRules.CheckAssignment(2, Start.AddDays(60), "x", false, history).Allowed.ShouldBeTrue();
        MsRules.CheckAssignment(2, Start.AddDays(-125), "x", false, history).Allowed.ShouldBeTrue();
        MsRules.CheckAssignment(2, Start.AddDays(-110), "x", false, history, lockoutDays: 30).Allowed.ShouldBeTrue();
        var warned = MsRules.CheckAssignment(1, Start, "潜在业主", false, history);
        warned.Allowed.ShouldBeTrue();
        warned.Recognisable.Single().Identity.ShouldBe("潜在业主");
        MsRules.CheckAssignment(3, Start, "潜在业主", false, history).Recognisable.ShouldBeEmpty();
    }

    [Fact]
    public void Vague_words_are_found()
    {
        MsRules.Lint("客服态度差，环境还行").ShouldBe(["还行", "态度差"]);
        MsRules.Lint("等待 3 分钟，工作人员未主动问候").ShouldBeEmpty();
        MsRules.Lint(null).ShouldBeEmpty();
    }

    [Fact]
    public void Metadata_is_stripped_from_a_jpeg_without_touching_the_picture()
    {
        var jpeg = TestJpeg.Create(new DateTime(2026, 12, 5, 10, 30, 0), 31.1, 121.4);
        ImageMetadataReader.ReadMetadata(new MemoryStream(jpeg)).OfType<GpsDirectory>().Single().GetGeoLocation()!.Latitude.ShouldBe(31.1, 0.001);
        var stripped = MetadataStripper.Strip(jpeg, "image/jpeg");
        var dirs = ImageMetadataReader.ReadMetadata(new MemoryStream(stripped));
        dirs.OfType<GpsDirectory>().ShouldBeEmpty();
        dirs.OfType<ExifSubIfdDirectory>().ShouldBeEmpty();
        stripped.ShouldBe(TestJpeg.Create(null, null, null));
    }

    private static byte[] Box(string type, params byte[][] content)
    {
        var body = content.SelectMany(c => c).ToArray();
        var size = BitConverter.GetBytes(8 + body.Length);
        Array.Reverse(size);
        return [.. size, .. Encoding.ASCII.GetBytes(type), .. body];
    }

    private static byte[] Chunk(string id, byte[] data) =>
        [.. Encoding.ASCII.GetBytes(id), .. BitConverter.GetBytes(data.Length), .. data, .. data.Length % 2 == 1 ? new byte[1] : []];

    private static byte[] Riff(string form, params byte[][] chunks)
    {
        var body = chunks.SelectMany(c => c).ToArray();
        return [.. "RIFF"u8.ToArray(), .. BitConverter.GetBytes(4 + body.Length), .. Encoding.ASCII.GetBytes(form), .. body];
    }

    private static bool Contains(byte[] haystack, byte[] needle) => haystack.AsSpan().IndexOf(needle) >= 0;

    [Fact]
    public void The_place_and_device_are_blanked_in_a_video_which_keeps_its_length_and_samples()
    {
        var place = "+31.1003+121.4001/"u8.ToArray();
        var device = "iPhone 15 张三"u8.ToArray();
        var samples = Box("mdat", "VIDEO-SAMPLES"u8.ToArray());
        var mp4 = Box("ftyp", "isom"u8.ToArray()).Concat(Box("moov", Box("mvhd", new byte[12]), Box("udta", Box("\u00a9xyz", place)),
            Box("trak", Box("tkhd", new byte[8]), Box("udta", Box("name", device))), Box("meta", device))).Concat(samples).ToArray();
        var stripped = MetadataStripper.Strip(mp4, "video/mp4");
        stripped.Length.ShouldBe(mp4.Length);
        Contains(stripped, place).ShouldBeFalse();
        Contains(stripped, device).ShouldBeFalse();
        Contains(stripped, samples).ShouldBeTrue();
        stripped.AsSpan(mp4.Length - samples.Length).SequenceEqual(samples).ShouldBeTrue("the samples stay where the file says they are");
        Contains(stripped, "tkhd"u8.ToArray()).ShouldBeTrue();
        MetadataStripper.Strip([.. mp4[..^3]], "video/mp4").ShouldBe(mp4[..^3], "a file that is not well formed is left alone");
    }

    [Fact]
    public void Tags_are_removed_from_mp3_wav_and_webp()
    {
        var frames = new byte[] { 0xFF, 0xFB, 0x90, 0x64, 1, 2, 3, 4 };
        var tagText = "录音 张三"u8.ToArray();
        var frame = (byte[])[.. "TIT2"u8.ToArray(), 0, 0, 0, (byte)(tagText.Length + 1), 0, 0, 3, .. tagText];
        byte[] id3 = [.. "ID3"u8.ToArray(), 4, 0, 0, 0, 0, 0, (byte)frame.Length, .. frame];
        byte[] id3v1 = [.. "TAG"u8.ToArray(), .. new byte[125]];
        MetadataStripper.Strip([.. id3, .. frames, .. id3v1], "audio/mpeg").ShouldBe(frames);

        var fmt = Chunk("fmt ", new byte[16]);
        var data = Chunk("data", [1, 2, 3, 4, 5]);
        var wav = Riff("WAVE", fmt, Chunk("LIST", [.. "INFOIART"u8.ToArray(), .. tagText]), data);
        MetadataStripper.Strip(wav, "audio/wav").ShouldBe(Riff("WAVE", fmt, data));

        var vp8 = Chunk("VP8 ", [9, 9, 9]);
        var webp = Riff("WEBP", Chunk("VP8X", [0x0C, 0, 0, 0, 0, 0, 0, 0, 0, 0]), vp8, Chunk("EXIF", tagText), Chunk("XMP ", tagText));
        MetadataStripper.Strip(webp, "image/webp").ShouldBe(Riff("WEBP", Chunk("VP8X", new byte[10]), vp8));

        // HEIC keeps EXIF among its image items: it is not served to those who must not see it.
        MetadataStripper.CanStrip("image/heic").ShouldBeFalse();
        MetadataStripper.CanStrip("video/quicktime").ShouldBeTrue();
    }

    [Fact]
    public void Every_state_flag_result_and_timeline_kind_has_a_label()
    {
        var all = Yardstick.Web.Platform.Localization.JsonStringLocalizer.Instance.All;
        var keys = Enum.GetNames<MsFlag>().Select(n => "Ms.Flag." + n)
            .Concat(Enum.GetNames<Yardstick.Web.Features.MysteryShopping.TaskStatus>().Select(n => "Ms.TaskStatus." + n))
            .Concat(Enum.GetNames<FindingStatus>().Select(n => "Ms.FindingStatus." + n))
            .Concat(Enum.GetNames<ItemResult>().Select(n => "Ms.Result." + n))
            .Concat(Enum.GetNames<ModelStatus>().Select(n => "Ms.ModelStatus." + n))
            .Concat(MsFieldwork.TimelineKinds.Select(n => "Ms.Kind." + n));
        keys.Where(k => !all.ContainsKey(k)).ShouldBeEmpty();
    }
}

/// <summary>The demo program: what a new user sees after <c>--demo</c>.</summary>
public sealed class MsDemoTests(DemoApp app) : IClassFixture<DemoApp>
{
    [Fact]
    public async Task The_demo_has_two_published_waves_findings_in_every_state_and_a_systemic_one()
    {
        await using var scope = app.SystemScope(out var db);
        (await db.ShopperTasks.CountAsync(t => t.Status == Yardstick.Web.Features.MysteryShopping.TaskStatus.Published)).ShouldBe(12);
        var states = await db.Findings.Select(f => f.Status).Distinct().ToListAsync();
        states.Order().ShouldBe(Enum.GetValues<FindingStatus>().Order());
        (await db.Findings.AnyAsync(f => f.Systemic)).ShouldBeTrue();
        (await db.ShopperTasks.AnyAsync(t => t.Status == Yardstick.Web.Features.MysteryShopping.TaskStatus.Accepted)).ShouldBeTrue();

        // The client of 翠湖花园 reads a report with the alias only.
        var client = await app.LoginAsync("client", Yardstick.Web.Platform.Bootstrap.Bootstrapper.DemoPassword);
        var http = app.Anonymous();
        http.DefaultRequestHeaders.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", client);
        var chy = await db.Projects.Where(p => p.Code == "CHY").Select(p => p.Id).FirstAsync();
        var visit = await db.ShopperTasks.Where(t => t.ProjectId == chy && t.Status == Yardstick.Web.Features.MysteryShopping.TaskStatus.Published).Select(t => t.Id).FirstAsync();
        var report = await http.GetStringAsync($"/api/ms/visits/{visit}/report");
        report.ShouldContain("MS-0");
        report.ShouldNotContain("刘晓雨");
        report.ShouldNotContain("周雅琴");
        report.ShouldNotContain("吴昊天");
    }
}
