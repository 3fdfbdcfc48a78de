using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using Yardstick.Web.Platform.Identity;

namespace Yardstick.Web.Features.Account;

[AllowAnonymous]
public sealed class LoginModel(SignInManager<AppUser> signIn, IStringLocalizer l) : PageModel
{
    [BindProperty] public string? UserName { get; set; }
    [BindProperty] public string? Password { get; set; }
    [BindProperty] public bool RememberMe { get; set; }
    [BindProperty(SupportsGet = true)] public string? ReturnUrl { get; set; }
    public string? Error { get; private set; }

    public void OnGet() { }

    public async Task<IActionResult> OnPostAsync()
    {
        var outcome = await AuthApi.PasswordSignIn(signIn, UserName, Password, IdentityConstants.ApplicationScheme, RememberMe);
        if (outcome == AuthApi.SignInOutcome.Success)
            return LocalRedirect(Url.IsLocalUrl(ReturnUrl) ? ReturnUrl! : "/");
        Error = outcome == AuthApi.SignInOutcome.LockedOut ? l["Login.LockedOut"] : l["Login.Failed"];
        Response.StatusCode = StatusCodes.Status400BadRequest;
        return Page();
    }
}
