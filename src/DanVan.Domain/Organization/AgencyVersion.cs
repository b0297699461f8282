namespace DanVan.Domain.Organization;

/// <summary>
/// What an agency was during an interval: its unit, name, kind and whether it was active, from <see cref="ValidFrom"/>
/// until (not including) <see cref="ValidTo"/>. A period's expected agencies are those whose version at its data
/// cut-off is active.
/// </summary>
public sealed class AgencyVersion
{
    private AgencyVersion()
    {
        Name = string.Empty;
    }

    internal AgencyVersion(Agency agency, DateOnly validFrom)
    {
        Agency = agency;
        Name = agency.Name;
        Copy(agency);
        ValidFrom = validFrom;
    }

    public int Id { get; private set; }

    public int AgencyId { get; private set; }

    public Agency? Agency { get; private set; }

    public int UnitId { get; private set; }

    public AdministrativeUnit? Unit { get; private set; }

    public string Name { get; private set; }

    public AgencyKind Kind { get; private set; }

    public bool IsActive { get; private set; }

    public DateOnly ValidFrom { get; private set; }

    public DateOnly? ValidTo { get; private set; }

    public bool IsValidOn(DateOnly day) => ValidFrom <= day && (ValidTo is null || day < ValidTo);

    internal void End(DateOnly on) => ValidTo = on;

    internal void Copy(Agency agency)
    {
        Unit = agency.Unit;
        UnitId = agency.UnitId;
        Name = agency.Name;
        Kind = agency.Kind;
        IsActive = agency.IsActive;
    }
}
