using System.Diagnostics;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Yardstick.Web.Features.Organization;
using Yardstick.Web.Features.Surveys;
using Yardstick.Web.Platform.Data;
using Yardstick.Web.Platform.Identity;

/// <summary>
/// Issue 4's survey targets: results of a campaign with 100,000 responses (&lt; 500 ms), and 200 owners submitting at once
/// over loopback (p95 &lt; 100 ms, none lost). Builds its own project of 100,200 households in a fresh database.
/// </summary>
internal static class SurveyBench
{
    public const int Concurrent = 200, WarmUp = 10;
    /// <summary>Same-instant bursts, each of 200 fresh households; the first ones also finish warming the server up.</summary>
    public const int Bursts = 5;
    private const int Households = WarmUp + (1 + Bursts) * Concurrent;

    public static async Task RunAsync(Options o)
    {
        var responses = o.Responses;
        // Every simulated owner comes from the loopback address, which the public endpoints would otherwise rate-limit as one source.
        var (app, http) = await Scenarios.StartAsync(o, "--Surveys:PublicRequestsPerMinute=100000");
        await using var _ = app;
        using var __ = http;
        Console.WriteLine($"{o.Provider}, {Environment.ProcessorCount} cores");

        int campaignId;
        using (var scope = app.Services.CreateScope())
        {
            scope.ServiceProvider.GetRequiredService<CurrentUser>().AsSystem();
            var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
            if (await db.SurveyCampaigns.AnyAsync(c => c.Name == "bench"))
            {
                Console.WriteLine("The bench database already holds the survey bench; delete it to run again.");
                return;
            }
            var sw = Stopwatch.StartNew();
            var projectId = await HouseholdsAsync(db, responses + Households);
            Console.WriteLine($"households: {responses + Households:N0} in {sw.Elapsed.TotalSeconds:F1} s");

            var surveys = scope.ServiceProvider.GetRequiredService<SurveyService>();
            var template = await db.SurveyTemplates.Where(t => t.Key == StandardQuestionnaire.Key).Select(t => t.Id).FirstAsync();
            var (campaign, errors) = await surveys.CreateCampaignAsync(new CampaignInput("bench", template, [projectId], surveys.Today, surveys.Today.AddDays(30),
                [SurveyChannel.Link, SurveyChannel.Paper], SamplingMode.All, null, null, 1, null, null, null));
            if (campaign is null) throw new InvalidOperationException(errors.Summary);
            campaignId = campaign.Id;
            sw.Restart();
            var launch = await surveys.LaunchAsync(campaignId);
            if (launch.Any) throw new InvalidOperationException(launch.Summary);
            Console.WriteLine($"launch (sample + {responses + Households:N0} invitations): {sw.Elapsed.TotalSeconds:F1} s");

            sw.Restart();
            await AnswersAsync(db, campaignId, responses);
            Console.WriteLine($"responses: {responses:N0} loaded in {sw.Elapsed.TotalSeconds:F1} s");
        }

        var results = await Scenarios.TimeAsync(http, $"/api/survey-campaigns/{campaignId}/results", o.Iterations);
        var campaignPage = await Scenarios.TimeAsync(http, $"/api/survey-campaigns/{campaignId}", o.Iterations);
        var pending = new List<string>();
        for (var page = 1; pending.Count < Households; page++)
            pending.AddRange(JsonDocument.Parse(await http.GetStringAsync($"/api/survey-campaigns/{campaignId}/invitations?answered=false&pageSize=200&page={page}"))
                .RootElement.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("link").GetString()!.Split("/s/")[1]));
        // Warm-up: a few owners submit one after another first, as the other scenarios' untimed runs do.
        foreach (var token in pending[..WarmUp]) await OwnersAsync(app, http, campaignId, [token], TimeSpan.Zero, null);
        var stored = responses + WarmUp;
        var (paced, lostPaced) = await OwnersAsync(app, http, campaignId, pending[WarmUp..(WarmUp + Concurrent)], TimeSpan.FromSeconds(10), stored);
        stored += Concurrent;
        var bursts = new List<(double Median, double P95)>();
        var lostBurst = 0;
        for (var b = 0; b < Bursts; b++)
        {
            var first = WarmUp + (1 + b) * Concurrent;
            var (burst, lost) = await OwnersAsync(app, http, campaignId, pending[first..(first + Concurrent)], TimeSpan.Zero, stored);
            stored += Concurrent;
            bursts.Add(burst);
            lostBurst += lost;
            await Task.Delay(TimeSpan.FromSeconds(1));
        }
        Console.WriteLine($"bursts: p95 {string.Join(", ", bursts.Select(x => x.P95.ToString("F1")))} ms");
        var burstMedian = Scenarios.Percentile(bursts.Select(x => x.Median).Order().ToList(), 0.5);
        var burstP95 = Scenarios.Percentile(bursts.Select(x => x.P95).Order().ToList(), 0.5);
        // The follow-up orders of the low scores, as the sweeper makes them after the submissions.
        var sweeper = app.Services.GetRequiredService<SurveyFollowUpSweeper>();
        var watch = Stopwatch.StartNew();
        var orders = 0;
        while (await sweeper.RunOnceAsync() is > 0 and var n) orders += n;
        Console.WriteLine($"follow-up sweep: {orders} orders in {watch.Elapsed.TotalMilliseconds:F0} ms ({watch.Elapsed.TotalMilliseconds / Math.Max(1, orders):F1} ms each)");

