using System.Linq.Expressions;
using DanVan.Domain.Reporting;

namespace DanVan.Domain.Organization;

/// <summary>
/// What a user may see, fixed by the unit of the user's agency: that unit's subtree, at any depth (a ward official sees
/// their ward, a city official everything). The subtree is every unit whose <see cref="AdministrativeUnit.Path"/> starts
/// with the unit's path: one index-friendly prefix test on both providers. This is the only place the rule is written;
/// queries use the expressions, authorization handlers use <see cref="Includes(AdministrativeUnit)"/>.
/// </summary>
public sealed record DataScope(int UnitId, string Path)
{
    public static DataScope Of(AdministrativeUnit unit) => new(unit.Id, unit.Path);

    public Expression<Func<AdministrativeUnit, bool>> UnitFilter
    {
        get
        {
            var path = Path;
            return u => u.Path.StartsWith(path);
        }
    }

    public Expression<Func<Agency, bool>> AgencyFilter
    {
        get
        {
            var path = Path;
            return a => a.Unit!.Path.StartsWith(path);
        }
    }

    public Expression<Func<Assignment, bool>> AssignmentFilter
    {
        get
        {
            var path = Path;
            return a => a.Agency!.Unit!.Path.StartsWith(path);
        }
    }

    public Expression<Func<ProgressReport, bool>> ReportFilter
    {
        get
        {
            var path = Path;
            return r => r.Agency!.Unit!.Path.StartsWith(path);
        }
    }

    /// <summary>
    /// The agencies whose reports a reviewer with this scope reviews, by one rule at every depth: those of the unit itself
    /// and of its child units. The city's reviewers review the city's own agencies (departments, committees) and, since
    /// 2025, every commune and ward; a district's reviewers reviewed the district's own agencies and its wards. Queues
    /// find these agencies first (a few thousand at most) and then their submitted reports, rather than every submitted
    /// report of the database filtered afterwards.
    /// </summary>
    public Expression<Func<Agency, bool>> ReviewedAgencyFilter
    {
        get
        {
            var id = UnitId;
            return a => a.UnitId == id || a.Unit!.ParentId == id;
        }
    }

    /// <summary>Whether a reviewer with this scope reviews reports of the agency (see <see cref="ReviewedAgencyFilter"/>); its unit must be loaded.</summary>
    public bool Reviews(Agency agency)
    {
        var unit = agency.Unit ?? throw new InvalidOperationException("The agency's unit is not loaded.");
        return unit.Id == UnitId || unit.ParentId == UnitId;
    }

    /// <summary>Whether the unit lies in the scope.</summary>
    public bool Includes(AdministrativeUnit unit) => unit.Path.StartsWith(Path, StringComparison.Ordinal);

    public bool Includes(Agency agency) =>
        Includes(agency.Unit ?? throw new InvalidOperationException("The agency's unit is not loaded."));

    /// <summary>Whether a unit path of some period's tree lies in the scope (used on reporting facts).</summary>
    public bool IncludesPath(string unitPath) => unitPath.StartsWith(Path, StringComparison.Ordinal);
}
