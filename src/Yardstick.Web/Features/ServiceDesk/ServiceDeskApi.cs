using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
using Yardstick.Web.Platform.Identity;
using Yardstick.Web.Platform.Web;

namespace Yardstick.Web.Features.ServiceDesk;

public static class ServiceDeskApi
{
    public static void MapServiceDeskApi(this IEndpointRouteBuilder app)
    {
        var orders = app.MapGroup("/api/work-orders").WithTags("Work orders").RequireAuthorization(Policies.ServiceDeskRead);

        orders.MapPost("/", async (WorkOrderInput input, ServiceDeskService desk, CancellationToken ct) =>
        {
            var (order, errors) = await desk.CreateAsync(input, ct);
            return errors.Any ? errors.ToProblem() : Results.Created($"/api/work-orders/{order!.Id}", await desk.GetAsync(order.Id, ct));
        }).RequireAuthorization(Policies.ServiceDeskWrite);

        orders.MapGet("/", ([AsParameters] WorkOrderQuery q, ServiceDeskService desk, CancellationToken ct) =>
            desk.ListAsync(new WorkOrderFilter(q.ProjectId, q.Type, q.Status, q.Category, q.Priority, q.Overdue, q.Open, q.Mine, q.Q, q.Page, q.PageSize), ct));

        orders.MapGet("/{id:long}", async (long id, ServiceDeskService desk, CancellationToken ct) =>
            await desk.GetAsync(id, ct) is { } o ? Results.Ok(o) : Results.NotFound());

        orders.MapGet("/{id:long}/duplicates", async (long id, ServiceDeskService desk, CancellationToken ct) =>
            await desk.DuplicatesOfAsync(id, ct) is { } list ? Results.Ok(list) : Results.NotFound());

        // Candidates while the intake form is being typed, before the order exists.
        orders.MapGet("/duplicates", (int projectId, Category? category, int? unitId, int? customerId, string? phone, ServiceDeskService desk, CancellationToken ct) =>
            desk.FindDuplicatesAsync(projectId, category, unitId, customerId, phone, null, ct)).RequireAuthorization(Policies.ServiceDeskWrite);

        orders.MapPost("/{id:long}/{action}", async (long id, string action, WorkOrderActionInput? input, ServiceDeskService desk, IStringLocalizer l, CancellationToken ct) =>
        {
            if (!Lifecycle.TryParse(action, out var a))
                return Results.Problem(title: l["Err.UnknownAction", action], statusCode: StatusCodes.Status404NotFound);
            return await ToHttp(await desk.ActAsync(id, a, input ?? new WorkOrderActionInput(), ct), desk, id, ct);
        }).WithSummary("dispatch, accept, start, hold, resume, hand-back, resolve, reopen, cancel, close");

        orders.MapPost("/{id:long}/reply", async (long id, ReplyInput input, ServiceDeskService desk, CancellationToken ct) =>
            await ToHttp(await desk.ReplyAsync(id, input, ct), desk, id, ct));

        orders.MapPost("/{id:long}/rating", async (long id, RatingInput input, ServiceDeskService desk, CancellationToken ct) =>
            await ToHttp(await desk.RateAsync(id, input, ct), desk, id, ct));

        orders.MapPost("/{id:long}/merge", async (long id, MergeInput input, ServiceDeskService desk, CancellationToken ct) =>
            await ToHttp(await desk.MergeAsync(id, input, ct), desk, id, ct));

        orders.MapPost("/{id:long}/classify", async (long id, ClassifyInput input, ServiceDeskService desk, CancellationToken ct) =>
            await ToHttp(await desk.ClassifyAsync(id, input, ct), desk, id, ct));

        orders.MapGet("/{id:long}/compensations", (long id, CompensationService comp, CancellationToken ct) =>
            comp.ListAsync(null, id, null, 1, Paging.MaxSize, ct));

        orders.MapPost("/{id:long}/compensations", async (long id, CompensationInput input, CompensationService comp, CancellationToken ct) =>
        {
            var (request, result) = await comp.RequestAsync(id, input, ct);
            return request is null ? Failure(result)! : Results.Created($"/api/compensations/{request.Id}", await comp.GetAsync(request.Id, ct));
        }).RequireAuthorization(Policies.ServiceDeskWrite).WithSummary("Apply a compensation option to a complaint (needs approval)");

        var kb = app.MapGroup("/api/knowledge-base").WithTags("Knowledge base").RequireAuthorization(Policies.ServiceDeskRead);
        kb.MapGet("/", (string? q, Category? category, bool? includeInactive, int? page, int? pageSize, KnowledgeBase articles, CancellationToken ct) =>
            articles.SearchAsync(q, category, includeInactive == true, page, pageSize, ct)).WithSummary("Substring search over question, answer and tags");
        kb.MapGet("/{id:int}", async (int id, KnowledgeBase articles, CancellationToken ct) =>
            await articles.GetAsync(id, ct) is { } a ? Results.Ok(a) : Results.NotFound());
        kb.MapPost("/", async (ArticleInput input, KnowledgeBase articles, CancellationToken ct) =>
        {
            var (article, errors, _) = await articles.SaveAsync(null, input, ct);
            return article is null ? errors.ToProblem() : Results.Created($"/api/knowledge-base/{article.Id}", article);
        }).RequireAuthorization(Policies.KnowledgeWrite).WithSummary("Create an article; vagueWords in the answer lists words to avoid");
        kb.MapPut("/{id:int}", async (int id, ArticleInput input, KnowledgeBase articles, CancellationToken ct) =>
        {
            var (article, errors, notFound) = await articles.SaveAsync(id, input, ct);
            return notFound ? Results.NotFound() : article is null ? errors.ToProblem() : Results.Ok(article);
        }).RequireAuthorization(Policies.KnowledgeWrite);

        var compensation = app.MapGroup("/api/compensations").WithTags("Compensation").RequireAuthorization(Policies.ServiceDeskWrite);
        compensation.MapGet("/options", (bool? includeInactive, CompensationService comp, CancellationToken ct) => comp.OptionsAsync(includeInactive == true, ct));
        compensation.MapPost("/options", async (OptionInput input, CompensationService comp, CancellationToken ct) =>
        {
            var (option, errors, _) = await comp.SaveOptionAsync(null, input, ct);
            return option is null ? errors.ToProblem() : Results.Created($"/api/compensations/options/{option.Id}", option);
        }).RequireAuthorization(Policies.CompensationWrite);
        compensation.MapPut("/options/{id:int}", async (int id, OptionInput input, CompensationService comp, CancellationToken ct) =>
        {
            var (option, errors, notFound) = await comp.SaveOptionAsync(id, input, ct);
            return notFound ? Results.NotFound() : option is null ? errors.ToProblem() : Results.Ok(option);
        }).RequireAuthorization(Policies.CompensationWrite);
        compensation.MapGet("/", (int? projectId, CompensationStatus? status, int? page, int? pageSize, CompensationService comp, CancellationToken ct) =>
            comp.ListAsync(projectId, null, status, page, pageSize, ct));
        compensation.MapPost("/{id:long}/{decision:regex(^(approve|reject)$)}", async (long id, string decision, CompensationDecisionInput? input,
            CompensationService comp, CancellationToken ct) =>
        {
            var result = await comp.DecideAsync(id, decision == "approve", input ?? new CompensationDecisionInput(null), ct);
            return Failure(result) ?? Results.Ok(await comp.GetAsync(id, ct));
        });

        var stats = app.MapGroup("/api/service-desk").WithTags("Service desk statistics").RequireAuthorization(Policies.ServiceDeskStats);
        stats.MapGet("/stats", async (int? projectId, DateOnly? from, DateOnly? to, DeskStats desk, CancellationToken ct) =>
        {
            var (result, errors) = await desk.ComputeAsync(projectId, from, to, ct);
            return result is null ? errors.ToProblem() : Results.Ok(result);
        }).WithSummary("Volumes, SLA shares, resolution times, FCR, repeat and reopen rates, rating and visit rates for a period (local dates)");
        stats.MapGet("/reports/monthly.xlsx", async (int? projectId, string? month, DeskStats desk, CancellationToken ct) =>
        {
            var (xlsx, name, errors) = await desk.MonthlyReportAsync(projectId, month, ct);
            return xlsx is null ? errors.ToProblem()
                : Results.File(xlsx, "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", name);
        }).WithSummary("月度投诉统计分析 for month=yyyy-MM");

        var projects = app.MapGroup("/api/projects").WithTags("Projects").RequireAuthorization(Policies.ServiceDeskRead);

        projects.MapGet("/{id:int}/sla-policy", async (int id, ServiceDeskService desk, CancellationToken ct) =>
            await desk.GetPolicyAsync(id, ct) is { } p ? Results.Ok(p) : Results.NotFound());

        projects.MapPut("/{id:int}/sla-policy", async (int id, SlaPolicyInput input, ServiceDeskService desk, CancellationToken ct) =>
        {
            if (await desk.GetPolicyAsync(id, ct) is null) return Results.NotFound();
            var errors = await desk.SavePolicyAsync(id, input.Rules, ct);
            return errors.Any ? errors.ToProblem() : Results.Ok(await desk.GetPolicyAsync(id, ct));
        }).RequireAuthorization(Policies.SlaPolicyWrite);
    }

    private static async Task<IResult> ToHttp(DeskResult result, ServiceDeskService desk, long id, CancellationToken ct) =>
        Failure(result) ?? Results.Ok(await desk.GetAsync(id, ct));

    /// <summary>The HTTP answer of a refused or invalid change; null when it succeeded.</summary>
    public static IResult? Failure(DeskResult result) => result.Outcome switch
    {
        DeskOutcome.Ok => null,
        DeskOutcome.NotFound => Results.NotFound(),
        DeskOutcome.Forbidden => Results.Forbid(),
        DeskOutcome.Conflict => Results.Problem(title: result.Message, statusCode: StatusCodes.Status409Conflict),
        _ => result.Errors!.ToProblem(),
    };

    public sealed record WorkOrderQuery(int? ProjectId, WorkOrderType? Type, WorkOrderStatus? Status, Category? Category, Priority? Priority,
        bool? Overdue, bool? Open, bool? Mine, string? Q, int? Page, int? PageSize);
}
