using Yardstick.Web.Features.ServiceDesk;
using Yardstick.Web.Platform.Identity;

namespace Yardstick.Web.Features.ReturnVisits;

public static class ReturnVisitApi
{
    public static void MapReturnVisitApi(this IEndpointRouteBuilder app)
    {
        var visits = app.MapGroup("/api/return-visits").WithTags("Return visits").RequireAuthorization(Policies.ReturnVisitsRead);

        visits.MapGet("/", ([AsParameters] VisitQuery q, ReturnVisitService service, CancellationToken ct) =>
            service.ListAsync(new VisitFilter(q.ProjectId, q.Status, q.Mine, q.NeedsDecision, q.Reason, q.WorkOrderId, q.Page, q.PageSize), ct))
            .WithSummary("Visit tasks; status Pending, Due, Overdue, Done (or Cancelled)");

        visits.MapGet("/{id:long}", async (long id, ReturnVisitService service, CancellationToken ct) =>
            await service.GetAsync(id, ct) is { } v ? Results.Ok(v) : Results.NotFound());

        visits.MapGet("/stats", async (int? projectId, DateOnly? from, DateOnly? to, ReturnVisitService service, CancellationToken ct) =>
        {
            var (stats, errors) = await service.StatsAsync(projectId, from, to, ct);
            return stats is null ? errors.ToProblem() : Results.Ok(stats);
        });

        visits.MapPost("/{id:long}/complete", async (long id, CompleteVisitInput input, ReturnVisitService service, CancellationToken ct) =>
            await ToHttp(await service.CompleteAsync(id, input, ct), service, id, ct)).RequireAuthorization(Policies.ReturnVisitsWrite);

        visits.MapPost("/{id:long}/decision", async (long id, DecideVisitInput input, ReturnVisitService service, CancellationToken ct) =>
            await ToHttp(await service.DecideAsync(id, input, ct), service, id, ct)).RequireAuthorization(Policies.ReturnVisitsWrite);

        visits.MapPost("/{id:long}/assign", async (long id, AssignVisitInput input, ReturnVisitService service, CancellationToken ct) =>
            await ToHttp(await service.AssignAsync(id, input, ct), service, id, ct)).RequireAuthorization(Policies.ReturnVisitsWrite);

        visits.MapPost("/letters", async (OpenLetterInput input, ReturnVisitService service, CancellationToken ct) =>
        {
            var (letter, errors) = await service.SendLetterAsync(input, ct);
            return letter is null ? errors.ToProblem() : Results.Ok(new { letter.Id, letter.Title, VisitIds = input.VisitIds });
        }).RequireAuthorization(Policies.ReturnVisitsWrite).WithSummary("An open letter (公开信) completing several visit tasks");

        visits.MapPost("/sample", async (SampleInput input, ReturnVisitService service, CancellationToken ct) =>
        {
            var (result, errors) = await service.SampleAsync(input, ct);
            return result is null ? errors.ToProblem() : Results.Ok(result);
        }).RequireAuthorization(Policies.ReturnVisitPlan).WithSummary("Draw a month's 5 % repair spot-check sample (idempotent)");
    }

    private static async Task<IResult> ToHttp(DeskResult result, ReturnVisitService service, long id, CancellationToken ct) =>
        ServiceDeskApi.Failure(result) ?? Results.Ok(await service.GetAsync(id, ct));

    public sealed record VisitQuery(int? ProjectId, VisitStatus? Status, bool? Mine, bool? NeedsDecision, VisitReason? Reason, long? WorkOrderId,
        int? Page, int? PageSize);
}
