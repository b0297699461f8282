using DanVan.Data.Facts;
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
        var rows = await PartedAsync(nameof(ReportingAsync), view, part => Facts(view, part)
            .GroupBy(f => new { f.UnitPath, f.Level })
            .Select(g => new ReportingGroup(
                g.Key.UnitPath,
                g.Key.Level,
                g.Count(),
                g.Sum(f => f.Submitted ? 1 : 0),
                g.Sum(f => f.Submitted && !f.IsLate ? 1 : 0),
                g.Sum(f => f.Submitted && f.Status == ReportStatus.Accepted ? 1 : 0),
                g.Sum(f => f.Submitted && f.Status == ReportStatus.Returned ? 1 : 0),
                g.Sum(f => f.Submitted && f.Status == ReportStatus.Submitted ? 1 : 0)))
            .ToListAsync(ct), g => PeriodTree.PartUnder(view.UnitPath, g.UnitPath), ct);
        var groups = rows.Select(g => new
        {
            Bucket = BucketOf(view, g.UnitPath),
            g.Level,
            Counts = new ReportingCounts(g.Expected, g.Submitted, g.OnTime, g.Accepted, g.Returned, g.Awaiting),
        }).ToList();
        var byUnit = Columns(view, groups.Select(g => g.Bucket))
            .Select(c => new ReportingRow(c.UnitId, c.Name, ReportingCounts.Sum(groups.Where(g => g.Bucket == c.UnitId).Select(g => g.Counts))))
            .ToList();
        var byLevel = Enum.GetValues<UnitLevel>()
            .Select(level => (level, ReportingCounts.Sum(groups.Where(g => g.Level == level).Select(g => g.Counts))))
            .Where(l => l.Item2.Expected > 0)
            .ToList();
        return new ReportingFigures(ReportingCounts.Sum(groups.Select(g => g.Counts)), byLevel, byUnit);
    }

    /// <summary>
    /// Lines of the period's submitted versions by status, counted in the database by (task, stated progress, due date,
    /// completion date) and turned into statuses by <see cref="TaskStatusRule"/> on the view's as-of day.
    /// </summary>
    public async Task<TaskStatusCounts> TaskStatusesAsync(DashboardView view, CancellationToken ct)
    {
        var groups = await LineGroupsAsync(view, ct);
        return new TaskStatusCounts(groups.GroupBy(g => g.Status).ToDictionary(g => g.Key, g => g.Sum(x => x.Count)));
    }

    /// <summary>
    /// Line counts by child unit, task and status; shared by the task figures, the matrix and the narrative, so counted
    /// once per view and request (the instance is scoped to the request).
    /// </summary>
    private async Task<IReadOnlyList<LineGroup>> LineGroupsAsync(DashboardView view, CancellationToken ct) =>
        (await LineCountsAsync(view, ct)).Groups;

    /// <summary>Assigned lines (assignments in force at the cut-off) by child unit and task.</summary>
    private async Task<IReadOnlyList<(int? Bucket, int TaskId, int Count)>> AssignedAsync(DashboardView view, CancellationToken ct) =>
        (await LineCountsAsync(view, ct)).Assigned;

    /// <summary>
    /// One grouped read of the view's lines, from the lines' own covering index, by child unit, task, whether assigned,
    /// stated progress, due date and whether completed in time; statuses are derived by <see cref="TaskStatusRule"/> on the view's
    /// as-of day. Only the derived counts are kept in the <see cref="FigureCache"/>, by part and under the as-of day too (a
    /// day later the lines are grouped again: keeping the raw groups as well doubled what a change puts in the cache, and a
    /// full cache spends its time compacting), and once per view and request (the instance is scoped to the request).
    /// </summary>
    private async Task<LineCounts> LineCountsAsync(DashboardView view, CancellationToken ct)
    {
        if (_lineCounts is { } known && ReferenceEquals(known.View, view))
        {
            return known.Counts;
        }

        var asOf = view.AsOf.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        var parts = await PartedAsync($"{nameof(LineCounts)}@{asOf}", view, part => CountLinesAsync(view, part, ct), c => c.Part, ct, c => c.Groups.Count + c.Assigned.Count);
        var counts = parts.Count == 1 ? parts[0] : new LineCounts(string.Empty, [.. parts.SelectMany(p => p.Groups)], [.. parts.SelectMany(p => p.Assigned)]);
        _lineCounts = (view, counts);
        return counts;
    }

    /// <summary>The derived line counts of the view, or of one <paramref name="part"/> of it, one per part.</summary>
    private async Task<List<LineCounts>> CountLinesAsync(DashboardView view, string? part, CancellationToken ct)
    {
        var rows = await FactQueries.LineCounts(Lines(view, part), view.UnitPath).ToListAsync(ct);
        return rows.GroupBy(r => r.Child, StringComparer.Ordinal).Select(child =>
        {
            var bucket = BucketOfChild(view, child.Key);
            var groups = child.Where(r => r.Progress is not null)
                .GroupBy(r => (r.TaskId, Status: TaskStatusRule.DeriveFromCompletion(r.Progress!.Value, r.DueOn, r.CompletedInTime, view.AsOf)))
                .Select(g => new LineGroup(bucket, g.Key.TaskId, g.Key.Status, g.Sum(x => x.Count)))
                .ToList();
            var assigned = child.Where(r => r.IsAssigned)
                .GroupBy(r => r.TaskId)
                .Select(g => (bucket, g.Key, g.Sum(x => x.Count)))
                .ToList();
            return new LineCounts(child.Key, groups, assigned);
        }).ToList();
    }

    private sealed record LineGroup(int? Bucket, int TaskId, TaskStatus Status, int Count);

    /// <summary>The derived counts of one part of a view (the viewed unit's child's code, "" for its own agencies), or of all of them: read, never changed.</summary>
    private sealed record LineCounts(string Part, IReadOnlyList<LineGroup> Groups, IReadOnlyList<(int? Bucket, int TaskId, int Count)> Assigned);
}
