using DanVan.Domain.Reporting;
using Microsoft.EntityFrameworkCore;

namespace DanVan.Web.Dashboard;

public sealed partial class DashboardQueries
{
    /// <summary>Every list, each with its first <paramref name="limit"/> rows and its full count.</summary>
    public Task<DashboardLists> ListsAsync(DashboardView view, ReportingFigures reporting, TaskStatusCounts statuses, int limit, CancellationToken ct) =>
        ListsAsync(view, reporting, statuses, limit, workLists: true, ct);

    /// <summary>
    /// The first <paramref name="limit"/> agencies that have not submitted (with their head, to chase), overdue lines of
    /// submitted versions (oldest due date first) and reports waiting for review (longest first), each with its full count.
    /// Names are those of the period's time; the head is today's, since that is whom to call. Without
    /// <paramref name="workLists"/> the overdue lines and the waiting reports are only counted (a document that prints
    /// neither need not read them).
    /// </summary>
    public async Task<DashboardLists> ListsAsync(DashboardView view, ReportingFigures reporting, TaskStatusCounts statuses, int limit, bool workLists, CancellationToken ct)
    {
        var missingFacts = await Facts(view).Where(f => !f.Submitted).Select(f => new { f.AgencyId, f.AgencyName, f.UnitId }).ToListAsync(ct);
        var vietnamese = DanVan.Web.Localization.VietnameseOrder.Names;
        var chased = missingFacts
            .Select(f => new { f.AgencyId, f.AgencyName, UnitName = view.Tree.Find(f.UnitId)?.Name ?? string.Empty })
            .OrderBy(f => f.UnitName, vietnamese).ThenBy(f => f.AgencyName, vietnamese).Take(limit).ToList();
        var chasedIds = chased.Select(c => c.AgencyId).ToList();
        var heads = await db.Agencies.AsNoTracking().Where(a => chasedIds.Contains(a.Id)).ToDictionaryAsync(a => a.Id, a => a.HeadName, ct);
        var missing = chased.Select(c => new MissingAgency(c.AgencyId, c.AgencyName, c.UnitName, heads.GetValueOrDefault(c.AgencyId))).ToList();
        var missingList = new Capped<MissingAgency>(missing, reporting.Total.Missing);
        if (!workLists)
        {
            return new DashboardLists(missingList, new Capped<OverdueLine>([], statuses[Domain.Reporting.TaskStatus.Overdue]), new Capped<WaitingReport>([], reporting.Total.AwaitingReview));
        }

        var asOf = view.AsOf;
        var overdue = await (
            from l in Lines(view)
            where l.Progress != null && l.Progress != TaskProgress.Done && l.DueOn != null && l.DueOn < asOf
            join f in db.Facts on l.FactId equals f.Id
            join t in db.DirectiveTasks on l.TaskId equals t.Id
            orderby l.DueOn, l.AgencyName
            select new OverdueLine(
                f.ReportId!.Value,
                db.ReportLines.Where(r => r.ReportId == f.ReportId && r.AssignmentId == l.AssignmentId).Select(r => r.Id).FirstOrDefault(),
                f.AgencyName,
                t.Number,
                t.Title,
                l.DueOn!.Value,
                l.Percent ?? 0))
            .Take(limit).ToListAsync(ct);
        var waiting = await Facts(view)
            .Where(f => f.Submitted && f.Status == ReportStatus.Submitted)
            .OrderBy(f => f.SubmittedAtUtc)
            .Select(f => new WaitingReport(f.ReportId!.Value, f.AgencyName, f.SubmittedAtUtc!.Value, f.IsLate)).Take(limit).ToListAsync(ct);
        return new DashboardLists(
            missingList,
            new Capped<OverdueLine>(overdue, statuses[Domain.Reporting.TaskStatus.Overdue]),
            new Capped<WaitingReport>(waiting, reporting.Total.AwaitingReview));
    }
}
