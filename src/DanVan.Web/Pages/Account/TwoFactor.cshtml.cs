using DanVan.Data;
using DanVan.Data.Identity;
using DanVan.Web.Authorization;
using DanVan.Web.Authorization.TwoFactor;
using DanVan.Web.Localization;
using DanVan.Web.Reporting;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace DanVan.Web.Pages.Account;

/// <summary>
/// The user's own two-factor sign-in: enrolment (QR code and key, confirmed with a code), then ten recovery codes shown
/// once; new recovery codes; reset to a new phone; turning it off unless the user's role requires it. Every change is
/// audited; enabling, resetting and turning off renew the security stamp (other sessions end, this one is renewed).
/// </summary>
public sealed class TwoFactorModel(
    DanVanDbContext db,
    UserManager<ApplicationUser> users,
    IUserStore<ApplicationUser> store,
    SignInManager<ApplicationUser> signInManager,
    TwoFactorPolicy policy,
    TimeProvider clock,
    IStringLocalizer<SharedResource> l) : PageModel
{
    [BindProperty]
    public string? Code { get; set; }

    public bool Enabled { get; private set; }

    public bool Required { get; private set; }

    public int RecoveryCodesLeft { get; private set; }

    public AuthenticatorEnrolment? Enrolment { get; private set; }

    /// <summary>Recovery codes just made: shown in this response only, never stored readable elsewhere.</summary>
    public IReadOnlyList<string> NewRecoveryCodes { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(CancellationToken ct) =>
        await users.GetUserAsync(User) is { } user ? await ShowAsync(user, ct) : Challenge();

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (await users.GetUserAsync(User) is not { } user)
        {
            return Challenge();
        }

        if (user.TwoFactorEnabled)
        {
            return RedirectToPage();
        }

        if (!Totp.TryParse(Code, out _) || !await users.VerifyTwoFactorTokenAsync(user, users.Options.Tokens.AuthenticatorTokenProvider, Code!))
        {
            ModelState.AddModelError(nameof(Code), l["The code is wrong or has expired. Enter the code your app shows now."]);
            return await ShowAsync(user, ct);
        }

        Audit(user, "user.enableTwoFactor", new { TwoFactorEnabled = false }, new { TwoFactorEnabled = true });
        var result = await users.SetTwoFactorEnabledAsync(user, true);
        return result.Succeeded ? await NewCodesAsync(user, ct) : Failed(result);
    }

    public async Task<IActionResult> OnPostRecoveryCodesAsync(CancellationToken ct)
    {
        if (await users.GetUserAsync(User) is not { TwoFactorEnabled: true } user)
        {
            return RedirectToPage();
        }

        Audit(user, "user.newRecoveryCodes", new { RecoveryCodes = await users.CountRecoveryCodesAsync(user) }, new { RecoveryCodes = AuthenticatorEnrolment.RecoveryCodeCount });
        return await NewCodesAsync(user, ct);
    }

    public Task<IActionResult> OnPostResetAsync(bool confirm, CancellationToken ct) =>
        ResetAsync(confirm, "confirm-reset", "user.resetTwoFactor", "Scan the new QR code with your authenticator app and confirm it with a code.", ct);

    public Task<IActionResult> OnPostDisableAsync(bool confirm, CancellationToken ct) =>
        ResetAsync(confirm, "confirm-disable", "user.disableTwoFactor", "Two-factor sign-in is off.", ct);

    private async Task<IActionResult> ResetAsync(bool confirm, string confirmKey, string action, string message, CancellationToken ct)
    {
        if (await users.GetUserAsync(User) is not { } user)
        {
            return Challenge();
        }

        if (!confirm)
        {
            ModelState.AddModelError(confirmKey, l["Tick the box to confirm."]);
            return await ShowAsync(user, ct);
        }

        if (action == "user.disableTwoFactor" && await IsRequiredAsync(ct))
        {
            ModelState.AddModelError(string.Empty, l["Your role requires two-factor sign-in: it cannot be turned off. Reset it to move to a new phone."]);
            return await ShowAsync(user, ct);
        }

        Audit(user, action, new { user.TwoFactorEnabled }, new { TwoFactorEnabled = false });
        var result = await AuthenticatorEnrolment.ResetAsync(users, store, user, ct);
        if (!result.Succeeded)
        {
            return Failed(result);
        }

        await signInManager.RefreshSignInAsync(user);
        TempData["StatusMessage"] = l[message].Value;
        return RedirectToPage();
    }

    private async Task<IActionResult> NewCodesAsync(ApplicationUser user, CancellationToken ct)
    {
        NewRecoveryCodes = [.. await users.GenerateNewTwoFactorRecoveryCodesAsync(user, AuthenticatorEnrolment.RecoveryCodeCount) ?? []];
        await signInManager.RefreshSignInAsync(user);
        return await ShowAsync(user, ct);
    }

    private async Task<IActionResult> ShowAsync(ApplicationUser user, CancellationToken ct)
    {
        Response.Headers.CacheControl = "no-store";
        Enabled = user.TwoFactorEnabled;
        Required = await IsRequiredAsync(ct);
        RecoveryCodesLeft = Enabled ? await users.CountRecoveryCodesAsync(user) : 0;
        if (!Enabled)
        {
            if (string.IsNullOrEmpty(await users.GetAuthenticatorKeyAsync(user)))
            {
                await AuthenticatorEnrolment.NewKeyAsync(users, store, user, ct);
            }

            Enrolment = AuthenticatorEnrolment.For(user.Email ?? user.UserName ?? user.Id, (await users.GetAuthenticatorKeyAsync(user))!);
        }

        return Page();
    }

    private Task<bool> IsRequiredAsync(CancellationToken ct) => policy.IsRequiredForAsync(User, users.Options.ClaimsIdentity.RoleClaimType, ct);

    private void Audit(ApplicationUser user, string action, object before, object after) =>
        AuditTrail.Add(db, User.ToActor(), clock.GetUtcNow().UtcDateTime, action, nameof(ApplicationUser), user.Id, before, after);

    private PageResult Failed(IdentityResult result)
    {
        foreach (var error in result.Errors)
        {
            ModelState.AddModelError(string.Empty, l[$"Identity.{error.Code}"]);
        }

        return Page();
    }
}
