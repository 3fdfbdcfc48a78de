using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Yardstick.Web.Features.Surveys;
using Yardstick.Web.Tests.Infrastructure;

namespace Yardstick.Web.Tests.Surveys;

/// <summary>Launches a standard-questionnaire campaign and fills in answers through HTTP, for the tests of every module that reads surveys.</summary>
public static class SurveyDriver
{
    private static readonly string[] Rated =
    [
        "cs-attitude", "cs-timeliness", "cs-effect", "eng-maintenance", "eng-repair-speed", "eng-repair-quality", "sec-parking", "sec-order", "sec-fire",
        "env-cleaning", "env-pests", "env-greening", "paid-repair", "paid-cleaning", "paid-contract", "cmp-attitude", "cmp-result",
    ];

    private static async Task<JsonElement> Json(HttpResponseMessage r) => await r.Content.ReadFromJsonAsync<JsonElement>();

    /// <summary>Every rated question <paramref name="all"/>, the overall question, and overrides.</summary>
    public static object Answers(int all, int overall, params (string Id, object Value)[] overrides) => new { answers = List(all, overall, overrides) };

    public static object[] List(int all, int overall, params (string Id, object Value)[] overrides) =>
        Rated.Select(id => new { questionId = id, value = overrides.FirstOrDefault(o => o.Id == id).Value ?? all })
            .Append(new { questionId = "overall", value = (object)overall })
            .Concat(overrides.Where(o => !Rated.Contains(o.Id)).Select(o => new { questionId = o.Id, value = o.Value }))
            .ToArray<object>();

    public static string Token(JsonElement invitation) => invitation.GetProperty("link").GetString()!.Split("/s/")[1];

    public static async Task<int> StandardTemplateAsync(HttpClient c) =>
        (await Json(await c.GetAsync("/api/survey-templates"))).EnumerateArray()
            .First(t => t.GetProperty("key").GetString() == StandardQuestionnaire.Key && t.GetProperty("version").GetInt32() == 1).GetProperty("id").GetInt32();

    /// <summary>Every unit of the test projects lived in, so that each is a household to invite.</summary>
    public static async Task OccupyAsync(TestApp app)
    {
        await using var scope = app.SystemScope(out var db);
        await db.Units.Where(u => u.ProjectId == app.ProjectA || u.ProjectId == app.ProjectB).ExecuteUpdateAsync(s => s.SetProperty(u => u.IsOccupied, true));
    }

    /// <summary>A launched campaign over all occupied households of the projects; returns its id and the invitations.</summary>
    public static async Task<(int Id, List<JsonElement> Invitations)> LaunchAsync(TestApp app, HttpClient qm, string name, int[] projects, DateOnly? opens = null)
    {
        await OccupyAsync(app);
        var today = DateOnly.FromDateTime(app.Clock.GetUtcNow().UtcDateTime.AddHours(8));
        var r = await qm.PostAsJsonAsync("/api/survey-campaigns", new
        {
            name, templateId = await StandardTemplateAsync(qm), projectIds = projects, opensOn = opens ?? today, closesOn = today.AddDays(20),
            channels = new[] { "Link", "Paper", "Phone" }, sampling = "All",
        });
        r.StatusCode.ShouldBe(HttpStatusCode.Created, await r.Content.ReadAsStringAsync());
        var id = (await Json(r)).GetProperty("id").GetInt32();
        var launched = await qm.PostAsync($"/api/survey-campaigns/{id}/launch", null);
        launched.StatusCode.ShouldBe(HttpStatusCode.OK, await launched.Content.ReadAsStringAsync());
        var invitations = (await Json(await qm.GetAsync($"/api/survey-campaigns/{id}/invitations?pageSize=200"))).GetProperty("items").EnumerateArray().ToList();
        return (id, invitations);
    }
}
