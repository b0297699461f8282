using System.Linq.Expressions;

namespace DanVan.Domain.Organization;

/// <summary>
/// What a user may see, fixed by the unit of the user's agency: a ward official sees their ward, a district official
/// their district and its wards, a city official everything. This is the only place the rule is written; queries use
/// the expressions, authorization handlers use <see cref="Includes(AdministrativeUnit)"/>.
/// </summary>
public sealed record DataScope(int UnitId, UnitLevel Level)
{
    /// <summary>The unit and the units up to two levels below it (city → district → ward).</summary>
    public Expression<Func<AdministrativeUnit, bool>> UnitFilter
    {
        get
        {
            var id = UnitId;
            return u => u.Id == id || u.ParentId == id || (u.Parent != null && u.Parent.ParentId == id);
        }
    }

    public Expression<Func<Agency, bool>> AgencyFilter
    {
        get
        {
            var id = UnitId;
            return a => a.UnitId == id || a.Unit!.ParentId == id || (a.Unit.Parent != null && a.Unit.Parent.ParentId == id);
        }
    }

    public Expression<Func<Assignment, bool>> AssignmentFilter
    {
        get
        {
            var id = UnitId;
            return a => a.Agency!.UnitId == id || a.Agency.Unit!.ParentId == id || (a.Agency.Unit.Parent != null && a.Agency.Unit.Parent.ParentId == id);
        }
    }

    public Expression<Func<Reporting.ProgressReport, bool>> ReportFilter
    {
        get
        {
            var id = UnitId;
            return r => r.Agency!.UnitId == id || r.Agency.Unit!.ParentId == id || (r.Agency.Unit.Parent != null && r.Agency.Unit.Parent.ParentId == id);
        }
    }

    /// <summary>
    /// Reports that a reviewer with this scope reviews: at city level those of the city's own agencies and of the units
    /// directly below it (districts, and wards that sit directly under the city since 2025), at district level those of
    /// the agencies in the district's wards; nobody reviews from a ward.
    /// </summary>
    public Expression<Func<Reporting.ProgressReport, bool>> ReviewFilter
    {
        get
        {
            var id = UnitId;
            return Level switch
            {
                UnitLevel.City => r => r.Agency!.UnitId == id || r.Agency.Unit!.ParentId == id,
                UnitLevel.District => r => r.Agency!.Unit!.Level == UnitLevel.Ward && r.Agency.Unit.ParentId == id,
                _ => r => false,
            };
        }
    }

    /// <summary>Whether a reviewer with this scope reviews reports of the agency; its unit's parent must be loaded.</summary>
    public bool Reviews(Agency agency)
    {
        var unit = agency.Unit ?? throw new InvalidOperationException("The agency's unit is not loaded.");
        return Level switch
        {
            UnitLevel.City => unit.Id == UnitId || unit.ParentId == UnitId,
            UnitLevel.District => unit.Level == UnitLevel.Ward && unit.ParentId == UnitId,
            _ => false,
        };
    }

    /// <summary>Whether the unit lies in the scope; the unit's parent must be loaded when the unit is a ward.</summary>
    public bool Includes(AdministrativeUnit unit) =>
        unit.Id == UnitId || unit.ParentId == UnitId || unit.Parent?.ParentId == UnitId;

    public bool Includes(Agency agency) =>
        Includes(agency.Unit ?? throw new InvalidOperationException("The agency's unit is not loaded."));
}
