using DanVan.Domain.Reporting;
using Microsoft.EntityFrameworkCore;

namespace DanVan.Web.Dashboard;

public sealed partial class DashboardQueries
{
    /// <summary>
    /// The directive's indicators from the values in submitted versions: for the period in total and by child unit (one
    /// grouped query), and for each period of the trend in total (one grouped query per period, each on its own index
    /// range). Counts are summed; a percentage is averaged over the reports that gave it; no value is missing, not zero.
    /// </summary>
    public async Task<IndicatorFigures> IndicatorsAsync(DashboardView view, CancellationToken ct)
    {
        var directiveId = view.Directive.Id;
        var indicators = await db.Indicators.AsNoTracking().Where(i => i.Task!.DirectiveId == directiveId)
            .OrderBy(i => i.Task!.SortOrder).ThenBy(i => i.Id)
            .Select(i => new { i.Id, i.Task!.Number, i.Name, i.Unit }).ToListAsync(ct);
        var byPath = await (
            from f in Facts(view)
            join l in db.FactLines on f.Id equals l.FactId
            join v in db.FactIndicators on l.Id equals v.LineId
            group v by new { f.UnitPath, v.IndicatorId } into g
            select new { g.Key.UnitPath, g.Key.IndicatorId, Sum = g.Sum(v => (double)v.Value), Count = g.Count() }).ToListAsync(ct);
        var byUnit = byPath.Select(v => new { Bucket = BucketOf(view, v.UnitPath), v.IndicatorId, v.Sum, v.Count }).ToList();
        var trend = new List<(int PeriodId, int IndicatorId, double Sum, int Count)>();
        foreach (var period in view.TrendPeriods)
        {
            var totals = await (
                from f in Facts(view, period.Id)
                join l in db.FactLines on f.Id equals l.FactId
                join v in db.FactIndicators on l.Id equals v.LineId
                group v by v.IndicatorId into g
                select new { IndicatorId = g.Key, Sum = g.Sum(v => (double)v.Value), Count = g.Count() }).ToListAsync(ct);
            trend.AddRange(totals.Select(t => (period.Id, t.IndicatorId, t.Sum, t.Count)));
        }

        var columns = Columns(view, byUnit.Select(v => v.Bucket).Append(null));
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
