using DanVan.Data;
using DanVan.Domain.Organization;
using DanVan.Domain.Reporting;
using DanVan.Web.Authorization;
using Microsoft.EntityFrameworkCore;

namespace DanVan.Web.Api;

/// <summary>A row of the accepted-reports feed as read from the database, before the version's content is parsed.</summary>
internal sealed record AcceptedRow(int Key, DateTime AcceptedAtUtc, int ReportId, int PeriodId, int AgencyId, string AgencyCode, string AgencyName, int UnitId, ReportStatus StatusNow, int Version, DateTime SubmittedAtUtc, string Content);

/// <summary>
/// Accepted reports' content, as a feed of acceptances: each acceptance of a report in the client's subtree
/// (<see cref="DataScope.ReportFilter"/>) with the version it accepted, by the acceptance's transition id, a key that only
/// grows. Paging is keyset on that id (never an offset), so a page never repeats or skips a row while reports are being
/// accepted; <c>since</c> starts from an instant, the cursor resumes where the last call ended.
/// </summary>
internal static class AcceptedReportEndpoints
{
    private const string List = "accepted";

    public static void Map(RouteGroupBuilder api) =>
        api.MapGet("/reports/accepted", FeedAsync)
            .WithSummary("Acceptances of reports with the content accepted (lines, indicator values), oldest first; since an instant, or after a cursor.");

    private static async Task<IResult> FeedAsync(HttpContext context, DanVanDbContext db, string? since, string? period, string? limit, string? cursor, CancellationToken ct)
    {
        var query = new ApiQuery();
        var (from, periodId, take, after) = (query.Instant("since", since), query.Id("period", period), query.Limit(limit), query.After(cursor, List));
        if (!query.IsValid)
        {
            return query.Problem();
        }

        var rows = await Rows(db, context.User.GetScope(), after, from, periodId).Take(take + 1).ToListAsync(ct);
        var page = rows.Take(take).Select(r => (Row: r, Snapshot: ReportVersion.Parse(r.Content))).ToList();
        var assignments = page.SelectMany(r => r.Snapshot.Lines.Select(l => l.AssignmentId)).Distinct().ToList();
        var tasks = await db.Assignments.AsNoTracking().Where(a => assignments.Contains(a.Id)).ToDictionaryAsync(a => a.Id, a => a.TaskId, ct);
        var indicatorIds = page.SelectMany(r => r.Snapshot.Lines.SelectMany(l => l.IndicatorsById?.Keys ?? [])).Distinct().ToList();
        var indicators = await db.Indicators.AsNoTracking().Where(i => indicatorIds.Contains(i.Id)).ToDictionaryAsync(i => i.Id, i => i.Name, ct);
        var items = page.Select(r => Item(r.Row, r.Snapshot, tasks, indicators)).ToList();
        var next = ApiQuery.Cursor(List, page.Count > 0 ? page[^1].Row.Key : after);
        return TypedResults.Ok(new AcceptedFeed(items, next, rows.Count > take));
    }

    /// <summary>The acceptances in scope after the key <paramref name="after"/> (and at or after <paramref name="since"/>), by key.</summary>
    internal static IQueryable<AcceptedRow> Rows(DanVanDbContext db, DataScope scope, long after, DateTime? since, int? periodId)
    {
        var reports = db.Reports.AsNoTracking().Where(scope.ReportFilter);
        if (periodId is { } id)
        {
            reports = reports.Where(r => r.PeriodId == id);
        }

        var acceptances = db.ReportTransitions.AsNoTracking().Where(t => t.To == ReportStatus.Accepted && t.Id > after);
        if (since is { } instant)
        {
            acceptances = acceptances.Where(t => t.AtUtc >= instant);
        }

        return from t in acceptances
               join r in reports on t.ReportId equals r.Id
               join v in db.ReportVersions on new { t.ReportId, Number = t.Version } equals new { v.ReportId, v.Number }
               orderby t.Id
               select new AcceptedRow(t.Id, t.AtUtc, r.Id, r.PeriodId, r.AgencyId, r.Agency!.Code, r.Agency.Name, r.Agency.UnitId, r.Status, v.Number, v.SubmittedAtUtc, v.Content);
    }

    private static AcceptedReportItem Item(AcceptedRow row, ReportSnapshot snapshot, Dictionary<int, int> tasks, Dictionary<int, string> indicators)
    {
        var lines = snapshot.Lines.Select(l => new AcceptedLineItem(
            l.AssignmentId,
            tasks.TryGetValue(l.AssignmentId, out var taskId) ? taskId : null,
            l.TaskNumber,
            l.Progress,
            l.Percent,
            l.CompletedOn,
            l.DueOn,
            l.Results,
            l.Difficulties,
            l.Proposals,
            l.IndicatorsById is { } byId
                ? byId.Select(v => new IndicatorValueItem(v.Key, indicators.GetValueOrDefault(v.Key, string.Empty), v.Value)).ToList()
                : l.Indicators.Select(v => new IndicatorValueItem(null, v.Key, v.Value)).ToList())).ToList();
        return new AcceptedReportItem(
            ApiQuery.Cursor(List, row.Key), row.AcceptedAtUtc, row.ReportId, row.PeriodId, row.AgencyId, row.AgencyCode, row.AgencyName, row.UnitId,
            row.StatusNow, row.Version, row.SubmittedAtUtc, snapshot.OverallAssessment, lines);
    }
}
