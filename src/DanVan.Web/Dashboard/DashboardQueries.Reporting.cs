using DanVan.Domain.Organization;
using DanVan.Domain.Reporting;
using Microsoft.EntityFrameworkCore;
using TaskStatus = DanVan.Domain.Reporting.TaskStatus;

namespace DanVan.Web.Dashboard;

public sealed partial class DashboardQueries
{
    /// <summary>Expected, submitted, on time, accepted, returned and awaiting review: in total, by level and by child unit (one grouped query).</summary>
    public async Task<ReportingFigures> ReportingAsync(DashboardView view, CancellationToken ct)
    {
        var periodId = view.Period.Id;
        var groups = await (
            from a in ExpectedAgencies(view)
            join r in db.Reports.Where(r => r.PeriodId == periodId && r.Version >= 1) on a.Id equals r.AgencyId into reports
            from r in reports.DefaultIfEmpty()
            select new
            {
                a.Bucket,
                a.Level,
                Submitted = r != null ? 1 : 0,
                OnTime = r != null && !r.IsLate ? 1 : 0,
                Accepted = r != null && r.Status == ReportStatus.Accepted ? 1 : 0,
                Returned = r != null && r.Status == ReportStatus.Returned ? 1 : 0,
                Awaiting = r != null && r.Status == ReportStatus.Submitted ? 1 : 0,
            } into x
            group x by new { x.Bucket, x.Level } into g
            select new
            {
                g.Key.Bucket,
                g.Key.Level,
                Counts = new ReportingCounts(g.Count(), g.Sum(x => x.Submitted), g.Sum(x => x.OnTime), g.Sum(x => x.Accepted), g.Sum(x => x.Returned), g.Sum(x => x.Awaiting)),
            }).ToListAsync(ct);
        var names = await ChildUnitNamesAsync(view, ct);
        var byUnit = Columns(view, groups.Select(g => g.Bucket), names)
            .Select(c => new ReportingRow(c.UnitId, c.Name, ReportingCounts.Sum(groups.Where(g => g.Bucket == c.UnitId).Select(g => g.Counts))))
            .ToList();
        var byLevel = Enum.GetValues<UnitLevel>()
            .Select(level => (level, ReportingCounts.Sum(groups.Where(g => g.Level == level).Select(g => g.Counts))))
            .Where(l => l.Item2.Expected > 0)
            .ToList();
        return new ReportingFigures(ReportingCounts.Sum(groups.Select(g => g.Counts)), byLevel, byUnit);
    }

    /// <summary>
    /// Lines of the period's submitted reports by status, counted in the database by (task, stated progress, due date,
    /// completion date) and turned into statuses by <see cref="TaskStatusRule"/> on the view's as-of day.
    /// </summary>
    public async Task<TaskStatusCounts> TaskStatusesAsync(DashboardView view, CancellationToken ct)
    {
        var groups = await LineGroupsAsync(view, ct);
        return new TaskStatusCounts(groups.GroupBy(g => g.Status).ToDictionary(g => g.Key, g => g.Sum(x => x.Count)));
    }

    /// <summary>Line counts by child unit, task and status; shared by the task figures and the matrix.</summary>
    private async Task<List<LineGroup>> LineGroupsAsync(DashboardView view, CancellationToken ct)
    {
        var groups = await (
            from a in ExpectedAgencies(view)
            join l in SubmittedLines(view, view.Period.Id) on a.Id equals l.Report!.AgencyId
            select new { a.Bucket, l.Assignment!.TaskId, l.Progress, l.Assignment.DueOn, l.CompletedOn } into x
            group x by new { x.Bucket, x.TaskId, x.Progress, x.DueOn, x.CompletedOn } into g
            select new { g.Key.Bucket, g.Key.TaskId, g.Key.Progress, g.Key.DueOn, g.Key.CompletedOn, Count = g.Count() }).ToListAsync(ct);
        return groups.Select(g => new LineGroup(g.Bucket, g.TaskId, TaskStatusRule.Derive(g.Progress, g.DueOn, g.CompletedOn, view.AsOf), g.Count)).ToList();
    }

    private sealed record LineGroup(int? Bucket, int TaskId, TaskStatus Status, int Count);
}
