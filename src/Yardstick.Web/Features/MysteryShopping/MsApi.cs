using Microsoft.AspNetCore.Mvc;
using Yardstick.Web.Features.ServiceDesk;
using Yardstick.Web.Platform.Identity;
using Yardstick.Web.Platform.Web;

namespace Yardstick.Web.Features.MysteryShopping;

public static class MsApi
{
    private const string Xlsx = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    public static void MapMysteryShoppingApi(this IEndpointRouteBuilder app)
    {
        var ms = app.MapGroup("/api/ms").WithTags("MysteryShopping");

        var models = ms.MapGroup("/scoring-models").RequireAuthorization(Policies.MsReview);
        models.MapGet("/", (MsPlanning p, CancellationToken ct) => p.ModelsAsync(ct)).WithSummary("Scoring model versions, newest first per key");
        models.MapGet("/{id:int}", async (int id, MsPlanning p, CancellationToken ct) =>
            await p.ModelAsync(id, ct) is { } m ? Results.Ok(m) : Results.NotFound()).WithSummary("Dimensions, items and grade bands");
        models.MapPost("/", async (ModelInput input, MsPlanning p, CancellationToken ct) =>
        {
            var (m, errors) = await p.SaveModelAsync(input, ct);
            return m is null ? errors.ToProblem() : Results.Created($"/api/ms/scoring-models/{m.Id}", await p.ModelAsync(m.Id, ct));
        }).RequireAuthorization(Policies.MsPlan).WithSummary("Save a draft: updates the key's latest draft, or starts the next version when the latest is published");
        models.MapPost("/{id:int}/publish", async (int id, MsPlanning p, CancellationToken ct) =>
                ServiceDeskApi.Failure(await p.PublishModelAsync(id, ct)) ?? Results.Ok(await p.ModelAsync(id, ct)))
            .RequireAuthorization(Policies.MsPlan).WithSummary("Freeze a draft so that waves may use it");

        var scenarios = ms.MapGroup("/scenarios").RequireAuthorization(Policies.MsReview);
        scenarios.MapGet("/", (MsPlanning p, CancellationToken ct) => p.ScenariosAsync(ct));
        scenarios.MapPost("/", async (ScenarioInput input, MsPlanning p, CancellationToken ct) =>
        {
            var (s, errors) = await p.AddScenarioAsync(input, ct);
            return s is null ? errors.ToProblem() : Results.Created($"/api/ms/scenarios/{s.Id}", MsPlanning.ToDto(s));
        }).RequireAuthorization(Policies.MsPlan);

        var programs = ms.MapGroup("/programs").RequireAuthorization(Policies.MsRead);
        programs.MapGet("/", (MsPlanning p, CancellationToken ct) => p.ProgramsAsync(ct)).WithSummary("Programs touching the caller's projects, with their waves");
        programs.MapGet("/{id:int}", async (int id, MsPlanning p, CancellationToken ct) =>
            await p.ProgramAsync(id, ct) is { } x ? Results.Ok(x) : Results.NotFound());
        programs.MapPost("/", async (ProgramInput input, MsPlanning p, CancellationToken ct) =>
        {
            var (x, errors) = await p.CreateProgramAsync(input, ct);
            return x is null ? errors.ToProblem() : Results.Created($"/api/ms/programs/{x.Id}", await p.ProgramAsync(x.Id, ct));
        }).RequireAuthorization(Policies.MsPlan);
        programs.MapPost("/{id:int}/waves", async (int id, WaveInput input, MsPlanning p, CancellationToken ct) =>
        {
            var (w, errors) = await p.AddWaveAsync(id, input, ct);
            if (w is not null) return Results.Created($"/api/ms/waves/{w.Id}", await p.WaveAsync(w.Id, ct));
            return errors.All.ContainsKey("id") ? Results.NotFound() : errors.ToProblem();
        }).RequireAuthorization(Policies.MsPlan).WithSummary("A wave (批次) scored by a published model version");

        var waves = ms.MapGroup("/waves").RequireAuthorization(Policies.MsRead);
        waves.MapPost("/{id:int}/tasks", async (int id, TaskInput input, MsPlanning p, MsFieldwork f, CancellationToken ct) =>
        {
            var (t, warnings, errors) = await p.AddTaskAsync(id, input, ct);
            if (t is not null) return Results.Created($"/api/ms/tasks/{t.Id}", new TaskCreated((await f.TaskAsync(t.Id, ct))!, warnings));
            return errors.All.ContainsKey("id") ? Results.NotFound() : errors.ToProblem();
        }).RequireAuthorization(Policies.MsPlan).WithSummary("Assign a visit; refused on a declared conflict or within the lockout, warned when the shopper may be recognised");
        waves.MapGet("/{id:int}/summary", async (int id, MsReports r, CancellationToken ct) =>
            await r.WaveSummaryAsync(id, ct) is { } s ? Results.Ok(s) : Results.NotFound())
            .WithSummary("League table, dimension and post averages, most-failed items, change against the previous wave, grades, trend");
        waves.MapGet("/{id:int}/summary.xlsx", async (int id, MsReports r, CancellationToken ct) =>
            await r.WaveWorkbookAsync(id, ct) is { } file
                ? Results.File(file.Bytes, Xlsx, file.Name)
                : Results.NotFound());

        var tasks = ms.MapGroup("/tasks").RequireAuthorization(Policies.MsTasks);
        tasks.MapGet("/", ([AsParameters] TaskQuery q, MsFieldwork f, CancellationToken ct) => f.TasksAsync(q, ct))
            .WithSummary("Quality staff: all; a shopper: their own and the open ones the rules allow; others: published visits, alias only");
        tasks.MapGet("/{id:long}", async (long id, MsFieldwork f, CancellationToken ct) =>
            await f.DetailAsync(id, ct) is { } d ? Results.Ok(d) : Results.NotFound()).WithSummary("The task with its record, evidence, events, adjustments and current score");
        tasks.MapPost("/{id:long}/accept", async (long id, MsFieldwork f, CancellationToken ct) => await Done(await f.AcceptAsync(id, ct), f, id, ct))
            .RequireAuthorization(Policies.MsField);
        tasks.MapPost("/{id:long}/check-in", async (long id, CheckInInput input, MsFieldwork f, CancellationToken ct) =>
                await Done(await f.CheckInAsync(id, input, ct), f, id, ct))
            .RequireAuthorization(Policies.MsField).WithSummary("Position from the browser, time from the server; unusual check-ins are accepted and flagged");
        tasks.MapPut("/{id:long}/record", async (long id, RecordInput input, MsFieldwork f, CancellationToken ct) =>
                await Done(await f.SaveRecordAsync(id, input, ct), f, id, ct))
            .RequireAuthorization(Policies.MsField).WithSummary("The whole visit record as the shopper has it now (timeline, items, narrative, identity exposure)");
        tasks.MapPost("/{id:long}/evidence", async (long id, IFormFile? file, [FromForm] string? itemKey, MsFieldwork f,
            Microsoft.Extensions.Localization.IStringLocalizer l, CancellationToken ct) =>
        {
            if (file is null) return new FieldErrors(l).Add("file", "Err.Required", l["Field.File"]).ToProblem();
            await using var stream = file.OpenReadStream();
            var (evidence, result) = await f.AddEvidenceAsync(id, stream, file.FileName, itemKey, ct);
            return ServiceDeskApi.Failure(result) ?? Results.Created(evidence!.Url, evidence);
        }).RequireAuthorization(Policies.MsField).DisableAntiforgery().WithSummary("A photo, recording or video (multipart: file, itemKey); EXIF time and GPS are checked against the visit");
        tasks.MapPost("/{id:long}/submit", async (long id, SubmitInput? input, MsFieldwork f, CancellationToken ct) =>
                await Done(await f.SubmitAsync(id, input ?? new SubmitInput(null), ct), f, id, ct))
            .RequireAuthorization(Policies.MsField).WithSummary("Checked for completeness and vague words (ignoreVagueWords to keep them); late after 24 h");
        tasks.MapPost("/{id:long}/review", async (long id, ReviewInput input, MsFieldwork f, CancellationToken ct) =>
                await Done(await f.ReviewAsync(id, input, ct), f, id, ct))
            .RequireAuthorization(Policies.MsReview).WithSummary("decision Approve (fixes the scores and publishes) or Return (with a comment); adjustments need a reason");
        tasks.MapPost("/{id:long}/cancel", async (long id, CancelInput input, MsPlanning p, MsFieldwork f, CancellationToken ct) =>
                await Done(await p.CancelTaskAsync(id, input.Reason, ct), f, id, ct))
            .RequireAuthorization(Policies.MsPlan);
        ms.MapDelete("/evidence/{id:long}", async (long id, MsFieldwork f, CancellationToken ct) =>
                ServiceDeskApi.Failure(await f.RemoveEvidenceAsync(id, ct)) ?? Results.NoContent())
            .RequireAuthorization(Policies.MsField);
        ms.MapGet("/evidence/{id:long}", async (long id, MsFieldwork f, CancellationToken ct) =>
                await f.EvidenceFileAsync(id, ct) is { } file ? Results.File(file.Bytes, file.ContentType, file.Name) : Results.NotFound())
            .RequireAuthorization(Policies.MsTasks).WithSummary("The file; metadata removed for everyone but quality staff");

        var visits = ms.MapGroup("/visits").RequireAuthorization(Policies.MsRead);
        visits.MapGet("/{id:long}", async (long id, MsFieldwork f, CancellationToken ct) =>
            await f.DetailAsync(id, ct) is { Task.Status: TaskStatus.Published } d
                ? Results.Ok(new { d.Task, d.Score, d.Scenario, d.Items, d.Timing, d.Adjustments })
                : Results.NotFound()).WithSummary("A published visit's fixed scores (requirement 2) and final item results");
        visits.MapGet("/{id:long}/report", async (long id, MsReports r, CancellationToken ct) =>
            await r.VisitReportAsync(id, ct) is { } report ? Results.Ok(report) : Results.NotFound()).WithSummary("Facts → analysis → scores → suggestions");
        visits.MapGet("/{id:long}/report.xlsx", async (long id, MsReports r, CancellationToken ct) =>
                await r.VisitWorkbookAsync(id, ct) is { } file ? Results.File(file.Bytes, Xlsx, file.Name) : Results.NotFound())
            .WithSummary("The visit report as a workbook (alias only, like the report)");

        var findings = ms.MapGroup("/findings").RequireAuthorization(Policies.MsRead);
        findings.MapGet("/", ([AsParameters] FindingQuery q, FindingService s, CancellationToken ct) => s.ListAsync(q, ct));
        findings.MapGet("/{id:long}", async (long id, FindingService s, CancellationToken ct) =>
            await s.FindingAsync(id, ct) is { } x ? Results.Ok(x) : Results.NotFound());
        findings.MapPost("/{id:long}/plan", async (long id, PlanInput input, FindingService s, CancellationToken ct) =>
                ServiceDeskApi.Failure(await s.PlanAsync(id, input, ct)) ?? Results.Ok(await s.FindingAsync(id, ct)))
            .RequireAuthorization(Policies.MsRectify).WithSummary("Owner (staff of the project), due date, corrective action and expected effect");
        findings.MapPost("/{id:long}/complete", async (long id, CompleteInput input, FindingService s, CancellationToken ct) =>
                ServiceDeskApi.Failure(await s.CompleteAsync(id, input, ct)) ?? Results.Ok(await s.FindingAsync(id, ct)))
            .RequireAuthorization(Policies.MsRectify);
        findings.MapPost("/{id:long}/verify", async (long id, VerifyInput input, FindingService s, CancellationToken ct) =>
                ServiceDeskApi.Failure(await s.VerifyAsync(id, input, ct)) ?? Results.Ok(await s.FindingAsync(id, ct)))
            .RequireAuthorization(Policies.MsReview).WithSummary("passed=true verifies a completed finding; false reopens it with a note");

        ms.MapGet("/shoppers/performance", (MsReports r, CancellationToken ct) => r.ShopperPerformanceAsync(ct))
            .RequireAuthorization(Policies.MsPlan).WithSummary("On-time rate, return rate, adjustments per visit, identity exposures");
        ms.MapPost("/conflicts", async (ConflictInput input, MsPlanning p, CancellationToken ct) =>
                await p.DeclareConflictAsync(input, ct) is { Any: true } errors ? errors.ToProblem() : Results.NoContent())
            .RequireAuthorization(b => b.RequireRole(Roles.Shopper, Roles.Admin, Roles.QualityManager)).WithSummary("A shopper declares (or the planner records) that they live or work at a project");
    }

    public sealed record CancelInput(string? Reason);

    private static async Task<IResult> Done(DeskResult result, MsFieldwork f, long id, CancellationToken ct) =>
        ServiceDeskApi.Failure(result) ?? Results.Ok(await f.TaskAsync(id, ct));
}
