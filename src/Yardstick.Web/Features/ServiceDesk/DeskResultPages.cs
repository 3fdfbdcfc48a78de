using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace Yardstick.Web.Features.ServiceDesk;

public static class DeskResultPages
{
    /// <summary>Post-redirect-get: the outcome of a change travels as a flash message and the page reloads with the current state.</summary>
    public static IActionResult Finish(this PageModel page, DeskResult result, string what, string redirect, IStringLocalizer l)
    {
        switch (result.Outcome)
        {
            case DeskOutcome.NotFound: return new NotFoundResult();
            case DeskOutcome.Forbidden: return new ForbidResult();
            case DeskOutcome.Ok: page.TempData["Flash"] = l["Desk.Done", what].Value; break;
            default:
                page.TempData["Error"] = result.Message ?? result.Errors!.Summary;
                break;
        }
        return new RedirectResult(redirect);
    }
}
