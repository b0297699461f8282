using DanVan.Data;
using DanVan.Data.Facts;
using DanVan.Domain.Organization;
using DanVan.Domain.Reporting;
using DanVan.Domain.Reporting.Facts;
using DanVan.Domain.Settings;
using Microsoft.EntityFrameworkCore;

namespace DanVan.Web.Dashboard;

/// <summary>
/// The figures of the dashboard (and of its exports), for one directive, period and unit within a user's scope. Every
/// figure is a grouped query over the reporting facts (what agencies last submitted, in the structure of the period's
/// time) under one unit path; the number of SQL commands per dashboard is fixed. Call <see cref="ResolveAsync"/> first,
/// then the figure methods with its view.
/// </summary>
public sealed partial class DashboardQueries(DanVanDbContext db, FigureCache cache)
{
    public const int ListSize = 20;

    /// <summary>How many rows the Excel export's lists hold at most: every row in practice, still a bounded query.</summary>
    public const int ExportListSize = 10_000;
    public const int TrendLength = 8;

    /// <summary>
    /// More parts of a view rewritten since its figures were kept than this, and the whole view is read again: one query
    /// over every part costs less than many over a few each.
    /// </summary>
    public const int MaxPartsReadAgain = 8;

    private (DashboardView View, LineCounts Counts)? _lineCounts;

    private (DashboardView View, Dictionary<string, int> Ids)? _children;

    /// <summary>
    /// Resolves the filter against the user's scope in the period's tree: the drilled unit or agency must lie in it, the
    /// directive and period must exist. Returns null when any of them does not (the page answers 404).
    /// </summary>
    public async Task<DashboardView?> ResolveAsync(DataScope scope, DashboardFilter filter, DateOnly today, CancellationToken ct)
    {
        // Read before anything of the catalogue, as the fact versions are before any fact: what follows is as new or newer.
        var catalogue = await db.CatalogueVersions.AsNoTracking().Where(v => v.Id == CatalogueVersion.Row).Select(v => (long?)v.Version).FirstOrDefaultAsync(ct);
        var directives = await cache.CatalogueAsync("directives", catalogue, () => db.Directives.AsNoTracking().OrderByDescending(d => d.IssuedOn).ThenBy(d => d.Id)
            .Select(d => new DirectiveChoice(d.Id, d.Code, d.Title, d.IssuingBody)).ToListAsync(ct));
        var periods = await cache.CatalogueAsync("periods", catalogue, () => db.Periods.AsNoTracking().OrderByDescending(p => p.DueOn).ToListAsync(ct));
        var directive = filter.DirectiveId is { } directiveId ? directives.Find(d => d.Id == directiveId) : directives.FirstOrDefault();
        var period = filter.PeriodId is { } periodId ? periods.Find(p => p.Id == periodId) : await DefaultPeriodAsync(periods, scope, today, catalogue, ct);
        if (directive is null || period is null)
        {
            return null;
        }

        var sameKind = periods.Where(p => p.Kind == period.Kind).ToList();
        var trend = sameKind.Where(p => p.DueOn <= period.DueOn).Take(TrendLength).Reverse().ToList();
        var previous = period.PreviousAmong(sameKind);
        var read = trend.Select(p => p.Id).Append(period.Id).Concat(previous is null ? [] : [previous.Id]).ToList();
        var versions = await db.FactVersions.AsNoTracking().Where(v => read.Contains(v.PeriodId)).ToDictionaryAsync(v => v.PeriodId, v => v.Version, ct);
        var version = versions.GetValueOrDefault(period.Id);
        var tree = await cache.TreeAsync(
            period.Id,
            version,
            () => PeriodTree.LoadAsync(db, period.DataTo, ct),
            async since => await ChangedPathsAsync(period.Id, since, version, ct) is not null);
        if (tree.Find(scope.UnitId)?.Path is not { } scopePath)
        {
            return null;
        }

        AgencyRef? agency = null;
        if (filter.AgencyId is { } agencyId)
        {
            agency = await db.Facts.AsNoTracking()
                .Where(f => f.PeriodId == period.Id && f.DirectiveId == directive.Id && f.AgencyId == agencyId && f.UnitPath.StartsWith(scopePath))
                .Select(f => new AgencyRef(f.AgencyId, f.AgencyName, f.UnitId)).FirstOrDefaultAsync(ct);
            if (agency is null)
            {
                return null;
            }
        }

        var unit = tree.Find(agency?.UnitId ?? filter.UnitId ?? scope.UnitId);
        if (unit is null || !unit.Path.StartsWith(scopePath, StringComparison.Ordinal))
        {
            return null;
        }

        var chain = tree.Chain(unit.Id).Where(u => u.Path.StartsWith(scopePath, StringComparison.Ordinal)).ToList();
        var chainIds = chain.ConvertAll(c => c.Id);
        var todayNames = await cache.CatalogueAsync(
            "names|" + string.Join(',', chainIds),
            catalogue,
            () => db.Units.AsNoTracking().Where(u => chainIds.Contains(u.Id)).ToDictionaryAsync(u => u.Id, u => u.Name, ct));
        var breadcrumb = chain.Select(u => new UnitRef(u.Id, u.Name, u.Level, todayNames.GetValueOrDefault(u.Id) is { } now && now != u.Name ? now : null)).ToList();
        return new DashboardView(
            tree,
            unit.Path,
            directive,
            period,
            previous,
            trend,
            breadcrumb[^1],
            agency,
            breadcrumb,
            filter.Level,
            filter.Kind,
            today < period.DueOn ? today : period.DueOn,
            directives,
            periods,
            CurrentPeriod(periods, today),
            today <= period.DueOn,
            versions,
            catalogue);
    }

