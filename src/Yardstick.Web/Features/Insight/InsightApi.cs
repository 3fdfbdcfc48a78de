using Microsoft.AspNetCore.Mvc;
using Yardstick.Insight;
using Yardstick.Web.Platform.Identity;

namespace Yardstick.Web.Features.Insight;

public static class InsightApi
{
    public sealed record AnalyzeInput(List<string?>? Texts);
    public sealed record KeywordsInput(List<string?>? Texts, List<string?>? PreviousTexts, int? Top);
    public sealed record LintInput(string? Text);

    public static void MapInsightApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/insight").WithTags("Text insight");

        // Retraining from the company's own data (requirement 15): Admin only.
        var models = api.MapGroup("/models").RequireAuthorization(Policies.Admin);
        models.MapGet("/", (InsightModelService m, CancellationToken ct) => m.ListAsync(ct))
            .WithSummary("Per task: the version serving and every trained or uploaded version with its measurements");
        models.MapPost("/train", async ([FromForm] InsightTask? task, [FromForm] TrainingSource? source, [FromForm] string? textColumn,
            [FromForm] string? labelColumn, [FromForm] string? labels, IFormFile? file, InsightModelService m, CancellationToken ct) =>
        {
            if (file is { Length: > InsightModelService.MaximumUploadBytes }) return TooLarge(m);
            await using var stream = file?.OpenReadStream();
            var (version, result) = await m.TrainAsync(new TrainInput(task, source, textColumn, labelColumn, labels), stream, file?.FileName, ct);
            return version is null ? ServiceDesk.ServiceDeskApi.Failure(result)! : Results.Accepted($"/api/insight/models/{version.Id}", await m.GetAsync(version.Id, ct));
        }).DisableAntiforgery()
            .WithSummary("Queue the training of a candidate from an uploaded CSV (source Upload), the agents' category corrections (Corrections) or survey comments labelled by the overall rating (SurveyScores): 202 with the version, Queued; poll it until Ready (or Failed); it serves once activated. 409 when 3 trainings are already waiting");
        models.MapGet("/{id:int}", async (int id, InsightModelService m, CancellationToken ct) =>
            await m.GetAsync(id, ct) is { } v ? Results.Ok(v) : Results.NotFound())
            .WithSummary("One version: its status (Queued, Training, Ready, Failed, Interrupted), the share trained, and its measurements once Ready");
        models.MapPost("/upload", async (IFormFile? file, InsightModelService m, CancellationToken ct) =>
        {
            if (file is null) return m.Required("file", "Field.File").ToProblem();
            if (file.Length > InsightModelService.MaximumUploadBytes) return TooLarge(m);
            await using var stream = file.OpenReadStream();
            var (version, errors) = await m.UploadModelAsync(stream, file.FileName, ct);
            return version is null ? errors.ToProblem() : Results.Created($"/api/insight/models/{version.Id}", await m.GetAsync(version.Id, ct));
        }).DisableAntiforgery().WithSummary("Keep a model file trained with the command line (train … --out model.ysm) as a candidate");
        models.MapGet("/{id:int}/file", async (int id, InsightModelService m, CancellationToken ct) =>
            await m.FileAsync(id, ct) is { } f ? Results.File(f.Bytes, "application/octet-stream", f.Name) : Results.NotFound());
        models.MapPost("/{id:int}/activate", async (int id, [FromQuery] bool? acceptRedLoss, InsightModelService m, CancellationToken ct) =>
            ServiceDesk.ServiceDeskApi.Failure(await m.ActivateAsync(id, acceptRedLoss == true, ct)) ?? Results.Ok(await m.ListAsync(ct)))
            .WithSummary("Switch to this version now; the one serving before is kept for rollback. 409 when it would miss reds of the corpus test split that the serving analyzer catches, unless acceptRedLoss=true");
        models.MapDelete("/{id:int}", async (int id, InsightModelService m, CancellationToken ct) =>
            ServiceDesk.ServiceDeskApi.Failure(await m.DeleteAsync(id, ct)) ?? Results.NoContent())
            .WithSummary("Clear a version that failed or was interrupted (409 for any other)");
        models.MapPost("/rollback", async ([FromQuery] InsightTask? task, InsightModelService m, CancellationToken ct) =>
            task is not InsightTask t ? m.Required("task", "Insight.Models.Task").ToProblem() : ServiceDesk.ServiceDeskApi.Failure(await m.RollbackAsync(t, ct)) ?? Results.Ok(await m.ListAsync(ct)))
            .WithSummary("Back to the version that served before the active one (or the shipped model)");

