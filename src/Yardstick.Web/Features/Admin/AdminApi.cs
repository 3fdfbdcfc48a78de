using Microsoft.EntityFrameworkCore;
using Yardstick.Web.Platform.Data;
using Yardstick.Web.Platform.Identity;
using Yardstick.Web.Platform.Web;

namespace Yardstick.Web.Features.Admin;

public sealed record ResetPasswordRequest(string? NewPassword);

public static class AdminApi
{
    public static void MapAdminApi(this IEndpointRouteBuilder app)
    {
        var users = app.MapGroup("/api/users").WithTags("Users").RequireAuthorization(Policies.Admin);

        users.MapGet("/", (string? q, UserAdmin admin, CancellationToken ct) => admin.ListAsync(q, ct));

        users.MapGet("/{id:int}", async (int id, UserAdmin admin, CancellationToken ct) =>
            await admin.GetAsync(id, ct) is { } u ? Results.Ok(u) : Results.NotFound());

        users.MapPost("/", async (UserInput input, UserAdmin admin, CancellationToken ct) =>
        {
            var (user, errors) = await admin.SaveAsync(null, input, ct);
            return errors.Any ? errors.ToProblem() : Results.Created($"/api/users/{user!.Id}", user);
        });

        users.MapPut("/{id:int}", async (int id, UserInput input, UserAdmin admin, CancellationToken ct) =>
        {
            var (user, errors) = await admin.SaveAsync(id, input, ct);
            if (errors.Any) return errors.ToProblem();
            return user is null ? Results.NotFound() : Results.Ok(user);
        });

        users.MapPost("/{id:int}/reset-password", async (int id, ResetPasswordRequest input, UserAdmin admin, CancellationToken ct) =>
        {
            var errors = await admin.ResetPasswordAsync(id, input.NewPassword, ct);
            if (errors is null) return Results.NotFound();
            return errors.Any ? errors.ToProblem() : Results.NoContent();
        });

        app.MapGet("/api/audit", async (string? entity, string? entityId, string? user, DateTime? from, DateTime? to, int? page, int? pageSize,
            AppDbContext db, CancellationToken ct) =>
        {
            var (p, size) = Paging.Normalize(page, pageSize);
            var query = AuditQuery.Filter(db, entity, entityId, user, from, to);
            var total = await query.CountAsync(ct);
            var items = await query.OrderByDescending(a => a.Id).Skip((p - 1) * size).Take(size).ToListAsync(ct);
            return new Paged<Platform.Audit.AuditEntry>(items, total, p, size);
        }).WithTags("Audit").RequireAuthorization(Policies.Admin);
    }
}

public static class AuditQuery
{
    public static IQueryable<Platform.Audit.AuditEntry> Filter(AppDbContext db, string? entity, string? entityId, string? user, DateTime? from, DateTime? to)
    {
        var q = db.AuditEntries.AsNoTracking();
        if (!string.IsNullOrWhiteSpace(entity)) q = q.Where(a => a.Entity == entity.Trim());
        if (!string.IsNullOrWhiteSpace(entityId)) q = q.Where(a => a.EntityId == entityId.Trim());
        if (!string.IsNullOrWhiteSpace(user)) q = q.Where(a => a.UserName.Contains(user.Trim()));
        if (from is not null) q = q.Where(a => a.At >= DateTime.SpecifyKind(from.Value, DateTimeKind.Utc));
        if (to is not null) q = q.Where(a => a.At < DateTime.SpecifyKind(to.Value, DateTimeKind.Utc).AddDays(1));
        return q;
    }
}
