using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace Yardstick.Web.Features.Home;

/// <summary>Friendly status pages (404 and the like) in the user's language.</summary>
[AllowAnonymous]
[IgnoreAntiforgeryToken]
public sealed class StatusModel(IStringLocalizer l) : PageModel
{
    public int Code { get; private set; }
    public string Title { get; private set; } = "";
    public string Text { get; private set; } = "";

    public void OnGet(int code)
    {
        Code = code;
        (Title, Text) = code switch
        {
            404 => (l["NotFound.Title"].Value, l["NotFound.Text"].Value),
            403 => (l["Denied.Title"].Value, l["Denied.Text"].Value),
            _ => (l["Error.Title"].Value, l["Error.Text"].Value),
        };
    }

    public void OnPost(int code) => OnGet(code);
}
