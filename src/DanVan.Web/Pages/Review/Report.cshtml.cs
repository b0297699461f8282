using System.Globalization;
using DanVan.Data;
using DanVan.Domain;
using DanVan.Domain.Notifications;
using DanVan.Domain.Reporting;
using DanVan.Web.Auditing;
using DanVan.Web.Authorization;
using DanVan.Web.Localization;
using DanVan.Web.Notices;
using DanVan.Web.Paging;
using DanVan.Web.Reporting;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace DanVan.Web.Pages.Review;

/// <summary>A report under review, beside the same agency's report for the previous period; the reviewer accepts or returns it.</summary>
public sealed class ReportModel(
    DanVanDbContext db,
    IAuthorizationService authorization,
    Notifier notifier,
    TimeProvider clock,
    IStringLocalizer<SharedResource> l,
    ILogger<ReportModel> logger) : PageModel
{
    private static readonly EventId ReportDecided = new(3102, nameof(ReportDecided));

    public ProgressReport Report { get; private set; } = null!;

    /// <summary>The page of the report's audit entries shown below it.</summary>
    [BindProperty(SupportsGet = true, Name = AuditQueries.ReportPageParameter)]
    public int? AuditPage { get; set; }

    public PagedList<AuditRow> Audit { get; private set; } = null!;

    public ProgressReport? Previous { get; private set; }

    /// <summary>
    /// When the agency is new in a merged unit: the previous period's reports of the same kind of agency in the units
    /// merged into it (its predecessors), to compare with.
    /// </summary>
    public IReadOnlyList<ProgressReport> PredecessorReports { get; private set; } = [];

    /// <summary>Lines of this report whose results repeat the previous period's, flagged for the reviewer.</summary>
    public IReadOnlySet<int> UnchangedLines { get; private set; } = new HashSet<int>();

    public bool CanReopen { get; private set; }

    /// <summary>For a resubmitted report: what changed since the version that was returned (null for a first submission).</summary>
    public IReadOnlyList<ChangeRow>? ChangesSinceReturned { get; private set; }

    /// <summary>The version compared with, when <see cref="ChangesSinceReturned"/> is shown.</summary>
    public int? ReturnedVersion { get; private set; }

    /// <summary>Earlier returns of this report with the reviewer's overall comment, oldest first.</summary>
    public IReadOnlyList<ReportTransition> EarlierReturns { get; private set; } = [];

    [BindProperty]
    public InputModel Input { get; set; } = new();

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

    public Task<IActionResult> OnPostAcceptAsync(int id, CancellationToken ct) =>
        DecideAsync(id, "report.accept", NotificationKind.ReportAccepted, (actor, now) => Report.Accept(actor, now, Input.AcceptComment), ct);

    public Task<IActionResult> OnPostReturnAsync(int id, CancellationToken ct) =>
        DecideAsync(id, "report.return", NotificationKind.ReportReturned, (actor, now) => Report.Return(actor, Input.Comment, now, LineComments()), ct);

    private async Task<IActionResult> DecideAsync(int id, string action, NotificationKind kind, Action<Actor, DateTime> decide, CancellationToken ct)
    {
        var denied = await LoadAsync(id, ct, tracked: true);
        if (denied is not null)
        {
            return denied;
        }

        if (Input.RowVersion != Report.RowVersion)
        {
            return await ConflictAsync(id, ct);
        }

        var actor = User.ToActor();
        var now = clock.GetUtcNow().UtcDateTime;
        var before = new { Status = Report.Status.ToString() };
        try
        {
            decide(actor, now);
        }
        catch (DomainException ex)
        {
            ModelState.AddModelError(ex.Code == "report.returnNeedsComment" ? "Input.Comment" : string.Empty, l[ex.Code]);
            return Page();
        }

        var transition = Report.Transitions.Last();
        var lineComments = Report.Status == ReportStatus.Returned
            ? Report.Lines.Where(line => line.ReviewComment is not null).ToDictionary(line => line.Id, line => line.ReviewComment)
            : null;
        AuditTrail.Add(db, actor, now, action, nameof(ProgressReport), Report.Id.ToString(CultureInfo.InvariantCulture),
            before, new { Status = Report.Status.ToString(), transition.Comment, LineComments = lineComments });
        await notifier.NotifyAsync(Report, kind, now, ct);
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            return await ConflictAsync(id, ct);
        }

        logger.LogInformation(ReportDecided, "Reviewer {UserName} moved report {ReportId} to {Status}", User.Identity?.Name, Report.Id, Report.Status);
        var message = Report.Status == ReportStatus.Accepted ? "The report of {0} for {1} has been accepted." : "The report of {0} for {1} has been returned to its agency.";
        TempData["StatusMessage"] = l[message, Report.Agency!.Name, l.PeriodName(Report.Period!)].Value;
        return RedirectToPage("Index");
    }

    /// <summary>Someone else decided (or the report changed) first: show the report as it is now, with the reviewer's input kept.</summary>
    private async Task<IActionResult> ConflictAsync(int id, CancellationToken ct)
    {
        db.ChangeTracker.Clear();
        var denied = await LoadAsync(id, ct);
        if (denied is not null)
        {
            return denied;
        }

        ModelState.Remove("Input.RowVersion");
        Input.RowVersion = Report.RowVersion;
        ModelState.AddModelError(string.Empty, l["Someone else decided on or changed this report first. It is shown as it is now; check it before deciding."]);
        return Page();
    }

    private Dictionary<ReportLine, string> LineComments() =>
        Report.Lines.Where(line => !string.IsNullOrWhiteSpace(Input.LineComments.GetValueOrDefault(line.Id)))
            .ToDictionary(line => line, line => Input.LineComments[line.Id]!);

    private async Task<IActionResult?> LoadAsync(int id, CancellationToken ct, bool tracked = false)
    {
        var reports = tracked ? db.Reports : db.Reports.AsNoTracking();
        var report = await reports.WithContent().SingleOrDefaultAsync(r => r.Id == id, ct);
        if (report is null)
        {
            return NotFound();
        }

        if (!(await authorization.AuthorizeAsync(User, report, Operations.Review)).Succeeded)
        {
            return Forbid();
        }

        Report = report;
        Audit = await AuditQueries.ReportPageAsync(db, id, AuditPage, l, ct);
        Response.Headers.CacheControl = "no-store";
        CanReopen = report.CanBeReopened(clock.GetUtcNow().UtcDateTime) && (await authorization.AuthorizeAsync(User, report, Operations.Reopen)).Succeeded;
        var period = report.Period!;
        var previousId = period.PreviousAmong(await db.Periods.AsNoTracking().Where(p => p.Kind == period.Kind).ToListAsync(ct))?.Id;
        Previous = previousId is null ? null : await db.Reports.AsNoTracking().WithContent()
            .SingleOrDefaultAsync(r => r.AgencyId == report.AgencyId && r.PeriodId == previousId, ct);
        UnchangedLines = report.LinesUnchangedSince(Previous);
        await LoadResubmissionAsync(report, ct);
        if (Previous is null && previousId is not null)
        {
            var agency = report.Agency!;
            var predecessors = db.Set<Domain.Organization.UnitPredecessor>().Where(p => p.SuccessorId == agency.UnitId).Select(p => p.PredecessorId);
            var predecessorReports = await db.Reports.AsNoTracking().WithContent()
                .Where(r => r.PeriodId == previousId && r.Version >= 1 && r.Agency!.Kind == agency.Kind && predecessors.Contains(r.Agency.UnitId))
                .ToListAsync(ct);
            PredecessorReports = predecessorReports.OrderBy(r => r.Agency!.Name, VietnameseOrder.Names).ToList();
        }

        return null;
    }

    private async Task LoadResubmissionAsync(ProgressReport report, CancellationToken ct)
    {
        EarlierReturns = await db.ReportTransitions.AsNoTracking()
            .Where(t => t.ReportId == report.Id && t.To == ReportStatus.Returned).OrderBy(t => t.AtUtc).ThenBy(t => t.Id).ToListAsync(ct);
        var lastTwo = await db.ReportVersions.AsNoTracking().Where(v => v.ReportId == report.Id)
            .OrderByDescending(v => v.Number).Take(2).ToListAsync(ct);
        if (EarlierReturns.Count > 0 && lastTwo.Count == 2)
        {
            (ReturnedVersion, ChangesSinceReturned) = (lastTwo[1].Number, VersionChanges.Between(lastTwo[1].Snapshot, lastTwo[0].Snapshot, l));
        }
    }

    public sealed class InputModel
    {
        /// <summary>The overall comment when returning the report.</summary>
        public string? Comment { get; set; }

        /// <summary>Comments on the report's lines, by line id.</summary>
        public Dictionary<int, string?> LineComments { get; set; } = [];

        /// <summary>The optional comment when accepting the report.</summary>
        public string? AcceptComment { get; set; }

        public Guid? RowVersion { get; set; }
    }
}
