using System.ComponentModel.DataAnnotations;
using DanVan.Data;
using DanVan.Domain;
using DanVan.Domain.Organization;
using DanVan.Web.Authorization;
using DanVan.Web.Localization;
using DanVan.Web.Reporting;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace DanVan.Web.Pages.Admin.Units;

/// <summary>
/// Merges units of one level into a new unit from an effective date (as Hanoi merged its wards on 1 July 2025): the new
/// unit records them as predecessors, they are dissolved that day and their agencies stop reporting.
/// </summary>
public sealed class MergeModel(DanVanDbContext db, TimeProvider clock, IStringLocalizer<SharedResource> l) : PageModel
{
    [BindProperty]
    public InputModel Input { get; set; } = new();

    /// <summary>The active units that may be merged: those below the chosen parent (of the level below it).</summary>
    public IReadOnlyList<UnitTree.UnitNode> Candidates { get; private set; } = [];

    public IReadOnlyList<SelectListItem> Parents { get; private set; } = [];

    public async Task OnGetAsync(int? parent, CancellationToken ct)
    {
        Input = new InputModel { ParentId = parent, EffectiveOn = Hanoi.Today(clock) };
        await LoadAsync(ct);
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        var ids = Input.PredecessorIds.Distinct().ToList();
        var predecessors = await db.Units.Include(u => u.Versions).Where(u => ids.Contains(u.Id) && u.ValidTo == null).ToListAsync(ct);
        var parent = Input.ParentId is { } parentId ? await db.Units.SingleOrDefaultAsync(u => u.Id == parentId && u.ValidTo == null, ct) : null;
        if (predecessors.Count == 0 || predecessors.Count != ids.Count || predecessors.Select(u => u.Level).Distinct().Count() != 1)
        {
            ModelState.AddModelError("Input.PredecessorIds", l["Choose the units to merge, all of one level and not dissolved."]);
        }

        if (parent is null)
        {
            ModelState.AddModelError("Input.ParentId", l["Choose a parent unit."]);
        }

        if (ModelState.IsValid && await db.Units.AnyAsync(u => u.Code == Input.Code.Trim(), ct))
        {
            ModelState.AddModelError("Input.Code", l["Another unit already has this code."]);
        }

        if (!Input.Confirm)
        {
            ModelState.AddModelError("Input.Confirm", l["Tick the box to confirm."]);
        }

        if (!ModelState.IsValid)
        {
            await LoadAsync(ct);
            return Page();
        }

        AdministrativeUnit merged;
        try
        {
            merged = AdministrativeUnit.Merge(predecessors, parent!, predecessors[0].Level, Input.Code, Input.Name, Input.EffectiveOn!.Value);
        }
        catch (DomainException ex)
        {
            ModelState.AddModelError(ex.Code switch { "unit.invalidParent" => "Input.ParentId", "unit.code" => "Input.Code", "unit.name" => "Input.Name", _ => "Input.EffectiveOn" }, l[ex.Code]);
            await LoadAsync(ct);
            return Page();
        }

        var agencies = await db.Agencies.Include(a => a.Versions).Where(a => ids.Contains(a.UnitId) && a.IsActive).ToListAsync(ct);
        agencies.ForEach(a => a.Deactivate(Input.EffectiveOn!.Value));
        db.Units.Add(merged);
        AuditTrail.Add(db, User.ToActor(), clock.GetUtcNow().UtcDateTime, "unit.merge", nameof(AdministrativeUnit), merged.Code, null, new
        {
            merged.Code,
            merged.Name,
            ParentCode = parent!.Code,
            Input.EffectiveOn,
            Predecessors = predecessors.Select(p => p.Code),
            Deactivated = agencies.Select(a => a.Code),
        });
        await db.SaveChangesAsync(ct);
        TempData["StatusMessage"] = l["{0} units were merged into {1}; create its agencies under Agencies.", predecessors.Count, merged.Name].Value;
        return RedirectToPage("Index");
    }

    private async Task LoadAsync(CancellationToken ct)
    {
        var tree = await UnitTree.LoadAsync(db, ct);
        Parents = UnitTree.Options(tree.Where(u => u.Level < UnitLevel.Ward), Input.ParentId);
        var chosen = tree.FirstOrDefault(u => u.Id == Input.ParentId);
        Candidates = chosen is null ? [] : tree.Where(u => u.ValidTo is null && u.ParentId == chosen.Id).ToList();
    }

    public sealed class InputModel
    {
        [Display(Name = "Units to merge")]
        public List<int> PredecessorIds { get; set; } = [];

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

        [Required(ErrorMessage = "Enter the effective date.")]
        [Display(Name = "Effective from")]
        public DateOnly? EffectiveOn { get; set; }

        [Display(Name = "Merge these units into the new one; they are dissolved and their agencies stop reporting from the effective date.")]
        public bool Confirm { get; set; }
    }
}
