using System.ComponentModel.DataAnnotations;
using System.Globalization;
using DanVan.Data;
using DanVan.Data.Identity;
using DanVan.Web.Authorization;
using DanVan.Web.Authorization.TwoFactor;
using DanVan.Web.Reporting;
using DanVan.Web.Localization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace DanVan.Web.Pages.Admin.Users;

/// <summary>
/// Changes an account's name, agency and role; resets its password or its two-factor sign-in, locks or unlocks it after a
/// confirmation. A new role or agency, a reset and a lock renew the security stamp, which ends the user's open sessions at their next request
/// (<see cref="SessionValidator"/>); an administrator editing their own account stays signed in with the new values.
/// </summary>
public sealed class EditModel(
    DanVanDbContext db,
    UserManager<ApplicationUser> userManager,
    IUserStore<ApplicationUser> userStore,
    SignInManager<ApplicationUser> signInManager,
    TimeProvider clock,
    IStringLocalizer<SharedResource> l,
    ILogger<EditModel> logger) : PageModel
{
    private static readonly EventId UserChanged = new(2002, nameof(UserChanged));

    [BindProperty]
    public InputModel Input { get; set; } = new();

    public ApplicationUser Account { get; private set; } = null!;

    public IReadOnlyList<string> CurrentRoles { get; private set; } = [];

    public IReadOnlyList<SelectListItem> Agencies { get; private set; } = [];

    public bool IsSelf { get; private set; }

    public bool IsLockedOut { get; private set; }

    public async Task<IActionResult> OnGetAsync(string id, CancellationToken ct)
    {
        if (!await LoadAsync(id, ct))
        {
            return NotFound();
        }

        return Page();
    }

    public async Task<IActionResult> OnPostAsync(string id, CancellationToken ct)
    {
        if (!await LoadAsync(id, ct, keepInput: true))
        {
            return NotFound();
        }

        if (!string.IsNullOrEmpty(Input.Role) && !Roles.All.Contains(Input.Role))
        {
            ModelState.AddModelError("Input.Role", l["Choose a role."]);
        }
        else if (IsSelf && CurrentRoles.Contains(Roles.Administrator) && Input.Role != Roles.Administrator)
        {
            ModelState.AddModelError("Input.Role", l["You cannot take the administrator role away from your own account."]);
        }

        if (Input.AgencyId is { } agencyId && !Agencies.Any(a => a.Value == agencyId.ToString(CultureInfo.InvariantCulture)))
        {
            ModelState.AddModelError("Input.AgencyId", l["Choose an active agency."]);
        }

        if (Input.ConcurrencyStamp != Account.ConcurrencyStamp)
        {
            ModelState.Remove("Input.ConcurrencyStamp");
            Input.ConcurrencyStamp = Account.ConcurrencyStamp;
            ModelState.AddModelError(string.Empty, l["Someone else changed this account while you were editing it. Check the values and save again."]);
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        var before = new { Account.FullName, Account.AgencyId, Roles = CurrentRoles };
        var agencyChanged = Account.AgencyId != Input.AgencyId!.Value;
        Account.FullName = Input.FullName.Trim().Normalize();
        Account.AgencyId = Input.AgencyId.Value;
        var roleChanged = CurrentRoles.Count != 1 || CurrentRoles[0] != Input.Role;
        Audit("user.update", before, new { Account.FullName, Account.AgencyId, Roles = new[] { Input.Role } });
        var result = roleChanged ? await userManager.RemoveFromRolesAsync(Account, CurrentRoles) : await userManager.UpdateAsync(Account);
        if (result.Succeeded && roleChanged)
        {
            result = await userManager.AddToRoleAsync(Account, Input.Role);
        }

        if (result.Succeeded && (roleChanged || agencyChanged))
        {
            result = await userManager.UpdateSecurityStampAsync(Account);
        }

        return await DoneAsync(result, l["The account of {0} has been saved.", Account.FullName]);
    }

    public Task<IActionResult> OnPostResetPasswordAsync(string id, bool confirm, CancellationToken ct) =>
        ActAsync(id, confirm, "confirm-reset", "The password of {0} has been reset.", async () =>
        {
            var password = TemporaryPassword.Generate();
            Audit("user.resetPassword", new { Account.MustChangePassword }, new { MustChangePassword = true });
            Account.MustChangePassword = true;
            var token = await userManager.GeneratePasswordResetTokenAsync(Account);
            var result = await userManager.ResetPasswordAsync(Account, token, password);
            if (result.Succeeded)
            {
                TempData["TemporaryPassword"] = password;
            }

            return result;
        }, ct);

    /// <summary>For a user who lost their phone and their recovery codes: two-factor off, a new key, sessions ended; a required role enrols again at sign-in.</summary>
    public Task<IActionResult> OnPostResetTwoFactorAsync(string id, bool confirm, CancellationToken ct) =>
        ActAsync(id, confirm, "confirm-reset-2fa", "The two-factor sign-in of {0} has been reset.", async () =>
        {
            Audit("user.resetTwoFactor", new { Account.TwoFactorEnabled }, new { TwoFactorEnabled = false });
            return await AuthenticatorEnrolment.ResetAsync(userManager, userStore, Account, ct);
        }, ct);

    public Task<IActionResult> OnPostLockAsync(string id, bool confirm, CancellationToken ct) =>
        ActAsync(id, confirm, "confirm-lock", "The account of {0} has been locked.", async () =>
        {
            if (IsSelf)
            {
                ModelState.AddModelError("confirm-lock", l["You cannot lock your own account."]);
                return null;
            }

            Audit("user.lock", new { Account.LockoutEnd }, new { LockoutEnd = DateTimeOffset.MaxValue });
            Account.LockoutEnabled = true;
            var result = await userManager.SetLockoutEndDateAsync(Account, DateTimeOffset.MaxValue);
            return result.Succeeded ? await userManager.UpdateSecurityStampAsync(Account) : result;
        }, ct);

    public Task<IActionResult> OnPostUnlockAsync(string id, bool confirm, CancellationToken ct) =>
        ActAsync(id, confirm, "confirm-unlock", "The account of {0} has been unlocked.", async () =>
        {
            Audit("user.unlock", new { Account.LockoutEnd, Account.AccessFailedCount }, new { LockoutEnd = (DateTimeOffset?)null, AccessFailedCount = 0 });
            var result = await userManager.SetLockoutEndDateAsync(Account, null);
            return result.Succeeded ? await userManager.ResetAccessFailedCountAsync(Account) : result;
        }, ct);

    private async Task<bool> LoadAsync(string id, CancellationToken ct, bool keepInput = false)
    {
        var user = await db.Users.Include(u => u.Agency).ThenInclude(a => a!.Unit).SingleOrDefaultAsync(u => u.Id == id, ct);
        if (user is null)
        {
            return false;
        }

        Account = user;
        Response.Headers.CacheControl = "no-store";
        CurrentRoles = [.. await userManager.GetRolesAsync(user)];
        IsSelf = user.Id == userManager.GetUserId(User);
        IsLockedOut = user.LockoutEnd is { } end && end > clock.GetUtcNow();
        Agencies = await AgencyChoices.LoadAsync(db, user.AgencyId, ct);
        if (!keepInput)
        {
            Input = new InputModel { FullName = user.FullName, AgencyId = user.AgencyId, Role = CurrentRoles.Count > 0 ? CurrentRoles[0] : string.Empty, ConcurrencyStamp = user.ConcurrencyStamp };
        }

        return true;
    }

    /// <summary>Runs one of the confirmed actions; the profile form was not posted, so its fields come from the database.</summary>
    private async Task<IActionResult> ActAsync(string id, bool confirm, string confirmKey, string message, Func<Task<IdentityResult?>> act, CancellationToken ct)
    {
        ModelState.Clear();
        if (!await LoadAsync(id, ct))
        {
            return NotFound();
        }

        if (!confirm)
        {
            ModelState.AddModelError(confirmKey, l["Tick the box to confirm."]);
            return Page();
        }

        var result = await act();
        return result is null ? Page() : await DoneAsync(result, l[message, Account.FullName]);
    }

    private void Audit(string action, object before, object after) =>
        AuditTrail.Add(db, User.ToActor(), clock.GetUtcNow().UtcDateTime, action, nameof(ApplicationUser), Account.Id, before, after);

    private async Task<IActionResult> DoneAsync(IdentityResult result, LocalizedString message)
    {
        if (!result.Succeeded)
        {
            foreach (var error in result.Errors)
            {
                ModelState.AddModelError(string.Empty, l[$"Identity.{error.Code}"]);
            }

            return Page();
        }

        if (IsSelf)
        {
            await signInManager.RefreshSignInAsync(Account);
        }

        logger.LogInformation(UserChanged, "Administrator {Admin} changed user {UserName}", User.Identity?.Name, Account.UserName);
        TempData["StatusMessage"] = message.Value;
        return RedirectToPage(new { id = Account.Id });
    }

    public sealed class InputModel
    {
        [Required(ErrorMessage = "Enter the full name.")]
        [StringLength(ApplicationUser.FullNameLength, ErrorMessage = "The full name may have at most {1} characters.")]
        [Display(Name = "Full name")]
        public string FullName { get; set; } = string.Empty;

        [Required(ErrorMessage = "Choose a role.")]
        [Display(Name = "Role")]
        public string Role { get; set; } = string.Empty;

        [Required(ErrorMessage = "Choose an agency.")]
        [Display(Name = "Agency")]
        public int? AgencyId { get; set; }

        public string? ConcurrencyStamp { get; set; }
    }
}
