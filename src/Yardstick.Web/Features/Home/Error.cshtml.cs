using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Yardstick.Web.Features.Home;

[AllowAnonymous]
[IgnoreAntiforgeryToken]
public sealed class ErrorModel : PageModel
{
    public bool Conflict { get; private set; }
    public string ReturnUrl { get; private set; } = "/";

    public void OnGet(bool conflict = false, string? returnUrl = null)
    {
        Conflict = conflict;
        ReturnUrl = returnUrl is not null && Url.IsLocalUrl(returnUrl) ? returnUrl : "/";
        if (!conflict) Response.StatusCode = StatusCodes.Status500InternalServerError;
    }

    public void OnPost() => OnGet();
}
