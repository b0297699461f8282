using DanVan.Domain.Reporting;
using Microsoft.EntityFrameworkCore;

namespace DanVan.Web.Dashboard;

public sealed partial class DashboardQueries
{
    /// <summary>
    /// The directive's indicators from the values in submitted reports: for the period in total and by child unit (one
    /// grouped query), and for each period of the trend in total (one grouped query). Counts are summed; a percentage is
    /// averaged over the reports that gave it.
    /// </summary>
    public async Task<IndicatorFigures> IndicatorsAsync(DashboardView view, CancellationToken ct)
    {
        var directiveId = view.Directive.Id;
        var indicators = await db.Indicators.AsNoTracking().Where(i => i.Task!.DirectiveId == directiveId)
            .OrderBy(i => i.Task!.SortOrder).ThenBy(i => i.Id)
            .Select(i => new { i.Id, i.Task!.Number, i.Name, i.Unit }).ToListAsync(ct);
        var byUnit = await (
            from a in ExpectedAgencies(view)
            join l in SubmittedLines(view, view.Period.Id) on a.Id equals l.Report!.AgencyId
            join v in db.IndicatorValues on l.Id equals v.LineId
            select new { a.Bucket, v.IndicatorId, Value = (double)v.Value } into x
            group x by new { x.Bucket, x.IndicatorId } into g
            select new { g.Key.Bucket, g.Key.IndicatorId, Sum = g.Sum(x => x.Value), Count = g.Count() }).ToListAsync(ct);
        var trendIds = view.TrendPeriods.Select(p => p.Id).ToList();
        var trend = await (
            from a in ExpectedAgencies(view)
            join l in db.ReportLines.Where(l => trendIds.Contains(l.Report!.PeriodId) && l.Report.Version >= 1) on a.Id equals l.Report!.AgencyId
            join v in db.IndicatorValues on l.Id equals v.LineId
            select new { l.Report!.PeriodId, v.IndicatorId, Value = (double)v.Value } into x
            group x by new { x.PeriodId, x.IndicatorId } into g
            select new { g.Key.PeriodId, g.Key.IndicatorId, Sum = g.Sum(x => x.Value), Count = g.Count() }).ToListAsync(ct);
        var names = await ChildUnitNamesAsync(view, ct);
        var columns = Columns(view, byUnit.Select(v => v.Bucket).Append(null), names);
        var rows = indicators.Select(i =>
        {
            var percent = i.Unit == IndicatorValue.PercentUnit;
            IndicatorFigure Figure(IEnumerable<(double Sum, int Count)> parts) => new(parts.Sum(p => p.Sum), parts.Sum(p => p.Count), percent);
            var own = byUnit.Where(v => v.IndicatorId == i.Id).ToList();
            return new IndicatorRow(
                i.Id,
                i.Number,
                i.Name,
                i.Unit,
                Figure(own.Select(v => (v.Sum, v.Count))),
                columns.Select(c => Figure(own.Where(v => v.Bucket == c.UnitId).Select(v => (v.Sum, v.Count)))).ToList(),
                view.TrendPeriods.Select(p => Figure(trend.Where(v => v.IndicatorId == i.Id && v.PeriodId == p.Id).Select(v => (v.Sum, v.Count)))).ToList());
        }).ToList();
        return new IndicatorFigures(columns, rows);
    }
}
