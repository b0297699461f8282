using System.ComponentModel.DataAnnotations;
using System.Globalization;
using DanVan.Data;
using DanVan.Domain;
using DanVan.Domain.Notifications;
using DanVan.Domain.Reporting;
using DanVan.Web.Authorization;
using DanVan.Web.Localization;
using DanVan.Web.Notices;
using DanVan.Web.Reporting;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace DanVan.Web.Pages.Admin.Reports;

/// <summary>
/// An administrator reopens a report with a recorded reason and a confirmation: an accepted report goes back to its agency,
/// and a report left unsubmitted after its period closed gets a window in which its agency can still submit it.
/// </summary>
public sealed class ReopenModel(
    DanVanDbContext db,
    IAuthorizationService authorization,
    Notifier notifier,
    TimeProvider clock,
    IStringLocalizer<SharedResource> l,
    ILogger<ReopenModel> logger) : PageModel
{
    private static readonly EventId ReportReopened = new(3103, nameof(ReportReopened));

    public ProgressReport Report { get; private set; } = null!;

    /// <summary>The transition that accepted the report, when it is accepted.</summary>
    public ReportTransition? Acceptance { get; private set; }

    [BindProperty]
    public InputModel Input { get; set; } = new();

    public bool CanReopen { get; private set; }

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken ct)
    {
        var denied = await LoadAsync(id, ct);
        if (denied is not null)
        {
            return denied;
        }

        Input = new InputModel { RowVersion = Report.RowVersion };
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int id, CancellationToken ct)
    {
        var denied = await LoadAsync(id, ct);
        if (denied is not null)
        {
            return denied;
        }

        if (!Input.Confirm)
        {
            ModelState.AddModelError("Input.Confirm", l["Tick the box to confirm."]);
        }

        if (Input.RowVersion != Report.RowVersion)
        {
            ModelState.Remove("Input.RowVersion");
            Input.RowVersion = Report.RowVersion;
            ModelState.AddModelError(string.Empty, l["The report changed while you were reading it. Check it and confirm again."]);
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        var actor = User.ToActor();
        var now = clock.GetUtcNow().UtcDateTime;
        var before = new { Status = Report.Status.ToString(), Report.SubmissionWindowEndsUtc };
        try
        {
            Report.Reopen(actor, Input.Reason, now);
        }
        catch (DomainException ex)
        {
            ModelState.AddModelError(ex.Code == "report.reopenNeedsReason" ? "Input.Reason" : string.Empty, l[ex.Code]);
            return Page();
        }

        AuditTrail.Add(db, actor, now, "report.reopen", nameof(ProgressReport), Report.Id.ToString(CultureInfo.InvariantCulture),
            before, new { Status = Report.Status.ToString(), Reason = Input.Reason.Trim(), Report.SubmissionWindowEndsUtc });
        await notifier.NotifyAsync(Report, NotificationKind.ReportReturned, now, ct);
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            TempData["StatusMessage"] = l["The report changed while you were reading it. Check it and confirm again."].Value;
            return RedirectToPage(new { id });
        }

        logger.LogInformation(ReportReopened, "Administrator {UserName} reopened report {ReportId}", User.Identity?.Name, Report.Id);
        TempData["StatusMessage"] = l["The report of {0} for {1} has been reopened; its agency can edit it again.", Report.Agency!.Name, l.PeriodName(Report.Period!)].Value;
        return RedirectToPage(new { id });
    }

    private async Task<IActionResult?> LoadAsync(int id, CancellationToken ct)
    {
        var report = await db.Reports.WithContent().SingleOrDefaultAsync(r => r.Id == id, ct);
        if (report is null)
        {
            return NotFound();
        }

        if (!(await authorization.AuthorizeAsync(User, report, Operations.Reopen)).Succeeded)
        {
            return Forbid();
        }

        Report = report;
        CanReopen = report.CanBeReopened(clock.GetUtcNow().UtcDateTime);
        Response.Headers.CacheControl = "no-store";
        Acceptance = report.Status == ReportStatus.Accepted
            ? await db.ReportTransitions.AsNoTracking().Where(t => t.ReportId == id && t.To == ReportStatus.Accepted).OrderByDescending(t => t.AtUtc).FirstOrDefaultAsync(ct)
            : null;
        return null;
    }

    public sealed class InputModel
    {
        [Required(ErrorMessage = "Enter the reason for reopening the report.")]
        [StringLength(ReportTransition.CommentLength, ErrorMessage = "The reason may have at most {1} characters.")]
        [Display(Name = "Reason for reopening")]
        public string Reason { get; set; } = string.Empty;

        public bool Confirm { get; set; }

        public Guid? RowVersion { get; set; }
    }
}
