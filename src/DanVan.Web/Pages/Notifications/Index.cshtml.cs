using DanVan.Data;
using DanVan.Domain;
using DanVan.Domain.Notifications;
using DanVan.Web.Authorization;
using DanVan.Web.Localization;
using DanVan.Web.Paging;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace DanVan.Web.Pages.Notifications;

/// <summary>The signed-in user's notifications, newest first, each a sentence linking to what must be done; only one's own.</summary>
public sealed class IndexModel(DanVanDbContext db, TimeProvider clock, IStringLocalizer<SharedResource> l) : PageModel
{
    public PagedList<Notification> Notifications { get; private set; } = null!;

    public IReadOnlyList<Item> Items { get; private set; } = [];

    private string UserId => User.ToActor().UserId;

    public async Task OnGetAsync(int? p, CancellationToken ct)
    {
        var userId = UserId;
        Notifications = await PagedList<Notification>.CreateAsync(
            db.Notifications.AsNoTracking().Where(n => n.UserId == userId).OrderByDescending(n => n.CreatedAtUtc).ThenByDescending(n => n.Id), p, cancellationToken: ct);
        Items = await DescribeAsync(Notifications.Items, ct);
    }

    /// <summary>Opening a notification (a POST: it marks the notice read) goes to the report or to the agency's report for the period.</summary>
    public async Task<IActionResult> OnPostOpenAsync(long id, CancellationToken ct)
    {
        var userId = UserId;
        var notification = await db.Notifications.SingleOrDefaultAsync(n => n.Id == id && n.UserId == userId, ct);
        if (notification is null)
        {
            return NotFound();
        }

        notification.MarkRead(clock.GetUtcNow().UtcDateTime);
        await db.SaveChangesAsync(ct);
        return LocalRedirect(Target(notification));
    }

    public async Task<IActionResult> OnPostMarkAllReadAsync(CancellationToken ct)
    {
        var userId = UserId;
        var now = clock.GetUtcNow().UtcDateTime;
        foreach (var notification in await db.Notifications.Where(n => n.UserId == userId && n.ReadAtUtc == null).ToListAsync(ct))
        {
            notification.MarkRead(now);
        }

        await db.SaveChangesAsync(ct);
        TempData["StatusMessage"] = l["All notifications are marked as read."].Value;
        return RedirectToPage();
    }

    private static string Target(Notification n) => n switch
    {
        { Kind: NotificationKind.ReportReturned or NotificationKind.ReportAccepted, ReportId: { } reportId } => $"~/Reports/Details/{reportId}",
        { PeriodId: { } periodId } => $"~/Reports/Edit/{periodId}",
        _ => "~/Notifications",
    };

    /// <summary>Turns a page of notifications into sentences, with one query each for their reports, periods and agencies.</summary>
    private async Task<IReadOnlyList<Item>> DescribeAsync(IReadOnlyList<Notification> page, CancellationToken ct)
    {
        var reportIds = page.Select(n => n.ReportId).OfType<int>().Distinct().ToList();
        var reports = await db.Reports.Where(r => reportIds.Contains(r.Id)).Select(r => new { r.Id, r.PeriodId, r.AgencyId }).ToDictionaryAsync(r => r.Id, ct);
        int? PeriodOf(Notification n) => n.PeriodId ?? (n.ReportId is { } r && reports.TryGetValue(r, out var report) ? report.PeriodId : null);
        int? AgencyOf(Notification n) => n.AgencyId ?? (n.ReportId is { } r && reports.TryGetValue(r, out var report) ? report.AgencyId : null);
        var periodIds = page.Select(PeriodOf).OfType<int>().Distinct().ToList();
        var agencyIds = page.Select(AgencyOf).OfType<int>().Distinct().ToList();
        var periods = await db.Periods.AsNoTracking().Where(x => periodIds.Contains(x.Id)).ToDictionaryAsync(x => x.Id, ct);
        var agencies = await db.Agencies.Where(a => agencyIds.Contains(a.Id)).Select(a => new { a.Id, a.Name }).ToDictionaryAsync(a => a.Id, a => a.Name, ct);
        return page.Select(n =>
        {
            var period = PeriodOf(n) is { } periodId ? periods.GetValueOrDefault(periodId) : null;
            var periodName = period is null ? "—" : l.PeriodName(period);
            var agency = AgencyOf(n) is { } agencyId ? agencies.GetValueOrDefault(agencyId) ?? "—" : "—";
            var daysLeft = period is null ? 0 : period.DueOn.DayNumber - DateOnly.FromDateTime(Hanoi.ToLocal(n.CreatedAtUtc)).DayNumber;
            string text = n.Kind switch
            {
                NotificationKind.ReportReturned => l["The report for {0} of {1} was returned", periodName, agency],
                NotificationKind.ReportAccepted => l["The report for {0} of {1} was accepted", periodName, agency],
                NotificationKind.PeriodOpened => l["Reporting for {0} is open", periodName],
                NotificationKind.DueSoon when daysLeft > 0 => l["{0} days left to submit the report for {1}", daysLeft, periodName],
                NotificationKind.DueSoon => l["The report for {0} is due today", periodName],
                _ => l["The report for {0} is overdue; it was due on {1}", periodName, period is null ? "—" : LocalizerExtensions.Day(period.DueOn)],
            };
            return new Item(n.Id, n.Kind, text, n.CreatedAtUtc, n.IsRead);
        }).ToList();
    }

    public sealed record Item(long Id, NotificationKind Kind, string Text, DateTime CreatedAtUtc, bool IsRead);
}
