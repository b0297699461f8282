using DanVan.Data;
using DanVan.Data.Identity;
using DanVan.Domain.Notifications;
using DanVan.Domain.Reporting;
using DanVan.Web.Authorization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace DanVan.Web.Notices;

/// <summary>
/// Puts notices in the bells of the people who must act and, when e-mail is on, the e-mail deliveries their
/// preferences ask for (the outbox rows, saved in the same transaction as the change). It adds to the context; the caller saves.
/// </summary>
public sealed class Notifier(
    DanVanDbContext db,
    IAuthorizationService authorization,
    IUserClaimsPrincipalFactory<ApplicationUser> principals,
    IOptions<EmailOptions> email)
{
    /// <summary>Tells the audience of <paramref name="kind"/> (<see cref="NoticeRules.AudienceOf"/>) about a transition of the report; its agency and unit must be loaded.</summary>
    public async Task NotifyAsync(ProgressReport report, NotificationKind kind, DateTime nowUtc, CancellationToken ct)
    {
        var userIds = NoticeRules.AudienceOf(kind) == NoticeAudience.Reviewers
            ? await ReviewersAsync(report, ct)
            : await AgencyReporters(db, report.AgencyId).ToListAsync(ct);
        await AddAsync(userIds.Select(id => (id, (int?)report.AgencyId)).ToList(), kind, NoticeKeys.ForReport(kind, report.Id, report.Version, nowUtc), nowUtc, report.Id, report.PeriodId, ct);
    }

    /// <summary>Adds a notice of the occasion <paramref name="key"/> for each recipient, with the e-mail delivery of the recipient's preferences.</summary>
    public async Task AddAsync(IReadOnlyCollection<(string UserId, int? AgencyId)> recipients, NotificationKind kind, string key, DateTime nowUtc, int? reportId, int? periodId, CancellationToken ct)
    {
        var mails = email.Value.IsConfigured;
        var ids = recipients.Select(r => r.UserId).ToList();
        var settings = mails ? await db.NoticeSettings.AsNoTracking().Where(s => ids.Contains(s.UserId)).ToDictionaryAsync(s => s.UserId, ct) : [];
        foreach (var (userId, agencyId) in recipients)
        {
            var notification = Notification.About(userId, kind, key, nowUtc, reportId, periodId, agencyId);
            db.Notifications.Add(notification);
            if (mails && (settings.GetValueOrDefault(userId) ?? NoticeSettings.For(userId)).DeliveryFor(notification, nowUtc) is { } delivery)
            {
                db.NoticeDeliveries.Add(delivery);
            }
        }
    }

    /// <summary>The heads and staff of an agency.</summary>
    public static IQueryable<string> AgencyReporters(DanVanDbContext db, int agencyId)
    {
        var roleIds = ReporterRoleIds(db);
        return db.Users.Where(u => u.AgencyId == agencyId && db.UserRoles.Any(ur => ur.UserId == u.Id && roleIds.Contains(ur.RoleId))).Select(u => u.Id);
    }

    /// <summary>
    /// The reviewers of the report: of the reviewer accounts whose scope holds the report's agency (units on the path to
    /// it), those that <see cref="ReportAuthorizationHandler"/> lets review it — the portal's one review rule, not a copy.
    /// </summary>
    private async Task<List<string>> ReviewersAsync(ProgressReport report, CancellationToken ct)
    {
        var candidates = await ReviewerCandidates(db, report.Agency!.Unit!.Path).ToListAsync(ct);
        var reviewers = new List<string>();
        foreach (var user in candidates)
        {
            if ((await authorization.AuthorizeAsync(await principals.CreateAsync(user), report, Operations.Review)).Succeeded)
            {
                reviewers.Add(user.Id);
            }
        }

        return reviewers;
    }

    /// <summary>The roles that write an agency's reports (head and staff): who is told of its periods, returns and acceptances.</summary>
    public static IQueryable<string> ReporterRoleIds(DanVanDbContext db) =>
        db.Roles.Where(r => r.Name == Roles.AgencyHead || r.Name == Roles.AgencyStaff).Select(r => r.Id);

    /// <summary>Users in a reviewer role whose unit is the unit of <paramref name="unitPath"/> or one above it.</summary>
    public static IQueryable<ApplicationUser> ReviewerCandidates(DanVanDbContext db, string unitPath)
    {
        var segments = unitPath.Split('/', StringSplitOptions.RemoveEmptyEntries);
        var paths = Enumerable.Range(1, segments.Length).Select(n => "/" + string.Join('/', segments.Take(n)) + "/").ToList();
        var roleIds = db.Roles.Where(r => r.Name == Roles.CityReviewer || r.Name == Roles.DistrictReviewer).Select(r => r.Id);
        return db.Users.AsNoTracking()
            .Where(u => paths.Contains(u.Agency!.Unit!.Path) && db.UserRoles.Any(ur => ur.UserId == u.Id && roleIds.Contains(ur.RoleId)));
    }
}
