using System.Text.Json;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Yardstick.Web.Platform.Data;
using Yardstick.Web.Platform.Identity;

namespace Yardstick.Web.Features.MysteryShopping;

/// <summary>
/// The scoring-model editor: dimensions, their items and the grade bands of the key's latest version. The page script posts
/// the model to the API, which checks it (weights sum to 100, deductions within the dimension …) and answers in Chinese;
/// a draft is updated in place, a published (frozen) version is continued as the next version's draft.
/// </summary>
[Authorize(Policy = Policies.MsPlan)]
public sealed class ModelEditModel(MsPlanning planning, AppDbContext db) : PageModel
{
    public ModelDto Model { get; private set; } = null!;
    public string Definition { get; private set; } = "{}";

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken ct)
    {
        if (await planning.ModelAsync(id, ct) is not { } model) return NotFound();
        // Only the latest version is edited, so that saving never overwrites a newer draft with older content.
        var latest = await db.ScoringModels.Where(m => m.Key == model.Model.Key).OrderByDescending(m => m.VersionNumber).Select(m => m.Id).FirstAsync(ct);
        if (latest != id) return Redirect($"/ms/models/{latest}/edit");
        Model = model;
        Definition = JsonSerializer.Serialize(model.Definition, MsJson.PageOptions);
        return Page();
    }
}
