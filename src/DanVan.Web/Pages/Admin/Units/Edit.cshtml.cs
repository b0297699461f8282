using System.ComponentModel.DataAnnotations;
using DanVan.Data;
using DanVan.Domain;
using DanVan.Domain.Organization;
using DanVan.Web.Authorization;
using DanVan.Web.Reporting;
using DanVan.Web.Localization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace DanVan.Web.Pages.Admin.Units;

/// <summary>Renames a unit, moves it under another parent, or dissolves it on a date (after a confirmation).</summary>
public sealed class EditModel(DanVanDbContext db, TimeProvider clock, IStringLocalizer<SharedResource> l) : PageModel
{
    [BindProperty]
    public InputModel Input { get; set; } = new();

    public AdministrativeUnit Unit { get; private set; } = null!;

    public IReadOnlyList<SelectListItem> Parents { get; private set; } = [];

    public DateOnly? DissolveOn { get; private set; }

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken ct)
    {
        if (!await LoadAsync(id, keepInput: false, ct))
        {
            return NotFound();
        }

        DissolveOn = Hanoi.Today(clock);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int id, CancellationToken ct)
    {
        if (!await LoadAsync(id, keepInput: true, ct))
        {
            return NotFound();
        }

        AdministrativeUnit? parent = null;
        if (Unit.Level != UnitLevel.City && Input.ParentId != Unit.ParentId)
        {
            parent = Input.ParentId is { } parentId ? await db.Units.SingleOrDefaultAsync(u => u.Id == parentId && u.ValidTo == null, ct) : null;
            if (parent is null)
            {
                ModelState.AddModelError("Input.ParentId", l["Choose a parent unit."]);
            }
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        var before = new { Unit.Name, ParentCode = Unit.Parent?.Code };
        var effectiveOn = Input.EffectiveOn ?? Hanoi.Today(clock);
        try
        {
            if (parent is not null)
            {
                var descendants = await db.Units.Where(u => u.Path.StartsWith(Unit.Path) && u.Id != Unit.Id).ToListAsync(ct);
                Unit.MoveUnder(parent, effectiveOn, descendants);
            }

            Unit.Rename(Input.Name, effectiveOn);
        }
        catch (DomainException ex)
        {
            ModelState.AddModelError(ex.Code switch { "unit.name" => "Input.Name", "unit.invalidParent" => "Input.ParentId", "unit.changeBeforeVersion" => "Input.EffectiveOn", _ => string.Empty }, l[ex.Code]);
            return Page();
        }

        var after = new { Unit.Name, ParentCode = Unit.Parent?.Code, EffectiveOn = effectiveOn };
        if (after.Name == before.Name && after.ParentCode == before.ParentCode)
        {
            TempData["StatusMessage"] = l["Nothing was changed."].Value;
            return RedirectToPage("Index");
        }

        return await SaveAsync("unit.update", before, after, l["The unit {0} has been saved.", Unit.Name], ct);
    }

    public async Task<IActionResult> OnPostDissolveAsync(int id, DateOnly? dissolveOn, bool confirm, CancellationToken ct)
    {
        ModelState.Clear();
        if (!await LoadAsync(id, keepInput: false, ct))
        {
            return NotFound();
        }

        DissolveOn = dissolveOn;
        if (dissolveOn is null)
        {
            ModelState.AddModelError("dissolve-on", l["Enter the date on which the unit is dissolved."]);
        }

        if (!confirm)
        {
            ModelState.AddModelError("confirm-dissolve", l["Tick the box to confirm."]);
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        try
        {
            Unit.Dissolve(dissolveOn!.Value);
        }
        catch (DomainException ex)
        {
            ModelState.AddModelError(ex.Code == "unit.alreadyDissolved" ? string.Empty : "dissolve-on", l[ex.Code]);
            return Page();
        }

        return await SaveAsync("unit.dissolve", new { ValidTo = (DateOnly?)null }, new { Unit.ValidTo }, l["The unit {0} has been dissolved.", Unit.Name], ct);
    }

    private async Task<bool> LoadAsync(int id, bool keepInput, CancellationToken ct)
    {
        var unit = await db.Units.Include(u => u.Parent).Include(u => u.Versions).SingleOrDefaultAsync(u => u.Id == id, ct);
        if (unit is null)
        {
            return false;
        }

        Unit = unit;
        var candidates = (await UnitTree.LoadAsync(db, ct)).Where(u => u.Id != unit.Id && AdministrativeUnit.CanBeParentOf(u.Level, unit.Level));
        Parents = UnitTree.Options(candidates, unit.ParentId);
        if (!keepInput)
        {
            Input = new InputModel { Name = unit.Name, ParentId = unit.ParentId, EffectiveOn = Hanoi.Today(clock) };
        }

        return true;
    }

    private async Task<IActionResult> SaveAsync(string action, object before, object after, LocalizedString message, CancellationToken ct)
    {
        AuditTrail.Add(db, User.ToActor(), clock.GetUtcNow().UtcDateTime, action, nameof(AdministrativeUnit), Unit.Code, before, after);
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException)
        {
            ModelState.AddModelError(string.Empty, l["The change could not be saved because the data changed at the same time. Reload the page and try again."]);
            return Page();
        }

        TempData["StatusMessage"] = message.Value;
        return RedirectToPage("Index");
    }

    public sealed class InputModel
    {
        [Required(ErrorMessage = "Enter the name.")]
        [StringLength(AdministrativeUnit.NameLength, ErrorMessage = "The name may have at most {1} characters.")]
        [Display(Name = "Name")]
        public string Name { get; set; } = string.Empty;

        [Display(Name = "Parent unit")]
        public int? ParentId { get; set; }

        /// <summary>From when the new name or parent holds; periods whose data cut-off is earlier keep the old ones.</summary>
        [Display(Name = "Effective from")]
        public DateOnly? EffectiveOn { get; set; }
    }
}
