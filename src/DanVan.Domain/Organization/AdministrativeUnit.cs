namespace DanVan.Domain.Organization;

/// <summary>
/// A node of the administrative tree (nation, province or city, district, commune or ward), at any depth. Its current
/// state (parent, name, <see cref="Path"/>) serves today's pages; its <see cref="Versions"/> keep what it was in each
/// interval, so that a period's figures use the tree of that period's time. Every change takes an effective date.
/// </summary>
public sealed class AdministrativeUnit
{
    public const int CodeLength = 32;
    public const int NameLength = 200;
    public const int PathLength = 400;

    private readonly List<UnitVersion> _versions = [];
    private readonly List<UnitPredecessor> _predecessors = [];

    private string _name = string.Empty;

    private AdministrativeUnit()
    {
        Code = string.Empty;
        Path = string.Empty;
    }

    public int Id { get; private set; }

    /// <summary>A stable code (e.g. the national administrative unit code) that seeding and imports match on.</summary>
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

    public UnitLevel Level { get; private set; }

    public int? ParentId { get; private set; }

    public AdministrativeUnit? Parent { get; private set; }

    /// <summary>
    /// The codes from the root down to this unit in today's tree, "/HN/HN-HK/HN-HK-HB/": a unit's subtree is every unit
    /// whose path starts with its path (see <see cref="DataScope"/>).
    /// </summary>
    public string Path { get; private set; }

    public DateOnly ValidFrom { get; private set; }

    public DateOnly? ValidTo { get; private set; }

    public IReadOnlyCollection<UnitVersion> Versions => _versions.AsReadOnly();

    /// <summary>The units merged into this one when it was created.</summary>
    public IReadOnlyCollection<UnitPredecessor> Predecessors => _predecessors.AsReadOnly();

    public static AdministrativeUnit CreateCity(string code, string name, DateOnly validFrom) =>
        CreateRoot(UnitLevel.City, code, name, validFrom);

    /// <summary>Creates a root unit (the nation for a national tree, the city for Hanoi's own).</summary>
    public static AdministrativeUnit CreateRoot(UnitLevel level, string code, string name, DateOnly validFrom)
    {
        var unit = new AdministrativeUnit { Code = CheckedCode(code), Name = Guard.Text(name, NameLength, "unit.name"), Level = level, ValidFrom = validFrom };
        unit.Path = $"/{unit.Code}/";
        unit._versions.Add(new UnitVersion(unit, validFrom));
        return unit;
    }

    /// <summary>Creates a unit below <paramref name="parent"/>, at a lower level (a ward under a district or directly under the city).</summary>
    public static AdministrativeUnit CreateBelow(AdministrativeUnit parent, UnitLevel level, string code, string name, DateOnly validFrom)
    {
        if (!CanBeParentOf(parent.Level, level))
        {
            throw new DomainException("unit.invalidParent");
        }

        var unit = new AdministrativeUnit
        {
            Code = CheckedCode(code),
            Name = Guard.Text(name, NameLength, "unit.name"),
            Level = level,
            Parent = parent,
            ParentId = parent.Id == 0 ? null : parent.Id,
            ValidFrom = validFrom,
        };
        unit.Path = parent.Path + unit.Code + "/";
        unit._versions.Add(new UnitVersion(unit, validFrom));
        return unit;
    }

    /// <summary>
    /// Merges <paramref name="predecessors"/> into a new unit below <paramref name="parent"/> from <paramref name="on"/>:
    /// each predecessor is dissolved that day and recorded, so that the new unit's first period can be compared with
    /// theirs. Their agencies are the caller's to deactivate or move.
    /// </summary>
    public static AdministrativeUnit Merge(IReadOnlyCollection<AdministrativeUnit> predecessors, AdministrativeUnit parent, UnitLevel level, string code, string name, DateOnly on)
    {
        if (predecessors.Count == 0)
        {
            throw new DomainException("unit.mergeNeedsPredecessors");
        }

        var merged = CreateBelow(parent, level, code, name, on);
        foreach (var predecessor in predecessors)
        {
            predecessor.Dissolve(on);
            merged._predecessors.Add(new UnitPredecessor(merged, predecessor));
        }

        return merged;
    }

