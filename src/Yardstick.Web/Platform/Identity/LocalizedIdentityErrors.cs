using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Localization;

namespace Yardstick.Web.Platform.Identity;

/// <summary>Identity's password and user-name errors in the user's language.</summary>
public sealed class LocalizedIdentityErrors(IStringLocalizer l) : IdentityErrorDescriber
{
    private IdentityError E(string code, string key, params object[] args) =>
        new() { Code = code, Description = args.Length == 0 ? l[key] : l[key, args] };

    public override IdentityError PasswordTooShort(int length) => E(nameof(PasswordTooShort), "Pwd.TooShort", length);
    public override IdentityError PasswordRequiresDigit() => E(nameof(PasswordRequiresDigit), "Pwd.Digit");
    public override IdentityError PasswordRequiresLower() => E(nameof(PasswordRequiresLower), "Pwd.Lower");
    public override IdentityError PasswordRequiresUpper() => E(nameof(PasswordRequiresUpper), "Pwd.Upper");
    public override IdentityError PasswordRequiresNonAlphanumeric() => E(nameof(PasswordRequiresNonAlphanumeric), "Pwd.NonAlnum");
    public override IdentityError PasswordRequiresUniqueChars(int uniqueChars) => E(nameof(PasswordRequiresUniqueChars), "Pwd.Unique", uniqueChars);
    public override IdentityError PasswordMismatch() => E(nameof(PasswordMismatch), "Pwd.Mismatch");
    public override IdentityError DuplicateUserName(string userName) => E(nameof(DuplicateUserName), "Err.UserNameTaken", userName);
    public override IdentityError InvalidUserName(string? userName) => E(nameof(InvalidUserName), "Err.UserNameFormat");
}
