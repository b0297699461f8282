using System.Security.Claims;
using DanVan.Data;
using DanVan.Web.Hosting;
using Microsoft.AspNetCore.Localization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace DanVan.Web.Pages;

/// <summary>
/// Switches the interface language (Vietnamese or English), remembered for a year of the browser's time, and returns to
/// the page the user was on. A signed-in user's choice is also kept on the account, so that e-mails are written in it.
/// </summary>
public sealed class CultureModel(DanVanDbContext db) : PageModel
{
    public IActionResult OnGet() => RedirectToPage("/Index");

    public async Task<IActionResult> OnPostAsync(string culture, string? returnUrl, CancellationToken ct)
    {
        if (Array.Exists(ServiceSetup.SupportedCultures, c => c.Name == culture))
        {
            Response.Cookies.Append(
                CookieRequestCultureProvider.DefaultCookieName,
                CookieRequestCultureProvider.MakeCookieValue(new RequestCulture(culture)),
                new CookieOptions { MaxAge = TimeSpan.FromDays(365), IsEssential = true, HttpOnly = true, Secure = Request.IsHttps, SameSite = SameSiteMode.Lax });
            if (User.FindFirstValue(ClaimTypes.NameIdentifier) is { } userId)
            {
                await db.Users.Where(u => u.Id == userId && u.PreferredCulture != culture).ExecuteUpdateAsync(s => s.SetProperty(u => u.PreferredCulture, culture), ct);
            }
        }

        return LocalRedirect(Url.IsLocalUrl(returnUrl) ? returnUrl : "~/");
    }
}
