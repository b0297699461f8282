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
    /// results repeat the same assignment's submitted results in the previous period (<see cref="TextSimilarity.IsUnchanged"/>).
    /// Comparing the texts is most of the matrix's work, so the flags are kept in the <see cref="FigureCache"/> under both
    /// periods' fact versions: the lines are read with their results only when the flags are not kept (a submission in
    /// either period), and the previous period's results then in a second query. Links open the report's live line.
    /// </summary>
    private async Task<List<MatrixRow>> AgencyRowsAsync(DashboardView view, List<MatrixTask> tasks, CancellationToken ct)
    {
        List<AgencyCell>? cells = null;
        IReadOnlyList<int> unchanged = [];
        if (view.PreviousPeriod is { } previousPeriod)
        {
            unchanged = await GroupedAsync("matrix-unchanged", view, [view.Period.Id, previousPeriod.Id], async () =>
            {
                cells = await AgencyCells(view, withResults: true).ToListAsync(ct);
                return await UnchangedAsync(cells, previousPeriod.Id, view.Directive.Id, ct);
            });
        }

        cells ??= await AgencyCells(view, withResults: false).ToListAsync(ct);
        var flagged = unchanged.ToHashSet();
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
                        flagged.Contains(c.AssignmentId))
                    : new MatrixCell(null, 1, 0, 0)
                : null).ToList()))
            .ToList();
    }

    /// <summary>The viewed unit's own agencies' lines of assigned tasks in the view's period, with their live line, and their results when asked (a join to the texts otherwise left out).</summary>
    private IQueryable<AgencyCell> AgencyCells(DashboardView view, bool withResults)
    {
        var path = view.UnitPath;
        var lines = from f in Facts(view).Where(f => f.UnitPath == path)
                    join l in db.FactLines on f.Id equals l.FactId
                    where l.IsAssigned
                    select new AgencyCell
                    {
                        AgencyId = f.AgencyId,
                        AgencyName = f.AgencyName,
                        AssignmentId = l.AssignmentId,
                        TaskId = l.TaskId,
                        DueOn = l.DueOn,
                        ReportId = f.ReportId,
                        LineId = db.ReportLines.Where(r => r.ReportId == f.ReportId && r.AssignmentId == l.AssignmentId).Select(r => (int?)r.Id).FirstOrDefault(),
                        Progress = l.Progress,
                        CompletedOn = l.CompletedOn,
                        FactLineId = l.Id,
                    };
        return withResults
            ? from c in lines
              join t in db.FactTexts on c.FactLineId equals t.LineId into texts
              from t in texts.DefaultIfEmpty()
              select new AgencyCell { AgencyId = c.AgencyId, AgencyName = c.AgencyName, AssignmentId = c.AssignmentId, TaskId = c.TaskId, DueOn = c.DueOn, ReportId = c.ReportId, LineId = c.LineId, Progress = c.Progress, CompletedOn = c.CompletedOn, FactLineId = c.FactLineId, Results = t == null ? null : t.Results }
            : lines;
    }

    /// <summary>The assignments among <paramref name="cells"/> whose submitted results repeat the same agencies' submitted results in the previous period.</summary>
    private async Task<List<int>> UnchangedAsync(List<AgencyCell> cells, int previousPeriodId, int directiveId, CancellationToken ct)
    {
        var agencyIds = cells.Select(c => c.AgencyId).Distinct().ToList();
        var previous = await (
            from f in db.Facts.AsNoTracking().Where(f => f.PeriodId == previousPeriodId && f.DirectiveId == directiveId && agencyIds.Contains(f.AgencyId))
            join l in db.FactLines on f.Id equals l.FactId
            where l.Progress != null
            select new { l.AssignmentId, Results = l.Text == null ? null : l.Text.Results }).ToDictionaryAsync(l => l.AssignmentId, l => (string?)l.Results, ct);
        return cells.Where(c => c.Progress is not null && previous.TryGetValue(c.AssignmentId, out var before) && TextSimilarity.IsUnchanged(c.Results, before))
            .Select(c => c.AssignmentId).ToList();
    }

    private sealed class AgencyCell
    {
        public int AgencyId { get; init; }

        public string AgencyName { get; init; } = string.Empty;

        public int AssignmentId { get; init; }

        public int TaskId { get; init; }

        public DateOnly? DueOn { get; init; }

        public int? ReportId { get; init; }

        public int? LineId { get; init; }

        public TaskProgress? Progress { get; init; }

        public DateOnly? CompletedOn { get; init; }

        public long FactLineId { get; init; }

        public string? Results { get; init; }
    }
}
