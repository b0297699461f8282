namespace DanVan.Domain.Organization;

/// <summary>
/// The city, a district or a ward. Units carry a validity interval so that merged or dissolved units keep
/// the history of reports filed under them.
/// </summary>
public sealed class AdministrativeUnit
{
    public const int CodeLength = 32;
    public const int NameLength = 200;

    private AdministrativeUnit()
    {
        Code = string.Empty;
        Name = string.Empty;
    }

    public int Id { get; private set; }

    /// <summary>A stable code (e.g. the national administrative unit code) that seeding and imports match on.</summary>
    public string Code { get; private set; }

    public string Name { get; private set; }

    public UnitLevel Level { get; private set; }

    public int? ParentId { get; private set; }

    public AdministrativeUnit? Parent { get; private set; }

    public DateOnly ValidFrom { get; private set; }

    public DateOnly? ValidTo { get; private set; }

    public static AdministrativeUnit CreateCity(string code, string name, DateOnly validFrom) =>
        new() { Code = Guard.Text(code, CodeLength, "unit.code"), Name = Guard.Text(name, NameLength, "unit.name"), Level = UnitLevel.City, ValidFrom = validFrom };

    /// <summary>Creates a unit one level below <paramref name="parent"/> (a district under the city, a ward under a district or directly under the city).</summary>
    public static AdministrativeUnit CreateBelow(AdministrativeUnit parent, UnitLevel level, string code, string name, DateOnly validFrom)
    {
        if (!CanBeParentOf(parent.Level, level))
        {
            throw new DomainException("unit.invalidParent");
        }

        return new AdministrativeUnit
        {
            Code = Guard.Text(code, CodeLength, "unit.code"),
            Name = Guard.Text(name, NameLength, "unit.name"),
            Level = level,
            Parent = parent,
            ParentId = parent.Id == 0 ? null : parent.Id,
            ValidFrom = validFrom,
        };
    }

    /// <summary>Districts sit under the city; wards under a district or, since 2025, directly under the city.</summary>
    public static bool CanBeParentOf(UnitLevel parent, UnitLevel child) =>
        (parent, child) is (UnitLevel.City, UnitLevel.District) or (UnitLevel.City, UnitLevel.Ward) or (UnitLevel.District, UnitLevel.Ward);

    public bool IsValidOn(DateOnly day) => ValidFrom <= day && (ValidTo is null || day < ValidTo);

    public void Rename(string name) => Name = Guard.Text(name, NameLength, "unit.name");

    /// <summary>Ends the unit's validity (dissolution or merger); its history stays.</summary>
    public void Dissolve(DateOnly on)
    {
        if (on <= ValidFrom)
        {
            throw new DomainException("unit.dissolveBeforeStart");
        }

        if (ValidTo is not null)
        {
            throw new DomainException("unit.alreadyDissolved");
        }

        ValidTo = on;
    }

    /// <summary>Moves the unit under another parent (restructuring), keeping its identity and history.</summary>
    public void MoveUnder(AdministrativeUnit parent)
    {
        if (!CanBeParentOf(parent.Level, Level) || ReferenceEquals(parent, this))
        {
            throw new DomainException("unit.invalidParent");
        }

        Parent = parent;
        ParentId = parent.Id;
    }
}
