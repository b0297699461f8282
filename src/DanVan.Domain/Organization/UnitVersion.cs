namespace DanVan.Domain.Organization;

/// <summary>
/// What a unit was during an interval: its parent, name and level from <see cref="ValidFrom"/> until (not including)
/// <see cref="ValidTo"/>. A unit's versions never overlap; the figures of a period use the versions valid at its data
/// cut-off, so a later move, rename or dissolution never changes a past period.
/// </summary>
public sealed class UnitVersion
{
    private UnitVersion()
    {
        Name = string.Empty;
    }

    internal UnitVersion(AdministrativeUnit unit, DateOnly validFrom)
    {
        Unit = unit;
        Parent = unit.Parent;
        ParentId = unit.ParentId;
        Name = unit.Name;
        Level = unit.Level;
        ValidFrom = validFrom;
    }

    public int Id { get; private set; }

    public int UnitId { get; private set; }

    public AdministrativeUnit? Unit { get; private set; }

    public int? ParentId { get; private set; }

    public AdministrativeUnit? Parent { get; private set; }

    public string Name { get; private set; }

    public UnitLevel Level { get; private set; }

    public DateOnly ValidFrom { get; private set; }

    public DateOnly? ValidTo { get; private set; }

    public bool IsValidOn(DateOnly day) => ValidFrom <= day && (ValidTo is null || day < ValidTo);

    internal void End(DateOnly on) => ValidTo = on;

    internal void Rewrite(AdministrativeUnit unit)
    {
        Parent = unit.Parent;
        ParentId = unit.ParentId;
        Name = unit.Name;
        Level = unit.Level;
    }
}
