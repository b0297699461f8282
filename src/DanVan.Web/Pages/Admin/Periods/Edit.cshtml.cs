using System.ComponentModel.DataAnnotations;
using System.Globalization;
using DanVan.Data;
using DanVan.Domain;
using DanVan.Domain.Reporting;
using DanVan.Web.Authorization;
using DanVan.Web.Localization;
using DanVan.Web.Reporting;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace DanVan.Web.Pages.Admin.Periods;

/// <summary>Reschedules a period's opening, due and closing dates — typically to extend the deadline (gia hạn).</summary>
public sealed class EditModel(DanVanDbContext db, TimeProvider clock, IStringLocalizer<SharedResource> l) : PageModel
{
    [BindProperty]
    public InputModel Input { get; set; } = new();

    public ReportingPeriod Period { get; private set; } = null!;

    public PeriodState State { get; private set; } = null!;

    public int Submitted { get; private set; }

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken ct)
    {
        if (!await LoadAsync(id, ct))
        {
            return NotFound();
        }

        Input = new InputModel { OpensOn = Period.OpensOn, DueOn = Period.DueOn, ClosesOn = Period.ClosesOn };
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int id, CancellationToken ct)
    {
        if (!await LoadAsync(id, ct))
        {
            return NotFound();
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        var before = Snapshot();
        try
        {
            Period.Reschedule(Input.OpensOn!.Value, Input.DueOn!.Value, Input.ClosesOn!.Value);
        }
        catch (DomainException ex)
        {
            ModelState.AddModelError(ex.Code == "period.dateOrder" ? "Input.DueOn" : string.Empty, l[ex.Code]);
            return Page();
        }

        var after = Snapshot();
        if (after.Equals(before))
        {
            TempData["StatusMessage"] = l["Nothing was changed."].Value;
            return RedirectToPage("Index");
        }

        AuditTrail.Add(db, User.ToActor(), clock.GetUtcNow().UtcDateTime, "period.reschedule", nameof(ReportingPeriod), Period.Id.ToString(CultureInfo.InvariantCulture), before, after);
        await db.SaveChangesAsync(ct);
        TempData["StatusMessage"] = l["The dates of {0} have been saved.", l.PeriodName(Period)].Value;
        return RedirectToPage("Index");
    }

    private async Task<bool> LoadAsync(int id, CancellationToken ct)
    {
        var period = await db.Periods.SingleOrDefaultAsync(p => p.Id == id, ct);
        if (period is null)
        {
            return false;
        }

        Period = period;
        State = PeriodState.Of(period, clock.GetUtcNow().UtcDateTime, l);
        Submitted = await db.Reports.CountAsync(r => r.PeriodId == id && r.Version >= 1, ct);
        return true;
    }

    private Dates Snapshot() => new(Period.OpensOn, Period.DueOn, Period.ClosesOn);

    private sealed record Dates(DateOnly OpensOn, DateOnly DueOn, DateOnly ClosesOn);

    public sealed class InputModel
    {
        [Required(ErrorMessage = "Enter the opening date.")]
        [Display(Name = "Opening date")]
        public DateOnly? OpensOn { get; set; }

        [Required(ErrorMessage = "Enter the due date.")]
        [Display(Name = "Due date")]
        public DateOnly? DueOn { get; set; }

        [Required(ErrorMessage = "Enter the closing date.")]
        [Display(Name = "Closing date")]
        public DateOnly? ClosesOn { get; set; }
    }
}
