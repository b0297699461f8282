using System.Globalization;
using DanVan.Data;
using DanVan.Domain.Notifications;
using DanVan.Domain.Reporting;
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

/// <summary>The reviewer's queue: submitted reports in their review scope, oldest submission first; several can be accepted at once.</summary>
public sealed class IndexModel(
    DanVanDbContext db,
    IAuthorizationService authorization,
    Notifier notifier,
    TimeProvider clock,
    IStringLocalizer<SharedResource> l,
    ILogger<IndexModel> logger) : PageModel
{
    private static readonly EventId ReportsAccepted = new(3101, nameof(ReportsAccepted));

    public PagedList<QueueRow> Queue { get; private set; } = null!;

    public IReadOnlyList<ReportingPeriod> Periods { get; private set; } = [];

    public int? PeriodId { get; private set; }

    public bool? Late { get; private set; }

    /// <summary>Per report on the page, how many lines repeat the previous period's results (absent when none).</summary>
    public IReadOnlyDictionary<int, int> Unchanged { get; private set; } = new Dictionary<int, int>();

    public async Task OnGetAsync(int? period, bool? late, int? p, CancellationToken ct)
    {
        (PeriodId, Late) = (period, late);
        Periods = await db.Periods.AsNoTracking().OrderByDescending(x => x.DataTo).ThenBy(x => x.Kind).ToListAsync(ct);
        var queue = db.AwaitingReviewBy(User.GetScope()).AsNoTracking();
        if (period is { } periodId)
        {
            queue = queue.Where(r => r.PeriodId == periodId);
        }

        if (late is { } isLate)
        {
            queue = queue.Where(r => r.IsLate == isLate);
        }

        Queue = await PagedList<QueueRow>.CreateAsync(
            queue.OrderBy(r => r.SubmittedAtUtc).ThenBy(r => r.Id)
                .Select(r => new QueueRow(
                    r.Id,
                    r.Period!,
                    r.Agency!.Name,
                    r.Agency.Unit!.Name,
                    r.SubmittedAtUtc!.Value,
                    r.IsLate,
                    r.Transitions.Count(t => t.To == ReportStatus.Returned),
                    r.Version)),
            p,
            cancellationToken: ct);
        Unchanged = await UnchangedLineCounts.ForAsync(db, Queue.Items.Select(r => r.Id).ToList(), Periods, ct);
    }

    /// <summary>Accepts each selected report that the user reviews and that still awaits review, one transition each, in one save.</summary>
    public async Task<IActionResult> OnPostAcceptSelectedAsync(int[] selected, int? period, bool? late, int? p, CancellationToken ct)
    {
        var ids = selected.Distinct().ToList();
        if (ids.Count == 0)
        {
            TempData["ReviewWarning"] = l["Tick at least one report to accept."].Value;
            return RedirectToPage(new { period, late, p });
        }

        var reports = await db.Reports.WithContent().Where(r => ids.Contains(r.Id)).ToListAsync(ct);
        var actor = User.ToActor();
        var now = clock.GetUtcNow().UtcDateTime;
        var accepted = new List<int>();
        foreach (var report in reports)
        {
            if (!(await authorization.AuthorizeAsync(User, report, Operations.Review)).Succeeded || report.Status != ReportStatus.Submitted)
            {
                continue;
            }

            report.Accept(actor, now);
            AuditTrail.Add(db, actor, now, "report.accept", nameof(ProgressReport), report.Id.ToString(CultureInfo.InvariantCulture),
                new { Status = nameof(ReportStatus.Submitted) }, new { Status = report.Status.ToString(), Comment = (string?)null });
            await notifier.NotifyAsync(report, NotificationKind.ReportAccepted, now, ct);
            accepted.Add(report.Id);
        }

        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            TempData["ReviewWarning"] = l["Another reviewer decided on some of these reports at the same time; nothing was accepted. Check the queue and try again."].Value;
            return RedirectToPage(new { period, late, p });
        }

        logger.LogInformation(ReportsAccepted, "Reviewer {UserName} accepted reports {ReportIds}", User.Identity?.Name, accepted);
        TempData["StatusMessage"] = l["{0} reports have been accepted.", accepted.Count].Value;
        if (ids.Count > accepted.Count)
        {
            TempData["ReviewWarning"] = l["{0} of the selected reports were skipped: they are outside your review scope or no longer await review.", ids.Count - accepted.Count].Value;
        }

        return RedirectToPage(new { period, late, p });
    }

    public sealed record QueueRow(int Id, ReportingPeriod Period, string AgencyName, string UnitName, DateTime SubmittedAtUtc, bool IsLate, int TimesReturned, int Submissions)
    {
        /// <summary>How many times the report was changed and sent again since its first submission.</summary>
        public int Resubmissions => Submissions - 1;
    }
}
