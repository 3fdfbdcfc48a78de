using System.Threading.RateLimiting;
using Microsoft.AspNetCore.RateLimiting;
using Yardstick.Web.Features.ServiceDesk;
using Yardstick.Web.Platform.Identity;

namespace Yardstick.Web.Features.Surveys;

public static class SurveyApi
{
    public const string PublicRateLimit = "public-survey";
    public const string DeviceCookie = "ys.device";

    /// <summary>
    /// The public survey endpoints are limited per network address (token guessing, scripted answers) and per address and
    /// token (a stuck page retrying). A housing estate behind one address still has room for its households.
    /// </summary>
    public static void AddSurveyRateLimits(this IServiceCollection services, IConfiguration config)
    {
        var perAddress = config.GetValue("Surveys:PublicRequestsPerMinute", 600);
        var perToken = config.GetValue("Surveys:PublicRequestsPerMinutePerLink", 60);
        services.AddRateLimiter(o =>
        {
            o.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            o.AddPolicy(PublicRateLimit, ctx =>
            {
                var address = ctx.Connection.RemoteIpAddress?.ToString() ?? "-";
                return RateLimitPartition.GetFixedWindowLimiter(address, _ => new FixedWindowRateLimiterOptions
                {
                    PermitLimit = perAddress, Window = TimeSpan.FromMinutes(1), QueueLimit = 0,
                });
            });
            o.GlobalLimiter = PartitionedRateLimiter.Create<HttpContext, string>(ctx =>
                ctx.Request.Path.StartsWithSegments("/api/public/surveys") || ctx.Request.Path.StartsWithSegments("/s")
                    ? RateLimitPartition.GetFixedWindowLimiter($"{ctx.Connection.RemoteIpAddress}|{ctx.Request.Path}", _ => new FixedWindowRateLimiterOptions
                    {
                        PermitLimit = perToken, Window = TimeSpan.FromMinutes(1), QueueLimit = 0,
                    })
                    : RateLimitPartition.GetNoLimiter(""));
        });
    }

