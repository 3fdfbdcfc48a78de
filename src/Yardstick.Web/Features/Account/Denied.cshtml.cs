using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Yardstick.Web.Features.Account;

public sealed class DeniedModel : PageModel
{
    public void OnGet() => Response.StatusCode = StatusCodes.Status403Forbidden;
}
