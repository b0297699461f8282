using System.Globalization;
using DanVan.Data;
using DanVan.Domain;
using DanVan.Domain.Reporting;
using DanVan.Web.Reporting;
using Microsoft.EntityFrameworkCore;

namespace DanVan.Web.Pages.Reports;

/// <summary>
/// The first opening of an agency's report for a period (an unsaved draft to authorize, then saved with its audit entry)
/// and saving a draft over the version its form was loaded at.
/// </summary>
public static class ReportDrafts
{
    /// <summary>A new, unsaved report while the period is open, a line per assignment of the agency; null otherwise.</summary>
    public static async Task<ProgressReport?> StartAsync(DanVanDbContext db, int agencyId, int periodId, DateTime nowUtc, CancellationToken ct)
    {
        var period = await db.Periods.SingleOrDefaultAsync(p => p.Id == periodId, ct);
        if (period is null || !period.IsOpen(nowUtc))
        {
            return null;
        }

        var agency = await db.Agencies.Include(a => a.Unit).ThenInclude(u => u!.Parent).SingleAsync(a => a.Id == agencyId, ct);
        var assignments = await db.Assignments.Include(a => a.Task).Where(a => a.AgencyId == agencyId).ToListAsync(ct);
        return ProgressReport.Start(agency, period, assignments, nowUtc);
    }

    /// <summary>Saves the draft and its "report.create" audit entry together; when another tab saved the same report first, keeps that one.</summary>
    public static async Task CreateAsync(DanVanDbContext db, ProgressReport draft, Actor actor, DateTime nowUtc, CancellationToken ct)
    {
        try
        {
            await db.Database.CreateExecutionStrategy().ExecuteAsync(async () =>
            {
                await using var transaction = await db.Database.BeginTransactionAsync(ct);
                db.Reports.Add(draft);
                await db.SaveChangesAsync(ct);
                var id = draft.Id.ToString(CultureInfo.InvariantCulture);
                AuditTrail.Add(db, actor, nowUtc, "report.create", nameof(ProgressReport), id, null, ReportSnapshot.Of(draft));
                await db.SaveChangesAsync(ct);
                await transaction.CommitAsync(ct);
            });
        }
        catch (DbUpdateException)
        {
            db.ChangeTracker.Clear();
            if (!await db.Reports.AnyAsync(r => r.AgencyId == draft.AgencyId && r.PeriodId == draft.PeriodId, ct))
            {
                throw;
            }
        }

        db.ChangeTracker.Clear();
    }

    /// <summary>
    /// Saves the tracked <paramref name="report"/> only if the stored one is still at <paramref name="loadedVersion"/>;
    /// returns null when saved, otherwise nothing is saved and the stored report is returned, untracked.
    /// </summary>
    public static async Task<ProgressReport?> SaveOverAsync(DanVanDbContext db, ProgressReport report, Guid loadedVersion, CancellationToken ct)
    {
        db.Entry(report).Property(r => r.RowVersion).OriginalValue = loadedVersion;
        try
        {
            await db.SaveChangesAsync(ct);
            return null;
        }
        catch (DbUpdateConcurrencyException)
        {
            db.ChangeTracker.Clear();
        }

        return await db.Reports.AsNoTracking().WithContent().SingleAsync(r => r.Id == report.Id, ct);
    }

    /// <summary>The reviewer's decision that returned <paramref name="report"/>, while it is returned; otherwise null.</summary>
    public static Task<ReportTransition?> LastReturnAsync(DanVanDbContext db, ProgressReport report, CancellationToken ct) =>
        report.Status != ReportStatus.Returned
            ? Task.FromResult<ReportTransition?>(null)
            : db.ReportTransitions.AsNoTracking().Where(t => t.ReportId == report.Id && t.To == ReportStatus.Returned)
                .OrderByDescending(t => t.AtUtc).ThenByDescending(t => t.Id).FirstOrDefaultAsync(ct);
}
