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

        if (result.IsLockedOut)
        {
            logger.LogWarning(LockedOut, "User {UserName} is locked out", Input.Email);
            var user = await signInManager.UserManager.FindByNameAsync(Input.Email);
            ModelState.AddModelError(string.Empty, user?.LockoutEnd == DateTimeOffset.MaxValue
                ? l["This account has been locked by an administrator. Ask your administrator to unlock it."]
                : l["This account is locked after too many failed attempts. Try again in 15 minutes or ask an administrator."]);
            return Page();
        }

        logger.LogInformation(Failed, "Failed sign-in for {UserName}", Input.Email);
        ModelState.AddModelError(string.Empty, l["The e-mail address or the password is wrong."]);
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
