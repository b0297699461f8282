using DanVan.Data;
using DanVan.Data.Identity;
using DanVan.Domain.Notifications;
using Microsoft.EntityFrameworkCore;

namespace DanVan.Web.Reporting;

/// <summary>Puts notifications in the bells of the people who must act. It adds to the context; the caller saves.</summary>
public sealed class Notifier(DanVanDbContext db)
{
    /// <summary>Notifies the heads and staff of an agency (e.g. their report was returned or accepted).</summary>
    public async Task NotifyAgencyAsync(int agencyId, NotificationKind kind, DateTime nowUtc, int? reportId = null, int? periodId = null, CancellationToken ct = default)
    {
        var roleIds = db.Roles.Where(r => r.Name == Roles.AgencyHead || r.Name == Roles.AgencyStaff).Select(r => r.Id);
        var userIds = await db.Users.Where(u => u.AgencyId == agencyId)
            .Where(u => db.UserRoles.Any(ur => ur.UserId == u.Id && roleIds.Contains(ur.RoleId)))
            .Select(u => u.Id)
            .ToListAsync(ct);
        db.Notifications.AddRange(userIds.Select(id => Notification.About(id, kind, nowUtc, reportId, periodId, agencyId)));
    }
}
