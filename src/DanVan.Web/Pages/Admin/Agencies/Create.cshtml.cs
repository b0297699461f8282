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

/// <summary>Adds an agency that reports, under one administrative unit.</summary>
public sealed class CreateModel(DanVanDbContext db, TimeProvider clock, IStringLocalizer<SharedResource> l) : PageModel
{
    [BindProperty]
    public InputModel Input { get; set; } = new();

    public IReadOnlyList<SelectListItem> Units { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct) => Units = UnitTree.Options(await UnitTree.LoadAsync(db, ct));

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (ModelState.IsValid && await db.Agencies.AnyAsync(a => a.Code == Input.Code.Trim(), ct))
        {
            ModelState.AddModelError("Input.Code", l["Another agency already has this code."]);
        }

        var unit = Input.UnitId is { } unitId ? await db.Units.SingleOrDefaultAsync(u => u.Id == unitId && u.ValidTo == null, ct) : null;
        if (Input.UnitId is not null && unit is null)
        {
            ModelState.AddModelError("Input.UnitId", l["Choose a unit that has not been dissolved."]);
        }

        if (!ModelState.IsValid || unit is null)
        {
            return await PageAsync(ct);
        }

        Agency agency;
        try
        {
            agency = Agency.Create(Input.Code, Input.Name, Input.Kind!.Value, unit, Hanoi.Today(clock), Input.HeadName);
        }
        catch (DomainException ex)
        {
            ModelState.AddModelError(FieldOf(ex.Code), l[ex.Code]);
            return await PageAsync(ct);
        }

        db.Agencies.Add(agency);
        AuditTrail.Add(db, User.ToActor(), clock.GetUtcNow().UtcDateTime, "agency.create", nameof(Agency), agency.Code, null, new { agency.Code, agency.Name, Kind = agency.Kind.ToString(), UnitCode = unit.Code, agency.HeadName });
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException)
        {
            ModelState.AddModelError("Input.Code", l["Another agency already has this code."]);
            return await PageAsync(ct);
        }

        TempData["StatusMessage"] = l["The agency {0} has been created.", agency.Name].Value;
        return RedirectToPage("Index");
    }

    /// <summary>The form field that a domain rule's code is about.</summary>
    public static string FieldOf(string code) => code switch
    {
        "agency.code" => "Input.Code",
        "agency.name" => "Input.Name",
        "agency.headName" => "Input.HeadName",
        _ => string.Empty,
    };

    private async Task<PageResult> PageAsync(CancellationToken ct)
    {
        Units = UnitTree.Options(await UnitTree.LoadAsync(db, ct));
        return Page();
    }

    public sealed class InputModel
    {
        [Required(ErrorMessage = "Enter the code.")]
        [StringLength(Agency.CodeLength, ErrorMessage = "The code may have at most {1} characters.")]
        [Display(Name = "Agency code")]
        public string Code { get; set; } = string.Empty;

        [Required(ErrorMessage = "Enter the name.")]
        [StringLength(Agency.NameLength, ErrorMessage = "The name may have at most {1} characters.")]
        [Display(Name = "Name")]
        public string Name { get; set; } = string.Empty;

        [Required(ErrorMessage = "Choose the kind.")]
        [Display(Name = "Kind")]
        public AgencyKind? Kind { get; set; }

        [Required(ErrorMessage = "Choose a unit.")]
        [Display(Name = "Unit")]
        public int? UnitId { get; set; }

        [StringLength(Agency.HeadNameLength, ErrorMessage = "The head's name may have at most {1} characters.")]
        [Display(Name = "Head")]
        public string? HeadName { get; set; }
    }
}
