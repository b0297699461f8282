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
using Microsoft.AspNetCore.Authorization.Infrastructure;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace DanVan.Web.Pages.Reports;

/// <summary>
/// The signed-in user's agency's report for one period: started (by a POST) while the period is open, saved as a
/// draft by head or staff, submitted by the head. A stale form never overwrites silently: the conflict shows both versions.
/// </summary>
public sealed class EditModel(
    DanVanDbContext db,
    IAuthorizationService authorization,
    Notifier notifier,
    TimeProvider clock,
    IStringLocalizer<SharedResource> l,
    ILogger<EditModel> logger) : PageModel
{
    private static readonly EventId ReportSubmitted = new(3001, nameof(ReportSubmitted));

    [BindProperty]
    public ReportForm Input { get; set; } = new();

    public ProgressReport Report { get; private set; } = null!;

    /// <summary>After a conflict: what is saved now, shown beside each field where the user typed something else.</summary>
    public ReportForm? Saved { get; private set; }

    public bool CanSubmit { get; private set; }

    /// <summary>When the report is returned: the reviewer's decision, whose overall comment heads the form.</summary>
    public ReportTransition? Return { get; private set; }

    private DateTime Now => clock.GetUtcNow().UtcDateTime;

    /// <summary>The report not yet started (unsaved): the page offers to start it, since a GET creates nothing.</summary>
    public ProgressReport? NotStarted { get; private set; }

    public async Task<IActionResult> OnGetAsync(int periodId, CancellationToken ct)
    {
        var report = await FindAsync(periodId, ct);
        if (report is null)
        {
            var draft = await ReportDrafts.StartAsync(db, User.GetAgencyId(), periodId, Now, ct);
            if (draft is null)
            {
                return NotFound();
            }

            NotStarted = draft;
            return await MayAsync(draft, Operations.Edit) ? Page() : Forbid();
        }

        if (!await MayAsync(report, Operations.Edit))
        {
            return Forbid();
        }

        if (!report.IsEditable)
        {
            return RedirectToPage("/Reports/Details", new { id = report.Id });
        }

        Input = ReportForm.Of(report);
        return await ShowAsync(report);
    }

    /// <summary>Starts the agency's report for the period (a draft with a line per assignment), then opens it; a report already started is just opened.</summary>
    public async Task<IActionResult> OnPostStartAsync(int periodId, CancellationToken ct)
    {
        var report = await FindAsync(periodId, ct) ?? await ReportDrafts.StartAsync(db, User.GetAgencyId(), periodId, Now, ct);
        if (report is null)
        {
            return NotFound();
        }

        if (!await MayAsync(report, Operations.Edit))
        {
            return Forbid();
        }

        if (report.Id == 0)
        {
            await ReportDrafts.CreateAsync(db, report, User.ToActor(), Now, ct);
        }

        return RedirectToPage(new { periodId });
    }

    public async Task<IActionResult> OnPostSaveAsync(int periodId, CancellationToken ct)
    {
        var (report, refusal) = await LoadAsync(periodId, Operations.Edit, ct);
        if (report is null)
        {
            return refusal!;
        }

        var before = ReportSnapshot.Of(report);
        if (!Apply(report))
        {
            return await ShowAsync(report);
        }

        Audit(report, "report.save", before, ReportSnapshot.Of(report));
        if (await SaveOrConflictAsync(report, submitting: false, ct) is { } conflict)
        {
            return conflict;
        }

        TempData["StatusMessage"] = l["The draft has been saved."].Value;
        TempData["SavedVersion"] = report.RowVersion.ToString();
        return RedirectToPage(new { periodId });
    }

    public async Task<IActionResult> OnPostSubmitAsync(int periodId, CancellationToken ct)
    {
        var (report, refusal) = await LoadAsync(periodId, Operations.Submit, ct);
        if (report is null)
        {
            return refusal!;
        }

        if (report.WasSubmittedWith(Input.SubmissionToken))
        {
            return Submitted(report);
        }

        var before = ReportSnapshot.Of(report);
        if (!Apply(report))
        {
            return await ShowAsync(report);
        }

        var after = ReportSnapshot.Of(report);
        if (after.ChangesSince(before).Count > 0)
        {
            Audit(report, "report.save", before, after);
        }

        var submitted = TrySubmit(report);
        if (submitted)
        {
            await notifier.NotifyAsync(report, NotificationKind.ReportSubmitted, Now, ct);
        }

        if (await SaveOrConflictAsync(report, submitting: true, ct) is { } conflict)
        {
            return conflict;
        }

        if (submitted)
        {
            logger.LogInformation(ReportSubmitted, "{User} submitted report {ReportId} as version {Version}", User.Identity?.Name, report.Id, report.Version);
            return Submitted(report);
        }

        ModelState.Remove($"{nameof(Input)}.{nameof(ReportForm.RowVersion)}");
        Input.RowVersion = report.RowVersion;
        return await ShowAsync(report);
    }

    /// <summary>The report to post to, or why not: 404 when there is none, 403 when the user may not do <paramref name="operation"/>.</summary>
    private async Task<(ProgressReport? Report, IActionResult? Refusal)> LoadAsync(int periodId, OperationAuthorizationRequirement operation, CancellationToken ct)
    {
        var report = await FindAsync(periodId, ct);
        return report is null ? (null, NotFound()) : await MayAsync(report, operation) ? (report, null) : (null, Forbid());
    }

    /// <summary>The user's own agency's report for the period; nobody addresses another agency's report here.</summary>
    private Task<ProgressReport?> FindAsync(int periodId, CancellationToken ct)
    {
        var agencyId = User.GetAgencyId();
        return db.Reports.WithContent().SingleOrDefaultAsync(r => r.AgencyId == agencyId && r.PeriodId == periodId, ct);
    }

    /// <summary>Applies the posted form through the domain; binding errors and refused values stay next to their fields.</summary>
    private bool Apply(ProgressReport report)
    {
        if (!report.IsEditable)
        {
            ModelState.AddModelError(string.Empty, l["report.notEditable"]);
            return false;
        }

        foreach (var (field, code) in Input.ApplyTo(report, nameof(Input)))
        {
            ModelState.AddModelError(field, l[code]);
        }

        return ModelState.IsValid;
    }

    /// <summary>Submits a report without problems; otherwise marks every problem next to its field (the typing is still saved).</summary>
    private bool TrySubmit(ProgressReport report)
    {
        foreach (var (line, code) in report.ProblemsForSubmission())
        {
            ModelState.AddModelError(Input.FieldOf(line, code, nameof(Input)), l[code]);
        }

        if (!ModelState.IsValid)
        {
            ModelState.AddModelError(string.Empty, l["The draft has been saved but not submitted. Correct the marked fields, then submit again."]);
            return false;
        }

        var before = new { Status = report.Status.ToString(), report.Version };
        try
        {
            report.Submit(User.ToActor(), Now, Input.SubmissionToken);
        }
        catch (DomainException ex)
        {
            ModelState.AddModelError(string.Empty, l[ex.Code]);
            return false;
        }

        Audit(report, "report.submit", before, new { Status = report.Status.ToString(), report.Version, report.SubmittedAtUtc, report.IsLate });
        return true;
    }

    /// <summary>
    /// Saves only over the version the form was loaded at. Otherwise nothing is saved: the form keeps what the user typed,
    /// the values saved meanwhile are shown beside it, and the form takes the new version so that saving again overwrites.
    /// </summary>
    private async Task<IActionResult?> SaveOrConflictAsync(ProgressReport report, bool submitting, CancellationToken ct)
    {
        if (await ReportDrafts.SaveOverAsync(db, report, Input.RowVersion, ct) is not { } current)
        {
            return null;
        }

        if (submitting && current.WasSubmittedWith(Input.SubmissionToken))
        {
            return Submitted(current);
        }

        ModelState.Clear();
        ModelState.AddModelError(string.Empty, l["Someone else saved this report while you were editing it. What you typed is still in the form; the values saved now are shown under each field where they differ. Check them, then save again to keep your version."]);
        Saved = ReportForm.Of(current);
        Input.RowVersion = current.RowVersion;
        return await ShowAsync(current);
    }

    private async Task<IActionResult> ShowAsync(ProgressReport report)
    {
        Report = report;
        CanSubmit = await MayAsync(report, Operations.Submit);
        Return = await ReportDrafts.LastReturnAsync(db, report, HttpContext.RequestAborted);
        return Page();
    }

    private RedirectToPageResult Submitted(ProgressReport report)
    {
        TempData["StatusMessage"] = (report.IsLate ? l["The report has been submitted after the due date; it is marked late."] : l["The report has been submitted."]).Value;
        return RedirectToPage("/Reports/Details", new { id = report.Id });
    }

    private async Task<bool> MayAsync(ProgressReport report, OperationAuthorizationRequirement operation) =>
        (await authorization.AuthorizeAsync(User, report, operation)).Succeeded;

    private void Audit(ProgressReport report, string action, object? before, object? after) =>
        AuditTrail.Add(db, User.ToActor(), Now, action, nameof(ProgressReport), report.Id.ToString(CultureInfo.InvariantCulture), before, after);
}
