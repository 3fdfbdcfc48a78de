using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Yardstick.Web.Features.ServiceDesk;
using Yardstick.Web.Platform.Data;
using Yardstick.Web.Platform.Identity;

namespace Yardstick.Web.Features.MysteryShopping;

/// <summary>评审: the record, evidence, flags and timing side by side; adjust with a reason, return or approve.</summary>
[Authorize(Policy = Policies.MsReview)]
public sealed class ReviewModel(MsFieldwork fieldwork, AppDbContext db, IStringLocalizer l) : PageModel
{
    public TaskDetail Detail { get; private set; } = null!;
    public List<ReviewComment> Library { get; private set; } = [];

    public sealed class Row
    {
        public string Item { get; set; } = "";
        public ItemResult? Result { get; set; }
        public double? Points { get; set; }
        public string? Reason { get; set; }
    }

    [BindProperty] public List<Row> Rows { get; set; } = [];
    [BindProperty] public string? Comment { get; set; }
    [BindProperty] public string? Strengths { get; set; }
    [BindProperty] public string? Suggestions { get; set; }
    [BindProperty] public bool SaveComment { get; set; }

    public async Task<IActionResult> OnGetAsync(long id, CancellationToken ct)
    {
        var detail = await fieldwork.DetailAsync(id, ct);
        if (detail is null) return NotFound();
        Detail = detail;
        Library = await db.ReviewComments.AsNoTracking().OrderBy(c => c.Id).ToListAsync(ct);
        return Page();
    }

    public Task<IActionResult> OnPostApproveAsync(long id, CancellationToken ct) => DecideAsync(id, "Approve", ct);
    public Task<IActionResult> OnPostReturnAsync(long id, CancellationToken ct) => DecideAsync(id, "Return", ct);

    private async Task<IActionResult> DecideAsync(long id, string decision, CancellationToken ct)
    {
        var adjustments = Rows.Where(r => r.Result is not null)
            .Select(r => new AdjustmentInput(r.Item, r.Result, r.Points, r.Reason)).ToList();
        var result = await fieldwork.ReviewAsync(id, new ReviewInput(decision, Comment, adjustments, Strengths, Suggestions), ct);
        if (result.Outcome == DeskOutcome.Ok && SaveComment && !string.IsNullOrWhiteSpace(Comment)
            && !await db.ReviewComments.AnyAsync(c => c.Text == Comment.Trim(), ct))
        {
            db.ReviewComments.Add(new ReviewComment { Text = Comment.Trim()[..Math.Min(500, Comment.Trim().Length)], CreatedAt = DateTime.UtcNow });
            await db.SaveChangesAsync(ct);
        }
        return this.Finish(result, l[decision == "Approve" ? "Ms.Approve" : "Ms.Return"],
            result.Outcome == DeskOutcome.Ok && decision == "Approve" ? $"/ms/visits/{id}" : $"/ms/tasks/{id}/review", l);
    }
}
