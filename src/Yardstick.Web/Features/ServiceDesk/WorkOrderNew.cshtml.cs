using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using Yardstick.Web.Features.Organization;
using Yardstick.Web.Platform.Files;
using Yardstick.Web.Platform.Identity;
using Yardstick.Web.Platform.Web;

namespace Yardstick.Web.Features.ServiceDesk;

/// <summary>The intake form (受理登记): one form for every channel and type.</summary>
[Authorize(Policy = Policies.ServiceDeskWrite)]
public sealed class WorkOrderNewModel(ServiceDeskService desk, OrganizationService org, FileStore files, IStringLocalizer l) : PageModel
{
    public const int MaxPhotos = 6;

    public sealed class Form
    {
        public int? ProjectId { get; set; }
        public Channel? Channel { get; set; } = ServiceDesk.Channel.Phone;
        public WorkOrderType? Type { get; set; }
        public RepairScope? RepairScope { get; set; }
        public Category? Category { get; set; }
        public Priority? Priority { get; set; } = ServiceDesk.Priority.Routine;
        public string? Description { get; set; }
        public string? UnitLabel { get; set; }
        public string? Location { get; set; }
        public int? CustomerId { get; set; }
        public string? CustomerName { get; set; }
        public string? CustomerPhone { get; set; }
        public DateTime? AppointmentAt { get; set; }
        public DateOnly? ContractStart { get; set; }
        public DateOnly? ContractEnd { get; set; }
        public ComplaintNature? Nature { get; set; }
        public CommunicativeKind? CommunicativeKind { get; set; }
        public Severity? Severity { get; set; }
        public string? AccusedDepartment { get; set; }
        public string? Demand { get; set; }
        public string? AnsweredNow { get; set; }
        public int? ArticleId { get; set; }
    }

    [BindProperty] public Form Input { get; set; } = new();
    [BindProperty] public List<IFormFile> Photos { get; set; } = [];
    public List<ProjectDto> Projects { get; private set; } = [];

    public async Task OnGetAsync(int? projectId)
    {
        Projects = await org.ListProjectsAsync();
        Input.ProjectId = projectId ?? (Projects.Count == 1 ? Projects[0].Id : null);
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        Projects = await org.ListProjectsAsync(ct);
        if (ModelState.HasBindingErrors(l)) return Page();
        if (Photos.Count > MaxPhotos)
        {
            ModelState.AddModelError(nameof(Photos), l["Err.TooManyPhotos", MaxPhotos]);
            return Page();
        }
        // An appointment typed on the page is China local time (datetime-local has no zone).
        var appointment = Input.AppointmentAt is DateTime local && Input.ProjectId is int pid
            && await org.LoadCalendarAsync(pid, ct) is { } cal ? cal.ToUtc(local) : (DateTime?)null;

        // Photos are checked before anything is saved, so a bad photo leaves neither an order nor stray files.
        var photos = Photos.Where(p => p.Length > 0).ToList();
        foreach (var photo in photos)
        {
            var head = new byte[32];
            await using (var peek = photo.OpenReadStream()) await peek.ReadAtLeastAsync(head, head.Length, throwOnEndOfStream: false, ct);
            if (photo.Length > files.MaxBytes || FileSniffer.Sniff(head) is not { ContentType: var type } || !type.StartsWith("image/", StringComparison.Ordinal))
            {
                ModelState.AddModelError(nameof(Photos), l["Err.PhotoRejected", photo.FileName, files.MaxBytes / 1024 / 1024]);
                return Page();
            }
        }
        var (order, errors) = await desk.CreateAsync(new WorkOrderInput(
            Input.ProjectId, Input.Type, Input.Channel, Input.Category, Input.Priority, Input.Description,
            null, Input.UnitLabel, Input.Location, Input.CustomerId, Input.CustomerName, Input.CustomerPhone,
            Input.RepairScope, appointment, Input.ContractStart, Input.ContractEnd,
            Input.Nature, Input.CommunicativeKind, Input.Severity, Input.AccusedDepartment, null, Input.Demand,
            null, Input.AnsweredNow, Input.ArticleId), ct);
        if (errors.Any)
        {
            errors.CopyTo(ModelState);
            return Page();
        }
        foreach (var photo in photos)
        {
            await using var stream = photo.OpenReadStream();
            var (stored, _) = await files.SaveAsync(stream, photo.FileName, order!.ProjectId, ct);
            if (stored is not null) await desk.AttachPhotoAsync(order.Id, stored.Id, ct);
        }
        TempData["Flash"] = l["Desk.Created", order!.Number].Value;
        return Redirect($"/work-orders/{order.Id}");
    }
}
