using DanVan.Data;
using DanVan.Data.Facts;
using DanVan.Domain;
using DanVan.Domain.Organization;
using DanVan.Web.Authorization;
using Microsoft.EntityFrameworkCore;

namespace DanVan.Web.Api;

/// <summary>
/// Directives with their tasks and indicators, reporting periods, and the unit tree and agencies as of a day (the tree
/// the dashboard reads for a period: <see cref="PeriodTree"/>), within the client's unit subtree in that day's tree.
/// </summary>
internal static class StructureEndpoints
{
    public static void Map(RouteGroupBuilder api)
    {
        api.MapGet("/directives", DirectivesAsync).WithSummary("Directives, by id.");
        api.MapGet("/directives/{directiveId:int}", DirectiveAsync).WithSummary("A directive with its tasks and their indicators.");
        api.MapGet("/periods", PeriodsAsync).WithSummary("Reporting periods with their dates, by id.");
        api.MapGet("/units", UnitsAsync).WithSummary("The client's unit and the units below it, as they were on asOf (default today), by id.");
        api.MapGet("/agencies", AgenciesAsync).WithSummary("Agencies of the client's subtree (or of unit's) as they were on asOf (default today), by id.");
    }

    private static async Task<IResult> DirectivesAsync(DanVanDbContext db, string? limit, string? cursor, CancellationToken ct)
    {
        var query = new ApiQuery();
        var (take, after) = (query.Limit(limit), query.After(cursor, "directives"));
        if (!query.IsValid)
        {
            return query.Problem();
        }

        var rows = await db.Directives.AsNoTracking().Where(d => d.Id > after).OrderBy(d => d.Id).Take(take + 1)
            .Select(d => new DirectiveSummary(d.Id, d.Code, d.Title, d.IssuingBody, d.IssuedOn)).ToListAsync(ct);
        return TypedResults.Ok(Page(rows, take, "directives", d => d.Id));
    }

    private static async Task<IResult> DirectiveAsync(DanVanDbContext db, int directiveId, CancellationToken ct)
    {
        var directive = await db.Directives.AsNoTracking().Where(d => d.Id == directiveId)
            .Select(d => new DirectiveSummary(d.Id, d.Code, d.Title, d.IssuingBody, d.IssuedOn)).SingleOrDefaultAsync(ct);
        if (directive is null)
        {
            return ApiProblems.NotFound("No directive has this id.");
        }

        var tasks = await db.DirectiveTasks.AsNoTracking().Where(t => t.DirectiveId == directiveId).OrderBy(t => t.SortOrder).ThenBy(t => t.Id)
            .Select(t => new TaskItem(t.Id, t.Number, t.Title, t.Addressee, t.DueOn, t.Indicators.OrderBy(i => i.Id).Select(i => new IndicatorItem(i.Id, i.Name, i.Unit, i.HigherIsBetter)).ToList()))
            .ToListAsync(ct);
        return TypedResults.Ok(new DirectiveDetails(directive.Id, directive.Code, directive.Title, directive.IssuingBody, directive.IssuedOn, tasks));
    }

    private static async Task<IResult> PeriodsAsync(DanVanDbContext db, string? limit, string? cursor, CancellationToken ct)
    {
        var query = new ApiQuery();
        var (take, after) = (query.Limit(limit), query.After(cursor, "periods"));
        if (!query.IsValid)
        {
            return query.Problem();
        }

        var rows = await db.Periods.AsNoTracking().Where(p => p.Id > after).OrderBy(p => p.Id).Take(take + 1).ToListAsync(ct);
        return TypedResults.Ok(Page(rows.Select(PeriodItem.Of).ToList(), take, "periods", p => p.Id));
    }

    private static async Task<IResult> UnitsAsync(HttpContext context, DanVanDbContext db, TimeProvider clock, string? asOf, string? limit, string? cursor, CancellationToken ct)
    {
        var query = new ApiQuery();
        var (day, take, after) = (query.Day("asOf", asOf) ?? Hanoi.Today(clock), query.Limit(limit), query.After(cursor, "units"));
        if (!query.IsValid)
        {
            return query.Problem();
        }

        var tree = await PeriodTree.LoadAsync(db, day, ct);
        if (ScopePath(tree, context.User.GetScope()) is not { } path)
        {
            return ApiProblems.NotFound("The client's unit did not exist on that day.");
        }

        var rows = tree.Units.Where(u => u.Path.StartsWith(path, StringComparison.Ordinal) && u.Id > after).OrderBy(u => u.Id).Take(take + 1)
            .Select(u => new UnitItem(u.Id, u.Code, u.Name, u.Level, u.ParentId, u.Path)).ToList();
        return TypedResults.Ok(Page(rows, take, "units", u => u.Id));
    }

    private static async Task<IResult> AgenciesAsync(HttpContext context, DanVanDbContext db, TimeProvider clock, string? asOf, string? unit, string? limit, string? cursor, CancellationToken ct)
    {
        var query = new ApiQuery();
        var (day, unitId, take, after) = (query.Day("asOf", asOf) ?? Hanoi.Today(clock), query.Id("unit", unit), query.Limit(limit), query.After(cursor, "agencies"));
        if (!query.IsValid)
        {
            return query.Problem();
        }

        var tree = await PeriodTree.LoadAsync(db, day, ct);
        var path = ScopePath(tree, context.User.GetScope());
        if (unitId is { } id && path is not null)
        {
            path = tree.Find(id)?.Path is { } unitPath && unitPath.StartsWith(path, StringComparison.Ordinal) ? unitPath : null;
        }

        if (path is null)
        {
            return ApiProblems.NotFound("No unit of the client's subtree has this id on that day.");
        }

        var units = tree.Units.Where(u => u.Path.StartsWith(path, StringComparison.Ordinal)).Select(u => u.Id).ToList();
        var rows = await AgenciesOn(db, day, units, after).Take(take + 1).ToListAsync(ct);
        return TypedResults.Ok(Page(rows, take, "agencies", a => a.Id));
    }

    /// <summary>
    /// The agencies of the given units as they were on <paramref name="day"/>, by id after <paramref name="after"/>; the
    /// unit ids go as one JSON parameter (OPENJSON on SQL Server), never one parameter each: a national tree has thousands.
    /// </summary>
    internal static IQueryable<AgencyItem> AgenciesOn(DanVanDbContext db, DateOnly day, IReadOnlyCollection<int> unitIds, long after) =>
        db.AgencyVersions.AsNoTracking()
            .Where(v => v.ValidFrom <= day && (v.ValidTo == null || day < v.ValidTo) && EF.Parameter(unitIds).Contains(v.UnitId) && v.AgencyId > after)
            .OrderBy(v => v.AgencyId)
            .Select(v => new AgencyItem(v.AgencyId, v.Agency!.Code, v.Name, v.Kind, v.UnitId, v.IsActive));

    /// <summary>The client's unit's path in the day's tree; null when the unit did not exist then.</summary>
    private static string? ScopePath(PeriodTree tree, DataScope scope) => tree.Find(scope.UnitId)?.Path;

    /// <summary>The first <paramref name="take"/> rows of <paramref name="rows"/> (read one more), with the next page's cursor when there is more.</summary>
    internal static ApiPage<T> Page<T>(List<T> rows, int take, string list, Func<T, long> key) =>
        rows.Count > take ? new ApiPage<T>(rows[..take], ApiQuery.Cursor(list, key(rows[take - 1]))) : new ApiPage<T>(rows, null);
}
