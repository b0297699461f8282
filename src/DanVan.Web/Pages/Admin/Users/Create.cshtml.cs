using System.ComponentModel.DataAnnotations;
using DanVan.Data;
using DanVan.Data.Identity;
using DanVan.Web.Authorization;
using DanVan.Web.Reporting;
using DanVan.Web.Localization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace DanVan.Web.Pages.Admin.Users;

/// <summary>Provisions an account with a temporary password that the user must change at first sign-in.</summary>
public sealed class CreateModel(
    DanVanDbContext db,
    UserManager<ApplicationUser> userManager,
    TimeProvider clock,
    IStringLocalizer<SharedResource> l,
    ILogger<CreateModel> logger) : PageModel
{
    private static readonly EventId UserCreated = new(2001, nameof(UserCreated));

    [BindProperty]
    public InputModel Input { get; set; } = new();

    public IReadOnlyList<SelectListItem> Agencies { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct) => Agencies = await AgencyChoices.LoadAsync(db, null, ct);

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (!string.IsNullOrEmpty(Input.Role) && !Roles.All.Contains(Input.Role))
        {
            ModelState.AddModelError("Input.Role", l["Choose a role."]);
        }

        if (Input.AgencyId is { } agencyId && !await db.Agencies.AnyAsync(a => a.Id == agencyId && a.IsActive, ct))
        {
            ModelState.AddModelError("Input.AgencyId", l["Choose an active agency."]);
        }

        if (ModelState.IsValid && await userManager.FindByEmailAsync(Input.Email.Trim()) is not null)
        {
            ModelState.AddModelError("Input.Email", l["An account with this e-mail address already exists."]);
        }

        if (!ModelState.IsValid)
        {
            return await PageAsync(ct);
        }

        var user = new ApplicationUser
        {
            UserName = Input.Email.Trim(),
            Email = Input.Email.Trim(),
            FullName = Input.FullName.Trim().Normalize(),
            AgencyId = Input.AgencyId!.Value,
            MustChangePassword = true,
            EmailConfirmed = true,
            LockoutEnabled = true,
        };
        var password = TemporaryPassword.Generate();
        AuditTrail.Add(db, User.ToActor(), clock.GetUtcNow().UtcDateTime, "user.create", nameof(ApplicationUser), user.Id, null, new { user.FullName, user.Email, user.AgencyId, Input.Role });
        IdentityResult result;
        try
        {
            result = await userManager.CreateAsync(user, password);
            if (result.Succeeded)
            {
                result = await userManager.AddToRoleAsync(user, Input.Role);
            }
        }
        catch (DbUpdateException)
        {
            ModelState.AddModelError(string.Empty, l["The account could not be saved because the data changed at the same time. Check the form and try again."]);
            return await PageAsync(ct);
        }

        if (!result.Succeeded)
        {
            foreach (var error in result.Errors)
            {
                var field = error.Code is "DuplicateEmail" or "DuplicateUserName" or "InvalidEmail" or "InvalidUserName" ? "Input.Email" : string.Empty;
                ModelState.AddModelError(field, l[$"Identity.{error.Code}"]);
            }

            return await PageAsync(ct);
        }

        logger.LogInformation(UserCreated, "Administrator {Admin} created user {UserName} as {Role}", User.Identity?.Name, user.UserName, Input.Role);
        TempData["StatusMessage"] = l["The account of {0} has been created.", user.FullName].Value;
        TempData["TemporaryPassword"] = password;
        return RedirectToPage("Edit", new { id = user.Id });
    }

    private async Task<PageResult> PageAsync(CancellationToken ct)
    {
        Agencies = await AgencyChoices.LoadAsync(db, null, ct);
        return Page();
    }

    public sealed class InputModel
    {
        [Required(ErrorMessage = "Enter the full name.")]
        [StringLength(ApplicationUser.FullNameLength, ErrorMessage = "The full name may have at most {1} characters.")]
        [Display(Name = "Full name")]
        public string FullName { get; set; } = string.Empty;

        [Required(ErrorMessage = "Enter the e-mail address.")]
        [EmailAddress(ErrorMessage = "The e-mail address is not valid.")]
        [StringLength(256, ErrorMessage = "The e-mail address may have at most {1} characters.")]
        [Display(Name = "E-mail address")]
        public string Email { get; set; } = string.Empty;

        [Required(ErrorMessage = "Choose a role.")]
        [Display(Name = "Role")]
        public string Role { get; set; } = string.Empty;

        [Required(ErrorMessage = "Choose an agency.")]
        [Display(Name = "Agency")]
        public int? AgencyId { get; set; }
    }
}
