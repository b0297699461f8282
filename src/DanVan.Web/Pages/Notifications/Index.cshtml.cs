using DanVan.Data;
using DanVan.Domain.Notifications;
using DanVan.Web.Authorization;
using DanVan.Web.Localization;
using DanVan.Web.Notices;
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
        return LocalRedirect(NoticeTexts.Target(notification));
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

    /// <summary>Turns a page of notifications into sentences, with one query each for their reports, periods and agencies.</summary>
    private async Task<IReadOnlyList<Item>> DescribeAsync(IReadOnlyList<Notification> page, CancellationToken ct)
    {
        var texts = await NoticeTexts.LoadAsync(db, page, ct);
        return page.Select(n => new Item(n.Id, n.Kind, texts.Sentence(n, l), n.CreatedAtUtc, n.IsRead)).ToList();
    }

    public sealed record Item(long Id, NotificationKind Kind, string Text, DateTime CreatedAtUtc, bool IsRead);
}