        // The company's alert words (预警词): the quality department adds to the red and yellow rubric.
        var words = api.MapGroup("/alert-words").RequireAuthorization(Policies.InsightRules);
        words.MapGet("/", (AlertWordService w, CancellationToken ct) => w.ListAsync(ct))
            .WithSummary("The company's alert words, red first");
        words.MapPost("/", async (AlertWordInput input, AlertWordService w, CancellationToken ct) =>
        {
            var (added, result) = await w.AddAsync(input, ct);
            return added is null ? ServiceDesk.ServiceDeskApi.Failure(result)! : Results.Created($"/api/insight/alert-words/{added.Word.Id}", added);
        }).WithSummary("Add a word or phrase (parts joined by *: 年检*过期) that raises every text read from now on to at least its level, red or yellow; " +
            "the answer says how many of the last 30 days' stored texts contain it and how many it would have raised");
        words.MapPut("/{id:int}", async (int id, AlertWordChange input, AlertWordService w, CancellationToken ct) =>
        {
            var (word, result) = await w.UpdateAsync(id, input, ct);
            return word is null ? ServiceDesk.ServiceDeskApi.Failure(result)! : Results.Ok(word);
        }).WithSummary("Change a word's level (red or yellow) or note; texts read from now on follow it");
        words.MapPost("/{id:int}/apply", async (int id, AlertWordService w, CancellationToken ct) =>
        {
            var (applied, result) = await w.ApplyAsync(id, ct);
            return applied is null ? ServiceDesk.ServiceDeskApi.Failure(result)! : Results.Ok(applied);
        }).WithSummary("Raise the last 30 days' stored texts in your projects that contain the word to its level, with the word as a reason; " +
            "nobody is notified, and applying again raises nothing more");
        words.MapDelete("/{id:int}", async (int id, AlertWordService w, CancellationToken ct) =>
            ServiceDesk.ServiceDeskApi.Failure(await w.DeleteAsync(id, ct)) ?? Results.NoContent())
            .WithSummary("Remove a word: texts read from now on no longer count it");

        api.MapPost("/analyze", (AnalyzeInput input, InsightService insight) =>
        {
            var (results, errors) = insight.Analyze(input.Texts);
            return results is null ? errors.ToProblem() : Results.Ok(results);
        }).RequireAuthorization(Policies.InsightAnalyze)
            .WithSummary("Polarity, red/yellow/blue alert with reasons, category and keywords of each text (at most 100, 10,000 characters each)");

        api.MapPost("/keywords", (KeywordsInput input, InsightService insight) =>
        {
            var (keywords, errors) = insight.Keywords(input.Texts, input.PreviousTexts, input.Top ?? 20);
            return keywords is null ? errors.ToProblem() : Results.Ok(keywords);
        }).RequireAuthorization(Policies.InsightAnalyze)
            .WithSummary("Top terms and phrases of a set of texts, with counts, trend against previousTexts and examples");

        api.MapPost("/vague-words", (LintInput input) => Results.Ok(VagueWordLint.Check(input.Text)))
            .RequireAuthorization(Policies.InsightAnalyze)
            .WithSummary("Vague or subjective words in a note or answer, each with why and what to write instead");

        api.MapGet("/alerts", async (int? projectId, string? level, DateOnly? from, DateOnly? to, bool? open, int? take, InsightService insight, CancellationToken ct) =>
        {
            var (alerts, errors) = await insight.AlertsAsync(new AlertFilter(projectId, level, from, to, open == true), take ?? 100, 500, ct);
            return alerts is null ? errors.ToProblem() : Results.Ok(alerts);
        }).RequireAuthorization(Policies.InsightRead)
            .WithSummary("Stored emotion alerts in the caller's projects, newest first (at most 500): red and yellow unless level is given; this month by default; open=true keeps those whose work order is not yet resolved, with orderStatus");

        api.MapGet("/alerts.xlsx", async (int? projectId, string? level, DateOnly? from, DateOnly? to, bool? open, HttpRequest request, InsightExport export, CancellationToken ct) =>
        {
            var (file, errors) = await export.WorkbookAsync(new AlertFilter(projectId, level, from, to, open == true), $"{request.Scheme}://{request.Host}{request.PathBase}", ct);
            return file is null ? errors.ToProblem()
                : Results.File(file.Bytes, "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", file.Name);
        }).RequireAuthorization(Policies.InsightRead)
            .WithSummary("情绪预警报表 (.xlsx): the period's alerts with reasons and links, the group complaints that ended in it, and the keywords against the period before; same filters as /alerts");

        api.MapGet("/trend", async (int? projectId, int? weeks, InsightService insight, CancellationToken ct) =>
        {
            var (trend, errors) = await insight.TrendAsync(projectId, weeks ?? InsightService.TrendWeeks, ct);
            return trend is null ? errors.ToProblem() : Results.Ok(trend);
        }).RequireAuthorization(Policies.InsightRead)
            .WithSummary("情绪趋势: per week (Monday first, the project's zone), texts read, negative ones and red, yellow and blue alerts; the last 12 weeks by default (2–53)");

        api.MapGet("/group-alerts", async (int? projectId, int? days, int? minTexts, int? windowHours, InsightService insight, CancellationToken ct) =>
        {
            var (alerts, errors) = await insight.GroupAlertsAsync(projectId, days ?? 7, minTexts ?? insight.GroupRule.MinTexts, windowHours ?? (int)insight.GroupRule.Window.TotalHours, ct);
            return alerts is null ? errors.ToProblem() : Results.Ok(alerts);
        }).RequireAuthorization(Policies.InsightRead)
            .WithSummary("群体性投诉预警: negative texts of one category from ≥ minTexts owners (an order's description, rating comment and visit remarks count once) in one building or project within windowHours, or collective markers");

        api.MapGet("/keywords", async (int? projectId, DateOnly? from, DateOnly? to, int? top, InsightService insight, CancellationToken ct) =>
        {
            var (keywords, errors) = await insight.PeriodKeywordsAsync(projectId, from, to, top ?? 20, ct);
            return keywords is null ? errors.ToProblem() : Results.Ok(keywords);
        }).RequireAuthorization(Policies.InsightRead)
            .WithSummary("What owners' texts of a period talk about, against the period of the same length before");
    }

    private static IResult TooLarge(InsightModelService m) => m.TooLarge().ToProblem();
}
