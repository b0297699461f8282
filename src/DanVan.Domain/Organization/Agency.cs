namespace DanVan.Domain.Organization;

/// <summary>
/// An organization that reports on its assigned tasks; it belongs to one administrative unit. Its current state serves
/// today's pages; its <see cref="Versions"/> keep its unit, name and active state in each interval, so that a period's
/// expected agencies and their names are those of that period's time. Every change takes an effective date.
/// </summary>
public sealed class Agency
{
    public const int CodeLength = 64;
    public const int NameLength = 300;
    public const int HeadNameLength = 200;

    private readonly List<AgencyVersion> _versions = [];

    private string _name = string.Empty;

    private Agency()
    {
        Code = string.Empty;
    }

    public int Id { get; private set; }

    /// <summary>A stable code that seeding and imports match on; names may change, codes do not.</summary>
    public string Code { get; private set; }

    public string Name
    {
        get => _name;
        private set
        {
            _name = value;
            SearchName = SearchText.Fold(value);
        }
    }

    /// <summary>The name folded by <see cref="SearchText"/>, kept with every change of the name, for search.</summary>
    public string SearchName { get; private set; } = string.Empty;

    public AgencyKind Kind { get; private set; }

    public int UnitId { get; private set; }

    public AdministrativeUnit? Unit { get; private set; }

    public string? HeadName { get; private set; }

    public bool IsActive { get; private set; } = true;

    public IReadOnlyCollection<AgencyVersion> Versions => _versions.AsReadOnly();

    public UnitLevel Level => Unit?.Level ?? throw new InvalidOperationException("The agency's unit is not loaded.");

    public static Agency Create(string code, string name, AgencyKind kind, AdministrativeUnit unit, DateOnly validFrom, string? headName = null)
    {
        var agency = new Agency
        {
            Code = Guard.Text(code, CodeLength, "agency.code"),
            Name = Guard.Text(name, NameLength, "agency.name"),
            Kind = kind,
            Unit = unit,
            UnitId = unit.Id,
            HeadName = Guard.OptionalText(headName, HeadNameLength, "agency.headName"),
        };
        agency._versions.Add(new AgencyVersion(agency, validFrom));
        return agency;
    }

    /// <summary>The version in force on <paramref name="day"/>, or null when the agency did not exist then; the versions must be loaded.</summary>
    public AgencyVersion? VersionOn(DateOnly day) => _versions.Find(v => v.IsValidOn(day));

    public void Rename(string name, DateOnly effectiveOn)
    {
        var checkedName = Guard.Text(name, NameLength, "agency.name");
        if (checkedName != Name)
        {
            Change(effectiveOn, () => Name = checkedName);
        }
    }

    /// <summary>The head's name is contact data for chasing reports, not a figure: it has no history.</summary>
    public void ChangeHead(string? headName) => HeadName = Guard.OptionalText(headName, HeadNameLength, "agency.headName");

    public void MoveTo(AdministrativeUnit unit, DateOnly effectiveOn)
    {
        if (unit.ValidTo is not null)
        {
            throw new DomainException("agency.unitDissolved");
        }

        if (unit.Id != UnitId || !ReferenceEquals(unit, Unit ?? unit))
        {
            Change(effectiveOn, () =>
            {
                Unit = unit;
                UnitId = unit.Id;
            });
        }
    }

    /// <summary>From <paramref name="effectiveOn"/> the agency is no longer expected to report; earlier periods still expect it.</summary>
    public void Deactivate(DateOnly effectiveOn)
    {
        if (IsActive)
        {
            Change(effectiveOn, () => IsActive = false);
        }
    }

    public void Activate(DateOnly effectiveOn)
    {
        if (!IsActive)
        {
            Change(effectiveOn, () => IsActive = true);
        }
    }

    private void Change(DateOnly effectiveOn, Action change)
    {
        var current = _versions.Find(v => v.ValidTo is null) ?? throw new InvalidOperationException("The agency's versions are not loaded.");
        if (effectiveOn < current.ValidFrom)
        {
            throw new DomainException("agency.changeBeforeVersion");
        }

        change();
        if (effectiveOn == current.ValidFrom)
        {
            current.Copy(this);
        }
        else
        {
            current.End(effectiveOn);
            _versions.Add(new AgencyVersion(this, effectiveOn));
        }
    }
}
