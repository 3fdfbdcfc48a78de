using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Yardstick.Web.Platform.Data;
using Yardstick.Insight;
using Yardstick.Web.Platform.Web;

namespace Yardstick.Web.Features.ServiceDesk;

public sealed record ArticleInput(Category? Category, string? Question, string? Answer, string? Tags, bool? IsActive = null, int? Version = null);

public sealed record ArticleDto(int Id, Category Category, string Question, string Answer, IReadOnlyList<string> Tags, bool IsActive,
    int UseCount, IReadOnlyList<string> VagueWords, int Version);

/// <summary>The standard-answer handbook (咨询应答手册): search while the agent types, vague-word warnings while the supervisor writes.</summary>
public sealed class KnowledgeBase(AppDbContext db, IStringLocalizer l)
{
    public async Task<Paged<ArticleDto>> SearchAsync(string? q, Category? category, bool includeInactive, int? page, int? pageSize, CancellationToken ct = default)
    {
        var (p, size) = Paging.Normalize(page, pageSize);
        var query = db.KnowledgeArticles.AsNoTracking();
        if (!includeInactive) query = query.Where(a => a.IsActive);
        if (category is { } c) query = query.Where(a => a.Category == c);
        // Chinese has no word boundaries to index: every term of the query must occur in the question, answer or tags.
        foreach (var term in (q ?? "").Split([' ', '　', ',', '，'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Take(5))
            query = query.Where(a => a.Question.Contains(term) || a.Answer.Contains(term) || a.Tags.Contains(term));
        var total = await query.CountAsync(ct);
        var rows = await query.OrderByDescending(a => a.UseCount).ThenBy(a => a.Id).Skip((p - 1) * size).Take(size).ToListAsync(ct);
        return new Paged<ArticleDto>(rows.Select(ToDto).ToList(), total, p, size);
    }

    public async Task<ArticleDto?> GetAsync(int id, CancellationToken ct = default) =>
        await db.KnowledgeArticles.AsNoTracking().FirstOrDefaultAsync(a => a.Id == id, ct) is { } a ? ToDto(a) : null;

    public static ArticleDto ToDto(KnowledgeArticle a) => new(a.Id, a.Category, a.Question, a.Answer, SplitTags(a.Tags), a.IsActive, a.UseCount,
        VagueWordLint.Find(a.Answer), a.Version);

    private static List<string> SplitTags(string? tags) =>
        (tags ?? "").Split([',', '，', ' ', '、'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Distinct().ToList();

    /// <summary>Creates (id null) or updates an article. Vague words do not block saving: they come back as a warning.</summary>
    public async Task<(ArticleDto? Article, FieldErrors Errors, bool NotFound)> SaveAsync(int? id, ArticleInput input, CancellationToken ct = default)
    {
        var errors = new FieldErrors(l);
        if (input.Category is null) errors.Add("category", "Err.Required", l["Field.Category"]);
        errors.Required("question", input.Question, "Field.Question").MaxLength("question", input.Question?.Trim(), 200, "Field.Question");
        errors.Required("answer", input.Answer, "Field.Answer").MaxLength("answer", input.Answer?.Trim(), 2000, "Field.Answer");
        var tags = string.Join(",", SplitTags(input.Tags));
        errors.MaxLength("tags", tags, 200, "Field.Tags");
        if (errors.Any) return (null, errors, false);
        KnowledgeArticle? article;
        if (id is int existing)
        {
            article = await db.KnowledgeArticles.FirstOrDefaultAsync(a => a.Id == existing, ct);
            if (article is null) return (null, errors, true);
            if (input.Version is int v)
            {
                if (v != article.Version) return (null, errors.Add("version", "Err.Concurrency"), false);
                db.Entry(article).Property(a => a.Version).OriginalValue = v;
            }
        }
        else db.KnowledgeArticles.Add(article = new KnowledgeArticle());
        article.Category = input.Category!.Value;
        article.Question = input.Question!.Trim();
        article.Answer = input.Answer!.Trim();
        article.Tags = tags;
        article.IsActive = input.IsActive ?? article.IsActive;
        await db.SaveChangesAsync(ct);
        return (ToDto(article), errors, false);
    }
}
