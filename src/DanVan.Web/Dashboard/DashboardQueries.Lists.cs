using DanVan.Domain.Reporting;
using Microsoft.EntityFrameworkCore;

namespace DanVan.Web.Dashboard;

public sealed partial class DashboardQueries
{
    /// <summary>
    /// The first <paramref name="limit"/> agencies that have not submitted (with their head, to chase), overdue lines of
    /// submitted reports (oldest due date first) and reports waiting for review (longest first), each with its full count.
    /// </summary>
    public async Task<DashboardLists> ListsAsync(DashboardView view, ReportingFigures reporting, TaskStatusCounts statuses, int limit, CancellationToken ct)
    {
        var periodId = view.Period.Id;
        var asOf = view.AsOf;
        var missing = await (
            from a in ExpectedAgencies(view)
            join g in db.Agencies on a.Id equals g.Id
            where !db.Reports.Any(r => r.AgencyId == a.Id && r.PeriodId == periodId && r.Version >= 1)
            orderby g.Unit!.Name, g.Name
            select new MissingAgency(g.Id, g.Name, g.Unit!.Name, g.HeadName)).Take(limit).ToListAsync(ct);
        var overdue = await (
            from a in ExpectedAgencies(view)
            join l in SubmittedLines(view, periodId) on a.Id equals l.Report!.AgencyId
            where l.Progress != TaskProgress.Done && l.Assignment!.DueOn != null && l.Assignment.DueOn < asOf
            orderby l.Assignment!.DueOn, a.Name
            select new OverdueLine(l.ReportId, l.Id, a.Name, l.Assignment!.Task!.Number, l.Assignment.Task.Title, l.Assignment.DueOn!.Value, l.Percent))
            .Take(limit).ToListAsync(ct);
        var waiting = await (
            from a in ExpectedAgencies(view)
            join r in db.Reports on a.Id equals r.AgencyId
            where r.PeriodId == periodId && r.Status == ReportStatus.Submitted
            orderby r.SubmittedAtUtc
            select new WaitingReport(r.Id, a.Name, r.SubmittedAtUtc!.Value, r.IsLate)).Take(limit).ToListAsync(ct);
        return new DashboardLists(
            new Capped<MissingAgency>(missing, reporting.Total.Missing),
            new Capped<OverdueLine>(overdue, statuses[Domain.Reporting.TaskStatus.Overdue]),
            new Capped<WaitingReport>(waiting, reporting.Total.AwaitingReview));
    }
}
