using System.Security.Claims;
using DanVan.Data;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace DanVan.Web.Reporting;

/// <summary>The bell in the navigation bar: how many of the signed-in user's notifications are unread (one COUNT on an index).</summary>
public sealed class NotificationBellViewComponent(DanVanDbContext db) : ViewComponent
{
    public async Task<IViewComponentResult> InvokeAsync()
    {
        var userId = UserClaimsPrincipal.FindFirstValue(ClaimTypes.NameIdentifier);
        var unread = userId is null ? 0 : await db.Notifications.CountAsync(n => n.UserId == userId && n.ReadAtUtc == null, HttpContext.RequestAborted);
        return View(unread);
    }
}
