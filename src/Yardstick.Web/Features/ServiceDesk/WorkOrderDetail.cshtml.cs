using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Yardstick.Web.Features.Organization;
using Yardstick.Web.Platform.Data;
using Yardstick.Web.Platform.Files;
using Yardstick.Web.Platform.Identity;
using Yardstick.Web.Platform.Web;

namespace Yardstick.Web.Features.ServiceDesk;

/// <summary>One order: its facts, SLA clocks, timeline, and the actions its state and the user's role allow.</summary>
[Authorize(Policy = Policies.ServiceDeskRead)]
public sealed class WorkOrderDetailModel(ServiceDeskService desk, ReturnVisits.ReturnVisitService visits, CompensationService compensation, AppDbContext db,
    FileStore files, Insight.InsightService insight, ICurrentUser me, TimeProvider clock, IStringLocalizer l) : PageModel
{
    public WorkOrderDto Order { get; private set; } = null!;
    public List<(int Id, string Name)> Assignees { get; private set; } = [];
    public List<string> Departments { get; private set; } = [];
    public List<DuplicateDto> Duplicates { get; private set; } = [];
    public DateTime Now { get; private set; }
    public List<ReturnVisits.VisitListItem> Visits { get; private set; } = [];
    public List<CompensationDto> Compensations { get; private set; } = [];
    public List<OptionDto> CompensationOptions { get; private set; } = [];
    /// <summary>What text insight read in the description at intake: why a red notice led here.</summary>
    public Insight.InsightAlertDto? Insight { get; private set; }
    /// <summary>What the customer's rating comment read as, when they left one.</summary>
    public Insight.InsightAlertDto? RatingInsight { get; private set; }
    public bool IsDesk => Lifecycle.IsDesk(me);
    public bool CanReply => (IsDesk || Order.ReceiverId == me.UserId) && Order.Status != WorkOrderStatus.Cancelled && Order.MasterId is null;
    public bool CanAddPhotos => IsDesk || (Order.AssigneeId is not null && Order.AssigneeId == me.UserId);

    public async Task<IActionResult> OnGetAsync(long id, CancellationToken ct)
    {
        if (await desk.GetAsync(id, ct) is not { } order) return NotFound();
        Order = order;
        Now = clock.GetUtcNow().UtcDateTime;
        if (Order.Actions.Contains("dispatch"))
        {
            var ids = await ServiceDeskService.UsersInRoleAsync(db, Roles.Technician, order.ProjectId, ct);
            Assignees = (await db.Users.AsNoTracking().Where(u => ids.Contains(u.Id)).OrderBy(u => u.DisplayName).Select(u => new { u.Id, u.DisplayName }).ToListAsync(ct))
                .Select(u => (u.Id, u.DisplayName)).ToList();
            Departments = await db.Staff.AsNoTracking().Where(s => s.ProjectId == order.ProjectId && s.IsActive && s.Department != "")
                .Select(s => s.Department).Distinct().OrderBy(d => d).ToListAsync(ct);
        }
        if (IsDesk && Order.MasterId is null) Duplicates = await desk.DuplicatesOfAsync(id, ct) ?? [];
        if (Policies.RolesByPolicy[Policies.InsightRead].Any(me.IsInRole))
        {
            Insight = await insight.OfAsync(Features.Insight.TextInsight.WorkOrderSource, id, ct);
            RatingInsight = await insight.OfAsync(Features.Insight.TextInsight.RatingSource, id, ct);
        }
        if (Policies.RolesByPolicy[Policies.ReturnVisitsRead].Any(me.IsInRole))
            Visits = (await visits.ListAsync(new ReturnVisits.VisitFilter(WorkOrderId: id, PageSize: Paging.MaxSize), ct)).Items.ToList();
        if (IsDesk && order.Type == WorkOrderType.Complaint)
        {
            Compensations = (await compensation.ListAsync(null, id, null, 1, Paging.MaxSize, ct)).Items.ToList();
            if (order.Status != WorkOrderStatus.Cancelled && order.MasterId is null) CompensationOptions = await compensation.OptionsAsync(false, ct);
        }
        return Page();
    }

    public async Task<IActionResult> OnPostActAsync(long id, string act, int? version, int? assigneeId, string? department, string? note, string? resolution, CancellationToken ct)
    {
        if (!Lifecycle.TryParse(act, out var action)) return NotFound();
        return Done(id, await desk.ActAsync(id, action, new WorkOrderActionInput(version, assigneeId, department, note, resolution), ct), l[$"Action.{action}"]);
    }

    public async Task<IActionResult> OnPostReplyAsync(long id, int? version, ContactMethod? method, string? note, CancellationToken ct) =>
        Done(id, await desk.ReplyAsync(id, new ReplyInput(version, method, note), ct), l["Action.Reply"]);

    public async Task<IActionResult> OnPostRateAsync(long id, int? version, int? score, string? comment, CancellationToken ct) =>
        Done(id, await desk.RateAsync(id, new RatingInput(version, score, comment), ct), l["Desk.Rating"]);

    public async Task<IActionResult> OnPostMergeAsync(long id, int? version, long? masterId, CancellationToken ct) =>
        Done(id, await desk.MergeAsync(id, new MergeInput(version, masterId), ct), l["Desk.Merge"]);

    public async Task<IActionResult> OnPostCompensateAsync(long id, int? optionId, string? reason, CancellationToken ct) =>
        Done(id, (await compensation.RequestAsync(id, new CompensationInput(optionId, reason), ct)).Result, l["Comp.Apply"]);

    public async Task<IActionResult> OnPostPhotoAsync(long id, IFormFile? photo, CancellationToken ct)
    {
        if (await desk.GetAsync(id, ct) is not { } order) return NotFound();
        if (photo is null || photo.Length == 0) return Done(id, new DeskResult(DeskOutcome.Invalid, l["Err.Required", l["Field.Photos"]]), l["Desk.AddPhoto"]);
        if (!(Lifecycle.IsDesk(me) || order.AssigneeId == me.UserId)) return Forbid();
        await using var stream = photo.OpenReadStream();
        var (stored, errors) = await files.SaveAsync(stream, photo.FileName, order.ProjectId, ct);
        if (errors.Any) return Done(id, new DeskResult(DeskOutcome.Invalid, errors.Summary), l["Desk.AddPhoto"]);
        return Done(id, await desk.AttachPhotoAsync(id, stored!.Id, ct), l["Desk.AddPhoto"]);
    }

    private IActionResult Done(long id, DeskResult result, string what) => this.Finish(result, what, $"/work-orders/{id}", l);
}
