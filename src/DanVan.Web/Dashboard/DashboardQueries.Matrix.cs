using DanVan.Domain.Reporting;
using Microsoft.EntityFrameworkCore;
using TaskStatus = DanVan.Domain.Reporting.TaskStatus;

namespace DanVan.Web.Dashboard;

public sealed partial class DashboardQueries
{
    /// <summary>From best to worst: a unit's cell takes the worst status among its agencies' lines.</summary>
    public static readonly IReadOnlyList<TaskStatus> StatusesBestFirst =
        [TaskStatus.DoneOnTime, TaskStatus.DoneLate, TaskStatus.InProgress, TaskStatus.NotStarted, TaskStatus.Overdue];

    /// <summary>Each status's place in <see cref="StatusesBestFirst"/>, looked up for every cell of the matrix.</summary>
    private static readonly Dictionary<TaskStatus, int> SeverityByStatus = StatusesBestFirst.Select((s, i) => (s, i)).ToDictionary(x => x.s, x => x.i);

    /// <summary>
    /// Rows: the viewed unit's own agencies, one by one, then each child unit aggregated; columns: the directive's tasks.
    /// An agency's cell is its line (compared with its line for the same assignment in the previous period); a unit's
    /// cell is counted in the database.
    /// </summary>
    public async Task<Matrix> MatrixAsync(DashboardView view, CancellationToken ct)
    {
        var directiveId = view.Directive.Id;
        var tasks = await db.DirectiveTasks.AsNoTracking().Where(t => t.DirectiveId == directiveId).OrderBy(t => t.SortOrder)
            .Select(t => new MatrixTask(t.Id, t.Number, t.Title)).ToListAsync(ct);
        var agencyRows = await AgencyRowsAsync(view, tasks, ct);
        var assigned = (await AssignedAsync(view, ct)).Where(a => a.Bucket != null).ToDictionary(a => (a.Bucket, a.TaskId), a => a.Count);
        var lines = (await LineGroupsAsync(view, ct)).Where(g => g.Bucket is not null).ToLookup(g => (g.Bucket, g.TaskId));
        var unitRows = Columns(view, assigned.Keys.Select(a => a.Bucket)).Select(c => new MatrixRow(
            c.UnitId,
            null,
            c.Name,
            tasks.Select(t => UnitCell(assigned.GetValueOrDefault((c.UnitId, t.Id)), lines[(c.UnitId, t.Id)].ToList())).ToList()));
        return new Matrix(tasks, [.. agencyRows, .. unitRows]);
    }

    private static int Severity(TaskStatus status) => SeverityByStatus[status];

    private static MatrixCell? UnitCell(int assigned, List<LineGroup> lines)
    {
        if (assigned == 0)
        {
            return null;
        }

        var worst = lines.Count == 0 ? (TaskStatus?)null : lines.Select(l => l.Status).MaxBy(Severity);
        var done = lines.Where(l => l.Status is TaskStatus.DoneOnTime or TaskStatus.DoneLate).Sum(l => l.Count);
        return new MatrixCell(worst, assigned, lines.Sum(l => l.Count), done);
    }

    /// <summary>
    /// The viewed unit's own agencies, each assigned task with its submitted line if any (one query), flagged where its
    /// results repeat the same assignment's in the previous period (<see cref="UnchangedAssignmentsAsync"/>). Links open
    /// the report's live line.
    /// </summary>
    private async Task<List<MatrixRow>> AgencyRowsAsync(DashboardView view, List<MatrixTask> tasks, CancellationToken ct)
    {
        var path = view.UnitPath;
        var cells = await (
            from f in Facts(view).Where(f => f.UnitPath == path)
            join l in db.FactLines on f.Id equals l.FactId
            where l.IsAssigned
            select new
            {
                f.AgencyId,
                f.AgencyName,
                l.AssignmentId,
                l.TaskId,
                l.DueOn,
                f.ReportId,
                LineId = db.ReportLines.Where(r => r.ReportId == f.ReportId && r.AssignmentId == l.AssignmentId).Select(r => (int?)r.Id).FirstOrDefault(),
                l.Progress,
                l.CompletedOn,
            }).ToListAsync(ct);
        var unchanged = cells.Count == 0 ? [] : await UnchangedAssignmentsAsync(view, ct);
        return cells.GroupBy(c => (c.AgencyId, c.AgencyName))
            .OrderBy(g => g.Key.AgencyName, DanVan.Web.Localization.VietnameseOrder.Names)
            .Select(g => new MatrixRow(null, g.Key.AgencyId, g.Key.AgencyName, tasks.Select(t => g.FirstOrDefault(c => c.TaskId == t.Id) is { } c
                ? c.Progress is { } progress
                    ? new MatrixCell(
                        TaskStatusRule.Derive(progress, c.DueOn, c.CompletedOn, view.AsOf),
                        1,
                        1,
                        progress == TaskProgress.Done ? 1 : 0,
                        c.ReportId,
                        c.LineId,
                        unchanged.Contains(c.AssignmentId))
                    : new MatrixCell(null, 1, 0, 0)
                : null).ToList()))
            .ToList();
    }

    /// <summary>
    /// The assignments of the viewed unit's own agencies whose submitted results repeat their submitted results of the
    /// previous period (<see cref="TextSimilarity.IsUnchanged"/>). Comparing the texts is most of the matrix's work, so the
    /// answer is kept in the <see cref="FigureCache"/> under both periods' fact versions: a submission in either reads
    /// and compares them again.
    /// </summary>
    private async Task<HashSet<int>> UnchangedAssignmentsAsync(DashboardView view, CancellationToken ct)
    {
        if (view.PreviousPeriod is not { } previousPeriod)
        {
            return [];
        }

        var unchanged = await GroupedAsync("matrix-unchanged", view, [view.Period.Id, previousPeriod.Id], async () =>
        {
            var path = view.UnitPath;
            var current = await (
                from f in Facts(view).Where(f => f.UnitPath == path)
                join l in db.FactLines on f.Id equals l.FactId
                where l.IsAssigned && l.Progress != null
                select new { f.AgencyId, l.AssignmentId, Results = l.Text == null ? null : l.Text.Results }).ToListAsync(ct);
            var agencyIds = current.Select(c => c.AgencyId).Distinct().ToList();
            var directiveId = view.Directive.Id;
            var previous = await (
                from f in db.Facts.AsNoTracking().Where(f => f.PeriodId == previousPeriod.Id && f.DirectiveId == directiveId && agencyIds.Contains(f.AgencyId))
                join l in db.FactLines on f.Id equals l.FactId
                where l.Progress != null
                select new { l.AssignmentId, Results = l.Text == null ? null : l.Text.Results }).ToDictionaryAsync(l => l.AssignmentId, l => (string?)l.Results, ct);
            return current.Where(c => previous.TryGetValue(c.AssignmentId, out var before) && TextSimilarity.IsUnchanged(c.Results, before))
                .Select(c => c.AssignmentId).ToList();
        });
        return [.. unchanged];
    }
}