        Console.WriteLine();
        Console.WriteLine("| scenario | median ms | p95 ms | target |");
        Console.WriteLine("| --- | ---: | ---: | --- |");
        Console.WriteLine($"| results of a campaign with {responses:N0} responses | {results.Median:F1} | {results.P95:F1} | < 500 ms |");
        Console.WriteLine($"| campaign progress (by project, building, surveyor) | {campaignPage.Median:F1} | {campaignPage.P95:F1} | — |");
        Console.WriteLine($"| {Concurrent} owners answering together, submits spread over 10 s (each POST) | {paced.Median:F1} | {paced.P95:F1} | p95 < 100 ms, none lost (lost: {lostPaced}) |");
        Console.WriteLine($"| {Concurrent} owners pressing submit in the same instant (each POST; median of {Bursts} bursts) | {burstMedian:F1} | {burstP95:F1} | p95 < 100 ms, none lost (lost: {lostBurst}) |");
        await app.StopAsync();
    }

    /// <summary>One project, 20 buildings, every household occupied.</summary>
    private static async Task<int> HouseholdsAsync(AppDbContext db, int households)
    {
        var project = new Project { Name = "压测花园", Code = "BENCH-S", Type = ProjectType.Residential };
        db.Projects.Add(project);
        await db.SaveChangesAsync();
        const int buildings = 20;
        var perBuilding = (households + buildings - 1) / buildings;
        db.ChangeTracker.AutoDetectChangesEnabled = false;
        for (var b = 1; b <= buildings; b++)
        {
            var building = new Building { ProjectId = project.Id, Code = b.ToString(), Name = $"{b}号楼" };
            db.Buildings.Add(building);
            await db.SaveChangesAsync();
            var units = Enumerable.Range(0, Math.Min(perBuilding, households - (b - 1) * perBuilding)).Select(i => new Unit
            {
                ProjectId = project.Id, BuildingId = building.Id, Entrance = 1 + i / 2000, Room = (101 + i % 2000).ToString(), IsOccupied = true,
                Label = Unit.MakeLabel(b.ToString(), 1 + i / 2000, (101 + i % 2000).ToString()),
            });
            db.Units.AddRange(units);
            await db.SaveChangesAsync();
            db.ChangeTracker.Clear();
        }
        db.ChangeTracker.AutoDetectChangesEnabled = true;
        return project.Id;
    }

    /// <summary>Realistic answers (mostly 满意, some 不适用, a few low) for the first <paramref name="count"/> invitations, loaded directly.</summary>
    private static async Task AnswersAsync(AppDbContext db, int campaignId, int count)
    {
        var template = await db.SurveyTemplates.FirstAsync(t => t.Key == StandardQuestionnaire.Key);
        var sheet = new AnswerSheet(template.Questionnaire);
        var invitations = await db.SurveyInvitations.AsNoTracking().Where(i => i.CampaignId == campaignId).OrderBy(i => i.Id).Take(count)
            .Select(i => new { i.Id, i.ProjectId, i.BuildingId }).ToListAsync();
        var rng = new Random(4);
        var now = DateTime.UtcNow;
        db.ChangeTracker.AutoDetectChangesEnabled = false;
        foreach (var batch in invitations.Chunk(10_000))
        {
            foreach (var i in batch)
            {
                var vector = sheet.Empty();
                foreach (var slot in sheet.Slots.Where(s => s.Width == 1))
                    vector[slot.Offset] = slot.Question.Type switch
                    {
                        QuestionType.Likert5 => (byte)(rng.NextDouble() < 0.08 ? 0 : Math.Clamp(4 + (int)Math.Round((rng.NextDouble() - 0.45) * 2.4), 1, 5)),
                        QuestionType.Nps => (byte)rng.Next(4, 11),
                        _ => vector[slot.Offset],
                    };
                db.SurveyResponses.Add(new SurveyResponse
                {
                    CampaignId = campaignId, InvitationId = i.Id, ProjectId = i.ProjectId, BuildingId = i.BuildingId, Channel = SurveyChannel.Link,
                    SubmittedAt = now, Answers = vector,
                });
            }
            await db.SaveChangesAsync();
            db.ChangeTracker.Clear();
            long first = batch[0].Id, last = batch[^1].Id;
            await db.SurveyInvitations.Where(x => x.CampaignId == campaignId && x.Id >= first && x.Id <= last)
                .ExecuteUpdateAsync(s => s.SetProperty(x => x.RespondedAt, now));
        }
        db.ChangeTracker.AutoDetectChangesEnabled = true;
    }

    /// <summary>
    /// 200 households that have not answered open their questionnaire and submit — each at a random moment within
    /// <paramref name="spread"/> (zero: all in the same instant), each over its own connection as phones would. Every POST
    /// is timed, and the database is checked for 200 new responses.
    /// </summary>
    private static async Task<((double Median, double P95) Submit, int Lost)> OwnersAsync(Microsoft.AspNetCore.Builder.WebApplication app, HttpClient staff,
        int campaignId, List<string> pending, TimeSpan spread, int? before)
    {
        var rng = new Random(9);
        var bodies = pending.Select(_ => new
        {
            answers = new[] { "cs-attitude", "cs-timeliness", "cs-effect", "eng-maintenance", "eng-repair-speed", "eng-repair-quality", "sec-parking", "sec-order",
                    "sec-fire", "env-cleaning", "env-pests", "env-greening", "paid-repair", "paid-cleaning", "paid-contract", "cmp-attitude", "cmp-result", "overall" }
                .Select(id => new { questionId = id, value = (object)(rng.NextDouble() < 0.01 ? 2 : rng.Next(4, 6)) })
                .Append(new { questionId = "nps", value = (object)rng.Next(0, 11) })
                .Append(new { questionId = "open-improve", value = (object)"希望电梯维修再快一些" }).ToArray(),
        }).ToList();
        var clients = pending.Select(_ => new HttpClient { BaseAddress = staff.BaseAddress }).ToList();
        await Task.WhenAll(pending.Select((t, i) => clients[i].GetAsync($"/api/public/surveys/{t}")));
        var start = new TaskCompletionSource();
        var delays = pending.Select(_ => TimeSpan.FromMilliseconds(rng.NextDouble() * spread.TotalMilliseconds)).ToList();
        var tasks = pending.Select(async (t, i) =>
        {
            await start.Task;
            if (delays[i] > TimeSpan.Zero) await Task.Delay(delays[i]);
            var sw = Stopwatch.StartNew();
            using var r = await clients[i].PostAsJsonAsync($"/api/public/surveys/{t}/responses", bodies[i]);
            sw.Stop();
            return (Ok: r.IsSuccessStatusCode, Ms: sw.Elapsed.TotalMilliseconds);
        }).ToList();
        start.SetResult();
        var done = await Task.WhenAll(tasks);
        clients.ForEach(c => c.Dispose());
        using var scope = app.Services.CreateScope();
        scope.ServiceProvider.GetRequiredService<CurrentUser>().AsSystem();
        var stored = await scope.ServiceProvider.GetRequiredService<AppDbContext>().SurveyResponses.CountAsync(r => r.CampaignId == campaignId);
        var times = done.Select(d => d.Ms).Order().ToList();
        if (before is null) return ((times[0], times[0]), 0);
        Console.WriteLine($"owners (spread {spread.TotalSeconds:F0} s): {done.Count(d => d.Ok)} of {done.Length} answered 200 OK; {stored - before} stored");
        return ((Scenarios.Percentile(times, 0.5), Scenarios.Percentile(times, 0.95)), pending.Count - (stored - before.Value));
    }
}
