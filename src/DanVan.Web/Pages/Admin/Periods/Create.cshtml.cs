using System.ComponentModel.DataAnnotations;
using System.Globalization;
using DanVan.Data;
using DanVan.Domain;
using DanVan.Domain.Reporting;
using DanVan.Web.Authorization;
using DanVan.Web.Localization;
using DanVan.Web.Reporting;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace DanVan.Web.Pages.Admin.Periods;

/// <summary>Adds a quarter, a six-month or an annual review, with the dates Nghị định 09/2019/NĐ-CP gives it by default.</summary>
public sealed class CreateModel(DanVanDbContext db, TimeProvider clock, IStringLocalizer<SharedResource> l) : PageModel
{
    public const int MinYear = 2020;

    public const int MaxYear = 2100;

    [BindProperty]
    public InputModel Input { get; set; } = new();

    public void OnGet() => Input.Year = Hanoi.Today(clock).Year;

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (Input.Kind == PeriodKind.Quarter && Input.Quarter is null && ModelState.GetValidationState("Input.Quarter") != ModelValidationState.Invalid)
        {
            ModelState.AddModelError("Input.Quarter", l["Choose the quarter (1–4)."]);
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        ReportingPeriod period;
        try
        {
            period = Input.Kind switch
            {
                PeriodKind.Quarter => ReportingPeriod.Quarter(Input.Year!.Value, Input.Quarter!.Value),
                PeriodKind.SixMonths => ReportingPeriod.SixMonths(Input.Year!.Value),
                _ => ReportingPeriod.Annual(Input.Year!.Value),
            };
        }
        catch (DomainException ex)
        {
            ModelState.AddModelError(ex.Code == "period.quarter" ? "Input.Quarter" : string.Empty, l[ex.Code]);
            return Page();
        }

        if (await ExistsAsync(period, ct) || !await TryCreateAsync(period, ct))
        {
            ModelState.AddModelError("Input.Year", l["This period already exists."]);
            return Page();
        }

        TempData["StatusMessage"] = l["The period {0} has been created.", l.PeriodName(period)].Value;
        return RedirectToPage("Index");
    }

    private Task<bool> ExistsAsync(ReportingPeriod period, CancellationToken ct) =>
        db.Periods.AnyAsync(p => p.Kind == period.Kind && p.Year == period.Year && p.Number == period.Number, ct);

    /// <summary>
    /// Saves the period, then its "period.create" audit entry under the id the database gave it, in one transaction;
    /// false when another administrator created the same period meanwhile.
    /// </summary>
    private async Task<bool> TryCreateAsync(ReportingPeriod period, CancellationToken ct)
    {
        var actor = User.ToActor();
        var now = clock.GetUtcNow().UtcDateTime;
        try
        {
            await db.Database.CreateExecutionStrategy().ExecuteAsync(async () =>
            {
                await using var transaction = await db.Database.BeginTransactionAsync(ct);
                db.Periods.Add(period);
                await db.SaveChangesAsync(ct);
                AuditTrail.Add(db, actor, now, "period.create", nameof(ReportingPeriod), period.Id.ToString(CultureInfo.InvariantCulture), null, Snapshot(period));
                await db.SaveChangesAsync(ct);
                await transaction.CommitAsync(ct);
            });
            return true;
        }
        catch (DbUpdateException)
        {
            db.ChangeTracker.Clear();
            if (await ExistsAsync(period, ct))
            {
                return false;
            }

            throw;
        }
    }

    private static object Snapshot(ReportingPeriod period) => new
    {
        Kind = period.Kind.ToString(),
        period.Year,
        period.Number,
        period.DataFrom,
        period.DataTo,
        period.OpensOn,
        period.DueOn,
        period.ClosesOn,
    };

    public sealed class InputModel
    {
        [Required(ErrorMessage = "Choose the kind of period.")]
        [Display(Name = "Kind of period")]
        public PeriodKind? Kind { get; set; }

        [Required(ErrorMessage = "Enter the year.")]
        [Range(MinYear, MaxYear, ErrorMessage = "The year must be between {1} and {2}.")]
        [Display(Name = "Year")]
        public int? Year { get; set; }

        [Range(1, 4, ErrorMessage = "Choose the quarter (1–4).")]
        [Display(Name = "Quarter")]
        public int? Quarter { get; set; }
    }
}
