namespace DanVan.Domain.Organization;

/// <summary>
/// Dissolving a whole level in one step, as Hanoi dissolved its districts on 1 July 2025: every active unit of the level
/// ends on the day, the units below each move directly under its parent, and the level's own agencies stop reporting.
/// <see cref="Plan"/> is the preview an administrator confirms; <see cref="Apply"/> does it. Periods before the day keep
/// the old tree.
/// </summary>
public sealed class LevelDissolution
{
    private LevelDissolution(UnitLevel level, DateOnly on, List<AdministrativeUnit> dissolved, List<(AdministrativeUnit Unit, AdministrativeUnit NewParent)> moves, List<Agency> deactivated)
    {
        Level = level;
        On = on;
        Dissolved = dissolved;
        Moves = moves;
        Deactivated = deactivated;
    }

    public UnitLevel Level { get; }

    public DateOnly On { get; }

    public IReadOnlyList<AdministrativeUnit> Dissolved { get; }

    public IReadOnlyList<(AdministrativeUnit Unit, AdministrativeUnit NewParent)> Moves { get; }

    public IReadOnlyList<Agency> Deactivated { get; }

    /// <summary>What dissolving <paramref name="level"/> on <paramref name="on"/> does to the tree (<paramref name="units"/>: every unit, versions loaded).</summary>
    public static LevelDissolution Plan(IReadOnlyCollection<AdministrativeUnit> units, IReadOnlyCollection<Agency> agencies, UnitLevel level, DateOnly on)
    {
        var byId = units.ToDictionary(u => u.Id);
        var dissolved = units.Where(u => u.Level == level && u.ValidTo is null && u.ParentId is not null).OrderBy(u => u.Path, StringComparer.Ordinal).ToList();
        if (dissolved.Count == 0)
        {
            throw new DomainException("restructure.noUnitsAtLevel");
        }

        if (dissolved.Exists(u => on <= u.ValidFrom || u.Versions.Any(v => v.ValidFrom >= on)))
        {
            throw new DomainException("unit.changeBeforeVersion");
        }

        var ids = dissolved.Select(u => u.Id).ToHashSet();
        var moves = units.Where(u => u.ValidTo is null && u.ParentId is { } parentId && ids.Contains(parentId))
            .Select(u => (Unit: u, NewParent: byId[byId[u.ParentId!.Value].ParentId!.Value]))
            .OrderBy(m => m.Unit.Path, StringComparer.Ordinal)
            .ToList();
        var deactivated = agencies.Where(a => a.IsActive && ids.Contains(a.UnitId)).OrderBy(a => a.Code, StringComparer.Ordinal).ToList();
        return new LevelDissolution(level, on, dissolved, moves, deactivated);
    }

    /// <summary>Moves the units below, stops the level's agencies and dissolves the level's units; <paramref name="units"/> as given to <see cref="Plan"/>.</summary>
    public void Apply(IReadOnlyCollection<AdministrativeUnit> units)
    {
        foreach (var (unit, parent) in Moves)
        {
            unit.MoveUnder(parent, On, units);
        }

        foreach (var agency in Deactivated)
        {
            agency.Deactivate(On);
        }

        foreach (var unit in Dissolved)
        {
            unit.Dissolve(On);
        }
    }
}