    /// <summary>A parent sits at a higher level than its children, at any depth (nation → province → district → commune).</summary>
    public static bool CanBeParentOf(UnitLevel parent, UnitLevel child) => parent < child;

    public bool IsValidOn(DateOnly day) => ValidFrom <= day && (ValidTo is null || day < ValidTo);

    /// <summary>Whether <paramref name="other"/> is this unit or lies below it in today's tree.</summary>
    public bool Contains(AdministrativeUnit other) => other.Path.StartsWith(Path, StringComparison.Ordinal);

    /// <summary>The version in force on <paramref name="day"/>, or null when the unit did not exist then; the versions must be loaded.</summary>
    public UnitVersion? VersionOn(DateOnly day) => _versions.Find(v => v.IsValidOn(day));

    /// <summary>Renames the unit from <paramref name="effectiveOn"/>; periods before keep the old name.</summary>
    public void Rename(string name, DateOnly effectiveOn)
    {
        var checkedName = Guard.Text(name, NameLength, "unit.name");
        if (checkedName != Name)
        {
            Change(effectiveOn, () => Name = checkedName);
        }
    }

    /// <summary>Ends the unit's validity (dissolution or merger) on <paramref name="on"/>; its history stays.</summary>
    public void Dissolve(DateOnly on)
    {
        if (ValidTo is not null)
        {
            throw new DomainException("unit.alreadyDissolved");
        }

        if (on <= ValidFrom || on <= CurrentVersion().ValidFrom)
        {
            throw new DomainException("unit.dissolveBeforeStart");
        }

        CurrentVersion().End(on);
        ValidTo = on;
    }

    /// <summary>
    /// Moves the unit under another parent from <paramref name="effectiveOn"/> (restructuring), keeping its identity and
    /// history; <paramref name="descendants"/> (every unit below it, loaded by path) get their paths rewritten.
    /// </summary>
    public void MoveUnder(AdministrativeUnit parent, DateOnly effectiveOn, IEnumerable<AdministrativeUnit> descendants)
    {
        if (!CanBeParentOf(parent.Level, Level) || Contains(parent) || parent.ValidTo is not null)
        {
            throw new DomainException("unit.invalidParent");
        }

        if (parent.Id == ParentId && ReferenceEquals(parent, Parent ?? parent))
        {
            return;
        }

        var oldPath = Path;
        Change(effectiveOn, () =>
        {
            Parent = parent;
            ParentId = parent.Id;
            Path = parent.Path + Code + "/";
        });
        foreach (var unit in descendants.Where(d => d != this && d.Path.StartsWith(oldPath, StringComparison.Ordinal)))
        {
            unit.Path = Path + unit.Path[oldPath.Length..];
        }
    }

    private UnitVersion CurrentVersion() =>
        _versions.Find(v => v.ValidTo is null) ?? throw new InvalidOperationException("The unit's versions are not loaded, or it has been dissolved.");

    private void Change(DateOnly effectiveOn, Action change)
    {
        if (ValidTo is not null)
        {
            throw new DomainException("unit.alreadyDissolved");
        }

        var current = CurrentVersion();
        if (effectiveOn < current.ValidFrom)
        {
            throw new DomainException("unit.changeBeforeVersion");
        }

        change();
        if (effectiveOn == current.ValidFrom)
        {
            current.Rewrite(this);
        }
        else
        {
            current.End(effectiveOn);
            _versions.Add(new UnitVersion(this, effectiveOn));
        }
    }

    private static string CheckedCode(string code)
    {
        var text = Guard.Text(code, CodeLength, "unit.code");
        return text.Contains('/', StringComparison.Ordinal) ? throw new DomainException("unit.code") : text;
    }
}
