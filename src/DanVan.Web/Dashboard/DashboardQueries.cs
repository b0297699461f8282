using DanVan.Data;
using DanVan.Domain.Organization;
using DanVan.Domain.Reporting;
using Microsoft.EntityFrameworkCore;

namespace DanVan.Web.Dashboard;

/// <summary>
/// The figures of the dashboard (and of its exports), for one directive, period and unit within a user's scope. Every
/// figure comes from a grouped query in the database; the number of SQL commands per dashboard is fixed and does not
/// depend on how many agencies, reports or lines there are. Call <see cref="ResolveAsync"/> first, then the figure
/// methods with its view.
/// </summary>
public sealed partial class DashboardQueries(DanVanDbContext db)
{
    public const int ListSize = 20;

    /// <summary>How many rows the Excel export's lists hold at most: every row in practice, still a bounded query.</summary>
    public const int ExportListSize = 10_000;
    public const int TrendLength = 8;

    /// <summary>
    /// Resolves the filter against the user's scope: the drilled unit or agency must lie in it, the directive and period
    /// must exist. Returns null when any of them does not (the page answers 404).
    /// </summary>
    public async Task<DashboardView?> ResolveAsync(DataScope scope, DashboardFilter filter, DateOnly today, CancellationToken ct)
    {
        var directives = await db.Directives.AsNoTracking().OrderByDescending(d => d.IssuedOn).ThenBy(d => d.Id)
            .Select(d => new DirectiveChoice(d.Id, d.Code, d.Title, d.IssuingBody)).ToListAsync(ct);
        var periods = await db.Periods.AsNoTracking().OrderByDescending(p => p.DueOn).ToListAsync(ct);
        var directive = filter.DirectiveId is { } directiveId ? directives.Find(d => d.Id == directiveId) : directives.FirstOrDefault();
        var period = filter.PeriodId is { } periodId ? periods.Find(p => p.Id == periodId) : DefaultPeriod(periods, today);
        if (directive is null || period is null)
        {
            return null;
        }

        AgencyRef? agency = null;
        if (filter.AgencyId is { } agencyId)
        {
            agency = await db.Agencies.AsNoTracking().Where(scope.AgencyFilter).Where(a => a.Id == agencyId)
                .Select(a => new AgencyRef(a.Id, a.Name, a.UnitId)).SingleOrDefaultAsync(ct);
            if (agency is null)
            {
                return null;
            }
        }

        var unitId = agency?.UnitId ?? filter.UnitId ?? scope.UnitId;
        var unit = await db.Units.AsNoTracking().Where(scope.UnitFilter).Where(u => u.Id == unitId)
            .Include(u => u.Parent).ThenInclude(p => p!.Parent).SingleOrDefaultAsync(ct);
        if (unit is null)
        {
            return null;
        }

        var breadcrumb = new[] { unit.Parent?.Parent, unit.Parent, unit }
            .Where(u => u is not null && scope.Includes(u))
            .Select(u => new UnitRef(u!.Id, u.Name, u.Level)).ToList();
        var sameKind = periods.Where(p => p.Kind == period.Kind).ToList();
        return new DashboardView(
            scope,
            directive,
            period,
            period.PreviousAmong(sameKind),
            sameKind.Where(p => p.DueOn <= period.DueOn).Take(TrendLength).Reverse().ToList(),
            breadcrumb[^1],
            agency,
            breadcrumb,
            filter.Level,
            filter.Kind,
            today < period.DueOn ? today : period.DueOn,
            directives,
            periods);
    }

    /// <summary>The quarter containing today when it has a period, else the latest period already open, else the latest.</summary>
    internal static ReportingPeriod? DefaultPeriod(List<ReportingPeriod> periods, DateOnly today)
    {
        var quarter = ReportingPeriod.QuarterContaining(today);
        return periods.Find(p => p.Kind == quarter.Kind && p.Year == quarter.Year && p.Number == quarter.Number)
            ?? periods.Find(p => p.OpensOn <= today)
            ?? periods.FirstOrDefault();
    }

    /// <summary>The agencies the view covers: in the user's scope, in the drilled unit's subtree, narrowed by agency, level and kind.</summary>
    private IQueryable<Agency> Agencies(DashboardView view)
    {
        var agencies = db.Agencies.AsNoTracking().Where(view.UserScope.AgencyFilter).Where(new DataScope(view.Unit.Id, view.Unit.Level).AgencyFilter);
        if (view.Agency is { } agency)
        {
            agencies = agencies.Where(a => a.Id == agency.Id);
        }

        if (view.Level is { } level)
        {
            agencies = agencies.Where(a => a.Unit!.Level == level);
        }

        if (view.Kind is { } kind)
        {
            agencies = agencies.Where(a => a.Kind == kind);
        }

        return agencies;
    }

    /// <summary>
    /// The agencies expected to report (active, with at least one assignment of the directive), each with the child unit
    /// of the viewed unit it belongs to (<see cref="Expected.Bucket"/>, null for the viewed unit's own agencies).
    /// </summary>
    private IQueryable<Expected> ExpectedAgencies(DashboardView view)
    {
        var directiveId = view.Directive.Id;
        var unitId = view.Unit.Id;
        return Agencies(view)
            .Where(a => a.IsActive && db.Assignments.Any(s => s.AgencyId == a.Id && s.Task!.DirectiveId == directiveId))
            .Select(a => new Expected
            {
                Id = a.Id,
                Name = a.Name,
                Level = a.Unit!.Level,
                Bucket = a.UnitId == unitId ? null : a.Unit.ParentId == unitId ? a.UnitId : a.Unit.ParentId,
            });
    }

    /// <summary>Lines of the period's submitted reports (version ≥ 1) for tasks of the directive.</summary>
    private IQueryable<ReportLine> SubmittedLines(DashboardView view, int periodId)
    {
        var directiveId = view.Directive.Id;
        return db.ReportLines.AsNoTracking()
            .Where(l => l.Report!.PeriodId == periodId && l.Report.Version >= 1 && l.Assignment!.Task!.DirectiveId == directiveId);
    }

    /// <summary>The child units of the viewed unit, to name breakdown rows and columns.</summary>
    private async Task<Dictionary<int, string>> ChildUnitNamesAsync(DashboardView view, CancellationToken ct)
    {
        var unitId = view.Unit.Id;
        return await db.Units.AsNoTracking().Where(u => u.ParentId == unitId).ToDictionaryAsync(u => u.Id, u => u.Name, ct);
    }

    private static List<UnitColumn> Columns(DashboardView view, IEnumerable<int?> buckets, Dictionary<int, string> names) =>
        buckets.Distinct()
            .Select(b => new UnitColumn(b, b is { } id ? names.GetValueOrDefault(id, "#" + id) : view.Unit.Name))
            .OrderBy(c => c.UnitId is not null)
            .ThenBy(c => c.Name, StringComparer.Create(System.Globalization.CultureInfo.GetCultureInfo("vi-VN"), false))
            .ToList();

    private sealed class Expected
    {
        public int Id { get; init; }

        public string Name { get; init; } = string.Empty;

        public UnitLevel Level { get; init; }

        public int? Bucket { get; init; }
    }
}
