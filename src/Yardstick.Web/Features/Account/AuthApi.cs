using Microsoft.AspNetCore.Authentication.BearerToken;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;
using Yardstick.Web.Platform.Identity;

namespace Yardstick.Web.Features.Account;

public sealed record LoginRequest(string? UserName, string? Password);
public sealed record RefreshRequest(string? RefreshToken);

public static class AuthApi
{
    public static void MapAuthApi(this IEndpointRouteBuilder app)
    {
        var auth = app.MapGroup("/api/auth").WithTags("Auth");

        // Identity's bearer-token handler writes { tokenType, accessToken, expiresIn, refreshToken } itself.
        auth.MapPost("/login", async (LoginRequest request, SignInManager<AppUser> signIn, IStringLocalizer l) =>
        {
            var outcome = await PasswordSignIn(signIn, request.UserName, request.Password, IdentityConstants.BearerScheme);
            return outcome switch
            {
                SignInOutcome.Success => Results.Empty,
                SignInOutcome.LockedOut => Results.Problem(title: l["Login.LockedOut"], statusCode: StatusCodes.Status401Unauthorized),
                _ => Results.Problem(title: l["Login.Failed"], statusCode: StatusCodes.Status401Unauthorized),
            };
        }).AllowAnonymous();

        auth.MapPost("/refresh", async (RefreshRequest request, SignInManager<AppUser> signIn,
            IOptionsMonitor<BearerTokenOptions> options, TimeProvider time) =>
        {
            var protector = options.Get(IdentityConstants.BearerScheme).RefreshTokenProtector;
            var ticket = protector.Unprotect(request.RefreshToken);
            if (ticket?.Properties.ExpiresUtc is not { } expires || time.GetUtcNow() >= expires
                || await signIn.ValidateSecurityStampAsync(ticket.Principal) is not { IsActive: true } user)
                return Results.Challenge();
            return Results.SignIn(await signIn.CreateUserPrincipalAsync(user), authenticationScheme: IdentityConstants.BearerScheme);
        }).AllowAnonymous();
    }

    public enum SignInOutcome { Success, Failed, LockedOut }

    /// <summary>The one place that signs a user in, for the page (cookie) and the API (bearer token).</summary>
    public static async Task<SignInOutcome> PasswordSignIn(SignInManager<AppUser> signIn, string? userName, string? password, string scheme, bool persistent = false)
    {
        if (string.IsNullOrWhiteSpace(userName) || string.IsNullOrEmpty(password)) return SignInOutcome.Failed;
        var user = await signIn.UserManager.FindByNameAsync(userName.Trim());
        if (user is null || !user.IsActive) return SignInOutcome.Failed;
        signIn.AuthenticationScheme = scheme;
        var result = await signIn.PasswordSignInAsync(user, password, persistent, lockoutOnFailure: true);
        return result.Succeeded ? SignInOutcome.Success : result.IsLockedOut ? SignInOutcome.LockedOut : SignInOutcome.Failed;
    }
}