    /// <summary>
    /// The default period, or, for a user whose unit was dissolved or merged before it (a former district reviewer), the
    /// latest earlier period in which the unit still existed.
    /// </summary>
    private async Task<ReportingPeriod?> DefaultPeriodAsync(List<ReportingPeriod> periods, DataScope scope, DateOnly today, long? catalogue, CancellationToken ct)
    {
        var period = DefaultPeriod(periods, today);
        var versions = await cache.CatalogueAsync(
            string.Create(System.Globalization.CultureInfo.InvariantCulture, $"unit versions|{scope.UnitId}"),
            catalogue,
            () => db.UnitVersions.AsNoTracking().Where(v => v.UnitId == scope.UnitId).ToListAsync(ct));
        return period is null || versions.Exists(v => v.IsValidOn(period.DataTo))
            ? period
            : periods.Where(p => p.DueOn <= period.DueOn && versions.Exists(v => v.IsValidOn(p.DataTo))).MaxBy(p => p.DueOn) ?? period;
    }

    /// <summary>
    /// The period figures open on: the latest quarter whose due date has passed (every report should be in, so its figures
    /// are the ones to read and sign), else the current one. <paramref name="periods"/> are ordered by due date, latest first.
    /// </summary>
    internal static ReportingPeriod? DefaultPeriod(List<ReportingPeriod> periods, DateOnly today) =>
        periods.Find(p => p.Kind == PeriodKind.Quarter && p.DueOn < today) ?? CurrentPeriod(periods, today);

    /// <summary>The quarter containing today when it has a period, else the latest period already open, else the latest.</summary>
    internal static ReportingPeriod? CurrentPeriod(List<ReportingPeriod> periods, DateOnly today)
    {
        var quarter = ReportingPeriod.QuarterContaining(today);
        return periods.Find(p => p.Kind == quarter.Kind && p.Year == quarter.Year && p.Number == quarter.Number)
            ?? periods.Find(p => p.OpensOn <= today)
            ?? periods.FirstOrDefault();
    }

    /// <summary>The facts the view covers in its period: the directive, the viewed unit's subtree (or one <paramref name="part"/> of it), narrowed by agency, level and kind.</summary>
    private IQueryable<ReportingFact> Facts(DashboardView view, string? part = null) => FactQueries.InView(db.Facts.AsNoTracking(), Filter(view, [view.Period.Id], part));

    /// <summary>The fact lines the view covers in its period (or one <paramref name="part"/> of it), read from their own index (they carry their fact's dimensions).</summary>
    private IQueryable<ReportingFactLine> Lines(DashboardView view, string? part = null) => FactQueries.InView(db.FactLines.AsNoTracking(), Filter(view, [view.Period.Id], part));

