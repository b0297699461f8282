using DanVan.Data;
using DanVan.Domain;
using DanVan.Domain.Notifications;
using DanVan.Domain.Reporting;
using DanVan.Web.Notices;
using Microsoft.EntityFrameworkCore;

namespace DanVan.Web.Reporting;

/// <summary>
/// Opens the quarter whose data range has begun if it does not exist yet (so a portal that runs across a cut-off needs no
/// restart), then reminds the heads and staff of agencies with assignments about the periods that are not closed: the period opened,
/// the due date is near (<c>Notifications:DueSoonDays</c>, 7 and 2 days by default, each offset its own reminder) and their
/// report is not yet submitted, or the due date has passed without it. Idempotent: a user gets each occasion once
/// (<see cref="NoticeKeys"/>, a unique key). One query per period and kind, whatever the number of agencies.
/// </summary>
public sealed class PeriodReminders(DanVanDbContext db, Notifier notifier, IConfiguration configuration)
{
    private IReadOnlyList<int> DueSoonDays =>
        configuration.GetSection("Notifications:DueSoonDays").Get<int[]>() is { Length: > 0 } days ? days : NoticeRules.DefaultDueSoonDays;

    /// <summary>Creates the reminders due at <paramref name="nowUtc"/> and saves them; returns how many were created.</summary>
    public async Task<int> RunOnceAsync(DateTime nowUtc, CancellationToken ct)
    {
        var today = DateOnly.FromDateTime(Hanoi.ToLocal(nowUtc));
        await EnsureCurrentQuarterAsync(today, ct);
        var (tomorrow, yesterday) = (today.AddDays(1), today.AddDays(-1));
        var periods = (await db.Periods.AsNoTracking().Where(p => p.OpensOn <= tomorrow && p.ClosesOn >= yesterday).ToListAsync(ct))
            .Where(p => p.IsOpen(nowUtc))
            .ToList();
        var created = 0;
        foreach (var period in periods)
        {
            created += await NotifyAsync(period.Id, NotificationKind.PeriodOpened, null, nowUtc, ct);
            if (period.IsLate(nowUtc))
            {
                created += await NotifyAsync(period.Id, NotificationKind.Overdue, null, nowUtc, ct);
            }
            else if (NoticeRules.DueSoonOffset(period.DueOn, today, DueSoonDays) is { } daysBefore)
            {
                created += await NotifyAsync(period.Id, NotificationKind.DueSoon, daysBefore, nowUtc, ct);
            }
        }

        await db.SaveChangesAsync(ct);
        return created;
    }

    private async Task EnsureCurrentQuarterAsync(DateOnly today, CancellationToken ct)
    {
        var quarter = ReportingPeriod.QuarterContaining(today);
        if (await db.Periods.AnyAsync(p => p.Kind == PeriodKind.Quarter && p.Year == quarter.Year && p.Number == quarter.Number, ct))
        {
            return;
        }

        db.Periods.Add(quarter);
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException)
        {
            db.ChangeTracker.Clear();
        }
    }

    private async Task<int> NotifyAsync(int periodId, NotificationKind kind, int? daysBefore, DateTime nowUtc, CancellationToken ct)
    {
        var key = NoticeKeys.ForPeriod(kind, periodId, daysBefore);
        var roleIds = Notifier.ReporterRoleIds(db);
        var users = db.Users
            .Where(u => u.Agency!.IsActive && db.Assignments.Any(a => a.AgencyId == u.AgencyId))
            .Where(u => db.UserRoles.Any(ur => ur.UserId == u.Id && roleIds.Contains(ur.RoleId)))
            .Where(u => !db.Notifications.Any(n => n.UserId == u.Id && n.Key == key));
        if (NoticeRules.OnlyWithoutSubmission(kind))
        {
            users = users.Where(u => !db.Reports.Any(r => r.AgencyId == u.AgencyId && r.PeriodId == periodId
                && (r.Status == ReportStatus.Submitted || r.Status == ReportStatus.Accepted)));
        }

        var recipients = await users.Select(u => new { u.Id, u.AgencyId }).ToListAsync(ct);
        await notifier.AddAsync(recipients.Select(u => (u.Id, (int?)u.AgencyId)).ToList(), kind, key, nowUtc, null, periodId, ct);
        return recipients.Count;
    }
}
