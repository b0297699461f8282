using DanVan.Domain.Reporting;
using Microsoft.EntityFrameworkCore;

namespace DanVan.Web.Dashboard;

public sealed partial class DashboardQueries
{
    /// <summary>
    /// The directive's indicators from the values in submitted versions: for the period in total and by child unit (one
    /// grouped query), and for the earlier periods of the trend in total (one grouped query); both read the values' own
    /// index, one range per period. Counts are summed; a percentage is averaged over the reports that gave it; no value
    /// is missing, not zero.
    /// </summary>
    public async Task<IndicatorFigures> IndicatorsAsync(DashboardView view, CancellationToken ct)
    {
        var directiveId = view.Directive.Id;
        var indicators = await db.Indicators.AsNoTracking().Where(i => i.Task!.DirectiveId == directiveId)
            .OrderBy(i => i.Task!.SortOrder).ThenBy(i => i.Id)
            .Select(i => new { i.Id, i.Task!.Number, i.Name, i.Unit }).ToListAsync(ct);
        var byChild = await PartedAsync(
            nameof(FactQueries.IndicatorSums),
            view,
            part => FactQueries.IndicatorSums(IndicatorValues(view, [view.Period.Id], part), view.UnitPath).ToListAsync(ct),
            v => v.Child,
            ct);
        var byUnit = byChild.Select(v => new { Bucket = BucketOfChild(view, v.Child), v.IndicatorId, v.Sum, v.Count }).ToList();
        var earlier = view.TrendPeriods.Where(p => p.Id != view.Period.Id).Select(p => p.Id).ToList();
        var trend = earlier.Count == 0 ? [] : await GroupedAsync("IndicatorTrend", view, earlier, () => IndicatorValues(view, earlier)
            .GroupBy(v => new { v.PeriodId, v.IndicatorId })
            .Select(g => new PeriodIndicatorSum(g.Key.PeriodId, g.Key.IndicatorId, g.Sum(v => (double)v.Value), g.Count()))
            .ToListAsync(ct));
        var totals = trend.Select(t => (t.PeriodId, t.IndicatorId, t.Sum, t.Count))
            .Concat(byChild.Select(v => (PeriodId: view.Period.Id, v.IndicatorId, v.Sum, v.Count)))
            .ToList();
        var columns = Columns(view, byUnit.Select(v => v.Bucket).Append(null));
        var ownByIndicator = byUnit.ToLookup(v => v.IndicatorId);
        var totalsByIndicatorAndPeriod = totals.ToLookup(t => (t.IndicatorId, t.PeriodId));
        var rows = indicators.Select(i =>
        {
            var percent = i.Unit == IndicatorValue.PercentUnit;
            IndicatorFigure Figure(IEnumerable<(double Sum, int Count)> parts) => new(parts.Sum(p => p.Sum), parts.Sum(p => p.Count), percent);
            var own = ownByIndicator[i.Id].ToList();
            var ownByBucket = own.ToLookup(v => v.Bucket);
            return new IndicatorRow(
                i.Id,
                i.Number,
                i.Name,
                i.Unit,
                Figure(own.Select(v => (v.Sum, v.Count))),
                columns.Select(c => Figure(ownByBucket[c.UnitId].Select(v => (v.Sum, v.Count)))).ToList(),
                view.TrendPeriods.Select(p => Figure(totalsByIndicatorAndPeriod[(i.Id, p.Id)].Select(v => (v.Sum, v.Count)))).ToList());
        }).ToList();
        return new IndicatorFigures(columns, rows);
    }
}
