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

    /// <summary>Whether the unit lies in the scope; the unit's parent must be loaded when the unit is a ward.</summary>
    public bool Includes(AdministrativeUnit unit) =>
        unit.Id == UnitId || unit.ParentId == UnitId || unit.Parent?.ParentId == UnitId;

    public bool Includes(Agency agency) =>
        Includes(agency.Unit ?? throw new InvalidOperationException("The agency's unit is not loaded."));
}
