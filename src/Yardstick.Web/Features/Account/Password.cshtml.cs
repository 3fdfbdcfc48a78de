using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using Yardstick.Web.Platform.Identity;

namespace Yardstick.Web.Features.Account;

public sealed class PasswordModel(UserManager<AppUser> users, SignInManager<AppUser> signIn, IStringLocalizer l) : PageModel
{
    [BindProperty] public string? Current { get; set; }
    [BindProperty] public string? New { get; set; }
    [BindProperty] public string? Confirm { get; set; }

    public void OnGet() { }

    public async Task<IActionResult> OnPostAsync()
    {
        if (string.IsNullOrEmpty(Current) || string.IsNullOrEmpty(New))
            ModelState.AddModelError("", l["Err.Required", l["Field.NewPassword"]]);
        else if (New != Confirm)
            ModelState.AddModelError("", l["Pwd.ConfirmMismatch"]);
        if (!ModelState.IsValid) return Page();

        var user = await users.GetUserAsync(User);
        if (user is null) return Challenge();
        var result = await users.ChangePasswordAsync(user, Current!, New!);
        if (!result.Succeeded)
        {
            foreach (var e in result.Errors) ModelState.AddModelError("", e.Description);
            return Page();
        }
        await signIn.RefreshSignInAsync(user);
        TempData["Flash"] = l["Pwd.Changed"].Value;
        return Redirect("/");
    }
}
