using DanVan.Data;
using DanVan.Domain.Notifications;
using DanVan.Web.Paging;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace DanVan.Web.Pages.Admin.Notices;

/// <summary>E-mails given up after every attempt, newest first, with the SMTP error, so that administrators can act on them.</summary>
public sealed class IndexModel(DanVanDbContext db) : PageModel
{
    public PagedList<FailedRow> Failed { get; private set; } = null!;

    public async Task OnGetAsync(int? p, CancellationToken ct)
    {
        Failed = await PagedList<FailedRow>.CreateAsync(
            FailedQuery(db).Select(d => new FailedRow(
                d.Id,
                db.Users.Where(u => u.Id == d.UserId).Select(u => u.FullName + " <" + u.Email + ">").FirstOrDefault() ?? d.UserId,
                d.Notification!.Kind,
                d.Channel,
                d.Notification.CreatedAtUtc,
                d.ClaimedAtUtc,
                d.Attempts,
                d.LastError)),
            p,
            cancellationToken: ct);
    }

    /// <summary>The failed deliveries, newest notice first (also the count on the administration page).</summary>
    public static IQueryable<NoticeDelivery> FailedQuery(DanVanDbContext db) =>
        db.NoticeDeliveries.Where(d => d.State == DeliveryState.Failed).OrderByDescending(d => d.Notification!.CreatedAtUtc).ThenByDescending(d => d.Id);

    public sealed record FailedRow(long Id, string User, NotificationKind Kind, NoticeChannel Channel, DateTime CreatedAtUtc, DateTime? LastAttemptUtc, int Attempts, string? Error);
}
