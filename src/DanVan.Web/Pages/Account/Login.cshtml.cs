using System.ComponentModel.DataAnnotations;
using DanVan.Data.Identity;
using DanVan.Web.Localization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace DanVan.Web.Pages.Account;

public sealed class LoginModel(SignInManager<ApplicationUser> signInManager, IStringLocalizer<SharedResource> l, ILogger<LoginModel> logger) : PageModel
{
    private static readonly EventId SignedIn = new(1001, nameof(SignedIn));
    private static readonly EventId LockedOut = new(1002, nameof(LockedOut));
    private static readonly EventId Failed = new(1003, nameof(Failed));
    private static readonly EventId SecondStep = new(1008, nameof(SecondStep));

    [BindProperty]
    public InputModel Input { get; set; } = new();

    public string? ReturnUrl { get; set; }

    public void OnGet(string? returnUrl = null) => ReturnUrl = returnUrl;

    public async Task<IActionResult> OnPostAsync(string? returnUrl = null)
    {
        ReturnUrl = returnUrl;
        if (!ModelState.IsValid)
        {
            return Page();
        }

        var result = await signInManager.PasswordSignInAsync(Input.Email, Input.Password, Input.RememberMe, lockoutOnFailure: true);
        if (result.Succeeded)
        {
            logger.LogInformation(SignedIn, "User {UserName} signed in", Input.Email);
            return LocalRedirect(Url.IsLocalUrl(returnUrl) ? returnUrl : Url.Content("~/"));
        }

        if (result.RequiresTwoFactor)
        {
            logger.LogInformation(SecondStep, "User {UserName} is asked for the second factor", Input.Email);
            return RedirectToPage("./TwoFactorSignIn", new { returnUrl = Url.IsLocalUrl(returnUrl) ? returnUrl : null, rememberMe = Input.RememberMe });
        }

        if (result.IsLockedOut)
        {
            logger.LogWarning(LockedOut, "User {UserName} is locked out", Input.Email);
        }
        else
        {
            logger.LogInformation(Failed, "Failed sign-in for {UserName}", Input.Email);
        }

        // One message for an unknown name, a wrong password and a locked account, so the page does not tell which accounts exist.
        ModelState.AddModelError(string.Empty, l["The e-mail address or the password is wrong, or the account is locked. An account is locked for 15 minutes after 5 failed attempts; an administrator can also unlock it."]);
        return Page();
    }

    public sealed class InputModel
    {
        [Required(ErrorMessage = "Enter your e-mail address.")]
        [EmailAddress(ErrorMessage = "The e-mail address is not valid.")]
        [Display(Name = "E-mail address")]
        public string Email { get; set; } = string.Empty;

        [Required(ErrorMessage = "Enter your password.")]
        [DataType(DataType.Password)]
        [Display(Name = "Password")]
        public string Password { get; set; } = string.Empty;

        [Display(Name = "Keep me signed in")]
        public bool RememberMe { get; set; }
    }
}
