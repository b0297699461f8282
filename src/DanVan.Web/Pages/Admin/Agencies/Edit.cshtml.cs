using System.ComponentModel.DataAnnotations;
using DanVan.Data;
using DanVan.Domain;
using DanVan.Domain.Organization;
using DanVan.Web.Authorization;
using DanVan.Web.Reporting;
using DanVan.Web.Localization;
using DanVan.Web.Pages.Admin.Units;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace DanVan.Web.Pages.Admin.Agencies;

/// <summary>Renames an agency, changes its head, moves it to another unit, activates or deactivates it.</summary>
public sealed class EditModel(DanVanDbContext db, TimeProvider clock, IStringLocalizer<SharedResource> l) : PageModel
{
    [BindProperty]
    public InputModel Input { get; set; } = new();

    public Agency Agency { get; private set; } = null!;

    public IReadOnlyList<SelectListItem> Units { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken ct)
    {
        if (!await LoadAsync(id, ct))
        {
            return NotFound();
        }

        Input = new InputModel { Name = Agency.Name, HeadName = Agency.HeadName, UnitId = Agency.UnitId, IsActive = Agency.IsActive, EffectiveOn = Hanoi.Today(clock) };
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int id, CancellationToken ct)
    {
        if (!await LoadAsync(id, ct))
        {
            return NotFound();
        }

        var unit = Input.UnitId is { } unitId && unitId != Agency.UnitId
            ? await db.Units.SingleOrDefaultAsync(u => u.Id == unitId && u.ValidTo == null, ct)
            : Agency.Unit;
        if (Input.UnitId is not null && unit is null)
        {
            ModelState.AddModelError("Input.UnitId", l["Choose a unit that has not been dissolved."]);
        }

        if (!ModelState.IsValid || unit is null)
        {
            return Page();
        }

        var before = Snapshot();
        var effectiveOn = Input.EffectiveOn ?? Hanoi.Today(clock);
        try
        {
            Agency.Rename(Input.Name, effectiveOn);
            Agency.ChangeHead(Input.HeadName);
            Agency.MoveTo(unit, effectiveOn);
            if (Input.IsActive)
            {
                Agency.Activate(effectiveOn);
            }
            else
            {
                Agency.Deactivate(effectiveOn);
            }
        }
        catch (DomainException ex)
        {
            ModelState.AddModelError(ex.Code.EndsWith("changeBeforeVersion", StringComparison.Ordinal) ? "Input.EffectiveOn" : CreateModel.FieldOf(ex.Code), l[ex.Code]);
            return Page();
        }

        var after = Snapshot();
        if (after.Equals(before))
        {
            TempData["StatusMessage"] = l["Nothing was changed."].Value;
            return RedirectToPage("Index");
        }

        AuditTrail.Add(db, User.ToActor(), clock.GetUtcNow().UtcDateTime, "agency.update", nameof(Agency), Agency.Code, before, after);
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException)
        {
            ModelState.AddModelError(string.Empty, l["The change could not be saved because the data changed at the same time. Reload the page and try again."]);
            return Page();
        }

        TempData["StatusMessage"] = l["The agency {0} has been saved.", Agency.Name].Value;
        return RedirectToPage("Index");
    }

    private async Task<bool> LoadAsync(int id, CancellationToken ct)
    {
        var agency = await db.Agencies.Include(a => a.Unit).Include(a => a.Versions).SingleOrDefaultAsync(a => a.Id == id, ct);
        if (agency is null)
        {
            return false;
        }

        Agency = agency;
        Units = UnitTree.Options(await UnitTree.LoadAsync(db, ct), agency.UnitId);
        return true;
    }

    private State Snapshot() => new(Agency.Name, Agency.HeadName, Agency.Unit!.Code, Agency.IsActive);

    private sealed record State(string Name, string? HeadName, string UnitCode, bool IsActive);

    public sealed class InputModel
    {
        [Required(ErrorMessage = "Enter the name.")]
        [StringLength(Agency.NameLength, ErrorMessage = "The name may have at most {1} characters.")]
        [Display(Name = "Name")]
        public string Name { get; set; } = string.Empty;

        [StringLength(Agency.HeadNameLength, ErrorMessage = "The head's name may have at most {1} characters.")]
        [Display(Name = "Head")]
        public string? HeadName { get; set; }

        [Required(ErrorMessage = "Choose a unit.")]
        [Display(Name = "Unit")]
        public int? UnitId { get; set; }

        [Display(Name = "Active (takes part in assignments and reporting)")]
        public bool IsActive { get; set; }

        /// <summary>From when the new name, unit or state holds; periods whose data cut-off is earlier keep the old ones.</summary>
        [Display(Name = "Effective from")]
        public DateOnly? EffectiveOn { get; set; }
    }
}
