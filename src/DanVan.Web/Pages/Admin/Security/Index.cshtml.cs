using DanVan.Data;
using DanVan.Data.Identity;
using DanVan.Domain.Settings;
using DanVan.Web.Authorization;
using DanVan.Web.Authorization.TwoFactor;
using DanVan.Web.Localization;
using DanVan.Web.Reporting;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace DanVan.Web.Pages.Admin.Security;

/// <summary>
/// The roles that must sign in with two factors, ticked per role and stored as a <see cref="PortalSetting"/>; the roles
/// configuration requires (<c>TwoFactor:RequiredRoles</c>) are shown ticked and cannot be unticked here.
/// </summary>
public sealed class IndexModel(DanVanDbContext db, TwoFactorPolicy policy, TimeProvider clock, IStringLocalizer<SharedResource> l) : PageModel
{
    [BindProperty]
    public List<string> RequiredRoles { get; set; } = [];

    public IReadOnlyList<string> ConfiguredRoles => policy.ConfiguredRoles;

    public async Task OnGetAsync(CancellationToken ct) => RequiredRoles = [.. await policy.ChosenRolesAsync(ct)];

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        RequiredRoles = RequiredRoles.Where(r => !string.IsNullOrWhiteSpace(r)).ToList();
        if (RequiredRoles.Any(r => !Roles.All.Contains(r)))
        {
            ModelState.AddModelError(nameof(RequiredRoles), l["Choose among the portal's roles."]);
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        var chosen = TwoFactorPolicy.Format(RequiredRoles.Except(ConfiguredRoles));
        var setting = await db.PortalSettings.SingleOrDefaultAsync(s => s.Key == PortalSetting.TwoFactorRequiredRoles, ct);
        var before = setting?.Value ?? string.Empty;
        if (before != chosen)
        {
            var now = clock.GetUtcNow().UtcDateTime;
            if (setting is null)
            {
                db.PortalSettings.Add(PortalSetting.Create(PortalSetting.TwoFactorRequiredRoles, chosen, now));
            }
            else
            {
                setting.Change(chosen, now);
            }

            AuditTrail.Add(db, User.ToActor(), now, "settings.twoFactor", nameof(PortalSetting), PortalSetting.TwoFactorRequiredRoles, new { Roles = TwoFactorPolicy.Parse(before) }, new { Roles = TwoFactorPolicy.Parse(chosen) });
            try
            {
                await db.SaveChangesAsync(ct);
            }
            catch (DbUpdateException)
            {
                ModelState.AddModelError(string.Empty, l["The setting could not be saved because another administrator changed it at the same time. Check it and try again."]);
                return Page();
            }
        }

        TempData["StatusMessage"] = l["The security settings have been saved."].Value;
        return RedirectToPage();
    }
}
