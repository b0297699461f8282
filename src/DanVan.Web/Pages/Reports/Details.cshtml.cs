using DanVan.Data;
using DanVan.Domain.Reporting;
using DanVan.Web.Authorization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace DanVan.Web.Pages.Reports;

/// <summary>A report read-only, with the reviewer's last decision and what the user may do next; only within the user's scope.</summary>
public sealed class DetailsModel(DanVanDbContext db, IAuthorizationService authorization, TimeProvider clock) : PageModel
{
    public ProgressReport Report { get; private set; } = null!;

    /// <summary>The reviewer's last decision (return, acceptance or reopening) when the report is returned or accepted.</summary>
    public ReportTransition? LastDecision { get; private set; }

    public bool CanEdit { get; private set; }

    public bool CanReview { get; private set; }

    /// <summary>An administrator may reopen it: accepted, or left unsubmitted after its period closed.</summary>
    public bool CanReopen { get; private set; }

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken ct)
    {
        var report = await db.Reports.WithContent().AsNoTracking().SingleOrDefaultAsync(r => r.Id == id, ct);
        if (report is null)
        {
            return NotFound();
        }

        if (!(await authorization.AuthorizeAsync(User, report, Operations.Read)).Succeeded)
        {
            return Forbid();
        }

        Report = report;
        CanEdit = report.IsEditable && (await authorization.AuthorizeAsync(User, report, Operations.Edit)).Succeeded;
        CanReview = (await authorization.AuthorizeAsync(User, report, Operations.Review)).Succeeded;
        CanReopen = report.CanBeReopened(clock.GetUtcNow().UtcDateTime) && (await authorization.AuthorizeAsync(User, report, Operations.Reopen)).Succeeded;
        if (report.Status is ReportStatus.Returned or ReportStatus.Accepted)
        {
            LastDecision = await db.ReportTransitions.AsNoTracking()
                .Where(t => t.ReportId == id && t.To == report.Status)
                .OrderByDescending(t => t.AtUtc).ThenByDescending(t => t.Id)
                .FirstOrDefaultAsync(ct);
        }

        return Page();
    }
}
