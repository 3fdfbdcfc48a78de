using System.Security.Cryptography;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Yardstick.Web.Features.Surveys;

/// <summary>The owner's questionnaire on a phone, opened from the QR code or link: no account, the token is the key.</summary>
[AllowAnonymous]
public sealed class AnswerModel(PublicSurveyService surveys) : PageModel
{
    public PublicSurveyDto Survey { get; private set; } = null!;
    public string Token { get; private set; } = "";

    public async Task OnGetAsync(string token, CancellationToken ct)
    {
        Token = token;
        Survey = await surveys.OpenAsync(token, ct);
        if (Survey.State == PublicSurveyState.Unknown) Response.StatusCode = StatusCodes.Status404NotFound;
        // A random id per browser: many answers from one phone are flagged for review, never refused.
        if (!Request.Cookies.ContainsKey(SurveyApi.DeviceCookie))
            Response.Cookies.Append(SurveyApi.DeviceCookie, Convert.ToHexString(RandomNumberGenerator.GetBytes(12)),
                new CookieOptions { HttpOnly = true, SameSite = SameSiteMode.Lax, Expires = DateTimeOffset.UtcNow.AddYears(1), IsEssential = true });
    }
}
