using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Yardstick.Web.Platform.Data;
using Yardstick.Web.Platform.Files;
using Yardstick.Web.Platform.Identity;
using Yardstick.Web.Platform.Notifications;

namespace Yardstick.Web.Platform.Web;

public sealed record FileDto(Guid Id, int? ProjectId, string FileName, string ContentType, long Size, string Sha256,
    DateTime UploadedAt, DateTime? TakenAt, double? Latitude, double? Longitude)
{
    public static FileDto From(StoredFile f) => new(f.Id, f.ProjectId, f.FileName, f.ContentType, f.Size, f.Sha256, f.UploadedAt, f.TakenAt, f.Latitude, f.Longitude);
}

public static class PlatformApi
{
    public static void MapPlatformApi(this IEndpointRouteBuilder app)
    {
        var files = app.MapGroup("/api/files").WithTags("Files").RequireAuthorization();

        files.MapPost("/", async ([FromForm] int? projectId, IFormFile? file, FileStore store,
            Microsoft.Extensions.Localization.IStringLocalizer l, CancellationToken ct) =>
        {
            if (file is null) return new FieldErrors(l).Add("file", "Err.Required", l["Field.File"]).ToProblem();
            await using var stream = file.OpenReadStream();
            var (stored, errors) = await store.SaveAsync(stream, file.FileName, projectId, ct);
            return errors.Any ? errors.ToProblem() : Results.Created($"/api/files/{stored!.Id}", FileDto.From(stored));
        }).DisableAntiforgery();

        files.MapGet("/{id:guid}", async (Guid id, FileStore store, CancellationToken ct) =>
            await store.FindAsync(id, ct) is { } f ? Results.Ok(FileDto.From(f)) : Results.NotFound());

        files.MapGet("/{id:guid}/content", async (Guid id, FileStore store, CancellationToken ct) =>
            await store.FindAsync(id, ct) is { } f
                ? Results.File(store.Open(f), f.ContentType, f.FileName, enableRangeProcessing: true)
                : Results.NotFound());

        var notes = app.MapGroup("/api/notifications").WithTags("Notifications").RequireAuthorization();

        notes.MapGet("/", async (NotificationService n, CancellationToken ct) =>
            new { unread = await n.UnreadCountAsync(ct), items = await n.ListAsync(50, ct) });

        notes.MapPost("/{id:long}/read", async (long id, NotificationService n, CancellationToken ct) =>
            await n.MarkReadAsync(id, ct) ? Results.NoContent() : Results.NotFound());

        notes.MapPost("/read-all", async (NotificationService n, CancellationToken ct) =>
        {
            await n.MarkReadAsync(null, ct);
            return Results.NoContent();
        });

        // Lets an operator check a project's WeCom robot right after configuring it.
        app.MapPost("/api/projects/{id:int}/webhook-test", async (int id, AppDbContext db, NotificationService n,
            Microsoft.Extensions.Localization.IStringLocalizer l, CancellationToken ct) =>
        {
            var project = await db.Projects.AsNoTracking().FirstOrDefaultAsync(p => p.Id == id, ct);
            if (project is null) return Results.NotFound();
            if (string.IsNullOrWhiteSpace(project.WeComWebhookUrl))
                return new FieldErrors(l).Add("weComWebhookUrl", "Err.NoWebhook").ToProblem();
            n.QueueWebhook(id, project.WeComWebhookUrl, l["Webhook.TestMessage", project.Name]);
            await db.SaveChangesAsync(ct);
            return Results.Accepted();
        }).WithTags("Projects").RequireAuthorization(Policies.StructureWrite);

        app.MapGet("/healthz", async (AppDbContext db, CancellationToken ct) =>
            await db.Database.CanConnectAsync(ct)
                ? Results.Ok(new { status = "healthy", database = db.Database.ProviderName })
                : Results.Problem(title: "database unreachable", statusCode: 503)).AllowAnonymous().ExcludeFromDescription();
    }
}
