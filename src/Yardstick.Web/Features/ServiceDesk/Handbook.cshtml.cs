using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using Yardstick.Web.Platform.Identity;
using Yardstick.Web.Platform.Web;

namespace Yardstick.Web.Features.ServiceDesk;

/// <summary>咨询应答手册: agents search it; supervisors write it, warned of vague words.</summary>
[Authorize(Policy = Policies.ServiceDeskWrite)]
public sealed class HandbookModel(KnowledgeBase kb, ICurrentUser me, IStringLocalizer l) : PageModel
{
    [BindProperty(SupportsGet = true)] public string? Q { get; set; }
    [BindProperty(SupportsGet = true)] public Category? Category { get; set; }
    [BindProperty(SupportsGet = true)] public int? Edit { get; set; }
    [BindProperty(SupportsGet = true, Name = "p")] public int? PageNumber { get; set; }

    public Paged<ArticleDto> Result { get; private set; } = new([], 0, 1, 20);
    public ArticleDto? Editing { get; private set; }
    public bool CanWrite => Policies.RolesByPolicy[Policies.KnowledgeWrite].Any(me.IsInRole);

    public async Task OnGetAsync(CancellationToken ct)
    {
        Result = await kb.SearchAsync(Q, Category, CanWrite, PageNumber, 20, ct);
        if (Edit is int id && CanWrite) Editing = await kb.GetAsync(id, ct);
    }

    public async Task<IActionResult> OnPostAsync(int? id, Category? category, string? question, string? answer, string? tags, bool isActive, int? version, CancellationToken ct)
    {
        if (!CanWrite) return Forbid();
        var (article, errors, notFound) = await kb.SaveAsync(id, new ArticleInput(category, question, answer, tags, isActive, version), ct);
        if (notFound) return NotFound();
        if (article is null)
        {
            TempData["Error"] = errors.Summary;
            return Redirect(id is null ? "/knowledge-base" : $"/knowledge-base?edit={id}");
        }
        if (article.VagueWords.Count > 0) TempData["Error"] = l["Kb.VagueWarning", string.Join("、", article.VagueWords)].Value;
        else TempData["Flash"] = l["Desk.Done", l["Kb.Save"]].Value;
        return Redirect($"/knowledge-base?q={Uri.EscapeDataString(article.Question)}");
    }
}
