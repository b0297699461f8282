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
    /// Names are those of the period's time; the head is today's, since that is whom to call. The rows of the read model
    /// are kept in the <see cref="FigureCache"/> like the counts; the heads and the tasks' numbers and titles, which a
    /// change of facts does not follow, are read with each request. Without
    /// <paramref name="workLists"/> the overdue lines and the waiting reports are only counted (a document that prints
    /// neither need not read them).
    /// </summary>
    public async Task<DashboardLists> ListsAsync(DashboardView view, ReportingFigures reporting, TaskStatusCounts statuses, int limit, bool workLists, CancellationToken ct)
    {
        var chased = await GroupedAsync($"Missing{limit}", view, [view.Period.Id], () => ChasedAsync(view, limit, ct));
        var chasedIds = chased.Select(c => c.AgencyId).ToList();
        var heads = await db.Agencies.AsNoTracking().Where(a => chasedIds.Contains(a.Id)).ToDictionaryAsync(a => a.Id, a => a.HeadName, ct);
        var missing = chased.Select(c => new MissingAgency(c.AgencyId, c.AgencyName, c.UnitName, heads.GetValueOrDefault(c.AgencyId))).ToList();
        var missingList = new Capped<MissingAgency>(missing, reporting.Total.Missing);
        if (!workLists)
        {
            return new DashboardLists(missingList, new Capped<OverdueLine>([], statuses[Domain.Reporting.TaskStatus.Overdue]), new Capped<WaitingReport>([], reporting.Total.AwaitingReview));
        }

        var overdueRows = await GroupedAsync($"Overdue{limit}", view, [view.Period.Id], () => OverdueAsync(view, limit, ct));
        var directiveId = view.Directive.Id;
        var tasks = overdueRows.Count == 0 ? [] : await db.DirectiveTasks.AsNoTracking().Where(t => t.DirectiveId == directiveId)
            .ToDictionaryAsync(t => t.Id, t => (t.Number, t.Title), ct);
        var overdue = overdueRows.Where(o => tasks.ContainsKey(o.TaskId)).Select(o => new OverdueLine(o.ReportId, o.LineId, o.AgencyName, tasks[o.TaskId].Number, tasks[o.TaskId].Title, o.DueOn, o.Percent)).ToList();
        var waiting = await GroupedAsync($"Waiting{limit}", view, [view.Period.Id], () => Facts(view)
            .Where(f => f.Submitted && f.Status == ReportStatus.Submitted)
            .OrderBy(f => f.SubmittedAtUtc)
            .Select(f => new WaitingReport(f.ReportId!.Value, f.AgencyName, f.SubmittedAtUtc!.Value, f.IsLate)).Take(limit).ToListAsync(ct));
        return new DashboardLists(
            missingList,
            new Capped<OverdueLine>(overdue, statuses[Domain.Reporting.TaskStatus.Overdue]),
            new Capped<WaitingReport>(waiting, reporting.Total.AwaitingReview));
    }

    /// <summary>
    /// The first <paramref name="limit"/> agencies that have not submitted, by the unit and agency names of the period's
    /// tree. The tree of a period changes only with a unit or agency version in force at its cut-off, which rewrites the
    /// period's facts and so raises the fact version the list is kept under.
    /// </summary>
    private async Task<List<ChasedAgency>> ChasedAsync(DashboardView view, int limit, CancellationToken ct)
    {
        var missingFacts = await Facts(view).Where(f => !f.Submitted).Select(f => new { f.AgencyId, f.AgencyName, f.UnitId }).ToListAsync(ct);
        var vietnamese = DanVan.Web.Localization.VietnameseOrder.Names;
        return missingFacts
            .Select(f => new ChasedAgency(f.AgencyId, f.AgencyName, view.Tree.Find(f.UnitId)?.Name ?? string.Empty))
            .OrderBy(f => f.UnitName, vietnamese).ThenBy(f => f.AgencyName, vietnamese).Take(limit).ToList();
    }

    /// <summary>The first <paramref name="limit"/> lines not done whose task was due before the view's as-of day, oldest first; the task's number and title are read with each request.</summary>
    private Task<List<OverdueRow>> OverdueAsync(DashboardView view, int limit, CancellationToken ct)
    {
        var asOf = view.AsOf;
        return (
            from l in Lines(view)
            where l.Progress != null && l.Progress != TaskProgress.Done && l.DueOn != null && l.DueOn < asOf
            join f in db.Facts on l.FactId equals f.Id
            orderby l.DueOn, l.AgencyName
            select new OverdueRow(
                f.ReportId!.Value,
                db.ReportLines.Where(r => r.ReportId == f.ReportId && r.AssignmentId == l.AssignmentId).Select(r => r.Id).FirstOrDefault(),
                f.AgencyName,
                l.TaskId,
                l.DueOn!.Value,
                l.Percent ?? 0))
            .Take(limit).ToListAsync(ct);
    }

    private sealed record ChasedAgency(int AgencyId, string AgencyName, string UnitName);

    private sealed record OverdueRow(int ReportId, int LineId, string AgencyName, int TaskId, DateOnly DueOn, int Percent);
}
