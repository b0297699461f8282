using DanVan.Domain;
using DanVan.Web.Authorization;
using DanVan.Web.Dashboard;

namespace DanVan.Web.Api;

/// <summary>
/// The dashboard's figures for a period, directive and unit of the client's subtree: resolved by
/// <see cref="DashboardQueries.ResolveAsync"/> and computed by <see cref="DashboardFigureLoader"/>, the very code of the
/// dashboard and its exports, so the numbers are theirs.
/// </summary>
internal static class FigureEndpoints
{
    public static void Map(RouteGroupBuilder api) =>
        api.MapGet("/periods/{periodId:int}/figures", FiguresAsync)
            .WithSummary("The dashboard's figures for the period, of directive (default the latest) and unit (default the client's unit).");

    private static async Task<IResult> FiguresAsync(HttpContext context, DashboardQueries queries, DashboardFigureLoader loader, TimeProvider clock, int periodId, string? directive, string? unit, CancellationToken ct)
    {
        var query = new ApiQuery();
        var (directiveId, unitId) = (query.Id("directive", directive), query.Id("unit", unit));
        if (!query.IsValid)
        {
            return query.Problem();
        }

        var view = await queries.ResolveAsync(context.User.GetScope(), new DashboardFilter(directiveId, periodId, unitId), Hanoi.Today(clock), ct);
        if (view is null)
        {
            return ApiProblems.NotFound("No such period or directive, or the unit is not in the client's subtree in the period's structure.");
        }

        var figures = await loader.LoadAsync(view, FigureSet.Api, DashboardQueries.ListSize, ct);
        var d = view.Directive;
        return TypedResults.Ok(new FiguresItem(
            new DirectiveRefItem(d.Id, d.Code, d.Title, d.IssuingBody),
            PeriodItem.Of(view.Period),
            new UnitRefItem(view.Unit.Id, view.Unit.Name, view.Unit.Level),
            view.AsOf,
            Counts(figures.Reporting.Total),
            figures.Reporting.ByLevel.Select(l => new LevelCountsItem(l.Level, Counts(l.Counts))).ToList(),
            figures.Reporting.ByUnit.Select(r => new UnitCountsItem(r.UnitId, r.Name, Counts(r.Counts))).ToList(),
            figures.Statuses.ByStatus,
            figures.Statuses.Total,
            figures.Indicators.Rows.Select(i => new IndicatorTotalItem(i.Id, i.TaskNumber, i.Name, i.Unit, i.Total.Value, i.Total.Count)).ToList()));
    }

    private static CountsItem Counts(ReportingCounts c) =>
        new(c.Expected, c.Submitted, c.OnTime, c.Late, c.Missing, c.Accepted, c.Returned, c.AwaitingReview, c.Rate, c.OnTimeRate);
}