    /// <summary>The submitted indicator values the view covers in the given periods (or one <paramref name="part"/> of it).</summary>
    private IQueryable<ReportingFactIndicator> IndicatorValues(DashboardView view, IReadOnlyCollection<int> periodIds, string? part = null) =>
        FactQueries.InView(db.FactIndicators.AsNoTracking(), Filter(view, periodIds, part));

    /// <summary>The view's grouped read-model rows, from the instance's <see cref="FigureCache"/> while the periods' fact versions are those the view read.</summary>
    private Task<IReadOnlyList<T>> GroupedAsync<T>(string query, DashboardView view, IReadOnlyCollection<int> periodIds, Func<Task<List<T>>> read, Func<T, int>? weight = null) =>
        cache.GetOrReadAsync(query, Filter(view, periodIds), view.FactVersions, read, weight);

    /// <summary>
    /// The view's grouped rows over its period, from the instance's <see cref="FigureCache"/> by part (the viewed unit's
    /// child, "" for its own agencies, as <paramref name="partOf"/> says): after a change only the parts it rewrote are
    /// read again, one query each (<paramref name="readPart"/>; null reads the whole view), unless more than
    /// <see cref="MaxPartsReadAgain"/> were.
    /// </summary>
    private Task<IReadOnlyList<T>> PartedAsync<T>(string query, DashboardView view, Func<string?, Task<List<T>>> readPart, Func<T, string> partOf, CancellationToken ct, Func<T, int>? weight = null)
    {
        var version = view.FactVersions.GetValueOrDefault(view.Period.Id);
        return cache.GetOrRefreshAsync(
            query,
            Filter(view, [view.Period.Id]),
            version,
            async parts =>
            {
                if (parts is null)
                {
                    return await readPart(null);
                }

                var rows = new List<T>();
                foreach (var part in parts.Order(StringComparer.Ordinal))
                {
                    rows.AddRange(await readPart(part));
                }

                return rows;
            },
            partOf,
            async since => await ChangedPathsAsync(view.Period.Id, since, version, ct) is { } paths
                && FactChangeLog.PartsUnder(view.UnitPath, paths) is { Count: <= MaxPartsReadAgain } parts ? parts : null,
            weight);
    }

    private Task<IReadOnlyList<string>?> ChangedPathsAsync(int periodId, long since, long version, CancellationToken ct) =>
        cache.ChangedPathsAsync(periodId, since, version, (from, to) => FactChangeLog.ReadAsync(db, periodId, from, to, ct));

    private static FactFilter Filter(DashboardView view, IReadOnlyCollection<int> periodIds, string? part = null) =>
        new(periodIds, view.Directive.Id, view.UnitPath, view.Agency?.Id, view.Level, view.Kind, part);

    /// <summary>The child unit of the viewed unit (in the period's tree) whose subtree holds <paramref name="unitPath"/>; null for the viewed unit's own agencies.</summary>
    private int? BucketOf(DashboardView view, string unitPath) => BucketOfChild(view, PeriodTree.PartUnder(view.UnitPath, unitPath));

    /// <summary>The child unit of the viewed unit with the given code (as <see cref="FactQueries.WithChild"/> computes it); null for "" (its own agencies).</summary>
    private int? BucketOfChild(DashboardView view, string code)
    {
        if (code.Length == 0)
        {
            return null;
        }

        if (_children is not { } known || !ReferenceEquals(known.View, view))
        {
            known = (view, view.Tree.ChildrenOf(view.Unit.Id).ToDictionary(u => u.Code, u => u.Id, StringComparer.Ordinal));
            _children = known;
        }

        return known.Ids.TryGetValue(code, out var id) ? id : null;
    }

    /// <summary>The child units of the viewed unit with their names at the period's cut-off, to name breakdown rows and columns.</summary>
    private static Dictionary<int, string> ChildUnitNames(DashboardView view) =>
        view.Tree.ChildrenOf(view.Unit.Id).ToDictionary(u => u.Id, u => u.Name);

    private static List<UnitColumn> Columns(DashboardView view, IEnumerable<int?> buckets)
    {
        var names = ChildUnitNames(view);
        return buckets.Distinct()
            .Select(b => new UnitColumn(b, b is { } id ? names.GetValueOrDefault(id, "#" + id) : view.Unit.Name))
            .OrderBy(c => c.UnitId is not null)
            .ThenBy(c => c.Name, DanVan.Web.Localization.VietnameseOrder.Names)
            .ToList();
    }
}