    public static void MapSurveyApi(this IEndpointRouteBuilder app)
    {
        var templates = app.MapGroup("/api/survey-templates").WithTags("Surveys").RequireAuthorization(Policies.SurveysRead);
        templates.MapGet("/", (SurveyService s, CancellationToken ct) => s.TemplatesAsync(ct)).WithSummary("Questionnaire versions, newest first per key");
        templates.MapGet("/{id:int}", async (int id, SurveyService s, CancellationToken ct) =>
            await s.TemplateAsync(id, ct) is { } t ? Results.Ok(t) : Results.NotFound()).WithSummary("A questionnaire with its question ids and option keys");
        templates.MapPost("/", async (TemplateInput input, SurveyService s, CancellationToken ct) =>
        {
            var (t, errors) = await s.SaveTemplateAsync(input, ct);
            return t is null ? errors.ToProblem() : Results.Created($"/api/survey-templates/{t.Id}", t);
        }).RequireAuthorization(Policies.SurveysPlan).WithSummary("A new questionnaire, or the next version of the one with the same key");

        var campaigns = app.MapGroup("/api/survey-campaigns").WithTags("Surveys").RequireAuthorization(Policies.SurveysRead);
        campaigns.MapGet("/", (SurveyService s, CancellationToken ct) => s.CampaignsAsync(ct));
        campaigns.MapPost("/", async (CampaignInput input, SurveyService s, CancellationToken ct) =>
        {
            var (c, errors) = await s.CreateCampaignAsync(input, ct);
            return c is null ? errors.ToProblem() : Results.Created($"/api/survey-campaigns/{c.Id}", await s.CampaignAsync(c.Id, ct));
        }).RequireAuthorization(Policies.SurveysPlan).WithSummary("Plan a campaign (调查策划); nothing is sent until it is launched");
        campaigns.MapGet("/{id:int}", async (int id, SurveyService s, CancellationToken ct) =>
            await s.CampaignAsync(id, ct) is { } c ? Results.Ok(c) : Results.NotFound()).WithSummary("Plan, progress by project, building and surveyor");
        campaigns.MapPost("/{id:int}/launch", async (int id, SurveyService s, CancellationToken ct) =>
                await Done(await s.LaunchAsync(id, ct), s, id, ct))
            .RequireAuthorization(Policies.SurveysPlan).WithSummary("Draw the sample and create one invitation (link + QR token) per household");
        campaigns.MapPost("/{id:int}/close", async (int id, SurveyService s, CancellationToken ct) => await Done(await s.CloseAsync(id, ct), s, id, ct))
            .RequireAuthorization(Policies.SurveysPlan);
        campaigns.MapGet("/{id:int}/invitations", async (int id, [AsParameters] InvitationQuery q, SurveyService s, HttpContext http, CancellationToken ct) =>
                await s.InvitationsAsync(id, q, BaseUrl(http), ct) is { } page
                    ? Results.Ok(page) : Results.NotFound())
            .RequireAuthorization(Policies.SurveysCollect).WithSummary("Sampled households; answered=false lists those to call");
        campaigns.MapPost("/{id:int}/responses", async (int id, StaffResponseInput input, SurveyService s, CancellationToken ct) =>
        {
            var (r, errors, conflict) = await s.EnterAsync(id, input, ct);
            if (r is not null) return Results.Created($"/api/survey-responses/{r.Id}", await s.ResponseAsync(r.Id, ct));
            if (errors.All.ContainsKey("id")) return Results.NotFound();
            return conflict || errors.All.ContainsKey("status") ? Results.Problem(title: errors.Summary, statusCode: StatusCodes.Status409Conflict) : errors.ToProblem();
        }).RequireAuthorization(Policies.SurveysCollect).WithSummary("A paper form or a phone interview entered by staff");
        campaigns.MapPost("/{id:int}/audit-sample", async (int id, SurveyService s, CancellationToken ct) =>
        {
            var (sample, errors) = await s.DrawAuditSampleAsync(id, ct);
            return sample is not null ? Results.Ok(sample) : errors.All.ContainsKey("id") ? Results.NotFound() : errors.ToProblem();
        }).RequireAuthorization(Policies.SurveysPlan).WithSummary("Draw 5 % (at least one) of each project's staff-collected responses for re-verification");
        campaigns.MapGet("/{id:int}/audit-sample", async (int id, SurveyService s, CancellationToken ct) =>
            await s.CampaignHeadAsync(id, ct) is null ? Results.NotFound() : Results.Ok(await s.ReviewItemsAsync(id, audit: true, ct)))
            .RequireAuthorization(Policies.SurveysPlan);
        campaigns.MapGet("/{id:int}/flagged", async (int id, SurveyService s, CancellationToken ct) =>
            await s.CampaignHeadAsync(id, ct) is null ? Results.NotFound() : Results.Ok(await s.ReviewItemsAsync(id, audit: false, ct)))
            .RequireAuthorization(Policies.SurveysPlan).WithSummary("Responses flagged too fast, straight-lined or from one source");
        campaigns.MapGet("/{id:int}/results", async (int id, int? projectId, SurveyResults r, CancellationToken ct) =>
        {
            var (results, errors) = await r.ResultsAsync(id, projectId, ct);
            return results is not null ? Results.Ok(results) : errors.Any ? errors.ToProblem() : Results.NotFound();
        }).WithSummary("Satisfaction rate, CSI, NPS, recovery, sections, questions, Kano, IPA, previous campaign, league, buildings");
        campaigns.MapGet("/{id:int}/comments", async (int id, int? projectId, int? take, SurveyResults r, CancellationToken ct) =>
            await r.CommentsAsync(id, projectId, take ?? 200, ct) is { } list ? Results.Ok(list) : Results.NotFound());
        campaigns.MapGet("/{id:int}/export.xlsx", async (int id, SurveyExport export, CancellationToken ct) =>
            await export.WorkbookAsync(id, ct) is { } file
                ? Results.File(file.Bytes, "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", file.Name)
                : Results.NotFound()).WithSummary("汇总表 and raw responses");
        campaigns.MapGet("/{id:int}/responses.csv", async (int id, SurveyExport export, CancellationToken ct) =>
            await export.CsvAsync(id, ct) is { } file ? Results.File(file.Bytes, "text/csv; charset=utf-8", file.Name) : Results.NotFound())
            .WithSummary("Raw responses, UTF-8 with BOM");

        var responses = app.MapGroup("/api/survey-responses").WithTags("Surveys").RequireAuthorization(Policies.SurveysCollect);
        responses.MapGet("/{id:long}", async (long id, SurveyService s, CancellationToken ct) =>
            await s.ResponseAsync(id, ct) is { } r ? Results.Ok(r) : Results.NotFound());
        responses.MapPost("/{id:long}/audit", async (long id, AuditInput input, SurveyService s, CancellationToken ct) =>
                ServiceDeskApi.Failure(await s.AuditAsync(id, input, ct)) ?? Results.Ok(await s.ResponseAsync(id, ct)))
            .RequireAuthorization(Policies.SurveysPlan).WithSummary("Verified or Fraudulent after the phone re-check; fraud is excluded from every measure");
        responses.MapPost("/{id:long}/flag-decision", async (long id, FlagDecisionInput input, SurveyService s, CancellationToken ct) =>
                ServiceDeskApi.Failure(await s.DecideFlagAsync(id, input, ct)) ?? Results.Ok(await s.ResponseAsync(id, ct)))
            .RequireAuthorization(Policies.SurveysPlan).WithSummary("Keep or exclude a flagged response, with the reason");

        app.MapPost("/api/survey-invitations/{id:long}/not-delivered", async (long id, NotDeliveredInput input, SurveyService s, CancellationToken ct) =>
        {
            var errors = await s.SetNotDeliveredAsync(id, input.Reason, ct);
            return !errors.Any ? Results.NoContent() : errors.All.ContainsKey("id") && errors.All.Count == 1 ? Results.NotFound() : errors.ToProblem();
        }).WithTags("Surveys").RequireAuthorization(Policies.SurveysCollect).WithSummary("The form could not be handed over (reason), or empty to undo");

        var open = app.MapGroup("/api/public/surveys/{token}").WithTags("Surveys (public)").AllowAnonymous().RequireRateLimiting(PublicRateLimit);
        open.MapGet("/", async (string token, PublicSurveyService s, CancellationToken ct) =>
        {
            var survey = await s.OpenAsync(token, ct);
            return survey.State == PublicSurveyState.Unknown ? Results.NotFound(survey) : Results.Ok(survey);
        }).WithSummary("The questionnaire of an invitation, its state and any saved answers");
        open.MapPut("/draft", async (string token, PublicResponseInput input, PublicSurveyService s, CancellationToken ct) =>
            ToHttp(await s.SaveDraftAsync(token, input, ct))).WithSummary("Answers so far (resumable)");
        open.MapPost("/responses", async (string token, PublicResponseInput input, PublicSurveyService s, HttpContext http, CancellationToken ct) =>
                ToHttp(await s.SubmitAsync(token, input, http.Connection.RemoteIpAddress?.ToString(), http.Request.Cookies[DeviceCookie], ct)))
            .WithSummary("Submit once: { answers: [ { questionId, value } ] }");
    }

    private static IResult ToHttp(PublicSurveyService.Submission s) => s.Status switch
    {
        200 => Results.Ok(new { ok = true }),
        400 => s.Errors!.ToProblem(),
        _ => Results.Problem(title: s.Title, statusCode: s.Status),
    };

    private static async Task<IResult> Done(Platform.Web.FieldErrors errors, SurveyService s, int id, CancellationToken ct) =>
        !errors.Any ? Results.Ok(await s.CampaignAsync(id, ct))
        : errors.All.ContainsKey("id") ? Results.NotFound()
        : errors.ToProblem();

    public static string BaseUrl(HttpContext http) => $"{http.Request.Scheme}://{http.Request.Host}{http.Request.PathBase}";
}
