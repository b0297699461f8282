namespace DanVan.Domain.Organization;

/// <summary>An organization that reports on its assigned tasks; it belongs to one administrative unit.</summary>
public sealed class Agency
{
    public const int CodeLength = 64;
    public const int NameLength = 300;
    public const int HeadNameLength = 200;

    private Agency()
    {
        Code = string.Empty;
        Name = string.Empty;
    }

    public int Id { get; private set; }

    /// <summary>A stable code that seeding and imports match on; names may change, codes do not.</summary>
    public string Code { get; private set; }

    public string Name { get; private set; }

    public AgencyKind Kind { get; private set; }

    public int UnitId { get; private set; }

    public AdministrativeUnit? Unit { get; private set; }

    public string? HeadName { get; private set; }

    public bool IsActive { get; private set; } = true;

    public UnitLevel Level => Unit?.Level ?? throw new InvalidOperationException("The agency's unit is not loaded.");

    public static Agency Create(string code, string name, AgencyKind kind, AdministrativeUnit unit, string? headName = null) =>
        new()
        {
            Code = Guard.Text(code, CodeLength, "agency.code"),
            Name = Guard.Text(name, NameLength, "agency.name"),
            Kind = kind,
            Unit = unit,
            UnitId = unit.Id,
            HeadName = Guard.OptionalText(headName, HeadNameLength, "agency.headName"),
        };

    public void Rename(string name) => Name = Guard.Text(name, NameLength, "agency.name");

    public void ChangeHead(string? headName) => HeadName = Guard.OptionalText(headName, HeadNameLength, "agency.headName");

    public void MoveTo(AdministrativeUnit unit)
    {
        Unit = unit;
        UnitId = unit.Id;
    }

    public void Deactivate() => IsActive = false;

    public void Activate() => IsActive = true;
}
