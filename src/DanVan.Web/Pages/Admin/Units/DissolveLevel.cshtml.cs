using System.ComponentModel.DataAnnotations;
using DanVan.Data;
using DanVan.Domain;
using DanVan.Domain.Organization;
using DanVan.Web.Authorization;
using DanVan.Web.Localization;
using DanVan.Web.Reporting;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace DanVan.Web.Pages.Admin.Units;

/// <summary>
/// Dissolves a whole level in one step (Hanoi's districts on 1 July 2025): a preview of every unit that ends, every unit
/// that moves under the level above and every agency that stops, then the change after a confirmation.
/// </summary>
public sealed class DissolveLevelModel(DanVanDbContext db, TimeProvider clock, IStringLocalizer<SharedResource> l) : PageModel
{
    [BindProperty]
    public InputModel Input { get; set; } = new();

    public LevelDissolution? Preview { get; private set; }

    public void OnGet() => Input = new InputModel { Level = UnitLevel.District, EffectiveOn = Hanoi.Today(clock) };

    public async Task<IActionResult> OnPostPreviewAsync(CancellationToken ct)
    {
        ModelState.Remove("Input.Confirm");
        if (ModelState.IsValid)
        {
            await PlanAsync(ct);
        }

        return Page();
    }

    public async Task<IActionResult> OnPostApplyAsync(CancellationToken ct)
    {
        if (!ModelState.IsValid)
        {
            return Page();
        }

        var (units, plan) = await PlanAsync(ct);
        if (!Input.Confirm)
        {
            ModelState.AddModelError("Input.Confirm", l["Tick the box to confirm."]);
        }

        if (plan is null || !Input.Confirm)
        {
            return Page();
        }

        plan.Apply(units);
        AuditTrail.Add(db, User.ToActor(), clock.GetUtcNow().UtcDateTime, "unit.dissolveLevel", nameof(AdministrativeUnit), Input.Level!.Value.ToString(), null, new
        {
            Level = plan.Level.ToString(),
            plan.On,
            Dissolved = plan.Dissolved.Select(u => u.Code),
            Moved = plan.Moves.Select(m => m.Unit.Code),
            Deactivated = plan.Deactivated.Select(a => a.Code),
        });
        await db.SaveChangesAsync(ct);
        TempData["StatusMessage"] = l["{0} units dissolved; {1} units now sit directly under the level above; {2} agencies stopped reporting.", plan.Dissolved.Count, plan.Moves.Count, plan.Deactivated.Count].Value;
        return RedirectToPage("Index");
    }

    private async Task<(List<AdministrativeUnit> Units, LevelDissolution? Plan)> PlanAsync(CancellationToken ct)
    {
        var units = await db.Units.Include(u => u.Versions).ToListAsync(ct);
        var agencies = await db.Agencies.Include(a => a.Versions).Where(a => a.IsActive).ToListAsync(ct);
        try
        {
            Preview = LevelDissolution.Plan(units, agencies, Input.Level!.Value, Input.EffectiveOn!.Value);
        }
        catch (DomainException ex)
        {
            ModelState.AddModelError(ex.Code == "unit.changeBeforeVersion" ? "Input.EffectiveOn" : "Input.Level", l[ex.Code]);
        }

        return (units, Preview);
    }

    public sealed class InputModel
    {
        [Required(ErrorMessage = "Choose a level.")]
        [Display(Name = "Level")]
        public UnitLevel? Level { get; set; }

        [Required(ErrorMessage = "Enter the effective date.")]
        [Display(Name = "Effective from")]
        public DateOnly? EffectiveOn { get; set; }

        [Display(Name = "I have checked the preview; dissolve the level.")]
        public bool Confirm { get; set; }
    }
}
