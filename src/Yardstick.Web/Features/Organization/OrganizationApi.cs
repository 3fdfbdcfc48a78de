using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Yardstick.Insight;
using Yardstick.Web.Platform.Identity;
using Yardstick.Web.Platform.Web;

namespace Yardstick.Web.Features.Organization;

public static class OrganizationApi
{
    public static void MapOrganizationApi(this IEndpointRouteBuilder app)
    {
        var projects = app.MapGroup("/api/projects").WithTags("Projects").RequireAuthorization();

        projects.MapGet("/", (OrganizationService org, CancellationToken ct) => org.ListProjectsAsync(ct));

        projects.MapGet("/{id:int}", async Task<Results<Ok<ProjectDto>, NotFound>> (int id, OrganizationService org, CancellationToken ct) =>
            await org.GetProjectAsync(id, ct) is { } p ? TypedResults.Ok(p) : TypedResults.NotFound());

        projects.MapPost("/", async (ProjectInput input, OrganizationService org, CancellationToken ct) =>
        {
            var (project, errors) = await org.SaveProjectAsync(null, input, ct);
            return errors.Any ? errors.ToProblem() : Results.Created($"/api/projects/{project!.Id}", await org.GetProjectAsync(project.Id, ct));
        }).RequireAuthorization(Policies.ProjectsWrite);

        projects.MapPut("/{id:int}", async (int id, ProjectInput input, OrganizationService org, CancellationToken ct) =>
        {
            var (project, errors) = await org.SaveProjectAsync(id, input, ct);
            if (project is null) return Results.NotFound();
            return errors.Any ? errors.ToProblem() : Results.Ok(await org.GetProjectAsync(id, ct));
        }).RequireAuthorization(Policies.ProjectsWrite);

        projects.MapGet("/{id:int}/buildings", async (int id, OrganizationService org, CancellationToken ct) =>
            await org.GetProjectAsync(id, ct) is null ? Results.NotFound() : Results.Ok(await org.ListBuildingsAsync(id, ct)));

        projects.MapPost("/{id:int}/buildings", async (int id, BuildingInput input, OrganizationService org, CancellationToken ct) =>
        {
            if (await org.GetProjectAsync(id, ct) is null) return Results.NotFound();
            var (b, errors) = await org.AddBuildingAsync(id, input, ct);
            return errors.Any ? errors.ToProblem()
                : Results.Created($"/api/projects/{id}/buildings", new BuildingDto(b!.Id, id, b.Code, b.Name, b.Floors, 0));
        }).RequireAuthorization(Policies.StructureWrite);

        projects.MapGet("/{id:int}/units", async (int id, int? buildingId, string? q, int? page, int? pageSize, OrganizationService org, CancellationToken ct) =>
            await org.GetProjectAsync(id, ct) is null ? Results.NotFound() : Results.Ok(await org.ListUnitsAsync(id, buildingId, q, page, pageSize, ct)));

        projects.MapPost("/{id:int}/units", async (int id, UnitInput input, OrganizationService org, CancellationToken ct) =>
        {
            if (await org.GetProjectAsync(id, ct) is null) return Results.NotFound();
            var (u, errors) = await org.AddUnitAsync(id, input, ct);
            return errors.Any ? errors.ToProblem()
                : Results.Created($"/api/projects/{id}/units", new UnitDto(u!.Id, id, u.BuildingId, u.Label, u.Entrance, u.Room, u.Floor, u.FloorArea, u.IsOccupied));
        }).RequireAuthorization(Policies.StructureWrite);

        projects.MapPost("/{id:int}/units/generate", async (int id, UnitBatchInput input, OrganizationService org, CancellationToken ct) =>
        {
            if (await org.GetProjectAsync(id, ct) is null) return Results.NotFound();
            var (created, errors) = await org.GenerateUnitsAsync(id, input, ct);
            return errors.Any ? errors.ToProblem() : Results.Ok(new { created });
        }).RequireAuthorization(Policies.StructureWrite);

        projects.MapGet("/{id:int}/calendar", async (int id, OrganizationService org, CancellationToken ct) =>
            await org.GetCalendarAsync(id, ct) is { } c ? Results.Ok(c) : Results.NotFound());

        projects.MapPut("/{id:int}/calendar", async (int id, CalendarDto input, OrganizationService org, CancellationToken ct) =>
        {
            if (await org.GetProjectAsync(id, ct) is null) return Results.NotFound();
            var errors = await org.SaveCalendarAsync(id, input.WorkingDays, input.WorkdayStart, input.WorkdayEnd, input.Days, ct);
            return errors.Any ? errors.ToProblem() : Results.Ok(await org.GetCalendarAsync(id, ct));
        }).RequireAuthorization(Policies.StructureWrite);

        projects.MapPost("/{id:int}/calendar/ics", async (int id, IFormFile file, OrganizationService org, CancellationToken ct) =>
        {
            if (await org.GetProjectAsync(id, ct) is null) return Results.NotFound();
            var (days, errors) = await org.ImportIcsAsync(id, TextFiles.ReadAll(file.OpenReadStream()), ct);
            return errors.Any ? errors.ToProblem() : Results.Ok(new { days });
        }).RequireAuthorization(Policies.StructureWrite).DisableAntiforgery();

        var customers = app.MapGroup("/api/customers").WithTags("Customers").RequireAuthorization(Policies.CustomersRead);

        customers.MapGet("/", (int? projectId, string? q, int? page, int? pageSize, OrganizationService org, ICurrentUser user, CancellationToken ct) =>
            org.ListCustomersAsync(projectId, q, page, pageSize, user.CanSeeFullPhones(), ct));

        customers.MapGet("/{id:int}", async (int id, OrganizationService org, ICurrentUser user, CancellationToken ct) =>
            await org.GetCustomerAsync(id, user.CanSeeFullPhones(), ct) is { } c ? Results.Ok(c) : Results.NotFound());

        customers.MapPost("/", async (CustomerInput input, OrganizationService org, ICurrentUser user, CancellationToken ct) =>
        {
            var (c, errors) = await org.AddCustomerAsync(input, ct);
            return errors.Any ? errors.ToProblem() : Results.Created($"/api/customers/{c!.Id}", await org.GetCustomerAsync(c.Id, user.CanSeeFullPhones(), ct));
        }).RequireAuthorization(Policies.CustomersWrite);

        customers.MapPost("/import", async ([FromForm] int? projectId, IFormFile? file, OrganizationService org, CustomerImport import,
            Microsoft.Extensions.Localization.IStringLocalizer l, CancellationToken ct) =>
        {
            var errors = new FieldErrors(l);
            if (file is null) errors.Add("file", "Err.Required", l["Field.File"]);
            if (projectId is null) errors.Add("projectId", "Err.Required", l["Field.Project"]);
            if (errors.Any) return errors.ToProblem();
            if (await org.GetProjectAsync(projectId!.Value, ct) is null) return Results.NotFound();
            await using var stream = file!.OpenReadStream();
            var result = await import.ImportAsync(projectId.Value, file.FileName, stream, ct);
            if (result.Errors.Count == 0) return Results.Ok(new { imported = result.Imported });
            return Results.Problem(title: l["Import.Failed", result.Errors.Count], statusCode: 400,
                extensions: new Dictionary<string, object?> { ["rows"] = result.Errors });
        }).RequireAuthorization(Policies.CustomersWrite).DisableAntiforgery();

        customers.MapGet("/import/template", (string? format) => format == "csv"
            ? Results.File(System.Text.Encoding.UTF8.GetBytes(CustomerImport.TemplateCsv()), "text/csv", "customer-import-template.csv")
            : Results.File(CustomerImport.TemplateXlsx(), "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "customer-import-template.xlsx"));

        var staff = app.MapGroup("/api/staff").WithTags("Staff").RequireAuthorization(Policies.StaffRead);

        staff.MapGet("/", (int? projectId, StaffPost? post, string? q, int? page, int? pageSize, OrganizationService org, ICurrentUser user, CancellationToken ct) =>
            org.ListStaffAsync(projectId, post, q, page, pageSize, user.CanSeeFullPhones(), ct));

        staff.MapPost("/", async (StaffInput input, OrganizationService org, ICurrentUser user, CancellationToken ct) =>
        {
            var (s, errors) = await org.AddStaffAsync(input, ct);
            return errors.Any ? errors.ToProblem()
                : Results.Created($"/api/staff/{s!.Id}", new StaffDto(s.Id, s.ProjectId, s.Name, s.Post, s.Department,
                    user.CanSeeFullPhones() ? s.Phone : PhoneMask.Mask(s.Phone), s.UserId, s.IsActive));
        }).RequireAuthorization(Policies.StaffWrite);
    }
}
