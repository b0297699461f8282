using DanVan.Data.Identity;
using DanVan.Web.Localization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace DanVan.Web.Pages.Account;

/// <summary>
/// The second step of signing in, after a right password (Identity's two-factor cookie names the user): a code from the
/// authenticator app, or one of the recovery codes, each usable once. Without a pending sign-in the page sends the
/// client to sign in. Failed codes count towards the lock like failed passwords; POSTs are credential attempts.
/// </summary>
public sealed class TwoFactorSignInModel(SignInManager<ApplicationUser> signInManager, IStringLocalizer<SharedResource> l, ILogger<TwoFactorSignInModel> logger) : PageModel
{
    private static readonly EventId SignedIn = new(1009, nameof(SignedIn));
    private static readonly EventId Failed = new(1010, nameof(Failed));

    [BindProperty]
    public string? Code { get; set; }

    [BindProperty]
    public string? RecoveryCode { get; set; }

    [BindProperty]
    public bool RememberBrowser { get; set; }

    [BindProperty(SupportsGet = true)]
    public bool RememberMe { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    public async Task<IActionResult> OnGetAsync() =>
        await signInManager.GetTwoFactorAuthenticationUserAsync() is null ? RedirectToPage("./Login") : Page();

    public async Task<IActionResult> OnPostAsync()
    {
        var user = await signInManager.GetTwoFactorAuthenticationUserAsync();
        if (user is null)
        {
            return RedirectToPage("./Login");
        }

        if (string.IsNullOrWhiteSpace(Code))
        {
            ModelState.AddModelError(nameof(Code), l["Enter the six-digit code from your authenticator app."]);
            return Page();
        }

        var result = await signInManager.TwoFactorAuthenticatorSignInAsync(Code.Trim(), RememberMe, RememberBrowser);
        return Done(result, user, nameof(Code), "The code is wrong or has expired. Enter the code your app shows now.");
    }

    public async Task<IActionResult> OnPostRecoveryAsync()
    {
        var user = await signInManager.GetTwoFactorAuthenticationUserAsync();
        if (user is null)
        {
            return RedirectToPage("./Login");
        }

        if (string.IsNullOrWhiteSpace(RecoveryCode))
        {
            ModelState.AddModelError(nameof(RecoveryCode), l["Enter one of your recovery codes."]);
            return Page();
        }

        var result = await signInManager.TwoFactorRecoveryCodeSignInAsync(RecoveryCode.Replace(" ", string.Empty, StringComparison.Ordinal).Trim());
        return Done(result, user, nameof(RecoveryCode), "The recovery code is wrong or has already been used.");
    }

    private IActionResult Done(Microsoft.AspNetCore.Identity.SignInResult result, ApplicationUser user, string field, string failure)
    {
        if (result.Succeeded)
        {
            logger.LogInformation(SignedIn, "User {UserName} signed in with the second factor ({Kind})", user.UserName, field);
            return LocalRedirect(Url.IsLocalUrl(ReturnUrl) ? ReturnUrl : Url.Content("~/"));
        }

        logger.LogInformation(Failed, "Failed second factor ({Kind}) for {UserName}", field, user.UserName);
        ModelState.AddModelError(field, result.IsLockedOut
            ? l["The account is locked for 15 minutes after 5 failed attempts; an administrator can also unlock it."]
            : l[failure]);
        return Page();
    }
}
