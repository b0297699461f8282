using DanVan.Data;
using DanVan.Data.Seeding;
using DanVan.Domain.Organization;
using DanVan.Domain.Reporting;
using Microsoft.EntityFrameworkCore;

namespace DanVan.Web.Tests.Figures;

/// <summary>
/// Everything the figures depend on, loaded whole, and the rules of figures written out here a second time, naively:
/// the tree of a day from the unit versions, the expected agencies from the agency versions and assignments in force,
/// and what each agency last submitted from its kept versions.
/// </summary>
internal sealed class World
{
    private List<UnitVersion> _units = [];
    private Dictionary<int, string> _codes = [];
    private List<AgencyVersion> _agencies = [];
    private List<Assignment> _assignments = [];
    private List<ProgressReport> _reports = [];

    public List<ReportingPeriod> Periods { get; private set; } = [];

    public static async Task<World> LoadAsync(DanVanDbContext db)
    {
        var directiveId = await db.Directives.Where(d => d.Code == DirectiveSeed.DirectiveCode).Select(d => d.Id).SingleAsync();
        return new World
        {
            _units = await db.UnitVersions.AsNoTracking().ToListAsync(),
            _codes = await db.Units.ToDictionaryAsync(u => u.Id, u => u.Code),
            _agencies = await db.AgencyVersions.AsNoTracking().ToListAsync(),
            _assignments = await db.Assignments.AsNoTracking().Include(a => a.Task).Where(a => a.Task!.DirectiveId == directiveId).ToListAsync(),
            _reports = await db.Reports.AsNoTracking().Include(r => r.Versions).ToListAsync(),
            Periods = await db.Periods.AsNoTracking().Where(p => db.Reports.Any(r => r.PeriodId == p.Id)).ToListAsync(),
        };
    }

    /// <summary>Every unit of the tree on <paramref name="day"/> with its path of codes.</summary>
    public IEnumerable<(int UnitId, string Path)> TreeOn(DateOnly day) =>
        _units.Where(v => v.IsValidOn(day)).Select(v => (v.UnitId, PathOn(v.UnitId, day)!)).Where(u => u.Item2 is not null);

    /// <summary>The expected agencies of the period under the path, each with its report if any.</summary>
    public List<Fact> FactsOf(ReportingPeriod period, string path)
    {
        var day = period.DataTo;
        return _agencies.Where(v => v.IsValidOn(day) && v.IsActive && _assignments.Any(a => a.AgencyId == v.AgencyId && a.IsInForceOn(day)))
            .Where(v => PathOn(v.UnitId, day)?.StartsWith(path, StringComparison.Ordinal) == true)
            .Select(v => new Fact(v.AgencyId, _reports.SingleOrDefault(r => r.AgencyId == v.AgencyId && r.PeriodId == period.Id)))
            .ToList();
    }

    /// <summary>The lines of the directive's tasks in the agency's last submitted version, with the due date they were judged by.</summary>
    public IEnumerable<(TaskProgress Progress, DateOnly? DueOn, DateOnly? CompletedOn)> SubmittedLines(Fact fact)
    {
        if (fact.Report is not { Version: >= 1 } report)
        {
            return [];
        }

        var version = report.Versions.Single(v => v.Number == report.Version).Snapshot;
        return version.Lines.Where(l => _assignments.Any(a => a.Id == l.AssignmentId))
            .Select(l => (l.Progress, l.DueOn ?? _assignments.Single(a => a.Id == l.AssignmentId).DueOn, l.CompletedOn));
    }

    private string? PathOn(int unitId, DateOnly day)
    {
        var version = _units.SingleOrDefault(v => v.UnitId == unitId && v.IsValidOn(day));
        if (version is null)
        {
            return null;
        }

        var code = "/" + _codes[unitId] + "/";
        return version.ParentId is { } parentId ? PathOn(parentId, day) is { } parent ? parent + code[1..] : null : code;
    }

    internal sealed record Fact(int AgencyId, ProgressReport? Report);
}
