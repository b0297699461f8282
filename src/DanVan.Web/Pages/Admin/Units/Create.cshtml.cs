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

/// <summary>Creates a district under the city, or a ward under a district or the city.</summary>
public sealed class CreateModel(DanVanDbContext db, TimeProvider clock, IStringLocalizer<SharedResource> l) : PageModel
{
    [BindProperty]
    public InputModel Input { get; set; } = new();

    public IReadOnlyList<SelectListItem> Parents { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct)
    {
        Input.ValidFrom = Hanoi.Today(clock);
        await LoadParentsAsync(ct);
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (Input.Level is UnitLevel.City)
        {
            ModelState.AddModelError("Input.Level", l["A new unit is a district or a ward."]);
        }

        if (ModelState.IsValid && await db.Units.AnyAsync(u => u.Code == Input.Code.Trim(), ct))
        {
            ModelState.AddModelError("Input.Code", l["Another unit already has this code."]);
        }

        var parent = Input.ParentId is { } parentId ? await db.Units.SingleOrDefaultAsync(u => u.Id == parentId && u.ValidTo == null, ct) : null;
        if (Input.ParentId is not null && parent is null)
        {
            ModelState.AddModelError("Input.ParentId", l["Choose a parent unit."]);
        }

        if (!ModelState.IsValid || parent is null)
        {
            return await PageAsync(ct);
        }

        AdministrativeUnit unit;
        try
        {
            unit = AdministrativeUnit.CreateBelow(parent, Input.Level!.Value, Input.Code, Input.Name, Input.ValidFrom!.Value);
        }
        catch (DomainException ex)
        {
            ModelState.AddModelError(ex.Code == "unit.invalidParent" ? "Input.ParentId" : string.Empty, l[ex.Code]);
            return await PageAsync(ct);
        }

        db.Units.Add(unit);
        AuditTrail.Add(db, User.ToActor(), clock.GetUtcNow().UtcDateTime, "unit.create", nameof(AdministrativeUnit), unit.Code, null, new { unit.Code, unit.Name, Level = unit.Level.ToString(), ParentCode = parent.Code, unit.ValidFrom });
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException)
        {
            ModelState.AddModelError("Input.Code", l["Another unit already has this code."]);
            return await PageAsync(ct);
        }

        TempData["StatusMessage"] = l["The unit {0} has been created.", unit.Name].Value;
        return RedirectToPage("Index");
    }

    private async Task<PageResult> PageAsync(CancellationToken ct)
    {
        await LoadParentsAsync(ct);
        return Page();
    }

    private async Task LoadParentsAsync(CancellationToken ct) =>
        Parents = UnitTree.Options((await UnitTree.LoadAsync(db, ct)).Where(u => u.Level is UnitLevel.City or UnitLevel.District));

    public sealed class InputModel
    {
        [Required(ErrorMessage = "Choose the level.")]
        [Display(Name = "Level")]
        public UnitLevel? Level { get; set; }

        [Required(ErrorMessage = "Choose a parent unit.")]
        [Display(Name = "Parent unit")]
        public int? ParentId { get; set; }

        [Required(ErrorMessage = "Enter the code.")]
        [StringLength(AdministrativeUnit.CodeLength, ErrorMessage = "The code may have at most {1} characters.")]
        [Display(Name = "Unit code")]
        public string Code { get; set; } = string.Empty;

        [Required(ErrorMessage = "Enter the name.")]
        [StringLength(AdministrativeUnit.NameLength, ErrorMessage = "The name may have at most {1} characters.")]
        [Display(Name = "Name")]
        public string Name { get; set; } = string.Empty;

        [Required(ErrorMessage = "Enter the date from which the unit is valid.")]
        [Display(Name = "Valid from")]
        public DateOnly? ValidFrom { get; set; }
    }
}
