using DanVan.Data.Identity;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace DanVan.Web.Pages.Account;

/// <summary>Signs out everywhere: the security stamp is renewed, so a copy of the cookie (another device, a replay) is refused too.</summary>
public sealed class LogoutModel(SignInManager<ApplicationUser> signInManager, ILogger<LogoutModel> logger) : PageModel
{
    private static readonly EventId SignedOut = new(1004, nameof(SignedOut));

    public IActionResult OnGet() => RedirectToPage("/Index");

    public async Task<IActionResult> OnPostAsync()
    {
        if (await signInManager.UserManager.GetUserAsync(User) is { } user)
        {
            await signInManager.UserManager.UpdateSecurityStampAsync(user);
        }

        await signInManager.SignOutAsync();
        logger.LogInformation(SignedOut, "User {UserName} signed out", User.Identity?.Name);
        return RedirectToPage("/Account/Login");
    }
}
