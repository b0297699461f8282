using System.ComponentModel.DataAnnotations;
using DanVan.Data.Identity;
using DanVan.Web.Localization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace DanVan.Web.Pages.Account;

public sealed class ChangePasswordModel(
    UserManager<ApplicationUser> userManager,
    SignInManager<ApplicationUser> signInManager,
    IStringLocalizer<SharedResource> l,
    ILogger<ChangePasswordModel> logger) : PageModel
{
    private static readonly EventId PasswordChanged = new(1005, nameof(PasswordChanged));

    [BindProperty]
    public InputModel Input { get; set; } = new();

    public bool IsForced { get; private set; }

    public void OnGet() => IsForced = User.HasClaim(Authorization.DanVanClaims.MustChangePassword, "true");

    public async Task<IActionResult> OnPostAsync()
    {
        var user = await userManager.GetUserAsync(User);
        if (user is null)
        {
            return Challenge();
        }

        IsForced = user.MustChangePassword;
        if (!ModelState.IsValid)
        {
            return Page();
        }

        var result = await userManager.ChangePasswordAsync(user, Input.OldPassword, Input.NewPassword);
        if (!result.Succeeded)
        {
            foreach (var error in result.Errors)
            {
                ModelState.AddModelError(string.Empty, l[$"Identity.{error.Code}"]);
            }

            return Page();
        }

        user.MustChangePassword = false;
        await userManager.UpdateAsync(user);
        await signInManager.RefreshSignInAsync(user);
        logger.LogInformation(PasswordChanged, "User {UserName} changed their password", user.UserName);
        TempData["StatusMessage"] = l["Your password has been changed."].Value;
        return RedirectToPage("/Index");
    }

    public sealed class InputModel
    {
        [Required(ErrorMessage = "Enter your current password.")]
        [DataType(DataType.Password)]
        [Display(Name = "Current password")]
        public string OldPassword { get; set; } = string.Empty;

        [Required(ErrorMessage = "Enter the new password.")]
        [StringLength(100, MinimumLength = 10, ErrorMessage = "The new password must have at least {2} characters.")]
        [DataType(DataType.Password)]
        [Display(Name = "New password")]
        public string NewPassword { get; set; } = string.Empty;

        [DataType(DataType.Password)]
        [Display(Name = "New password again")]
        [Compare(nameof(NewPassword), ErrorMessage = "The two new passwords do not match.")]
        public string ConfirmPassword { get; set; } = string.Empty;
    }
}
