using Microsoft.Extensions.Localization;

namespace Yardstick.Web.Platform.Web;

/// <summary>Field errors in the user's language, turned into a ProblemDetails (API) or ModelState (pages).</summary>
public sealed class FieldErrors(IStringLocalizer l)
{
    private readonly Dictionary<string, List<string>> _errors = new(StringComparer.OrdinalIgnoreCase);

    public bool Any => _errors.Count > 0;
    public IReadOnlyDictionary<string, List<string>> All => _errors;

    public FieldErrors Add(string field, string key, params object[] args)
    {
        if (!_errors.TryGetValue(field, out var list)) _errors[field] = list = [];
        list.Add(args.Length == 0 ? l[key] : l[key, args]);
        return this;
    }

    public FieldErrors Required(string field, string? value, string labelKey)
    {
        if (string.IsNullOrWhiteSpace(value)) Add(field, "Err.Required", l[labelKey]);
        return this;
    }

    public FieldErrors MaxLength(string field, string? value, int max, string labelKey)
    {
        if (value is not null && value.Length > max) Add(field, "Err.MaxLength", l[labelKey], max);
        return this;
    }

    /// <summary>Every message in one line, for a page's flash message.</summary>
    public string Summary => string.Join(" ", _errors.Values.SelectMany(m => m));

    public IResult ToProblem() => Results.ValidationProblem(
        _errors.ToDictionary(e => e.Key, e => e.Value.ToArray()),
        title: l["Err.ValidationTitle"]);

    public void CopyTo(Microsoft.AspNetCore.Mvc.ModelBinding.ModelStateDictionary modelState, string prefix = "Input")
    {
        foreach (var (field, messages) in _errors)
            foreach (var m in messages)
                modelState.AddModelError(string.IsNullOrEmpty(prefix) ? field : $"{prefix}.{Capitalize(field)}", m);
    }

    private static string Capitalize(string s) => s.Length == 0 ? s : char.ToUpperInvariant(s[0]) + s[1..];
}

/// <summary>A page of a list, as every list endpoint answers.</summary>
public sealed record Paged<T>(IReadOnlyList<T> Items, int Total, int Page, int PageSize)
{
    public int Pages => PageSize == 0 ? 0 : (Total + PageSize - 1) / PageSize;
}

public static class Paging
{
    public const int DefaultSize = 20;
    public const int MaxSize = 200;

    public static (int Page, int Size) Normalize(int? page, int? pageSize) =>
        (Math.Max(1, page ?? 1), Math.Clamp(pageSize ?? DefaultSize, 1, MaxSize));
}

public static class PhoneMask
{
    /// <summary>138****5678: the first three and last four digits stay, the middle is hidden.</summary>
    public static string Mask(string? phone)
    {
        if (string.IsNullOrEmpty(phone)) return "";
        return phone.Length >= 8 ? phone[..3] + "****" + phone[^4..] : "****";
    }
}

public static class ModelStateExtensions
{
    /// <summary>
    /// Replaces the framework's English binding errors ("The value 'abc' is not valid") with one message in
    /// the user's language. Returns true when binding failed, so the page shows them and saves nothing.
    /// </summary>
    public static bool HasBindingErrors(this Microsoft.AspNetCore.Mvc.ModelBinding.ModelStateDictionary modelState, IStringLocalizer l)
    {
        var failed = false;
        foreach (var (_, entry) in modelState)
        {
            if (entry.Errors.Count == 0) continue;
            failed = true;
            entry.Errors.Clear();
            entry.Errors.Add(l["Err.Format"]);
        }
        return failed;
    }
}
